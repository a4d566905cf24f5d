//! SQL for the targets of the Strategic Plan's indicators (`indicator_target`),
//! their dated measurements (`indicator_measurement`) and the evidence kept with
//! each measurement (`measurement_evidence`).

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::monitoring::{Evidence, IndicatorSource, IndicatorTarget, Measurement};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::Result;

/// The target of an indicator; empty when none was ever set.
pub fn target(conn: &Connection, indicator_id: i64) -> Result<IndicatorTarget> {
    Ok(conn
        .query_row(
            "SELECT baseline_value, baseline_year, target_value, target_year, unit, periodicity,
                    means_of_verification, source
             FROM indicator_target WHERE indicator_id = ?1",
            [indicator_id],
            |row| {
                let source: Option<String> = row.get(7)?;
                Ok(IndicatorTarget {
                    baseline_value: row.get(0)?,
                    baseline_year: row.get(1)?,
                    target_value: row.get(2)?,
                    target_year: row.get(3)?,
                    unit: row.get(4)?,
                    periodicity: row.get(5)?,
                    means_of_verification: row.get(6)?,
                    source: source.and_then(|s| IndicatorSource::parse(&s).ok()),
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

pub fn set_target(tx: &Transaction, indicator_id: i64, t: &IndicatorTarget) -> Result<()> {
    tx.execute(
        "INSERT INTO indicator_target (indicator_id, baseline_value, baseline_year, target_value, target_year, unit,
                                       periodicity, means_of_verification, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (indicator_id) DO UPDATE SET
             baseline_value = excluded.baseline_value, baseline_year = excluded.baseline_year,
             target_value = excluded.target_value, target_year = excluded.target_year, unit = excluded.unit,
             periodicity = excluded.periodicity, means_of_verification = excluded.means_of_verification,
             source = excluded.source",
        params![
            indicator_id,
            t.baseline_value,
            t.baseline_year,
            t.target_value,
            t.target_year,
            t.unit,
            t.periodicity,
            t.means_of_verification,
            t.source.map(IndicatorSource::as_str)
        ],
    )?;
    Ok(())
}

pub struct NewMeasurement<'a> {
    pub indicator_id: i64,
    pub measured_on: NaiveDate,
    pub country: Option<&'a str>,
    pub value: f64,
    pub note: &'a str,
    pub recorded_at: NaiveDateTime,
}

pub fn insert_measurement(tx: &Transaction, m: &NewMeasurement) -> Result<i64> {
    tx.execute(
        "INSERT INTO indicator_measurement (indicator_id, measured_on, country_code, value, note, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![m.indicator_id, m.measured_on, m.country, m.value, m.note, m.recorded_at],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn add_evidence(
    tx: &Transaction,
    measurement_id: i64,
    file_name: &str,
    sha256: &str,
    content: &[u8],
    at: NaiveDateTime,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO measurement_evidence (measurement_id, file_name, sha256, content, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![measurement_id, file_name, sha256, content, at],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The measurements of an indicator, oldest first, with their evidence.
pub fn measurements(conn: &Connection, indicator_id: i64) -> Result<Vec<Measurement>> {
    let mut stmt = conn.prepare(
        "SELECT m.id, i.code, m.measured_on, m.country_code, m.value, m.note, m.recorded_at
         FROM indicator_measurement m JOIN indicator i ON i.id = m.indicator_id
         WHERE m.indicator_id = ?1 ORDER BY m.measured_on, m.id",
    )?;
    let rows = stmt.query_map([indicator_id], |row| {
        Ok(Measurement {
            id: row.get(0)?,
            indicator: row.get(1)?,
            measured_on: row.get(2)?,
            country: row.get(3)?,
            value: row.get(4)?,
            note: row.get(5)?,
            recorded_at: row.get(6)?,
            evidence: Vec::new(),
        })
    })?;
    let mut list = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt =
        conn.prepare("SELECT id, file_name, sha256 FROM measurement_evidence WHERE measurement_id = ?1 ORDER BY id")?;
    for m in &mut list {
        let rows =
            stmt.query_map([m.id], |r| Ok(Evidence { id: r.get(0)?, file_name: r.get(1)?, sha256: r.get(2)? }))?;
        m.evidence = rows.collect::<rusqlite::Result<_>>()?;
    }
    Ok(list)
}

pub fn measurement_exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM indicator_measurement WHERE id = ?1)", [id], |r| r.get(0))?)
}

/// The code of the indicator a measurement belongs to, when the measurement exists.
pub fn measurement_indicator_code(conn: &Connection, measurement_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT i.code FROM indicator_measurement m JOIN indicator i ON i.id = m.indicator_id WHERE m.id = ?1",
            [measurement_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// An evidence file of a measurement: its name, SHA-256 as kept, and content.
pub fn evidence_file(conn: &Connection, id: i64) -> Result<Option<(String, String, Vec<u8>)>> {
    Ok(conn
        .query_row("SELECT file_name, sha256, content FROM measurement_evidence WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?)
}
