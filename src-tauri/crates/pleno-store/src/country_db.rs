//! SQL for the `country` and `national_mechanism` tables.

use pleno_domain::country::{Country, Crime, Mechanism, MechanismKind};
use pleno_domain::CountryCode;
use rusqlite::{params, Connection, Transaction};

use crate::Result;

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM country", [], |row| row.get(0))?)
}

pub fn insert_all(tx: &Transaction, countries: &[Country]) -> Result<()> {
    let mut country = tx.prepare("INSERT INTO country (code, name, name_en, position) VALUES (?1, ?2, ?3, ?4)")?;
    let mut mechanism = tx.prepare(
        "INSERT INTO national_mechanism (country_code, name, acronym, kind, covers_tdp, covers_tim)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, c) in countries.iter().enumerate() {
        country.execute(params![c.code.as_str(), c.name, c.name_en, position as i64])?;
        let m = &c.mechanism;
        mechanism.execute(params![
            c.code.as_str(),
            m.name,
            m.acronym,
            m.kind.as_str(),
            m.crimes.contains(&Crime::Tdp),
            m.crimes.contains(&Crime::Tim),
        ])?;
    }
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Country>> {
    let mut stmt = conn.prepare(
        "SELECT c.code, c.name, c.name_en, m.name, m.acronym, m.kind, m.covers_tdp, m.covers_tim
         FROM country c JOIN national_mechanism m ON m.country_code = c.code
         ORDER BY c.position, c.code",
    )?;
    let rows = stmt.query_map([], |row| {
        let crimes = [
            (row.get::<_, bool>(6)?, Crime::Tdp),
            (row.get::<_, bool>(7)?, Crime::Tim),
        ]
        .into_iter()
        .filter_map(|(covers, crime)| covers.then_some(crime))
        .collect();
        Ok(Country {
            code: parsed(row, 0, |t| CountryCode::parse(t).ok())?,
            name: row.get(1)?,
            name_en: row.get(2)?,
            mechanism: Mechanism {
                name: row.get(3)?,
                acronym: row.get(4)?,
                kind: parsed(row, 5, MechanismKind::parse)?,
                crimes,
            },
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
