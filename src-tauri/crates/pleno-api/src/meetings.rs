//! Meetings and their agenda: creating and numbering a meeting, the standard
//! agenda, items with their reference documents, and the agenda's approval.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use pleno_domain::directory_model::Office;
use pleno_domain::meeting::{
    check_body, check_place, meeting_title, schedule, standard_agenda, AgendaItemKind, EventKind, MeetingKind,
    MeetingRule, MeetingStatus, Modality,
};
use pleno_domain::meeting_model::{AgendaItem, Meeting, ScheduledItem};
use pleno_domain::{Language, Localized, Text};
use pleno_store::agenda_db::ItemFields;
use pleno_store::meeting_db::MeetingFields;
use pleno_store::{agenda_db, appointment_db, attendance_db, committee_db, country_db, meeting_db, Connection};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::directory::known_country;
use crate::{Api, ApiError, ErrorCode, Result};

/// What the Secretariat fills in to create or edit a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingDraft {
    pub kind: MeetingKind,
    /// `None` takes the next number for the kind.
    pub number: Option<u32>,
    pub starts_on: NaiveDate,
    /// `None` for a one-day meeting.
    pub ends_on: Option<NaiveDate>,
    /// 09:00 when `None`.
    #[serde(default, with = "pleno_domain::dates::hh_mm::option")]
    #[ts(type = "string | null")]
    pub start_time: Option<NaiveTime>,
    pub city: String,
    pub country: Option<String>,
    pub host: Option<String>,
    pub modality: Modality,
    #[serde(default)]
    pub link: String,
    /// The committee of a committee session (kind `comite`), numbered within it.
    #[serde(default)]
    pub committee: Option<i64>,
    /// What kind of event an event (kind `evento`) is.
    #[serde(default)]
    pub event_kind: Option<EventKind>,
}

/// A meeting with what the Secretariat reads beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    /// The state holding the Presidency on the meeting's first day, which convenes it.
    pub convened_by: Option<String>,
    pub country_name: Option<String>,
    pub host_name: Option<String>,
    /// The agenda in order, each item with the time it starts.
    pub agenda: Vec<ScheduledItem>,
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

/// Why the API refused something about a meeting or its agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum MeetingError {
    MeetingNotFound {
        id: i64,
    },
    CommitteeNotFound {
        id: i64,
    },
    ItemNotFound {
        id: i64,
    },
    DocumentNotFound {
        id: i64,
    },
    AgendaNotEmpty {
        title: Text,
    },
    AgendaEmpty {
        title: Text,
    },
    DocumentAltered {
        name: String,
    },
    #[serde(untagged)]
    Rule(MeetingRule),
}

impl Localized for MeetingError {
    fn localized(&self, lang: Language) -> String {
        use MeetingError::*;
        match (self, lang) {
            (MeetingNotFound { id }, Language::Es) => format!("no existe la reunión {id}"),
            (MeetingNotFound { id }, Language::En) => format!("there is no meeting {id}"),
            (CommitteeNotFound { id }, Language::Es) => format!("no existe el comité {id}"),
            (CommitteeNotFound { id }, Language::En) => format!("there is no committee {id}"),
            (ItemNotFound { id }, Language::Es) => format!("no existe el punto de agenda {id}"),
            (ItemNotFound { id }, Language::En) => format!("there is no agenda item {id}"),
            (DocumentNotFound { id }, Language::Es) => format!("no existe el documento {id}"),
            (DocumentNotFound { id }, Language::En) => format!("there is no document {id}"),
            (AgendaNotEmpty { title }, Language::Es) => {
                format!("la agenda de la {} ya tiene puntos; añada o quite puntos uno a uno", title.es)
            }
            (AgendaNotEmpty { title }, Language::En) => {
                format!("the agenda of the {} already has items; add or remove items one at a time", title.en)
            }
            (AgendaEmpty { title }, Language::Es) => format!("la agenda de la {} está vacía", title.es),
            (AgendaEmpty { title }, Language::En) => format!("the agenda of the {} is empty", title.en),
            (DocumentAltered { name }, Language::Es) => {
                format!("el documento «{name}» no coincide con su huella SHA-256 registrada: el archivo fue alterado")
            }
            (DocumentAltered { name }, Language::En) => {
                format!("the document «{name}» does not match its recorded SHA-256: the file was altered")
            }
            (Rule(rule), lang) => rule.localized(lang),
        }
    }
}

impl From<MeetingError> for ApiError {
    fn from(error: MeetingError) -> Self {
        let code = match error {
            MeetingError::MeetingNotFound { .. }
            | MeetingError::CommitteeNotFound { .. }
            | MeetingError::ItemNotFound { .. }
            | MeetingError::DocumentNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

impl From<MeetingRule> for ApiError {
    fn from(rule: MeetingRule) -> Self {
        MeetingError::Rule(rule).into()
    }
}

/// A meeting's title in both languages, for messages.
pub(crate) fn title_text(m: &Meeting) -> Text {
    Text::new(m.title.clone(), m.title_en.clone())
}

pub(crate) fn meeting(conn: &Connection, id: i64) -> Result<Meeting> {
    meeting_db::get(conn, id)?.ok_or_else(|| MeetingError::MeetingNotFound { id }.into())
}

/// The start time when none is typed.
const DEFAULT_START: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

fn checked_meeting(conn: &Connection, id: Option<i64>, draft: &MeetingDraft) -> Result<MeetingFields> {
    let ends_on = draft.ends_on.unwrap_or(draft.starts_on);
    if ends_on < draft.starts_on {
        return Err(MeetingRule::EndsBeforeStart { starts_on: draft.starts_on, ends_on }.into());
    }
    check_place(draft.modality, &draft.city, &draft.link)?;
    let event_kind = check_body(draft.kind, draft.committee, draft.event_kind)?;
    if let Some(id) = draft.committee {
        committee_db::name(conn, id)?.ok_or(MeetingError::CommitteeNotFound { id })?;
    }
    let country = draft.country.as_deref().map(|c| known_country(conn, c)).transpose()?.map(|c| c.0.to_string());
    let host = draft.host.as_deref().map(|c| known_country(conn, c)).transpose()?.map(|c| c.0.to_string());
    let number = checked_number(conn, id, draft)?;
    let current = id.map(|id| meeting(conn, id)).transpose()?;
    Ok(MeetingFields {
        kind: draft.kind,
        number,
        starts_on: draft.starts_on,
        ends_on,
        start_time: draft.start_time.unwrap_or(DEFAULT_START),
        city: draft.city.trim().to_string(),
        country,
        host,
        modality: draft.modality,
        link: draft.link.trim().to_string(),
        notice_date: current.as_ref().and_then(|m| m.notice_date),
        status: current.as_ref().map_or(MeetingStatus::Borrador, |m| m.status),
        committee: draft.committee,
        event_kind,
    })
}

/// The number typed, or the next for the kind; never 0, never one already taken.
fn checked_number(conn: &Connection, id: Option<i64>, draft: &MeetingDraft) -> Result<u32> {
    let number = match draft.number {
        Some(0) => return Err(MeetingRule::NumberZero.into()),
        Some(n) => n,
        None => meeting_db::next_number(conn, draft.kind, draft.committee)?,
    };
    if meeting_db::number_taken(conn, draft.kind, draft.committee, number, id)? {
        let title = Text::build(|lang| meeting_title(draft.kind, number, lang));
        return Err(MeetingRule::NumberTaken { title }.into());
    }
    Ok(number)
}

/// The agenda with each item's start: the meeting's start time plus the minutes of
/// the items before it.
fn scheduled(meeting: &Meeting, items: Vec<AgendaItem>) -> Vec<ScheduledItem> {
    let minutes: Vec<u32> = items.iter().map(|i| i.minutes).collect();
    items
        .into_iter()
        .zip(schedule(meeting.start_time, &minutes))
        .map(|(item, (starts_at, ends_at))| ScheduledItem { item, starts_at, ends_at })
        .collect()
}

impl Api {
    pub fn create_meeting(&mut self, draft: &MeetingDraft) -> Result<MeetingDetail> {
        crate::draft_limits::meeting(draft)?;
        let id = self.store.write(|tx| {
            let m = checked_meeting(tx, None, draft)?;
            Ok::<_, ApiError>(meeting_db::insert(tx, &m)?)
        })?;
        self.meeting(id)
    }

    pub fn update_meeting(&mut self, id: i64, draft: &MeetingDraft) -> Result<MeetingDetail> {
        crate::draft_limits::meeting(draft)?;
        self.store.write(|tx| {
            let m = checked_meeting(tx, Some(id), draft)?;
            Ok::<_, ApiError>(meeting_db::update(tx, id, &m)?)
        })?;
        self.meeting(id)
    }

    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        Ok(self.store.read(meeting_db::list)?)
    }

    /// The meeting the Secretariat works towards: the one in session, else the
    /// earliest that has not closed; `None` when every meeting has closed.
    pub fn next_meeting(&self) -> Result<Option<Meeting>> {
        Ok(self.store.read(meeting_db::next_open)?)
    }

    /// A page of the meetings, most recent first: `limit` after `cursor`.
    pub fn meetings_page(&self, cursor: Option<&str>, limit: u32) -> Result<crate::paging::Page<Meeting>> {
        use crate::paging;
        let limit = paging::checked_limit(limit)?;
        let after = cursor.map(paging::parse_meeting_cursor).transpose()?;
        self.store.read(|conn| {
            let items = meeting_db::page(conn, after, limit + 1)?;
            let (items, next_cursor) = paging::cut(items, limit, |m| paging::meeting_cursor(m.starts_on, m.id));
            Ok(paging::Page { items, next_cursor, total: meeting_db::count(conn)? })
        })
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
                agenda: scheduled(&meeting, agenda_db::list(conn, id)?),
                meeting,
            })
        })
    }

    /// Moves a meeting to the next status at `now`: borrador → convocada (the
    /// notice is issued that day) → en curso → cerrada (the closing time, when
    /// whoever is still in the room leaves).
    pub fn advance_meeting(&mut self, id: i64, now: NaiveDateTime) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            let m = meeting(tx, id)?;
            let next = m.status.next().ok_or_else(|| MeetingRule::AlreadyClosed { title: title_text(&m) })?;
            let effects = next.effects(now);
            meeting_db::set_status(tx, id, next, effects)?;
            if let Some(closed_at) = effects.closed_at {
                attendance_db::close_open_stays(tx, id, closed_at)?;
            }
            Ok::<_, ApiError>(())
        })?;
        self.meeting(id)
    }

    /// Inserts the standard agenda into a meeting whose agenda is empty: one
    /// country report per state that is a member on the meeting's first day.
    pub fn insert_standard_agenda(&mut self, id: i64) -> Result<MeetingDetail> {
        self.store.write(|tx| {
            let m = meeting(tx, id)?;
            if !agenda_db::list(tx, id)?.is_empty() {
                return Err(MeetingError::AgendaNotEmpty { title: title_text(&m) }.into());
            }
            let members = country_db::members_on(tx, m.starts_on)?;
            let states: Vec<(String, String)> = country_db::list(tx)?
                .into_iter()
                .filter(|c| members.iter().any(|code| code == c.code.as_str()))
                .map(|c| (c.code.to_string(), c.name))
                .collect();
            for item in standard_agenda(&states) {
                let draft = AgendaItemDraft {
                    kind: item.kind,
                    title: item.title,
                    presenter: item.presenter,
                    country: item.country,
                    minutes: item.minutes,
                    notes: String::new(),
                };
                agenda_db::append(tx, id, &checked_item(tx, &draft)?)?;
            }
            Ok::<_, ApiError>(())
        })?;
        self.meeting(id)
    }

    /// Appends an item to a meeting's agenda and returns it as scheduled.
    pub fn add_agenda_item(&mut self, id: i64, draft: &AgendaItemDraft) -> Result<ScheduledItem> {
        crate::draft_limits::agenda_item(draft)?;
        let item_id = self.store.write(|tx| {
            meeting(tx, id)?;
            Ok::<_, ApiError>(agenda_db::append(tx, id, &checked_item(tx, draft)?)?)
        })?;
        self.agenda_item(item_id)
    }

    /// One agenda item, with the time it starts.
    pub fn agenda_item(&self, item_id: i64) -> Result<ScheduledItem> {
        let meeting_id = self.store.read(|conn| item_meeting(conn, item_id))?;
        let detail = self.meeting(meeting_id)?;
        let item = detail.agenda.into_iter().find(|i| i.item.id == item_id);
        item.ok_or_else(|| MeetingError::ItemNotFound { id: item_id }.into())
    }

    pub fn update_agenda_item(&mut self, item_id: i64, draft: &AgendaItemDraft) -> Result<MeetingDetail> {
        crate::draft_limits::agenda_item(draft)?;
        let id = self.store.write(|tx| {
            let id = item_meeting(tx, item_id)?;
            agenda_db::update(tx, item_id, &checked_item(tx, draft)?)?;
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
                return Err(ApiError::from(MeetingError::AgendaEmpty { title: title_text(&m) }));
            }
            Ok(meeting_db::approve_agenda(tx, id, at, amendments.trim())?)
        })?;
        self.meeting(id)
    }

    /// Reads a file and stores it with an agenda item: the one call the app's
    /// attach dialog and `pleno agenda attach` both make.
    pub fn attach_file(&mut self, item_id: i64, path: &Path, at: NaiveDateTime) -> Result<MeetingDetail> {
        let content = crate::files::read_file(path)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.attach_document(item_id, &name, &content, at)
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
            .ok_or(MeetingError::DocumentNotFound { id: document_id })?;
        if hex(&Sha256::digest(&content)) != sha256 {
            return Err(MeetingError::DocumentAltered { name }.into());
        }
        Ok((name, content))
    }

    /// Writes a stored document to `path`, after checking its SHA-256.
    pub fn save_document(&self, document_id: i64, path: &Path) -> Result<()> {
        let (_, content) = self.document(document_id)?;
        crate::write_file_atomically(path, &content)
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn item_meeting(conn: &Connection, item_id: i64) -> Result<i64> {
    agenda_db::meeting_of(conn, item_id)?.ok_or_else(|| MeetingError::ItemNotFound { id: item_id }.into())
}

/// An agenda item as typed, checked.
fn checked_item(conn: &Connection, draft: &AgendaItemDraft) -> Result<ItemFields> {
    let title = pleno_domain::directory::required("el título del punto", &draft.title)?;
    let country = draft.country.as_deref().map(|c| known_country(conn, c)).transpose()?.map(|c| c.0.to_string());
    Ok(ItemFields {
        kind: draft.kind,
        title,
        presenter: draft.presenter.trim().to_string(),
        country,
        minutes: draft.minutes,
        notes: draft.notes.trim().to_string(),
    })
}
