-- Schema version 2: the directory. Member states' membership over time, observer
-- organisations, persons and their contacts, and appointments that are never
-- overwritten: an appointment ends (ends_on is set) and a new one starts.
-- Terms are half-open: held from starts_on up to, not including, ends_on.

CREATE TABLE membership (
    id           INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on      TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on))
) STRICT;
CREATE INDEX membership_country ON membership (country_code);

-- The nine founding states were loaded by v1 without dates: they have been members
-- since the first formal meeting (16 September 2011, seed §II).
INSERT INTO membership (country_code, starts_on) SELECT code, '2011-09-16' FROM country;

CREATE TABLE organisation (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (name <> ''),
    acronym   TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL CHECK (kind IN ('international', 'civil_society')),
    starts_on TEXT CHECK (starts_on IS NULL OR date(starts_on) = starts_on),
    ends_on   TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND (starts_on IS NULL OR starts_on < ends_on)))
) STRICT;

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    honorific   TEXT NOT NULL DEFAULT '',
    position    TEXT NOT NULL DEFAULT '',
    institution TEXT NOT NULL DEFAULT '',
    languages   TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    -- Lower case without accents, for searching "perez" to find "Pérez".
    search_key  TEXT NOT NULL
) STRICT;

CREATE TABLE contact (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'messaging', 'address')),
    value     TEXT NOT NULL CHECK (value <> ''),
    label     TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    position  INTEGER NOT NULL
) STRICT;
CREATE INDEX contact_person ON contact (person_id);
CREATE UNIQUE INDEX contact_one_preferred_per_kind ON contact (person_id, kind) WHERE preferred = 1;

CREATE TABLE seat_appointment (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    mandate      TEXT NOT NULL CHECK (mandate IN ('tdp', 'tim')),
    role         TEXT NOT NULL CHECK (role IN ('titular', 'suplente')),
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on      TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on))
) STRICT;
CREATE INDEX seat_appointment_person ON seat_appointment (person_id);
CREATE INDEX seat_appointment_country ON seat_appointment (country_code, mandate, role, starts_on);

-- The rule "one titular and one suplente per state and mandate on any date" holds
-- even for writes that bypass Pleno's checks.
CREATE TRIGGER seat_appointment_no_overlap_insert BEFORE INSERT ON seat_appointment
WHEN EXISTS (
    SELECT 1 FROM seat_appointment s
    WHERE s.country_code = NEW.country_code AND s.mandate = NEW.mandate AND s.role = NEW.role
      AND (s.ends_on IS NULL OR NEW.starts_on < s.ends_on)
      AND (NEW.ends_on IS NULL OR s.starts_on < NEW.ends_on))
BEGIN
    SELECT RAISE(ABORT, 'seat_overlap');
END;

CREATE TRIGGER seat_appointment_no_overlap_update BEFORE UPDATE ON seat_appointment
WHEN EXISTS (
    SELECT 1 FROM seat_appointment s
    WHERE s.id <> NEW.id AND s.country_code = NEW.country_code AND s.mandate = NEW.mandate AND s.role = NEW.role
      AND (s.ends_on IS NULL OR NEW.starts_on < s.ends_on)
      AND (NEW.ends_on IS NULL OR s.starts_on < NEW.ends_on))
BEGIN
    SELECT RAISE(ABORT, 'seat_overlap');
END;

CREATE TABLE representation (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    starts_on       TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on         TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on))
) STRICT;
CREATE INDEX representation_person ON representation (person_id);
CREATE INDEX representation_organisation ON representation (organisation_id);

-- Offices the plenary gives to member states for a period (the Technical
-- Secretariat's is two years, seed §IX).
CREATE TABLE office_term (
    id           INTEGER PRIMARY KEY,
    office       TEXT NOT NULL CHECK (office IN ('presidencia', 'secretaria_tecnica', 'vocal')),
    country_code TEXT NOT NULL REFERENCES country (code),
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on      TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on))
) STRICT;
CREATE INDEX office_term_country ON office_term (country_code);
CREATE INDEX office_term_office ON office_term (office, starts_on);

CREATE TABLE committee (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (name <> ''),
    mandate   TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on   TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on))
) STRICT;

CREATE TABLE committee_member (
    id           INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committee (id),
    country_code TEXT REFERENCES country (code),
    person_id    INTEGER REFERENCES person (id),
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on      TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on < ends_on)),
    CHECK ((country_code IS NULL) <> (person_id IS NULL))
) STRICT;
CREATE INDEX committee_member_committee ON committee_member (committee_id);
CREATE INDEX committee_member_country ON committee_member (country_code);
CREATE INDEX committee_member_person ON committee_member (person_id);
