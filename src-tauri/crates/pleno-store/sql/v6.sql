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

-- v6 data: the reference data corrected against the seed (assets/reference.toml
-- says why, section by section). A fresh archive has no states yet at this point
-- and gets the corrected data from the reference load; an archive loaded by an
-- earlier Pleno is corrected here. Every fix applies only where the archive still
-- holds what Pleno shipped before, so the Secretariat's own edits are kept.

-- National mechanisms (seed §III).
UPDATE national_mechanism
   SET name = 'Comisión Intersecretarial para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas y para la Protección y Asistencia a las Víctimas de estos Delitos'
 WHERE country_code = 'MX'
   AND name = 'Comisión Intersecretarial para Prevenir, Combatir y Sancionar los Delitos en Materia de Trata de Personas';
UPDATE national_mechanism
   SET name = 'Coalición Nacional contra el Tráfico Ilícito de Migrantes y Trata de Personas'
 WHERE country_code = 'CR' AND name = 'Coalición Nacional contra el Tráfico Ilícito de Migrantes y la Trata de Personas';
UPDATE national_mechanism SET acronym = 'CONNATT' WHERE country_code = 'CR' AND acronym = 'CONATT';
UPDATE national_mechanism SET acronym = 'CNTP' WHERE country_code = 'PA' AND acronym = '';

-- Activities of the POA 2018 whose titles the matrix cut or repeated (seed §X.D).
UPDATE activity
   SET title = 'Diseño y elaboración de la Línea Base para formulación de estrategia de prevención de la trata de personas.'
 WHERE code = '1.1.2' AND title = 'Diseño y elaboración de la Línea Base para formulación de estrategia.';
UPDATE activity
   SET title = 'Diseño y elaboración de la Línea Base para formulación de estrategia de prevención del tráfico ilícito de migrantes.'
 WHERE code = '1.2.2' AND title = 'Diseño y elaboración de la Línea Base para formulación de estrategia.';
UPDATE activity
   SET title = 'Realizar reuniones en los países miembros entre las instancias de persecución y sanción con las instancias competentes de atención'
 WHERE code = '3.2.1.1' AND title = 'Realizar reuniones en los países miembros entre las instancias de persecución y sanción';

-- México and República Dominicana were not at the first meeting (seed §II): v2 and
-- earlier reference loads made them members from it. They become members from
-- 1 January 2018, the first day of the plan that lists them (§II), unless the
-- archive itself records them earlier — a seat, an office, a committee, a meeting
-- they attended, voted or reported at, an agreement they answer for — in which
-- case the membership starts on the first such day, so that every meeting already
-- held counts the same states it counted before.
UPDATE membership
   SET starts_on = min('2018-01-01', coalesce((
       SELECT min(day) FROM (
           SELECT starts_on AS day FROM seat_appointment WHERE country_code = membership.country_code
           UNION ALL SELECT starts_on FROM office_term WHERE country_code = membership.country_code
           UNION ALL SELECT starts_on FROM committee_member WHERE country_code = membership.country_code
           UNION ALL SELECT m.starts_on FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                      WHERE a.country_code = membership.country_code
           UNION ALL SELECT m.starts_on FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                      WHERE i.country_code = membership.country_code
           UNION ALL SELECT m.starts_on FROM vote v JOIN decision d ON d.id = v.decision_id
                      JOIN meeting m ON m.id = d.meeting_id WHERE v.country_code = membership.country_code
           UNION ALL SELECT m.starts_on FROM consensus_position p JOIN decision d ON d.id = p.decision_id
                      JOIN meeting m ON m.id = d.meeting_id WHERE p.country_code = membership.country_code
           UNION ALL SELECT a.adopted_on FROM agreement_responsible r JOIN agreement a ON a.id = r.agreement_id
                      WHERE r.country_code = membership.country_code)), '2018-01-01'))
 WHERE country_code IN ('MX', 'DO') AND starts_on = '2011-09-16'
   AND (ends_on IS NULL OR ends_on > '2018-01-01');

-- The founding Comité Ejecutivo (seed §II), with the two-year term of §IX (see
-- assets/reference.toml): added where the state is a member on that day and no term
-- of the same office (of the same state, for vocalías) overlaps it already.
WITH founding (office, country_code) AS (VALUES ('coordinador', 'NI'), ('secretaria_tecnica', 'CR'), ('vocal', 'GT'))
INSERT INTO office_term (office, country_code, starts_on, ends_on)
SELECT f.office, f.country_code, '2011-09-16', '2013-09-16' FROM founding f
 WHERE EXISTS (SELECT 1 FROM membership s WHERE s.country_code = f.country_code
                  AND s.starts_on <= '2011-09-16' AND (s.ends_on IS NULL OR s.ends_on >= '2013-09-16'))
   AND NOT EXISTS (SELECT 1 FROM office_term t WHERE t.office = f.office
                  AND (f.office <> 'vocal' OR t.country_code = f.country_code)
                  AND t.starts_on < '2013-09-16' AND (t.ends_on IS NULL OR t.ends_on > '2011-09-16'));
