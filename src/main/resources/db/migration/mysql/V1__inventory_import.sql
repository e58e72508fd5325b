-- Schema of the intake and import pipeline (MySQL / MariaDB).
-- SKU and source compare exactly: binary collation. Times are UTC.

CREATE TABLE id_gen (
    gen_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    gen_value BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO id_gen (gen_name, gen_value) VALUES ('request', 0), ('import', 0);

CREATE TABLE inventory_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    message_id         BIGINT        NOT NULL,
    contract           VARCHAR(16)   NOT NULL,
    entity             VARCHAR(32)   NOT NULL,
    operation          VARCHAR(32)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    repeats_request_id BIGINT        NULL,
    line_count         INT           NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    processed_at       DATETIME(6)   NULL,
    attempts           INT           NOT NULL DEFAULT 0,
    content_type       VARCHAR(255)  NULL,
    body               LONGBLOB      NOT NULL,
    answer             VARCHAR(255)  NOT NULL,
    error              TEXT          NULL,
    INDEX ix_request_message (message_id),
    INDEX ix_request_status_received (status, received_at),
    INDEX ix_request_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per message id that has been applied: the guard against applying a message twice.
CREATE TABLE processed_message (
    message_id BIGINT NOT NULL PRIMARY KEY,
    request_id BIGINT NOT NULL
) ENGINE = InnoDB;

CREATE TABLE inventory_import (
    id           BIGINT      NOT NULL PRIMARY KEY,
    request_id   BIGINT      NOT NULL,
    message_id   BIGINT      NOT NULL,
    successes    INT         NOT NULL,
    duplicates   INT         NOT NULL,
    superseded   INT         NOT NULL,
    failures     INT         NOT NULL,
    processed_at DATETIME(6) NOT NULL,
    UNIQUE KEY ux_import_request (request_id),
    INDEX ix_import_message (message_id),
    INDEX ix_import_processed (processed_at)
) ENGINE = InnoDB;

CREATE TABLE import_line (
    import_id    BIGINT         NOT NULL,
    line_no      INT            NOT NULL,
    source       VARCHAR(64)    NOT NULL,
    sku          VARCHAR(255)   NULL,
    sequence_id  BIGINT         NULL,
    qty_received DECIMAL(12, 4) NULL,
    qty_set      DECIMAL(12, 4) NULL,
    result       VARCHAR(16)    NOT NULL,
    message      VARCHAR(1024)  NOT NULL,
    PRIMARY KEY (import_id, line_no),
    INDEX ix_line_sku (sku, import_id),
    INDEX ix_line_result (result, import_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Per (SKU, source): the last applied sequence id and the figure it set. version: optimistic lock.
CREATE TABLE stock_item (
    sku          VARCHAR(64)    NOT NULL,
    source       VARCHAR(64)    NOT NULL,
    quantity     DECIMAL(12, 4) NOT NULL,
    is_in_stock  BOOLEAN        NOT NULL,
    sequence_id  BIGINT         NULL,
    updated_at   DATETIME(6)    NOT NULL,
    version      BIGINT         NOT NULL,
    PRIMARY KEY (sku, source),
    INDEX ix_stock_updated (updated_at, sku, source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE setting (
    name       VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1024) NOT NULL,
    updated_at DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
