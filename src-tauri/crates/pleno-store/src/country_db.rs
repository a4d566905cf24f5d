//! SQL for the `country`, `national_mechanism` and `membership` tables.

use chrono::NaiveDate;
use pleno_domain::country::{Country, Crime, Mechanism, MechanismKind};
use pleno_domain::reference::ReferenceCountry;
use pleno_domain::{CountryCode, Term};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::Result;

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM country", [], |row| row.get(0))?)
}

pub fn insert_all(tx: &Transaction, countries: &[ReferenceCountry]) -> Result<()> {
    for (position, c) in countries.iter().enumerate() {
        insert(tx, &c.country, position as i64)?;
        insert_membership(tx, &c.country.code, &Term::open(c.member_since))?;
    }
    Ok(())
}

pub fn insert(tx: &Transaction, c: &Country, position: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO country (code, name, name_en, position) VALUES (?1, ?2, ?3, ?4)",
        params![c.code.as_str(), c.name, c.name_en, position],
    )?;
    if let Some(m) = &c.mechanism {
        tx.execute(
            "INSERT INTO national_mechanism (country_code, name, acronym, kind, covers_tdp, covers_tim)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                c.code.as_str(),
                m.name,
                m.acronym,
                m.kind.as_str(),
                m.crimes.contains(&Crime::Tdp),
                m.crimes.contains(&Crime::Tim),
            ],
        )?;
    }
    Ok(())
}

pub fn next_position(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(position) + 1, 0) FROM country", [], |row| row.get(0))?)
}

pub fn exists(conn: &Connection, code: &CountryCode) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM country WHERE code = ?1)", [code.as_str()], |row| row.get(0))?)
}

pub fn name(conn: &Connection, code: &CountryCode) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT name FROM country WHERE code = ?1", [code.as_str()], |row| row.get(0)).optional()?)
}

pub fn insert_membership(tx: &Transaction, code: &CountryCode, term: &Term) -> Result<()> {
    tx.execute(
        "INSERT INTO membership (country_code, starts_on, ends_on) VALUES (?1, ?2, ?3)",
        params![code.as_str(), term.starts_on(), term.ends_on()],
    )?;
    Ok(())
}

/// Ends the open membership of a state (it leaves the Coalition on `on`).
pub fn end_membership(tx: &Transaction, code: &CountryCode, on: NaiveDate) -> Result<usize> {
    Ok(tx.execute(
        "UPDATE membership SET ends_on = ?2 WHERE country_code = ?1 AND ends_on IS NULL AND starts_on < ?2",
        params![code.as_str(), on],
    )?)
}

pub fn memberships(conn: &Connection, code: &CountryCode) -> Result<Vec<Term>> {
    let mut stmt =
        conn.prepare("SELECT starts_on, ends_on FROM membership WHERE country_code = ?1 ORDER BY starts_on")?;
    let rows = stmt.query_map([code.as_str()], |row| stored_term(row.get(0)?, row.get(1)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Codes of the states that were members on `date`, in the Coalition's order.
pub fn members_on(conn: &Connection, date: NaiveDate) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT c.code FROM country c JOIN membership m ON m.country_code = c.code
         WHERE m.starts_on <= ?1 AND (m.ends_on IS NULL OR ?1 < m.ends_on)
         ORDER BY c.position, c.code",
    )?;
    let rows = stmt.query_map([date], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn list(conn: &Connection) -> Result<Vec<Country>> {
    let mut stmt = conn.prepare(
        "SELECT c.code, c.name, c.name_en, m.name, m.acronym, m.kind, m.covers_tdp, m.covers_tim
         FROM country c LEFT JOIN national_mechanism m ON m.country_code = c.code
         ORDER BY c.position, c.code",
    )?;
    let rows = stmt.query_map([], |row| {
        let mechanism = match row.get::<_, Option<String>>(3)? {
            None => None,
            Some(name) => Some(Mechanism {
                name,
                acronym: row.get(4)?,
                kind: parsed(row, 5, MechanismKind::parse)?,
                crimes: [(row.get::<_, bool>(6)?, Crime::Tdp), (row.get::<_, bool>(7)?, Crime::Tim)]
                    .into_iter()
                    .filter_map(|(covers, crime)| covers.then_some(crime))
                    .collect(),
            }),
        };
        Ok(Country {
            code: parsed(row, 0, |t| CountryCode::parse(t).ok())?,
            name: row.get(1)?,
            name_en: row.get(2)?,
            mechanism,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Reads a text column into a domain value, reporting a value the domain refuses
/// as a conversion error rather than guessing.
pub(crate) fn parsed<T>(row: &rusqlite::Row, column: usize, parse: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(column)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            format!("valor inesperado «{text}»").into(),
        )
    })
}

/// A term as stored; the table's CHECK keeps it valid, so a failure is a damaged file.
pub(crate) fn stored_term(starts_on: chrono::NaiveDate, ends_on: Option<chrono::NaiveDate>) -> rusqlite::Result<Term> {
    Term::new(starts_on, ends_on)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.to_string().into()))
}
