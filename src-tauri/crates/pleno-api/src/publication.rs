//! What the published archive may show, decided once: the meetings, their approved
//! actas, the agreements those actas adopted with the follow-ups reported at
//! meetings whose actas are approved too, the Strategic Plan and the computed
//! indicators. Everything else is withheld — draft and circulated minutes, what
//! was decided at a meeting whose acta is not approved yet, unapproved errata,
//! attached documents, videoconference links — and the directory, with its
//! phones, e-mails and addresses, is never read at all. The site generator
//! (`pleno-site`) renders this and nothing else, so a page cannot leak what the
//! publication left out.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::agreement::{shown_status, Agreement, AgreementStatus};
use pleno_domain::meeting::MeetingStatus;
use pleno_domain::meeting_model::Meeting;
use pleno_domain::minutes::{Erratum, MinutesContent, MinutesStatus};
use pleno_domain::plan::StrategicPlan;
use pleno_domain::Text;
use serde::Serialize;

use crate::agreements::AgreementFilter;
use crate::archive::IndicatorValue;
use crate::{Api, Result};

/// The archive as a reader outside the Secretariat may see it, on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Publication {
    /// The day statuses ("vencido") are shown as of.
    pub as_of: NaiveDate,
    /// Every meeting past its draft, latest first.
    pub meetings: Vec<PublishedMeeting>,
    /// The agreements of approved actas, in the register's order.
    pub agreements: Vec<Agreement>,
    /// Per agreement (by id), how many of its follow-ups wait for the approval of
    /// the acta of the meeting they were reported at; the page says so, so that a
    /// status that looks old reads as what it is.
    pub pending_follow_ups: BTreeMap<i64, u32>,
    pub plan: StrategicPlan,
    /// 4.3.1 and 4.3.2, computed up to the last meeting whose acta is approved.
    pub indicators: Vec<IndicatorValue>,
    /// How much was left out, so the Secretariat can say so.
    pub withheld: Withheld,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishedMeeting {
    /// The meeting, without its videoconference link.
    pub meeting: Meeting,
    /// Where it took place and who hosted it, in Spanish and in English.
    pub country_name: Option<Text>,
    pub host_name: Option<Text>,
    /// Its acta, once approved; `None` while drafted or circulated.
    pub minutes: Option<PublishedMinutes>,
}

/// An approved acta as it was approved, with the errata approved since.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishedMinutes {
    pub content: MinutesContent,
    pub content_en: MinutesContent,
    pub hash: Option<String>,
    pub approved_at: Option<NaiveDateTime>,
    pub approved_by: Option<String>,
    pub approved_by_en: Option<String>,
    pub errata: Vec<Erratum>,
}

/// Counts of what the publication left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Withheld {
    /// Meetings past their draft whose acta is not approved.
    pub minutes: u32,
    /// Agreements adopted at those meetings.
    pub agreements: u32,
    /// Follow-ups reported at those meetings.
    pub follow_ups: u32,
}

impl Api {
    /// What `pleno publish` writes: the publishable part of the archive on `today`.
    pub fn publication(&self, today: NaiveDate) -> Result<Publication> {
        let mut withheld = Withheld::default();
        let meetings = self.published_meetings(&mut withheld)?;
        let approved: BTreeSet<i64> = meetings.iter().filter(|m| m.minutes.is_some()).map(|m| m.meeting.id).collect();
        let (agreements, pending_follow_ups) = self.published_agreements(&approved, today, &mut withheld)?;
        let last_approved = meetings.iter().filter(|m| m.minutes.is_some()).map(|m| m.meeting.ends_on).max();
        let indicators = match last_approved {
            Some(to) => self.computed_indicators(None, Some(to))?,
            None => Vec::new(),
        };
        Ok(Publication {
            as_of: today,
            meetings,
            agreements,
            pending_follow_ups,
            plan: self.plan()?.strategic_plan,
            indicators,
            withheld,
        })
    }

    /// Meetings past their draft, latest first, each with its acta if approved.
    fn published_meetings(&self, withheld: &mut Withheld) -> Result<Vec<PublishedMeeting>> {
        let countries = self.countries()?;
        let name = |code: &Option<String>| {
            let country = countries.iter().find(|c| Some(&c.code) == code.as_ref())?;
            Some(Text { es: country.name.clone(), en: country.name_en.clone() })
        };
        let mut published = Vec::new();
        for mut meeting in self.meetings()? {
            if meeting.status == MeetingStatus::Borrador {
                continue;
            }
            let view = self.minutes(meeting.id)?;
            let minutes = (view.status == MinutesStatus::Aprobada).then(|| PublishedMinutes {
                content: view.content,
                content_en: view.content_en,
                hash: view.hash,
                approved_at: view.approved_at,
                approved_by: view.approved_by,
                approved_by_en: view.approved_by_en,
                errata: view.errata.into_iter().filter(|e| e.approved_by.is_some()).collect(),
            });
            if minutes.is_none() {
                withheld.minutes += 1;
            }
            meeting.link.clear();
            published.push(PublishedMeeting {
                country_name: name(&meeting.country),
                host_name: name(&meeting.host),
                meeting,
                minutes,
            });
        }
        published.sort_by_key(|m| std::cmp::Reverse(m.meeting.starts_on));
        Ok(published)
    }

    /// The agreements of approved actas, with only the follow-ups that are public
    /// (reported at a meeting whose acta is approved, or entered by the Secretariat
    /// outside a meeting) and the status those follow-ups give.
    fn published_agreements(
        &self,
        approved: &BTreeSet<i64>,
        today: NaiveDate,
        withheld: &mut Withheld,
    ) -> Result<(Vec<Agreement>, BTreeMap<i64, u32>)> {
        let mut published = Vec::new();
        let mut pending = BTreeMap::new();
        for mut agreement in self.agreements(&AgreementFilter::default(), today)? {
            if !approved.contains(&agreement.meeting_id) {
                withheld.agreements += 1;
                withheld.follow_ups += agreement.follow_ups.len() as u32;
                continue;
            }
            let before = agreement.follow_ups.len();
            agreement.follow_ups.retain(|f| f.meeting_id.is_none_or(|m| approved.contains(&m)));
            let left_out = (before - agreement.follow_ups.len()) as u32;
            if left_out > 0 {
                pending.insert(agreement.id, left_out);
            }
            withheld.follow_ups += left_out;
            agreement.status = published_status(&agreement);
            agreement.shown_status = shown_status(agreement.status, agreement.due_on, today);
            published.push(agreement);
        }
        Ok((published, pending))
    }
}

/// The status the public follow-ups give: the last one that set a status, else
/// "pendiente", the status every agreement is adopted with.
fn published_status(agreement: &Agreement) -> AgreementStatus {
    agreement.follow_ups.iter().rev().find_map(|f| f.new_status).unwrap_or(AgreementStatus::Pendiente)
}
