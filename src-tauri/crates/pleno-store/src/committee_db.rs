//! SQL for the `committee` and `committee_member` tables: working committees and
//! the Petit Comité, with the states and persons that sit on them.

use std::collections::HashMap;

use chrono::NaiveDate;
use pleno_domain::directory_model::{Committee, CommitteeMember};
use pleno_domain::{CountryCode, Term};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::stored_term;
use crate::Result;

pub fn insert(tx: &Transaction, name: &str, mandate: &str, term: &Term) -> Result<i64> {
    tx.execute(
        "INSERT INTO committee (name, mandate, starts_on, ends_on) VALUES (?1, ?2, ?3, ?4)",
        params![name, mandate, term.starts_on(), term.ends_on()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn insert_member(
    tx: &Transaction,
    committee_id: i64,
    country: Option<&CountryCode>,
    person_id: Option<i64>,
    term: &Term,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO committee_member (committee_id, country_code, person_id, starts_on, ends_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![committee_id, country.map(CountryCode::as_str), person_id, term.starts_on(), term.ends_on()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn term(conn: &Connection, id: i64) -> Result<Option<Term>> {
    Ok(conn
        .query_row("SELECT starts_on, ends_on FROM committee WHERE id = ?1", [id], |row| {
            stored_term(row.get(0)?, row.get(1)?)
        })
        .optional()?)
}

/// Committees active on `date` (all of them when `None`), with their members on that date.
pub fn list(conn: &Connection, on: Option<NaiveDate>) -> Result<Vec<Committee>> {
    let active = "(?1 IS NULL OR (starts_on <= ?1 AND (ends_on IS NULL OR ?1 < ends_on)))";
    let mut members: HashMap<i64, Vec<CommitteeMember>> = HashMap::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT m.committee_id, m.id, m.country_code, m.person_id, coalesce(c.name, p.name), m.starts_on, m.ends_on
         FROM committee_member m LEFT JOIN country c ON c.code = m.country_code LEFT JOIN person p ON p.id = m.person_id
         WHERE {} ORDER BY m.committee_id, m.country_code IS NULL, coalesce(c.position, 0), coalesce(c.name, p.name)",
        active.replace("starts_on", "m.starts_on").replace("ends_on", "m.ends_on")
    ))?;
    for row in stmt.query_map([on], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            CommitteeMember {
                id: row.get(1)?,
                country: row.get(2)?,
                person_id: row.get(3)?,
                name: row.get(4)?,
                starts_on: row.get(5)?,
                ends_on: row.get(6)?,
            },
        ))
    })? {
        let (committee_id, member) = row?;
        members.entry(committee_id).or_default().push(member);
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT id, name, mandate, starts_on, ends_on FROM committee WHERE {active} ORDER BY starts_on, name"
    ))?;
    let committees = stmt
        .query_map([on], |row| {
            Ok(Committee {
                id: row.get(0)?,
                name: row.get(1)?,
                mandate: row.get(2)?,
                starts_on: row.get(3)?,
                ends_on: row.get(4)?,
                members: Vec::new(),
            })
        })?
        .map(|c| {
            let mut c = c?;
            c.members = members.remove(&c.id).unwrap_or_default();
            Ok(c)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(committees)
}

/// The committees a person sits on, past and present.
pub fn of_person(conn: &Connection, person_id: i64) -> Result<Vec<Committee>> {
    Ok(list(conn, None)?
        .into_iter()
        .filter_map(|mut c| {
            c.members.retain(|m| m.person_id == Some(person_id));
            (!c.members.is_empty()).then_some(c)
        })
        .collect())
}

pub fn name(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT name FROM committee WHERE id = ?1", [id], |r| r.get(0)).optional()?)
}
