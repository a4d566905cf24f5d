//! The words of the record's closed choices (roles, modalities, reasons, votes…)
//! in either language, for the minutes and the printed documents, so that every
//! document words a choice the same way. Where an enum knows its own English word
//! (`choice_enum!`), the function here is a one-line call to it; the rest are
//! worded here, where the minutes first needed them.

use crate::agreement::{AgreementStatus, LinkTarget};
use crate::decision::{DecisionMethod, VoteChoice};
use crate::directory_model::{Office, OrganisationKind};
use crate::meeting::{AttendanceStatus, MeetingKind, MeetingRole, Modality, ParticipationMode};
use crate::meeting_model::QuorumReason;
use crate::quorum::QuorumRule;
use crate::Language;

/// "XV Reunión Ordinaria" / "XV Ordinary Meeting".
pub fn meeting_title(lang: Language, kind: MeetingKind, number: u32) -> String {
    crate::meeting::meeting_title(kind, number, lang)
}

/// "Ordinaria" / "Ordinary".
pub fn kind_word(lang: Language, kind: MeetingKind) -> &'static str {
    kind.label(lang)
}

pub fn modality(lang: Language, m: Modality) -> &'static str {
    m.label(lang)
}

pub fn role(lang: Language, r: MeetingRole) -> &'static str {
    r.label(lang)
}

pub fn attendance(lang: Language, s: AttendanceStatus) -> &'static str {
    s.label(lang)
}

pub fn participation(lang: Language, p: ParticipationMode) -> &'static str {
    match (lang, p) {
        (Language::Es, ParticipationMode::Presencial) => "presencial",
        (Language::Es, ParticipationMode::Remota) => "a distancia",
        (Language::En, ParticipationMode::Presencial) => "in person",
        (Language::En, ParticipationMode::Remota) => "remote",
    }
}

pub fn reason(lang: Language, r: &QuorumReason) -> &'static str {
    match (lang, r) {
        (Language::Es, r) => r.spanish(),
        (Language::En, QuorumReason::Apertura) => "at the opening of the session",
        (Language::En, QuorumReason::Decision) => "before a decision",
        (Language::En, QuorumReason::Solicitud) => "on request",
    }
}

pub fn office(lang: Language, o: Office) -> &'static str {
    o.label(lang)
}

pub fn method(lang: Language, m: DecisionMethod) -> &'static str {
    m.label(lang)
}

pub fn vote(lang: Language, v: VoteChoice) -> &'static str {
    v.label(lang)
}

pub fn agreement_status(lang: Language, s: AgreementStatus) -> &'static str {
    s.label(lang)
}

pub fn link_target(lang: Language, t: LinkTarget) -> &'static str {
    match (lang, t == LinkTarget::Indicator) {
        (Language::Es, true) => "indicador",
        (Language::Es, false) => "actividad",
        (Language::En, true) => "indicator",
        (Language::En, false) => "activity",
    }
}

/// "más de la mitad de los Estados miembros" / "more than half of the member states".
pub fn quorum_rule(lang: Language, rule: QuorumRule) -> String {
    rule.describe_in(lang)
}

/// "09:00" in a sentence: "a las 09:00 horas" / "at 09:00".
pub fn at_time(lang: Language, time: &str) -> String {
    lang.pick(format!("a las {time} horas"), format!("at {time}"))
}

/// "organismo internacional" / "international organisation".
pub fn organisation_kind(lang: Language, kind: OrganisationKind) -> &'static str {
    match (lang, kind) {
        (Language::Es, k) => k.spanish(),
        (Language::En, OrganisationKind::International) => "international organisation",
        (Language::En, OrganisationKind::CivilSociety) => "civil society",
    }
}
