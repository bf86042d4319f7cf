-- Portable SQL: the same migration runs on H2 (embedded default) and PostgreSQL (production).
-- Identifiers come from one sequence; EclipseLink preallocates 50 at a time (IDENTITY fails on H2 2.x).
-- EclipseLink takes each value as the LAST of its block of 50 (value 50 gives ids 1..50) and refuses a first
-- value below the allocation size, so the sequence must start at 50, not 1.
CREATE SEQUENCE forum_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(512) NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    language            VARCHAR(8),
    failed_logins       INTEGER      NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP,
    created_at          TIMESTAMP    NOT NULL,
    password_changed_at TIMESTAMP    NOT NULL,
    last_login_at       TIMESTAMP,
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_id   VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    summary     VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
