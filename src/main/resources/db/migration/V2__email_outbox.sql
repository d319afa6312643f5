-- Transactional outbox for e-mail: a message is written in the same transaction as the change that causes it,
-- and the outbox worker sends it over SMTP with retries. Nothing is lost while SMTP is down.
-- Keys come from a sequence, which PostgreSQL and H2 serve the same way.
CREATE SEQUENCE outbox_email_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE outbox_email (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    message_id      VARCHAR(200)             NOT NULL UNIQUE,
    recipient       VARCHAR(320)             NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    subject         VARCHAR(500)             NOT NULL,
    text_body       VARCHAR(100000)          NOT NULL,
    html_body       VARCHAR(200000),
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         INTEGER                  NOT NULL
);

CREATE INDEX outbox_email_due ON outbox_email (status, next_attempt_at);
