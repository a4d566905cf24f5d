-- v6: the office of coordinador, held by Nicaragua at the first meeting
-- (16 September 2011, seed §II), before the Presidency existed as such.
-- SQLite cannot change a CHECK in place, so the table is rebuilt; nothing
-- references office_term, so the rebuild keeps every row and id.
CREATE TABLE office_term_v6 (
    id           INTEGER PRIMARY KEY,
    office       TEXT NOT NULL CHECK (office IN ('coordinador', 'presidencia', 'secretaria_tecnica', 'vocal')),
    country_code TEXT NOT NULL REFERENCES country (code),
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on      TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on))
) STRICT;
INSERT INTO office_term_v6 (id, office, country_code, starts_on, ends_on)
    SELECT id, office, country_code, starts_on, ends_on FROM office_term;
DROP TABLE office_term;
ALTER TABLE office_term_v6 RENAME TO office_term;
CREATE INDEX office_term_country ON office_term (country_code);
CREATE INDEX office_term_office ON office_term (office, starts_on);
