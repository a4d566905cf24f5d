-- Schema version 5: minutes (actas). Drafted from the record, circulated in
-- numbered versions, approved at a later meeting by a decision of that meeting,
-- then locked: the store itself refuses any change to what approved minutes
-- report. Each approval hashes the minutes' canonical content, chained to the
-- previous approval, so a hand edit of the file can be detected.

ALTER TABLE meeting ADD COLUMN closed_at TEXT;

CREATE TABLE minutes (
    meeting_id           INTEGER PRIMARY KEY REFERENCES meeting (id),
    status               TEXT NOT NULL DEFAULT 'borrador' CHECK (status IN ('borrador', 'circulada', 'aprobada')),
    version              INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    approved_at          TEXT,
    approved_by_meeting  INTEGER REFERENCES meeting (id),
    approved_by_decision INTEGER REFERENCES decision (id),
    -- Frozen at approval: the canonical JSON of the content, and its chained hash.
    content              TEXT,
    previous_hash        TEXT,
    hash                 TEXT,
    approval_order       INTEGER UNIQUE,
    CHECK ((status = 'aprobada') = (content IS NOT NULL AND hash IS NOT NULL AND approval_order IS NOT NULL))
) STRICT;
CREATE INDEX minutes_approved_by_meeting ON minutes (approved_by_meeting);
CREATE INDEX minutes_approved_by_decision ON minutes (approved_by_decision);

-- Each circulated version, as sent for comments.
CREATE TABLE minutes_version (
    meeting_id    INTEGER NOT NULL REFERENCES minutes (meeting_id),
    version       INTEGER NOT NULL CHECK (version > 0),
    circulated_at TEXT NOT NULL,
    content       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, version)
) STRICT;

-- The Secretariat's narrative of each item; kept when the draft is regenerated.
CREATE TABLE minutes_note (
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id),
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id),
    text           TEXT NOT NULL,
    PRIMARY KEY (meeting_id, agenda_item_id)
) STRICT;
CREATE INDEX minutes_note_item ON minutes_note (agenda_item_id);

CREATE TABLE erratum (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES minutes (meeting_id),
    text                TEXT NOT NULL CHECK (text <> ''),
    recorded_on         TEXT NOT NULL CHECK (date(recorded_on) = recorded_on),
    approved_by_meeting INTEGER REFERENCES meeting (id),
    approved_at         TEXT
) STRICT;
CREATE INDEX erratum_meeting ON erratum (meeting_id);
CREATE INDEX erratum_approved_by_meeting ON erratum (approved_by_meeting);

-- Approved minutes are never modified, and neither is anything they report.
CREATE TRIGGER minutes_approved_frozen BEFORE UPDATE ON minutes WHEN OLD.status = 'aprobada'
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER minutes_approved_kept BEFORE DELETE ON minutes WHEN OLD.status = 'aprobada'
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER minutes_version_kept_update BEFORE UPDATE ON minutes_version
BEGIN SELECT RAISE(ABORT, 'acta_circulada'); END;
CREATE TRIGGER minutes_version_kept_delete BEFORE DELETE ON minutes_version
BEGIN SELECT RAISE(ABORT, 'acta_circulada'); END;

-- One guard per table and operation: a row of a meeting whose minutes are approved
-- can be neither added, changed nor removed.
CREATE TRIGGER meeting_locked_update BEFORE UPDATE OF kind, number, starts_on, ends_on, start_time, city, country_code, host_code, modality, link, notice_date, agenda_approved_at, agenda_amendments, closed_at ON meeting WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER meeting_locked_delete BEFORE DELETE ON meeting WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agenda_item_locked_insert BEFORE INSERT ON agenda_item WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agenda_item_locked_update BEFORE UPDATE ON agenda_item WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agenda_item_locked_delete BEFORE DELETE ON agenda_item WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agenda_document_locked_insert BEFORE INSERT ON agenda_document WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agenda_document_locked_update BEFORE UPDATE ON agenda_document WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id) AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agenda_document_locked_delete BEFORE DELETE ON agenda_document WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER attendance_stay_locked_insert BEFORE INSERT ON attendance_stay WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM attendance WHERE id = NEW.attendance_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER attendance_stay_locked_update BEFORE UPDATE ON attendance_stay WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM attendance WHERE id = OLD.attendance_id) AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM attendance WHERE id = NEW.attendance_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER attendance_stay_locked_delete BEFORE DELETE ON attendance_stay WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM attendance WHERE id = OLD.attendance_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER quorum_check_locked_insert BEFORE INSERT ON quorum_check WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER quorum_check_locked_update BEFORE UPDATE ON quorum_check WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER quorum_check_locked_delete BEFORE DELETE ON quorum_check WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER decision_locked_insert BEFORE INSERT ON decision WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER decision_locked_update BEFORE UPDATE ON decision WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER decision_locked_delete BEFORE DELETE ON decision WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER vote_locked_insert BEFORE INSERT ON vote WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = NEW.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER vote_locked_update BEFORE UPDATE ON vote WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = OLD.decision_id) AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = NEW.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER vote_locked_delete BEFORE DELETE ON vote WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = OLD.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER recount_locked_insert BEFORE INSERT ON recount WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = NEW.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER recount_locked_update BEFORE UPDATE ON recount WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = OLD.decision_id) AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = NEW.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER recount_locked_delete BEFORE DELETE ON recount WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = OLD.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER consensus_position_locked_insert BEFORE INSERT ON consensus_position WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = NEW.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER consensus_position_locked_update BEFORE UPDATE ON consensus_position WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = OLD.decision_id) AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = NEW.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER consensus_position_locked_delete BEFORE DELETE ON consensus_position WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM decision WHERE id = OLD.decision_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agreement_responsible_locked_insert BEFORE INSERT ON agreement_responsible WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agreement WHERE id = NEW.agreement_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agreement_responsible_locked_update BEFORE UPDATE ON agreement_responsible WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agreement WHERE id = OLD.agreement_id) AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agreement WHERE id = NEW.agreement_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agreement_responsible_locked_delete BEFORE DELETE ON agreement_responsible WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = (SELECT meeting_id FROM agreement WHERE id = OLD.agreement_id) AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER minutes_note_locked_insert BEFORE INSERT ON minutes_note WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER minutes_note_locked_update BEFORE UPDATE ON minutes_note WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada') OR EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER minutes_note_locked_delete BEFORE DELETE ON minutes_note WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agreement_locked_insert BEFORE INSERT ON agreement WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = NEW.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agreement_locked_update BEFORE UPDATE OF number, meeting_id, decision_id, sequence, text, adopted_on, due_on ON agreement WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
CREATE TRIGGER agreement_locked_delete BEFORE DELETE ON agreement WHEN EXISTS (SELECT 1 FROM minutes WHERE meeting_id = OLD.meeting_id AND status = 'aprobada')
BEGIN SELECT RAISE(ABORT, 'acta_aprobada'); END;
