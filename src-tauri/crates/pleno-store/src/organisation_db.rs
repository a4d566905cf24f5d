//! SQL for the `organisation` table: observer organisations (no vote).

use pleno_domain::directory_model::{Organisation, OrganisationKind};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

const COLUMNS: &str = "id, name, acronym, kind, starts_on, ends_on";

fn row_to_organisation(row: &rusqlite::Row) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: row.get(0)?,
        name: row.get(1)?,
        acronym: row.get(2)?,
        kind: parsed(row, 3, |t| OrganisationKind::parse(t).ok())?,
        starts_on: row.get(4)?,
        ends_on: row.get(5)?,
    })
}

/// An organisation to register: what the table holds before it gives the row an
/// id. It joins as an observer from `starts_on` and has not left yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub starts_on: Option<chrono::NaiveDate>,
}

/// Registers an organisation; returns its id.
pub fn insert(tx: &Transaction, o: &NewOrganisation) -> Result<i64> {
    tx.execute(
        "INSERT INTO organisation (name, acronym, kind, starts_on) VALUES (?1, ?2, ?3, ?4)",
        params![o.name, o.acronym, o.kind.as_str(), o.starts_on],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn list(conn: &Connection) -> Result<Vec<Organisation>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM organisation ORDER BY name"))?;
    let rows = stmt.query_map([], row_to_organisation)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Organisation>> {
    Ok(conn
        .query_row(&format!("SELECT {COLUMNS} FROM organisation WHERE id = ?1"), [id], row_to_organisation)
        .optional()?)
}

pub fn by_name(conn: &Connection, name: &str) -> Result<Option<Organisation>> {
    Ok(conn
        .query_row(&format!("SELECT {COLUMNS} FROM organisation WHERE name = ?1"), [name], row_to_organisation)
        .optional()?)
}
