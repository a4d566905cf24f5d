//! SQL for the `meeting` table.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use pleno_domain::meeting::{session_title, EventKind, MeetingKind, MeetingStatus, Modality, StatusEffects};
use pleno_domain::meeting_model::Meeting;
use pleno_domain::Language;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

const COLUMNS: &str = "id, kind, number, starts_on, ends_on, start_time, city, country_code, host_code, modality, link,
                       notice_date, status, agenda_approved_at, agenda_amendments, committee_id, event_kind,
                       (SELECT name FROM committee WHERE committee.id = meeting.committee_id)";

fn row_to_meeting(row: &rusqlite::Row) -> rusqlite::Result<Meeting> {
    let kind = parsed(row, 1, |t| MeetingKind::parse(t).ok())?;
    let number: u32 = row.get(2)?;
    let event_kind = match row.get::<_, Option<String>>(16)? {
        Some(_) => Some(parsed(row, 16, |t| EventKind::parse(t).ok())?),
        None => None,
    };
    let committee_name: Option<String> = row.get(17)?;
    let title = |lang| session_title(kind, number, committee_name.as_deref(), event_kind, lang);
    Ok(Meeting {
        id: row.get(0)?,
        kind,
        number,
        title: title(Language::Es),
        title_en: title(Language::En),
        starts_on: row.get(3)?,
        ends_on: row.get(4)?,
        start_time: parsed(row, 5, |t| pleno_domain::dates::parse_time(t).ok())?,
        city: row.get(6)?,
        country: row.get(7)?,
        host: row.get(8)?,
        modality: parsed(row, 9, |t| Modality::parse(t).ok())?,
        link: row.get(10)?,
        notice_date: row.get(11)?,
        status: parsed(row, 12, |t| MeetingStatus::parse(t).ok())?,
        agenda_approved_at: row.get(13)?,
        agenda_amendments: row.get(14)?,
        committee: row.get(15)?,
        event_kind,
    })
}

/// Inserts a meeting; `m.id`, `m.title` and approval fields are ignored.
pub fn insert(tx: &Transaction, m: &Meeting) -> Result<i64> {
    tx.execute(
        "INSERT INTO meeting (kind, number, starts_on, ends_on, start_time, city, country_code, host_code, modality,
                              link, notice_date, status, committee_id, event_kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            m.kind.as_str(),
            m.number,
            m.starts_on,
            m.ends_on,
            hh_mm(m.start_time),
            m.city,
            m.country,
            m.host,
            m.modality.as_str(),
            m.link,
            m.notice_date,
            m.status.as_str(),
            m.committee,
            m.event_kind.map(EventKind::as_str)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn update(tx: &Transaction, m: &Meeting) -> Result<()> {
    tx.execute(
        "UPDATE meeting SET kind = ?2, number = ?3, starts_on = ?4, ends_on = ?5, start_time = ?6, city = ?7,
                country_code = ?8, host_code = ?9, modality = ?10, link = ?11, notice_date = ?12, status = ?13,
                committee_id = ?14, event_kind = ?15
         WHERE id = ?1",
        params![
            m.id,
            m.kind.as_str(),
            m.number,
            m.starts_on,
            m.ends_on,
            hh_mm(m.start_time),
            m.city,
            m.country,
            m.host,
            m.modality.as_str(),
            m.link,
            m.notice_date,
            m.status.as_str(),
            m.committee,
            m.event_kind.map(EventKind::as_str)
        ],
    )?;
    Ok(())
}

/// Start times are kept as "HH:MM", the minute being the record's precision.
fn hh_mm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Meeting>> {
    Ok(conn.query_row(&format!("SELECT {COLUMNS} FROM meeting WHERE id = ?1"), [id], row_to_meeting).optional()?)
}

/// All meetings, the most recent first.
pub fn list(conn: &Connection) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM meeting ORDER BY starts_on DESC, id DESC"))?;
    let rows = stmt.query_map([], row_to_meeting)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Up to `limit` meetings after the meeting `after` (its day and id), most recent
/// first: a keyset page over `meeting_starts_on`, whose rowid tail orders equal days.
pub fn page(conn: &Connection, after: Option<(NaiveDate, i64)>, limit: u32) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM meeting WHERE ?1 IS NULL OR (starts_on, id) < (?1, ?2)
         ORDER BY starts_on DESC, id DESC LIMIT ?3"
    ))?;
    let (day, id) = after.map_or((None, None), |(d, i)| (Some(d), Some(i)));
    let rows = stmt.query_map(params![day, id, limit], row_to_meeting)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The Secretariat's next meeting: the one in session, else the earliest that has
/// not closed (the partial index `meeting_open` holds only those).
pub fn next_open(conn: &Connection) -> Result<Option<Meeting>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM meeting WHERE status <> 'cerrada'
             ORDER BY status = 'en_curso' DESC, starts_on, id LIMIT 1"
        ))?
        .query_row([], row_to_meeting)
        .optional()?)
}

/// As `page`, the closed meetings only (the archive's), newest first.
pub fn closed_page(conn: &Connection, after: Option<(NaiveDate, i64)>, limit: u32) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM meeting WHERE status = 'cerrada' AND (?1 IS NULL OR (starts_on, id) < (?1, ?2))
         ORDER BY starts_on DESC, id DESC LIMIT ?3"
    ))?;
    let (day, id) = after.map_or((None, None), |(d, i)| (Some(d), Some(i)));
    let rows = stmt.query_map(params![day, id, limit], row_to_meeting)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many meetings are closed, and how many of those have no approved acta yet.
pub fn closed_counts(conn: &Connection) -> Result<(u32, u32)> {
    Ok(conn.query_row(
        "SELECT count(*), count(*) FILTER (WHERE coalesce(n.status, 'borrador') <> 'aprobada')
         FROM meeting m LEFT JOIN minutes n ON n.meeting_id = m.id WHERE m.status = 'cerrada'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

pub fn count(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0))?)
}

/// The next number of a kind; committee sessions are numbered per committee.
pub fn next_number(conn: &Connection, kind: MeetingKind, committee: Option<i64>) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT coalesce(max(number), 0) + 1 FROM meeting WHERE kind = ?1 AND committee_id IS ?2",
        params![kind.as_str(), committee],
        |r| r.get(0),
    )?)
}

/// Whether another meeting of the kind (and committee) has the number; `except`
/// is the meeting being edited, `None` for a new one.
pub fn number_taken(
    conn: &Connection,
    kind: MeetingKind,
    committee: Option<i64>,
    number: u32,
    except: Option<i64>,
) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM meeting WHERE kind = ?1 AND committee_id IS ?2 AND number = ?3 AND id IS NOT ?4)",
        params![kind.as_str(), committee, number, except],
        |r| r.get(0),
    )?)
}

pub fn approve_agenda(tx: &Transaction, id: i64, at: NaiveDateTime, amendments: &str) -> Result<()> {
    tx.execute(
        "UPDATE meeting SET agenda_approved_at = ?2, agenda_amendments = ?3 WHERE id = ?1",
        params![id, at, amendments],
    )?;
    Ok(())
}

/// Writes a meeting's new status with what the domain says it records
/// (`MeetingStatus::effects`).
pub fn set_status(tx: &Transaction, id: i64, status: MeetingStatus, effects: StatusEffects) -> Result<()> {
    tx.execute(
        "UPDATE meeting SET status = ?2, notice_date = coalesce(?3, notice_date), closed_at = coalesce(?4, closed_at)
         WHERE id = ?1",
        params![id, status.as_str(), effects.notice_date, effects.closed_at],
    )?;
    Ok(())
}

pub fn closed_at(conn: &Connection, id: i64) -> Result<Option<NaiveDateTime>> {
    Ok(conn.query_row("SELECT closed_at FROM meeting WHERE id = ?1", [id], |r| r.get(0))?)
}
