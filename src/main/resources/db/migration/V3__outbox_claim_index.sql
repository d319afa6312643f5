-- Each worker run finds its claimed batch by claim token.
CREATE INDEX outbox_email_claim ON outbox_email (claimed_by);
