//! `pleno demo --scale N`: the demo archive, then N times its record again — older
//! extraordinary meetings with attendance, an agenda, minutes notes, and agreements
//! with responsible parties, follow-ups and plan links — so Pleno can be measured and
//! tried at the size of every national mechanism's records. Deterministic (the same
//! N gives the same archive, byte for byte in content), written in one transaction
//! with prepared statements, because going through the API one row at a time would
//! take hours at a million agreements.

use chrono::{Days, NaiveDate};
use pleno_domain::agreement::{AgreementStatus, Numbering};
use pleno_domain::meeting::{AgendaItemKind, MeetingKind};
use pleno_store::Transaction;
use rusqlite::{params, CachedStatement};
use serde::Serialize;

use crate::{Api, ApiError, DemoReport, Result};

/// Per unit of scale: three meetings of ten agreements each (the demo's three
/// meetings, at the density of a busy year of a national mechanism).
pub const MEETINGS_PER_UNIT: u32 = 3;
pub const AGREEMENTS_PER_MEETING: u32 = 10;

/// What `demo --scale` added on top of the demo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScaleReport {
    pub demo: DemoReport,
    pub scale: u32,
    pub meetings: u32,
    pub agreements: u32,
    pub follow_ups: u32,
    pub links: u32,
}

const VERBS: [&str; 7] = [
    "Solicitar a la Secretaría Técnica",
    "Encargar al Petit Comité",
    "Instar a los mecanismos nacionales a",
    "Aprobar la propuesta para",
    "Recomendar a los Estados miembros",
    "Acordar con los observadores",
    "Encomendar a la Presidencia",
];
const TASKS: [&str; 11] = [
    "elaborar la hoja de ruta de",
    "presentar un informe sobre",
    "actualizar el protocolo regional de",
    "organizar un taller de capacitación sobre",
    "compilar las buenas prácticas de",
    "diseñar la campaña regional de",
    "revisar los indicadores de",
    "coordinar la asistencia técnica para",
    "publicar el diagnóstico de",
    "sistematizar los datos de",
    "fortalecer la cooperación en",
];
const THEMES: [&str; 13] = [
    "repatriación de víctimas de trata de personas",
    "prevención del tráfico ilícito de migrantes",
    "atención integral a niñas, niños y adolescentes",
    "persecución penal de la trata de personas",
    "identificación temprana de víctimas en fronteras",
    "protección de personas migrantes en tránsito",
    "investigación financiera de redes de trata",
    "comunicación institucional de la Coalición",
    "explotación laboral y trabajo forzoso",
    "cooperación con el sector privado y la sociedad civil",
    "albergues y casas de acogida",
    "reparación integral del daño a las víctimas",
    "sensibilización de operadores de justicia",
];
const PLACES: [&str; 9] = [
    "en Centroamérica",
    "en la región",
    "en los pasos fronterizos",
    "en las zonas costeras",
    "en el Caribe",
    "en las comunidades rurales",
    "en los centros urbanos",
    "en el corredor migratorio del norte",
    "en los países de origen",
];
/// A word that appears once in every `RARE_EVERY` agreements: search benchmarks
/// need a rare word as well as common ones.
pub const RARE_WORD: &str = "Quetzaltenango";
const RARE_EVERY: u64 = 9_973;
const STATES: [&str; 9] = ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO"];
const CAPITALS: [&str; 9] = [
    "Belmopán",
    "San José",
    "San Salvador",
    "Ciudad de Guatemala",
    "Tegucigalpa",
    "Ciudad de México",
    "Managua",
    "Ciudad de Panamá",
    "Santo Domingo",
];
const FOLLOW_UP_TEXTS: [&str; 4] = [
    "La Secretaría Técnica informó del avance y de los documentos entregados.",
    "El mecanismo nacional presentó el informe solicitado con observaciones.",
    "Se reportó el cumplimiento ante el pleno, con la documentación de respaldo.",
    "Se acordó una prórroga por falta de recursos para la ejecución.",
];

/// The text of the `i`-th generated agreement: words drawn from lists of coprime
/// lengths, so texts repeat rarely and every word has a known frequency.
pub fn agreement_text(i: u64) -> String {
    let rare = if i.is_multiple_of(RARE_EVERY) { format!(", con sede en {RARE_WORD}") } else { String::new() };
    format!(
        "{} {} {} {}{rare}.",
        VERBS[(i % 7) as usize],
        TASKS[(i / 7 % 11) as usize],
        THEMES[(i % 13) as usize],
        PLACES[(i / 3 % 9) as usize]
    )
}

/// A deterministic status: 40 % fulfilled, 25 % under way, 30 % pending, 5 % void.
fn status_of(i: u64) -> AgreementStatus {
    match i % 20 {
        0..=7 => AgreementStatus::Cumplido,
        8..=12 => AgreementStatus::EnCurso,
        13..=18 => AgreementStatus::Pendiente,
        _ => AgreementStatus::SinEfecto,
    }
}

/// What the generator reads once before writing: people to seat, plan targets to link.
struct Fixtures {
    titulares: Vec<(String, i64)>,
    indicators: Vec<i64>,
    activities: Vec<i64>,
    committees: Vec<i64>,
    numbering: Numbering,
}

fn ids(tx: &Transaction, sql: &str) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare(sql).map_err(pleno_store::StoreError::from)?;
    let rows = stmt.query_map([], |r| r.get(0)).map_err(pleno_store::StoreError::from)?;
    Ok(rows.collect::<rusqlite::Result<_>>().map_err(pleno_store::StoreError::from)?)
}

fn fixtures(tx: &Transaction, numbering: Numbering) -> Result<Fixtures> {
    let mut stmt = tx
        .prepare(
            "SELECT country_code, min(person_id) FROM seat_appointment
             WHERE role = 'titular' AND ends_on IS NULL GROUP BY country_code ORDER BY country_code",
        )
        .map_err(pleno_store::StoreError::from)?;
    let titulares = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(pleno_store::StoreError::from)?
        .collect::<rusqlite::Result<_>>()
        .map_err(pleno_store::StoreError::from)?;
    Ok(Fixtures {
        titulares,
        indicators: ids(tx, "SELECT id FROM indicator ORDER BY id")?,
        activities: ids(tx, "SELECT id FROM activity ORDER BY id")?,
        committees: ids(tx, "SELECT id FROM committee ORDER BY id")?,
        numbering,
    })
}

/// The prepared statements of the generator, prepared once per transaction.
struct Inserts<'t> {
    meeting: CachedStatement<'t>,
    item: CachedStatement<'t>,
    attendance: CachedStatement<'t>,
    stay: CachedStatement<'t>,
    agreement: CachedStatement<'t>,
    responsible: CachedStatement<'t>,
    follow_up: CachedStatement<'t>,
    link: CachedStatement<'t>,
    minutes: CachedStatement<'t>,
    note: CachedStatement<'t>,
}

fn prepare<'t>(tx: &'t Transaction) -> rusqlite::Result<Inserts<'t>> {
    Ok(Inserts {
        meeting: tx.prepare_cached(
            "INSERT INTO meeting (kind, number, starts_on, ends_on, city, country_code, host_code, modality, status, notice_date)
             VALUES ('extraordinaria', ?1, ?2, ?2, ?3, ?4, ?4, 'virtual', 'cerrada', ?2)",
        )?,
        item: tx.prepare_cached(
            "INSERT INTO agenda_item (meeting_id, position, kind, title) VALUES (?1, ?2, ?3, ?4)",
        )?,
        attendance: tx.prepare_cached(
            "INSERT INTO attendance (meeting_id, person_id, role, country_code, status, mode)
             VALUES (?1, ?2, 'titular', ?3, 'presente', 'remota')",
        )?,
        stay: tx.prepare_cached("INSERT INTO attendance_stay (attendance_id, arrived_at) VALUES (?1, ?2)")?,
        agreement: tx.prepare_cached(
            "INSERT INTO agreement (number, meeting_id, sequence, text, adopted_on, due_on, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?,
        responsible: tx.prepare_cached(
            "INSERT INTO agreement_responsible (agreement_id, kind, country_code, committee_id) VALUES (?1, ?2, ?3, ?4)",
        )?,
        follow_up: tx.prepare_cached(
            "INSERT INTO agreement_follow_up (agreement_id, reported_on, meeting_id, text, new_status)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?,
        link: tx.prepare_cached(
            "INSERT INTO agreement_link (agreement_id, indicator_id, activity_id) VALUES (?1, ?2, ?3)",
        )?,
        minutes: tx.prepare_cached("INSERT INTO minutes (meeting_id, status, version) VALUES (?1, 'circulada', 1)")?,
        note: tx.prepare_cached("INSERT INTO minutes_note (meeting_id, agenda_item_id, text) VALUES (?1, ?2, ?3)")?,
    })
}

/// Each generated meeting's agenda, every item titled as its kind by default.
const AGENDA: [AgendaItemKind; 4] =
    [AgendaItemKind::Quorum, AgendaItemKind::FollowUp, AgendaItemKind::Discussion, AgendaItemKind::Closing];

/// Counters of what was written, and the running agreement index.
#[derive(Default)]
struct Written {
    agreements: u64,
    follow_ups: u32,
    links: u32,
}

/// The generated meetings lie between these days, older than the demo's own.
fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2012, 1, 2).expect("valid date")
}
const SPAN_DAYS: u64 = 4_700;

fn day_of(m: u32, meetings: u32) -> NaiveDate {
    first_day() + Days::new(u64::from(m) * SPAN_DAYS / u64::from(meetings.max(1)))
}

impl Api {
    /// The demo, then `scale` times its record again (see the module's header).
    /// Refused like the demo itself on an archive that already has people.
    pub fn load_demo_scaled(&mut self, scale: u32) -> Result<ScaleReport> {
        let demo = self.load_demo()?;
        let mut report = ScaleReport { demo, scale, meetings: 0, agreements: 0, follow_ups: 0, links: 0 };
        if !report.demo.loaded || scale == 0 {
            return Ok(report);
        }
        let numbering = self.settings()?.agreement_numbering;
        let meetings = scale * MEETINGS_PER_UNIT;
        let written = self.store.write(|tx| {
            let fx = fixtures(tx, numbering)?;
            let mut ins = prepare(tx).map_err(pleno_store::StoreError::from)?;
            let mut out = Written::default();
            for m in 0..meetings {
                generate_meeting(tx, &mut ins, &fx, m, meetings, &mut out).map_err(pleno_store::StoreError::from)?;
            }
            Ok::<_, ApiError>(out)
        })?;
        report.meetings = meetings;
        report.agreements = written.agreements as u32;
        report.follow_ups = written.follow_ups;
        report.links = written.links;
        Ok(report)
    }
}

/// One generated meeting: the meeting, its agenda, the roll call, its agreements
/// and their follow-ups (reported at the next meeting), and circulated minutes.
fn generate_meeting(
    tx: &Transaction,
    ins: &mut Inserts,
    fx: &Fixtures,
    m: u32,
    meetings: u32,
    out: &mut Written,
) -> rusqlite::Result<()> {
    let day = day_of(m, meetings);
    let number = m + 1;
    let host = (m % 9) as usize;
    ins.meeting.execute(params![number, day, CAPITALS[host], STATES[host]])?;
    let meeting_id = tx.last_insert_rowid();
    let mut follow_up_item = 0;
    for (position, kind) in AGENDA.iter().enumerate() {
        ins.item.execute(params![meeting_id, position as i64 + 1, kind.as_str(), kind.spanish()])?;
        if *kind == AgendaItemKind::FollowUp {
            follow_up_item = tx.last_insert_rowid();
        }
    }
    roll_call(tx, ins, fx, m, meeting_id, day)?;
    for sequence in 1..=AGREEMENTS_PER_MEETING {
        write_agreement(tx, ins, fx, (m, meeting_id, day), sequence, out)?;
    }
    ins.minutes.execute([meeting_id])?;
    ins.note.execute(params![
        meeting_id,
        follow_up_item,
        "La Secretaría Técnica presentó el estado de los acuerdos anteriores."
    ])?;
    Ok(())
}

/// Seven to nine member states present, each through its titular, from 09:00.
fn roll_call(
    tx: &Transaction,
    ins: &mut Inserts,
    fx: &Fixtures,
    m: u32,
    meeting_id: i64,
    day: NaiveDate,
) -> rusqlite::Result<()> {
    let absent = [(m % 9) as usize, ((m * 5 + 3) % 9) as usize];
    let nine = day.and_hms_opt(9, 0, 0).expect("valid time");
    for (n, (country, person)) in fx.titulares.iter().enumerate() {
        if !m.is_multiple_of(3) && absent.contains(&n) {
            continue;
        }
        ins.attendance.execute(params![meeting_id, person, country])?;
        ins.stay.execute(params![tx.last_insert_rowid(), nine])?;
    }
    Ok(())
}

fn write_agreement(
    tx: &Transaction,
    ins: &mut Inserts,
    fx: &Fixtures,
    (m, meeting_id, day): (u32, i64, NaiveDate),
    sequence: u32,
    out: &mut Written,
) -> rusqlite::Result<()> {
    let i = out.agreements;
    out.agreements += 1;
    let number = fx.numbering.number(MeetingKind::Extraordinaria, m + 1, chrono::Datelike::year(&day), sequence);
    let status = status_of(i);
    let due = day + Days::new(90 + (i % 4) * 90);
    ins.agreement.execute(params![number, meeting_id, sequence, agreement_text(i), day, due, status.as_str()])?;
    let id = tx.last_insert_rowid();
    let state = STATES[(i % 9) as usize];
    ins.responsible.execute(params![id, "state", state, Option::<i64>::None])?;
    match (i % 3, fx.committees.is_empty()) {
        (0, _) => {
            ins.responsible.execute(params![id, "secretaria_tecnica", Option::<String>::None, Option::<i64>::None])?
        }
        (1, false) => ins.responsible.execute(params![
            id,
            "committee",
            Option::<String>::None,
            fx.committees[(i as usize / 3) % fx.committees.len()]
        ])?,
        _ => 0,
    };
    if !fx.indicators.is_empty() {
        ins.link.execute(params![id, fx.indicators[(i as usize * 7) % fx.indicators.len()], Option::<i64>::None])?;
        out.links += 1;
    }
    if !fx.activities.is_empty() && i.is_multiple_of(2) {
        ins.link.execute(params![id, Option::<i64>::None, fx.activities[(i as usize * 11) % fx.activities.len()]])?;
        out.links += 1;
    }
    if status != AgreementStatus::Pendiente {
        // Reported two to three months after adoption, outside any meeting.
        let reported = day + Days::new(60 + i % 30);
        let text = FOLLOW_UP_TEXTS[(i % 4) as usize];
        ins.follow_up.execute(params![id, reported, Option::<i64>::None, text, status.as_str()])?;
        out.follow_ups += 1;
    }
    Ok(())
}
