//! Meetings and their agenda: creating and numbering a meeting, the standard
//! agenda, items with their reference documents, and the agenda's approval.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::directory_model::Office;
use pleno_domain::meeting::{standard_agenda, AgendaItemKind, MeetingKind, MeetingStatus, Modality};
use pleno_domain::meeting_model::{AgendaItem, Meeting};
use pleno_store::{agenda_db, appointment_db, country_db, meeting_db, Connection};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::directory::known_country;
use crate::{Api, ApiError, Result};

/// What the Secretariat fills in to create or edit a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingDraft {
    pub kind: MeetingKind,
    /// `None` takes the next number for the kind.
    pub number: Option<u32>,
    pub starts_on: NaiveDate,
    /// `None` for a one-day meeting.
    pub ends_on: Option<NaiveDate>,
    /// "HH:MM"; 09:00 when `None`.
    pub start_time: Option<String>,
    pub city: String,
    pub country: Option<String>,
    pub host: Option<String>,
    pub modality: Modality,
    #[serde(default)]
    pub link: String,
}

/// A meeting with what the Secretariat reads beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    /// The state holding the Presidency on the meeting's first day, which convenes it.
    pub convened_by: Option<String>,
    pub country_name: Option<String>,
    pub host_name: Option<String>,
    pub agenda: Vec<AgendaItem>,
}

/// An agenda item as typed: the kind, title and the rest; position is the agenda's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItemDraft {
    pub kind: AgendaItemKind,
    pub title: String,
    #[serde(default)]
    pub presenter: String,
    pub country: Option<String>,
    pub minutes: u32,
    #[serde(default)]
    pub notes: String,
}

fn not_found(id: i64) -> ApiError {
    ApiError::not_found(format!("No existe la reunión {id}"))
}

/// "09:00" → "09:00", "9:5" refused: meetings start at a time typed HH:MM.
pub(crate) fn valid_time(text: &str) -> Result<String> {
    chrono::NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map(|t| t.format("%H:%M").to_string())
        .map_err(|_| ApiError::invalid(format!("«{text}» no es una hora válida: use HH:MM, por ejemplo 09:30")))
}

pub(crate) fn meeting(conn: &Connection, id: i64) -> Result<Meeting> {
    meeting_db::get(conn, id)?.ok_or_else(|| not_found(id))
}

fn checked_meeting(conn: &Connection, id: Option<i64>, draft: &MeetingDraft) -> Result<Meeting> {
    let ends_on = draft.ends_on.unwrap_or(draft.starts_on);
    if ends_on < draft.starts_on {
        return Err(ApiError::invalid("La reunión debe terminar el mismo día o después de empezar"));
    }
    let country = draft.country.as_deref().map(|c| known_country(conn, c)).transpose()?.map(|c| c.0.to_string());
    let host = draft.host.as_deref().map(|c| known_country(conn, c)).transpose()?.map(|c| c.0.to_string());
    let number = match draft.number {
        Some(0) => return Err(ApiError::invalid("El número de la reunión debe ser 1 o más")),
        Some(n) => n,
        None => meeting_db::next_number(conn, draft.kind)?,
    };
    if meeting_db::number_taken(conn, draft.kind, number, id.unwrap_or(0))? {
        return Err(ApiError::invalid(format!(
            "Ya existe la {}",
            pleno_domain::meeting::meeting_title(draft.kind, number)
        )));
    }
    let current = id.map(|id| meeting(conn, id)).transpose()?;
    Ok(Meeting {
        id: id.unwrap_or(0),
        kind: draft.kind,
        number,
        title: pleno_domain::meeting::meeting_title(draft.kind, number),
        starts_on: draft.starts_on,
        ends_on,
        start_time: valid_time(draft.start_time.as_deref().unwrap_or("09:00"))?,
        city: draft.city.trim().to_string(),
        country,
        host,
        modality: draft.modality,
        link: draft.link.trim().to_string(),
        notice_date: current.as_ref().and_then(|m| m.notice_date),
        status: current.as_ref().map_or(MeetingStatus::Borrador, |m| m.status),
        agenda_approved_at: current.as_ref().and_then(|m| m.agenda_approved_at),
        agenda_amendments: current.map(|m| m.agenda_amendments).unwrap_or_default(),
    })
}

impl Api {
    pub fn create_meeting(&mut self, draft: &MeetingDraft) -> Result<MeetingDetail> {
        let id = self.store.write(|tx| {
            let m = checked_meeting(tx, None, draft)?;
            Ok::<_, ApiError>(meeting_db::insert(tx, &m)?)
        })?;
        self.meeting(id)
    }

    pub fn update_meeting(&mut self, id: i64, draft: &MeetingDraft) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            let m = checked_meeting(tx, Some(id), draft)?;
            Ok::<_, ApiError>(meeting_db::update(tx, &m)?)
        })?;
        self.meeting(id)
    }

    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        Ok(self.store.read(meeting_db::list)?)
    }

    pub fn meeting(&self, id: i64) -> Result<MeetingDetail> {
        self.store.read(|conn| {
            let meeting = meeting(conn, id)?;
            let name = |code: &Option<String>| -> Result<Option<String>> {
                Ok(match code {
                    Some(c) => country_db::name(conn, &pleno_domain::CountryCode::parse(c)?)?,
                    None => None,
                })
            };
            let convened_by = appointment_db::offices_on(conn, meeting.starts_on)?
                .into_iter()
                .find(|t| t.office == Office::Presidencia)
                .map(|t| t.country_name);
            Ok(MeetingDetail {
                convened_by,
                country_name: name(&meeting.country)?,
                host_name: name(&meeting.host)?,
                agenda: agenda_db::list(conn, id)?,
                meeting,
            })
        })
    }

    /// Moves a meeting to the next status at `now`: borrador → convocada (the
    /// notice is issued that day) → en curso → cerrada (the closing time).
    pub fn advance_meeting(&mut self, id: i64, now: NaiveDateTime) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            let m = meeting(tx, id)?;
            let next = m.status.next().ok_or_else(|| ApiError::invalid(format!("La {} ya está cerrada", m.title)))?;
            Ok::<_, ApiError>(meeting_db::set_status(tx, id, next, now)?)
        })?;
        self.meeting(id)
    }

    /// Inserts the standard agenda into a meeting whose agenda is empty: one
    /// country report per state that is a member on the meeting's first day.
    pub fn insert_standard_agenda(&mut self, id: i64) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            let m = meeting(tx, id)?;
            if !agenda_db::list(tx, id)?.is_empty() {
                return Err(ApiError::invalid(format!(
                    "La agenda de la {} ya tiene puntos; añada o quite puntos uno a uno",
                    m.title
                )));
            }
            let members = country_db::members_on(tx, m.starts_on)?;
            let states: Vec<(String, String)> = country_db::list(tx)?
                .into_iter()
                .filter(|c| members.iter().any(|code| code == c.code.as_str()))
                .map(|c| (c.code.to_string(), c.name))
                .collect();
            for item in standard_agenda(&states) {
                let presenter = match item.kind {
                    AgendaItemKind::PresidencyReport | AgendaItemKind::Quorum | AgendaItemKind::PreviousMinutes => {
                        "Presidencia".to_string()
                    }
                    AgendaItemKind::FollowUp => "Secretaría Técnica".to_string(),
                    AgendaItemKind::CountryReport => item.title.trim_start_matches("Informe de país: ").to_string(),
                    _ => String::new(),
                };
                agenda_db::append(
                    tx,
                    id,
                    &AgendaItem {
                        id: 0,
                        position: 0,
                        kind: item.kind,
                        title: item.title,
                        presenter,
                        country: item.country,
                        minutes: item.minutes,
                        notes: String::new(),
                        documents: Vec::new(),
                    },
                )?;
            }
            Ok(())
        })?;
        self.meeting(id)
    }

    pub fn add_agenda_item(&mut self, id: i64, draft: &AgendaItemDraft) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            meeting(tx, id)?;
            agenda_db::append(tx, id, &checked_item(tx, 0, draft)?)?;
            Ok::<_, ApiError>(())
        })?;
        self.meeting(id)
    }

    pub fn update_agenda_item(&mut self, item_id: i64, draft: &AgendaItemDraft) -> Result<MeetingDetail> {
        let id = self.store.write(|tx| {
            let id = item_meeting(tx, item_id)?;
            agenda_db::update(tx, &checked_item(tx, item_id, draft)?)?;
            Ok::<_, ApiError>(id)
        })?;
        self.meeting(id)
    }

    pub fn remove_agenda_item(&mut self, item_id: i64) -> Result<MeetingDetail> {
        let id = self.store.write(|tx| {
            let id = item_meeting(tx, item_id)?;
            agenda_db::remove(tx, item_id)?;
            Ok::<_, ApiError>(id)
        })?;
        self.meeting(id)
    }

    /// Moves an item to a new 1-based position on its agenda.
    pub fn move_agenda_item(&mut self, item_id: i64, to_position: u32) -> Result<MeetingDetail> {
        let id = self.store.write(|tx| {
            let id = item_meeting(tx, item_id)?;
            let mut ids: Vec<i64> = agenda_db::list(tx, id)?.iter().map(|i| i.id).collect();
            ids.retain(|i| *i != item_id);
            let index = (to_position.max(1) as usize - 1).min(ids.len());
            ids.insert(index, item_id);
            agenda_db::reorder(tx, &ids)?;
            Ok::<_, ApiError>(id)
        })?;
        self.meeting(id)
    }

    /// Records that the plenary approved the agenda at `at`, with any amendments.
    pub fn approve_agenda(&mut self, id: i64, at: NaiveDateTime, amendments: &str) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            let m = meeting(tx, id)?;
            if agenda_db::list(tx, id)?.is_empty() {
                return Err(ApiError::invalid(format!("La agenda de la {} está vacía", m.title)));
            }
            Ok(meeting_db::approve_agenda(tx, id, at, amendments.trim())?)
        })?;
        self.meeting(id)
    }

    /// Stores a reference document with an agenda item, with its SHA-256.
    pub fn attach_document(
        &mut self,
        item_id: i64,
        file_name: &str,
        content: &[u8],
        at: NaiveDateTime,
    ) -> Result<MeetingDetail> {
        let sha256 = hex(&Sha256::digest(content));
        let id = self.store.write(|tx| {
            let id = item_meeting(tx, item_id)?;
            agenda_db::attach(tx, item_id, file_name, &sha256, content, at)?;
            Ok::<_, ApiError>(id)
        })?;
        self.meeting(id)
    }

    /// A stored document's name and bytes, after checking them against the
    /// recorded SHA-256.
    pub fn document(&self, document_id: i64) -> Result<(String, Vec<u8>)> {
        let (name, sha256, content) = self
            .store
            .read(|conn| agenda_db::document(conn, document_id))?
            .ok_or_else(|| ApiError::not_found(format!("No existe el documento {document_id}")))?;
        if hex(&Sha256::digest(&content)) != sha256 {
            return Err(ApiError::invalid(format!(
                "El documento «{name}» no coincide con su huella SHA-256 registrada: el archivo fue alterado"
            )));
        }
        Ok((name, content))
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn item_meeting(conn: &Connection, item_id: i64) -> Result<i64> {
    agenda_db::meeting_of(conn, item_id)?
        .ok_or_else(|| ApiError::not_found(format!("No existe el punto de agenda {item_id}")))
}

fn checked_item(conn: &Connection, id: i64, draft: &AgendaItemDraft) -> Result<AgendaItem> {
    let title = pleno_domain::directory::required("el título del punto", &draft.title)?;
    let country = draft.country.as_deref().map(|c| known_country(conn, c)).transpose()?.map(|c| c.0.to_string());
    Ok(AgendaItem {
        id,
        position: 0,
        kind: draft.kind,
        title,
        presenter: draft.presenter.trim().to_string(),
        country,
        minutes: draft.minutes,
        notes: draft.notes.trim().to_string(),
        documents: Vec::new(),
    })
}
