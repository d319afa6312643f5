-- Applications to join the group, from the public form. Nothing is stored until the form is valid; the e-mail
-- address is confirmed with a single-use link whose token is kept only as a SHA-256 hash.
CREATE SEQUENCE membership_application_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE membership_application (
    id                      BIGINT                   NOT NULL PRIMARY KEY,
    applicant_kind          VARCHAR(12)              NOT NULL,
    email                   VARCHAR(320)             NOT NULL,
    first_name              VARCHAR(100)             NOT NULL,
    last_name               VARCHAR(100)             NOT NULL,
    affiliation             VARCHAR(200),
    country                 VARCHAR(100),
    organisation_name       VARCHAR(200),
    organisation_kind       VARCHAR(20),
    website                 VARCHAR(300),
    siren                   VARCHAR(9),
    representative_role     VARCHAR(120),
    college_code            VARCHAR(40)              NOT NULL REFERENCES college (code),
    motivation              VARCHAR(2000)            NOT NULL,
    language                VARCHAR(2)               NOT NULL,
    listed_in_directory     BOOLEAN                  NOT NULL,
    newsletter              BOOLEAN                  NOT NULL,
    consent_given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(20)              NOT NULL,
    confirmation_token_hash VARCHAR(64),
    confirmation_expires_at TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at            TIMESTAMP WITH TIME ZONE,
    version                 INTEGER                  NOT NULL
);

CREATE INDEX membership_application_email ON membership_application (email);
CREATE UNIQUE INDEX membership_application_token ON membership_application (confirmation_token_hash);
