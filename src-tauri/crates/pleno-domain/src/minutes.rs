//! Minutes (actas): their content as drafted from the record, the canonical
//! serialisation that is hashed on approval, the hash chain, and the plain-text
//! rendering used for review and tests. The layout of the printed acta lives in
//! the documents crate; the sentences of the minutes live here, once: a
//! [`MinutesRecord`] (typed: times, vote choices, counts, reasons) is worded into
//! a [`MinutesContent`] in either language by [`MinutesRecord::worded`], and every
//! reader (the app, the CLI, the PDF) takes the worded form.
//!
//! Two stored formats. Approved actas are hashed (SHA-256 of the canonical JSON,
//! chained) and never rewritten. Up to format 1 the stored JSON was the worded
//! Spanish `MinutesContent` itself; those actas stay exactly as approved: they
//! are verified over their stored bytes and read back as that worded content
//! (Spanish, whatever the language asked for, since that is what was approved).
//! From format 2 on the stored and hashed JSON is the typed `MinutesRecord`,
//! which opens with `"format":2` so that a reader tells the two apart without
//! guessing, and which can be worded in any language.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::agreement::{AgreementStatus, LinkTarget};
use crate::decision::{tally_sentence, DecisionMethod, MajorityRule, Tally, VoteChoice};
use crate::directory_model::Office;
use crate::lang::{long_date, Language};
use crate::meeting::{AgendaItemKind, MeetingKind, MeetingRole, Modality};
use crate::meeting_model::QuorumReason;

pub mod words;

choice_enum!(
    /// borrador → circulada (numbered versions) → aprobada (locked).
    MinutesStatus, "estado del acta" {
        Borrador => "borrador" / "borrador",
        Circulada => "circulada" / "circulada",
        Aprobada => "aprobada" / "aprobada",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesPerson {
    pub name: String,
    /// titular, suplente, observador, invitado.
    pub role: String,
    pub institution: String,
    /// "presente de 09:00 a 12:30 y desde las 14:00", "ausente", "excusado".
    pub presence: String,
    pub remote: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesState {
    pub code: String,
    pub name: String,
    pub present: bool,
    pub delegates: Vec<MinutesPerson>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesQuorumCheck {
    pub time: String,
    pub reason: String,
    pub present: u32,
    pub members: u32,
    pub required: u32,
    pub quorate: bool,
    pub states: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesVote {
    pub state: String,
    /// "a favor", "en contra", "abstención", "ausente".
    pub vote: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesDecision {
    pub text: String,
    pub time: String,
    /// "consenso" or "votación".
    pub method: String,
    /// For votes: "dos tercios de los Estados presentes".
    pub rule: Option<String>,
    pub votes: Vec<MinutesVote>,
    /// "5 a favor, 1 en contra, 0 abstenciones".
    pub count: Option<String>,
    pub recount: Option<String>,
    pub discrepancy: bool,
    /// "Guatemala: sujeto a consulta", for reservations and objections.
    pub reservations: Vec<String>,
    pub objections: Vec<String>,
    pub adopted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesItem {
    pub position: u32,
    pub title: String,
    pub presenter: String,
    /// The Secretariat's narrative; paragraphs separated by blank lines, list
    /// items starting with "- ".
    pub notes: String,
    pub decisions: Vec<MinutesDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesAgreement {
    pub number: String,
    pub text: String,
    pub responsible: Vec<String>,
    pub due: Option<String>,
    /// "2.2.1 Número de protocolos …".
    pub advances: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesFollowUp {
    pub agreement: String,
    pub text: String,
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesSignature {
    pub office: String,
    pub country: String,
    pub name: String,
}

/// Everything the minutes say, worded in one language: what every reader takes.
/// Format 1 stored (and hashed) this very form, in Spanish; its shape is kept so
/// those approved actas still read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesContent {
    /// "ACTA DE LA XV REUNIÓN ORDINARIA DE LA COALICIÓN REGIONAL …".
    pub title: String,
    /// "XV-RO-2026".
    pub number: String,
    pub opening: String,
    pub states: Vec<MinutesState>,
    pub observers: Vec<MinutesPerson>,
    pub guests: Vec<MinutesPerson>,
    pub quorum: Vec<MinutesQuorumCheck>,
    /// "La agenda fue aprobada a las 09:20 …".
    pub agenda_approval: String,
    pub items: Vec<MinutesItem>,
    pub agreements: Vec<MinutesAgreement>,
    pub follow_ups: Vec<MinutesFollowUp>,
    pub closing: String,
    pub signatures: Vec<MinutesSignature>,
}

/// A correction approved after the minutes; printed with them, outside the hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Erratum {
    pub id: i64,
    pub text: String,
    pub recorded_on: NaiveDate,
    pub approved_by: Option<String>,
    pub approved_at: Option<NaiveDateTime>,
}

impl MinutesContent {
    /// The canonical serialisation: compact JSON in the struct's field order.
    pub fn canonical(&self) -> String {
        serde_json::to_string(self).expect("minutes serialise")
    }
}

/// SHA-256 (hex) of the previous approval's hash followed by the canonical content,
/// so each approval vouches for every one before it.
pub fn chained_hash(previous: Option<&str>, canonical: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(previous.unwrap_or("").as_bytes());
    hasher.update(b"\n");
    hasher.update(canonical.as_bytes());
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored format that is the typed [`MinutesRecord`].
pub const TYPED_FORMAT: u32 = 2;

/// The meeting the minutes are of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordMeeting {
    pub kind: MeetingKind,
    pub number: u32,
    pub year: i32,
}

/// Where, when and how the session opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordOpening {
    pub city: String,
    pub country: String,
    pub time: NaiveTime,
    pub date: NaiveDate,
    /// The state holding the Presidency that convened.
    pub convened_by: Option<String>,
    pub modality: Modality,
}

/// One stretch of presence: from arrival to departure, or still there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordStay {
    pub from: NaiveTime,
    pub to: Option<NaiveTime>,
}

/// Whether and when a person took part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "stays", rename_all = "snake_case")]
pub enum RecordPresence {
    Present(Vec<RecordStay>),
    Excused,
    Absent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordPerson {
    pub name: String,
    pub role: MeetingRole,
    pub institution: String,
    pub presence: RecordPresence,
    pub remote: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordState {
    pub code: String,
    pub name: String,
    pub present: bool,
    pub delegates: Vec<RecordPerson>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordQuorumCheck {
    pub time: NaiveTime,
    pub reason: QuorumReason,
    pub present: u32,
    pub members: u32,
    pub required: u32,
    pub quorate: bool,
    pub states: Vec<String>,
}

/// A member state's vote on a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "choice", rename_all = "snake_case")]
pub enum Ballot {
    Cast(VoteChoice),
    /// Present, but cast no vote.
    DidNotVote,
    Absent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordVote {
    pub state: String,
    pub ballot: Ballot,
}

/// A reservation or an objection: the state and what it said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatePosition {
    pub state: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordDecision {
    pub text: String,
    pub time: NaiveTime,
    pub method: DecisionMethod,
    pub rule: Option<MajorityRule>,
    pub votes: Vec<RecordVote>,
    pub count: Option<Tally>,
    pub recount: Option<Tally>,
    pub discrepancy: bool,
    pub reservations: Vec<StatePosition>,
    pub objections: Vec<StatePosition>,
    pub adopted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordItem {
    pub position: u32,
    pub title: String,
    pub presenter: String,
    pub notes: String,
    pub decisions: Vec<RecordDecision>,
}

/// An indicator or activity of the plan an agreement advances; its code and
/// official (Spanish) title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordLink {
    pub target: LinkTarget,
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordAgreement {
    pub number: String,
    pub text: String,
    pub responsible: Vec<String>,
    pub due: Option<NaiveDate>,
    pub advances: Vec<RecordLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordFollowUp {
    pub agreement: String,
    pub text: String,
    pub status: Option<AgreementStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordSignature {
    pub office: Office,
    pub country: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaApproval {
    pub time: NaiveTime,
    /// The amendments as the Secretariat wrote them; empty when there were none.
    pub amendments: String,
}

/// Everything the minutes say, typed: what format 2 stores and hashes. Its JSON,
/// in field order, is what is hashed; `format` comes first and is always
/// [`TYPED_FORMAT`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesRecord {
    pub format: u32,
    pub meeting: RecordMeeting,
    pub opening: RecordOpening,
    pub states: Vec<RecordState>,
    pub observers: Vec<RecordPerson>,
    pub guests: Vec<RecordPerson>,
    pub quorum: Vec<RecordQuorumCheck>,
    pub agenda_approval: Option<AgendaApproval>,
    pub items: Vec<RecordItem>,
    pub agreements: Vec<RecordAgreement>,
    pub follow_ups: Vec<RecordFollowUp>,
    /// When the session was closed; `None` while it is open.
    pub closed_at: Option<NaiveTime>,
    pub signatures: Vec<RecordSignature>,
}

/// What the store holds for approved or circulated minutes, told apart by the
/// `format` field the typed record opens with (see the module's header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredMinutes {
    /// Format 1: the worded Spanish content, as approved before the record was typed.
    Worded(MinutesContent),
    Typed(MinutesRecord),
}

impl StoredMinutes {
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        #[derive(Deserialize)]
        struct Probe {
            format: Option<u32>,
        }
        match serde_json::from_str::<Probe>(json)?.format {
            Some(_) => Ok(StoredMinutes::Typed(serde_json::from_str(json)?)),
            None => Ok(StoredMinutes::Worded(serde_json::from_str(json)?)),
        }
    }

    /// The minutes as they read in `lang`; format 1 reads as approved, in Spanish.
    pub fn worded(&self, lang: Language) -> MinutesContent {
        match self {
            StoredMinutes::Worded(content) => content.clone(),
            StoredMinutes::Typed(record) => record.worded(lang),
        }
    }
}

impl MinutesRecord {
    /// The canonical serialisation: compact JSON in the struct's field order.
    pub fn canonical(&self) -> String {
        serde_json::to_string(self).expect("minutes serialise")
    }

    /// The minutes worded in `lang`: the one place their sentences are made.
    pub fn worded(&self, lang: Language) -> MinutesContent {
        let w = Words::of(lang);
        MinutesContent {
            title: w.title(&self.meeting),
            number: number(&self.meeting),
            opening: opening_sentence(lang, &self.opening),
            states: self
                .states
                .iter()
                .map(|s| MinutesState {
                    code: s.code.clone(),
                    name: s.name.clone(),
                    present: s.present,
                    delegates: s.delegates.iter().map(|p| w.person(p)).collect(),
                })
                .collect(),
            observers: self.observers.iter().map(|p| w.person(p)).collect(),
            guests: self.guests.iter().map(|p| w.person(p)).collect(),
            quorum: self.quorum.iter().map(|q| w.quorum(q)).collect(),
            agenda_approval: w.agenda_approval(self.agenda_approval.as_ref()),
            items: self.items.iter().map(|i| w.item(i)).collect(),
            agreements: self.agreements.iter().map(|a| w.agreement(a)).collect(),
            follow_ups: self
                .follow_ups
                .iter()
                .map(|f| MinutesFollowUp {
                    agreement: f.agreement.clone(),
                    text: f.text.clone(),
                    status: f.status.map(|s| words::agreement_status(lang, s).to_string()),
                })
                .collect(),
            closing: w.closing(self.closed_at),
            signatures: self
                .signatures
                .iter()
                .map(|s| MinutesSignature {
                    office: words::office(lang, s.office).into(),
                    country: s.country.clone(),
                    name: s.name.clone(),
                })
                .collect(),
        }
    }
}

/// "XV-RO-2026": the acta's number, the same in both languages.
fn number(m: &RecordMeeting) -> String {
    format!("{}-{}-{}", crate::meeting::roman(m.number), m.kind.code(), m.year)
}

fn hm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// The words the typed record is worded with, in one language.
struct Words {
    lang: Language,
    absent: &'static str,
    excused: &'static str,
    did_not_vote: &'static str,
}

impl Words {
    fn of(lang: Language) -> Self {
        match lang {
            Language::Es => Words { lang, absent: "ausente", excused: "excusado", did_not_vote: "no votó" },
            Language::En => Words { lang, absent: "absent", excused: "excused", did_not_vote: "did not vote" },
        }
    }

    fn title(&self, m: &RecordMeeting) -> String {
        let meeting = words::meeting_title(self.lang, m.kind, m.number).to_uppercase();
        match self.lang {
            Language::Es => format!(
                "ACTA DE LA {meeting} DE LA COALICIÓN REGIONAL CONTRA LA TRATA DE PERSONAS Y EL TRÁFICO ILÍCITO DE MIGRANTES"
            ),
            Language::En => format!(
                "MINUTES OF THE {meeting} OF THE REGIONAL COALITION AGAINST TRAFFICKING IN PERSONS AND SMUGGLING OF MIGRANTS"
            ),
        }
    }

    /// "presente de 09:00 a 12:30 y desde las 14:00" / "present from 09:00 to 12:30 and from 14:00".
    fn presence(&self, presence: &RecordPresence) -> String {
        let stays = match presence {
            RecordPresence::Present(stays) if !stays.is_empty() => stays,
            RecordPresence::Excused => return self.excused.into(),
            _ => return self.absent.into(),
        };
        let spans: Vec<String> = stays
            .iter()
            .map(|s| match (self.lang, s.to) {
                (Language::Es, Some(to)) => format!("de {} a {}", hm(s.from), hm(to)),
                (Language::Es, None) => format!("desde las {}", hm(s.from)),
                (Language::En, Some(to)) => format!("from {} to {}", hm(s.from), hm(to)),
                (Language::En, None) => format!("from {}", hm(s.from)),
            })
            .collect();
        self.lang.pick(format!("presente {}", spans.join(" y ")), format!("present {}", spans.join(" and ")))
    }

    fn person(&self, p: &RecordPerson) -> MinutesPerson {
        MinutesPerson {
            name: p.name.clone(),
            role: words::role(self.lang, p.role).into(),
            institution: p.institution.clone(),
            presence: self.presence(&p.presence),
            remote: p.remote,
        }
    }

    fn quorum(&self, q: &RecordQuorumCheck) -> MinutesQuorumCheck {
        MinutesQuorumCheck {
            time: hm(q.time),
            reason: words::reason(self.lang, &q.reason).into(),
            present: q.present,
            members: q.members,
            required: q.required,
            quorate: q.quorate,
            states: q.states.clone(),
        }
    }

    fn agenda_approval(&self, approval: Option<&AgendaApproval>) -> String {
        match (self.lang, approval) {
            (Language::Es, Some(a)) if a.amendments.is_empty() => {
                format!("La agenda fue aprobada a las {} horas sin enmiendas.", hm(a.time))
            }
            (Language::Es, Some(a)) => format!(
                "La agenda fue aprobada a las {} horas con las siguientes enmiendas: {}",
                hm(a.time),
                a.amendments
            ),
            (Language::Es, None) => "No consta la aprobación de la agenda.".into(),
            (Language::En, Some(a)) if a.amendments.is_empty() => {
                format!("The agenda was approved at {} without amendments.", hm(a.time))
            }
            (Language::En, Some(a)) => {
                format!("The agenda was approved at {} with the following amendments: {}", hm(a.time), a.amendments)
            }
            (Language::En, None) => "The approval of the agenda is not recorded.".into(),
        }
    }

    fn item(&self, i: &RecordItem) -> MinutesItem {
        MinutesItem {
            position: i.position,
            title: AgendaItemKind::any_title_in(&i.title, self.lang),
            presenter: crate::meeting::party_in(&i.presenter, self.lang),
            notes: i.notes.clone(),
            decisions: i.decisions.iter().map(|d| self.decision(d)).collect(),
        }
    }

    fn decision(&self, d: &RecordDecision) -> MinutesDecision {
        let position = |p: &StatePosition| format!("{}: {}", p.state, p.text);
        MinutesDecision {
            text: d.text.clone(),
            time: hm(d.time),
            method: words::method(self.lang, d.method).into(),
            rule: d.rule.map(|r| r.worded(self.lang)),
            votes: d
                .votes
                .iter()
                .map(|v| MinutesVote {
                    state: v.state.clone(),
                    vote: match v.ballot {
                        Ballot::Cast(choice) => words::vote(self.lang, choice).into(),
                        Ballot::DidNotVote => self.did_not_vote.into(),
                        Ballot::Absent => self.absent.into(),
                    },
                })
                .collect(),
            count: d.count.map(|t| tally_sentence(self.lang, t)),
            recount: d.recount.map(|t| tally_sentence(self.lang, t)),
            discrepancy: d.discrepancy,
            reservations: d.reservations.iter().map(position).collect(),
            objections: d.objections.iter().map(position).collect(),
            adopted: d.adopted,
        }
    }

    fn agreement(&self, a: &RecordAgreement) -> MinutesAgreement {
        MinutesAgreement {
            number: a.number.clone(),
            text: a.text.clone(),
            responsible: a.responsible.iter().map(|r| crate::meeting::party_in(r, self.lang)).collect(),
            due: a.due.map(|d| long_date(self.lang, d)),
            advances: a
                .advances
                .iter()
                .map(|l| format!("{} {} — {}", words::link_target(self.lang, l.target), l.code, l.title))
                .collect(),
        }
    }

    fn closing(&self, closed_at: Option<NaiveTime>) -> String {
        match (self.lang, closed_at) {
            (Language::Es, Some(at)) => {
                format!("No habiendo más asuntos que tratar, se cierra la sesión a las {} horas.", hm(at))
            }
            (Language::Es, None) => "La sesión no ha sido cerrada.".into(),
            (Language::En, Some(at)) => format!("There being no further business, the session closed at {}.", hm(at)),
            (Language::En, None) => "The session has not been closed.".into(),
        }
    }
}

/// "En la ciudad de San José, Costa Rica, a las 09:00 horas del 10 de diciembre de
/// 2026, se reunieron …" / "In San José, Costa Rica, at 09:00 on 10 December 2026, …".
pub fn opening_sentence(lang: Language, o: &RecordOpening) -> String {
    let time = hm(o.time);
    let date = long_date(lang, o.date);
    let modality = words::modality(lang, o.modality);
    match lang {
        Language::Es => {
            // "Ciudad de Guatemala" already says it is a city.
            let city = if o.city.is_empty() || o.city.starts_with("Ciudad") {
                o.city.clone()
            } else {
                format!("la ciudad de {}", o.city)
            };
            let place = match (city.is_empty(), o.country.is_empty()) {
                (false, false) => format!("En {city}, {}", o.country),
                (false, true) => format!("En {city}"),
                _ => "En sesión virtual".to_string(),
            };
            let convener =
                o.convened_by.as_ref().map(|c| format!(", convocados por la Presidencia de {c}")).unwrap_or_default();
            format!(
                "{place}, a las {time} horas del {date}, se reunieron en modalidad {modality} las delegaciones de los Estados miembros de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes{convener}."
            )
        }
        Language::En => {
            let place = match (o.city.is_empty(), o.country.is_empty()) {
                (false, false) => format!("In {}, {}", o.city, o.country),
                (false, true) => format!("In {}", o.city),
                _ => "In a virtual session".to_string(),
            };
            let convener =
                o.convened_by.as_ref().map(|c| format!(", convened by the Presidency of {c}")).unwrap_or_default();
            let how = match o.modality {
                Modality::Presencial => "met in person",
                Modality::Virtual => "met virtually",
                Modality::Hibrida => "met in a hybrid session",
            };
            format!(
                "{place}, at {time} on {date}, the delegations of the member states of the Regional Coalition against Trafficking in Persons and Smuggling of Migrants {how}{convener}."
            )
        }
    }
}

/// The labels the plain text and the printed acta put around the worded content.
pub struct Labels {
    pub number: &'static str,
    pub attendance: &'static str,
    pub not_present: &'static str,
    pub remote: &'static str,
    pub observers: &'static str,
    pub guests: &'static str,
    pub quorum: &'static str,
    pub no_quorum_checks: &'static str,
    pub presenter: &'static str,
    pub decision: &'static str,
    pub hours: &'static str,
    pub rule: &'static str,
    pub count: &'static str,
    pub recount: &'static str,
    pub recount_differs: &'static str,
    pub reservation: &'static str,
    pub objection: &'static str,
    pub result: &'static str,
    pub adopted: &'static str,
    pub not_adopted: &'static str,
    pub agreements: &'static str,
    pub no_agreements: &'static str,
    pub agreement: &'static str,
    pub responsible: &'static str,
    pub due: &'static str,
    pub advances: &'static str,
    pub follow_ups: &'static str,
    pub status: &'static str,
}

pub const LABELS_ES: Labels = Labels {
    number: "Acta Nº",
    attendance: "ASISTENCIA",
    not_present: "no presente",
    remote: "a distancia",
    observers: "Observadores",
    guests: "Invitados",
    quorum: "VERIFICACIÓN DEL QUÓRUM",
    no_quorum_checks: "No se registraron verificaciones del quórum.",
    presenter: "Presenta",
    decision: "Decisión",
    hours: "horas",
    rule: "Mayoría requerida",
    count: "Conteo",
    recount: "Recuento",
    recount_differs: "El recuento difiere del conteo; prevalece el recuento.",
    reservation: "Reserva de",
    objection: "Objeción de",
    result: "Resultado",
    adopted: "adoptada",
    not_adopted: "no adoptada",
    agreements: "ACUERDOS",
    no_agreements: "No se adoptaron acuerdos.",
    agreement: "Acuerdo",
    responsible: "Responsables",
    due: "Plazo",
    advances: "Contribuye a",
    follow_ups: "SEGUIMIENTO DE ACUERDOS ANTERIORES",
    status: "estado",
};

pub const LABELS_EN: Labels = Labels {
    number: "Minutes No.",
    attendance: "ATTENDANCE",
    not_present: "not present",
    remote: "remote",
    observers: "Observers",
    guests: "Guests",
    quorum: "VERIFICATION OF QUORUM",
    no_quorum_checks: "No verification of quorum was recorded.",
    presenter: "Presented by",
    decision: "Decision",
    hours: "hours",
    rule: "Majority required",
    count: "Count",
    recount: "Recount",
    recount_differs: "The recount differs from the count; the recount stands.",
    reservation: "Reservation by",
    objection: "Objection by",
    result: "Result",
    adopted: "adopted",
    not_adopted: "not adopted",
    agreements: "AGREEMENTS",
    no_agreements: "No agreements were adopted.",
    agreement: "Agreement",
    responsible: "Responsible",
    due: "Due",
    advances: "Contributes to",
    follow_ups: "FOLLOW-UP OF EARLIER AGREEMENTS",
    status: "status",
};

impl Labels {
    pub fn of(lang: Language) -> &'static Labels {
        lang.pick(&LABELS_ES, &LABELS_EN)
    }

    /// "A las 09:05 (al abrir la sesión): 6 de 9 Estados miembros presentes; se
    /// requieren 5: hay quórum." and its English; with `named`, the states present
    /// follow their count in brackets.
    pub fn quorum_line(lang: Language, q: &MinutesQuorumCheck, named: bool) -> String {
        let states = if named && !q.states.is_empty() { format!(" ({})", q.states.join(", ")) } else { String::new() };
        match lang {
            Language::Es => format!(
                "A las {} ({}): {} de {} Estados miembros presentes{states}; se requieren {}: {}.",
                q.time,
                q.reason,
                q.present,
                q.members,
                q.required,
                if q.quorate { "hay quórum" } else { "no hay quórum" }
            ),
            Language::En => format!(
                "At {} ({}): {} of {} member states present{states}; {} required: {}.",
                q.time,
                q.reason,
                q.present,
                q.members,
                q.required,
                if q.quorate { "quorum" } else { "no quorum" }
            ),
        }
    }
}

/// The minutes as plain text, in reading order, with Spanish labels.
pub fn render_text(m: &MinutesContent) -> String {
    render_text_in(Language::Es, m)
}

/// The minutes as plain text, in reading order: for review in the terminal and
/// for tests that pin what the minutes say.
pub fn render_text_in(lang: Language, m: &MinutesContent) -> String {
    let l = Labels::of(lang);
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&m.title);
    line(&format!("{} {}", l.number, m.number));
    line("");
    line(&m.opening);
    line("");
    text_attendance(l, m, &mut line);
    line("");
    line(l.quorum);
    if m.quorum.is_empty() {
        line(l.no_quorum_checks);
    }
    for q in &m.quorum {
        line(&Labels::quorum_line(lang, q, false));
    }
    line("");
    line(&m.agenda_approval);
    for item in &m.items {
        line("");
        line(&format!("{}. {}", item.position, item.title.to_uppercase()));
        if !item.presenter.is_empty() {
            line(&format!("{}: {}", l.presenter, item.presenter));
        }
        if !item.notes.is_empty() {
            line(&item.notes);
        }
        for d in &item.decisions {
            text_decision(l, d, &mut line);
        }
    }
    line("");
    text_agreements(l, m, &mut line);
    line("");
    line(&m.closing);
    line("");
    for s in &m.signatures {
        line(&format!("{} — {} ({})", s.name, s.office, s.country));
    }
    out
}

fn text_attendance(l: &Labels, m: &MinutesContent, line: &mut impl FnMut(&str)) {
    line(l.attendance);
    for s in &m.states {
        line(&format!("{}{}", s.name, if s.present { String::new() } else { format!(" ({})", l.not_present) }));
        for d in &s.delegates {
            let remote = if d.remote { format!(", {}", l.remote) } else { String::new() };
            line(&format!("  - {}, {} ({}): {}{remote}", d.name, d.role, d.institution, d.presence));
        }
    }
    for (heading, people) in [(l.observers, &m.observers), (l.guests, &m.guests)] {
        if !people.is_empty() {
            line(heading);
            for d in people {
                line(&format!("  - {} ({}): {}", d.name, d.institution, d.presence));
            }
        }
    }
}

fn text_decision(l: &Labels, d: &MinutesDecision, line: &mut impl FnMut(&str)) {
    line(&format!("{} ({}, {} {}): {}", l.decision, d.method, d.time, l.hours, d.text));
    if let Some(rule) = &d.rule {
        line(&format!("{}: {rule}.", l.rule));
    }
    for v in &d.votes {
        line(&format!("  {}: {}", v.state, v.vote));
    }
    if let Some(count) = &d.count {
        line(&format!("{}: {count}.", l.count));
    }
    if let Some(recount) = &d.recount {
        let differs = if d.discrepancy { format!(" {}", l.recount_differs) } else { String::new() };
        line(&format!("{}: {recount}.{differs}", l.recount));
    }
    for r in &d.reservations {
        line(&format!("{} {r}", l.reservation));
    }
    for o in &d.objections {
        line(&format!("{} {o}", l.objection));
    }
    line(&format!("{}: {}.", l.result, if d.adopted { l.adopted } else { l.not_adopted }));
}

fn text_agreements(l: &Labels, m: &MinutesContent, line: &mut impl FnMut(&str)) {
    line(l.agreements);
    if m.agreements.is_empty() {
        line(l.no_agreements);
    }
    for a in &m.agreements {
        line(&format!("{} {}: {}", l.agreement, a.number, a.text));
        if !a.responsible.is_empty() {
            line(&format!("  {}: {}.", l.responsible, a.responsible.join(", ")));
        }
        if let Some(due) = &a.due {
            line(&format!("  {}: {due}.", l.due));
        }
        for adv in &a.advances {
            line(&format!("  {}: {adv}", l.advances));
        }
    }
    if !m.follow_ups.is_empty() {
        line("");
        line(l.follow_ups);
        for f in &m.follow_ups {
            let status = f.status.as_deref().map(|s| format!(" ({}: {s})", l.status)).unwrap_or_default();
            line(&format!("{} {}: {}{status}", l.agreement, f.agreement, f.text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_chains_each_approval_to_the_previous_one() {
        let first = chained_hash(None, "{\"a\":1}");
        let second = chained_hash(Some(&first), "{\"b\":2}");
        assert_eq!(first.len(), 64);
        assert_ne!(second, chained_hash(None, "{\"b\":2}"), "the previous hash is part of the next");
        assert_eq!(second, chained_hash(Some(&first), "{\"b\":2}"), "deterministic");
        assert_ne!(first, chained_hash(None, "{\"a\":2}"), "one changed byte changes the hash");
    }

    fn opening(city: &str, country: &str, convened_by: Option<&str>, modality: Modality) -> RecordOpening {
        RecordOpening {
            city: city.into(),
            country: country.into(),
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            date: NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
            convened_by: convened_by.map(String::from),
            modality,
        }
    }

    #[test]
    fn the_opening_sentence_reads_as_minutes_do() {
        let panama = opening("Ciudad de Panamá", "Panamá", Some("Panamá"), Modality::Hibrida);
        assert_eq!(
            opening_sentence(Language::Es, &panama),
            "En Ciudad de Panamá, Panamá, a las 09:00 horas del 10 de diciembre de 2026, se reunieron en modalidad híbrida las delegaciones de los Estados miembros de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes, convocados por la Presidencia de Panamá."
        );
        assert_eq!(
            opening_sentence(Language::En, &panama),
            "In Ciudad de Panamá, Panamá, at 09:00 on 10 December 2026, the delegations of the member states of the Regional Coalition against Trafficking in Persons and Smuggling of Migrants met in a hybrid session, convened by the Presidency of Panamá."
        );
        assert!(opening_sentence(Language::Es, &opening("San José", "Costa Rica", None, Modality::Presencial))
            .starts_with("En la ciudad de San José, Costa Rica, a las"));
    }

    #[test]
    fn stored_minutes_are_told_apart_by_their_format() {
        let worded = r#"{"title":"ACTA","number":"I-RO-2026","opening":"En…","states":[],"observers":[],"guests":[],"quorum":[],"agenda_approval":"","items":[],"agreements":[],"follow_ups":[],"closing":"","signatures":[]}"#;
        assert!(matches!(StoredMinutes::parse(worded).unwrap(), StoredMinutes::Worded(_)));
        let record = MinutesRecord {
            format: TYPED_FORMAT,
            meeting: RecordMeeting { kind: MeetingKind::Ordinaria, number: 15, year: 2026 },
            opening: opening("San José", "Costa Rica", None, Modality::Presencial),
            states: vec![],
            observers: vec![],
            guests: vec![],
            quorum: vec![],
            agenda_approval: None,
            items: vec![],
            agreements: vec![],
            follow_ups: vec![],
            closed_at: None,
            signatures: vec![],
        };
        assert!(record.canonical().starts_with(r#"{"format":2,"#), "the format opens the stored JSON");
        let stored = StoredMinutes::parse(&record.canonical()).unwrap();
        assert_eq!(stored, StoredMinutes::Typed(record.clone()));
        assert_eq!(stored.worded(Language::En).title, "MINUTES OF THE XV ORDINARY MEETING OF THE REGIONAL COALITION AGAINST TRAFFICKING IN PERSONS AND SMUGGLING OF MIGRANTS");
        assert_eq!(stored.worded(Language::Es).number, "XV-RO-2026");
    }

    #[test]
    fn presence_is_worded_from_the_stays() {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let stays = RecordPresence::Present(vec![
            RecordStay { from: t(9), to: Some(t(12)) },
            RecordStay { from: t(14), to: None },
        ]);
        assert_eq!(Words::of(Language::Es).presence(&stays), "presente de 09:00 a 12:00 y desde las 14:00");
        assert_eq!(Words::of(Language::En).presence(&stays), "present from 09:00 to 12:00 and from 14:00");
        assert_eq!(Words::of(Language::En).presence(&RecordPresence::Excused), "excused");
    }
}
