//! A meeting's records as the store keeps them and the app shows them.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::meeting::{
    AgendaItemKind, AttendanceStatus, EventKind, MeetingKind, MeetingRole, MeetingStatus, Modality, ParticipationMode,
    Stay,
};
use crate::quorum::QuorumCount;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Meeting {
    pub id: i64,
    pub kind: MeetingKind,
    pub number: u32,
    /// "XV Reunión Ordinaria".
    pub title: String,
    /// "XV Ordinary Meeting".
    pub title_en: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// When the first item starts, on each day ("09:00").
    #[serde(with = "crate::dates::hh_mm")]
    #[ts(type = "string")]
    pub start_time: NaiveTime,
    pub city: String,
    /// Where it takes place (for in-person and hybrid meetings).
    pub country: Option<String>,
    pub host: Option<String>,
    pub modality: Modality,
    pub link: String,
    pub notice_date: Option<NaiveDate>,
    pub status: MeetingStatus,
    pub agenda_approved_at: Option<NaiveDateTime>,
    pub agenda_amendments: String,
    /// The committee a committee session belongs to.
    pub committee: Option<i64>,
    /// What kind of event an event is.
    pub event_kind: Option<EventKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaDocument {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub size: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItem {
    pub id: i64,
    /// 1-based order on the agenda.
    pub position: u32,
    pub kind: AgendaItemKind,
    pub title: String,
    pub presenter: String,
    pub country: Option<String>,
    pub minutes: u32,
    pub notes: String,
    pub documents: Vec<AgendaDocument>,
}

/// An agenda item with the time it starts, as the schedule gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScheduledItem {
    #[serde(flatten)]
    #[ts(flatten)]
    pub item: AgendaItem,
    #[serde(with = "crate::dates::hh_mm")]
    #[ts(type = "string")]
    pub starts_at: NaiveTime,
    #[serde(with = "crate::dates::hh_mm")]
    #[ts(type = "string")]
    pub ends_at: NaiveTime,
}

/// A scheduled item reads as the item it schedules.
impl std::ops::Deref for ScheduledItem {
    type Target = AgendaItem;

    fn deref(&self) -> &AgendaItem {
        &self.item
    }
}

/// A person on a meeting's attendance register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attendee {
    pub person_id: i64,
    pub name: String,
    pub institution: String,
    pub role: MeetingRole,
    /// The state whose seat the person holds, for titulares and suplentes.
    pub country: Option<String>,
    /// The mandate of that seat (trata de personas or tráfico ilícito de migrantes).
    pub mandate: Option<crate::country::Crime>,
    pub organisation: Option<String>,
    /// `None` while nobody has marked this person yet.
    pub status: Option<AttendanceStatus>,
    pub mode: ParticipationMode,
    pub stays: Vec<Stay>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum QuorumReason {
    Apertura,
    Decision,
    Solicitud,
}

impl QuorumReason {
    pub fn as_str(&self) -> &'static str {
        match self {
            QuorumReason::Apertura => "apertura",
            QuorumReason::Decision => "decision",
            QuorumReason::Solicitud => "solicitud",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [QuorumReason::Apertura, QuorumReason::Decision, QuorumReason::Solicitud]
            .into_iter()
            .find(|r| r.as_str() == text)
    }

    pub fn spanish(&self) -> &'static str {
        match self {
            QuorumReason::Apertura => "al abrir la sesión",
            QuorumReason::Decision => "antes de una decisión",
            QuorumReason::Solicitud => "a solicitud",
        }
    }
}

/// A recorded verification of quorum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuorumCheck {
    pub id: i64,
    pub checked_at: NaiveDateTime,
    pub reason: QuorumReason,
    /// The rule in force; each language words it (`describe_in`).
    pub rule: crate::quorum::QuorumRule,
    pub count: QuorumCount,
}
