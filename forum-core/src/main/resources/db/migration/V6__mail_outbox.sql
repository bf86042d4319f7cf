-- The transactional mail outbox: a message is stored, complete as it will be sent, in the same transaction as
-- the action that causes it, and a dispatcher delivers it after commit. Portable SQL for H2 and PostgreSQL.
--
-- No foreign keys to events or delegates: the outbox is the record of what was sent to whom, and must neither
-- stop a delegate from being removed nor lose its history when one is.

-- A bulk send (invitations to an event's delegates): how many messages it will make, and whom it skipped.
CREATE TABLE mail_job (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    description VARCHAR(2000) NOT NULL,
    event_id    BIGINT,
    total       INTEGER       NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT mail_job_total CHECK (total >= 0)
);

CREATE TABLE mail_job_skip (
    job_id      VARCHAR(36)   NOT NULL,
    skip_order  INTEGER       NOT NULL,
    delegate_id BIGINT,
    recipient   VARCHAR(2000) NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    CONSTRAINT mail_job_skip_pk PRIMARY KEY (job_id, skip_order),
    CONSTRAINT mail_job_skip_job_fk FOREIGN KEY (job_id) REFERENCES mail_job (id)
);

-- One message. claimed_by/claimed_until are the lease of the instance sending it: a SENDING message whose lease
-- has run out belongs to an instance that died, and another one takes it over.
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    event_id        BIGINT,
    delegate_id     BIGINT,
    job_id          VARCHAR(36),
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    subject         VARCHAR(2000) NOT NULL,
    message_id      VARCHAR(250)  NOT NULL,
    state           VARCHAR(12)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    claimed_by      VARCHAR(200),
    claimed_until   TIMESTAMP,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT outbox_message_id_unique UNIQUE (message_id),
    CONSTRAINT outbox_message_state CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'RETRYING', 'FAILED', 'CANCELLED')),
    CONSTRAINT outbox_message_attempts CHECK (attempts >= 0),
    CONSTRAINT outbox_message_job_fk FOREIGN KEY (job_id) REFERENCES mail_job (id)
);
-- The dispatcher's question: which messages are due now?
CREATE INDEX outbox_message_due_idx ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_event_idx ON outbox_message (event_id);
CREATE INDEX outbox_message_job_idx ON outbox_message (job_id, state);
CREATE INDEX outbox_message_recipient_idx ON outbox_message (recipient);

-- The RFC 5322 bytes as composed, so that what is sent is exactly what was previewed; apart, so that lists of
-- messages never read them. BYTEA is PostgreSQL's type and an alias of BINARY VARYING in H2.
CREATE TABLE outbox_content (
    message_id BIGINT NOT NULL PRIMARY KEY,
    content    BYTEA  NOT NULL,
    CONSTRAINT outbox_content_message_fk FOREIGN KEY (message_id) REFERENCES outbox_message (id)
);

-- Every delivery attempt with the server's reply. Append-only.
CREATE TABLE outbox_attempt (
    id           BIGINT        NOT NULL PRIMARY KEY,
    message_id   BIGINT        NOT NULL,
    attempted_at TIMESTAMP     NOT NULL,
    instance     VARCHAR(200)  NOT NULL,
    outcome      VARCHAR(12)   NOT NULL,
    reply        VARCHAR(2000),
    CONSTRAINT outbox_attempt_outcome CHECK (outcome IN ('SENT', 'RETRY', 'FAILED')),
    CONSTRAINT outbox_attempt_message_fk FOREIGN KEY (message_id) REFERENCES outbox_message (id)
);
CREATE INDEX outbox_attempt_message_idx ON outbox_attempt (message_id, attempted_at);
