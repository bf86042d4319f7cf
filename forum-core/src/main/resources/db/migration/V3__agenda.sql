-- The agenda of an event: its venues and its items. Start and end are local date-times in the event's time
-- zone (what the programme prints); texts in several languages are JSON objects in one column, as in V2.
-- Speakers, moderators and delegations of an item are ordered lists of ids, one table each.
CREATE TABLE venue (
    id       BIGINT        NOT NULL PRIMARY KEY,
    version  BIGINT        NOT NULL,
    event_id BIGINT        NOT NULL,
    name     VARCHAR(4000) NOT NULL,
    address  VARCHAR(4000) NOT NULL,
    capacity INTEGER,
    CONSTRAINT venue_capacity CHECK (capacity IS NULL OR capacity > 0),
    CONSTRAINT venue_event_fk FOREIGN KEY (event_id) REFERENCES forum_event (id)
);
CREATE INDEX venue_event_idx ON venue (event_id);

CREATE TABLE agenda_item (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    event_id            BIGINT        NOT NULL,
    item_uid            VARCHAR(36)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    starts_at           TIMESTAMP     NOT NULL,
    ends_at             TIMESTAMP     NOT NULL,
    title               VARCHAR(4000) NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    venue_id            BIGINT,
    room                VARCHAR(4000) NOT NULL,
    interpretation_from VARCHAR(8),
    interpretation_to   VARCHAR(32)   NOT NULL,
    dress_code          VARCHAR(200),
    staff_notes         VARCHAR(4000),
    visibility          VARCHAR(16)   NOT NULL,
    CONSTRAINT agenda_item_uid_unique UNIQUE (item_uid),
    CONSTRAINT agenda_item_times CHECK (ends_at >= starts_at),
    CONSTRAINT agenda_item_event_fk FOREIGN KEY (event_id) REFERENCES forum_event (id),
    CONSTRAINT agenda_item_venue_fk FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX agenda_item_event_idx ON agenda_item (event_id, starts_at);

CREATE TABLE agenda_speaker (
    item_id         BIGINT  NOT NULL,
    speaker_order   INTEGER NOT NULL,
    delegate_id     BIGINT  NOT NULL,
    manual_position BOOLEAN NOT NULL,
    CONSTRAINT agenda_speaker_pk PRIMARY KEY (item_id, speaker_order),
    CONSTRAINT agenda_speaker_item_fk FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT agenda_speaker_delegate_fk FOREIGN KEY (delegate_id) REFERENCES delegate (id)
);
CREATE INDEX agenda_speaker_delegate_idx ON agenda_speaker (delegate_id);

CREATE TABLE agenda_moderator (
    item_id         BIGINT  NOT NULL,
    moderator_order INTEGER NOT NULL,
    delegate_id     BIGINT  NOT NULL,
    CONSTRAINT agenda_moderator_pk PRIMARY KEY (item_id, moderator_order),
    CONSTRAINT agenda_moderator_item_fk FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT agenda_moderator_delegate_fk FOREIGN KEY (delegate_id) REFERENCES delegate (id)
);
CREATE INDEX agenda_moderator_delegate_idx ON agenda_moderator (delegate_id);

CREATE TABLE agenda_delegation (
    item_id          BIGINT  NOT NULL,
    delegation_order INTEGER NOT NULL,
    delegation_id    BIGINT  NOT NULL,
    CONSTRAINT agenda_delegation_pk PRIMARY KEY (item_id, delegation_order),
    CONSTRAINT agenda_delegation_item_fk FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT agenda_delegation_delegation_fk FOREIGN KEY (delegation_id) REFERENCES delegation (id)
);
