-- The CMS media library: images and PDFs stored as files outside the database (named by their SHA-256), described
-- here with their titles and alternative texts in both languages.

CREATE SEQUENCE media_file_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE media_file (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    sha256        VARCHAR(64)              NOT NULL,
    media_type    VARCHAR(40)              NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    original_name VARCHAR(200)             NOT NULL,
    title_fr      VARCHAR(200),
    title_en      VARCHAR(200),
    alt_fr        VARCHAR(300),
    alt_en        VARCHAR(300),
    width         INTEGER,
    height        INTEGER,
    uploaded_by   VARCHAR(320)             NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER                  NOT NULL
);

-- The same content uploaded twice is one file.
CREATE UNIQUE INDEX media_file_sha256 ON media_file (sha256);
CREATE INDEX media_file_uploaded ON media_file (uploaded_at);
