-- Signatures, the archive and its alarms. Portable SQL for H2 and PostgreSQL.

-- One row per signature of a memorandum, in the order the parties signed: who (as the certificate names them),
-- when, whether the server signed it with the uploaded key or the party signed elsewhere and uploaded the PDF,
-- and the whole document as it was right after that signature with its SHA-256. The PDF of the last row is the
-- current document; each row's bytes begin with exactly the bytes of the row before (incremental updates).
CREATE TABLE memorandum_signature (
    id             BIGINT        NOT NULL PRIMARY KEY,
    memorandum_id  BIGINT        NOT NULL,
    party_index    INTEGER       NOT NULL,
    signer_name    VARCHAR(500)  NOT NULL,
    signer_subject VARCHAR(1000),
    signed_at      TIMESTAMP     NOT NULL,
    method         VARCHAR(12)   NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    pdf            BYTEA         NOT NULL,
    pdf_sha256     VARCHAR(64)   NOT NULL,
    CONSTRAINT memorandum_signature_fk FOREIGN KEY (memorandum_id) REFERENCES memorandum (id),
    CONSTRAINT memorandum_signature_party UNIQUE (memorandum_id, party_index),
    CONSTRAINT memorandum_signature_index CHECK (party_index >= 0),
    CONSTRAINT memorandum_signature_method CHECK (method IN ('SIGNED_HERE', 'UPLOADED'))
);

-- The archive copy: the final signed bytes (a copy of the last signature's PDF, kept apart so that the archive
-- stands on its own), their SHA-256, checked on every read, the retention period and classification, and who
-- archived it when.
ALTER TABLE memorandum ADD COLUMN archived_pdf BYTEA;
ALTER TABLE memorandum ADD COLUMN archived_sha256 VARCHAR(64);
ALTER TABLE memorandum ADD COLUMN retention_years INTEGER;
ALTER TABLE memorandum ADD COLUMN classification VARCHAR(12);
ALTER TABLE memorandum ADD COLUMN archived_at TIMESTAMP;
ALTER TABLE memorandum ADD COLUMN archived_by VARCHAR(200);
-- What the archive search reads, written once when a memorandum is archived (its text is frozen by then): the
-- signing date stated in the text, the parties' countries and the languages as space-delimited codes
-- (' KZ KR ', ' ru ko '), and lower-case, NFKC-normalised texts, so that LIKE finds Cyrillic, Kazakh and Hangul
-- alike on H2 and PostgreSQL without a database-specific full-text index.
ALTER TABLE memorandum ADD COLUMN signing_date DATE;
ALTER TABLE memorandum ADD COLUMN search_countries VARCHAR(100);
ALTER TABLE memorandum ADD COLUMN search_languages VARCHAR(20);
ALTER TABLE memorandum ADD COLUMN search_parties VARCHAR(60000);
ALTER TABLE memorandum ADD COLUMN search_signatories VARCHAR(20000);
ALTER TABLE memorandum ADD COLUMN search_text VARCHAR(1000000);
ALTER TABLE memorandum ADD CONSTRAINT memorandum_archived CHECK (state <> 'ARCHIVED'
    OR (archived_pdf IS NOT NULL AND archived_sha256 IS NOT NULL AND retention_years IS NOT NULL
        AND classification IS NOT NULL AND archived_at IS NOT NULL AND archived_by IS NOT NULL));
ALTER TABLE memorandum ADD CONSTRAINT memorandum_classification CHECK (classification IS NULL
    OR classification IN ('PUBLIC', 'INTERNAL', 'RESTRICTED'));
CREATE INDEX memorandum_state_idx ON memorandum (state, signing_date);

-- A stored copy whose bytes no longer match the SHA-256 recorded for them: found when someone asked for it, who
-- that was, and both hashes. Append-only; the administrators' page lists them.
CREATE TABLE archive_alarm (
    id              BIGINT        NOT NULL PRIMARY KEY,
    memorandum_id   BIGINT        NOT NULL,
    stored_copy     VARCHAR(40)   NOT NULL,
    detected_at     TIMESTAMP     NOT NULL,
    detected_by     VARCHAR(200)  NOT NULL,
    expected_sha256 VARCHAR(64)   NOT NULL,
    actual_sha256   VARCHAR(64)   NOT NULL,
    CONSTRAINT archive_alarm_fk FOREIGN KEY (memorandum_id) REFERENCES memorandum (id)
);
CREATE INDEX archive_alarm_detected_idx ON archive_alarm (detected_at);
