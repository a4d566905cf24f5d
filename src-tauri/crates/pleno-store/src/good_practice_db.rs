//! SQL for `good_practice` and `good_practice_replication`: practices a state
//! shared and the states that replicated them.

use chrono::NaiveDate;
use pleno_domain::accountability::{GoodPractice, Replication};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::Result;

/// A practice to record: what the table holds before it gives the row an id
/// (replications come later, one by one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGoodPractice {
    pub title: String,
    pub origin: String,
    pub recorded_on: NaiveDate,
    pub description: String,
}

/// Records a good practice; returns its id.
pub fn insert(tx: &Transaction, p: &NewGoodPractice) -> Result<i64> {
    tx.execute(
        "INSERT INTO good_practice (title, origin_code, recorded_on, description) VALUES (?1, ?2, ?3, ?4)",
        params![p.title, p.origin, p.recorded_on, p.description],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn insert_replication(tx: &Transaction, practice_id: i64, country: &str, on: NaiveDate) -> Result<()> {
    tx.execute(
        "INSERT INTO good_practice_replication (good_practice_id, country_code, replicated_on) VALUES (?1, ?2, ?3)",
        params![practice_id, country, on],
    )?;
    Ok(())
}

pub fn replicated_by(conn: &Connection, practice_id: i64, country: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM good_practice_replication WHERE good_practice_id = ?1 AND country_code = ?2)",
        params![practice_id, country],
        |r| r.get(0),
    )?)
}

fn replications(conn: &Connection, practice_id: i64) -> Result<Vec<Replication>> {
    let mut stmt = conn.prepare(
        "SELECT country_code, replicated_on FROM good_practice_replication WHERE good_practice_id = ?1
         ORDER BY replicated_on, country_code",
    )?;
    let rows = stmt.query_map([practice_id], |r| Ok(Replication { country: r.get(0)?, replicated_on: r.get(1)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn row_to_practice(r: &rusqlite::Row) -> rusqlite::Result<GoodPractice> {
    Ok(GoodPractice {
        id: r.get(0)?,
        title: r.get(1)?,
        origin: r.get(2)?,
        recorded_on: r.get(3)?,
        description: r.get(4)?,
        replications: Vec::new(),
    })
}

const SELECT: &str = "SELECT id, title, origin_code, recorded_on, description FROM good_practice";

pub fn list(conn: &Connection) -> Result<Vec<GoodPractice>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY recorded_on, id"))?;
    let practices = stmt.query_map([], row_to_practice)?.collect::<rusqlite::Result<Vec<_>>>()?;
    practices
        .into_iter()
        .map(|mut p| {
            p.replications = replications(conn, p.id)?;
            Ok(p)
        })
        .collect()
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<GoodPractice>> {
    let Some(mut p) = conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_to_practice).optional()? else {
        return Ok(None);
    };
    p.replications = replications(conn, id)?;
    Ok(Some(p))
}
