-- The scheduled jobs' locks (H2), in ShedLock's table and columns; see the MySQL twin. With time
-- zone, compared with CURRENT_TIMESTAMP: H2 has no UTC clock function, and an absolute time survives
-- a DST change. An H2 file database belongs to one process, so on H2 there is only ever one instance.
-- job_lease (V7) stays for the previous release during a rolling upgrade or a roll-back.

CREATE TABLE shedlock (
    name       VARCHAR(64)                 NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255)                NOT NULL
);
