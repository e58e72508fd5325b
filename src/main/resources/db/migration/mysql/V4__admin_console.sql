-- Admin console (MySQL / MariaDB): operator accounts, the audit trail of their actions, the inventory log of
-- stale updates and repeated messages, and failure notices not yet opened. Times are UTC.

CREATE TABLE admin_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    changed_at    DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE audit_entry (
    id        BIGINT        NOT NULL PRIMARY KEY,
    logged_at DATETIME(6)  NOT NULL,
    actor     VARCHAR(64)   NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    detail    VARCHAR(2048) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_audit_logged ON audit_entry (logged_at);
INSERT INTO id_gen (gen_name, gen_value) VALUES ('audit', 0);

-- Superseded lines and repeated messages, written by the import that met them: a table of its own
-- so the log reads newest first by index, and import lines need no index on their result.
CREATE TABLE inventory_log (
    id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    logged_at           DATETIME(6)  NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    request_id          BIGINT        NOT NULL,
    import_id           BIGINT        NULL,
    message_id          BIGINT        NOT NULL,
    source              VARCHAR(64)   NULL,
    sku                 VARCHAR(255)  NULL,
    sequence_id         BIGINT        NULL,
    qty_received        DECIMAL(12, 4) NULL,
    message             VARCHAR(1024) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_log_logged ON inventory_log (logged_at);
CREATE INDEX ix_log_sku ON inventory_log (sku, logged_at);

INSERT INTO inventory_log (logged_at, kind, request_id, import_id, message_id, source, sku, sequence_id,
                           qty_received, message)
SELECT i.processed_at, 'SUPERSEDED', i.request_id, i.id, i.message_id, l.source, l.sku, l.sequence_id,
       l.qty_received, l.message
FROM import_line l JOIN inventory_import i ON i.id = l.import_id
WHERE l.result = 'SUPERSEDED'
ORDER BY i.processed_at, l.import_id, l.line_no;

INSERT INTO inventory_log (logged_at, kind, request_id, import_id, message_id, message)
SELECT r.processed_at, 'REPEATED', r.id, NULL, r.message_id,
       CONCAT('Message ', r.message_id, ' was received before (request ', r.repeats_request_id, '): not processed again')
FROM inventory_request r
WHERE r.status = 'REPEATED'
ORDER BY r.processed_at, r.id;

DROP INDEX ix_line_result ON import_line;

-- A Failed request, or an import with Failure lines, that nobody has opened yet: the banner.
CREATE TABLE failure_notice (
    request_id BIGINT       NOT NULL PRIMARY KEY,
    raised_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
INSERT INTO failure_notice (request_id, raised_at)
SELECT r.id, r.processed_at FROM inventory_request r WHERE r.status = 'FAILED' AND r.processed_at IS NOT NULL;
INSERT INTO failure_notice (request_id, raised_at)
SELECT i.request_id, i.processed_at FROM inventory_import i WHERE i.failures > 0;

-- Grid filters and sorts on a million requests.
CREATE INDEX ix_request_contract ON inventory_request (contract, id);
CREATE INDEX ix_request_processed ON inventory_request (processed_at);
