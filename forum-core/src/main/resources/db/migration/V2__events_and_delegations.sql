-- Events, delegations, delegates and their private links. Texts in several languages are small JSON
-- objects in one column ({"kk":"…","ru":"…"}): they are read and sorted with ICU in Java, not by SQL.
CREATE TABLE forum_event (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(4000) NOT NULL,
    city              VARCHAR(4000) NOT NULL,
    host_organisation VARCHAR(4000) NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    time_zone         VARCHAR(64)   NOT NULL,
    languages         VARCHAR(32)   NOT NULL,
    CONSTRAINT forum_event_days CHECK (ends_on >= starts_on)
);

CREATE TABLE delegation (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    event_id             BIGINT        NOT NULL,
    country              VARCHAR(2)    NOT NULL,
    name                 VARCHAR(4000) NOT NULL,
    sending_organisation VARCHAR(4000) NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    arrival_flight       VARCHAR(20),
    arrival_at           TIMESTAMP,
    arrival_airport      VARCHAR(200),
    departure_flight     VARCHAR(20),
    departure_at         TIMESTAMP,
    departure_airport    VARCHAR(200),
    hotel                VARCHAR(200),
    notes                VARCHAR(4000),
    CONSTRAINT delegation_event_fk FOREIGN KEY (event_id) REFERENCES forum_event (id)
);
CREATE INDEX delegation_event_idx ON delegation (event_id);

CREATE TABLE delegate (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    delegation_id       BIGINT        NOT NULL,
    names               VARCHAR(4000) NOT NULL,
    position_title      VARCHAR(4000) NOT NULL,
    form_of_address     VARCHAR(2000) NOT NULL,
    gender              VARCHAR(16)   NOT NULL,
    diplomatic_rank     VARCHAR(32),
    rank_since          DATE,
    delegation_role     VARCHAR(16)   NOT NULL,
    email               VARCHAR(254),
    phone               VARCHAR(40),
    language            VARCHAR(8),
    dietary_needs       VARCHAR(1000),
    accessibility_needs VARCHAR(1000),
    precedence_pin      INTEGER,
    attendance          VARCHAR(16)   NOT NULL,
    arrival_details     VARCHAR(1000),
    CONSTRAINT delegate_delegation_fk FOREIGN KEY (delegation_id) REFERENCES delegation (id)
);
CREATE INDEX delegate_delegation_idx ON delegate (delegation_id);
CREATE INDEX delegate_email_idx ON delegate (email);

CREATE TABLE delegate_link (
    id          BIGINT      NOT NULL PRIMARY KEY,
    delegate_id BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP,
    revoked_at  TIMESTAMP,
    CONSTRAINT delegate_link_hash_unique UNIQUE (token_hash),
    CONSTRAINT delegate_link_delegate_fk FOREIGN KEY (delegate_id) REFERENCES delegate (id)
);
