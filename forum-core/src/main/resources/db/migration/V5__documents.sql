-- Secrets the server makes for itself on first use, such as the key that signs the tokens in badges' QR
-- codes: every instance on this database, and every restart, signs and verifies with the same key without
-- anyone configuring one. Base64 text; never logged, never in the audit trail.
CREATE TABLE server_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);

-- Outgoing reference numbers of letters: per organisation and year from 1 upwards. The counter only grows
-- (its row is locked while a number is taken), and a number is committed together with the letter it went
-- to, so no number is ever given to two letters.
CREATE TABLE outgoing_counter (
    organisation VARCHAR(200) NOT NULL,
    letter_year  INTEGER      NOT NULL,
    last_number  INTEGER      NOT NULL,
    CONSTRAINT outgoing_counter_pk PRIMARY KEY (organisation, letter_year)
);

-- One row per letter sent: printing it again shows the same number. No foreign key to the delegate: the
-- register of numbers outlives a delegate who is removed.
CREATE TABLE outgoing_letter (
    kind         VARCHAR(32)  NOT NULL,
    event_id     BIGINT       NOT NULL,
    delegate_id  BIGINT       NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    letter_year  INTEGER      NOT NULL,
    seq_number   INTEGER      NOT NULL,
    issued_on    DATE         NOT NULL,
    issued_at    TIMESTAMP    NOT NULL,
    CONSTRAINT outgoing_letter_pk PRIMARY KEY (kind, event_id, delegate_id),
    CONSTRAINT outgoing_letter_number_unique UNIQUE (organisation, letter_year, seq_number),
    CONSTRAINT outgoing_letter_event_fk FOREIGN KEY (event_id) REFERENCES forum_event (id)
);
