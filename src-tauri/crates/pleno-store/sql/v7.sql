-- v7: plan monitoring (seed §IX). POAs for every year with a status, weights,
-- typed responsible parties and a history of every change; targets and
-- measurements of the Strategic Plan's indicators; the national mechanisms'
-- monitoring reports (the "Matriz de monitoreo"), kept in versions.

-- The seed's POA 2018 is the adopted plan, so rows already there (and the
-- reference data loaded after this migration) are 'aprobado'; Pleno always
-- writes 'borrador' for a POA it creates.
ALTER TABLE operating_plan ADD COLUMN status TEXT NOT NULL DEFAULT 'aprobado'
    CHECK (status IN ('borrador', 'aprobado'));
ALTER TABLE operating_plan ADD COLUMN approved_decision_id INTEGER REFERENCES decision (id);
CREATE INDEX operating_plan_approved_decision ON operating_plan (approved_decision_id);

ALTER TABLE activity ADD COLUMN weight INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1);

-- Who answers for an activity, typed (seed §X matrix, column "Responsable").
CREATE TABLE activity_party (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('coalicion_regional', 'national_mechanisms', 'national_mechanism',
                                               'presidencia', 'secretaria_tecnica', 'committee', 'institution')),
    country_code TEXT REFERENCES country (code),
    committee_id INTEGER REFERENCES committee (id),
    name         TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'national_mechanism') = (country_code IS NOT NULL)),
    CHECK (kind NOT IN ('committee', 'institution') OR name <> ''),
    UNIQUE (activity_id, position)
) STRICT;
CREATE INDEX activity_party_country ON activity_party (country_code);
CREATE INDEX activity_party_committee ON activity_party (committee_id);

-- The typed parties of the seed's POA 2018 for archives created before v7
-- (the same table as pleno_domain::poa::seed_parties; a store test checks both agree).
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 0, 'coalicion_regional' FROM activity WHERE responsible = 'Coalición Regional';
INSERT INTO activity_party (activity_id, position, kind, name)
    SELECT id, 0, 'committee', 'Petit Comité' FROM activity WHERE responsible = 'Petit Comité';
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 0, 'secretaria_tecnica' FROM activity WHERE responsible = 'Secretaría Técnica de la Coalición Regional';
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 0, 'national_mechanisms' FROM activity
    WHERE responsible IN ('Comisiones, Comités, Consejos y Coaliciones Nacionales',
                          'Comisiones, Comités, Consejos y Coaliciones Nacionales, ST y Presidencia de la Coalición');
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 1, 'secretaria_tecnica' FROM activity
    WHERE responsible = 'Comisiones, Comités, Consejos y Coaliciones Nacionales, ST y Presidencia de la Coalición';
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 2, 'presidencia' FROM activity
    WHERE responsible = 'Comisiones, Comités, Consejos y Coaliciones Nacionales, ST y Presidencia de la Coalición';
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 0, 'secretaria_tecnica' FROM activity
    WHERE responsible IN ('ST de la Coalición Regional y la Presidencia.', 'ST y Presidencia',
                          'ST y Presidencia de la Coalición Regional');
INSERT INTO activity_party (activity_id, position, kind)
    SELECT id, 1, 'presidencia' FROM activity
    WHERE responsible IN ('ST de la Coalición Regional y la Presidencia.', 'ST y Presidencia',
                          'ST y Presidencia de la Coalición Regional');

-- Every change to a POA, appended and never changed: who, when, what (the
-- activity before and after, as JSON), and the decision behind it.
CREATE TABLE poa_change (
    id                INTEGER PRIMARY KEY,
    operating_plan_id INTEGER NOT NULL REFERENCES operating_plan (id),
    at                TEXT NOT NULL,
    by                TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('created', 'copied', 'objective_added', 'activity_added',
                                                    'activity_edited', 'activity_removed', 'approved')),
    code              TEXT,
    decision_id       INTEGER REFERENCES decision (id),
    before            TEXT,
    after             TEXT,
    fields            TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX poa_change_plan ON poa_change (operating_plan_id, id);
CREATE INDEX poa_change_decision ON poa_change (decision_id);
CREATE TRIGGER poa_change_append_only_update BEFORE UPDATE ON poa_change
BEGIN SELECT RAISE(ABORT, 'historial_del_poa'); END;
CREATE TRIGGER poa_change_append_only_delete BEFORE DELETE ON poa_change
BEGIN SELECT RAISE(ABORT, 'historial_del_poa'); END;

-- Baseline, target and how each Strategic Plan indicator is measured; empty
-- until the Secretariat fills them in (the seed gives none).
CREATE TABLE indicator_target (
    indicator_id          INTEGER PRIMARY KEY REFERENCES indicator (id),
    baseline_value        REAL,
    baseline_year         INTEGER,
    target_value          REAL,
    target_year           INTEGER,
    unit                  TEXT NOT NULL DEFAULT '',
    periodicity           TEXT NOT NULL DEFAULT '',
    means_of_verification TEXT NOT NULL DEFAULT '',
    source                TEXT CHECK (source IN ('computed', 'reported'))
) STRICT;

-- Dated values of reported indicators, per state (country_code) or regional (NULL).
CREATE TABLE indicator_measurement (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    measured_on  TEXT NOT NULL CHECK (date(measured_on) = measured_on),
    country_code TEXT REFERENCES country (code),
    value        REAL NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX indicator_measurement_indicator ON indicator_measurement (indicator_id, measured_on);
CREATE INDEX indicator_measurement_country ON indicator_measurement (country_code);

CREATE TABLE measurement_evidence (
    id             INTEGER PRIMARY KEY,
    measurement_id INTEGER NOT NULL REFERENCES indicator_measurement (id),
    file_name      TEXT NOT NULL CHECK (file_name <> ''),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    content        BLOB NOT NULL,
    added_at       TEXT NOT NULL
) STRICT;
CREATE INDEX measurement_evidence_measurement ON measurement_evidence (measurement_id);

-- A monitoring report (the seed's matrix) of one state (or the region, NULL)
-- for one semester of a POA. A correction is a new version; earlier versions
-- stay, read-only.
CREATE TABLE monitoring_report (
    id                INTEGER PRIMARY KEY,
    operating_plan_id INTEGER NOT NULL REFERENCES operating_plan (id),
    country_code      TEXT REFERENCES country (code),
    semester          INTEGER NOT NULL CHECK (semester IN (1, 2)),
    version           INTEGER NOT NULL CHECK (version >= 1),
    reported_on       TEXT NOT NULL CHECK (date(reported_on) = reported_on),
    mechanism         TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'xlsx')),
    recorded_at       TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX monitoring_report_version
    ON monitoring_report (operating_plan_id, coalesce(country_code, ''), semester, version);
CREATE INDEX monitoring_report_country ON monitoring_report (country_code);

CREATE TABLE monitoring_entry (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES monitoring_report (id),
    activity_id   INTEGER NOT NULL REFERENCES activity (id),
    progress      INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    status        TEXT NOT NULL CHECK (status IN ('no_iniciada', 'en_proceso', 'cumplida', 'con_retraso', 'suspendida')),
    justification TEXT NOT NULL DEFAULT '',
    UNIQUE (report_id, activity_id)
) STRICT;
CREATE INDEX monitoring_entry_activity ON monitoring_entry (activity_id);

CREATE TABLE monitoring_evidence (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES monitoring_report (id),
    file_name TEXT NOT NULL CHECK (file_name <> ''),
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    content   BLOB NOT NULL,
    added_at  TEXT NOT NULL
) STRICT;
CREATE INDEX monitoring_evidence_report ON monitoring_evidence (report_id);

-- Once a later version exists, a report's entries are what was reported then.
CREATE TRIGGER monitoring_entry_superseded_insert BEFORE INSERT ON monitoring_entry
WHEN EXISTS (SELECT 1 FROM monitoring_report r JOIN monitoring_report later
             ON later.operating_plan_id = r.operating_plan_id AND coalesce(later.country_code, '') = coalesce(r.country_code, '')
             AND later.semester = r.semester AND later.version > r.version WHERE r.id = NEW.report_id)
BEGIN SELECT RAISE(ABORT, 'informe_sustituido'); END;
CREATE TRIGGER monitoring_entry_superseded_update BEFORE UPDATE ON monitoring_entry
WHEN EXISTS (SELECT 1 FROM monitoring_report r JOIN monitoring_report later
             ON later.operating_plan_id = r.operating_plan_id AND coalesce(later.country_code, '') = coalesce(r.country_code, '')
             AND later.semester = r.semester AND later.version > r.version WHERE r.id = OLD.report_id)
BEGIN SELECT RAISE(ABORT, 'informe_sustituido'); END;
CREATE TRIGGER monitoring_entry_no_delete BEFORE DELETE ON monitoring_entry
BEGIN SELECT RAISE(ABORT, 'informe_sustituido'); END;
