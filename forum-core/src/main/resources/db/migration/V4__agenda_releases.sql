-- Released versions of an event's programme. A release is written once and never changed: delegates and
-- their calendars keep seeing exactly what was published, whatever happens to the working copy later.
-- The unique number per event is what stops two simultaneous publications from both becoming release N.
CREATE TABLE agenda_release (
    id             BIGINT        NOT NULL PRIMARY KEY,
    event_id       BIGINT        NOT NULL,
    release_number INTEGER       NOT NULL,
    published_at   TIMESTAMP     NOT NULL,
    published_by   VARCHAR(64)   NOT NULL,
    note           VARCHAR(1000),
    items_added    INTEGER       NOT NULL,
    items_removed  INTEGER       NOT NULL,
    items_changed  INTEGER       NOT NULL,
    CONSTRAINT agenda_release_number_unique UNIQUE (event_id, release_number),
    CONSTRAINT agenda_release_number_positive CHECK (release_number > 0),
    CONSTRAINT agenda_release_event_fk FOREIGN KEY (event_id) REFERENCES forum_event (id)
);

-- One row per item of a release, removed items included (as cancelled). What identifies and orders an item
-- has columns of its own; the rest (texts per language, ids of speakers and delegations, venue copied as it
-- was) is one JSON object, since it is only ever read whole. Speakers are kept by id without a foreign key:
-- a release stays as published even after a delegate is removed from the event.
CREATE TABLE agenda_release_item (
    release_id    BIGINT          NOT NULL,
    item_order    INTEGER         NOT NULL,
    item_uid      VARCHAR(36)     NOT NULL,
    item_sequence INTEGER         NOT NULL,
    cancelled     BOOLEAN         NOT NULL,
    starts_at     TIMESTAMP       NOT NULL,
    ends_at       TIMESTAMP       NOT NULL,
    content       VARCHAR(100000) NOT NULL,
    CONSTRAINT agenda_release_item_pk PRIMARY KEY (release_id, item_order),
    CONSTRAINT agenda_release_item_uid_unique UNIQUE (release_id, item_uid),
    CONSTRAINT agenda_release_item_release_fk FOREIGN KEY (release_id) REFERENCES agenda_release (id)
);
CREATE INDEX agenda_release_item_uid_idx ON agenda_release_item (item_uid);

-- Whose personal programme a release changed, and which of its items: what the programme-changed mail
-- tells each of them. The mail service moves a notice on from PENDING once it has dealt with it.
CREATE TABLE change_notice (
    id          BIGINT          NOT NULL PRIMARY KEY,
    version     BIGINT          NOT NULL,
    release_id  BIGINT          NOT NULL,
    delegate_id BIGINT          NOT NULL,
    item_uids   VARCHAR(100000) NOT NULL,
    state       VARCHAR(16)     NOT NULL,
    created_at  TIMESTAMP       NOT NULL,
    handled_at  TIMESTAMP,
    reason      VARCHAR(1000),
    CONSTRAINT change_notice_unique UNIQUE (release_id, delegate_id),
    CONSTRAINT change_notice_release_fk FOREIGN KEY (release_id) REFERENCES agenda_release (id),
    CONSTRAINT change_notice_delegate_fk FOREIGN KEY (delegate_id) REFERENCES delegate (id)
);
CREATE INDEX change_notice_delegate_idx ON change_notice (delegate_id);
CREATE INDEX change_notice_state_idx ON change_notice (state);
