//! SQL for the `attendance`, `attendance_stay` and `quorum_check` tables.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use pleno_domain::meeting::{AttendanceStatus, MeetingRole, ParticipationMode, Stay};
use pleno_domain::meeting_model::{QuorumCheck, QuorumReason};
use pleno_domain::quorum::{QuorumCount, QuorumRule};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// A person's attendance at a meeting: as recorded, or as the register expects it
/// before anything is recorded. A meeting has one row per person, so the person
/// names the row and `upsert` finds the stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceRow {
    pub person_id: i64,
    pub role: MeetingRole,
    pub country: Option<String>,
    pub organisation_id: Option<i64>,
    pub status: AttendanceStatus,
    pub mode: ParticipationMode,
    pub stays: Vec<Stay>,
}

pub fn list(conn: &Connection, meeting_id: i64) -> Result<Vec<AttendanceRow>> {
    let mut stays: HashMap<i64, Vec<Stay>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT s.attendance_id, s.arrived_at, s.left_at FROM attendance_stay s
         JOIN attendance a ON a.id = s.attendance_id WHERE a.meeting_id = ?1 ORDER BY s.arrived_at",
    )?;
    for row in
        stmt.query_map([meeting_id], |r| Ok((r.get::<_, i64>(0)?, Stay { arrived: r.get(1)?, left: r.get(2)? })))?
    {
        let (id, stay) = row?;
        stays.entry(id).or_default().push(stay);
    }
    let mut stmt = conn.prepare(
        "SELECT id, person_id, role, country_code, organisation_id, status, mode FROM attendance
         WHERE meeting_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([meeting_id], |r| {
        let id: i64 = r.get(0)?;
        let row = AttendanceRow {
            person_id: r.get(1)?,
            role: parsed(r, 2, |t| MeetingRole::parse(t).ok())?,
            country: r.get(3)?,
            organisation_id: r.get(4)?,
            status: parsed(r, 5, |t| AttendanceStatus::parse(t).ok())?,
            mode: parsed(r, 6, |t| ParticipationMode::parse(t).ok())?,
            stays: stays.remove(&id).unwrap_or_default(),
        };
        Ok(row)
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn find(conn: &Connection, meeting_id: i64, person_id: i64) -> Result<Option<AttendanceRow>> {
    Ok(list(conn, meeting_id)?.into_iter().find(|r| r.person_id == person_id))
}

/// Creates or updates a person's attendance record; returns its id.
pub fn upsert(tx: &Transaction, meeting_id: i64, row: &AttendanceRow) -> Result<i64> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM attendance WHERE meeting_id = ?1 AND person_id = ?2",
            params![meeting_id, row.person_id],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        Some(id) => {
            tx.execute(
                "UPDATE attendance SET role = ?2, country_code = ?3, organisation_id = ?4, status = ?5, mode = ?6
                 WHERE id = ?1",
                params![
                    id,
                    row.role.as_str(),
                    row.country,
                    row.organisation_id,
                    row.status.as_str(),
                    row.mode.as_str()
                ],
            )?;
            Ok(id)
        }
        None => {
            tx.execute(
                "INSERT INTO attendance (meeting_id, person_id, role, country_code, organisation_id, status, mode)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    meeting_id,
                    row.person_id,
                    row.role.as_str(),
                    row.country,
                    row.organisation_id,
                    row.status.as_str(),
                    row.mode.as_str()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        }
    }
}

pub fn arrive(tx: &Transaction, attendance_id: i64, at: NaiveDateTime) -> Result<()> {
    tx.execute("INSERT INTO attendance_stay (attendance_id, arrived_at) VALUES (?1, ?2)", params![attendance_id, at])?;
    Ok(())
}

pub fn leave(tx: &Transaction, attendance_id: i64, at: NaiveDateTime) -> Result<()> {
    tx.execute(
        "UPDATE attendance_stay SET left_at = ?2 WHERE attendance_id = ?1 AND left_at IS NULL",
        params![attendance_id, at],
    )?;
    Ok(())
}

pub fn record_quorum(
    tx: &Transaction,
    meeting_id: i64,
    at: NaiveDateTime,
    reason: &QuorumReason,
    rule: QuorumRule,
    count: &QuorumCount,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO quorum_check (meeting_id, checked_at, reason, rule, member_states, present_states, required, quorate)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            meeting_id,
            at,
            reason.as_str(),
            rule.as_setting(),
            count.member_states,
            count.present_states.join(","),
            count.required,
            count.quorate
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn quorum_checks(conn: &Connection, meeting_id: i64) -> Result<Vec<QuorumCheck>> {
    let mut stmt = conn.prepare(
        "SELECT id, checked_at, reason, rule, member_states, present_states, required, quorate FROM quorum_check
         WHERE meeting_id = ?1 ORDER BY checked_at, id",
    )?;
    let rows = stmt.query_map([meeting_id], |r| {
        let present: String = r.get(5)?;
        let (rule, members, required): (String, u32, u32) = (r.get(3)?, r.get(4)?, r.get(6)?);
        Ok(QuorumCheck {
            id: r.get(0)?,
            checked_at: r.get(1)?,
            reason: parsed(r, 2, QuorumReason::parse)?,
            rule: QuorumRule::of_check(&rule, members, required),
            count: QuorumCount {
                member_states: members,
                present_states: present.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
                required,
                quorate: r.get(7)?,
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ends, at `at`, every stay of the meeting still open then.
pub fn close_open_stays(tx: &Transaction, meeting_id: i64, at: NaiveDateTime) -> Result<()> {
    tx.execute(
        "UPDATE attendance_stay SET left_at = ?2
         WHERE left_at IS NULL AND arrived_at < ?2
           AND attendance_id IN (SELECT id FROM attendance WHERE meeting_id = ?1)",
        params![meeting_id, at],
    )?;
    Ok(())
}
