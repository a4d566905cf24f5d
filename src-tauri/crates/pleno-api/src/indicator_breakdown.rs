//! The computed indicators in more detail than `archive::computed_indicators`
//! gives them: 4.3.2 (participation of member states in meetings) split by
//! ordinaria and extraordinaria and per state, and the POA activities measured
//! by "Número de acuerdos de la Coalición Regional" (2.1.1.1 in the POA 2018),
//! counted from the agreements linked to them.

use chrono::NaiveDate;
use pleno_domain::agreement::LinkTarget;
use pleno_domain::meeting::MeetingKind;
use pleno_domain::text::fold;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::country_profile::held_meetings;
use crate::{Api, Result};

/// The indicator text of POA activities whose value is the number of agreements
/// linked to them (compared without accents or case).
pub const AGREEMENTS_INDICATOR: &str = "Número de acuerdos de la Coalición Regional";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StateParticipation {
    pub country: String,
    pub ordinarias: u32,
    pub extraordinarias: u32,
}

/// 4.3.2 in detail: the participations of member states in the meetings held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ParticipationBreakdown {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub total: u32,
    pub ordinarias: u32,
    pub extraordinarias: u32,
    pub meetings_ordinarias: u32,
    pub meetings_extraordinarias: u32,
    pub by_state: Vec<StateParticipation>,
}

/// A POA activity measured by the agreements linked to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivityAgreements {
    pub year: i32,
    pub code: String,
    pub indicator: String,
    pub agreements: u32,
}

impl Api {
    pub fn participation_breakdown(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<ParticipationBreakdown> {
        let held = self.store.read(|conn| held_meetings(conn, from, to))?;
        let mut by_state: Vec<StateParticipation> = self
            .countries()?
            .into_iter()
            .map(|c| StateParticipation { country: c.code, ordinarias: 0, extraordinarias: 0 })
            .collect();
        let mut b = ParticipationBreakdown {
            from,
            to,
            total: 0,
            ordinarias: 0,
            extraordinarias: 0,
            meetings_ordinarias: 0,
            meetings_extraordinarias: 0,
            by_state: Vec::new(),
        };
        // Indicator 4.3 counts the plenary's meetings only.
        for m in held.iter().filter(|m| m.meeting.kind.is_plenary()) {
            let n = m.present.len() as u32;
            match m.meeting.kind {
                MeetingKind::Ordinaria => (b.ordinarias += n, b.meetings_ordinarias += 1),
                _ => (b.extraordinarias += n, b.meetings_extraordinarias += 1),
            };
            for state in by_state.iter_mut().filter(|s| m.present.contains(&s.country)) {
                match m.meeting.kind {
                    MeetingKind::Ordinaria => state.ordinarias += 1,
                    _ => state.extraordinarias += 1,
                }
            }
        }
        b.total = b.ordinarias + b.extraordinarias;
        by_state.retain(|s| s.ordinarias + s.extraordinarias > 0);
        b.by_state = by_state;
        Ok(b)
    }

    /// For each activity of the POA of `year` whose indicator is the number of
    /// agreements of the Coalición Regional, the agreements linked to it.
    pub fn activity_agreement_counts(&self, year: i32, today: NaiveDate) -> Result<Vec<ActivityAgreements>> {
        let plan = self.operating_plan(year)?;
        let agreements = self.agreements(&AgreementFilter::default(), today)?;
        let wanted = fold(AGREEMENTS_INDICATOR);
        Ok(plan
            .activities()
            .filter(|a| fold(a.indicator.trim().trim_end_matches('.')) == wanted)
            .map(|a| ActivityAgreements {
                year,
                code: a.code.clone(),
                indicator: a.indicator.clone(),
                // Links name activities by code; a code repeated across years is
                // the same line of work carried forward.
                agreements: agreements
                    .iter()
                    .filter(|ag| ag.links.iter().any(|l| l.target == LinkTarget::Activity && l.code == a.code))
                    .count() as u32,
            })
            .collect())
    }
}
