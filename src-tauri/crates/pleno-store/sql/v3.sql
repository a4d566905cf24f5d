-- Schema version 3: meetings, their agenda and documents, attendance over the
-- day, and every quorum verification.

CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('ordinaria', 'extraordinaria')),
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
    UNIQUE (kind, number)
) STRICT;
CREATE INDEX meeting_country ON meeting (country_code);
CREATE INDEX meeting_host ON meeting (host_code);
CREATE INDEX meeting_starts_on ON meeting (starts_on);

CREATE TABLE agenda_item (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('quorum', 'agenda_approval', 'previous_minutes', 'presidency_report',
                                                'country_report', 'follow_up', 'discussion', 'other_business', 'closing')),
    title        TEXT NOT NULL CHECK (title <> ''),
    presenter    TEXT NOT NULL DEFAULT '',
    country_code TEXT REFERENCES country (code),
    minutes      INTEGER NOT NULL DEFAULT 15 CHECK (minutes >= 0),
    notes        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_country ON agenda_item (country_code);

-- Reference documents are stored in the archive itself, with their SHA-256, so the
-- archive is complete on one laptop and a changed file can be noticed.
CREATE TABLE agenda_document (
    id             INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    file_name      TEXT NOT NULL CHECK (file_name <> ''),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    content        BLOB NOT NULL,
    added_at       TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_document_item ON agenda_document (agenda_item_id);

CREATE TABLE attendance (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES person (id),
    role            TEXT NOT NULL CHECK (role IN ('titular', 'suplente', 'observador', 'invitado')),
    country_code    TEXT REFERENCES country (code),
    organisation_id INTEGER REFERENCES organisation (id),
    status          TEXT NOT NULL CHECK (status IN ('presente', 'ausente', 'excusado')),
    mode            TEXT NOT NULL DEFAULT 'presencial' CHECK (mode IN ('presencial', 'remota')),
    UNIQUE (meeting_id, person_id)
) STRICT;
CREATE INDEX attendance_person ON attendance (person_id);
CREATE INDEX attendance_country ON attendance (country_code);
CREATE INDEX attendance_organisation ON attendance (organisation_id);

CREATE TABLE attendance_stay (
    id            INTEGER PRIMARY KEY,
    attendance_id INTEGER NOT NULL REFERENCES attendance (id) ON DELETE CASCADE,
    arrived_at    TEXT NOT NULL,
    left_at       TEXT CHECK (left_at IS NULL OR arrived_at < left_at)
) STRICT;
CREATE INDEX attendance_stay_attendance ON attendance_stay (attendance_id);

CREATE TABLE quorum_check (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    checked_at     TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('apertura', 'decision', 'solicitud')),
    rule           TEXT NOT NULL,
    member_states  INTEGER NOT NULL,
    present_states TEXT NOT NULL,
    required       INTEGER NOT NULL,
    quorate        INTEGER NOT NULL CHECK (quorate IN (0, 1))
) STRICT;
CREATE INDEX quorum_check_meeting ON quorum_check (meeting_id, checked_at);
