//! SQL for `country_report`: which member state presented its report at which
//! session, with the file as presented and its SHA-256.

use chrono::NaiveDateTime;
use pleno_domain::accountability::CountryReport;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::Result;

/// A file presented with a report: its name, SHA-256 and bytes.
pub struct ReportFile<'a> {
    pub name: &'a str,
    pub sha256: &'a str,
    pub content: &'a [u8],
}

/// Records the report, or replaces the file of one already recorded.
pub fn upsert(
    tx: &Transaction,
    meeting_id: i64,
    country: &str,
    file: Option<ReportFile>,
    at: NaiveDateTime,
) -> Result<i64> {
    let (name, sha, content) = match &file {
        Some(f) => (Some(f.name), Some(f.sha256), Some(f.content)),
        None => (None, None, None),
    };
    tx.execute(
        "INSERT INTO country_report (meeting_id, country_code, file_name, sha256, content, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (meeting_id, country_code) DO UPDATE SET file_name = coalesce(excluded.file_name, file_name),
             sha256 = coalesce(excluded.sha256, sha256), content = coalesce(excluded.content, content)",
        params![meeting_id, country, name, sha, content, at],
    )?;
    Ok(tx.query_row(
        "SELECT id FROM country_report WHERE meeting_id = ?1 AND country_code = ?2",
        params![meeting_id, country],
        |r| r.get(0),
    )?)
}

fn row_to_report(r: &rusqlite::Row) -> rusqlite::Result<CountryReport> {
    Ok(CountryReport {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        country: r.get(2)?,
        file_name: r.get(3)?,
        sha256: r.get(4)?,
        recorded_at: r.get(5)?,
    })
}

const SELECT: &str = "SELECT r.id, r.meeting_id, r.country_code, r.file_name, r.sha256, r.recorded_at
     FROM country_report r JOIN meeting m ON m.id = r.meeting_id LEFT JOIN country c ON c.code = r.country_code";

/// Every report presented, by session date then the Coalition's order of states.
pub fn list(conn: &Connection) -> Result<Vec<CountryReport>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY m.starts_on, m.id, c.position"))?;
    let rows = stmt.query_map([], row_to_report)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<CountryReport>> {
    Ok(conn.query_row(&format!("{SELECT} WHERE r.id = ?1"), [id], row_to_report).optional()?)
}

/// The file of a report: its name and bytes.
pub fn file(conn: &Connection, id: i64) -> Result<Option<(String, String, Vec<u8>)>> {
    Ok(conn
        .query_row(
            "SELECT file_name, sha256, content FROM country_report WHERE id = ?1 AND content IS NOT NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}
