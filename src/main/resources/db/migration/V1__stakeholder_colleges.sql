-- The five stakeholder colleges of the working group. Every member belongs to exactly one; their names and
-- descriptions are translated in i18n/ under college.<code>.*, so only the stable code and order live here.
CREATE TABLE college (
    code     VARCHAR(40) NOT NULL PRIMARY KEY,
    position INTEGER     NOT NULL UNIQUE
);

INSERT INTO college (code, position) VALUES ('public-sector', 1);
INSERT INTO college (code, position) VALUES ('civil-society', 2);
INSERT INTO college (code, position) VALUES ('industry', 3);
INSERT INTO college (code, position) VALUES ('technical-community', 4);
INSERT INTO college (code, position) VALUES ('academia', 5);
