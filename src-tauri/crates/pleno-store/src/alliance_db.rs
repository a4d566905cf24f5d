//! SQL for `alliance` and `alliance_action`: the Coalition's alliances and the
//! joint actions carried out under each.

use chrono::NaiveDate;
use pleno_domain::accountability::{Alliance, AllianceAction, AllianceKind, AllianceScope, AllianceSupport};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// An alliance to record: what the table holds before it gives the row an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAlliance {
    pub partner: String,
    pub kind: AllianceKind,
    pub support: AllianceSupport,
    pub scope: AllianceScope,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

/// Records an alliance; returns its id.
pub fn insert(tx: &Transaction, a: &NewAlliance) -> Result<i64> {
    tx.execute(
        "INSERT INTO alliance (partner, kind, support, scope, starts_on, ends_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![a.partner, a.kind.as_str(), a.support.as_str(), a.scope.as_str(), a.starts_on, a.ends_on],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn insert_action(tx: &Transaction, alliance_id: i64, title: &str, done_on: NaiveDate) -> Result<i64> {
    tx.execute(
        "INSERT INTO alliance_action (alliance_id, title, done_on) VALUES (?1, ?2, ?3)",
        params![alliance_id, title, done_on],
    )?;
    Ok(tx.last_insert_rowid())
}

fn actions(conn: &Connection, alliance_id: i64) -> Result<Vec<AllianceAction>> {
    let mut stmt = conn.prepare(
        "SELECT id, alliance_id, title, done_on FROM alliance_action WHERE alliance_id = ?1 ORDER BY done_on, id",
    )?;
    let rows = stmt.query_map([alliance_id], |r| {
        Ok(AllianceAction { id: r.get(0)?, alliance_id: r.get(1)?, title: r.get(2)?, done_on: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn row_to_alliance(r: &rusqlite::Row) -> rusqlite::Result<Alliance> {
    Ok(Alliance {
        id: r.get(0)?,
        partner: r.get(1)?,
        kind: parsed(r, 2, |t| AllianceKind::parse(t).ok())?,
        support: parsed(r, 3, |t| AllianceSupport::parse(t).ok())?,
        scope: parsed(r, 4, |t| AllianceScope::parse(t).ok())?,
        starts_on: r.get(5)?,
        ends_on: r.get(6)?,
        actions: Vec::new(),
    })
}

const SELECT: &str = "SELECT id, partner, kind, support, scope, starts_on, ends_on FROM alliance";

/// Every alliance with its actions, the oldest first.
pub fn list(conn: &Connection) -> Result<Vec<Alliance>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY starts_on, id"))?;
    let alliances = stmt.query_map([], row_to_alliance)?.collect::<rusqlite::Result<Vec<_>>>()?;
    alliances
        .into_iter()
        .map(|mut a| {
            a.actions = actions(conn, a.id)?;
            Ok(a)
        })
        .collect()
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Alliance>> {
    let Some(mut a) = conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_to_alliance).optional()? else {
        return Ok(None);
    };
    a.actions = actions(conn, id)?;
    Ok(Some(a))
}
