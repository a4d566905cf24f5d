//! Decisions: taken only with quorum verified at that moment; by consensus (with
//! reservations and objections) or by a vote of one vote per member state present,
//! counted state by state and, when needed, recounted by the Secretariat.

use chrono::{NaiveDateTime, NaiveTime};
use pleno_domain::decision::{
    Base, Decision, DecisionMethod, DecisionResult, MajorityRule, PositionKind, Tally, Threshold, VoteChoice,
};
use pleno_domain::meeting::{present_at, MeetingRole};
use pleno_domain::meeting_model::QuorumReason;
use pleno_domain::{Language, Localized, Text};
use pleno_store::attendance_db;
use pleno_store::decision_db::{self, NewDecision};
use pleno_store::{agenda_db, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::attendance::record_check;
use crate::directory::known_country_named;
use crate::{Api, ApiError, ErrorCode, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecisionDraft {
    pub agenda_item_id: i64,
    pub text: String,
    pub method: DecisionMethod,
    /// For votes; the settings' default rule when `None`.
    pub threshold: Option<Threshold>,
    pub base: Option<Base>,
}

/// Why the API refused a decision, a vote, a recount or a position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum DecisionError {
    DecisionNotFound {
        id: i64,
    },
    ItemOfOtherMeeting {
        item_id: i64,
        meeting_id: i64,
    },
    /// Quorum was verified at the moment of the decision and was not there.
    NoQuorum {
        present: u32,
        member_states: u32,
        #[serde(with = "pleno_domain::dates::hh_mm")]
        at: NaiveTime,
    },
    VoteInConsensus,
    PositionInVote,
    RecountOfConsensus,
    /// A state not present when the decision was taken; `voting` when it tried to vote.
    AbsentState {
        country: Text,
        voting: bool,
    },
    RecountTooLarge {
        votes: u32,
        present: u32,
    },
}

impl Localized for DecisionError {
    fn localized(&self, lang: Language) -> String {
        use DecisionError::*;
        match (self, lang) {
            (DecisionNotFound { id }, Language::Es) => format!("no existe la decisión {id}"),
            (DecisionNotFound { id }, Language::En) => format!("there is no decision {id}"),
            (ItemOfOtherMeeting { item_id, meeting_id }, Language::Es) => {
                format!("el punto de agenda {item_id} no pertenece a la reunión {meeting_id}")
            }
            (ItemOfOtherMeeting { item_id, meeting_id }, Language::En) => {
                format!("agenda item {item_id} does not belong to meeting {meeting_id}")
            }
            (NoQuorum { present, member_states, at }, Language::Es) => format!(
                "no se puede tomar la decisión: Quórum: {present} de {member_states} Estados — sin quórum \
                 (verificado a las {}). Registre la asistencia o espere a que haya quórum.",
                at.format("%H:%M")
            ),
            (NoQuorum { present, member_states, at }, Language::En) => format!(
                "the decision cannot be taken: Quorum: {present} of {member_states} states — no quorum \
                 (checked at {}). Record attendance or wait until there is quorum.",
                at.format("%H:%M")
            ),
            (VoteInConsensus, Language::Es) => {
                "esta decisión se toma por consenso: registre reservas u objeciones, no votos".into()
            }
            (VoteInConsensus, Language::En) => {
                "this decision is taken by consensus: record reservations or objections, not votes".into()
            }
            (PositionInVote, Language::Es) => {
                "esta decisión se vota: las reservas y objeciones son del consenso".into()
            }
            (PositionInVote, Language::En) => {
                "this decision is put to a vote: reservations and objections belong to consensus".into()
            }
            (RecountOfConsensus, Language::Es) => "solo una votación tiene recuento".into(),
            (RecountOfConsensus, Language::En) => "only a vote has a recount".into(),
            (AbsentState { country, voting }, Language::Es) => format!(
                "{} no estaba presente al tomar la decisión{}",
                country.es,
                if *voting { ": consta como ausente y no vota" } else { "" }
            ),
            (AbsentState { country, voting }, Language::En) => format!(
                "{} was not present when the decision was taken{}",
                country.en,
                if *voting { ": it is recorded as absent and does not vote" } else { "" }
            ),
            (RecountTooLarge { votes, present }, Language::Es) => {
                format!("el recuento suma {votes} votos, pero solo había {present} Estados presentes")
            }
            (RecountTooLarge { votes, present }, Language::En) => {
                format!("the recount adds up to {votes} votes, but only {present} states were present")
            }
        }
    }
}

impl From<DecisionError> for ApiError {
    fn from(error: DecisionError) -> Self {
        let code = match error {
            DecisionError::DecisionNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

pub(crate) fn decision(conn: &Connection, id: i64) -> Result<Decision> {
    decision_db::get(conn, id)?.ok_or_else(|| DecisionError::DecisionNotFound { id }.into())
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
        pleno_domain::limits::text(pleno_domain::limits::Field::DecisionText, &draft.text)?;
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
            return Err(ApiError::from(DecisionError::ItemOfOtherMeeting {
                item_id: draft.agenda_item_id,
                meeting_id,
            }));
        }
        let quorum_rule = self.settings()?.quorum_rule;
        let check = self.store.write(|tx| record_check(tx, meeting_id, quorum_rule, at, QuorumReason::Decision))?;
        if !check.count.quorate {
            return Err(ApiError::from(DecisionError::NoQuorum {
                present: check.count.present_states.len() as u32,
                member_states: check.count.member_states,
                at: at.time(),
            }));
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
                return Err(ApiError::from(DecisionError::VoteInConsensus));
            }
            let (code, country) = known_country_named(tx, country)?;
            if !d.present_states.iter().any(|s| s == code.as_str()) {
                return Err(ApiError::from(DecisionError::AbsentState { country, voting: true }));
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
                return Err(ApiError::from(DecisionError::RecountOfConsensus));
            }
            let present = d.present_states.len() as u32;
            let votes = tally.yes + tally.no + tally.abstain;
            if votes > present {
                return Err(ApiError::from(DecisionError::RecountTooLarge { votes, present }));
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
        pleno_domain::limits::text(pleno_domain::limits::Field::PositionText, text)?;
        let text = pleno_domain::directory::required("el texto", text)?;
        self.store.write(|tx| {
            let d = decision(tx, decision_id)?;
            if d.method != DecisionMethod::Consensus {
                return Err(ApiError::from(DecisionError::PositionInVote));
            }
            let (code, country) = known_country_named(tx, country)?;
            if !d.present_states.iter().any(|s| s == code.as_str()) {
                return Err(ApiError::from(DecisionError::AbsentState { country, voting: false }));
            }
            Ok(decision_db::set_position(tx, decision_id, code.as_str(), kind, &text)?)
        })?;
        self.decision_result(decision_id)
    }
}
