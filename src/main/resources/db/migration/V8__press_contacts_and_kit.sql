-- The press room's media contacts (downloadable as vCards) and the press kit (files of the media library that editors
-- pick, with credits and licences).

CREATE SEQUENCE press_contact_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE press_contact (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    -- Given and family names apart, for the vCard's structured name (N); shown "given family".
    given_name   VARCHAR(100)             NOT NULL,
    family_name  VARCHAR(100)             NOT NULL,
    organisation VARCHAR(200)             NOT NULL,
    role_fr      VARCHAR(200),
    role_en      VARCHAR(200),
    email        VARCHAR(320)             NOT NULL,
    phone        VARCHAR(40),
    -- Language codes (BCP 47, e.g. "fr,en,de") the contact answers journalists in, in order of preference.
    languages    VARCHAR(100)             NOT NULL,
    -- Kept in order by moving one up or down; compacted (1, 2, 3…) after a deletion.
    position     INTEGER                  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER                  NOT NULL
);

CREATE SEQUENCE press_kit_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE press_kit_entry (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    media_id   BIGINT                   NOT NULL REFERENCES media_file (id),
    -- LOGO, PHOTO or FACT_SHEET: the kit's sections. Credit and licence are required for a photo.
    kind       VARCHAR(20)              NOT NULL,
    credit     VARCHAR(300),
    licence    VARCHAR(300),
    position   INTEGER                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER                  NOT NULL
);

CREATE UNIQUE INDEX press_kit_entry_media ON press_kit_entry (media_id);
