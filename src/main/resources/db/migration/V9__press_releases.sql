-- Press releases are CMS content items (type PRESS_RELEASE) with more to them: a place for the date line, the
-- "about" boilerplate, attachments from the media library and linked media contacts. Any item may carry an embargo:
-- before that instant it is not public, whatever its status.

ALTER TABLE content_item ADD COLUMN embargo_until TIMESTAMP WITH TIME ZONE;

CREATE TABLE press_release (
    item_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES content_item (id),
    place      VARCHAR(120),
    about_html TEXT,
    version    INTEGER      NOT NULL
);

CREATE TABLE press_release_attachment (
    item_id  BIGINT  NOT NULL REFERENCES content_item (id),
    media_id BIGINT  NOT NULL REFERENCES media_file (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (item_id, media_id)
);

CREATE INDEX press_release_attachment_media ON press_release_attachment (media_id);

CREATE TABLE press_release_contact (
    item_id    BIGINT  NOT NULL REFERENCES content_item (id),
    contact_id BIGINT  NOT NULL REFERENCES press_contact (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (item_id, contact_id)
);

CREATE INDEX press_release_contact_contact ON press_release_contact (contact_id);
