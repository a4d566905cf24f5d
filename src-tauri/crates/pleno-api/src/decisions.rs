//! Decisions: taken only with quorum verified at that moment; by consensus (with
//! reservations and objections) or by a vote of one vote per member state present,
//! counted state by state and, when needed, recounted by the Secretariat.

use chrono::NaiveDateTime;
use pleno_domain::decision::{
    Base, Decision, DecisionMethod, DecisionResult, MajorityRule, PositionKind, Tally, Threshold, VoteChoice,
};
use pleno_domain::meeting::{present_at, MeetingRole};
use pleno_domain::meeting_model::QuorumReason;
use pleno_store::attendance_db;
use pleno_store::decision_db::{self, NewDecision};
use pleno_store::{agenda_db, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::attendance::record_check;
use crate::directory::known_country;
use crate::{Api, ApiError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecisionDraft {
    pub agenda_item_id: i64,
    pub text: String,
    pub method: DecisionMethod,
    /// For votes; the settings' default rule when `None`.
    pub threshold: Option<Threshold>,
    pub base: Option<Base>,
}

pub(crate) fn decision(conn: &Connection, id: i64) -> Result<Decision> {
    decision_db::get(conn, id)?.ok_or_else(|| ApiError::not_found(format!("No existe la decisión {id}")))
}

/// The present state's seat holder who casts its vote: the titular if present at
/// the decision, else the suplente.
fn voter(conn: &Connection, d: &Decision, country: &str) -> Result<Option<i64>> {
    let rows = attendance_db::list(conn, d.meeting_id)?;
    let present = |role| {
        rows.iter()
            .find(|r| r.country.as_deref() == Some(country) && r.role == role && present_at(&r.stays, d.decided_at))
            .map(|r| r.person_id)
    };
    Ok(present(MeetingRole::Titular).or_else(|| present(MeetingRole::Suplente)))
}

impl Api {
    /// Takes a decision at `at`. Quorum is verified and recorded first; without
    /// quorum the decision is refused (the verification stays on the record).
    pub fn add_decision(&mut self, meeting_id: i64, draft: &DecisionDraft, at: NaiveDateTime) -> Result<Decision> {
        let text = pleno_domain::directory::required("el texto de la decisión", &draft.text)?;
        let rule = match draft.method {
            DecisionMethod::Consensus => None,
            DecisionMethod::Vote => {
                let default = self.settings()?.majority_rule;
                Some(MajorityRule {
                    threshold: draft.threshold.unwrap_or(default.threshold),
                    base: draft.base.unwrap_or(default.base),
                })
            }
        };
        let item_meeting = self.store.read(|conn| agenda_db::meeting_of(conn, draft.agenda_item_id))?;
        if item_meeting != Some(meeting_id) {
            return Err(ApiError::invalid(format!(
                "El punto de agenda {} no pertenece a la reunión {meeting_id}",
                draft.agenda_item_id
            )));
        }
        let quorum_rule = self.settings()?.quorum_rule;
        let check = self.store.write(|tx| record_check(tx, meeting_id, quorum_rule, at, QuorumReason::Decision))?;
        if !check.count.quorate {
            return Err(ApiError::invalid(format!(
                "No se puede tomar la decisión: {} (verificado a las {}). Registre la asistencia o espere a que haya quórum.",
                check.count.banner(),
                at.format("%H:%M")
            )));
        }
        let id = self.store.write(|tx| {
            decision_db::insert(
                tx,
                &NewDecision {
                    meeting_id,
                    agenda_item_id: draft.agenda_item_id,
                    text: &text,
                    method: draft.method,
                    rule,
                    decided_at: at,
                    quorum_check_id: check.id,
                },
            )
        })?;
        self.decision(id)
    }

    pub fn decision(&self, id: i64) -> Result<Decision> {
        self.store.read(|conn| decision(conn, id))
    }

    pub fn decision_result(&self, id: i64) -> Result<DecisionResult> {
        Ok(self.decision(id)?.result())
    }

    pub fn decisions_of_meeting(&self, meeting_id: i64) -> Result<Vec<Decision>> {
        self.store.read(|conn| {
            decision_db::ids_of_meeting(conn, meeting_id)?.into_iter().map(|id| decision(conn, id)).collect()
        })
    }

    /// Records a present state's vote (a second call corrects it).
    pub fn cast_vote(&mut self, decision_id: i64, country: &str, choice: VoteChoice) -> Result<DecisionResult> {
        self.store.write(|tx| {
            let d = decision(tx, decision_id)?;
            if d.method != DecisionMethod::Vote {
                return Err(ApiError::invalid(
                    "Esta decisión se toma por consenso: registre reservas u objeciones, no votos",
                ));
            }
            let (code, name) = known_country(tx, country)?;
            if !d.present_states.iter().any(|s| s == code.as_str()) {
                return Err(ApiError::invalid(format!(
                    "{name} no estaba presente al tomar la decisión: consta como ausente y no vota"
                )));
            }
            let voter = voter(tx, &d, code.as_str())?;
            decision_db::cast(tx, decision_id, code.as_str(), choice, voter)?;
            Ok(())
        })?;
        self.decision_result(decision_id)
    }

    /// Enters the Secretariat's recount; where it differs from the count, the
    /// discrepancy is shown and the recount stands.
    pub fn recount(&mut self, decision_id: i64, tally: Tally, at: NaiveDateTime) -> Result<DecisionResult> {
        self.store.write(|tx| {
            let d = decision(tx, decision_id)?;
            if d.method != DecisionMethod::Vote {
                return Err(ApiError::invalid("Solo una votación tiene recuento"));
            }
            let present = d.present_states.len() as u32;
            if tally.yes + tally.no + tally.abstain > present {
                return Err(ApiError::invalid(format!(
                    "El recuento suma {} votos, pero solo había {present} Estados presentes",
                    tally.yes + tally.no + tally.abstain
                )));
            }
            Ok(decision_db::set_recount(tx, decision_id, tally, at)?)
        })?;
        self.decision_result(decision_id)
    }

    /// Records a state's reservation or objection to a consensus decision.
    pub fn consensus_position(
        &mut self,
        decision_id: i64,
        country: &str,
        kind: PositionKind,
        text: &str,
    ) -> Result<DecisionResult> {
        let text = pleno_domain::directory::required("el texto", text)?;
        self.store.write(|tx| {
            let d = decision(tx, decision_id)?;
            if d.method != DecisionMethod::Consensus {
                return Err(ApiError::invalid("Esta decisión se vota: las reservas y objeciones son del consenso"));
            }
            let (code, name) = known_country(tx, country)?;
            if !d.present_states.iter().any(|s| s == code.as_str()) {
                return Err(ApiError::invalid(format!("{name} no estaba presente al tomar la decisión")));
            }
            Ok(decision_db::set_position(tx, decision_id, code.as_str(), kind, &text)?)
        })?;
        self.decision_result(decision_id)
    }
}
