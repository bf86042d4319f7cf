-- Minutes of a bilateral meeting or of an item of an official visit: what was discussed and what was agreed,
-- as an officer entered it, per language (JSON objects as in V2). One record an item; removing the item
-- removes its minutes. The texts may be long, hence the wide columns.
CREATE TABLE meeting_minutes (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    item_id    BIGINT         NOT NULL,
    topics     VARCHAR(100000) NOT NULL,
    agreements VARCHAR(100000) NOT NULL,
    updated_at TIMESTAMP      NOT NULL,
    updated_by VARCHAR(64)    NOT NULL,
    CONSTRAINT meeting_minutes_item_unique UNIQUE (item_id),
    CONSTRAINT meeting_minutes_item_fk FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE
);
