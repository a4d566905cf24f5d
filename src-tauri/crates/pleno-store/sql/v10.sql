-- v10: counts kept as the record changes, so the register's totals and facets and
-- the indicators of plan 4.3 read a few rows at a thousand times the archive
-- instead of counting a million. Every table here is derived: triggers keep it
-- equal to what the record says (tests/derived.rs compares the two after every
-- kind of write), and this migration fills it from the existing record.

-- Which filter values each agreement carries: 'country:CR', 'year:2024',
-- 'indicator:<id>', 'activity:<id>', 'axis:<id>'; every agreement also counts under 'all', which
-- needs no rows here. Keyed in the register's order (meeting date, meeting, order
-- in the meeting), so a page of one value is a range of this index however rare
-- the value is.
CREATE TABLE agreement_facet (
    facet        TEXT NOT NULL,
    starts_on    TEXT NOT NULL,
    meeting_id   INTEGER NOT NULL,
    sequence     INTEGER NOT NULL,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id),
    PRIMARY KEY (facet, starts_on, meeting_id, sequence)
) STRICT, WITHOUT ROWID;
CREATE INDEX agreement_facet_agreement ON agreement_facet (agreement_id, facet);

-- An agreement's place in the register, in agreement_facet's column order.
CREATE VIEW agreement_place AS
SELECT m.starts_on, a.meeting_id, a.sequence, a.id AS agreement_id
FROM agreement a JOIN meeting m ON m.id = a.meeting_id;

-- How many agreements carry a facet value, per stored status and, for the open
-- statuses, per due date ('' when none), from which "vencido" follows for any day.
CREATE TABLE facet_count (
    facet  TEXT NOT NULL,
    status TEXT NOT NULL,
    due_on TEXT NOT NULL,
    n      INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (facet, status, due_on)
) STRICT, WITHOUT ROWID;

-- The due date as facet_count keys it: only an open agreement can fall overdue.
CREATE VIEW agreement_count_key AS
SELECT id, status, CASE WHEN status IN ('pendiente', 'en_curso') THEN coalesce(due_on, '') ELSE '' END AS due_on
FROM agreement;

-- The axis each link reaches, through its indicator or its activity.
CREATE VIEW agreement_link_axis AS
SELECT l.id AS link_id, l.agreement_id, o.axis_id
FROM agreement_link l
JOIN indicator i ON i.id = l.indicator_id
JOIN plan_result r ON r.id = i.result_id
JOIN strategic_objective o ON o.id = r.objective_id
UNION ALL
SELECT l.id, l.agreement_id, o.axis_id
FROM agreement_link l
JOIN activity ac ON ac.id = l.activity_id
JOIN operational_objective oo ON oo.id = ac.operational_objective_id
JOIN strategic_objective o ON o.id = oo.strategic_objective_id;

-- The facet rows the record gives, as the triggers keep them (the migration
-- below and `pleno doctor` read it).
CREATE VIEW agreement_facet_now AS
SELECT e.facet, p.starts_on, p.meeting_id, p.sequence, p.agreement_id FROM (
    SELECT 'year:' || substr(adopted_on, 1, 4) AS facet, id AS agreement_id FROM agreement
    UNION SELECT 'country:' || country_code, agreement_id FROM agreement_responsible WHERE country_code IS NOT NULL
    UNION SELECT 'indicator:' || indicator_id, agreement_id FROM agreement_link WHERE indicator_id IS NOT NULL
    UNION SELECT 'activity:' || activity_id, agreement_id FROM agreement_link WHERE activity_id IS NOT NULL
    UNION SELECT 'axis:' || axis_id, agreement_id FROM agreement_link_axis
) e JOIN agreement_place p ON p.agreement_id = e.agreement_id;

CREATE TRIGGER agreement_facet_counted AFTER INSERT ON agreement_facet
BEGIN
    INSERT INTO facet_count (facet, status, due_on, n)
    SELECT NEW.facet, k.status, k.due_on, 1 FROM agreement_count_key k WHERE k.id = NEW.agreement_id
    ON CONFLICT (facet, status, due_on) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER agreement_facet_uncounted AFTER DELETE ON agreement_facet
BEGIN
    UPDATE facet_count SET n = n - 1
    WHERE facet = OLD.facet
      AND (status, due_on) = (SELECT k.status, k.due_on FROM agreement_count_key k WHERE k.id = OLD.agreement_id);
END;

CREATE TRIGGER agreement_facets_on_insert AFTER INSERT ON agreement
BEGIN
    INSERT INTO facet_count (facet, status, due_on, n)
    SELECT 'all', k.status, k.due_on, 1 FROM agreement_count_key k WHERE k.id = NEW.id
    ON CONFLICT (facet, status, due_on) DO UPDATE SET n = n + 1;
    INSERT INTO agreement_facet (facet, starts_on, meeting_id, sequence, agreement_id)
    SELECT 'year:' || substr(NEW.adopted_on, 1, 4), p.* FROM agreement_place p WHERE p.agreement_id = NEW.id;
END;

-- A meeting moved to another day moves its agreements' place in every facet.
CREATE TRIGGER agreement_facets_on_meeting_day AFTER UPDATE OF starts_on ON meeting
BEGIN
    UPDATE agreement_facet SET starts_on = NEW.starts_on
    WHERE agreement_id IN (SELECT id FROM agreement WHERE meeting_id = NEW.id);
END;

-- A new status or due date moves the agreement's counts, under 'all' and every facet it carries.
CREATE TRIGGER agreement_facets_on_status AFTER UPDATE OF status, due_on ON agreement
WHEN OLD.status IS NOT NEW.status OR OLD.due_on IS NOT NEW.due_on
BEGIN
    UPDATE facet_count SET n = n - 1
    WHERE status = OLD.status
      AND due_on = CASE WHEN OLD.status IN ('pendiente', 'en_curso') THEN coalesce(OLD.due_on, '') ELSE '' END
      AND (facet = 'all' OR facet IN (SELECT f.facet FROM agreement_facet f WHERE f.agreement_id = NEW.id));
    INSERT INTO facet_count (facet, status, due_on, n)
    SELECT f.facet, k.status, k.due_on, 1
    FROM (SELECT 'all' AS facet UNION ALL SELECT facet FROM agreement_facet WHERE agreement_id = NEW.id) f
    JOIN agreement_count_key k ON k.id = NEW.id
    WHERE true
    ON CONFLICT (facet, status, due_on) DO UPDATE SET n = n + 1;
END;

-- When, where and in which place an agreement was adopted are facts of the
-- record; the register's facets rely on them never changing.
CREATE TRIGGER agreement_adopted_on_fixed BEFORE UPDATE OF adopted_on, meeting_id, sequence ON agreement
WHEN OLD.adopted_on IS NOT NEW.adopted_on OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.sequence IS NOT NEW.sequence
BEGIN
    SELECT RAISE(ABORT, 'agreement_adopted_on_fixed');
END;

-- Before the row goes, while its status can still be read.
CREATE TRIGGER agreement_facets_on_delete BEFORE DELETE ON agreement
BEGIN
    DELETE FROM agreement_facet WHERE agreement_id = OLD.id;
    UPDATE facet_count SET n = n - 1
    WHERE facet = 'all'
      AND (status, due_on) = (SELECT k.status, k.due_on FROM agreement_count_key k WHERE k.id = OLD.id);
END;

CREATE TRIGGER responsible_facet_on_insert AFTER INSERT ON agreement_responsible
WHEN NEW.country_code IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO agreement_facet (facet, starts_on, meeting_id, sequence, agreement_id)
    SELECT 'country:' || NEW.country_code, p.* FROM agreement_place p WHERE p.agreement_id = NEW.agreement_id;
END;

CREATE TRIGGER responsible_facet_on_delete AFTER DELETE ON agreement_responsible
WHEN OLD.country_code IS NOT NULL
BEGIN
    DELETE FROM agreement_facet
    WHERE agreement_id = OLD.agreement_id AND facet = 'country:' || OLD.country_code
      AND NOT EXISTS (SELECT 1 FROM agreement_responsible r
                      WHERE r.agreement_id = OLD.agreement_id AND r.country_code = OLD.country_code);
END;

CREATE TRIGGER responsible_facet_on_update AFTER UPDATE OF agreement_id, country_code ON agreement_responsible
BEGIN
    DELETE FROM agreement_facet
    WHERE agreement_id = OLD.agreement_id AND facet = 'country:' || OLD.country_code
      AND NOT EXISTS (SELECT 1 FROM agreement_responsible r
                      WHERE r.agreement_id = OLD.agreement_id AND r.country_code = OLD.country_code);
    INSERT OR IGNORE INTO agreement_facet (facet, starts_on, meeting_id, sequence, agreement_id)
    SELECT 'country:' || NEW.country_code, p.* FROM agreement_place p
    WHERE p.agreement_id = NEW.agreement_id AND NEW.country_code IS NOT NULL;
END;

CREATE TRIGGER link_facets_on_insert AFTER INSERT ON agreement_link
BEGIN
    INSERT OR IGNORE INTO agreement_facet (facet, starts_on, meeting_id, sequence, agreement_id)
    SELECT 'indicator:' || NEW.indicator_id, p.* FROM agreement_place p
    WHERE p.agreement_id = NEW.agreement_id AND NEW.indicator_id IS NOT NULL;
    INSERT OR IGNORE INTO agreement_facet (facet, starts_on, meeting_id, sequence, agreement_id)
    SELECT 'activity:' || NEW.activity_id, p.* FROM agreement_place p
    WHERE p.agreement_id = NEW.agreement_id AND NEW.activity_id IS NOT NULL;
    INSERT OR IGNORE INTO agreement_facet (facet, starts_on, meeting_id, sequence, agreement_id)
    SELECT 'axis:' || x.axis_id, p.* FROM agreement_link_axis x JOIN agreement_place p ON p.agreement_id = x.agreement_id
    WHERE x.link_id = NEW.id;
END;

-- A link only adds facets; the facets a removed link leaves are those no other link still gives.
CREATE TRIGGER link_facets_on_delete AFTER DELETE ON agreement_link
BEGIN
    DELETE FROM agreement_facet
    WHERE agreement_id = OLD.agreement_id
      AND facet IN ('indicator:' || OLD.indicator_id, 'activity:' || OLD.activity_id);
    DELETE FROM agreement_facet
    WHERE agreement_id = OLD.agreement_id AND facet LIKE 'axis:%'
      AND facet NOT IN (SELECT 'axis:' || x.axis_id FROM agreement_link_axis x WHERE x.agreement_id = OLD.agreement_id);
END;

-- Agreements fulfilled: for each agreement whose status is 'cumplido', the day of
-- its last follow-up declaring it so (plan indicator 4.3.1 counts them per period).
CREATE TABLE agreement_fulfilment (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id),
    fulfilled_on TEXT NOT NULL
) STRICT;

-- How many agreements were fulfilled on each day.
CREATE TABLE fulfilled_day (
    day TEXT PRIMARY KEY,
    n   INTEGER NOT NULL CHECK (n >= 0)
) STRICT, WITHOUT ROWID;

CREATE VIEW agreement_fulfilment_now AS
SELECT a.id AS agreement_id, max(f.reported_on) AS fulfilled_on
FROM agreement a JOIN agreement_follow_up f ON f.agreement_id = a.id AND f.new_status = 'cumplido'
WHERE a.status = 'cumplido'
GROUP BY a.id;

CREATE TRIGGER fulfilment_counted AFTER INSERT ON agreement_fulfilment
BEGIN
    INSERT INTO fulfilled_day (day, n) VALUES (NEW.fulfilled_on, 1)
    ON CONFLICT (day) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER fulfilment_uncounted AFTER DELETE ON agreement_fulfilment
BEGIN
    UPDATE fulfilled_day SET n = n - 1 WHERE day = OLD.fulfilled_on;
END;

CREATE TRIGGER fulfilment_on_follow_up AFTER INSERT ON agreement_follow_up
WHEN NEW.new_status = 'cumplido'
BEGIN
    DELETE FROM agreement_fulfilment WHERE agreement_id = NEW.agreement_id;
    INSERT INTO agreement_fulfilment SELECT * FROM agreement_fulfilment_now WHERE agreement_id = NEW.agreement_id;
END;

CREATE TRIGGER fulfilment_on_status AFTER UPDATE OF status ON agreement
WHEN OLD.status IS NOT NEW.status
BEGIN
    DELETE FROM agreement_fulfilment WHERE agreement_id = NEW.id;
    INSERT INTO agreement_fulfilment SELECT * FROM agreement_fulfilment_now WHERE agreement_id = NEW.id;
END;

CREATE TRIGGER fulfilment_on_delete BEFORE DELETE ON agreement
BEGIN
    DELETE FROM agreement_fulfilment WHERE agreement_id = OLD.id;
END;

-- For each plenary meeting held (in session or closed): the member states (members
-- on the meeting's day) with a principal or an alternate present at some moment
-- (plan indicator 4.3.2). Committee sessions and events are not counted.
CREATE TABLE meeting_participation (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    starts_on  TEXT NOT NULL,
    states     INTEGER NOT NULL
) STRICT;
CREATE INDEX meeting_participation_day ON meeting_participation (starts_on, states);

CREATE VIEW meeting_participation_now AS
SELECT m.id AS meeting_id, m.starts_on,
       (SELECT count(DISTINCT a.country_code) FROM attendance a
        WHERE a.meeting_id = m.id AND a.role IN ('titular', 'suplente') AND a.country_code IS NOT NULL
          AND EXISTS (SELECT 1 FROM attendance_stay s WHERE s.attendance_id = a.id)
          AND EXISTS (SELECT 1 FROM membership ms WHERE ms.country_code = a.country_code
                      AND ms.starts_on <= m.starts_on AND (ms.ends_on IS NULL OR m.starts_on < ms.ends_on))) AS states
FROM meeting m
WHERE m.status IN ('en_curso', 'cerrada') AND m.kind IN ('ordinaria', 'extraordinaria');

CREATE TRIGGER participation_on_meeting_insert AFTER INSERT ON meeting
BEGIN
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now WHERE meeting_id = NEW.id;
END;

CREATE TRIGGER participation_on_meeting_update AFTER UPDATE OF status, kind, starts_on ON meeting
BEGIN
    DELETE FROM meeting_participation WHERE meeting_id = NEW.id;
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now WHERE meeting_id = NEW.id;
END;

CREATE TRIGGER participation_on_meeting_delete BEFORE DELETE ON meeting
BEGIN
    DELETE FROM meeting_participation WHERE meeting_id = OLD.id;
END;

CREATE TRIGGER participation_on_attendance_insert AFTER INSERT ON attendance
BEGIN
    INSERT OR REPLACE INTO meeting_participation SELECT * FROM meeting_participation_now WHERE meeting_id = NEW.meeting_id;
END;

CREATE TRIGGER participation_on_attendance_update AFTER UPDATE ON attendance
BEGIN
    DELETE FROM meeting_participation WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;

CREATE TRIGGER participation_on_attendance_delete AFTER DELETE ON attendance
BEGIN
    DELETE FROM meeting_participation WHERE meeting_id = OLD.meeting_id;
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now WHERE meeting_id = OLD.meeting_id;
END;

CREATE TRIGGER participation_on_stay_insert AFTER INSERT ON attendance_stay
BEGIN
    INSERT OR REPLACE INTO meeting_participation SELECT p.* FROM meeting_participation_now p
    WHERE p.meeting_id = (SELECT meeting_id FROM attendance WHERE id = NEW.attendance_id);
END;

CREATE TRIGGER participation_on_stay_delete AFTER DELETE ON attendance_stay
BEGIN
    DELETE FROM meeting_participation WHERE meeting_id = (SELECT meeting_id FROM attendance WHERE id = OLD.attendance_id);
    INSERT INTO meeting_participation SELECT p.* FROM meeting_participation_now p
    WHERE p.meeting_id = (SELECT meeting_id FROM attendance WHERE id = OLD.attendance_id);
END;

-- Membership changes rarely and moves every meeting's count: recount them all.
CREATE TRIGGER participation_on_membership_insert AFTER INSERT ON membership
BEGIN
    DELETE FROM meeting_participation;
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now;
END;

CREATE TRIGGER participation_on_membership_update AFTER UPDATE ON membership
BEGIN
    DELETE FROM meeting_participation;
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now;
END;

CREATE TRIGGER participation_on_membership_delete AFTER DELETE ON membership
BEGIN
    DELETE FROM meeting_participation;
    INSERT INTO meeting_participation SELECT * FROM meeting_participation_now;
END;

-- The existing record.
INSERT INTO facet_count (facet, status, due_on, n)
SELECT 'all', status, due_on, count(*) FROM agreement_count_key GROUP BY status, due_on;
INSERT INTO agreement_facet SELECT * FROM agreement_facet_now;
INSERT INTO agreement_fulfilment SELECT * FROM agreement_fulfilment_now;
INSERT INTO meeting_participation SELECT * FROM meeting_participation_now;

-- The directory's people in pages: the list's order (search key, id) from an index.
CREATE INDEX person_search_key ON person (search_key, id);

-- The meetings not yet closed (Inicio's next meeting) without reading the closed ones.
CREATE INDEX meeting_open ON meeting (starts_on, id) WHERE status <> 'cerrada';
