-- Retention cleanup (H2): finds old Processed / Repeated requests by status and processing time,
-- in that order, and deletes the inventory log rows of a chunk of requests by request id.

CREATE INDEX ix_request_status_processed ON inventory_request (status, processed_at);
CREATE INDEX ix_log_request ON inventory_log (request_id);
