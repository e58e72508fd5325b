-- Adjust Inventory: the storefront's orders and carts, and what each import line took off.

CREATE TABLE shop_order (
    order_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    status      VARCHAR(32)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    is_virtual  BOOLEAN      NOT NULL,
    exported_at DATETIME(6)  NULL,
    INDEX ix_order_status_created (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE order_item (
    order_id VARCHAR(64)    NOT NULL,
    line_no  INT            NOT NULL,
    sku      VARCHAR(64)    NOT NULL,
    qty      DECIMAL(12, 4) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    INDEX ix_order_item_sku (sku, order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE shop_quote (
    quote_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    is_active  BOOLEAN     NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    INDEX ix_quote_active_updated (is_active, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE quote_item (
    quote_id VARCHAR(64)    NOT NULL,
    line_no  INT            NOT NULL,
    sku      VARCHAR(64)    NOT NULL,
    qty      DECIMAL(12, 4) NOT NULL,
    PRIMARY KEY (quote_id, line_no),
    INDEX ix_quote_item_sku (sku, quote_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE import_line
    ADD COLUMN units_unsent_orders DECIMAL(12, 4) NULL,
    ADD COLUMN units_active_quotes DECIMAL(12, 4) NULL;
