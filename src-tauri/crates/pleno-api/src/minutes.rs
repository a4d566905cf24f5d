//! Minutes: drafted from the meeting's record (with the Secretariat's narrative
//! per item, kept across regenerations), circulated in numbered versions,
//! approved at a later meeting by a decision of that meeting, then locked by the
//! store and chained by hash so that anyone can verify nobody changed them.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::agreement::LinkTarget;
use pleno_domain::decision::DecisionMethod;
use pleno_domain::directory_model::Office;
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, MeetingRole, Stay};
use pleno_domain::meeting_model::{Attendee, Meeting};
use pleno_domain::minutes::{
    chained_hash, opening_sentence, Erratum, MinutesAgreement, MinutesContent, MinutesDecision, MinutesFollowUp,
    MinutesItem, MinutesPerson, MinutesQuorumCheck, MinutesSignature, MinutesState, MinutesStatus, MinutesVote,
};
use pleno_domain::spanish_long_date;
use pleno_store::{agenda_db, appointment_db, country_db, minutes_db, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::decisions::DecisionDraft;
use crate::meetings::meeting;
use crate::{Api, ApiError, Result};

/// The minutes of a meeting as the app and `pleno minutes show` present them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MinutesView {
    pub meeting_id: i64,
    pub meeting_title: String,
    pub status: MinutesStatus,
    /// The last circulated version (0 while only drafted).
    pub version: u32,
    pub hash: Option<String>,
    pub previous_hash: Option<String>,
    pub approved_at: Option<NaiveDateTime>,
    pub approved_by: Option<String>,
    /// The approved content once approved; otherwise drafted afresh from the record.
    pub content: MinutesContent,
    pub errata: Vec<Erratum>,
    /// The Secretariat's narrative per agenda item: (item id, text).
    pub notes: Vec<(i64, String)>,
    /// Circulated minutes whose draft no longer reads as the version circulated:
    /// the next step is to circulate a new version.
    pub changed_since_circulated: bool,
}

/// One approved minutes, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VerifiedMinutes {
    pub meeting_id: i64,
    pub meeting_title: String,
    pub hash: String,
    /// The stored content still hashes to the stored hash, chained to the previous one.
    pub intact: bool,
    /// The record as it stands today still drafts the same minutes. A correction
    /// of a person's name, for instance, makes this false without touching the acta.
    pub matches_record: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VerifyReport {
    pub minutes: Vec<VerifiedMinutes>,
    pub ok: bool,
    /// The first minutes whose stored content no longer matches its hash.
    pub first_mismatch: Option<String>,
}

fn time(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// "presente de 09:00 a 12:30 y desde las 14:00".
fn presence(a: &Attendee) -> String {
    if a.stays.is_empty() {
        return match a.status {
            Some(AttendanceStatus::Excusado) => "excusado".into(),
            _ => "ausente".into(),
        };
    }
    let spans: Vec<String> = a
        .stays
        .iter()
        .map(|Stay { arrived, left }| match left {
            Some(left) => format!("de {} a {}", time(*arrived), time(*left)),
            None => format!("desde las {}", time(*arrived)),
        })
        .collect();
    format!("presente {}", spans.join(" y "))
}

fn person(a: &Attendee) -> MinutesPerson {
    MinutesPerson {
        name: a.name.clone(),
        role: a.role.spanish().into(),
        institution: a.organisation.clone().unwrap_or_else(|| a.institution.clone()),
        presence: presence(a),
        remote: a.mode == pleno_domain::meeting::ParticipationMode::Remota,
    }
}

fn country_names(conn: &Connection) -> Result<Vec<(String, String)>> {
    Ok(country_db::list(conn)?.into_iter().map(|c| (c.code.to_string(), c.name)).collect())
}

fn name_of(names: &[(String, String)], code: &str) -> String {
    names.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone()).unwrap_or_else(|| code.to_string())
}

impl Api {
    /// Drafts the minutes from the record as it stands.
    fn draft_content(&self, meeting_id: i64) -> Result<MinutesContent> {
        let detail = self.meeting(meeting_id)?;
        let m: &Meeting = &detail.meeting;
        let register = self.attendance(meeting_id)?;
        let checks = self.quorum_checks(meeting_id)?;
        let decisions = self.decisions_of_meeting(meeting_id)?;
        let agreements = self.agreements(&AgreementFilter::default(), m.starts_on)?;
        let (names, members, notes, offices, closed_at) = self.store.read(|conn| {
            Ok::<_, ApiError>((
                country_names(conn)?,
                country_db::members_on(conn, m.starts_on)?,
                minutes_db::notes(conn, meeting_id)?,
                appointment_db::offices_on(conn, m.starts_on)?,
                pleno_store::meeting_db::closed_at(conn, meeting_id)?,
            ))
        })?;

        let states = members
            .iter()
            .map(|code| {
                let delegates: Vec<MinutesPerson> = register
                    .iter()
                    .filter(|a| {
                        a.country.as_deref() == Some(code)
                            && matches!(a.role, MeetingRole::Titular | MeetingRole::Suplente)
                    })
                    // Those nobody marked did not take part; the acta names who did, or sent apologies.
                    .filter(|a| a.status.is_some())
                    .map(person)
                    .collect();
                MinutesState {
                    code: code.clone(),
                    name: name_of(&names, code),
                    present: register.iter().any(|a| a.country.as_deref() == Some(code) && !a.stays.is_empty()),
                    delegates,
                }
            })
            .collect();
        let quorum = checks
            .iter()
            .map(|c| MinutesQuorumCheck {
                time: time(c.checked_at),
                reason: c.reason.spanish().into(),
                present: c.count.present_states.len() as u32,
                members: c.count.member_states,
                required: c.count.required,
                quorate: c.count.quorate,
                states: c.count.present_states.iter().map(|s| name_of(&names, s)).collect(),
            })
            .collect();
        let agenda_approval = match m.agenda_approved_at {
            Some(at) if m.agenda_amendments.is_empty() => {
                format!("La agenda fue aprobada a las {} horas sin enmiendas.", time(at))
            }
            Some(at) => format!(
                "La agenda fue aprobada a las {} horas con las siguientes enmiendas: {}",
                time(at),
                m.agenda_amendments
            ),
            None => "No consta la aprobación de la agenda.".into(),
        };
        let items = detail
            .agenda
            .iter()
            .map(|item| MinutesItem {
                position: item.position,
                title: item.title.clone(),
                presenter: item.presenter.clone(),
                notes: notes.iter().find(|(id, _)| *id == item.id).map(|(_, t)| t.clone()).unwrap_or_default(),
                decisions: decisions
                    .iter()
                    .filter(|d| d.agenda_item_id == item.id)
                    .map(|d| {
                        let r = d.result();
                        let tally = |t: pleno_domain::decision::Tally| {
                            let abstentions = if t.abstain == 1 { "abstención" } else { "abstenciones" };
                            format!("{} a favor, {} en contra, {} {abstentions}", t.yes, t.no, t.abstain)
                        };
                        MinutesDecision {
                            text: d.text.clone(),
                            time: time(d.decided_at),
                            method: d.method.spanish().into(),
                            rule: d.rule.map(|rule| rule.describe()),
                            votes: if d.method == DecisionMethod::Vote {
                                members
                                    .iter()
                                    .map(|code| MinutesVote {
                                        state: name_of(&names, code),
                                        vote: match d.votes.iter().find(|v| &v.country == code) {
                                            Some(v) => v.choice.spanish().into(),
                                            None if d.present_states.contains(code) => "no votó".into(),
                                            None => "ausente".into(),
                                        },
                                    })
                                    .collect()
                            } else {
                                Vec::new()
                            },
                            count: (d.method == DecisionMethod::Vote).then(|| tally(r.count)),
                            recount: r.recount.map(tally),
                            discrepancy: r.discrepancy,
                            reservations: positions(d, &names, pleno_domain::decision::PositionKind::Reservation),
                            objections: positions(d, &names, pleno_domain::decision::PositionKind::Objection),
                            adopted: r.adopted,
                        }
                    })
                    .collect(),
            })
            .collect();
        let adopted: Vec<MinutesAgreement> = agreements
            .iter()
            .filter(|a| a.meeting_id == meeting_id)
            .map(|a| MinutesAgreement {
                number: a.number.clone(),
                text: a.text.clone(),
                responsible: a.responsible.iter().map(|r| r.label.clone()).collect(),
                due: a.due_on.map(spanish_long_date),
                advances: a
                    .links
                    .iter()
                    .map(|l| {
                        let what = if l.target == LinkTarget::Indicator { "indicador" } else { "actividad" };
                        format!("{what} {} — {}", l.code, l.title)
                    })
                    .collect(),
            })
            .collect();
        let follow_ups = agreements
            .iter()
            .flat_map(|a| {
                a.follow_ups.iter().filter(|f| f.meeting_id == Some(meeting_id)).map(|f| MinutesFollowUp {
                    agreement: a.number.clone(),
                    text: f.text.clone(),
                    status: f.new_status.map(|s| s.spanish().to_string()),
                })
            })
            .collect();
        let office = |which: Office| offices.iter().find(|t| t.office == which);
        let signatures = [Office::Presidencia, Office::SecretariaTecnica]
            .into_iter()
            .filter_map(|which| {
                office(which).map(|t| MinutesSignature {
                    office: which.spanish().into(),
                    country: t.country_name.clone(),
                    name: register
                        .iter()
                        .find(|a| a.country.as_deref() == Some(t.country.as_str()) && a.role == MeetingRole::Titular)
                        .map(|a| a.name.clone())
                        .unwrap_or_default(),
                })
            })
            .collect();
        let opening_time = checks
            .iter()
            .find(|c| c.reason == pleno_domain::meeting_model::QuorumReason::Apertura)
            .map(|c| time(c.checked_at))
            .unwrap_or_else(|| m.start_time.format("%H:%M").to_string());
        Ok(MinutesContent {
            title: format!(
                "ACTA DE LA {} DE LA COALICIÓN REGIONAL CONTRA LA TRATA DE PERSONAS Y EL TRÁFICO ILÍCITO DE MIGRANTES",
                m.title.to_uppercase()
            ),
            number: format!(
                "{}-{}-{}",
                pleno_domain::meeting::roman(m.number),
                if m.kind == pleno_domain::meeting::MeetingKind::Ordinaria { "RO" } else { "RE" },
                chrono::Datelike::year(&m.starts_on)
            ),
            opening: opening_sentence(
                &m.city,
                detail.country_name.as_deref().unwrap_or(""),
                &opening_time,
                m.starts_on,
                detail.convened_by.as_deref(),
                m.modality.spanish(),
            ),
            states,
            observers: register
                .iter()
                .filter(|a| a.role == MeetingRole::Observador && a.status.is_some())
                .map(person)
                .collect(),
            guests: register
                .iter()
                .filter(|a| a.role == MeetingRole::Invitado && a.status.is_some())
                .map(person)
                .collect(),
            quorum,
            agenda_approval,
            items,
            agreements: adopted,
            follow_ups,
            closing: match closed_at {
                Some(at) => {
                    format!("No habiendo más asuntos que tratar, se cierra la sesión a las {} horas.", time(at))
                }
                None => "La sesión no ha sido cerrada.".into(),
            },
            signatures,
        })
    }

    pub fn minutes(&self, meeting_id: i64) -> Result<MinutesView> {
        let title = self.meeting(meeting_id)?.meeting.title;
        let row = self.store.read(|conn| minutes_db::get(conn, meeting_id))?;
        let content = match row.as_ref().and_then(|r| r.content.as_deref()) {
            Some(frozen) => serde_json::from_str(frozen)
                .map_err(|e| ApiError::invalid(format!("El acta aprobada de la {title} no se puede leer: {e}")))?,
            None => self.draft_content(meeting_id)?,
        };
        let changed_since_circulated = match row.as_ref().map(|r| r.status) {
            Some(MinutesStatus::Circulada) => {
                let last = self.store.read(|conn| minutes_db::last_circulated(conn, meeting_id))?;
                last.as_deref() != Some(content.canonical().as_str())
            }
            _ => false,
        };
        let (errata, notes, approver) = self.store.read(|conn| {
            let approver = match row.as_ref().and_then(|r| r.approved_by_meeting) {
                Some(id) => Some(meeting(conn, id)?.title),
                None => None,
            };
            let errata = minutes_db::errata(conn, meeting_id)?
                .into_iter()
                .map(|e| {
                    Ok(Erratum {
                        id: e.id,
                        text: e.text,
                        recorded_on: e.recorded_on,
                        approved_by: match e.approved_by_meeting {
                            Some(m) => Some(meeting(conn, m)?.title),
                            None => None,
                        },
                        approved_at: e.approved_at,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            Ok::<_, ApiError>((errata, minutes_db::notes(conn, meeting_id)?, approver))
        })?;
        Ok(MinutesView {
            meeting_id,
            meeting_title: title,
            status: row.as_ref().map_or(MinutesStatus::Borrador, |r| r.status),
            version: row.as_ref().map_or(0, |r| r.version),
            hash: row.as_ref().and_then(|r| r.hash.clone()),
            previous_hash: row.as_ref().and_then(|r| r.previous_hash.clone()),
            approved_at: row.as_ref().and_then(|r| r.approved_at),
            approved_by: approver,
            content,
            errata,
            notes,
            changed_since_circulated,
        })
    }

    /// Starts (or regenerates) the draft: the content always follows the record;
    /// the Secretariat's notes are kept.
    pub fn draft_minutes(&mut self, meeting_id: i64) -> Result<MinutesView> {
        self.store.write(|tx| {
            meeting(tx, meeting_id)?;
            Ok::<_, ApiError>(minutes_db::ensure(tx, meeting_id)?)
        })?;
        self.minutes(meeting_id)
    }

    /// Writes the narrative of one agenda item; refused once the minutes are approved.
    pub fn set_minutes_note(&mut self, meeting_id: i64, item_id: i64, text: &str) -> Result<MinutesView> {
        self.refuse_if_approved(meeting_id)?;
        self.store.write(|tx| {
            if agenda_db::meeting_of(tx, item_id)? != Some(meeting_id) {
                return Err(ApiError::invalid(format!("El punto {item_id} no es de la reunión {meeting_id}")));
            }
            minutes_db::ensure(tx, meeting_id)?;
            Ok(minutes_db::set_note(tx, meeting_id, item_id, text.trim())?)
        })?;
        self.minutes(meeting_id)
    }

    fn refuse_if_approved(&self, meeting_id: i64) -> Result<()> {
        let view = self.minutes(meeting_id)?;
        if view.status == MinutesStatus::Aprobada {
            return Err(ApiError::invalid(format!(
                "El acta de la {} está aprobada y no se puede modificar; registre una fe de erratas",
                view.meeting_title
            )));
        }
        Ok(())
    }

    /// Circulates a new numbered version for comments.
    pub fn circulate_minutes(&mut self, meeting_id: i64, now: NaiveDateTime) -> Result<MinutesView> {
        self.refuse_if_approved(meeting_id)?;
        let content = self.draft_content(meeting_id)?.canonical();
        self.store.write(|tx| {
            minutes_db::ensure(tx, meeting_id)?;
            let version = minutes_db::get(tx, meeting_id)?.map_or(0, |r| r.version) + 1;
            Ok::<_, ApiError>(minutes_db::circulate(tx, meeting_id, version, now, &content)?)
        })?;
        self.minutes(meeting_id)
    }

    /// Approves circulated minutes at a later meeting, under its "lectura y
    /// aprobación del acta anterior" item, by `decision` (an adopted decision of
    /// that meeting on that item) or by a consensus decision taken now.
    pub fn approve_minutes(
        &mut self,
        meeting_id: i64,
        at_meeting: i64,
        decision: Option<i64>,
        now: NaiveDateTime,
    ) -> Result<MinutesView> {
        let view = self.minutes(meeting_id)?;
        match view.status {
            MinutesStatus::Aprobada => {
                return Err(ApiError::invalid(format!("El acta de la {} ya está aprobada", view.meeting_title)))
            }
            MinutesStatus::Borrador => {
                return Err(ApiError::invalid(format!(
                    "El acta de la {} no ha circulado: circúlela antes de aprobarla",
                    view.meeting_title
                )))
            }
            MinutesStatus::Circulada => {}
        }
        let minuted = self.meeting(meeting_id)?.meeting;
        let approving = self.meeting(at_meeting)?;
        if approving.meeting.starts_on <= minuted.ends_on {
            return Err(ApiError::invalid(format!(
                "El acta de la {} se aprueba en una reunión posterior; la {} no lo es",
                minuted.title, approving.meeting.title
            )));
        }
        let item = approving.agenda.iter().find(|i| i.kind == AgendaItemKind::PreviousMinutes).ok_or_else(|| {
            ApiError::invalid(format!(
                "La agenda de la {} no tiene el punto «Lectura y aprobación del acta anterior»",
                approving.meeting.title
            ))
        })?;
        let decision = match decision {
            Some(id) => {
                let d = self.decision(id)?;
                if d.meeting_id != at_meeting || d.agenda_item_id != item.id || !d.result().adopted {
                    return Err(ApiError::invalid(format!(
                        "La decisión {id} no es una decisión adoptada sobre el punto «{}» de la {}",
                        item.title, approving.meeting.title
                    )));
                }
                id
            }
            None => {
                let draft = DecisionDraft {
                    agenda_item_id: item.id,
                    text: format!("Aprobar el acta de la {}.", minuted.title),
                    method: DecisionMethod::Consensus,
                    threshold: None,
                    base: None,
                };
                self.add_decision(at_meeting, &draft, now)?.id
            }
        };
        let content = self.draft_content(meeting_id)?.canonical();
        self.store.write(|tx| {
            let previous = minutes_db::approved_chain(tx)?.last().and_then(|r| r.hash.clone());
            let hash = chained_hash(previous.as_deref(), &content);
            minutes_db::approve(
                tx,
                &minutes_db::Approval {
                    meeting_id,
                    at: now,
                    by_meeting: at_meeting,
                    by_decision: decision,
                    content: &content,
                    previous_hash: previous.as_deref(),
                    hash: &hash,
                },
            )?;
            Ok::<_, ApiError>(())
        })?;
        self.minutes(meeting_id)
    }

    /// Recomputes the hash chain of every approved minutes, oldest first.
    pub fn verify_minutes(&self) -> Result<VerifyReport> {
        let chain = self.store.read(minutes_db::approved_chain)?;
        let mut previous: Option<String> = None;
        let mut report = VerifyReport { minutes: Vec::new(), ok: true, first_mismatch: None };
        for row in chain {
            let title = self.meeting(row.meeting_id)?.meeting.title;
            let content = row.content.clone().unwrap_or_default();
            let stored = row.hash.clone().unwrap_or_default();
            let intact = row.previous_hash == previous && chained_hash(previous.as_deref(), &content) == stored;
            let matches_record = self.draft_content(row.meeting_id).map(|c| c.canonical() == content).unwrap_or(false);
            if !intact && report.first_mismatch.is_none() {
                report.ok = false;
                report.first_mismatch = Some(title.clone());
            }
            report.minutes.push(VerifiedMinutes {
                meeting_id: row.meeting_id,
                meeting_title: title,
                hash: stored.clone(),
                intact,
                matches_record,
            });
            previous = Some(stored);
        }
        Ok(report)
    }

    /// Records an erratum to approved minutes; it is approved at a later meeting.
    pub fn add_erratum(&mut self, meeting_id: i64, text: &str, today: NaiveDate) -> Result<MinutesView> {
        let text = pleno_domain::directory::required("el texto de la fe de erratas", text)?;
        if self.minutes(meeting_id)?.status != MinutesStatus::Aprobada {
            return Err(ApiError::invalid(
                "Una fe de erratas corrige un acta aprobada; corrija el borrador directamente",
            ));
        }
        self.store.write(|tx| minutes_db::add_erratum(tx, meeting_id, &text, today))?;
        self.minutes(meeting_id)
    }

    pub fn approve_erratum(&mut self, erratum_id: i64, at_meeting: i64, now: NaiveDateTime) -> Result<MinutesView> {
        let meeting_id = self
            .store
            .read(|conn| minutes_db::erratum_meeting(conn, erratum_id))?
            .ok_or_else(|| ApiError::not_found(format!("No existe la fe de erratas {erratum_id}")))?;
        let minuted = self.meeting(meeting_id)?.meeting;
        let approving = self.meeting(at_meeting)?.meeting;
        if approving.starts_on <= minuted.ends_on {
            return Err(ApiError::invalid("La fe de erratas se aprueba en una reunión posterior al acta"));
        }
        let changed = self.store.write(|tx| minutes_db::approve_erratum(tx, erratum_id, at_meeting, now))?;
        if changed == 0 {
            return Err(ApiError::invalid(format!("La fe de erratas {erratum_id} ya estaba aprobada")));
        }
        self.minutes(meeting_id)
    }
}

fn positions(
    d: &pleno_domain::decision::Decision,
    names: &[(String, String)],
    kind: pleno_domain::decision::PositionKind,
) -> Vec<String> {
    d.positions
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| format!("{}: {}", name_of(names, &p.country), p.text))
        .collect()
}
