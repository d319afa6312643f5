-- Admin review of applications, the members it creates, the Keycloak accounts it asks for, and the log of
-- decisions. Account work goes through account_task (an outbox, like e-mail): the approval commits the member
-- and the task together; a worker carries the task out against Keycloak with retries.

-- Review of an application: asking for more information (single-use link, hashed like the confirmation link),
-- the applicant's answer, and the decision.
-- INFORMATION_REQUESTED is longer than the 20 characters V4 gave the status.
ALTER TABLE membership_application ALTER COLUMN status SET DATA TYPE VARCHAR(30);
ALTER TABLE membership_application ADD COLUMN information_token_hash VARCHAR(64);
ALTER TABLE membership_application ADD COLUMN information_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE membership_application ADD COLUMN information_question VARCHAR(2000);
ALTER TABLE membership_application ADD COLUMN information_answer VARCHAR(4000);
ALTER TABLE membership_application ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX membership_application_information_token ON membership_application (information_token_hash);
CREATE INDEX membership_application_status ON membership_application (status, confirmed_at);

CREATE SEQUENCE member_seq START WITH 1 INCREMENT BY 1;

-- A member of the group. Erasure keeps the row (what they wrote elsewhere points to it, shown as "former member")
-- and blanks every personal column.
CREATE TABLE member (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    status                 VARCHAR(12)              NOT NULL,
    applicant_kind         VARCHAR(12)              NOT NULL,
    email                  VARCHAR(320),
    first_name             VARCHAR(100),
    last_name              VARCHAR(100),
    display_name           VARCHAR(200),
    affiliation            VARCHAR(200),
    country                VARCHAR(100),
    organisation_name      VARCHAR(200),
    organisation_kind      VARCHAR(20),
    website                VARCHAR(300),
    representative_role    VARCHAR(120),
    bio                    VARCHAR(1000),
    college_code           VARCHAR(40)              NOT NULL REFERENCES college (code),
    requested_college_code VARCHAR(40)              REFERENCES college (code),
    college_requested_at   TIMESTAMP WITH TIME ZONE,
    language               VARCHAR(2)               NOT NULL,
    listed_in_directory    BOOLEAN                  NOT NULL,
    founding               BOOLEAN                  NOT NULL,
    newsletter             BOOLEAN                  NOT NULL,
    notify_replies         BOOLEAN                  NOT NULL,
    notify_consultations   BOOLEAN                  NOT NULL,
    keycloak_user_id       VARCHAR(64),
    application_id         BIGINT,
    joined_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at              TIMESTAMP WITH TIME ZONE,
    version                INTEGER                  NOT NULL
);

-- One member per address and per Keycloak account: approving twice cannot make two.
CREATE UNIQUE INDEX member_email ON member (email);
CREATE UNIQUE INDEX member_keycloak_user ON member (keycloak_user_id);
CREATE UNIQUE INDEX member_application ON member (application_id);
CREATE INDEX member_directory ON member (status, listed_in_directory, college_code);

CREATE SEQUENCE account_task_seq START WITH 1 INCREMENT BY 1;

-- Work to do in Keycloak for a member (create or link the account, update its college, delete it). One row per
-- member and kind: asking again re-arms the row instead of adding one.
CREATE TABLE account_task (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    member_id        BIGINT                   NOT NULL REFERENCES member (id),
    task_kind        VARCHAR(20)              NOT NULL,
    keycloak_user_id VARCHAR(64),
    status           VARCHAR(10)              NOT NULL,
    attempts         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(40),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    account_created  BOOLEAN                  NOT NULL,
    password_mail_sent BOOLEAN                NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at          TIMESTAMP WITH TIME ZONE,
    version          INTEGER                  NOT NULL
);

CREATE UNIQUE INDEX account_task_once ON account_task (member_id, task_kind);
CREATE INDEX account_task_due ON account_task (status, next_attempt_at);

CREATE SEQUENCE membership_decision_seq START WITH 1 INCREMENT BY 1;

-- What admins decided, by whom and when. It holds ids, not names: it outlives purged applications and erased
-- members without keeping their personal data.
CREATE TABLE membership_decision (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    decision       VARCHAR(30)              NOT NULL,
    application_id BIGINT,
    member_id      BIGINT,
    college_code   VARCHAR(40),
    reason         VARCHAR(30),
    comment_text   VARCHAR(2000),
    decided_by     VARCHAR(320)             NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX membership_decision_when ON membership_decision (decided_at);
