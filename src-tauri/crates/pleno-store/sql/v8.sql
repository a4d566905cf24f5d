-- v8: accountability (seed §VIII, §IX, §X). Meetings of the working committees,
-- technical sessions and events besides the plenaries; the country report each
-- state presents at a session; the Presidency's representations and where it
-- reported back; alliances and their joint actions; the milestones of each
-- state's instruments and the good practices the states replicate.

-- SQLite cannot change a CHECK or a UNIQUE in place, so `meeting` is rebuilt
-- with every row and id kept. Pleno runs this upgrade with foreign keys off
-- (open.rs), so dropping the old table deletes nothing that references it;
-- the legacy rename keeps the references of other tables to "meeting" as
-- they are written.
PRAGMA legacy_alter_table = ON;
CREATE TABLE meeting_v8 (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('ordinaria', 'extraordinaria', 'comite', 'tecnica', 'evento')),
    number        INTEGER NOT NULL CHECK (number > 0),
    starts_on     TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on       TEXT NOT NULL CHECK (date(ends_on) = ends_on AND starts_on <= ends_on),
    start_time    TEXT NOT NULL DEFAULT '09:00' CHECK (time(start_time || ':00') = start_time || ':00'),
    city          TEXT NOT NULL DEFAULT '',
    country_code  TEXT REFERENCES country (code),
    host_code     TEXT REFERENCES country (code),
    modality      TEXT NOT NULL CHECK (modality IN ('presencial', 'virtual', 'hibrida')),
    link          TEXT NOT NULL DEFAULT '',
    notice_date   TEXT CHECK (notice_date IS NULL OR date(notice_date) = notice_date),
    status        TEXT NOT NULL DEFAULT 'borrador' CHECK (status IN ('borrador', 'convocada', 'en_curso', 'cerrada')),
    agenda_approved_at TEXT,
    agenda_amendments  TEXT NOT NULL DEFAULT '',
    closed_at     TEXT,
    -- A committee session belongs to its committee and is numbered within it.
    committee_id  INTEGER REFERENCES committee (id),
    event_kind    TEXT CHECK (event_kind IN ('seminario', 'taller', 'encuentro_regional', 'otro')),
    CHECK ((kind = 'comite') = (committee_id IS NOT NULL)),
    CHECK ((kind = 'evento') = (event_kind IS NOT NULL))
) STRICT;
INSERT INTO meeting_v8 (id, kind, number, starts_on, ends_on, start_time, city, country_code, host_code, modality, link,
                        notice_date, status, agenda_approved_at, agenda_amendments, closed_at)
    SELECT id, kind, number, starts_on, ends_on, start_time, city, country_code, host_code, modality, link,
           notice_date, status, agenda_approved_at, agenda_amendments, closed_at FROM meeting;
DROP TABLE meeting;
ALTER TABLE meeting_v8 RENAME TO meeting;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX meeting_country ON meeting (country_code);
CREATE INDEX meeting_host ON meeting (host_code);
CREATE INDEX meeting_starts_on ON meeting (starts_on);
CREATE INDEX meeting_committee ON meeting (committee_id);
-- One number per kind, and per committee for committee sessions.
CREATE UNIQUE INDEX meeting_number ON meeting (kind, coalesce(committee_id, 0), number);
CREATE TRIGGER meeting_locked_update BEFORE UPDATE OF kind, number, starts_on, ends_on, start_time, city, country_code, host_code, modality, link, notice_date, agenda_approved_at, agenda_amendments, closed_at, committee_id, event_kind ON meeting WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER meeting_locked_delete BEFORE DELETE ON meeting WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;

-- What an event produced (an event keeps participants and outcomes, not quorum).
CREATE TABLE meeting_outcome (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    text       TEXT NOT NULL CHECK (text <> ''),
    recorded_on TEXT NOT NULL CHECK (date(recorded_on) = recorded_on)
) STRICT;
CREATE INDEX meeting_outcome_meeting ON meeting_outcome (meeting_id);

-- Whether a member state presented its country report at a session (seed §VIII),
-- with the file as presented and its SHA-256.
CREATE TABLE country_report (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    file_name    TEXT,
    sha256       TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    content      BLOB,
    recorded_at  TEXT NOT NULL,
    CHECK ((file_name IS NULL) = (sha256 IS NULL) AND (sha256 IS NULL) = (content IS NULL)),
    UNIQUE (meeting_id, country_code)
) STRICT;
CREATE INDEX country_report_country ON country_report (country_code);

-- The Presidency represents the Coalition at events, itself or through a state or
-- person it delegates, and reports back at the next meeting (seed §VIII).
CREATE TABLE presidency_representation (
    id                  INTEGER PRIMARY KEY,
    event               TEXT NOT NULL CHECK (event <> ''),
    held_on             TEXT NOT NULL CHECK (date(held_on) = held_on),
    place               TEXT NOT NULL CHECK (place <> ''),
    country_code        TEXT REFERENCES country (code),
    person_id           INTEGER REFERENCES person (id),
    reported_meeting_id INTEGER REFERENCES meeting (id),
    reported_item_id    INTEGER REFERENCES agenda_item (id),
    recorded_at         TEXT NOT NULL,
    CHECK ((country_code IS NULL) <> (person_id IS NULL)),
    CHECK (reported_item_id IS NULL OR reported_meeting_id IS NOT NULL)
) STRICT;
CREATE INDEX presidency_representation_country ON presidency_representation (country_code);
CREATE INDEX presidency_representation_person ON presidency_representation (person_id);
CREATE INDEX presidency_representation_meeting ON presidency_representation (reported_meeting_id);
CREATE INDEX presidency_representation_item ON presidency_representation (reported_item_id);

-- Alliances with other bodies (indicators 4.1.1, 4.1.1.2) and their joint actions (4.1.2).
CREATE TABLE alliance (
    id        INTEGER PRIMARY KEY,
    partner   TEXT NOT NULL CHECK (partner <> ''),
    kind      TEXT NOT NULL CHECK (kind IN ('gubernamental', 'no_gubernamental')),
    support   TEXT NOT NULL CHECK (support IN ('financiero', 'tecnico', 'otro')),
    scope     TEXT NOT NULL CHECK (scope IN ('nacional', 'regional', 'extrarregional')),
    starts_on TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on   TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND starts_on <= ends_on))
) STRICT;

CREATE TABLE alliance_action (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id),
    title       TEXT NOT NULL CHECK (title <> ''),
    done_on     TEXT NOT NULL CHECK (date(done_on) = done_on)
) STRICT;
CREATE INDEX alliance_action_alliance ON alliance_action (alliance_id, done_on);

-- A stage an instrument of a state reached (indicators 2.1.1, 2.2.1, 3.2.1):
-- one row per stage, so an instrument's history is its rows by date.
CREATE TABLE milestone (
    id           INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    instrument   TEXT NOT NULL CHECK (instrument IN ('protocolo', 'estrategia', 'ruta', 'convenio')),
    title        TEXT NOT NULL CHECK (title <> ''),
    stage        TEXT NOT NULL CHECK (stage IN ('elaborado', 'aprobado', 'implementado')),
    reached_on   TEXT NOT NULL CHECK (date(reached_on) = reached_on),
    evidence     TEXT NOT NULL DEFAULT '',
    UNIQUE (country_code, instrument, title, stage)
) STRICT;
CREATE INDEX milestone_instrument ON milestone (instrument, stage);

-- A good practice, the state it came from and the states that replicated it (3.1.1).
CREATE TABLE good_practice (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (title <> ''),
    origin_code TEXT NOT NULL REFERENCES country (code),
    recorded_on TEXT NOT NULL CHECK (date(recorded_on) = recorded_on),
    description TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX good_practice_origin ON good_practice (origin_code);

CREATE TABLE good_practice_replication (
    id               INTEGER PRIMARY KEY,
    good_practice_id INTEGER NOT NULL REFERENCES good_practice (id),
    country_code     TEXT NOT NULL REFERENCES country (code),
    replicated_on    TEXT NOT NULL CHECK (date(replicated_on) = replicated_on),
    UNIQUE (good_practice_id, country_code)
) STRICT;
CREATE INDEX good_practice_replication_country ON good_practice_replication (country_code);
