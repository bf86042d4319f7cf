-- Officers' own wording of a message kind in one language. Without a row, the wording shipped with the
-- application (resources org/forumprotocol/core/mail/templates) is used, so deleting a row restores the default.
CREATE TABLE mail_template (
    id         VARCHAR(40)    NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    kind       VARCHAR(32)    NOT NULL,
    language   VARCHAR(2)     NOT NULL,
    subject    VARCHAR(2000)  NOT NULL,
    body       VARCHAR(20000) NOT NULL,
    updated_at TIMESTAMP      NOT NULL,
    CONSTRAINT mail_template_kind_language UNIQUE (kind, language)
);
