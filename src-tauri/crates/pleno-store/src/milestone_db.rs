//! SQL for `milestone`: the stages each state's instruments reached.

use pleno_domain::accountability::{InstrumentKind, Milestone, Stage};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// A stage to record: what the table holds before it gives the row an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMilestone {
    pub country: String,
    pub instrument: InstrumentKind,
    pub title: String,
    pub stage: Stage,
    pub reached_on: chrono::NaiveDate,
    pub evidence: String,
}

/// Records a stage reached; returns its id.
pub fn insert(tx: &Transaction, m: &NewMilestone) -> Result<i64> {
    tx.execute(
        "INSERT INTO milestone (country_code, instrument, title, stage, reached_on, evidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![m.country, m.instrument.as_str(), m.title, m.stage.as_str(), m.reached_on, m.evidence],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Whether the state already recorded that stage of that instrument.
pub fn exists(conn: &Connection, m: &NewMilestone) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM milestone WHERE country_code = ?1 AND instrument = ?2 AND title = ?3 AND stage = ?4)",
        params![m.country, m.instrument.as_str(), m.title, m.stage.as_str()],
        |r| r.get(0),
    )?)
}

fn row_to_milestone(r: &rusqlite::Row) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        id: r.get(0)?,
        country: r.get(1)?,
        instrument: parsed(r, 2, |t| InstrumentKind::parse(t).ok())?,
        title: r.get(3)?,
        stage: parsed(r, 4, |t| Stage::parse(t).ok())?,
        reached_on: r.get(5)?,
        evidence: r.get(6)?,
    })
}

const SELECT: &str = "SELECT m.id, m.country_code, m.instrument, m.title, m.stage, m.reached_on, m.evidence
     FROM milestone m LEFT JOIN country c ON c.code = m.country_code";

/// Every milestone, by state (in the Coalition's order), then by date.
pub fn list(conn: &Connection) -> Result<Vec<Milestone>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY c.position, m.reached_on, m.id"))?;
    let rows = stmt.query_map([], row_to_milestone)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Milestone>> {
    Ok(conn.query_row(&format!("{SELECT} WHERE m.id = ?1"), [id], row_to_milestone).optional()?)
}
