//! A member state's profile, from the Directorio: the meetings it attended
//! (ordinarias and extraordinarias counted apart) over a period, the agreements
//! it answers for by status, and its monitoring reports with their completeness.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use pleno_domain::agreement::{ResponsibleKind, ShownStatus};
use pleno_domain::meeting::{MeetingKind, MeetingRole, MeetingStatus};
use pleno_domain::meeting_model::Meeting;
use pleno_domain::monitoring::Semester;
use pleno_domain::CountryCode;
use pleno_store::monitoring_db::{self, ReportQuery};
use pleno_store::{attendance_db, country_db, meeting_db, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::monitoring::ReportError;
use crate::poa::read_plan;
use crate::{Api, Result};

/// Meetings held while the state was a member, and how many it attended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct HeldAttended {
    pub held: u32,
    pub attended: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeetingsAttended {
    pub held: u32,
    pub attended: u32,
    pub ordinarias: HeldAttended,
    pub extraordinarias: HeldAttended,
    /// attended / held, 0–1, rounded to three decimals; none when nothing was held.
    pub rate: Option<f64>,
}

/// The agreements the state answers for, by the status shown on the day asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct AgreementCounts {
    pub total: u32,
    pub fulfilled: u32,
    pub in_progress: u32,
    pub pending: u32,
    pub overdue: u32,
    pub without_effect: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportSummary {
    pub id: i64,
    pub year: i32,
    pub semester: Semester,
    pub version: u32,
    pub reported_on: NaiveDate,
    pub superseded: bool,
    /// Activities with an entry, of the activities of the year's POA.
    pub entries: u32,
    pub activities: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CountryProfile {
    pub country: String,
    pub name: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub meetings: MeetingsAttended,
    pub agreements: AgreementCounts,
    pub reports: Vec<ReportSummary>,
}

fn within(date: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| f <= date) && to.is_none_or(|t| date <= t)
}

/// A meeting held in the period, the member states on its first day, and those
/// of them with a titular or suplente present at some moment.
pub(crate) struct HeldMeeting {
    pub meeting: Meeting,
    pub members: Vec<String>,
    pub present: BTreeSet<String>,
}

/// Meetings of any kind in session or closed (a draft or a convened one has not
/// been held) whose first day falls in the period.
pub(crate) fn held_meetings(
    conn: &Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<HeldMeeting>> {
    let mut held = Vec::new();
    for meeting in meeting_db::list(conn)? {
        if !matches!(meeting.status, MeetingStatus::EnCurso | MeetingStatus::Cerrada)
            || !within(meeting.starts_on, from, to)
        {
            continue;
        }
        let members = country_db::members_on(conn, meeting.starts_on)?;
        let present = attendance_db::list(conn, meeting.id)?
            .into_iter()
            .filter(|r| matches!(r.role, MeetingRole::Titular | MeetingRole::Suplente) && !r.stays.is_empty())
            .filter_map(|r| r.country)
            .filter(|c| members.contains(c))
            .collect();
        held.push(HeldMeeting { meeting, members, present });
    }
    Ok(held)
}

fn meetings_attended(held: &[HeldMeeting], country: &str) -> MeetingsAttended {
    let mut ordinarias = HeldAttended::default();
    let mut extraordinarias = HeldAttended::default();
    for m in held.iter().filter(|m| m.members.iter().any(|c| c == country)) {
        let counts = match m.meeting.kind {
            MeetingKind::Ordinaria => &mut ordinarias,
            MeetingKind::Extraordinaria => &mut extraordinarias,
            // Indicator 4.3 counts the plenary's meetings only.
            MeetingKind::Comite | MeetingKind::Tecnica | MeetingKind::Evento => continue,
        };
        counts.held += 1;
        counts.attended += u32::from(m.present.contains(country));
    }
    let held = ordinarias.held + extraordinarias.held;
    let attended = ordinarias.attended + extraordinarias.attended;
    let rate = (held > 0).then(|| (f64::from(attended) / f64::from(held) * 1000.0).round() / 1000.0);
    MeetingsAttended { held, attended, ordinarias, extraordinarias, rate }
}

fn report_summaries(
    conn: &Connection,
    country: &str,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<ReportSummary>> {
    let reports = monitoring_db::reports(conn, &ReportQuery { country: Some(country), ..Default::default() })?;
    let mut summaries = Vec::new();
    for r in reports.into_iter().filter(|r| within(r.reported_on, from, to)) {
        let activities = read_plan(conn, r.year)?.activities().count() as u32;
        summaries.push(ReportSummary {
            id: r.id,
            year: r.year,
            semester: r.semester,
            version: r.version,
            reported_on: r.reported_on,
            superseded: r.superseded,
            entries: r.entries.len() as u32,
            activities,
        });
    }
    Ok(summaries)
}

impl Api {
    /// A state's profile over a period (open ends: since/until always); `today`
    /// decides which agreements are overdue.
    pub fn country_profile(
        &self,
        country: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<CountryProfile> {
        let code = CountryCode::parse(country)?;
        let name = self
            .store
            .read(|conn| country_db::name(conn, &code))?
            .ok_or_else(|| ReportError::UnknownCountry { country: code.to_string() })?;
        let (meetings, reports) = self.store.read(|conn| {
            let held = held_meetings(conn, from, to)?;
            Ok::<_, crate::ApiError>((
                meetings_attended(&held, code.as_str()),
                report_summaries(conn, code.as_str(), from, to)?,
            ))
        })?;
        let mut agreements = AgreementCounts::default();
        for a in self.agreements(&AgreementFilter::default(), today)? {
            let answers = a
                .responsible
                .iter()
                .any(|r| r.kind == ResponsibleKind::State && r.country.as_deref() == Some(code.as_str()));
            if !answers || !within(a.adopted_on, from, to) {
                continue;
            }
            agreements.total += 1;
            match a.shown_status {
                ShownStatus::Cumplido => agreements.fulfilled += 1,
                ShownStatus::EnCurso => agreements.in_progress += 1,
                ShownStatus::Pendiente => agreements.pending += 1,
                ShownStatus::Vencido => agreements.overdue += 1,
                ShownStatus::SinEfecto => agreements.without_effect += 1,
            }
        }
        Ok(CountryProfile { country: code.to_string(), name, from, to, meetings, agreements, reports })
    }
}
