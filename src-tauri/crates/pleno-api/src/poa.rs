//! A POA for every year of the Strategic Plan (seed §IX: "a partir de estos se
//! desarrollarán Planes Operativos Anuales Medibles"): created empty or copied
//! from an earlier year, edited while borrador, approved by a decision of a
//! plenary, then changed only by amendments citing a decision. Every change is
//! appended to the POA's history in the same transaction as the change itself.

use chrono::NaiveDateTime;
use pleno_domain::plan::{Activity, OperatingPlan};
use pleno_domain::poa::{
    self, ActivityDraft, ActivityField, ActivityPatch, PoaChange, PoaChangeKind, PoaError, PoaStatus,
};
use pleno_store::poa_db::{self, NewChange};
use pleno_store::{decision_db, plan_db, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Api, ApiError, ErrorCode, Result};

impl From<PoaError> for ApiError {
    fn from(e: PoaError) -> Self {
        let code = match e {
            PoaError::NoPlan { .. }
            | PoaError::NoObjective { .. }
            | PoaError::NoActivity { .. }
            | PoaError::NoDecision { .. }
            | PoaError::NoStrategicObjective { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &e)
    }
}

/// Who changes a POA, when, and (for an approved POA, required) the decision of a
/// plenary that approved the amendment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PoaEdit {
    pub by: String,
    pub at: NaiveDateTime,
    pub decision_id: Option<i64>,
}

/// A new operational objective of a POA, serving a strategic objective.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ObjectiveDraft {
    pub code: String,
    pub title: String,
    /// Code of the strategic objective it serves ("2.1"); its axis follows.
    pub strategic_objective: String,
}

/// The POA of `year` with its id and status, or the refusal that it does not exist.
pub(crate) fn plan_of_year(conn: &Connection, year: i32) -> Result<(i64, PoaStatus)> {
    Ok(poa_db::plan_of_year(conn, year)?.ok_or(PoaError::NoPlan { year })?)
}

pub(crate) fn read_plan(conn: &Connection, year: i32) -> Result<OperatingPlan> {
    plan_db::read(conn)?.operating_plans.into_iter().find(|p| p.year == year).ok_or(PoaError::NoPlan { year }.into())
}

/// The POA of `year`, ready for a change by `edit`: it exists, and an approved
/// one is changed only with a decision that exists.
fn editable(tx: &Transaction, year: i32, edit: &PoaEdit) -> Result<i64> {
    let (plan_id, status) = plan_of_year(tx, year)?;
    poa::check_change(status, edit.decision_id)?;
    if let Some(id) = edit.decision_id {
        existing_decision(tx, id)?;
    }
    Ok(plan_id)
}

fn existing_decision(conn: &Connection, id: i64) -> Result<()> {
    match decision_db::get(conn, id)? {
        Some(_) => Ok(()),
        None => Err(PoaError::NoDecision { id }.into()),
    }
}

fn record(tx: &Transaction, plan_id: i64, edit: &PoaEdit, kind: PoaChangeKind, change: Change) -> Result<()> {
    poa_db::record_change(
        tx,
        &NewChange {
            plan_id,
            at: edit.at,
            by: &edit.by,
            kind,
            code: change.code,
            decision_id: edit.decision_id,
            before: change.before,
            after: change.after,
            fields: &change.fields,
        },
    )?;
    Ok(())
}

#[derive(Default)]
struct Change<'a> {
    code: Option<&'a str>,
    before: Option<&'a Activity>,
    after: Option<&'a Activity>,
    fields: Vec<ActivityField>,
}

/// Writes a copy of `source`'s objectives and activities into the plan `plan_id`.
fn copy_structure(tx: &Transaction, plan_id: i64, source: &OperatingPlan) -> Result<()> {
    for objective in &source.objectives {
        let strategic = poa_db::strategic_objective_id(tx, &objective.strategic_objective)?
            .ok_or_else(|| PoaError::NoStrategicObjective { code: objective.strategic_objective.clone() })?;
        let id = poa_db::insert_objective(tx, plan_id, strategic, &objective.code, &objective.title)?;
        for activity in &objective.activities {
            poa_db::insert_activity(tx, id, activity)?;
        }
    }
    Ok(())
}

// The changes, each inside the caller's transaction, so that an import applies
// many of them all or none.

pub(crate) fn add_objective_in(tx: &Transaction, year: i32, draft: &ObjectiveDraft, edit: &PoaEdit) -> Result<()> {
    let plan_id = editable(tx, year, edit)?;
    let code = draft.code.trim();
    if poa_db::objective_id(tx, plan_id, code)?.is_some() {
        return Err(PoaError::ObjectiveExists { year, code: code.into() }.into());
    }
    let strategic = poa_db::strategic_objective_id(tx, draft.strategic_objective.trim())?
        .ok_or_else(|| PoaError::NoStrategicObjective { code: draft.strategic_objective.clone() })?;
    poa_db::insert_objective(tx, plan_id, strategic, code, draft.title.trim())?;
    record(tx, plan_id, edit, PoaChangeKind::ObjectiveAdded, Change { code: Some(code), ..Default::default() })
}

pub(crate) fn add_activity_in(tx: &Transaction, year: i32, draft: &ActivityDraft, edit: &PoaEdit) -> Result<Activity> {
    let activity = draft.validate()?;
    let plan_id = editable(tx, year, edit)?;
    let objective = poa_db::objective_id(tx, plan_id, draft.objective.trim())?
        .ok_or_else(|| PoaError::NoObjective { year, code: draft.objective.trim().into() })?;
    if poa_db::activity(tx, plan_id, &activity.code)?.is_some() {
        return Err(PoaError::ActivityExists { year, code: activity.code.clone() }.into());
    }
    poa_db::insert_activity(tx, objective, &activity)?;
    let change = Change { code: Some(&activity.code), after: Some(&activity), ..Default::default() };
    record(tx, plan_id, edit, PoaChangeKind::ActivityAdded, change)?;
    Ok(activity)
}

pub(crate) fn edit_activity_in(
    tx: &Transaction,
    year: i32,
    code: &str,
    patch: &ActivityPatch,
    edit: &PoaEdit,
) -> Result<Activity> {
    let plan_id = editable(tx, year, edit)?;
    let (id, before) =
        poa_db::activity(tx, plan_id, code)?.ok_or_else(|| PoaError::NoActivity { year, code: code.into() })?;
    let after = patch.apply(&before)?;
    poa_db::update_activity(tx, id, &after)?;
    let fields = poa::changed_fields(&before, &after);
    let change = Change { code: Some(code), before: Some(&before), after: Some(&after), fields };
    record(tx, plan_id, edit, PoaChangeKind::ActivityEdited, change)?;
    Ok(after)
}

pub(crate) fn remove_activity_in(tx: &Transaction, year: i32, code: &str, edit: &PoaEdit) -> Result<()> {
    let plan_id = editable(tx, year, edit)?;
    let (id, before) =
        poa_db::activity(tx, plan_id, code)?.ok_or_else(|| PoaError::NoActivity { year, code: code.into() })?;
    let uses = poa_db::activity_uses(tx, id)?;
    if uses > 0 {
        return Err(PoaError::ActivityInUse { code: code.into(), uses }.into());
    }
    poa_db::remove_activity(tx, id)?;
    let change = Change { code: Some(code), before: Some(&before), ..Default::default() };
    record(tx, plan_id, edit, PoaChangeKind::ActivityRemoved, change)
}

impl Api {
    /// The POA of `year`, objectives with their activities nested.
    pub fn operating_plan(&self, year: i32) -> Result<OperatingPlan> {
        self.store.read(|conn| read_plan(conn, year))
    }

    /// Creates the POA of `year` as borrador: empty, or with the objectives and
    /// activities of the POA of `copy_from`.
    pub fn create_operating_plan(
        &mut self,
        year: i32,
        copy_from: Option<i32>,
        edit: &PoaEdit,
    ) -> Result<OperatingPlan> {
        self.store.write(|tx| {
            let (strategic_id, start, end) =
                poa_db::strategic_plan(tx)?.ok_or(PoaError::YearOutsidePlan { year, start: 0, end: 0 })?;
            if !(start..=end).contains(&year) {
                return Err(PoaError::YearOutsidePlan { year, start, end }.into());
            }
            if poa_db::plan_of_year(tx, year)?.is_some() {
                return Err(PoaError::PlanExists { year }.into());
            }
            let source = copy_from.map(|from| read_plan(tx, from)).transpose()?;
            let plan_id = poa_db::create(tx, strategic_id, year, &format!("Plan Operativo Anual {year}"))?;
            let kind = match &source {
                Some(source) => {
                    copy_structure(tx, plan_id, source)?;
                    PoaChangeKind::Copied
                }
                None => PoaChangeKind::Created,
            };
            let from = copy_from.map(|y| y.to_string());
            record(tx, plan_id, edit, kind, Change { code: from.as_deref(), ..Default::default() })?;
            read_plan(tx, year)
        })
    }

    pub fn add_operational_objective(
        &mut self,
        year: i32,
        draft: &ObjectiveDraft,
        edit: &PoaEdit,
    ) -> Result<OperatingPlan> {
        self.store.write(|tx| {
            add_objective_in(tx, year, draft, edit)?;
            read_plan(tx, year)
        })
    }

    pub fn add_activity(&mut self, year: i32, draft: &ActivityDraft, edit: &PoaEdit) -> Result<Activity> {
        self.store.write(|tx| add_activity_in(tx, year, draft, edit))
    }

    /// Changes an activity; the history keeps it before and after, and which fields changed.
    pub fn edit_activity(&mut self, year: i32, code: &str, patch: &ActivityPatch, edit: &PoaEdit) -> Result<Activity> {
        self.store.write(|tx| edit_activity_in(tx, year, code, patch, edit))
    }

    /// Removes an activity no agreement or monitoring report cites.
    pub fn remove_activity(&mut self, year: i32, code: &str, edit: &PoaEdit) -> Result<()> {
        self.store.write(|tx| remove_activity_in(tx, year, code, edit))
    }

    /// Approves a borrador POA by a decision of a plenary.
    pub fn approve_operating_plan(
        &mut self,
        year: i32,
        decision_id: i64,
        by: &str,
        at: NaiveDateTime,
    ) -> Result<OperatingPlan> {
        self.store.write(|tx| {
            let (plan_id, status) = plan_of_year(tx, year)?;
            if status == PoaStatus::Aprobado {
                return Err(PoaError::AlreadyApproved { year }.into());
            }
            existing_decision(tx, decision_id)?;
            poa_db::approve(tx, plan_id, decision_id)?;
            let edit = PoaEdit { by: by.into(), at, decision_id: Some(decision_id) };
            record(tx, plan_id, &edit, PoaChangeKind::Approved, Change::default())?;
            read_plan(tx, year)
        })
    }

    /// Every change to the POA of `year`, oldest first.
    pub fn poa_history(&self, year: i32) -> Result<Vec<PoaChange>> {
        self.store.read(|conn| {
            let (plan_id, _) = plan_of_year(conn, year)?;
            Ok(poa_db::changes(conn, plan_id)?)
        })
    }

    /// The POA of `year` as JSON: objectives with their `activities` arrays nested.
    pub fn export_poa_json(&self, year: i32) -> Result<String> {
        let plan = self.operating_plan(year)?;
        Ok(serde_json::to_string_pretty(&plan).expect("a plan serialises") + "\n")
    }
}
