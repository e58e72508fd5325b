-- The inventory log keeps the sequence id in force beside the one received (it was only in the
-- message text); entries logged before are filled in from that text.
ALTER TABLE inventory_log ADD COLUMN sequence_in_force BIGINT NULL;
UPDATE inventory_log
   SET sequence_in_force = CAST(SUBSTRING(message, LOCATE('older than the applied ', message) + 23) AS SIGNED)
 WHERE kind = 'SUPERSEDED' AND LOCATE('older than the applied ', message) > 0;
CREATE INDEX ix_log_message ON inventory_log (message_id, logged_at);
