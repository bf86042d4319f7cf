-- Memoranda: one row per version of a text (an amendment is a new row pointing to the original). The text is one
-- JSON document (title, languages, parties, articles per language, place, date), read and written only whole; the
-- agreed PDF/A and its SHA-256 are set once, at agreement, and never changed. Portable SQL for H2 and PostgreSQL.
-- V7 and V8 are taken by work done in parallel.
CREATE TABLE memorandum (
    id            BIGINT          NOT NULL PRIMARY KEY,
    version       BIGINT          NOT NULL,
    amendment     INTEGER         NOT NULL,
    amends_id     BIGINT,
    state         VARCHAR(12)     NOT NULL,
    title         VARCHAR(1000)   NOT NULL,
    content       VARCHAR(1000000) NOT NULL,
    event_id      BIGINT,
    agreed_pdf    BYTEA,
    agreed_sha256 VARCHAR(64),
    agreed_at     TIMESTAMP,
    created_at    TIMESTAMP       NOT NULL,
    updated_at    TIMESTAMP       NOT NULL,
    CONSTRAINT memorandum_state CHECK (state IN ('DRAFT', 'AGREED', 'SIGNING', 'SIGNED', 'ARCHIVED', 'WITHDRAWN')),
    CONSTRAINT memorandum_amendment CHECK (amendment >= 1),
    -- Agreed means frozen with its PDF: a row past DRAFT without the bytes and their hash is impossible.
    CONSTRAINT memorandum_agreed_pdf CHECK (state IN ('DRAFT', 'WITHDRAWN')
        OR (agreed_pdf IS NOT NULL AND agreed_sha256 IS NOT NULL AND agreed_at IS NOT NULL)),
    CONSTRAINT memorandum_amends_fk FOREIGN KEY (amends_id) REFERENCES memorandum (id),
    CONSTRAINT memorandum_amendment_unique UNIQUE (amends_id, amendment)
);
CREATE INDEX memorandum_event_idx ON memorandum (event_id);

-- Every saved state of a draft, with who saved it and when. Append-only.
CREATE TABLE memorandum_revision (
    id              BIGINT           NOT NULL PRIMARY KEY,
    memorandum_id   BIGINT           NOT NULL,
    revision_number INTEGER          NOT NULL,
    author          VARCHAR(200)     NOT NULL,
    saved_at        TIMESTAMP        NOT NULL,
    snapshot        VARCHAR(1000000) NOT NULL,
    CONSTRAINT memorandum_revision_fk FOREIGN KEY (memorandum_id) REFERENCES memorandum (id),
    CONSTRAINT memorandum_revision_unique UNIQUE (memorandum_id, revision_number)
);
