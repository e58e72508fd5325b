-- When the request's last attempt that rolled back ended (UTC): the sweeper leaves a request alone
-- for PENDING_GRACE_SECONDS after it, so a run still retrying is not sent a second trigger.
ALTER TABLE inventory_request ADD COLUMN last_attempt_at TIMESTAMP(6) NULL;
