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

/// What a meeting's form writes: the row without its id, its titles (derived
/// from kind and number) or the agenda's approval (recorded on its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFields {
    pub kind: MeetingKind,
    pub number: u32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub start_time: NaiveTime,
    pub city: String,
    pub country: Option<String>,
    pub host: Option<String>,
    pub modality: Modality,
    pub link: String,
    pub notice_date: Option<NaiveDate>,
    pub status: MeetingStatus,
    pub committee: Option<i64>,
    pub event_kind: Option<EventKind>,
}

/// The columns `MeetingFields` writes, in the order of [`written`].
const WRITTEN: [&str; 14] = [
    "kind",
    "number",
    "starts_on",
    "ends_on",
    "start_time",
    "city",
    "country_code",
    "host_code",
    "modality",
    "link",
    "notice_date",
    "status",
    "committee_id",
    "event_kind",
];

/// The values of [`WRITTEN`], bound as `?1` to `?14`.
fn written(m: &MeetingFields) -> [Box<dyn rusqlite::ToSql + '_>; 14] {
    [
        Box::new(m.kind.as_str()),
        Box::new(m.number),
        Box::new(m.starts_on),
        Box::new(m.ends_on),
        Box::new(hh_mm(m.start_time)),
        Box::new(&m.city),
        Box::new(&m.country),
        Box::new(&m.host),
        Box::new(m.modality.as_str()),
        Box::new(&m.link),
        Box::new(m.notice_date),
        Box::new(m.status.as_str()),
        Box::new(m.committee),
        Box::new(m.event_kind.map(EventKind::as_str)),
    ]
}

/// Records a meeting; returns its id.
pub fn insert(tx: &Transaction, m: &MeetingFields) -> Result<i64> {
    let slots: Vec<String> = (1..=WRITTEN.len()).map(|n| format!("?{n}")).collect();
    let sql = format!("INSERT INTO meeting ({}) VALUES ({})", WRITTEN.join(", "), slots.join(", "));
    tx.execute(&sql, rusqlite::params_from_iter(written(m)))?;
    Ok(tx.last_insert_rowid())
}

/// Writes the form's fields over meeting `id`.
pub fn update(tx: &Transaction, id: i64, m: &MeetingFields) -> Result<()> {
    let set: Vec<String> = WRITTEN.iter().enumerate().map(|(n, column)| format!("{column} = ?{}", n + 1)).collect();
    let sql = format!("UPDATE meeting SET {} WHERE id = ?{}", set.join(", "), WRITTEN.len() + 1);
    let id: Box<dyn rusqlite::ToSql> = Box::new(id);
    tx.execute(&sql, rusqlite::params_from_iter(written(m).into_iter().chain([id])))?;
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
    newest_first(conn, "1", after, limit)
}

/// Meetings meeting `condition`, most recent first, after `after` (its day and id).
fn newest_first(
    conn: &Connection,
    condition: &str,
    after: Option<(NaiveDate, i64)>,
    limit: u32,
) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM meeting WHERE {condition} AND (?1 IS NULL OR (starts_on, id) < (?1, ?2))
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
    newest_first(conn, "status = 'cerrada'", after, limit)
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
