//! SQL of the indicators Pleno computes from its own record (plan indicator 4.3):
//! aggregates over the tables, never a walk over every agreement or meeting in Rust.
//! Open ends of the period are `None` ("since / until always").

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::Result;

/// Agreements whose status is `cumplido` and whose last follow-up declaring them
/// so falls in the period.
pub fn fulfilled(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM (
             SELECT f.agreement_id, max(f.reported_on) AS fulfilled_on FROM agreement_follow_up f
             WHERE f.new_status = 'cumplido' GROUP BY f.agreement_id
         ) c JOIN agreement a ON a.id = c.agreement_id
         WHERE a.status = 'cumplido' AND (?1 IS NULL OR c.fulfilled_on >= ?1) AND (?2 IS NULL OR c.fulfilled_on <= ?2)",
        )?
        .query_row(params![from, to], |r| r.get(0))?)
}

/// Over the plenary's meetings held in the period (in session or closed; not a
/// committee's session nor an event, which indicator 4.3 does not count): how many there
/// were, and the sum over them of the member states (members on the meeting's
/// day) with a principal or an alternate who was present at some moment.
pub fn participation(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<(u32, u32)> {
    let meetings = conn
        .prepare_cached(
            "SELECT count(*) FROM meeting WHERE status IN ('en_curso', 'cerrada') AND kind IN ('ordinaria', 'extraordinaria')
             AND (?1 IS NULL OR starts_on >= ?1) AND (?2 IS NULL OR starts_on <= ?2)",
        )?
        .query_row(params![from, to], |r| r.get(0))?;
    let participations = conn
        .prepare_cached(
            "SELECT count(*) FROM (
                 SELECT DISTINCT a.meeting_id, a.country_code
                 FROM meeting m JOIN attendance a ON a.meeting_id = m.id
                 WHERE m.status IN ('en_curso', 'cerrada') AND m.kind IN ('ordinaria', 'extraordinaria')
                   AND (?1 IS NULL OR m.starts_on >= ?1) AND (?2 IS NULL OR m.starts_on <= ?2)
                   AND a.role IN ('titular', 'suplente') AND a.country_code IS NOT NULL
                   AND EXISTS (SELECT 1 FROM attendance_stay s WHERE s.attendance_id = a.id)
                   AND EXISTS (SELECT 1 FROM membership ms WHERE ms.country_code = a.country_code
                               AND ms.starts_on <= m.starts_on AND (ms.ends_on IS NULL OR m.starts_on < ms.ends_on))
             )",
        )?
        .query_row(params![from, to], |r| r.get(0))?;
    Ok((participations, meetings))
}
