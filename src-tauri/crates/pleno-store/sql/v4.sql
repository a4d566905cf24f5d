-- Schema version 4: decisions (consensus or vote, with count and recount),
-- agreements with their responsible parties, follow-up history and links to the
-- plan, and a full-text index over agreements, follow-ups and decisions.

CREATE TABLE decision (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id),
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_item (id),
    text            TEXT NOT NULL CHECK (text <> ''),
    method          TEXT NOT NULL CHECK (method IN ('consensus', 'vote')),
    threshold       TEXT CHECK (threshold IN ('half', 'two_thirds', 'three_quarters', 'unanimity')),
    base            TEXT CHECK (base IN ('cast', 'present', 'members')),
    decided_at      TEXT NOT NULL,
    -- The verification made at that moment, which had to find quorum.
    quorum_check_id INTEGER NOT NULL REFERENCES quorum_check (id),
    CHECK ((method = 'vote') = (threshold IS NOT NULL AND base IS NOT NULL))
) STRICT;
CREATE INDEX decision_meeting ON decision (meeting_id);
CREATE INDEX decision_agenda_item ON decision (agenda_item_id);
CREATE INDEX decision_quorum_check ON decision (quorum_check_id);

CREATE TABLE vote (
    id              INTEGER PRIMARY KEY,
    decision_id     INTEGER NOT NULL REFERENCES decision (id),
    country_code    TEXT NOT NULL REFERENCES country (code),
    choice          TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
    voter_person_id INTEGER REFERENCES person (id),
    UNIQUE (decision_id, country_code)
) STRICT;
CREATE INDEX vote_country ON vote (country_code);
CREATE INDEX vote_voter ON vote (voter_person_id);

CREATE TABLE recount (
    decision_id INTEGER PRIMARY KEY REFERENCES decision (id),
    yes         INTEGER NOT NULL CHECK (yes >= 0),
    no          INTEGER NOT NULL CHECK (no >= 0),
    abstain     INTEGER NOT NULL CHECK (abstain >= 0),
    entered_at  TEXT NOT NULL
) STRICT;

CREATE TABLE consensus_position (
    id           INTEGER PRIMARY KEY,
    decision_id  INTEGER NOT NULL REFERENCES decision (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    kind         TEXT NOT NULL CHECK (kind IN ('reservation', 'objection')),
    text         TEXT NOT NULL CHECK (text <> ''),
    UNIQUE (decision_id, country_code)
) STRICT;
CREATE INDEX consensus_position_country ON consensus_position (country_code);

CREATE TABLE agreement (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE CHECK (number <> ''),
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id),
    decision_id INTEGER UNIQUE REFERENCES decision (id),
    sequence    INTEGER NOT NULL CHECK (sequence > 0),
    text        TEXT NOT NULL CHECK (text <> ''),
    adopted_on  TEXT NOT NULL CHECK (date(adopted_on) = adopted_on),
    due_on      TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
    status      TEXT NOT NULL DEFAULT 'pendiente' CHECK (status IN ('pendiente', 'en_curso', 'cumplido', 'sin_efecto')),
    UNIQUE (meeting_id, sequence)
) STRICT;

CREATE TABLE agreement_responsible (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id),
    kind         TEXT NOT NULL CHECK (kind IN ('state', 'presidencia', 'secretaria_tecnica', 'committee', 'person')),
    country_code TEXT REFERENCES country (code),
    committee_id INTEGER REFERENCES committee (id),
    person_id    INTEGER REFERENCES person (id),
    CHECK ((kind = 'state') = (country_code IS NOT NULL)),
    CHECK ((kind = 'committee') = (committee_id IS NOT NULL)),
    CHECK ((kind = 'person') = (person_id IS NOT NULL))
) STRICT;
CREATE INDEX agreement_responsible_agreement ON agreement_responsible (agreement_id);
CREATE INDEX agreement_responsible_country ON agreement_responsible (country_code);
CREATE INDEX agreement_responsible_committee ON agreement_responsible (committee_id);
CREATE INDEX agreement_responsible_person ON agreement_responsible (person_id);

-- Follow-up is history: appended, never overwritten.
CREATE TABLE agreement_follow_up (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id),
    reported_on  TEXT NOT NULL CHECK (date(reported_on) = reported_on),
    meeting_id   INTEGER REFERENCES meeting (id),
    text         TEXT NOT NULL CHECK (text <> ''),
    new_status   TEXT CHECK (new_status IN ('pendiente', 'en_curso', 'cumplido', 'sin_efecto'))
) STRICT;
CREATE INDEX agreement_follow_up_agreement ON agreement_follow_up (agreement_id, reported_on);
CREATE INDEX agreement_follow_up_meeting ON agreement_follow_up (meeting_id);

CREATE TRIGGER agreement_follow_up_no_update BEFORE UPDATE ON agreement_follow_up
BEGIN
    SELECT RAISE(ABORT, 'follow_up_append_only');
END;
CREATE TRIGGER agreement_follow_up_no_delete BEFORE DELETE ON agreement_follow_up
BEGIN
    SELECT RAISE(ABORT, 'follow_up_append_only');
END;

CREATE TABLE agreement_link (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id),
    indicator_id INTEGER REFERENCES indicator (id),
    activity_id  INTEGER REFERENCES activity (id),
    note         TEXT NOT NULL DEFAULT '',
    CHECK ((indicator_id IS NULL) <> (activity_id IS NULL)),
    UNIQUE (agreement_id, indicator_id, activity_id)
) STRICT;
CREATE INDEX agreement_link_indicator ON agreement_link (indicator_id);
CREATE INDEX agreement_link_activity ON agreement_link (activity_id);

-- Full-text search that ignores accents and case: "repatriacion" finds "Repatriación".
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    ref_id UNINDEXED,
    agreement_id UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER agreement_indexed AFTER INSERT ON agreement
BEGIN
    INSERT INTO search_index (kind, ref_id, agreement_id, body) VALUES ('agreement', NEW.id, NEW.id, NEW.text);
END;
CREATE TRIGGER agreement_reindexed AFTER UPDATE OF text ON agreement
BEGIN
    DELETE FROM search_index WHERE kind = 'agreement' AND ref_id = OLD.id;
    INSERT INTO search_index (kind, ref_id, agreement_id, body) VALUES ('agreement', NEW.id, NEW.id, NEW.text);
END;
CREATE TRIGGER agreement_follow_up_indexed AFTER INSERT ON agreement_follow_up
BEGIN
    INSERT INTO search_index (kind, ref_id, agreement_id, body) VALUES ('follow_up', NEW.id, NEW.agreement_id, NEW.text);
END;
CREATE TRIGGER decision_indexed AFTER INSERT ON decision
BEGIN
    INSERT INTO search_index (kind, ref_id, agreement_id, body) VALUES ('decision', NEW.id, NULL, NEW.text);
END;
CREATE TRIGGER decision_reindexed AFTER UPDATE OF text ON decision
BEGIN
    DELETE FROM search_index WHERE kind = 'decision' AND ref_id = OLD.id;
    INSERT INTO search_index (kind, ref_id, agreement_id, body) VALUES ('decision', NEW.id, NULL, NEW.text);
END;
