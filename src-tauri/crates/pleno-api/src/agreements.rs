//! The register of agreements: numbered by meeting, with responsible parties, due
//! dates, an append-only follow-up history, and links to the plan's indicators
//! and activities; filters, full-text search and the indicators Pleno computes.

use std::collections::HashMap;

use chrono::NaiveDate;
use pleno_domain::agreement::{
    shown_status, Agreement, AgreementStatus, LinkTarget, Responsible, ResponsibleKind, ShownStatus,
};
use pleno_domain::{Language, Localized, Text};
use pleno_store::agreement_db::{self, AgreementRow, NewAgreement};
use pleno_store::register_db::{self, RegisterFilter};
use pleno_store::{committee_db, person_db, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::decisions::decision;
use crate::directory::known_country_named;
use crate::meetings::{meeting, title_text};
use crate::paging::{self, AgreementPage, Page, StatusCount};
use crate::{Api, ApiError, ErrorCode, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgreementDraft {
    pub meeting_id: i64,
    /// The adopted decision it comes from; `None` for agreements of past meetings
    /// entered from their minutes.
    pub decision_id: Option<i64>,
    pub text: String,
    /// Each one a state code ("CR"), "presidencia", "secretaria-tecnica",
    /// "comite:ID" or "persona:ID".
    pub responsible: Vec<String>,
    pub due_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUpDraft {
    pub text: String,
    pub status: Option<AgreementStatus>,
    /// The meeting where it was reported, if any.
    pub meeting_id: Option<i64>,
    pub reported_on: NaiveDate,
}

/// Filters of the archive of agreements; all optional, combined with AND.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct AgreementFilter {
    pub status: Option<ShownStatus>,
    /// A responsible member state.
    pub country: Option<String>,
    pub meeting_id: Option<i64>,
    pub year: Option<i32>,
    /// An axis code: agreements linked to an indicator or activity of that axis.
    pub axis: Option<String>,
    pub indicator: Option<String>,
    #[serde(default)]
    pub overdue: bool,
}

/// Why the API refused an agreement, a follow-up or a link, or found nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum AgreementError {
    AgreementNotFound {
        id: i64,
    },
    CommitteeNotFound {
        id: i64,
    },
    PersonNotFound {
        id: i64,
    },
    IndicatorNotFound {
        code: String,
    },
    ActivityNotFound {
        code: String,
    },
    /// "comite:x": what follows the colon is not a number.
    ResponsibleIdNotNumber {
        token: String,
    },
    UnknownResponsible {
        token: String,
    },
    DecisionOfOtherMeeting {
        decision_id: i64,
        meeting: Text,
    },
    DecisionNotAdopted {
        decision_id: i64,
    },
    DecisionAlreadyAgreed {
        decision_id: i64,
        agreement_id: i64,
    },
    DueBeforeAdoption {
        due_on: NaiveDate,
        adopted_on: NaiveDate,
    },
    NumberTaken {
        number: String,
    },
    FollowUpBeforeAdoption {
        reported_on: NaiveDate,
        adopted_on: NaiveDate,
    },
}

impl Localized for AgreementError {
    fn localized(&self, lang: Language) -> String {
        use AgreementError::*;
        match (self, lang) {
            (AgreementNotFound { id }, Language::Es) => format!("no existe el acuerdo {id}"),
            (AgreementNotFound { id }, Language::En) => format!("there is no agreement {id}"),
            (CommitteeNotFound { id }, Language::Es) => format!("no existe el comité {id}"),
            (CommitteeNotFound { id }, Language::En) => format!("there is no committee {id}"),
            (PersonNotFound { id }, Language::Es) => format!("no existe la persona {id}"),
            (PersonNotFound { id }, Language::En) => format!("there is no person {id}"),
            (IndicatorNotFound { code }, Language::Es) => {
                format!("no existe el indicador {code} en el Plan Estratégico")
            }
            (IndicatorNotFound { code }, Language::En) => format!("the Strategic Plan has no indicator {code}"),
            (ActivityNotFound { code }, Language::Es) => {
                format!("no existe la actividad {code} en ningún plan operativo")
            }
            (ActivityNotFound { code }, Language::En) => format!("no operating plan has an activity {code}"),
            (ResponsibleIdNotNumber { token }, Language::Es) => format!("«{token}»: después de «:» va un número"),
            (ResponsibleIdNotNumber { token }, Language::En) => format!("«{token}»: a number goes after «:»"),
            (UnknownResponsible { token }, Language::Es) => format!(
                "«{token}» no es un responsable: use el código de un Estado (CR), presidencia, \
                 secretaria-tecnica, comite:N o persona:N"
            ),
            (UnknownResponsible { token }, Language::En) => format!(
                "«{token}» is not a responsible party: use a state's code (CR), presidencia, \
                 secretaria-tecnica, comite:N or persona:N"
            ),
            (DecisionOfOtherMeeting { decision_id, meeting }, Language::Es) => {
                format!("la decisión {decision_id} no es de la {}", meeting.es)
            }
            (DecisionOfOtherMeeting { decision_id, meeting }, Language::En) => {
                format!("decision {decision_id} is not of the {}", meeting.en)
            }
            (DecisionNotAdopted { decision_id }, Language::Es) => {
                format!("la decisión {decision_id} no fue adoptada: no da lugar a un acuerdo")
            }
            (DecisionNotAdopted { decision_id }, Language::En) => {
                format!("decision {decision_id} was not adopted: it gives rise to no agreement")
            }
            (DecisionAlreadyAgreed { decision_id, agreement_id }, Language::Es) => {
                format!("la decisión {decision_id} ya dio lugar al acuerdo {agreement_id}")
            }
            (DecisionAlreadyAgreed { decision_id, agreement_id }, Language::En) => {
                format!("decision {decision_id} already gave rise to agreement {agreement_id}")
            }
            (DueBeforeAdoption { .. }, Language::Es) => {
                "la fecha límite no puede ser anterior a la adopción del acuerdo".into()
            }
            (DueBeforeAdoption { .. }, Language::En) => {
                "the due date cannot be earlier than the agreement's adoption".into()
            }
            (NumberTaken { number }, Language::Es) => {
                format!("el número {number} ya existe en el registro: revise la numeración en Ajustes")
            }
            (NumberTaken { number }, Language::En) => {
                format!("the number {number} is already in the register: check the numbering in Settings")
            }
            (FollowUpBeforeAdoption { .. }, Language::Es) => {
                "el seguimiento no puede ser anterior a la adopción del acuerdo".into()
            }
            (FollowUpBeforeAdoption { .. }, Language::En) => {
                "a follow-up cannot be earlier than the agreement's adoption".into()
            }
        }
    }
}

impl From<AgreementError> for ApiError {
    fn from(error: AgreementError) -> Self {
        use AgreementError::*;
        let code = match error {
            AgreementNotFound { .. }
            | CommitteeNotFound { .. }
            | PersonNotFound { .. }
            | IndicatorNotFound { .. }
            | ActivityNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

fn parse_responsible(conn: &Connection, token: &str) -> Result<Responsible> {
    let token = token.trim();
    let simple = |kind: ResponsibleKind| Responsible {
        kind,
        country: None,
        committee_id: None,
        person_id: None,
        label: kind.spanish().to_string(),
        label_en: kind.english().to_string(),
    };
    let lower = pleno_domain::directory::fold(token).replace('-', "_");
    if lower == "presidencia" {
        return Ok(simple(ResponsibleKind::Presidencia));
    }
    if lower == "secretaria_tecnica" || lower == "st" {
        return Ok(simple(ResponsibleKind::SecretariaTecnica));
    }
    let id = |rest: &str| {
        rest.parse::<i64>().map_err(|_| AgreementError::ResponsibleIdNotNumber { token: token.to_string() })
    };
    if let Some(rest) = lower.strip_prefix("comite:") {
        let id = id(rest)?;
        let committee = committee_db::list(conn, None)?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(AgreementError::CommitteeNotFound { id })?;
        return Ok(Responsible {
            committee_id: Some(id),
            label_en: committee.name.clone(),
            label: committee.name,
            ..simple(ResponsibleKind::Committee)
        });
    }
    if let Some(rest) = lower.strip_prefix("persona:") {
        let id = id(rest)?;
        let person = person_db::get(conn, id)?.ok_or(AgreementError::PersonNotFound { id })?;
        return Ok(Responsible {
            person_id: Some(id),
            label_en: person.name.clone(),
            label: person.name,
            ..simple(ResponsibleKind::Person)
        });
    }
    let (code, name) = known_country_named(conn, token)
        .map_err(|_| AgreementError::UnknownResponsible { token: token.to_string() })?;
    Ok(Responsible {
        country: Some(code.to_string()),
        label: name.es,
        label_en: name.en,
        ..simple(ResponsibleKind::State)
    })
}

/// Assembles agreements from their rows, reading the related tables for those
/// rows only (a page of the register reads what it shows, not the archive).
fn assemble(conn: &Connection, rows: Vec<AgreementRow>, today: NaiveDate) -> Result<Vec<Agreement>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut responsible = register_db::responsible_of(conn, &ids)?;
    let mut follow_ups = register_db::follow_ups_of(conn, &ids)?;
    let mut links = register_db::links_of(conn, &ids)?;
    let mut titles: HashMap<i64, (String, String)> = HashMap::new();
    let mut title_of = |id: i64| -> Result<(String, String)> {
        if let Some(t) = titles.get(&id) {
            return Ok(t.clone());
        }
        let m = meeting(conn, id)?;
        titles.insert(id, (m.title.clone(), m.title_en.clone()));
        Ok((m.title, m.title_en))
    };
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let follow = follow_ups.remove(&r.id).unwrap_or_default();
        let (meeting_title, meeting_title_en) = title_of(r.meeting_id)?;
        out.push(Agreement {
            meeting_title,
            meeting_title_en,
            shown_status: shown_status(r.status, r.due_on, today),
            responsible: responsible.remove(&r.id).unwrap_or_default(),
            follow_ups: follow,
            links: links.remove(&r.id).unwrap_or_default(),
            id: r.id,
            number: r.number,
            meeting_id: r.meeting_id,
            decision_id: r.decision_id,
            text: r.text,
            adopted_on: r.adopted_on,
            due_on: r.due_on,
            status: r.status,
        });
    }
    Ok(out)
}

impl From<&AgreementFilter> for RegisterFilter {
    fn from(f: &AgreementFilter) -> Self {
        RegisterFilter {
            status: f.status,
            country: f.country.clone(),
            meeting_id: f.meeting_id,
            year: f.year,
            axis: f.axis.clone(),
            indicator: f.indicator.clone(),
            overdue: f.overdue,
        }
    }
}

impl Api {
    /// Adds an agreement to the register, numbered by the settings' scheme.
    pub fn add_agreement(&mut self, draft: &AgreementDraft, today: NaiveDate) -> Result<Agreement> {
        crate::draft_limits::agreement(draft)?;
        let text = pleno_domain::directory::required("el texto del acuerdo", &draft.text)?;
        let numbering = self.settings()?.agreement_numbering;
        let id = self.store.write(|tx| {
            let m = meeting(tx, draft.meeting_id)?;
            let adopted_on = match draft.decision_id {
                Some(decision_id) => {
                    let d = decision(tx, decision_id)?;
                    if d.meeting_id != m.id {
                        return Err(
                            AgreementError::DecisionOfOtherMeeting { decision_id, meeting: title_text(&m) }.into()
                        );
                    }
                    if !d.result().adopted {
                        return Err(ApiError::from(AgreementError::DecisionNotAdopted { decision_id }));
                    }
                    if let Some(agreement_id) = agreement_db::of_decision(tx, decision_id)? {
                        return Err(ApiError::from(AgreementError::DecisionAlreadyAgreed {
                            decision_id,
                            agreement_id,
                        }));
                    }
                    d.decided_at.date()
                }
                None => m.starts_on,
            };
            if let Some(due) = draft.due_on {
                if due < adopted_on {
                    return Err(ApiError::from(AgreementError::DueBeforeAdoption { due_on: due, adopted_on }));
                }
            }
            let responsible = draft.responsible.iter().map(|t| parse_responsible(tx, t)).collect::<Result<Vec<_>>>()?;
            let sequence = agreement_db::next_sequence(tx, m.id)?;
            // A committee's agreements are a series of their own ("I-SC2-2026-01").
            let series = pleno_domain::agreement::series(m.kind, m.committee);
            let number = numbering.number_in_series(&series, m.number, chrono::Datelike::year(&m.starts_on), sequence);
            if agreement_db::number_taken(tx, &number)? {
                return Err(ApiError::from(AgreementError::NumberTaken { number }));
            }
            let id = agreement_db::insert(
                tx,
                &NewAgreement {
                    number,
                    meeting_id: m.id,
                    decision_id: draft.decision_id,
                    sequence,
                    text: text.clone(),
                    adopted_on,
                    due_on: draft.due_on,
                    status: AgreementStatus::Pendiente,
                },
            )?;
            for r in &responsible {
                agreement_db::add_responsible(tx, id, r)?;
            }
            Ok(id)
        })?;
        self.agreement(id, today)
    }

    pub fn agreement(&self, id: i64, today: NaiveDate) -> Result<Agreement> {
        self.store.read(|conn| {
            let row = agreement_db::get(conn, id)?.ok_or(AgreementError::AgreementNotFound { id })?;
            Ok(assemble(conn, vec![row], today)?.remove(0))
        })
    }

    /// The whole register under a filter, in its order (the CLI without `--limit`,
    /// the CSV and the plan's progress); screens read it a page at a time.
    pub fn agreements(&self, filter: &AgreementFilter, today: NaiveDate) -> Result<Vec<Agreement>> {
        let filter = RegisterFilter::from(filter);
        self.store.read(|conn| {
            let rows = register_db::page(conn, &filter, today, None, u32::MAX - 1, u64::MAX)?.rows;
            assemble(conn, rows, today)
        })
    }

    /// One page of the register under a filter: `limit` agreements after `cursor`
    /// (the first page without one), with the total and the counts per status.
    pub fn agreements_page(
        &self,
        filter: &AgreementFilter,
        cursor: Option<&str>,
        limit: u32,
        today: NaiveDate,
    ) -> Result<AgreementPage> {
        let limit = paging::checked_limit(limit)?;
        let after = cursor.map(paging::parse_register_cursor).transpose()?;
        let filter = RegisterFilter::from(filter);
        self.store.read(|conn| {
            let (total, facets) = match after {
                Some((_, total)) => (u64::from(total), Vec::new()),
                None => register_db::counts(conn, &filter, today)?,
            };
            let page = register_db::page(conn, &filter, today, after.map(|(key, _)| key), limit, total)?;
            let total = total as u32;
            Ok(AgreementPage {
                page: Page {
                    items: assemble(conn, page.rows, today)?,
                    next_cursor: page.next.map(|key| paging::register_cursor(key, total)),
                    total,
                },
                facets: facets.into_iter().map(|(status, count)| StatusCount { status, count: count as u32 }).collect(),
            })
        })
    }

    /// Appends a follow-up; a status given changes the agreement's status.
    pub fn add_follow_up(&mut self, id: i64, draft: &FollowUpDraft, today: NaiveDate) -> Result<Agreement> {
        crate::draft_limits::follow_up(draft)?;
        let text = pleno_domain::directory::required("el texto del seguimiento", &draft.text)?;
        self.store.write(|tx| {
            let row = agreement_db::get(tx, id)?.ok_or(AgreementError::AgreementNotFound { id })?;
            if let Some(m) = draft.meeting_id {
                meeting(tx, m)?;
            }
            if draft.reported_on < row.adopted_on {
                return Err(ApiError::from(AgreementError::FollowUpBeforeAdoption {
                    reported_on: draft.reported_on,
                    adopted_on: row.adopted_on,
                }));
            }
            agreement_db::add_follow_up(tx, id, draft.reported_on, draft.meeting_id, &text, draft.status)?;
            if let Some(status) = draft.status {
                agreement_db::set_status(tx, id, status)?;
            }
            Ok::<_, ApiError>(())
        })?;
        self.agreement(id, today)
    }

    /// Links an agreement to an indicator or an activity it advances.
    pub fn link_agreement(
        &mut self,
        id: i64,
        target: LinkTarget,
        code: &str,
        note: &str,
        today: NaiveDate,
    ) -> Result<Agreement> {
        self.store.write(|tx| {
            agreement_db::get(tx, id)?.ok_or(AgreementError::AgreementNotFound { id })?;
            let (indicator, activity) = match target {
                LinkTarget::Indicator => (
                    Some(
                        agreement_db::indicator_id(tx, code)?
                            .ok_or_else(|| AgreementError::IndicatorNotFound { code: code.to_string() })?,
                    ),
                    None,
                ),
                LinkTarget::Activity => (
                    None,
                    Some(
                        agreement_db::activity_id(tx, code)?
                            .ok_or_else(|| AgreementError::ActivityNotFound { code: code.to_string() })?,
                    ),
                ),
            };
            Ok::<_, ApiError>(agreement_db::link(tx, id, indicator, activity, note.trim())?)
        })?;
        self.agreement(id, today)
    }
}
