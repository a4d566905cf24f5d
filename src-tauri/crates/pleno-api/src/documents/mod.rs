//! Documents the Secretariat prints: each is built here as a description from the
//! store and rendered to PDF bytes by `pleno-docs`, so the app and the CLI print
//! exactly the same thing.
//!
//! Every method takes the day to date the document with (`today`), and the
//! language to write it in; nothing here reads the clock. Each document keeps
//! its words in one place (a words struct or a `match lang`); the shared ones
//! are here.

mod accountability;
mod agenda;
mod agreements;
mod attendance;
mod directory;
mod minutes;
mod monitoring;
mod notice;
mod plan;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use pleno_docs::{coalition, DocsError, Document, Letterhead, RunningFooter, RunningHeader};
use pleno_domain::directory_model::Office;
use pleno_domain::lang::long_date;
use pleno_domain::meeting::{party_in, AgendaItemKind, Modality};
use pleno_domain::meeting_model::AgendaItem;
use pleno_domain::minutes::words;
use pleno_domain::Language;

use crate::directory_view::{Directory, Holder, StateCard};
use crate::meetings::MeetingDetail;
use crate::{ApiError, Result};

/// Why a document could not be printed.
#[derive(Debug, serde::Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum DocumentError {
    /// The layout engine refused the document (its message is Spanish only).
    Layout {
        reason: String,
    },
    NoStrategicPlan,
    NoOperatingPlan {
        year: i32,
        years: Vec<i32>,
    },
}

impl pleno_domain::Localized for DocumentError {
    fn localized(&self, lang: Language) -> String {
        let list = |years: &[i32]| years.iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
        match (lang, self) {
            (Language::Es, DocumentError::Layout { reason }) => reason.clone(),
            (Language::En, DocumentError::Layout { reason }) => format!("the document cannot be laid out: {reason}"),
            (Language::Es, DocumentError::NoStrategicPlan) => {
                "la base de datos no tiene el Plan Estratégico: ejecute «pleno init»".into()
            }
            (Language::En, DocumentError::NoStrategicPlan) => {
                "the database has no Strategic Plan: run “pleno init”".into()
            }
            (Language::Es, DocumentError::NoOperatingPlan { year, years }) if years.is_empty() => {
                format!("no hay plan operativo de {year}; los hay de: ninguno")
            }
            (Language::Es, DocumentError::NoOperatingPlan { year, years }) => {
                format!("no hay plan operativo de {year}; los hay de: {}", list(years))
            }
            (Language::En, DocumentError::NoOperatingPlan { year, years }) if years.is_empty() => {
                format!("there is no operating plan for {year}; there are none")
            }
            (Language::En, DocumentError::NoOperatingPlan { year, years }) => {
                format!("there is no operating plan for {year}; there are: {}", list(years))
            }
        }
    }
}

impl From<DocumentError> for ApiError {
    fn from(e: DocumentError) -> Self {
        ApiError::refusal(crate::ErrorCode::Invalid, &e)
    }
}

impl From<DocsError> for ApiError {
    fn from(error: DocsError) -> Self {
        DocumentError::Layout { reason: error.to_string() }.into()
    }
}

pub(crate) fn render(doc: &Document) -> Result<Vec<u8>> {
    Ok(pleno_docs::render(doc)?)
}

/// The Coalition's name left and the document right at the head of every page;
/// "Página N de M" and the date of issue at the foot, in the document's language.
fn running(doc: &mut Document, right: impl Into<String>, issued: NaiveDate) {
    let lang = doc.language;
    doc.header = Some(RunningHeader { left: coalition(lang).to_string(), right: right.into() });
    doc.footer = Some(RunningFooter::new(Some(long_date(lang, issued))));
}

/// The Coalition's letterhead, with the states holding the Presidency and the
/// Secretariat on the meeting's day.
fn letterhead(offices: &Offices, lang: Language) -> Letterhead {
    let held = [(Office::Presidencia, &offices.presidency), (Office::SecretariaTecnica, &offices.secretariat)]
        .into_iter()
        .filter_map(|(office, state)| {
            state.as_ref().map(|s| format!("{}: {}", words::office(lang, office), s.name_in(lang)))
        })
        .collect::<Vec<_>>();
    Letterhead {
        organisation: coalition(lang).to_string(),
        lines: if held.is_empty() { vec![] } else { vec![held.join("  ·  ")] },
    }
}

/// "10 de diciembre de 2026", "del 10 al 11 de diciembre de 2026",
/// "del 30 de noviembre al 2 de diciembre de 2026"; "10–11 December 2026",
/// "30 November – 2 December 2026".
fn date_range(lang: Language, start: NaiveDate, end: NaiveDate) -> String {
    if end <= start {
        return long_date(lang, start);
    }
    let full_end = long_date(lang, end);
    let start_text = long_date(lang, start);
    let without_year = start_text.trim_end_matches(&format!(" {}", start.year())).trim_end_matches(" de").to_string();
    match (lang, start.year() != end.year(), start.month() != end.month()) {
        (Language::Es, true, _) => format!("del {start_text} al {full_end}"),
        (Language::Es, false, true) => format!("del {without_year} al {full_end}"),
        (Language::Es, false, false) => format!("del {} al {full_end}", start.day()),
        (Language::En, true, _) => format!("{start_text} – {full_end}"),
        (Language::En, false, true) => format!("{without_year} – {full_end}"),
        (Language::En, false, false) => format!("{}–{full_end}", start.day()),
    }
}

/// The meeting's title in the document's language ("XV Ordinary Meeting").
fn title(detail: &MeetingDetail, lang: Language) -> String {
    let m = &detail.meeting;
    match lang {
        Language::Es => m.title.clone(),
        Language::En => words::meeting_title(lang, m.kind, m.number),
    }
}

fn hm(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// "Ciudad de Panamá, Panamá": where an in-person or hybrid meeting is held.
fn place(detail: &MeetingDetail, lang: Language) -> String {
    let m = &detail.meeting;
    let parts: Vec<&str> =
        [m.city.as_str(), detail.country_name.as_deref().unwrap_or("")].into_iter().filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        lang.pick("lugar por confirmar", "venue to be confirmed").to_string()
    } else {
        parts.join(", ")
    }
}

/// "10 de diciembre de 2026 · Ciudad de Panamá, Panamá · modalidad híbrida", or
/// "… · sesión virtual".
fn meeting_line(detail: &MeetingDetail, lang: Language) -> String {
    let m = &detail.meeting;
    let date = date_range(lang, m.starts_on, m.ends_on);
    let modality = words::modality(lang, m.modality);
    match (lang, m.modality == Modality::Virtual) {
        (Language::Es, true) => format!("{date}  ·  sesión virtual"),
        (Language::En, true) => format!("{date}  ·  virtual session"),
        (Language::Es, false) => format!("{date}  ·  {}  ·  modalidad {modality}", place(detail, lang)),
        (Language::En, false) => format!("{date}  ·  {}  ·  {modality}", place(detail, lang)),
    }
}

/// The states holding the Presidency and the Technical Secretariat on a day, each
/// with its card in the directory of that day.
struct Offices {
    presidency: Option<StateCard>,
    secretariat: Option<StateCard>,
}

impl Offices {
    fn on(directory: &Directory) -> Self {
        let holder = |which: Office| {
            directory
                .offices
                .iter()
                .find(|t| t.office == which)
                .and_then(|t| directory.states.iter().find(|s| s.code == t.country).cloned())
        };
        Offices { presidency: holder(Office::Presidencia), secretariat: holder(Office::SecretariaTecnica) }
    }
}

/// Who speaks for a state: its titulares first (trata, then tráfico), then its
/// suplentes.
fn representative(state: &StateCard) -> Option<&Holder> {
    let titular = state.seats.iter().filter(|s| s.role == pleno_domain::directory::SeatRole::Titular);
    let suplente = state.seats.iter().filter(|s| s.role == pleno_domain::directory::SeatRole::Suplente);
    titular.chain(suplente).find_map(|s| s.holder.as_ref())
}

/// "Licda. Ana Lucía Vargas Solís": the honorific, where there is one, before the name.
/// An agenda item's title and presenter as a document in `lang` prints them:
/// the kind's default title in `lang`, and a country report the standard agenda
/// made ("Informe de país: Belice", presented by Belice) naming the state in
/// `lang` too; what the Secretariat typed stays as typed.
fn item_words(item: &AgendaItem, directory: &Directory, lang: Language) -> (String, String) {
    let state = item.country.as_deref().and_then(|code| directory.states.iter().find(|s| s.code == code));
    let report = AgendaItemKind::CountryReport;
    let title = match state {
        Some(s) if item.kind == report && item.title == report.titled(&s.name, Language::Es) => {
            report.titled(s.name_in(lang), lang)
        }
        _ => item.kind.title_in(&item.title, lang),
    };
    let presenter = match state {
        Some(s) if item.presenter == s.name => s.name_in(lang).to_string(),
        _ => party_in(&item.presenter, lang),
    };
    (title, presenter)
}

fn holder_name(holder: &Holder) -> String {
    if holder.honorific.is_empty() {
        holder.name.clone()
    } else {
        format!("{} {}", holder.honorific, holder.name)
    }
}

/// "Comisión Nacional contra la Trata de Personas (CNTP)", or a plain description
/// where the mechanism's name is not recorded.
fn mechanism(state: &StateCard, lang: Language) -> String {
    match (state.mechanism.is_empty(), state.mechanism_acronym.is_empty()) {
        (true, _) => lang.pick("mecanismo nacional", "national mechanism").to_string(),
        (false, true) => state.mechanism.clone(),
        (false, false) => format!("{} ({})", state.mechanism, state.mechanism_acronym),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn meeting_dates_read_as_the_secretariat_writes_them() {
        use Language::{En, Es};
        let cases = [
            ((2026, 12, 10), (2026, 12, 10), "10 de diciembre de 2026", "10 December 2026"),
            ((2026, 12, 10), (2026, 12, 11), "del 10 al 11 de diciembre de 2026", "10–11 December 2026"),
            (
                (2026, 11, 30),
                (2026, 12, 2),
                "del 30 de noviembre al 2 de diciembre de 2026",
                "30 November – 2 December 2026",
            ),
            (
                (2026, 12, 31),
                (2027, 1, 1),
                "del 31 de diciembre de 2026 al 1 de enero de 2027",
                "31 December 2026 – 1 January 2027",
            ),
        ];
        for ((y1, m1, d1), (y2, m2, d2), es, en) in cases {
            assert_eq!(date_range(Es, d(y1, m1, d1), d(y2, m2, d2)), es);
            assert_eq!(date_range(En, d(y1, m1, d1), d(y2, m2, d2)), en);
        }
    }
}
