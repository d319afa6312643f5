-- The CMS: content items (pages, guides, news) in French and English, linked as translations; every save is a
-- revision; every workflow step is recorded; renamed slugs keep redirecting.

CREATE SEQUENCE content_item_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE content_item (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    translation_group VARCHAR(36)              NOT NULL,
    content_type      VARCHAR(20)              NOT NULL,
    language          VARCHAR(2)               NOT NULL,
    slug              VARCHAR(80)              NOT NULL,
    title             VARCHAR(200)             NOT NULL,
    summary           VARCHAR(600),
    body_html         TEXT                     NOT NULL,
    body_text         TEXT                     NOT NULL,
    -- Title, summary, tags and text without accents, lower case: what search matches accent-insensitively.
    search_text       TEXT                     NOT NULL,
    seo_description   VARCHAR(160),
    cover_media_id    BIGINT,
    cover_alt         VARCHAR(300),
    tags              VARCHAR(500),
    status            VARCHAR(12)              NOT NULL,
    publish_at        TIMESTAMP WITH TIME ZONE,
    published_at      TIMESTAMP WITH TIME ZONE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(320)             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ever_published    BOOLEAN                  NOT NULL,
    version           INTEGER                  NOT NULL
);

-- One slug per language and type (pages share the language root with the portal's own routes, checked in code).
CREATE UNIQUE INDEX content_item_slug ON content_item (language, content_type, slug);
-- One version per language in a translation group.
CREATE UNIQUE INDEX content_item_translation ON content_item (translation_group, language);
CREATE INDEX content_item_public ON content_item (language, content_type, status, published_at);

CREATE SEQUENCE content_revision_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE content_revision (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    item_id         BIGINT                   NOT NULL REFERENCES content_item (id),
    number          INTEGER                  NOT NULL,
    title           VARCHAR(200)             NOT NULL,
    summary         VARCHAR(600),
    body_html       TEXT                     NOT NULL,
    seo_description VARCHAR(160),
    tags            VARCHAR(500),
    slug            VARCHAR(80)              NOT NULL,
    author          VARCHAR(320)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX content_revision_number ON content_revision (item_id, number);

CREATE SEQUENCE content_transition_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE content_transition (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    item_id     BIGINT                   NOT NULL REFERENCES content_item (id),
    from_status VARCHAR(12),
    to_status   VARCHAR(12)              NOT NULL,
    actor       VARCHAR(320)             NOT NULL,
    comment_text VARCHAR(1000),
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX content_transition_item ON content_transition (item_id, happened_at);

-- An old slug of an item (after a rename) answers with a permanent redirect to the current one.
CREATE TABLE content_slug_redirect (
    language     VARCHAR(2)  NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    slug         VARCHAR(80) NOT NULL,
    item_id      BIGINT      NOT NULL REFERENCES content_item (id),
    PRIMARY KEY (language, content_type, slug)
);
