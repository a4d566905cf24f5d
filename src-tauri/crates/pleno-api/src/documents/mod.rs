//! Documents the Secretariat prints: each is built here as a description from the
//! store and rendered to PDF bytes by `pleno-docs`, so the app and the CLI print
//! exactly the same thing.
//!
//! Every method takes the day to date the document with (`today`); nothing here
//! reads the clock.

mod agenda;
mod agreements;
mod attendance;
mod directory;
mod minutes;
mod notice;
mod plan;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use pleno_docs::{DocsError, Document, Letterhead, RunningFooter, RunningHeader, COALITION};
use pleno_domain::directory_model::Office;
use pleno_domain::meeting::Modality;
use pleno_domain::spanish_long_date;

use crate::directory_view::{Directory, Holder, StateCard};
use crate::meetings::MeetingDetail;
use crate::{ApiError, Result};

impl From<DocsError> for ApiError {
    fn from(error: DocsError) -> Self {
        ApiError::invalid(pleno_domain::text::capitalise(&error.to_string()))
    }
}

pub(crate) fn render(doc: &Document) -> Result<Vec<u8>> {
    Ok(pleno_docs::render(doc)?)
}

/// The Coalition's name left and the document right at the head of every page;
/// "Página N de M" and the date of issue at the foot.
fn running(doc: &mut Document, right: impl Into<String>, issued: NaiveDate) {
    doc.header = Some(RunningHeader { left: COALITION.to_string(), right: right.into() });
    doc.footer = Some(RunningFooter::new(Some(spanish_long_date(issued))));
}

/// The Coalition's letterhead, with the states holding the Presidency and the
/// Secretariat on the meeting's day.
fn letterhead(offices: &Offices) -> Letterhead {
    let held = [("Presidencia", &offices.presidency), ("Secretaría Técnica", &offices.secretariat)]
        .into_iter()
        .filter_map(|(office, state)| state.as_ref().map(|s| format!("{office}: {}", s.name)))
        .collect::<Vec<_>>();
    Letterhead {
        organisation: COALITION.to_string(),
        lines: if held.is_empty() { vec![] } else { vec![held.join("  ·  ")] },
    }
}

/// "10 de diciembre de 2026", "del 10 al 11 de diciembre de 2026",
/// "del 30 de noviembre al 2 de diciembre de 2026".
fn date_range(start: NaiveDate, end: NaiveDate) -> String {
    if end <= start {
        return spanish_long_date(start);
    }
    let full_end = spanish_long_date(end);
    if start.year() != end.year() {
        format!("del {} al {full_end}", spanish_long_date(start))
    } else if start.month() != end.month() {
        let start_text = spanish_long_date(start);
        let without_year = start_text.trim_end_matches(&format!(" de {}", start.year())).to_string();
        format!("del {without_year} al {full_end}")
    } else {
        format!("del {} al {full_end}", start.day())
    }
}

fn hm(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// "Ciudad de Panamá, Panamá": where an in-person or hybrid meeting is held.
fn place(detail: &MeetingDetail) -> String {
    let m = &detail.meeting;
    let parts: Vec<&str> =
        [m.city.as_str(), detail.country_name.as_deref().unwrap_or("")].into_iter().filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        "lugar por confirmar".to_string()
    } else {
        parts.join(", ")
    }
}

/// "10 de diciembre de 2026 · Ciudad de Panamá, Panamá · modalidad híbrida", or
/// "… · sesión virtual".
fn meeting_line(detail: &MeetingDetail) -> String {
    let m = &detail.meeting;
    let date = date_range(m.starts_on, m.ends_on);
    if m.modality == Modality::Virtual {
        format!("{date}  ·  sesión virtual")
    } else {
        format!("{date}  ·  {}  ·  modalidad {}", place(detail), m.modality.spanish())
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
fn holder_name(holder: &Holder) -> String {
    if holder.honorific.is_empty() {
        holder.name.clone()
    } else {
        format!("{} {}", holder.honorific, holder.name)
    }
}

/// "Comisión Nacional contra la Trata de Personas (CNTP)", or a plain description
/// where the mechanism's name is not recorded.
fn mechanism(state: &StateCard) -> String {
    match (state.mechanism.is_empty(), state.mechanism_acronym.is_empty()) {
        (true, _) => "mecanismo nacional".to_string(),
        (false, true) => state.mechanism.clone(),
        (false, false) => format!("{} ({})", state.mechanism, state.mechanism_acronym),
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
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
        assert_eq!(date_range(d(2026, 12, 10), d(2026, 12, 10)), "10 de diciembre de 2026");
        assert_eq!(date_range(d(2026, 12, 10), d(2026, 12, 11)), "del 10 al 11 de diciembre de 2026");
        assert_eq!(date_range(d(2026, 11, 30), d(2026, 12, 2)), "del 30 de noviembre al 2 de diciembre de 2026");
        assert_eq!(date_range(d(2026, 12, 31), d(2027, 1, 1)), "del 31 de diciembre de 2026 al 1 de enero de 2027");
    }
}
