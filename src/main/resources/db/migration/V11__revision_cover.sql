-- A revision keeps the item's cover too, so that restoring one brings its cover back (null: none, or saved before).
ALTER TABLE content_revision ADD COLUMN cover_media_id BIGINT;
ALTER TABLE content_revision ADD COLUMN cover_alt VARCHAR(300);
