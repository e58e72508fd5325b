-- Adjust Inventory: the storefront's orders and carts, and what each import line took off.

CREATE TABLE shop_order (
    order_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    status      VARCHAR(32)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    is_virtual  BOOLEAN      NOT NULL,
    exported_at TIMESTAMP(6) NULL
);
CREATE INDEX ix_order_status_created ON shop_order (status, created_at);

CREATE TABLE order_item (
    order_id VARCHAR(64)    NOT NULL,
    line_no  INT            NOT NULL,
    sku      VARCHAR(64)    NOT NULL,
    qty      DECIMAL(12, 4) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX ix_order_item_sku ON order_item (sku, order_id);

CREATE TABLE shop_quote (
    quote_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    is_active  BOOLEAN      NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_quote_active_updated ON shop_quote (is_active, updated_at);

CREATE TABLE quote_item (
    quote_id VARCHAR(64)    NOT NULL,
    line_no  INT            NOT NULL,
    sku      VARCHAR(64)    NOT NULL,
    qty      DECIMAL(12, 4) NOT NULL,
    PRIMARY KEY (quote_id, line_no)
);
CREATE INDEX ix_quote_item_sku ON quote_item (sku, quote_id);

ALTER TABLE import_line ADD COLUMN units_unsent_orders DECIMAL(12, 4) NULL;
ALTER TABLE import_line ADD COLUMN units_active_quotes DECIMAL(12, 4) NULL;
