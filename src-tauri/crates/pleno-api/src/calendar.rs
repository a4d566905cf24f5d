//! A meeting as an iCalendar (.ics) event, for the delegations' calendars.

use chrono::{NaiveDateTime, NaiveTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};
use pleno_domain::Language;

use crate::meetings::MeetingDetail;
use crate::{Api, Result};

/// Where a day of meeting ends when nothing says otherwise (assumption).
const DAY_ENDS: NaiveTime = NaiveTime::from_hms_opt(18, 0, 0).expect("valid time");

impl Api {
    /// The meeting as a calendar with one event, worded in `lang`; `stamp` is when
    /// it was exported.
    pub fn meeting_ics(&self, meeting_id: i64, stamp: NaiveDateTime, lang: Language) -> Result<String> {
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let starts = m.starts_on.and_time(m.start_time);
        let ends = m.ends_on.and_time(DAY_ENDS.max(m.start_time));
        let title = lang.pick(&m.title, &m.title_en);
        let place = [m.city.as_str(), detail.country_name.as_deref().unwrap_or("")]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let location = match (place.is_empty(), m.link.is_empty()) {
            (false, true) => place,
            (true, false) => m.link.clone(),
            (false, false) => format!("{place} · {}", m.link),
            (true, true) => String::new(),
        };
        let event = Event::new()
            .uid(&format!("reunion-{}-{}-{}@pleno.coalicion-regional", m.kind.as_str(), m.number, m.id))
            .summary(&format!("{title} — {}", lang.pick("Coalición Regional", "Regional Coalition")))
            .description(&description(&detail, lang))
            .location(&location)
            .starts(starts)
            .ends(ends)
            .timestamp(Utc.from_utc_datetime(&stamp))
            .done();
        let calendar = Calendar::new().name("Pleno").push(event).done();
        Ok(calendar.to_string())
    }
}

/// The event's description: what the meeting is, who convenes it, the agenda.
fn description(detail: &MeetingDetail, lang: Language) -> String {
    let m = &detail.meeting;
    let mut text = match lang {
        Language::Es => format!(
            "{} de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes. Modalidad: {}.",
            m.title,
            m.modality.spanish()
        ),
        Language::En => format!(
            "{} of the Regional Coalition against Trafficking in Persons and Smuggling of Migrants. Modality: {}.",
            m.title_en,
            m.modality.english()
        ),
    };
    if let Some(convener) = &detail.convened_by {
        text.push_str(&lang.pick(
            format!(" Convoca: Presidencia de {convener}."),
            format!(" Convened by the Presidency of {convener}."),
        ));
    }
    if !detail.agenda.is_empty() {
        text.push_str("\n\nAgenda:\n");
        for item in &detail.agenda {
            text.push_str(&format!("{}. {} {}\n", item.position, item.starts_at.format("%H:%M"), item.title));
        }
    }
    text
}

impl Api {
    /// `meeting_ics`, written to the file the user chose.
    pub fn save_meeting_ics(
        &self,
        meeting_id: i64,
        stamp: NaiveDateTime,
        lang: Language,
        path: &std::path::Path,
    ) -> Result<()> {
        crate::write_file_atomically(path, self.meeting_ics(meeting_id, stamp, lang)?.as_bytes())
    }
}
