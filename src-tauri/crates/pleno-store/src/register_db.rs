//! The register of agreements read in pages, in SQL: the filters are WHERE
//! clauses, the page is a keyset page in the register's order (meeting date,
//! meeting, order in the meeting). That order is served by the indexes
//! `meeting_starts_on` (its rowid tail gives `(starts_on, id)`) with `agreement
//! (meeting_id, sequence)`, and for each facet value (a country, a year, an
//! indicator, an axis) by `agreement_facet`, so SQLite walks in order and stops at
//! the page's end (see `Plan`); the counts per shown status come from the counts
//! the schema keeps per facet value (v10).
//! Only the rows of a page are then assembled (see the `*_of` readers).

use std::collections::HashMap;

use chrono::NaiveDate;
use pleno_domain::agreement::{FollowUp, LinkTarget, PlanLink, Responsible, ShownStatus};
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::agreement_db::{self, AgreementRow};
use crate::Result;

/// What the register is filtered by; every field optional, combined with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    pub status: Option<ShownStatus>,
    /// A responsible member state's code, upper case.
    pub country: Option<String>,
    pub meeting_id: Option<i64>,
    pub year: Option<i32>,
    /// An axis code: linked to an indicator or an activity of that axis.
    pub axis: Option<String>,
    /// An indicator code the agreement is linked to.
    pub indicator: Option<String>,
    pub overdue: bool,
}

/// Where a page starts: just after the agreement at this place in the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegisterKey {
    pub starts_on: NaiveDate,
    pub meeting_id: i64,
    pub sequence: u32,
}

/// A page of rows, and the key of its last row when more follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterPage {
    pub rows: Vec<AgreementRow>,
    pub next: Option<RegisterKey>,
}

/// The SQL condition of a shown status ("vencido" is derived from the due date).
fn status_condition(status: ShownStatus) -> &'static str {
    match status {
        ShownStatus::Cumplido => "a.status = 'cumplido'",
        ShownStatus::SinEfecto => "a.status = 'sin_efecto'",
        ShownStatus::Vencido => "a.status IN ('pendiente', 'en_curso') AND a.due_on < :today",
        ShownStatus::Pendiente => "a.status = 'pendiente' AND (a.due_on IS NULL OR a.due_on >= :today)",
        ShownStatus::EnCurso => "a.status = 'en_curso' AND (a.due_on IS NULL OR a.due_on >= :today)",
    }
}

/// The shown status of a row, as SQL (mirrors `pleno_domain::agreement::shown_status`).
const SHOWN_STATUS: &str =
    "CASE WHEN a.status IN ('pendiente', 'en_curso') AND a.due_on < :today THEN 'vencido' ELSE a.status END";

/// A filter as WHERE clauses and their named values; `with_status` false leaves
/// the status out (the facet counts are counted across it).
fn clauses(f: &RegisterFilter, today: NaiveDate, with_status: bool) -> (Vec<String>, Vec<(&'static str, Value)>) {
    let mut sql = Vec::new();
    let mut values: Vec<(&'static str, Value)> = vec![(":today", Value::Text(today.to_string()))];
    if with_status {
        if let Some(s) = f.status {
            sql.push(status_condition(s).to_string());
        }
    }
    if f.overdue {
        sql.push(status_condition(ShownStatus::Vencido).to_string());
    }
    if let Some(c) = &f.country {
        sql.push(
            "EXISTS (SELECT 1 FROM agreement_responsible r WHERE r.agreement_id = a.id AND r.country_code = :country)"
                .into(),
        );
        values.push((":country", Value::Text(c.to_uppercase())));
    }
    if let Some(m) = f.meeting_id {
        sql.push("a.meeting_id = :meeting".into());
        values.push((":meeting", Value::Integer(m)));
    }
    if let Some(y) = f.year {
        sql.push("a.adopted_on BETWEEN :year_from AND :year_to".into());
        values.push((":year_from", Value::Text(format!("{y:04}-01-01"))));
        values.push((":year_to", Value::Text(format!("{y:04}-12-31"))));
    }
    if let Some(i) = &f.indicator {
        sql.push(
            "EXISTS (SELECT 1 FROM agreement_link l JOIN indicator i ON i.id = l.indicator_id
                     WHERE l.agreement_id = a.id AND i.code = :indicator)"
                .into(),
        );
        values.push((":indicator", Value::Text(i.clone())));
    }
    if let Some(x) = &f.axis {
        sql.push(format!("EXISTS (SELECT 1 FROM agreement_link l WHERE l.agreement_id = a.id AND ({AXIS_LINK}))"));
        values.push((":axis", Value::Text(x.clone())));
    }
    if sql.is_empty() {
        sql.push("1".into());
    }
    (sql, values)
}

/// A link `l` to an indicator or an activity of the axis `:axis` (by code).
const AXIS_LINK: &str = "l.indicator_id IN (SELECT i.id FROM indicator i JOIN plan_result r ON r.id = i.result_id
        JOIN strategic_objective o ON o.id = r.objective_id JOIN plan_axis x ON x.id = o.axis_id WHERE x.code = :axis)
    OR l.activity_id IN (SELECT ac.id FROM activity ac JOIN operational_objective oo ON oo.id = ac.operational_objective_id
        JOIN strategic_objective o ON o.id = oo.strategic_objective_id JOIN plan_axis x ON x.id = o.axis_id WHERE x.code = :axis)";

/// The values `query` names (SQLite refuses a value for a name it does not have).
fn named<'v>(query: &str, values: &'v [(&'static str, Value)]) -> Vec<(&'static str, &'v dyn rusqlite::ToSql)> {
    values.iter().filter(|(k, _)| query.contains(k)).map(|(k, v)| (*k, v as &dyn rusqlite::ToSql)).collect()
}

/// Up to `limit` agreements after `after`, in the register's order; `matches` is
/// how many the filter finds (from `counts`, or carried by the cursor), which
/// chooses how the page is read (see `Plan`).
pub fn page(
    conn: &Connection,
    f: &RegisterFilter,
    today: NaiveDate,
    after: Option<RegisterKey>,
    limit: u32,
    matches: u64,
) -> Result<RegisterPage> {
    let plan = plan(conn, f, limit, matches)?;
    let (mut sql, mut values) = clauses(f, today, true);
    let order = plan.order();
    if let Some(k) = after {
        sql.push(plan.after().into());
        values.push((":k_day", Value::Text(k.starts_on.to_string())));
        values.push((":k_meeting", Value::Integer(k.meeting_id)));
        values.push((":k_seq", Value::Integer(i64::from(k.sequence))));
    }
    if let Plan::Facet((facet, value)) = &plan {
        sql.push(format!("d.facet = {facet}"));
        values.extend(value.clone());
    }
    values.push((":limit", Value::Integer(i64::from(limit) + 1)));
    let query = format!(
        "SELECT {}, {} FROM {} WHERE {} ORDER BY {order} LIMIT :limit",
        agreement_db::COLUMNS_OF_A,
        plan.day(),
        plan.from(),
        sql.join(" AND ")
    );
    let mut stmt = conn.prepare_cached(&query)?;
    let mut keyed: Vec<(AgreementRow, NaiveDate)> = stmt
        .query_map(named(&query, &values).as_slice(), |r| Ok((agreement_db::row(r)?, r.get(9)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let next = if keyed.len() > limit as usize {
        keyed.truncate(limit as usize);
        keyed.last().map(|(a, day)| RegisterKey { starts_on: *day, meeting_id: a.meeting_id, sequence: a.sequence })
    } else {
        None
    };
    Ok(RegisterPage { rows: keyed.into_iter().map(|(a, _)| a).collect(), next })
}

/// How a page is read. Walking the register in its order and keeping what the
/// filter finds costs about `limit × walked / matches` rows; sorting what the
/// filter finds costs `matches`; the cheaper is taken.
enum Plan {
    /// Every agreement in the register's order (meeting date index, then the
    /// meeting's agreements in order), kept if the filter finds it.
    Walk,
    /// The agreements carrying one facet value, in the register's order (the
    /// `agreement_facet` index), kept if the rest of the filter finds them.
    Facet(FacetKey),
    /// What the filter finds, by the index SQLite picks, sorted: a meeting's
    /// agreements, or a status few agreements have.
    Sorted,
}

impl Plan {
    fn from(&self) -> &'static str {
        match self {
            // CROSS JOIN keeps the loops in the register's order: SQLite would
            // otherwise start from a status index and sort every match.
            Plan::Walk => "meeting m CROSS JOIN agreement a ON a.meeting_id = m.id",
            Plan::Facet(..) => "agreement_facet d CROSS JOIN agreement a ON a.id = d.agreement_id",
            Plan::Sorted => "meeting m JOIN agreement a ON a.meeting_id = m.id",
        }
    }

    fn day(&self) -> &'static str {
        match self {
            Plan::Facet(..) => "d.starts_on",
            _ => "m.starts_on",
        }
    }

    fn order(&self) -> &'static str {
        match self {
            Plan::Facet(..) => "d.starts_on, d.meeting_id, d.sequence",
            _ => "m.starts_on, m.id, a.sequence",
        }
    }

    /// The keyset condition: after the key's agreement in the order.
    fn after(&self) -> &'static str {
        match self {
            Plan::Facet(..) => "(d.starts_on, d.meeting_id, d.sequence) > (:k_day, :k_meeting, :k_seq)",
            // Written so the meeting date index serves it.
            _ => "(m.starts_on, m.id) >= (:k_day, :k_meeting) AND NOT (m.id = :k_meeting AND a.sequence <= :k_seq)",
        }
    }
}

fn plan(conn: &Connection, f: &RegisterFilter, limit: u32, matches: u64) -> Result<Plan> {
    if f.meeting_id.is_some() {
        return Ok(Plan::Sorted);
    }
    let mut facets = Vec::new();
    for facet in named_facets(f) {
        let carrying = facet_total(conn, &facet)?;
        facets.push((carrying, facet));
    }
    let smallest = facets.into_iter().min_by_key(|(carrying, _)| *carrying);
    let walked = match &smallest {
        Some((carrying, _)) => *carrying,
        None => facet_total(conn, &("'all'", None))?,
    };
    let status_narrows = f.status.is_some() || f.overdue;
    if status_narrows && matches <= u64::from(limit) * walked / matches.max(1) {
        return Ok(Plan::Sorted);
    }
    Ok(match smallest {
        Some((_, facet)) => Plan::Facet(facet),
        None => Plan::Walk,
    })
}

/// How many agreements carry a facet value, whatever their status.
fn facet_total(conn: &Connection, (facet, value): &FacetKey) -> Result<u64> {
    let query = format!("SELECT coalesce(sum(n), 0) FROM facet_count WHERE facet = {facet}");
    let values: Vec<(&'static str, Value)> = value.iter().cloned().collect();
    let total: i64 = conn.prepare_cached(&query)?.query_row(named(&query, &values).as_slice(), |r| r.get(0))?;
    Ok(total as u64)
}

/// How many agreements the filter finds, and how many in each shown status when
/// the filter's own status is left out (the counts beside the status facet).
/// Read from the counts the schema keeps (`facet_count`, v10) when the filter
/// names at most one of country, year, indicator and axis; a meeting (a few dozen
/// agreements) or two of those together are counted over the agreements themselves.
pub fn counts(conn: &Connection, f: &RegisterFilter, today: NaiveDate) -> Result<(u64, Vec<(ShownStatus, u64)>)> {
    let per = match kept_facet(f) {
        Some(facet) if f.meeting_id.is_none() => per_status_kept(conn, f, today, facet)?,
        _ => per_status_counted(conn, f, today)?,
    };
    let facets: Vec<(ShownStatus, u64)> = ShownStatus::ALL
        .iter()
        .map(|s| (*s, per.iter().find(|(t, _)| t == s.as_str()).map_or(0, |(_, n)| *n as u64)))
        .map(|(s, n)| (s, if f.overdue && s != ShownStatus::Vencido { 0 } else { n }))
        .collect();
    let total = match f.status {
        Some(s) => facets.iter().find(|(t, _)| *t == s).map_or(0, |(_, n)| *n),
        None => facets.iter().map(|(_, n)| n).sum(),
    };
    Ok((total, facets))
}

/// A facet value as SQL giving its key in `facet_count` and `agreement_facet`,
/// with the named value it needs.
type FacetKey = (&'static str, Option<(&'static str, Value)>);

/// The facet values a filter names (country, year, indicator, axis).
fn named_facets(f: &RegisterFilter) -> Vec<FacetKey> {
    let mut named = Vec::new();
    if let Some(c) = &f.country {
        named.push(("'country:' || :country", Some((":country", Value::Text(c.to_uppercase())))));
    }
    if let Some(y) = f.year {
        named.push(("'year:' || :year", Some((":year", Value::Text(format!("{y:04}"))))));
    }
    if let Some(i) = &f.indicator {
        named.push((
            "'indicator:' || (SELECT id FROM indicator WHERE code = :indicator)",
            Some((":indicator", Value::Text(i.clone()))),
        ));
    }
    if let Some(x) = &f.axis {
        named.push((
            "'axis:' || (SELECT id FROM plan_axis WHERE code = :axis)",
            Some((":axis", Value::Text(x.clone()))),
        ));
    }
    named
}

/// The one facet value a filter names; `'all'` when it names none; `None` when it
/// names two or more.
fn kept_facet(f: &RegisterFilter) -> Option<FacetKey> {
    let mut named = named_facets(f);
    match named.len() {
        0 => Some(("'all'", None)),
        1 => named.pop(),
        _ => None,
    }
}

/// Agreements per shown status, from the kept counts of one facet value.
fn per_status_kept(
    conn: &Connection,
    f: &RegisterFilter,
    today: NaiveDate,
    (facet, value): FacetKey,
) -> Result<Vec<(String, i64)>> {
    debug_assert!(f.meeting_id.is_none());
    let query = format!(
        "SELECT CASE WHEN status IN ('pendiente', 'en_curso') AND due_on <> '' AND due_on < :today
                     THEN 'vencido' ELSE status END AS shown, sum(n)
         FROM facet_count WHERE facet = {facet} GROUP BY shown"
    );
    let mut values = vec![(":today", Value::Text(today.to_string()))];
    values.extend(value);
    let mut stmt = conn.prepare_cached(&query)?;
    let per = stmt
        .query_map(named(&query, &values).as_slice(), |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(per)
}

/// Agreements per shown status, counted over the agreements the filter finds.
fn per_status_counted(conn: &Connection, f: &RegisterFilter, today: NaiveDate) -> Result<Vec<(String, i64)>> {
    let (sql, values) = clauses(f, today, false);
    let query =
        format!("SELECT {SHOWN_STATUS} AS shown, count(*) FROM agreement a WHERE {} GROUP BY shown", sql.join(" AND "));
    let mut stmt = conn.prepare_cached(&query)?;
    let per = stmt
        .query_map(named(&query, &values).as_slice(), |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(per)
}

/// The indicators (`target` "indicator") or activities ("activity") that agreements
/// are linked to: each one's id and how many agreements it has, from the kept counts.
pub fn linked_counts(conn: &Connection, target: LinkTarget) -> Result<Vec<(i64, u32)>> {
    let (prefix, _) = facet_of(target);
    let mut stmt = conn.prepare_cached(
        "SELECT CAST(substr(facet, length(?1) + 1) AS INTEGER), sum(n) FROM facet_count
         WHERE facet > ?1 AND facet < ?1 || '~' GROUP BY facet HAVING sum(n) > 0",
    )?;
    let rows = stmt.query_map([prefix], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The newest `limit` agreements linked to one indicator or activity, each with
/// the note of its link and its meeting's first day (with the meeting and the
/// sequence in the row, its place in the register): a range of
/// `agreement_facet`'s index read backwards.
pub fn newest_linked(
    conn: &Connection,
    target: LinkTarget,
    id: i64,
    limit: u32,
) -> Result<Vec<(AgreementRow, String, NaiveDate)>> {
    let (prefix, column) = facet_of(target);
    let query = format!(
        "SELECT {}, l.note, d.starts_on FROM agreement_facet d CROSS JOIN agreement a ON a.id = d.agreement_id
         JOIN agreement_link l ON l.agreement_id = a.id AND l.{} = ?2
         WHERE d.facet = ?1 || ?2 ORDER BY d.starts_on DESC, d.meeting_id DESC, d.sequence DESC LIMIT ?3",
        agreement_db::COLUMNS_OF_A,
        column
    );
    let mut stmt = conn.prepare_cached(&query)?;
    let rows =
        stmt.query_map(rusqlite::params![prefix, id, limit], |r| Ok((agreement_db::row(r)?, r.get(9)?, r.get(10)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The facet prefix and link column of a plan target.
fn facet_of(target: LinkTarget) -> (&'static str, &'static str) {
    match target {
        LinkTarget::Indicator => ("indicator:", "indicator_id"),
        LinkTarget::Activity => ("activity:", "activity_id"),
    }
}

/// The ids of `rows` as one JSON array, for `json_each` (one statement per page).
fn id_list(ids: &[i64]) -> String {
    format!("[{}]", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(","))
}

pub fn responsible_of(conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, Vec<Responsible>>> {
    agreement_db::responsible_where(conn, Some(&id_list(ids)))
}

pub fn follow_ups_of(conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, Vec<FollowUp>>> {
    agreement_db::follow_ups_where(conn, Some(&id_list(ids)))
}

pub fn links_of(conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, Vec<PlanLink>>> {
    agreement_db::links_where(conn, Some(&id_list(ids)))
}
