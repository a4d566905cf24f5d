//! SQL for the plan tables: strategic plan, axes, strategic objectives, results,
//! indicators, operating plans, operational objectives and activities.

use std::collections::HashMap;

use pleno_domain::plan::{
    Activity, Axis, ComputedIndicator, Indicator, OperatingPlan, OperationalObjective, Percent, Period, PlanExport,
    PlanResult, StrategicObjective, StrategicPlan,
};
use pleno_domain::poa::PoaStatus;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

pub fn has_plan(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM strategic_plan)", [], |row| row.get(0))?)
}

pub fn insert(tx: &Transaction, plan: &StrategicPlan, operating_plans: &[OperatingPlan]) -> Result<()> {
    tx.execute(
        "INSERT INTO strategic_plan (title, start_year, end_year, general_objective) VALUES (?1, ?2, ?3, ?4)",
        params![plan.title, plan.period.start_year, plan.period.end_year, plan.general_objective],
    )?;
    let plan_id = tx.last_insert_rowid();
    let mut objective_ids = HashMap::new();
    for (a, axis) in plan.axes.iter().enumerate() {
        tx.execute(
            "INSERT INTO plan_axis (plan_id, code, title, description, position) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![plan_id, axis.code, axis.title, axis.description, a as i64],
        )?;
        let axis_id = tx.last_insert_rowid();
        for (o, objective) in axis.objectives.iter().enumerate() {
            tx.execute(
                "INSERT INTO strategic_objective (axis_id, code, title, position) VALUES (?1, ?2, ?3, ?4)",
                params![axis_id, objective.code, objective.title, o as i64],
            )?;
            let objective_id = tx.last_insert_rowid();
            objective_ids.insert(objective.code.as_str(), objective_id);
            for (r, result) in objective.results.iter().enumerate() {
                tx.execute(
                    "INSERT INTO plan_result (objective_id, code, title, position) VALUES (?1, ?2, ?3, ?4)",
                    params![objective_id, result.code, result.title, r as i64],
                )?;
                let result_id = tx.last_insert_rowid();
                for (i, indicator) in result.indicators.iter().enumerate() {
                    tx.execute(
                        "INSERT INTO indicator (result_id, code, title, computed, position) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![result_id, indicator.code, indicator.title, indicator.computed.map(|c| c.as_str()), i as i64],
                    )?;
                }
            }
        }
    }
    for poa in operating_plans {
        tx.execute(
            "INSERT INTO operating_plan (strategic_plan_id, year, title) VALUES (?1, ?2, ?3)",
            params![plan_id, poa.year, poa.title],
        )?;
        let poa_id = tx.last_insert_rowid();
        for (o, objective) in poa.objectives.iter().enumerate() {
            tx.execute(
                "INSERT INTO operational_objective (operating_plan_id, strategic_objective_id, code, title, position)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    poa_id,
                    objective_ids[objective.strategic_objective.as_str()],
                    objective.code,
                    objective.title,
                    o as i64
                ],
            )?;
            let objective_id = tx.last_insert_rowid();
            for (a, activity) in objective.activities.iter().enumerate() {
                tx.execute(
                    "INSERT INTO activity (operational_objective_id, code, title, target, indicator, responsible,
                                           semester_1, semester_2, position, weight)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        objective_id,
                        activity.code,
                        activity.title,
                        activity.target,
                        activity.indicator,
                        activity.responsible,
                        activity.semester_1.map(Percent::value),
                        activity.semester_2.map(Percent::value),
                        a as i64,
                        activity.weight.value()
                    ],
                )?;
                crate::poa_db::insert_parties(tx, tx.last_insert_rowid(), &activity.parties)?;
            }
        }
    }
    Ok(())
}

/// The whole plan. A database without one (never initialised) gives an empty plan
/// rather than an error, so the UI can say what to do.
pub fn read(conn: &Connection) -> Result<PlanExport> {
    let Some((plan_id, mut strategic_plan)) = conn
        .query_row(
            "SELECT id, title, start_year, end_year, general_objective FROM strategic_plan ORDER BY id LIMIT 1",
            [],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    StrategicPlan {
                        title: row.get(1)?,
                        period: Period { start_year: row.get(2)?, end_year: row.get(3)? },
                        general_objective: row.get(4)?,
                        axes: Vec::new(),
                    },
                ))
            },
        )
        .optional()?
    else {
        return Ok(PlanExport {
            strategic_plan: StrategicPlan {
                title: String::new(),
                period: Period { start_year: 0, end_year: 0 },
                general_objective: String::new(),
                axes: Vec::new(),
            },
            operating_plans: Vec::new(),
        });
    };
    strategic_plan.axes = read_axes(conn, plan_id)?;
    let operating_plans = read_operating_plans(conn, plan_id)?;
    Ok(PlanExport { strategic_plan, operating_plans })
}

fn read_axes(conn: &Connection, plan_id: i64) -> Result<Vec<Axis>> {
    let mut indicators: HashMap<i64, Vec<Indicator>> = HashMap::new();
    let mut stmt = conn
        .prepare("SELECT i.result_id, i.code, i.title, i.computed FROM indicator i ORDER BY i.result_id, i.position")?;
    for row in stmt.query_map([], |row| {
        let computed: Option<String> = row.get(3)?;
        Ok((
            row.get::<_, i64>(0)?,
            Indicator {
                code: row.get(1)?,
                title: row.get(2)?,
                computed: match computed {
                    Some(_) => Some(parsed(row, 3, ComputedIndicator::parse)?),
                    None => None,
                },
            },
        ))
    })? {
        let (result_id, indicator) = row?;
        indicators.entry(result_id).or_default().push(indicator);
    }

    let mut results: HashMap<i64, Vec<PlanResult>> = HashMap::new();
    let mut stmt =
        conn.prepare("SELECT id, objective_id, code, title FROM plan_result ORDER BY objective_id, position")?;
    for row in stmt.query_map([], |row| {
        Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
    })? {
        let (id, objective_id, code, title) = row?;
        let indicators = indicators.remove(&id).unwrap_or_default();
        results.entry(objective_id).or_default().push(PlanResult { code, title, indicators });
    }

    let mut objectives: HashMap<i64, Vec<StrategicObjective>> = HashMap::new();
    let mut stmt =
        conn.prepare("SELECT id, axis_id, code, title FROM strategic_objective ORDER BY axis_id, position")?;
    for row in stmt.query_map([], |row| {
        Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
    })? {
        let (id, axis_id, code, title) = row?;
        let results = results.remove(&id).unwrap_or_default();
        objectives.entry(axis_id).or_default().push(StrategicObjective { code, title, results });
    }

    let mut stmt =
        conn.prepare("SELECT id, code, title, description FROM plan_axis WHERE plan_id = ?1 ORDER BY position")?;
    let axes = stmt
        .query_map([plan_id], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
        })?
        .map(|row| {
            let (id, code, title, description) = row?;
            let objectives = objectives.remove(&id).unwrap_or_default();
            Ok(Axis { code, title, description, objectives })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(axes)
}

fn read_operating_plans(conn: &Connection, plan_id: i64) -> Result<Vec<OperatingPlan>> {
    let mut parties = crate::poa_db::all_parties(conn)?;
    let mut activities: HashMap<i64, Vec<Activity>> = HashMap::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT {}, a.operational_objective_id
         FROM activity a ORDER BY a.operational_objective_id, a.position",
        crate::poa_db::ACTIVITY_COLUMNS
    ))?;
    for row in stmt.query_map([], |row| Ok((crate::poa_db::activity_row(row)?, row.get::<_, i64>(9)?)))? {
        let ((id, mut activity), objective_id) = row?;
        activity.parties = parties.remove(&id).unwrap_or_default();
        activities.entry(objective_id).or_default().push(activity);
    }

    let mut objectives: HashMap<i64, Vec<OperationalObjective>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT oo.id, oo.operating_plan_id, oo.code, oo.title, so.code, ax.code
         FROM operational_objective oo
         JOIN strategic_objective so ON so.id = oo.strategic_objective_id
         JOIN plan_axis ax ON ax.id = so.axis_id
         ORDER BY oo.operating_plan_id, oo.position",
    )?;
    for row in stmt.query_map([], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, i64>(1)?,
            OperationalObjective {
                code: row.get(2)?,
                title: row.get(3)?,
                strategic_objective: row.get(4)?,
                axis: row.get(5)?,
                activities: Vec::new(),
            },
        ))
    })? {
        let (id, poa_id, mut objective) = row?;
        objective.activities = activities.remove(&id).unwrap_or_default();
        objectives.entry(poa_id).or_default().push(objective);
    }

    let mut stmt =
        conn.prepare("SELECT id, year, title, status, approved_decision_id FROM operating_plan WHERE strategic_plan_id = ?1 ORDER BY year")?;
    let plans = stmt
        .query_map([plan_id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                OperatingPlan {
                    year: row.get(1)?,
                    title: row.get(2)?,
                    status: parsed(row, 3, |s| PoaStatus::parse(s).ok())?,
                    approved_by_decision: row.get(4)?,
                    objectives: Vec::new(),
                },
            ))
        })?
        .map(|row| {
            let (id, mut plan) = row?;
            plan.objectives = objectives.remove(&id).unwrap_or_default();
            Ok(plan)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(plans)
}
