//! The accountability registers (seed §VIII, §IX, §X): the country report each
//! state presents at a session, the Presidency's representations and where it
//! reported back, alliances and their joint actions, the milestones of the
//! states' instruments, good practices and their replications, and what an
//! event produced. Each is recorded here once; the indicators and reports are
//! computed from them (accountability_indicators.rs, accountability_report.rs).

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::accountability::{
    Alliance, AllianceKind, AllianceScope, AllianceSupport, CountryReport, GoodPractice, InstrumentKind, Milestone,
    Representation, Representative, Stage,
};
use pleno_domain::{Language, Localized, Text};
use pleno_store::alliance_db::NewAlliance;
use pleno_store::country_report_db::{self, ReportFile};
use pleno_store::good_practice_db::NewGoodPractice;
use pleno_store::milestone_db::NewMilestone;
use pleno_store::{
    agenda_db, alliance_db, good_practice_db, meeting_outcome_db, milestone_db, person_db, representation_db,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::directory::known_country;
use crate::meetings::{hex, meeting, title_text};
use crate::{Api, ApiError, ErrorCode, Result};

/// A representation as the Secretariat records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RepresentationDraft {
    pub event: String,
    pub held_on: NaiveDate,
    pub place: String,
    pub representative: Representative,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllianceDraft {
    pub partner: String,
    pub kind: AllianceKind,
    pub support: AllianceSupport,
    pub scope: AllianceScope,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MilestoneDraft {
    pub country: String,
    pub instrument: InstrumentKind,
    pub title: String,
    pub stage: Stage,
    pub reached_on: NaiveDate,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoodPracticeDraft {
    pub title: String,
    pub origin: String,
    pub recorded_on: NaiveDate,
    #[serde(default)]
    pub description: String,
}

/// Why the API refused a record of the accountability registers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum AccountabilityError {
    RepresentationNotFound {
        id: i64,
    },
    AllianceNotFound {
        id: i64,
    },
    PracticeNotFound {
        id: i64,
    },
    PersonNotFound {
        id: i64,
    },
    /// A required text left empty (`field` names it in Spanish and English).
    Missing {
        field: Text,
    },
    EndsBeforeStart {
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    },
    ActionOutsideAlliance {
        partner: String,
        done_on: NaiveDate,
    },
    AlreadyReported {
        meeting: Text,
    },
    ReportedBeforeEvent {
        meeting: Text,
        held_on: NaiveDate,
    },
    ItemOfAnotherMeeting {
        item_id: i64,
        meeting: Text,
    },
    MilestoneTaken {
        title: String,
        stage: Stage,
    },
    AlreadyReplicated {
        country: String,
    },
    OriginCannotReplicate {
        country: String,
    },
    ReportNotFound {
        id: i64,
    },
}

impl Localized for AccountabilityError {
    fn localized(&self, lang: Language) -> String {
        use AccountabilityError::*;
        let es = lang == Language::Es;
        match self {
            RepresentationNotFound { id } => lang
                .pick(&format!("no existe la representación {id}"), &format!("there is no representation {id}"))
                .into(),
            AllianceNotFound { id } => {
                lang.pick(&format!("no existe la alianza {id}"), &format!("there is no alliance {id}")).into()
            }
            PracticeNotFound { id } => lang
                .pick(&format!("no existe la buena práctica {id}"), &format!("there is no good practice {id}"))
                .into(),
            PersonNotFound { id } => {
                lang.pick(&format!("no existe la persona {id}"), &format!("there is no person {id}")).into()
            }
            ReportNotFound { id } => lang
                .pick(&format!("no existe el informe de país {id}"), &format!("there is no country report {id}"))
                .into(),
            Missing { field } if es => format!("falta {}", field.es),
            Missing { field } => format!("the {} is missing", field.en),
            EndsBeforeStart { .. } if es => "la alianza debe terminar el día que empieza o después".into(),
            EndsBeforeStart { .. } => "the alliance must end on the day it starts or later".into(),
            ActionOutsideAlliance { partner, done_on } if es => {
                format!(
                    "la alianza con {partner} no estaba vigente el {}",
                    pleno_domain::lang::long_date(lang, *done_on)
                )
            }
            ActionOutsideAlliance { partner, done_on } => {
                format!(
                    "the alliance with {partner} was not in force on {}",
                    pleno_domain::lang::long_date(lang, *done_on)
                )
            }
            AlreadyReported { meeting } if es => format!("la representación ya se informó en la {}", meeting.es),
            AlreadyReported { meeting } => format!("the representation was already reported at the {}", meeting.en),
            ReportedBeforeEvent { meeting, held_on } if es => format!(
                "la {} es anterior al evento ({}): se informa en una reunión posterior",
                meeting.es,
                pleno_domain::lang::long_date(lang, *held_on)
            ),
            ReportedBeforeEvent { meeting, held_on } => format!(
                "the {} precedes the event ({}): it is reported at a later meeting",
                meeting.en,
                pleno_domain::lang::long_date(lang, *held_on)
            ),
            ItemOfAnotherMeeting { item_id, meeting } if es => {
                format!("el punto {item_id} no es de la agenda de la {}", meeting.es)
            }
            ItemOfAnotherMeeting { item_id, meeting } => {
                format!("item {item_id} is not on the agenda of the {}", meeting.en)
            }
            MilestoneTaken { title, stage } if es => {
                format!("«{title}» ya tiene registrada la etapa {}", stage.spanish())
            }
            MilestoneTaken { title, stage } => format!("«{title}» already has the stage {} recorded", stage.english()),
            AlreadyReplicated { country } if es => format!("{country} ya replicó esta buena práctica"),
            AlreadyReplicated { country } => format!("{country} already replicated this good practice"),
            OriginCannotReplicate { country } if es => format!("{country} es el Estado de origen de la práctica"),
            OriginCannotReplicate { country } => format!("{country} is the state the practice came from"),
        }
    }
}

impl From<AccountabilityError> for ApiError {
    fn from(error: AccountabilityError) -> Self {
        use AccountabilityError::*;
        let code = match error {
            RepresentationNotFound { .. }
            | AllianceNotFound { .. }
            | PracticeNotFound { .. }
            | PersonNotFound { .. }
            | ReportNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

/// The text trimmed, or a refusal naming the field.
fn required(text: &str, es: &str, en: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AccountabilityError::Missing { field: Text::new(es, en) }.into());
    }
    Ok(text.to_string())
}

fn checked_representative(conn: &pleno_store::Connection, r: &Representative) -> Result<Representative> {
    Ok(match r {
        Representative::State { country } => {
            Representative::State { country: known_country(conn, country)?.0.to_string() }
        }
        Representative::Person { person_id } => {
            person_db::get(conn, *person_id)?.ok_or(AccountabilityError::PersonNotFound { id: *person_id })?;
            r.clone()
        }
    })
}

impl Api {
    pub fn add_representation(&mut self, draft: &RepresentationDraft, now: NaiveDateTime) -> Result<Representation> {
        let event = required(&draft.event, "el evento", "event")?;
        let place = required(&draft.place, "el lugar", "place")?;
        let id = self.store.write(|tx| {
            let who = checked_representative(tx, &draft.representative)?;
            Ok::<_, ApiError>(representation_db::insert(tx, &event, draft.held_on, &place, &who, now)?)
        })?;
        self.representation(id)
    }

    pub fn representation(&self, id: i64) -> Result<Representation> {
        self.store
            .read(|conn| representation_db::get(conn, id))?
            .ok_or_else(|| AccountabilityError::RepresentationNotFound { id }.into())
    }

    /// Every representation, the most recent first; `pending` keeps those not yet reported.
    pub fn representations(&self, pending: bool) -> Result<Vec<Representation>> {
        let mut all = self.store.read(representation_db::list)?;
        all.retain(|r| !pending || r.pending());
        Ok(all)
    }

    /// Records the meeting (and agenda item) where the Presidency reported on the
    /// representation: a meeting on or after the event, once.
    pub fn report_back(&mut self, id: i64, meeting_id: i64, item_id: Option<i64>) -> Result<Representation> {
        let current = self.representation(id)?;
        if let Some(done) = &current.reported_at {
            return Err(AccountabilityError::AlreadyReported { meeting: done.meeting_title.clone() }.into());
        }
        self.store.write(|tx| {
            let m = meeting(tx, meeting_id)?;
            if m.ends_on < current.held_on {
                return Err(AccountabilityError::ReportedBeforeEvent {
                    meeting: title_text(&m),
                    held_on: current.held_on,
                }
                .into());
            }
            if let Some(item) = item_id {
                let on_agenda = agenda_db::list(tx, meeting_id)?.iter().any(|i| i.id == item);
                if !on_agenda {
                    return Err(
                        AccountabilityError::ItemOfAnotherMeeting { item_id: item, meeting: title_text(&m) }.into()
                    );
                }
            }
            Ok::<_, ApiError>(representation_db::report_back(tx, id, meeting_id, item_id)?)
        })?;
        self.representation(id)
    }

    pub fn add_alliance(&mut self, draft: &AllianceDraft) -> Result<Alliance> {
        let partner = required(&draft.partner, "el socio de la alianza", "alliance's partner")?;
        if let Some(ends_on) = draft.ends_on.filter(|end| *end < draft.starts_on) {
            return Err(AccountabilityError::EndsBeforeStart { starts_on: draft.starts_on, ends_on }.into());
        }
        let alliance = NewAlliance {
            partner,
            kind: draft.kind,
            support: draft.support,
            scope: draft.scope,
            starts_on: draft.starts_on,
            ends_on: draft.ends_on,
        };
        let id = self.store.write(|tx| alliance_db::insert(tx, &alliance))?;
        self.alliance(id)
    }

    pub fn alliance(&self, id: i64) -> Result<Alliance> {
        self.store
            .read(|conn| alliance_db::get(conn, id))?
            .ok_or_else(|| AccountabilityError::AllianceNotFound { id }.into())
    }

    pub fn alliances(&self) -> Result<Vec<Alliance>> {
        Ok(self.store.read(alliance_db::list)?)
    }

    /// A joint action under an alliance, on a day the alliance was in force.
    pub fn add_alliance_action(&mut self, alliance_id: i64, title: &str, done_on: NaiveDate) -> Result<Alliance> {
        let alliance = self.alliance(alliance_id)?;
        let title = required(title, "el título de la acción", "action's title")?;
        if !alliance.overlaps(done_on, done_on) {
            return Err(AccountabilityError::ActionOutsideAlliance { partner: alliance.partner, done_on }.into());
        }
        self.store.write(|tx| alliance_db::insert_action(tx, alliance_id, &title, done_on))?;
        self.alliance(alliance_id)
    }

    pub fn add_milestone(&mut self, draft: &MilestoneDraft) -> Result<Milestone> {
        let title = required(&draft.title, "el título del instrumento", "instrument's title")?;
        let id = self.store.write(|tx| {
            let milestone = NewMilestone {
                country: known_country(tx, &draft.country)?.0.to_string(),
                instrument: draft.instrument,
                title: title.clone(),
                stage: draft.stage,
                reached_on: draft.reached_on,
                evidence: draft.evidence.trim().to_string(),
            };
            if milestone_db::exists(tx, &milestone)? {
                return Err(AccountabilityError::MilestoneTaken { title, stage: draft.stage }.into());
            }
            Ok::<_, ApiError>(milestone_db::insert(tx, &milestone)?)
        })?;
        Ok(self.store.read(|conn| milestone_db::get(conn, id))?.expect("just inserted"))
    }

    pub fn milestones(&self) -> Result<Vec<Milestone>> {
        Ok(self.store.read(milestone_db::list)?)
    }

    pub fn add_good_practice(&mut self, draft: &GoodPracticeDraft) -> Result<GoodPractice> {
        let title = required(&draft.title, "el título de la buena práctica", "good practice's title")?;
        let id = self.store.write(|tx| {
            let practice = NewGoodPractice {
                title,
                origin: known_country(tx, &draft.origin)?.0.to_string(),
                recorded_on: draft.recorded_on,
                description: draft.description.trim().to_string(),
            };
            Ok::<_, ApiError>(good_practice_db::insert(tx, &practice)?)
        })?;
        self.good_practice(id)
    }

    pub fn good_practice(&self, id: i64) -> Result<GoodPractice> {
        self.store
            .read(|conn| good_practice_db::get(conn, id))?
            .ok_or_else(|| AccountabilityError::PracticeNotFound { id }.into())
    }

    pub fn good_practices(&self) -> Result<Vec<GoodPractice>> {
        Ok(self.store.read(good_practice_db::list)?)
    }

    /// Records that another state replicated a good practice.
    pub fn replicate_practice(&mut self, id: i64, country: &str, on: NaiveDate) -> Result<GoodPractice> {
        let practice = self.good_practice(id)?;
        self.store.write(|tx| {
            let code = known_country(tx, country)?.0.to_string();
            if code == practice.origin {
                return Err(AccountabilityError::OriginCannotReplicate { country: code }.into());
            }
            if good_practice_db::replicated_by(tx, id, &code)? {
                return Err(AccountabilityError::AlreadyReplicated { country: code }.into());
            }
            Ok::<_, ApiError>(good_practice_db::insert_replication(tx, id, &code, on)?)
        })?;
        self.good_practice(id)
    }

    /// Records that a state presented its country report at a session, with the
    /// file as presented (kept with its SHA-256) when there is one.
    pub fn record_country_report(
        &mut self,
        meeting_id: i64,
        country: &str,
        file: Option<(&str, &[u8])>,
        now: NaiveDateTime,
    ) -> Result<CountryReport> {
        let sha = file.map(|(_, bytes)| hex(&Sha256::digest(bytes)));
        let id = self.store.write(|tx| {
            meeting(tx, meeting_id)?;
            let code = known_country(tx, country)?.0.to_string();
            let file = file.zip(sha.as_deref()).map(|((name, content), sha256)| ReportFile { name, sha256, content });
            Ok::<_, ApiError>(country_report_db::upsert(tx, meeting_id, &code, file, now)?)
        })?;
        Ok(self.store.read(|conn| country_report_db::get(conn, id))?.expect("just recorded"))
    }

    /// `record_country_report` with the file read from `path`.
    pub fn record_country_report_file(
        &mut self,
        meeting_id: i64,
        country: &str,
        path: &Path,
        now: NaiveDateTime,
    ) -> Result<CountryReport> {
        let bytes = crate::files::read_file(path)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.record_country_report(meeting_id, country, Some((&name, &bytes)), now)
    }

    pub fn country_reports(&self) -> Result<Vec<CountryReport>> {
        Ok(self.store.read(country_report_db::list)?)
    }

    /// The file of a report as presented: its name and bytes.
    pub fn country_report_file(&self, id: i64) -> Result<(String, Vec<u8>)> {
        let (name, _, bytes) = self
            .store
            .read(|conn| country_report_db::file(conn, id))?
            .ok_or(AccountabilityError::ReportNotFound { id })?;
        Ok((name, bytes))
    }

    /// Records something an event (or any session) produced.
    pub fn add_outcome(&mut self, meeting_id: i64, text: &str, on: NaiveDate) -> Result<Vec<String>> {
        let text = required(text, "el resultado", "outcome")?;
        self.store.write(|tx| {
            meeting(tx, meeting_id)?;
            Ok::<_, ApiError>(meeting_outcome_db::insert(tx, meeting_id, &text, on)?)
        })?;
        self.outcomes(meeting_id)
    }

    pub fn outcomes(&self, meeting_id: i64) -> Result<Vec<String>> {
        Ok(self.store.read(|conn| meeting_outcome_db::list(conn, meeting_id))?)
    }
}
