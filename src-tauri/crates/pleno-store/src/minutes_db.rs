//! SQL for the minutes tables: `minutes`, `minutes_version`, `minutes_note` and
//! `erratum`. The triggers of schema v5 refuse changes to approved minutes and to
//! what they report; these functions never try.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::minutes::MinutesStatus;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesRow {
    pub meeting_id: i64,
    pub status: MinutesStatus,
    pub version: u32,
    pub approved_at: Option<NaiveDateTime>,
    pub approved_by_meeting: Option<i64>,
    pub approved_by_decision: Option<i64>,
    pub content: Option<String>,
    pub previous_hash: Option<String>,
    pub hash: Option<String>,
    pub approval_order: Option<i64>,
}

const COLUMNS: &str = "meeting_id, status, version, approved_at, approved_by_meeting, approved_by_decision, content,
                       previous_hash, hash, approval_order";

fn row(r: &rusqlite::Row) -> rusqlite::Result<MinutesRow> {
    Ok(MinutesRow {
        meeting_id: r.get(0)?,
        status: parsed(r, 1, |t| MinutesStatus::parse(t).ok())?,
        version: r.get(2)?,
        approved_at: r.get(3)?,
        approved_by_meeting: r.get(4)?,
        approved_by_decision: r.get(5)?,
        content: r.get(6)?,
        previous_hash: r.get(7)?,
        hash: r.get(8)?,
        approval_order: r.get(9)?,
    })
}

pub fn get(conn: &Connection, meeting_id: i64) -> Result<Option<MinutesRow>> {
    Ok(conn.query_row(&format!("SELECT {COLUMNS} FROM minutes WHERE meeting_id = ?1"), [meeting_id], row).optional()?)
}

/// Creates the draft row if the meeting has none yet.
pub fn ensure(tx: &Transaction, meeting_id: i64) -> Result<()> {
    tx.execute("INSERT INTO minutes (meeting_id) VALUES (?1) ON CONFLICT (meeting_id) DO NOTHING", [meeting_id])?;
    Ok(())
}

/// Every approved minutes, in the order they were approved.
pub fn approved_chain(conn: &Connection) -> Result<Vec<MinutesRow>> {
    let mut stmt =
        conn.prepare(&format!("SELECT {COLUMNS} FROM minutes WHERE status = 'aprobada' ORDER BY approval_order"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn circulate(tx: &Transaction, meeting_id: i64, version: u32, at: NaiveDateTime, content: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO minutes_version (meeting_id, version, circulated_at, content) VALUES (?1, ?2, ?3, ?4)",
        params![meeting_id, version, at, content],
    )?;
    tx.execute(
        "UPDATE minutes SET status = 'circulada', version = ?2 WHERE meeting_id = ?1",
        params![meeting_id, version],
    )?;
    Ok(())
}

/// The content of the last circulated version, if any.
pub fn last_circulated(conn: &Connection, meeting_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT content FROM minutes_version WHERE meeting_id = ?1 ORDER BY version DESC LIMIT 1",
            [meeting_id],
            |r| r.get(0),
        )
        .optional()?)
}

pub struct Approval<'a> {
    pub meeting_id: i64,
    pub at: NaiveDateTime,
    pub by_meeting: i64,
    pub by_decision: i64,
    pub content: &'a str,
    pub previous_hash: Option<&'a str>,
    pub hash: &'a str,
}

pub fn approve(tx: &Transaction, a: &Approval) -> Result<()> {
    tx.execute(
        "UPDATE minutes SET status = 'aprobada', approved_at = ?2, approved_by_meeting = ?3, approved_by_decision = ?4,
                content = ?5, previous_hash = ?6, hash = ?7,
                approval_order = (SELECT coalesce(max(approval_order), 0) + 1 FROM minutes)
         WHERE meeting_id = ?1",
        params![a.meeting_id, a.at, a.by_meeting, a.by_decision, a.content, a.previous_hash, a.hash],
    )?;
    Ok(())
}

pub fn notes(conn: &Connection, meeting_id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare("SELECT agenda_item_id, text FROM minutes_note WHERE meeting_id = ?1")?;
    let rows = stmt.query_map([meeting_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_note(tx: &Transaction, meeting_id: i64, item_id: i64, text: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO minutes_note (meeting_id, agenda_item_id, text) VALUES (?1, ?2, ?3)
         ON CONFLICT (meeting_id, agenda_item_id) DO UPDATE SET text = excluded.text",
        params![meeting_id, item_id, text],
    )?;
    Ok(())
}

pub fn add_erratum(tx: &Transaction, meeting_id: i64, text: &str, on: NaiveDate) -> Result<i64> {
    tx.execute(
        "INSERT INTO erratum (meeting_id, text, recorded_on) VALUES (?1, ?2, ?3)",
        params![meeting_id, text, on],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn approve_erratum(tx: &Transaction, id: i64, by_meeting: i64, at: NaiveDateTime) -> Result<usize> {
    Ok(tx.execute(
        "UPDATE erratum SET approved_by_meeting = ?2, approved_at = ?3 WHERE id = ?1 AND approved_by_meeting IS NULL",
        params![id, by_meeting, at],
    )?)
}

/// An erratum as stored: the approving meeting is an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErratumRow {
    pub id: i64,
    pub text: String,
    pub recorded_on: NaiveDate,
    pub approved_by_meeting: Option<i64>,
    pub approved_at: Option<NaiveDateTime>,
}

pub fn errata(conn: &Connection, meeting_id: i64) -> Result<Vec<ErratumRow>> {
    let mut stmt = conn.prepare(
        "SELECT id, text, recorded_on, approved_by_meeting, approved_at FROM erratum WHERE meeting_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([meeting_id], |r| {
        Ok(ErratumRow {
            id: r.get(0)?,
            text: r.get(1)?,
            recorded_on: r.get(2)?,
            approved_by_meeting: r.get(3)?,
            approved_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn erratum_meeting(conn: &Connection, id: i64) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT meeting_id FROM erratum WHERE id = ?1", [id], |r| r.get(0)).optional()?)
}
