-- Serving a media file first asks whether any embargo is running at all: an index answers without a scan.
CREATE INDEX content_item_embargo ON content_item (embargo_until);
