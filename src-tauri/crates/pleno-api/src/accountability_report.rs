//! The end-of-term report of an office (seed §VIII: the Presidency and the
//! Technical Secretariat each "Presentar un informe al término del período") and
//! the biennial accountability report (§IX), computed from the record and never
//! typed in: meetings held by kind with attendance by state, agreements by
//! status and axis, every strategic indicator with its target and value, the
//! weighted POA results, representations, alliances and country reports; the
//! biennial one also compares with the period before it. The same value is the
//! JSON export and what the PDF prints (documents/accountability.rs).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use pleno_domain::accountability::{Alliance, Representation};
use pleno_domain::agreement::ShownStatus;
use pleno_domain::directory_model::Office;
use pleno_domain::lang::long_date;
use pleno_domain::meeting::MeetingKind;
use pleno_domain::monitoring::WeightedResult;
use pleno_domain::{Language, Localized, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::accountability_indicators::{BreakdownItem, RegisterIndicator};
use crate::agreements::AgreementFilter;
use crate::country_profile::held_meetings;
use crate::{Api, ApiError, ErrorCode, Result};

/// Agreements adopted in the period, by the status they show on its last day
/// (`PeriodAgreements` in TypeScript: a state's profile has its own `AgreementCounts`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "PeriodAgreements", export_to = "PeriodAgreements.ts")]
pub struct AgreementCounts {
    pub adopted: u32,
    pub fulfilled: u32,
    /// Pending or under way, and not past their due date.
    pub in_progress: u32,
    pub overdue: u32,
    pub withdrawn: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AxisAgreements {
    /// The axis's code ("1"…"4"); empty for agreements linked to no part of the plan.
    pub axis: String,
    pub title: String,
    pub counts: AgreementCounts,
}

/// How often a member state attended, by kind of meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StateAttendance {
    pub country: String,
    pub name: String,
    /// Meetings attended, by kind (`ordinaria`, `comite`, …).
    pub attended: BTreeMap<String, u32>,
}

/// A member state's country reports over the plenary sessions of the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StateReports {
    pub country: String,
    pub name: String,
    pub sessions: u32,
    pub presented: u32,
    /// presented / sessions, to three decimals; none without sessions.
    pub rate: Option<f64>,
}

/// A strategic indicator with its target and its value, computed from the
/// record or reported (the latest regional measurement up to the period's end).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReportIndicator {
    pub code: String,
    pub title: String,
    pub value: Option<f64>,
    pub target: Option<f64>,
    /// `computed` or `reported`.
    pub source: String,
    pub breakdown: Vec<BreakdownItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PoaYear {
    pub year: i32,
    pub axes: Vec<WeightedResult>,
    pub objectives: Vec<WeightedResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PoaResults {
    pub years: Vec<PoaYear>,
    /// Why the years shown are not the period's own, when they are not.
    pub note: Option<Text>,
}

/// The figures of the period before, for the biennial comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PeriodComparison {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub meetings: BTreeMap<String, u32>,
    pub agreements: AgreementCounts,
    pub indicators: Vec<ReportIndicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AccountabilityReport {
    pub title: Text,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The office and the state holding it, for an end-of-term report.
    pub office: Option<Office>,
    pub holder: Option<String>,
    pub holder_name: Option<String>,
    /// Meetings held in the period by kind; every kind is listed, held or not.
    pub meetings: BTreeMap<String, u32>,
    pub attendance: Vec<StateAttendance>,
    pub agreements: AgreementCounts,
    pub agreements_by_axis: Vec<AxisAgreements>,
    pub indicators: Vec<ReportIndicator>,
    /// The POA's own indicators the registers feed (1.1.1, 1.2.1, 4.1.1.2).
    pub poa_indicators: Vec<RegisterIndicator>,
    pub poa: PoaResults,
    pub representations: Vec<Representation>,
    pub alliances: Vec<Alliance>,
    pub country_reports: Vec<StateReports>,
    pub previous: Option<PeriodComparison>,
}

/// Why a report could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum ReportError {
    NoTerm { office: Office, on: NaiveDate },
    EndsBeforeStart { from: NaiveDate, to: NaiveDate },
}

impl Localized for ReportError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (ReportError::NoTerm { office, on }, Language::Es) => {
                format!("ningún Estado tenía la {} el {} ni antes", office.spanish(), long_date(lang, *on))
            }
            (ReportError::NoTerm { office, on }, Language::En) => {
                format!("no state held the {} on {} or before", office.english(), long_date(lang, *on))
            }
            (ReportError::EndsBeforeStart { .. }, Language::Es) => "el período debe terminar después de empezar".into(),
            (ReportError::EndsBeforeStart { .. }, Language::En) => "the period must end after it starts".into(),
        }
    }
}

impl From<ReportError> for ApiError {
    fn from(e: ReportError) -> Self {
        let code = match e {
            ReportError::NoTerm { .. } => ErrorCode::NotFound,
            ReportError::EndsBeforeStart { .. } => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &e)
    }
}

/// The period of the same length just before `from`–`to`: whole months when
/// the period is whole months (two calendar years before two calendar years),
/// else the same number of days.
fn previous_period(from: NaiveDate, to: NaiveDate) -> (NaiveDate, NaiveDate) {
    let before_to = from.pred_opt().unwrap_or(from);
    let next = to.succ_opt().unwrap_or(to);
    if from.day() == 1 && next.day() == 1 {
        let months = (next.year() - from.year()) * 12 + next.month() as i32 - from.month() as i32;
        if let Some(start) = from.checked_sub_months(chrono::Months::new(months.max(0) as u32)) {
            return (start, before_to);
        }
    }
    (before_to - (to - from), before_to)
}

fn within(day: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    from <= day && day <= to
}

fn count(counts: &mut AgreementCounts, status: ShownStatus) {
    counts.adopted += 1;
    match status {
        ShownStatus::Cumplido => counts.fulfilled += 1,
        ShownStatus::Vencido => counts.overdue += 1,
        ShownStatus::SinEfecto => counts.withdrawn += 1,
        ShownStatus::Pendiente | ShownStatus::EnCurso => counts.in_progress += 1,
    }
}

/// "Informe de fin de período de la Presidencia — Panamá" and its English.
fn term_title(office: Office, holder: &str) -> Text {
    Text::build(|lang| match lang {
        Language::Es => format!("Informe de fin de período de la {} — {holder}", office.spanish()),
        Language::En => format!("End-of-term report of the {} — {holder}", office.english()),
    })
}

impl Api {
    /// The report of the term of `office` in force on `on` (or the last one
    /// begun by then), from its first day to its last, or to `on` if still running.
    pub fn term_report(&self, office: Office, on: NaiveDate) -> Result<AccountabilityReport> {
        let term = self
            .office_terms(office)?
            .into_iter()
            .filter(|t| t.starts_on <= on)
            .max_by_key(|t| t.starts_on)
            .ok_or(ReportError::NoTerm { office, on })?;
        let to = match term.ends_on {
            Some(end) if end <= on => end.pred_opt().unwrap_or(end),
            _ => on,
        };
        let mut report = self.period_report(term.starts_on, to)?;
        report.title = term_title(office, &term.country_name);
        report.office = Some(office);
        report.holder = Some(term.country);
        report.holder_name = Some(term.country_name);
        Ok(report)
    }

    /// The biennial accountability report (§IX) over `from`–`to`, with the
    /// period of the same length before it for comparison.
    pub fn accountability_report(&self, from: NaiveDate, to: NaiveDate) -> Result<AccountabilityReport> {
        let mut report = self.period_report(from, to)?;
        report.title = Text::new("Informe de rendición de cuentas", "Accountability report");
        let (before_from, before_to) = previous_period(from, to);
        let before = self.period_report(before_from, before_to)?;
        report.previous = Some(PeriodComparison {
            from: before.from,
            to: before.to,
            meetings: before.meetings,
            agreements: before.agreements,
            indicators: before.indicators,
        });
        Ok(report)
    }

    fn period_report(&self, from: NaiveDate, to: NaiveDate) -> Result<AccountabilityReport> {
        if to < from {
            return Err(ReportError::EndsBeforeStart { from, to }.into());
        }
        let (meetings, attendance, country_reports) = self.meetings_of(from, to)?;
        let (agreements, agreements_by_axis) = self.agreements_of(from, to)?;
        let registers = self.register_indicators(from, to)?;
        let (strategic, poa_indicators): (Vec<_>, Vec<_>) =
            registers.into_iter().partition(|i| crate::accountability_indicators::is_strategic(&i.code));
        Ok(AccountabilityReport {
            title: Text::new("Informe del período", "Report of the period"),
            from,
            to,
            office: None,
            holder: None,
            holder_name: None,
            meetings,
            attendance,
            agreements,
            agreements_by_axis,
            indicators: self.strategic_indicators(from, to, &strategic)?,
            poa_indicators,
            poa: self.poa_results(from, to)?,
            representations: self.representations(false)?.into_iter().filter(|r| within(r.held_on, from, to)).collect(),
            alliances: self.alliances()?.into_iter().filter(|a| a.overlaps(from, to)).collect(),
            country_reports,
            previous: None,
        })
    }

    /// Meetings held by kind, attendance by state and kind, and country reports.
    #[allow(clippy::type_complexity)]
    fn meetings_of(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(BTreeMap<String, u32>, Vec<StateAttendance>, Vec<StateReports>)> {
        let held = self.store.read(|conn| held_meetings(conn, Some(from), Some(to)))?;
        let mut by_kind: BTreeMap<String, u32> = MeetingKind::ALL.iter().map(|k| (k.as_str().to_string(), 0)).collect();
        let countries = self.countries()?;
        let mut attendance: Vec<StateAttendance> = countries
            .iter()
            .map(|c| StateAttendance { country: c.code.clone(), name: c.name.clone(), attended: BTreeMap::new() })
            .collect();
        for m in &held {
            *by_kind.entry(m.meeting.kind.as_str().into()).or_default() += 1;
            for s in attendance.iter_mut().filter(|s| m.present.contains(&s.country)) {
                *s.attended.entry(m.meeting.kind.as_str().into()).or_default() += 1;
            }
        }
        attendance.retain(|s| !s.attended.is_empty());
        let reports = self.country_reports()?;
        let plenaries: Vec<_> = held.iter().filter(|m| m.meeting.kind.is_plenary()).collect();
        let country_reports = countries
            .iter()
            .map(|c| {
                let sessions: Vec<i64> =
                    plenaries.iter().filter(|m| m.members.contains(&c.code)).map(|m| m.meeting.id).collect();
                let presented =
                    reports.iter().filter(|r| r.country == c.code && sessions.contains(&r.meeting_id)).count() as u32;
                let n = sessions.len() as u32;
                let rate = (n > 0).then(|| (f64::from(presented) / f64::from(n) * 1000.0).round() / 1000.0);
                StateReports { country: c.code.clone(), name: c.name.clone(), sessions: n, presented, rate }
            })
            .filter(|s| s.sessions > 0)
            .collect();
        Ok((by_kind, attendance, country_reports))
    }

    /// Agreements adopted in the period, overall and by the axes of what they advance.
    fn agreements_of(&self, from: NaiveDate, to: NaiveDate) -> Result<(AgreementCounts, Vec<AxisAgreements>)> {
        let axes: Vec<(String, String)> =
            self.plan()?.strategic_plan.axes.into_iter().map(|a| (a.code, a.title)).collect();
        let mut by_axis: Vec<AxisAgreements> = axes
            .iter()
            .map(|(code, title)| AxisAgreements {
                axis: code.clone(),
                title: title.clone(),
                counts: Default::default(),
            })
            .collect();
        let mut unlinked = AgreementCounts::default();
        let mut total = AgreementCounts::default();
        let adopted = self.agreements(&AgreementFilter::default(), to)?;
        for a in adopted.iter().filter(|a| within(a.adopted_on, from, to)) {
            count(&mut total, a.shown_status);
            let mut codes: Vec<&str> = a.links.iter().filter_map(|l| l.code.split('.').next()).collect();
            codes.sort();
            codes.dedup();
            if codes.is_empty() {
                count(&mut unlinked, a.shown_status);
            }
            for axis in by_axis.iter_mut().filter(|x| codes.contains(&x.axis.as_str())) {
                count(&mut axis.counts, a.shown_status);
            }
        }
        if unlinked.adopted > 0 {
            by_axis.push(AxisAgreements { axis: String::new(), title: String::new(), counts: unlinked });
        }
        Ok((total, by_axis))
    }

    /// Every indicator of the Strategic Plan: computed from the record where Pleno
    /// can, else the latest regional measurement up to `to`.
    fn strategic_indicators(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        registers: &[RegisterIndicator],
    ) -> Result<Vec<ReportIndicator>> {
        let computed = self.computed_indicators(Some(from), Some(to))?;
        let plan = self.plan()?;
        let mut out = Vec::new();
        for i in plan.strategic_plan.indicators() {
            let detail = self.indicator_detail(&i.code)?;
            let target = detail.target.target_value;
            let reported = || {
                detail
                    .measurements
                    .iter()
                    .filter(|m| m.country.is_none() && m.measured_on <= to)
                    .max_by_key(|m| m.measured_on)
                    .map(|m| m.value)
            };
            let (value, source, breakdown) = if let Some(c) = computed.iter().find(|c| c.code == i.code) {
                (Some(f64::from(c.value)), "computed", Vec::new())
            } else if let Some(r) = registers.iter().find(|r| r.code == i.code) {
                (Some(f64::from(r.value)), "computed", r.breakdown.clone())
            } else {
                (reported(), "reported", Vec::new())
            };
            out.push(ReportIndicator {
                code: i.code.clone(),
                title: i.title.clone(),
                value,
                target,
                source: source.into(),
                breakdown,
            });
        }
        Ok(out)
    }

    /// The weighted results of each year's POA the period touches; when none of
    /// them has monitoring reports, those of the latest POA before that has.
    fn poa_results(&self, from: NaiveDate, to: NaiveDate) -> Result<PoaResults> {
        let mut years = Vec::new();
        for year in from.year()..=to.year() {
            if let Some(results) = self.poa_year(year)? {
                years.push(results);
            }
        }
        let reported = |y: &PoaYear| y.axes.iter().any(|a| a.weighted.is_some());
        if years.iter().any(reported) {
            return Ok(PoaResults { years, note: None });
        }
        let mut earlier: Vec<i32> =
            self.plan()?.operating_plans.iter().map(|p| p.year).filter(|y| *y < from.year()).collect();
        earlier.sort_unstable_by(|a, b| b.cmp(a));
        for year in earlier {
            if let Some(latest) = self.poa_year(year)?.filter(reported) {
                let note = Text::build(|lang| {
                    match lang {
                    Language::Es => format!(
                        "Los POA del período no tienen informes de seguimiento; se muestran los resultados del POA {year}, el último con informes."
                    ),
                    Language::En => format!(
                        "The period's POAs have no monitoring reports; the results shown are those of the POA {year}, the latest with reports."
                    ),
                }
                });
                return Ok(PoaResults { years: vec![latest], note: Some(note) });
            }
        }
        let note = Text::new("No hay informes de seguimiento del POA.", "There are no POA monitoring reports.");
        Ok(PoaResults { years, note: Some(note) })
    }

    fn poa_year(&self, year: i32) -> Result<Option<PoaYear>> {
        if self.operating_plan(year).is_err() {
            return Ok(None);
        }
        let rollup = self.monitoring_rollup(year, None)?;
        Ok(Some(PoaYear { year, axes: rollup.axes, objectives: rollup.objectives }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_previous_period_has_the_same_months_or_the_same_days() {
        let cases = [
            (("2025-01-01", "2026-12-31"), ("2023-01-01", "2024-12-31")),
            (("2026-01-01", "2026-06-30"), ("2025-07-01", "2025-12-31")),
            (("2026-03-10", "2026-03-19"), ("2026-02-28", "2026-03-09")),
        ];
        for ((from, to), (was_from, was_to)) in cases {
            assert_eq!(previous_period(d(from), d(to)), (d(was_from), d(was_to)), "{from}–{to}");
        }
    }
}
