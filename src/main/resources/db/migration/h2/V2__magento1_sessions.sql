-- Magento 1 SOAP v2 contract: API users (hashed keys) and their sessions (hashed ids).

CREATE TABLE magento1_api_user (
    username     VARCHAR(255)  NOT NULL PRIMARY KEY,
    api_key_hash VARCHAR(512)  NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL
);

CREATE TABLE magento1_session (
    session_hash CHAR(64)     NOT NULL PRIMARY KEY,
    username     VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    last_used_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_session_last_used ON magento1_session (last_used_at);
