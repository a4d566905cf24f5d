//! SQL for `presidency_representation`: the events where the Presidency
//! represented the Coalition and the meeting where it reported back.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::accountability::{ReportBack, Representation, Representative};
use pleno_domain::meeting::{session_title, EventKind, MeetingKind};
use pleno_domain::{Language, Text};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

pub fn insert(
    tx: &Transaction,
    event: &str,
    held_on: NaiveDate,
    place: &str,
    representative: &Representative,
    recorded_at: NaiveDateTime,
) -> Result<i64> {
    let (country, person) = match representative {
        Representative::State { country } => (Some(country.as_str()), None),
        Representative::Person { person_id } => (None, Some(*person_id)),
    };
    tx.execute(
        "INSERT INTO presidency_representation (event, held_on, place, country_code, person_id, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![event, held_on, place, country, person, recorded_at],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn report_back(tx: &Transaction, id: i64, meeting_id: i64, item_id: Option<i64>) -> Result<()> {
    tx.execute(
        "UPDATE presidency_representation SET reported_meeting_id = ?2, reported_item_id = ?3 WHERE id = ?1",
        params![id, meeting_id, item_id],
    )?;
    Ok(())
}

const SELECT: &str = "SELECT r.id, r.event, r.held_on, r.place, r.country_code, r.person_id, coalesce(c.name, p.name),
        r.reported_meeting_id, m.kind, m.number, m.event_kind, k.name, r.reported_item_id, i.title, r.recorded_at
     FROM presidency_representation r
     LEFT JOIN country c ON c.code = r.country_code
     LEFT JOIN person p ON p.id = r.person_id
     LEFT JOIN meeting m ON m.id = r.reported_meeting_id
     LEFT JOIN committee k ON k.id = m.committee_id
     LEFT JOIN agenda_item i ON i.id = r.reported_item_id";

fn row_to_representation(row: &rusqlite::Row) -> rusqlite::Result<Representation> {
    let representative = match (row.get::<_, Option<String>>(4)?, row.get::<_, Option<i64>>(5)?) {
        (Some(country), _) => Representative::State { country },
        (None, Some(person_id)) => Representative::Person { person_id },
        (None, None) => {
            return Err(rusqlite::Error::InvalidColumnType(4, "representative".into(), rusqlite::types::Type::Null))
        }
    };
    let reported_at = match row.get::<_, Option<i64>>(7)? {
        Some(meeting_id) => {
            let kind = parsed(row, 8, |t| MeetingKind::parse(t).ok())?;
            let number: u32 = row.get(9)?;
            let event_kind = match row.get::<_, Option<String>>(10)? {
                Some(_) => Some(parsed(row, 10, |t| EventKind::parse(t).ok())?),
                None => None,
            };
            let committee: Option<String> = row.get(11)?;
            let title = |lang| session_title(kind, number, committee.as_deref(), event_kind, lang);
            Some(ReportBack {
                meeting_id,
                meeting_title: Text { es: title(Language::Es), en: title(Language::En) },
                item_id: row.get(12)?,
                item_title: row.get(13)?,
            })
        }
        None => None,
    };
    Ok(Representation {
        id: row.get(0)?,
        event: row.get(1)?,
        held_on: row.get(2)?,
        place: row.get(3)?,
        representative,
        representative_name: row.get::<_, Option<String>>(6)?.unwrap_or_default(),
        reported_at,
        recorded_at: row.get(14)?,
    })
}

/// Every representation, the most recent event first.
pub fn list(conn: &Connection) -> Result<Vec<Representation>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY r.held_on DESC, r.id DESC"))?;
    let rows = stmt.query_map([], row_to_representation)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Representation>> {
    Ok(conn.query_row(&format!("{SELECT} WHERE r.id = ?1"), [id], row_to_representation).optional()?)
}
