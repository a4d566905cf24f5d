//! SQL for `meeting_outcome`: what an event produced.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Transaction};

use crate::Result;

pub fn insert(tx: &Transaction, meeting_id: i64, text: &str, on: NaiveDate) -> Result<i64> {
    tx.execute(
        "INSERT INTO meeting_outcome (meeting_id, text, recorded_on) VALUES (?1, ?2, ?3)",
        params![meeting_id, text, on],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn list(conn: &Connection, meeting_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT text FROM meeting_outcome WHERE meeting_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([meeting_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
