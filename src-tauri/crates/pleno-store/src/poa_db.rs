//! SQL for a year's operating plan as it changes: its status and approval, its
//! operational objectives and activities, the typed responsible parties
//! (`activity_party`) and the append-only history of changes (`poa_change`).
//! Reading a whole plan stays in `plan_db`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use pleno_domain::plan::{Activity, Percent};
use pleno_domain::poa::{ActivityField, PoaChange, PoaChangeKind, PoaStatus, ResponsibleParty, Weight};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// The id and status of the POA of `year`.
pub fn plan_of_year(conn: &Connection, year: i32) -> Result<Option<(i64, PoaStatus)>> {
    Ok(conn
        .query_row("SELECT id, status FROM operating_plan WHERE year = ?1", [year], |row| {
            Ok((row.get(0)?, parsed(row, 1, |s| PoaStatus::parse(s).ok())?))
        })
        .optional()?)
}

/// The strategic plan POAs belong to, with its years.
pub fn strategic_plan(conn: &Connection) -> Result<Option<(i64, i32, i32)>> {
    Ok(conn
        .query_row("SELECT id, start_year, end_year FROM strategic_plan ORDER BY id LIMIT 1", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?)
}

pub fn create(tx: &Transaction, strategic_plan_id: i64, year: i32, title: &str) -> Result<i64> {
    tx.execute(
        "INSERT INTO operating_plan (strategic_plan_id, year, title, status) VALUES (?1, ?2, ?3, 'borrador')",
        params![strategic_plan_id, year, title],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn approve(tx: &Transaction, plan_id: i64, decision_id: i64) -> Result<()> {
    tx.execute(
        "UPDATE operating_plan SET status = 'aprobado', approved_decision_id = ?2 WHERE id = ?1",
        params![plan_id, decision_id],
    )?;
    Ok(())
}

pub fn strategic_objective_id(conn: &Connection, code: &str) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT id FROM strategic_objective WHERE code = ?1", [code], |r| r.get(0)).optional()?)
}

pub fn objective_id(conn: &Connection, plan_id: i64, code: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM operational_objective WHERE operating_plan_id = ?1 AND code = ?2",
            params![plan_id, code],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn insert_objective(
    tx: &Transaction,
    plan_id: i64,
    strategic_objective_id: i64,
    code: &str,
    title: &str,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO operational_objective (operating_plan_id, strategic_objective_id, code, title, position)
         VALUES (?1, ?2, ?3, ?4,
                 (SELECT coalesce(max(position) + 1, 0) FROM operational_objective WHERE operating_plan_id = ?1))",
        params![plan_id, strategic_objective_id, code, title],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn insert_activity(tx: &Transaction, objective_id: i64, a: &Activity) -> Result<i64> {
    tx.execute(
        "INSERT INTO activity (operational_objective_id, code, title, target, indicator, responsible,
                               semester_1, semester_2, weight, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                 (SELECT coalesce(max(position) + 1, 0) FROM activity WHERE operational_objective_id = ?1))",
        params![
            objective_id,
            a.code,
            a.title,
            a.target,
            a.indicator,
            a.responsible,
            a.semester_1.map(Percent::value),
            a.semester_2.map(Percent::value),
            a.weight.value()
        ],
    )?;
    let id = tx.last_insert_rowid();
    insert_parties(tx, id, &a.parties)?;
    Ok(id)
}

pub fn update_activity(tx: &Transaction, activity_id: i64, a: &Activity) -> Result<()> {
    tx.execute(
        "UPDATE activity SET title = ?2, target = ?3, indicator = ?4, responsible = ?5, semester_1 = ?6,
                             semester_2 = ?7, weight = ?8
         WHERE id = ?1",
        params![
            activity_id,
            a.title,
            a.target,
            a.indicator,
            a.responsible,
            a.semester_1.map(Percent::value),
            a.semester_2.map(Percent::value),
            a.weight.value()
        ],
    )?;
    tx.execute("DELETE FROM activity_party WHERE activity_id = ?1", [activity_id])?;
    insert_parties(tx, activity_id, &a.parties)
}

pub fn remove_activity(tx: &Transaction, activity_id: i64) -> Result<()> {
    tx.execute("DELETE FROM activity WHERE id = ?1", [activity_id])?;
    Ok(())
}

/// How many agreements and monitoring entries cite an activity.
pub fn activity_uses(conn: &Connection, activity_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM agreement_link WHERE activity_id = ?1)
              + (SELECT count(*) FROM monitoring_entry WHERE activity_id = ?1)",
        [activity_id],
        |r| r.get(0),
    )?)
}

/// The columns [`activity_row`] reads, of the table aliased `a`.
pub(crate) const ACTIVITY_COLUMNS: &str =
    "a.id, a.code, a.title, a.target, a.indicator, a.responsible, a.semester_1, a.semester_2, a.weight";

/// An activity and its id from the first columns of `row` ([`ACTIVITY_COLUMNS`]),
/// without its parties, which live in a table of their own.
pub(crate) fn activity_row(row: &rusqlite::Row) -> rusqlite::Result<(i64, Activity)> {
    let percent = |c: usize| -> rusqlite::Result<Option<Percent>> {
        Ok(row.get::<_, Option<i64>>(c)?.and_then(|v| Percent::new(v).ok()))
    };
    let activity = Activity {
        code: row.get(1)?,
        title: row.get(2)?,
        target: row.get(3)?,
        indicator: row.get(4)?,
        responsible: row.get(5)?,
        semester_1: percent(6)?,
        semester_2: percent(7)?,
        // The column's CHECK keeps weights at 1 or more.
        weight: Weight::new(row.get(8)?).unwrap_or_default(),
        parties: Vec::new(),
    };
    Ok((row.get(0)?, activity))
}

/// The activity of a POA by code, with its id.
pub fn activity(conn: &Connection, plan_id: i64, code: &str) -> Result<Option<(i64, Activity)>> {
    let row = conn
        .query_row(
            &format!(
                "SELECT {ACTIVITY_COLUMNS}
                 FROM activity a JOIN operational_objective o ON o.id = a.operational_objective_id
                 WHERE o.operating_plan_id = ?1 AND a.code = ?2"
            ),
            params![plan_id, code],
            activity_row,
        )
        .optional()?;
    let Some((id, mut activity)) = row else { return Ok(None) };
    activity.parties = parties_of(conn, id)?;
    Ok(Some((id, activity)))
}

/// Activity ids of a POA by code.
pub fn activity_ids(conn: &Connection, plan_id: i64) -> Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare(
        "SELECT a.code, a.id FROM activity a JOIN operational_objective o ON o.id = a.operational_objective_id
         WHERE o.operating_plan_id = ?1",
    )?;
    let rows = stmt.query_map([plan_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert_parties(tx: &Transaction, activity_id: i64, parties: &[ResponsibleParty]) -> Result<()> {
    for (position, party) in parties.iter().enumerate() {
        let (country, committee, name) = match party {
            ResponsibleParty::NationalMechanism { country } => (Some(country.as_str()), None, ""),
            ResponsibleParty::Committee { committee_id, name } => (None, *committee_id, name.as_str()),
            ResponsibleParty::Institution { name } => (None, None, name.as_str()),
            _ => (None, None, ""),
        };
        tx.execute(
            "INSERT INTO activity_party (activity_id, position, kind, country_code, committee_id, name)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![activity_id, position as i64, party.kind_str(), country, committee, name],
        )?;
    }
    Ok(())
}

const PARTY_COLUMNS: &str = "activity_id, kind, country_code, committee_id, name FROM activity_party";

fn party_row(row: &rusqlite::Row) -> rusqlite::Result<(i64, ResponsibleParty)> {
    let kind: String = row.get(1)?;
    let party = ResponsibleParty::from_columns(&kind, row.get(2)?, row.get(3)?, row.get(4)?).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, format!("«{kind}»").into())
    })?;
    Ok((row.get(0)?, party))
}

fn parties_of(conn: &Connection, activity_id: i64) -> Result<Vec<ResponsibleParty>> {
    let mut stmt = conn.prepare(&format!("SELECT {PARTY_COLUMNS} WHERE activity_id = ?1 ORDER BY position"))?;
    let rows = stmt.query_map([activity_id], party_row)?;
    Ok(rows.map(|r| r.map(|(_, p)| p)).collect::<rusqlite::Result<_>>()?)
}

/// Every activity's parties, by activity id.
pub fn all_parties(conn: &Connection) -> Result<HashMap<i64, Vec<ResponsibleParty>>> {
    let mut stmt = conn.prepare(&format!("SELECT {PARTY_COLUMNS} ORDER BY activity_id, position"))?;
    let mut map: HashMap<i64, Vec<ResponsibleParty>> = HashMap::new();
    for row in stmt.query_map([], party_row)? {
        let (id, party) = row?;
        map.entry(id).or_default().push(party);
    }
    Ok(map)
}

/// A change about to be recorded.
pub struct NewChange<'a> {
    pub plan_id: i64,
    pub at: NaiveDateTime,
    pub by: &'a str,
    pub kind: PoaChangeKind,
    pub code: Option<&'a str>,
    pub decision_id: Option<i64>,
    pub before: Option<&'a Activity>,
    pub after: Option<&'a Activity>,
    pub fields: &'a [ActivityField],
}

pub fn record_change(tx: &Transaction, c: &NewChange) -> Result<i64> {
    let json = |a: Option<&Activity>| a.map(|a| serde_json::to_string(a).expect("an activity serialises"));
    tx.execute(
        "INSERT INTO poa_change (operating_plan_id, at, by, kind, code, decision_id, before, after, fields)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            c.plan_id,
            c.at,
            c.by,
            c.kind.as_str(),
            c.code,
            c.decision_id,
            json(c.before),
            json(c.after),
            c.fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join("\n")
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The history of a POA, oldest first.
pub fn changes(conn: &Connection, plan_id: i64) -> Result<Vec<PoaChange>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, p.year, c.at, c.by, c.kind, c.code, c.decision_id, c.before, c.after, c.fields
         FROM poa_change c JOIN operating_plan p ON p.id = c.operating_plan_id
         WHERE c.operating_plan_id = ?1 ORDER BY c.id",
    )?;
    let rows = stmt.query_map([plan_id], |row| {
        let activity = |c: usize| -> rusqlite::Result<Option<Activity>> {
            row.get::<_, Option<String>>(c)?
                .map(|text| {
                    serde_json::from_str(&text).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(c, rusqlite::types::Type::Text, Box::new(e))
                    })
                })
                .transpose()
        };
        let fields: String = row.get(9)?;
        Ok(PoaChange {
            id: row.get(0)?,
            year: row.get(1)?,
            at: row.get(2)?,
            by: row.get(3)?,
            kind: parsed(row, 4, |s| PoaChangeKind::parse(s).ok())?,
            code: row.get(5)?,
            decision_id: row.get(6)?,
            before: activity(7)?,
            after: activity(8)?,
            fields: fields
                .lines()
                .map(|f| {
                    ActivityField::from_stored(f).ok_or_else(|| {
                        rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, f.to_string().into())
                    })
                })
                .collect::<rusqlite::Result<_>>()?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
