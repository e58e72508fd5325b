-- The scheduled jobs' locks (MySQL / MariaDB), in ShedLock's table and columns: the instance running
-- a job (locked_by, an id made at its start) holds its row until lock_until; another instance takes
-- the row over once that has passed. Times are the database's clock (UTC_TIMESTAMP), never an
-- instance's. job_lease (V7) stays for the previous release during a rolling upgrade or a roll-back.

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
