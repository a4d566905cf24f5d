//! SQL of the indicators Pleno computes from its own record (plan indicator 4.3):
//! sums over the counts the schema keeps as the record changes (v10), never a walk
//! over every agreement or meeting.
//! Open ends of the period are `None` ("since / until always").

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::Result;

/// Agreements whose status is `cumplido` and whose last follow-up declaring them
/// so falls in the period (kept per day by the schema, v10).
pub fn fulfilled(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(n), 0) FROM fulfilled_day
             WHERE (?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2)",
        )?
        .query_row(params![from, to], |r| r.get(0))?)
}

/// Over the plenary's meetings held in the period (in session or closed; not a
/// committee's session nor an event, which indicator 4.3 does not count): how many there
/// were, and the sum over them of the member states (members on the meeting's
/// day) with a principal or an alternate who was present at some moment — both
/// kept per meeting by the schema (`meeting_participation`, v10).
pub fn participation(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<(u32, u32)> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(states), 0), count(*) FROM meeting_participation
             WHERE (?1 IS NULL OR starts_on >= ?1) AND (?2 IS NULL OR starts_on <= ?2)",
        )?
        .query_row(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?)
}
