-- Schema version 1: member states, the Coalition's plan, settings.
-- Every foreign-key column is the leading column of an index.

CREATE TABLE country (
    code     TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name     TEXT NOT NULL CHECK (name <> ''),
    name_en  TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE national_mechanism (
    id           INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL UNIQUE REFERENCES country (code),
    name         TEXT NOT NULL CHECK (name <> ''),
    acronym      TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('comision', 'coalicion', 'consejo', 'comite', 'secretaria')),
    covers_tdp   INTEGER NOT NULL CHECK (covers_tdp IN (0, 1)),
    covers_tim   INTEGER NOT NULL CHECK (covers_tim IN (0, 1))
) STRICT;

CREATE TABLE strategic_plan (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    start_year        INTEGER NOT NULL,
    end_year          INTEGER NOT NULL,
    general_objective TEXT NOT NULL,
    CHECK (start_year <= end_year)
) STRICT;

CREATE TABLE plan_axis (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES strategic_plan (id),
    code        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    position    INTEGER NOT NULL,
    UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE strategic_objective (
    id       INTEGER PRIMARY KEY,
    axis_id  INTEGER NOT NULL REFERENCES plan_axis (id),
    code     TEXT NOT NULL,
    title    TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (axis_id, code)
) STRICT;

CREATE TABLE plan_result (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES strategic_objective (id),
    code         TEXT NOT NULL,
    title        TEXT NOT NULL,
    position     INTEGER NOT NULL,
    UNIQUE (objective_id, code)
) STRICT;

CREATE TABLE indicator (
    id        INTEGER PRIMARY KEY,
    result_id INTEGER NOT NULL REFERENCES plan_result (id),
    code      TEXT NOT NULL,
    title     TEXT NOT NULL,
    computed  TEXT CHECK (computed IN ('acuerdos_cumplidos', 'participacion_reuniones')),
    position  INTEGER NOT NULL,
    UNIQUE (result_id, code)
) STRICT;

CREATE TABLE operating_plan (
    id                INTEGER PRIMARY KEY,
    strategic_plan_id INTEGER NOT NULL REFERENCES strategic_plan (id),
    year              INTEGER NOT NULL UNIQUE,
    title             TEXT NOT NULL
) STRICT;
CREATE INDEX operating_plan_strategic_plan ON operating_plan (strategic_plan_id);

CREATE TABLE operational_objective (
    id                     INTEGER PRIMARY KEY,
    operating_plan_id      INTEGER NOT NULL REFERENCES operating_plan (id),
    strategic_objective_id INTEGER NOT NULL REFERENCES strategic_objective (id),
    code                   TEXT NOT NULL,
    title                  TEXT NOT NULL,
    position               INTEGER NOT NULL,
    UNIQUE (operating_plan_id, code)
) STRICT;
CREATE INDEX operational_objective_strategic_objective ON operational_objective (strategic_objective_id);

CREATE TABLE activity (
    id                       INTEGER PRIMARY KEY,
    operational_objective_id INTEGER NOT NULL REFERENCES operational_objective (id),
    code                     TEXT NOT NULL,
    title                    TEXT NOT NULL,
    target                   TEXT NOT NULL,
    indicator                TEXT NOT NULL,
    responsible              TEXT NOT NULL,
    semester_1               INTEGER CHECK (semester_1 BETWEEN 0 AND 100),
    semester_2               INTEGER CHECK (semester_2 BETWEEN 0 AND 100),
    position                 INTEGER NOT NULL,
    UNIQUE (operational_objective_id, code)
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
