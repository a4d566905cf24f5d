//! SQL for the monitoring reports (`monitoring_report`), their entries
//! (`monitoring_entry`) and evidence files (`monitoring_evidence`). A report's
//! versions share plan, country and semester; triggers keep superseded versions
//! as they were.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::monitoring::{Evidence, GoalStatus, MonitoringReport, ReportEntry, ReportSource, Semester};
use pleno_domain::plan::Percent;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

pub struct NewReport<'a> {
    pub plan_id: i64,
    pub country: Option<&'a str>,
    pub semester: Semester,
    pub reported_on: NaiveDate,
    pub mechanism: &'a str,
    pub source: ReportSource,
    pub recorded_at: NaiveDateTime,
}

/// Inserts the next version of the report for this plan, country and semester.
pub fn insert(tx: &Transaction, r: &NewReport) -> Result<i64> {
    tx.execute(
        "INSERT INTO monitoring_report (operating_plan_id, country_code, semester, version, reported_on, mechanism,
                                        source, recorded_at)
         VALUES (?1, ?2, ?3,
                 (SELECT coalesce(max(version), 0) + 1 FROM monitoring_report
                  WHERE operating_plan_id = ?1 AND coalesce(country_code, '') = coalesce(?2, '') AND semester = ?3),
                 ?4, ?5, ?6, ?7)",
        params![
            r.plan_id,
            r.country,
            r.semester.number(),
            r.reported_on,
            r.mechanism,
            r.source.as_str(),
            r.recorded_at
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Copies a version's entries into its correction.
pub fn copy_entries(tx: &Transaction, from: i64, to: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO monitoring_entry (report_id, activity_id, progress, status, justification)
         SELECT ?2, activity_id, progress, status, justification FROM monitoring_entry WHERE report_id = ?1",
        params![from, to],
    )?;
    Ok(())
}

pub fn set_entry(tx: &Transaction, report_id: i64, activity_id: i64, e: &ReportEntry) -> Result<()> {
    tx.execute(
        "INSERT INTO monitoring_entry (report_id, activity_id, progress, status, justification)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (report_id, activity_id) DO UPDATE
         SET progress = excluded.progress, status = excluded.status, justification = excluded.justification",
        params![report_id, activity_id, e.progress.value(), e.status.as_str(), e.justification],
    )?;
    Ok(())
}

pub fn add_evidence(
    tx: &Transaction,
    report_id: i64,
    file_name: &str,
    sha256: &str,
    content: &[u8],
    at: NaiveDateTime,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO monitoring_evidence (report_id, file_name, sha256, content, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![report_id, file_name, sha256, content, at],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The plan id of a report and whether a later version supersedes it.
pub fn state(conn: &Connection, report_id: i64) -> Result<Option<(i64, bool)>> {
    Ok(conn
        .query_row(
            &format!("SELECT r.operating_plan_id, {SUPERSEDED} FROM monitoring_report r WHERE r.id = ?1"),
            [report_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

const SUPERSEDED: &str = "EXISTS (SELECT 1 FROM monitoring_report later
    WHERE later.operating_plan_id = r.operating_plan_id AND coalesce(later.country_code, '') = coalesce(r.country_code, '')
    AND later.semester = r.semester AND later.version > r.version)";

/// Which reports to read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportQuery<'a> {
    pub id: Option<i64>,
    pub year: Option<i32>,
    pub country: Option<&'a str>,
}

/// Reports with their entries and evidence, by year, country, semester and version.
pub fn reports(conn: &Connection, q: &ReportQuery) -> Result<Vec<MonitoringReport>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT r.id, p.year, r.country_code, r.semester, r.version, r.reported_on, r.mechanism, r.source,
                r.recorded_at, {SUPERSEDED}
         FROM monitoring_report r JOIN operating_plan p ON p.id = r.operating_plan_id
         WHERE (?1 IS NULL OR r.id = ?1) AND (?2 IS NULL OR p.year = ?2) AND (?3 IS NULL OR r.country_code = ?3)
         ORDER BY p.year, r.country_code IS NULL, r.country_code, r.semester, r.version"
    ))?;
    let rows = stmt.query_map(params![q.id, q.year, q.country], |row| {
        Ok(MonitoringReport {
            id: row.get(0)?,
            year: row.get(1)?,
            country: row.get(2)?,
            semester: Semester::new(row.get(3)?).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Integer, Box::new(e))
            })?,
            version: row.get(4)?,
            reported_on: row.get(5)?,
            mechanism: row.get(6)?,
            source: parsed(row, 7, |s| ReportSource::parse(s).ok())?,
            recorded_at: row.get(8)?,
            superseded: row.get(9)?,
            entries: Vec::new(),
            evidence: Vec::new(),
        })
    })?;
    let mut reports = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    for report in &mut reports {
        report.entries = entries(conn, report.id)?;
        report.evidence = evidence(conn, report.id)?;
    }
    Ok(reports)
}

fn entries(conn: &Connection, report_id: i64) -> Result<Vec<ReportEntry>> {
    let mut stmt = conn.prepare(
        "SELECT a.code, e.progress, e.status, e.justification
         FROM monitoring_entry e JOIN activity a ON a.id = e.activity_id
         JOIN operational_objective o ON o.id = a.operational_objective_id
         WHERE e.report_id = ?1 ORDER BY o.position, a.position",
    )?;
    let rows = stmt.query_map([report_id], |row| {
        Ok(ReportEntry {
            activity: row.get(0)?,
            progress: Percent::new(row.get(1)?).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Integer, Box::new(e))
            })?,
            status: parsed(row, 2, |s| GoalStatus::parse(s).ok())?,
            justification: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn evidence(conn: &Connection, report_id: i64) -> Result<Vec<Evidence>> {
    let mut stmt =
        conn.prepare("SELECT id, file_name, sha256 FROM monitoring_evidence WHERE report_id = ?1 ORDER BY id")?;
    let rows =
        stmt.query_map([report_id], |r| Ok(Evidence { id: r.get(0)?, file_name: r.get(1)?, sha256: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An evidence file: its name, SHA-256 as recorded, and content.
pub fn evidence_file(conn: &Connection, id: i64) -> Result<Option<(String, String, Vec<u8>)>> {
    Ok(conn
        .query_row("SELECT file_name, sha256, content FROM monitoring_evidence WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?)
}
