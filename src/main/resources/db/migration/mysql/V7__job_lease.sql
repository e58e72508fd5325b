-- Leases of the scheduled jobs that run on one instance at a time (MySQL / MariaDB): the pending
-- sweeper, the retention cleanup and the in-doubt recovery. The holder (an instance id made at
-- start) renews its lease at each run; another instance takes it over once it has expired.
-- Expiry is compared with the database's clock (UTC_TIMESTAMP), never an instance's. Times are UTC.

CREATE TABLE job_lease (
    job_name    VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(128) NOT NULL,
    acquired_at DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
