//! A meeting as an iCalendar (.ics) event, for the delegations' calendars.

use chrono::{NaiveDateTime, NaiveTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::{Api, Result};

/// Where a day of meeting ends when nothing says otherwise (assumption).
const DAY_ENDS: NaiveTime = NaiveTime::from_hms_opt(18, 0, 0).expect("valid time");

impl Api {
    /// The meeting as a calendar with one event; `stamp` is when it was exported.
    pub fn meeting_ics(&self, meeting_id: i64, stamp: NaiveDateTime) -> Result<String> {
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let start_time = NaiveTime::parse_from_str(&m.start_time, "%H:%M").unwrap_or(DAY_ENDS);
        let starts = m.starts_on.and_time(start_time);
        let ends = m.ends_on.and_time(DAY_ENDS.max(start_time));
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
        let mut description = format!(
            "{} de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes. Modalidad: {}.",
            m.title,
            m.modality.spanish()
        );
        if let Some(convener) = &detail.convened_by {
            description.push_str(&format!(" Convoca: Presidencia de {convener}."));
        }
        if !detail.agenda.is_empty() {
            description.push_str("\n\nAgenda:\n");
            for item in &detail.agenda {
                description.push_str(&format!("{}. {}\n", item.position, item.title));
            }
        }
        let event = Event::new()
            .uid(&format!("reunion-{}-{}-{}@pleno.coalicion-regional", m.kind.as_str(), m.number, m.id))
            .summary(&format!("{} — Coalición Regional", m.title))
            .description(&description)
            .location(&location)
            .starts(starts)
            .ends(ends)
            .timestamp(Utc.from_utc_datetime(&stamp))
            .done();
        let calendar = Calendar::new().name("Pleno").push(event).done();
        Ok(calendar.to_string())
    }
}
