//! Minutes: drafted from the meeting's record (with the Secretariat's narrative
//! per item, kept across regenerations), circulated in numbered versions,
//! approved at a later meeting by a decision of that meeting, then locked by the
//! store and chained by hash so that anyone can verify nobody changed them.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use pleno_domain::decision::{Decision, DecisionMethod, PositionKind};
use pleno_domain::directory_model::Office;
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, MeetingRole, ParticipationMode};
use pleno_domain::meeting_model::{Attendee, QuorumCheck, QuorumReason};
use pleno_domain::minutes::{
    chained_hash, AgendaApproval, Ballot, Erratum, MinutesContent, MinutesRecord, MinutesStatus, RecordAgreement,
    RecordDecision, RecordFollowUp, RecordItem, RecordLink, RecordMeeting, RecordOpening, RecordPerson, RecordPresence,
    RecordQuorumCheck, RecordSignature, RecordState, RecordStay, RecordVote, StatePosition, StoredMinutes,
    TYPED_FORMAT,
};
use pleno_domain::{Language, Localized};
use pleno_store::{agenda_db, appointment_db, country_db, minutes_db, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::decisions::DecisionDraft;
use crate::meetings::{meeting, MeetingDetail};
use crate::minutes_diff::{differences, MinutesDifference};
use crate::{Api, ApiError, ErrorCode, Result};
use pleno_domain::agreement::Agreement;

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
    /// The approving meeting's title in English ("XIV Ordinary Meeting").
    pub approved_by_en: Option<String>,
    /// The approved content once approved; otherwise drafted afresh from the
    /// record; worded in Spanish.
    pub content: MinutesContent,
    /// The same, worded in English. Minutes approved before the record was typed
    /// (stored format 1) read as approved, in Spanish, in both.
    pub content_en: MinutesContent,
    /// The typed record the content is worded from; `None` for format 1.
    pub record: Option<MinutesRecord>,
    pub errata: Vec<Erratum>,
    /// The Secretariat's narrative per agenda item: (item id, text).
    pub notes: Vec<(i64, String)>,
    /// Circulated minutes whose draft no longer reads as the version circulated:
    /// the next step is to circulate a new version.
    pub changed_since_circulated: bool,
}

impl MinutesView {
    /// The content worded in `lang`.
    pub fn content_in(&self, lang: Language) -> &MinutesContent {
        lang.pick(&self.content, &self.content_en)
    }
}

/// One approved minutes, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VerifiedMinutes {
    pub meeting_id: i64,
    pub meeting_title: String,
    /// The meeting's title in English ("XIII Ordinary Meeting").
    pub meeting_title_en: String,
    pub hash: String,
    /// The stored content still hashes to the stored hash, chained to the previous one.
    pub intact: bool,
    /// The record as it stands today still drafts the same minutes. A correction
    /// of a person's name, for instance, makes this false without touching the acta.
    pub matches_record: bool,
    /// Where today's record differs from what was approved, part by part.
    pub differences: Vec<MinutesDifference>,
    /// Approved in format 1 (worded Spanish): compared as worded, so a change of
    /// wording between releases shows as a difference too, and does not fail `ok`.
    pub compared_as_worded: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VerifyReport {
    pub minutes: Vec<VerifiedMinutes>,
    /// Every acta is intact and the record under every typed acta still matches it.
    pub ok: bool,
    /// Every acta is intact (hash and chain), whatever the record under it says.
    pub intact: bool,
    /// The first minutes whose stored content no longer matches its hash.
    pub first_mismatch: Option<String>,
}

/// Why a step on the minutes was refused.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum MinutesError {
    Unreadable { meeting: String, reason: String },
    ItemOfAnotherMeeting { item: i64, meeting: i64 },
    Locked { meeting: String },
    AlreadyApproved { meeting: String },
    NotCirculated { meeting: String },
    ApprovedTooEarly { meeting: String, approving: String },
    NoPreviousMinutesItem { approving: String },
    NotAnApprovingDecision { decision: i64, item: String, approving: String },
    ErratumOfDraft,
    ErratumNotFound { erratum: i64 },
    ErratumTooEarly,
    ErratumAlreadyApproved { erratum: i64 },
}

impl Localized for MinutesError {
    fn localized(&self, lang: Language) -> String {
        use MinutesError::*;
        match (lang, self) {
            (Language::Es, Unreadable { meeting, reason }) => {
                format!("el acta aprobada de la {meeting} no se puede leer: {reason}")
            }
            (Language::En, Unreadable { meeting, reason }) => {
                format!("the approved minutes of the {meeting} cannot be read: {reason}")
            }
            (Language::Es, ItemOfAnotherMeeting { item, meeting }) => {
                format!("el punto {item} no es de la reunión {meeting}")
            }
            (Language::En, ItemOfAnotherMeeting { item, meeting }) => {
                format!("item {item} is not on the agenda of meeting {meeting}")
            }
            (Language::Es, Locked { meeting }) => {
                format!("el acta de la {meeting} está aprobada y no se puede modificar; registre una fe de erratas")
            }
            (Language::En, Locked { meeting }) => {
                format!("the minutes of the {meeting} are approved and cannot be changed; record an erratum")
            }
            (Language::Es, AlreadyApproved { meeting }) => format!("el acta de la {meeting} ya está aprobada"),
            (Language::En, AlreadyApproved { meeting }) => format!("the minutes of the {meeting} are already approved"),
            (Language::Es, NotCirculated { meeting }) => {
                format!("el acta de la {meeting} no ha circulado: circúlela antes de aprobarla")
            }
            (Language::En, NotCirculated { meeting }) => {
                format!("the minutes of the {meeting} have not been circulated: circulate them before approving them")
            }
            (Language::Es, ApprovedTooEarly { meeting, approving }) => {
                format!("el acta de la {meeting} se aprueba en una reunión posterior; la {approving} no lo es")
            }
            (Language::En, ApprovedTooEarly { meeting, approving }) => {
                format!("the minutes of the {meeting} are approved at a later meeting; the {approving} is not one")
            }
            (Language::Es, NoPreviousMinutesItem { approving }) => {
                format!("la agenda de la {approving} no tiene el punto «Lectura y aprobación del acta anterior»")
            }
            (Language::En, NoPreviousMinutesItem { approving }) => {
                format!("the agenda of the {approving} has no item “Reading and approval of the previous minutes”")
            }
            (Language::Es, NotAnApprovingDecision { decision, item, approving }) => {
                format!("la decisión {decision} no es una decisión adoptada sobre el punto «{item}» de la {approving}")
            }
            (Language::En, NotAnApprovingDecision { decision, item, approving }) => {
                format!("decision {decision} is not an adopted decision on item “{item}” of the {approving}")
            }
            (Language::Es, ErratumOfDraft) => {
                "una fe de erratas corrige un acta aprobada; corrija el borrador directamente".into()
            }
            (Language::En, ErratumOfDraft) => "an erratum corrects approved minutes; correct the draft directly".into(),
            (Language::Es, ErratumNotFound { erratum }) => format!("no existe la fe de erratas {erratum}"),
            (Language::En, ErratumNotFound { erratum }) => format!("there is no erratum {erratum}"),
            (Language::Es, ErratumTooEarly) => "la fe de erratas se aprueba en una reunión posterior al acta".into(),
            (Language::En, ErratumTooEarly) => "an erratum is approved at a meeting after the minutes".into(),
            (Language::Es, ErratumAlreadyApproved { erratum }) => {
                format!("la fe de erratas {erratum} ya estaba aprobada")
            }
            (Language::En, ErratumAlreadyApproved { erratum }) => format!("erratum {erratum} was already approved"),
        }
    }
}

impl From<MinutesError> for ApiError {
    fn from(e: MinutesError) -> Self {
        let code =
            if matches!(e, MinutesError::ErratumNotFound { .. }) { ErrorCode::NotFound } else { ErrorCode::Invalid };
        ApiError::refusal(code, &e)
    }
}

fn time(at: NaiveDateTime) -> NaiveTime {
    at.time()
}

/// Whether and when a person took part, as the register has it.
fn presence(a: &Attendee) -> RecordPresence {
    if a.stays.is_empty() {
        return match a.status {
            Some(AttendanceStatus::Excusado) => RecordPresence::Excused,
            _ => RecordPresence::Absent,
        };
    }
    RecordPresence::Present(
        a.stays.iter().map(|s| RecordStay { from: time(s.arrived), to: s.left.map(time) }).collect(),
    )
}

fn person(a: &Attendee) -> RecordPerson {
    RecordPerson {
        name: a.name.clone(),
        role: a.role,
        institution: a.organisation.clone().unwrap_or_else(|| a.institution.clone()),
        presence: presence(a),
        remote: a.mode == ParticipationMode::Remota,
    }
}

fn country_names(conn: &Connection) -> Result<Vec<(String, String)>> {
    Ok(country_db::list(conn)?.into_iter().map(|c| (c.code.to_string(), c.name)).collect())
}

fn name_of(names: &[(String, String)], code: &str) -> String {
    names.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone()).unwrap_or_else(|| code.to_string())
}

/// What the minutes carry besides their content: errata, narratives, and the
/// approving meeting's title (Spanish, English).
struct Around {
    errata: Vec<Erratum>,
    notes: Vec<(i64, String)>,
    approver: Option<(String, String)>,
}

/// Everything the draft is made from, read once.
struct Sources {
    detail: MeetingDetail,
    register: Vec<Attendee>,
    checks: Vec<QuorumCheck>,
    decisions: Vec<Decision>,
    agreements: Vec<Agreement>,
    names: Vec<(String, String)>,
    members: Vec<String>,
    notes: Vec<(i64, String)>,
    offices: Vec<pleno_domain::directory_model::OfficeTerm>,
    closed_at: Option<NaiveDateTime>,
}

impl Sources {
    fn states(&self) -> Vec<RecordState> {
        let of_state = |a: &&Attendee, code: &str| a.country.as_deref() == Some(code);
        self.members
            .iter()
            .map(|code| RecordState {
                code: code.clone(),
                name: name_of(&self.names, code),
                present: self.register.iter().any(|a| of_state(&a, code) && !a.stays.is_empty()),
                delegates: self
                    .register
                    .iter()
                    .filter(|a| of_state(a, code) && matches!(a.role, MeetingRole::Titular | MeetingRole::Suplente))
                    // Those nobody marked did not take part; the acta names who did, or sent apologies.
                    .filter(|a| a.status.is_some())
                    .map(person)
                    .collect(),
            })
            .collect()
    }

    fn people(&self, role: MeetingRole) -> Vec<RecordPerson> {
        self.register.iter().filter(|a| a.role == role && a.status.is_some()).map(person).collect()
    }

    fn quorum(&self) -> Vec<RecordQuorumCheck> {
        self.checks
            .iter()
            .map(|c| RecordQuorumCheck {
                time: time(c.checked_at),
                reason: c.reason.clone(),
                present: c.count.present_states.len() as u32,
                members: c.count.member_states,
                required: c.count.required,
                quorate: c.count.quorate,
                states: c.count.present_states.iter().map(|s| name_of(&self.names, s)).collect(),
            })
            .collect()
    }

    fn items(&self) -> Vec<RecordItem> {
        self.detail
            .agenda
            .iter()
            .map(|item| RecordItem {
                position: item.position,
                title: item.title.clone(),
                presenter: item.presenter.clone(),
                notes: self.notes.iter().find(|(id, _)| *id == item.id).map(|(_, t)| t.clone()).unwrap_or_default(),
                decisions: self
                    .decisions
                    .iter()
                    .filter(|d| d.agenda_item_id == item.id)
                    .map(|d| self.decision(d))
                    .collect(),
            })
            .collect()
    }

    fn decision(&self, d: &Decision) -> RecordDecision {
        let r = d.result();
        let vote = d.method == DecisionMethod::Vote;
        let positions = |kind: PositionKind| {
            d.positions
                .iter()
                .filter(|p| p.kind == kind)
                .map(|p| StatePosition { state: name_of(&self.names, &p.country), text: p.text.clone() })
                .collect()
        };
        RecordDecision {
            text: d.text.clone(),
            time: time(d.decided_at),
            method: d.method,
            rule: d.rule,
            votes: if vote { self.ballots(d) } else { Vec::new() },
            count: vote.then_some(r.count),
            recount: r.recount,
            discrepancy: r.discrepancy,
            reservations: positions(PositionKind::Reservation),
            objections: positions(PositionKind::Objection),
            adopted: r.adopted,
        }
    }

    /// Every member state's ballot, in the order of the member states.
    fn ballots(&self, d: &Decision) -> Vec<RecordVote> {
        self.members
            .iter()
            .map(|code| RecordVote {
                state: name_of(&self.names, code),
                ballot: match d.votes.iter().find(|v| &v.country == code) {
                    Some(v) => Ballot::Cast(v.choice),
                    None if d.present_states.contains(code) => Ballot::DidNotVote,
                    None => Ballot::Absent,
                },
            })
            .collect()
    }

    fn agreements(&self, meeting_id: i64) -> Vec<RecordAgreement> {
        self.agreements
            .iter()
            .filter(|a| a.meeting_id == meeting_id)
            .map(|a| RecordAgreement {
                number: a.number.clone(),
                text: a.text.clone(),
                responsible: a.responsible.iter().map(|r| r.label.clone()).collect(),
                due: a.due_on,
                advances: a
                    .links
                    .iter()
                    .map(|l| RecordLink { target: l.target, code: l.code.clone(), title: l.title.clone() })
                    .collect(),
            })
            .collect()
    }

    fn follow_ups(&self, meeting_id: i64) -> Vec<RecordFollowUp> {
        self.agreements
            .iter()
            .flat_map(|a| {
                a.follow_ups.iter().filter(|f| f.meeting_id == Some(meeting_id)).map(|f| RecordFollowUp {
                    agreement: a.number.clone(),
                    text: f.text.clone(),
                    status: f.new_status,
                })
            })
            .collect()
    }

    /// The Presidency and the Secretariat, each signed by its state's titular.
    fn signatures(&self) -> Vec<RecordSignature> {
        [Office::Presidencia, Office::SecretariaTecnica]
            .into_iter()
            .filter_map(|which| {
                let term = self.offices.iter().find(|t| t.office == which)?;
                Some(RecordSignature {
                    office: which,
                    country: term.country_name.clone(),
                    name: self
                        .register
                        .iter()
                        .find(|a| a.country.as_deref() == Some(term.country.as_str()) && a.role == MeetingRole::Titular)
                        .map(|a| a.name.clone())
                        .unwrap_or_default(),
                })
            })
            .collect()
    }

    /// The session opens at the opening verification of quorum, else at the
    /// meeting's scheduled start.
    fn opening(&self) -> RecordOpening {
        let m = &self.detail.meeting;
        let scheduled = m.start_time;
        RecordOpening {
            city: m.city.clone(),
            country: self.detail.country_name.clone().unwrap_or_default(),
            time: self
                .checks
                .iter()
                .find(|c| c.reason == QuorumReason::Apertura)
                .map(|c| time(c.checked_at))
                .unwrap_or(scheduled),
            date: m.starts_on,
            convened_by: self.detail.convened_by.clone(),
            modality: m.modality,
        }
    }

    fn record(&self, meeting_id: i64) -> MinutesRecord {
        let m = &self.detail.meeting;
        MinutesRecord {
            format: TYPED_FORMAT,
            meeting: RecordMeeting { kind: m.kind, number: m.number, year: chrono::Datelike::year(&m.starts_on) },
            opening: self.opening(),
            states: self.states(),
            observers: self.people(MeetingRole::Observador),
            guests: self.people(MeetingRole::Invitado),
            quorum: self.quorum(),
            agenda_approval: m
                .agenda_approved_at
                .map(|at| AgendaApproval { time: time(at), amendments: m.agenda_amendments.clone() }),
            items: self.items(),
            agreements: self.agreements(meeting_id),
            follow_ups: self.follow_ups(meeting_id),
            closed_at: self.closed_at.map(time),
            signatures: self.signatures(),
        }
    }
}

impl Api {
    /// Everything the minutes of a meeting are drafted from.
    fn sources(&self, meeting_id: i64) -> Result<Sources> {
        let detail = self.meeting(meeting_id)?;
        let on = detail.meeting.starts_on;
        let (names, members, notes, offices, closed_at) = self.store.read(|conn| {
            Ok::<_, ApiError>((
                country_names(conn)?,
                country_db::members_on(conn, on)?,
                minutes_db::notes(conn, meeting_id)?,
                appointment_db::offices_on(conn, on)?,
                pleno_store::meeting_db::closed_at(conn, meeting_id)?,
            ))
        })?;
        Ok(Sources {
            register: self.attendance(meeting_id)?,
            checks: self.quorum_checks(meeting_id)?,
            decisions: self.decisions_of_meeting(meeting_id)?,
            agreements: self.agreements(&AgreementFilter::default(), on)?,
            detail,
            names,
            members,
            notes,
            offices,
            closed_at,
        })
    }

    /// Drafts the typed minutes from the record as it stands.
    fn draft_record(&self, meeting_id: i64) -> Result<MinutesRecord> {
        Ok(self.sources(meeting_id)?.record(meeting_id))
    }

    pub fn minutes(&self, meeting_id: i64) -> Result<MinutesView> {
        let title = self.meeting(meeting_id)?.meeting.title;
        let row = self.store.read(|conn| minutes_db::get(conn, meeting_id))?;
        let stored = match row.as_ref().and_then(|r| r.content.as_deref()) {
            Some(frozen) => StoredMinutes::parse(frozen)
                .map_err(|e| MinutesError::Unreadable { meeting: title.clone(), reason: e.to_string() })?,
            None => StoredMinutes::Typed(self.draft_record(meeting_id)?),
        };
        // Compared with the typed draft: a version circulated by the previous release
        // (worded, format 1) reads as changed, and circulating again stores format 2.
        let changed_since_circulated = match row.as_ref().map(|r| r.status) {
            Some(MinutesStatus::Circulada) => {
                let last = self.store.read(|conn| minutes_db::last_circulated(conn, meeting_id))?;
                last.as_deref() != Some(self.draft_record(meeting_id)?.canonical().as_str())
            }
            _ => false,
        };
        let Around { errata, notes, approver } = self.minutes_around(meeting_id, row.as_ref())?;
        Ok(MinutesView {
            meeting_id,
            meeting_title: title,
            status: row.as_ref().map_or(MinutesStatus::Borrador, |r| r.status),
            version: row.as_ref().map_or(0, |r| r.version),
            hash: row.as_ref().and_then(|r| r.hash.clone()),
            previous_hash: row.as_ref().and_then(|r| r.previous_hash.clone()),
            approved_at: row.as_ref().and_then(|r| r.approved_at),
            approved_by_en: approver.as_ref().map(|(_, en)| en.clone()),
            approved_by: approver.map(|(es, _)| es),
            content: stored.worded(Language::Es),
            content_en: stored.worded(Language::En),
            record: match stored {
                StoredMinutes::Typed(record) => Some(record),
                StoredMinutes::Worded(_) => None,
            },
            errata,
            notes,
            changed_since_circulated,
        })
    }

    /// The errata, the narratives and the approving meeting of some minutes.
    fn minutes_around(&self, meeting_id: i64, row: Option<&minutes_db::MinutesRow>) -> Result<Around> {
        self.store.read(|conn| {
            let approver = match row.and_then(|r| r.approved_by_meeting) {
                Some(id) => {
                    let m = meeting(conn, id)?;
                    Some((m.title, pleno_domain::minutes::words::meeting_title(Language::En, m.kind, m.number)))
                }
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
            Ok::<_, ApiError>(Around { errata, notes: minutes_db::notes(conn, meeting_id)?, approver })
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
        pleno_domain::limits::text(pleno_domain::limits::Field::MinutesNote, text)?;
        self.refuse_if_approved(meeting_id)?;
        self.store.write(|tx| {
            if agenda_db::meeting_of(tx, item_id)? != Some(meeting_id) {
                return Err(ApiError::from(MinutesError::ItemOfAnotherMeeting { item: item_id, meeting: meeting_id }));
            }
            minutes_db::ensure(tx, meeting_id)?;
            Ok(minutes_db::set_note(tx, meeting_id, item_id, text.trim())?)
        })?;
        self.minutes(meeting_id)
    }

    fn refuse_if_approved(&self, meeting_id: i64) -> Result<()> {
        let view = self.minutes(meeting_id)?;
        if view.status == MinutesStatus::Aprobada {
            return Err(MinutesError::Locked { meeting: view.meeting_title }.into());
        }
        Ok(())
    }

    /// Circulates a new numbered version for comments.
    pub fn circulate_minutes(&mut self, meeting_id: i64, now: NaiveDateTime) -> Result<MinutesView> {
        self.refuse_if_approved(meeting_id)?;
        let content = self.draft_record(meeting_id)?.canonical();
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
            MinutesStatus::Aprobada => return Err(MinutesError::AlreadyApproved { meeting: view.meeting_title }.into()),
            MinutesStatus::Borrador => return Err(MinutesError::NotCirculated { meeting: view.meeting_title }.into()),
            MinutesStatus::Circulada => {}
        }
        let minuted = self.meeting(meeting_id)?.meeting;
        let approving = self.meeting(at_meeting)?;
        if approving.meeting.starts_on <= minuted.ends_on {
            return Err(
                MinutesError::ApprovedTooEarly { meeting: minuted.title, approving: approving.meeting.title }.into()
            );
        }
        let item = approving
            .agenda
            .iter()
            .find(|i| i.kind == AgendaItemKind::PreviousMinutes)
            .ok_or_else(|| MinutesError::NoPreviousMinutesItem { approving: approving.meeting.title.clone() })?;
        let decision = match decision {
            Some(id) => {
                let d = self.decision(id)?;
                if d.meeting_id != at_meeting || d.agenda_item_id != item.id || !d.result().adopted {
                    return Err(MinutesError::NotAnApprovingDecision {
                        decision: id,
                        item: item.title.clone(),
                        approving: approving.meeting.title.clone(),
                    }
                    .into());
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
        // New approvals hash the typed record (format 2); see pleno_domain::minutes.
        let content = self.draft_record(meeting_id)?.canonical();
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
        let mut report = VerifyReport { minutes: Vec::new(), ok: true, intact: true, first_mismatch: None };
        for row in chain {
            let meeting = self.meeting(row.meeting_id)?.meeting;
            let (title, title_en) = (meeting.title, meeting.title_en);
            let content = row.content.clone().unwrap_or_default();
            let stored = row.hash.clone().unwrap_or_default();
            let intact = row.previous_hash == previous && chained_hash(previous.as_deref(), &content) == stored;
            let (differences, compared_as_worded) = self.record_differences(row.meeting_id, &content);
            if !intact && report.first_mismatch.is_none() {
                report.intact = false;
                report.first_mismatch = Some(title.clone());
            }
            report.ok &= intact && (compared_as_worded || differences.is_empty());
            report.minutes.push(VerifiedMinutes {
                meeting_id: row.meeting_id,
                meeting_title: title,
                meeting_title_en: title_en,
                hash: stored.clone(),
                intact,
                matches_record: differences.is_empty(),
                differences,
                compared_as_worded,
            });
            previous = Some(stored);
        }
        Ok(report)
    }

    /// Where the record today no longer drafts `stored`, and whether `stored` is
    /// format 1. Format 1 stored the worded Spanish content, so it is compared with
    /// today's draft worded in Spanish; the hash itself is always checked over the
    /// stored bytes, never re-encoded.
    fn record_differences(&self, meeting_id: i64, stored: &str) -> (Vec<MinutesDifference>, bool) {
        let unreadable = || vec![MinutesDifference::unreadable()];
        let (Ok(draft), Ok(parsed)) = (self.draft_record(meeting_id), StoredMinutes::parse(stored)) else {
            return (unreadable(), false);
        };
        let worded = matches!(parsed, StoredMinutes::Worded(_));
        let today = match worded {
            true => serde_json::to_value(draft.worded(Language::Es)),
            false => serde_json::to_value(&draft),
        };
        match (serde_json::from_str::<serde_json::Value>(stored), today) {
            (Ok(approved), Ok(today)) => (differences(&approved, &today), worded),
            _ => (unreadable(), worded),
        }
    }

    /// Records an erratum to approved minutes; it is approved at a later meeting.
    pub fn add_erratum(&mut self, meeting_id: i64, text: &str, today: NaiveDate) -> Result<MinutesView> {
        pleno_domain::limits::text(pleno_domain::limits::Field::ErratumText, text)?;
        let text = pleno_domain::directory::required("el texto de la fe de erratas", text)?;
        if self.minutes(meeting_id)?.status != MinutesStatus::Aprobada {
            return Err(MinutesError::ErratumOfDraft.into());
        }
        self.store.write(|tx| minutes_db::add_erratum(tx, meeting_id, &text, today))?;
        self.minutes(meeting_id)
    }

    pub fn approve_erratum(&mut self, erratum_id: i64, at_meeting: i64, now: NaiveDateTime) -> Result<MinutesView> {
        let meeting_id = self
            .store
            .read(|conn| minutes_db::erratum_meeting(conn, erratum_id))?
            .ok_or(MinutesError::ErratumNotFound { erratum: erratum_id })?;
        let minuted = self.meeting(meeting_id)?.meeting;
        let approving = self.meeting(at_meeting)?.meeting;
        if approving.starts_on <= minuted.ends_on {
            return Err(MinutesError::ErratumTooEarly.into());
        }
        let changed = self.store.write(|tx| minutes_db::approve_erratum(tx, erratum_id, at_meeting, now))?;
        if changed == 0 {
            return Err(MinutesError::ErratumAlreadyApproved { erratum: erratum_id }.into());
        }
        self.minutes(meeting_id)
    }
}
