-- Leases of the scheduled jobs that run on one instance at a time (H2): the pending sweeper, the
-- retention cleanup and the in-doubt recovery; see the MySQL twin. With time zone, compared with
-- CURRENT_TIMESTAMP: H2 has no UTC clock function, and an absolute time survives a DST change.
-- An H2 file database belongs to one process, so on H2 there is only ever one instance.

CREATE TABLE job_lease (
    job_name    VARCHAR(64)                 NOT NULL PRIMARY KEY,
    holder      VARCHAR(128)                NOT NULL,
    acquired_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
