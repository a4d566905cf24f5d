//! Monitoring of the operating plans (§IX "Matriz de monitoreo"): what a national
//! mechanism reports per activity (% de avance, estado de las metas,
//! justificación), the targets and measurements of the Strategic Plan's
//! indicators, and the regional roll-up — planned against reported progress,
//! completeness, and the weighted results per objective and axis.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::{Language, Localized, Text};
use crate::plan::{OperatingPlan, Percent};
use crate::poa::Weight;

choice_enum!(
    /// "Estado de las metas", the matrix's fixed list.
    GoalStatus, "estado de las metas" {
        NoIniciada => "no_iniciada" / "No iniciada" / "Not started",
        EnProceso => "en_proceso" / "En proceso" / "In progress",
        Cumplida => "cumplida" / "Cumplida" / "Achieved",
        ConRetraso => "con_retraso" / "Con retraso" / "Delayed",
        Suspendida => "suspendida" / "Suspendida" / "Suspended",
    }
);

impl GoalStatus {
    /// Reads a cell as a person types it: "En proceso", "en-proceso", "CON RETRASO".
    pub fn read(text: &str) -> Option<GoalStatus> {
        GoalStatus::parse(&text.trim().replace(' ', "-")).ok()
    }
}

impl Localized for GoalStatus {
    fn localized(&self, lang: Language) -> String {
        self.label(lang).to_string()
    }
}

choice_enum!(
    /// Whether an indicator's value comes from Pleno's record or is reported.
    IndicatorSource, "origen del indicador" {
        Computed => "computed" / "calculado del registro" / "computed from the record",
        Reported => "reported" / "reportado" / "reported",
    }
);

/// The half of the year a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "u8", into = "u8")]
#[ts(type = "number")]
pub struct Semester(u8);

impl Semester {
    pub const FIRST: Semester = Semester(1);
    pub const SECOND: Semester = Semester(2);

    pub fn new(value: i64) -> Result<Self, MonitoringError> {
        match value {
            1 | 2 => Ok(Semester(value as u8)),
            _ => Err(MonitoringError::InvalidSemester { value }),
        }
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// "I" or "II", as the seed heads its semester columns.
    pub fn roman(self) -> &'static str {
        if self.0 == 1 {
            "I"
        } else {
            "II"
        }
    }
}

impl TryFrom<u8> for Semester {
    type Error = MonitoringError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Semester::new(value.into())
    }
}

impl From<Semester> for u8 {
    fn from(s: Semester) -> Self {
        s.0
    }
}

choice_enum!(
    /// How a report reached Pleno: entered by hand, or imported from the XLSX matrix.
    ReportSource, "origen del informe" {
        Manual => "manual" / "registrado a mano",
        Xlsx => "xlsx" / "importado de XLSX",
    }
);

/// A file kept with a report or a measurement, by name and SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Evidence {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
}

/// A monitoring report: one state's (or the region's) matrix for one semester of
/// a POA, in one version. A correction is a later version; this one stays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonitoringReport {
    pub id: i64,
    pub year: i32,
    /// None for a regional report.
    pub country: Option<String>,
    pub semester: Semester,
    pub version: u32,
    pub reported_on: NaiveDate,
    /// The reporting national mechanism, as the directory named it then.
    pub mechanism: String,
    pub source: ReportSource,
    pub recorded_at: NaiveDateTime,
    /// True once a later version exists: then it is read-only.
    pub superseded: bool,
    pub entries: Vec<ReportEntry>,
    pub evidence: Vec<Evidence>,
}

/// One row of a report: an activity's progress as the mechanism states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportEntry {
    pub activity: String,
    pub progress: Percent,
    pub status: GoalStatus,
    #[serde(default)]
    pub justification: String,
}

/// Whether an entry reads consistently: "no iniciada" is 0 %, "cumplida" is 100 %,
/// and a delay or suspension says why.
pub fn check_entry(entry: &ReportEntry) -> Result<(), MonitoringError> {
    let progress = entry.progress.value();
    let code = entry.activity.clone();
    match entry.status {
        GoalStatus::NoIniciada if progress > 0 => Err(MonitoringError::NotStartedWithProgress { code, progress }),
        GoalStatus::Cumplida if progress < 100 => Err(MonitoringError::AchievedBelowFull { code, progress }),
        GoalStatus::ConRetraso | GoalStatus::Suspendida if entry.justification.trim().is_empty() => {
            Err(MonitoringError::JustificationRequired { code, status: entry.status })
        }
        _ => Ok(()),
    }
}

/// An indicator's baseline, target and how it is measured. The seed gives none,
/// so every field starts empty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct IndicatorTarget {
    pub baseline_value: Option<f64>,
    pub baseline_year: Option<i32>,
    pub target_value: Option<f64>,
    pub target_year: Option<i32>,
    pub unit: String,
    pub periodicity: String,
    pub means_of_verification: String,
    /// Computed from the record (4.3.1, 4.3.2) or reported; reported when not set.
    pub source: Option<IndicatorSource>,
}

impl IndicatorTarget {
    pub fn check(&self) -> Result<(), MonitoringError> {
        if let (Some(b), Some(t)) = (self.baseline_year, self.target_year) {
            if t < b {
                return Err(MonitoringError::TargetBeforeBaseline { baseline_year: b, target_year: t });
            }
        }
        Ok(())
    }
}

/// A dated value of a reported indicator, for one state or (without a country)
/// for the region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Measurement {
    pub id: i64,
    pub indicator: String,
    pub measured_on: NaiveDate,
    pub country: Option<String>,
    pub value: f64,
    pub note: String,
    pub recorded_at: NaiveDateTime,
    pub evidence: Vec<Evidence>,
}

/// A state's report for the roll-up: which version of which semester, and its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportForRollup {
    pub country: String,
    pub semester: Semester,
    pub version: u32,
    pub reported_on: NaiveDate,
    pub entries: Vec<ReportEntry>,
}

/// One state's figure for one activity in the roll-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StateProgress {
    pub country: String,
    pub progress: Percent,
    pub status: GoalStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ActivityRollup {
    pub code: String,
    pub objective: String,
    pub title: String,
    pub weight: Weight,
    pub planned_s1: Option<Percent>,
    pub planned_s2: Option<Percent>,
    /// Mean of the states' latest progress, rounded to one decimal; none without reports.
    pub reported_mean: Option<f64>,
    /// How many member states reported on the activity.
    pub reported: u32,
    /// How many were expected: the member states of the year.
    pub expected: u32,
    /// Member states without a figure for the activity, flagged.
    pub missing: Vec<String>,
    pub states: Vec<StateProgress>,
}

/// A weighted result: Σ(weight × reported_mean) / Σ weight over the activities
/// that have reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct WeightedResult {
    pub code: String,
    pub weighted: Option<f64>,
    pub activities: u32,
    pub activities_reported: u32,
}

/// A member state's completeness: did it report, and on how many activities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StateCompleteness {
    pub country: String,
    /// The semester and version of the report that counts, if any.
    pub semester: Option<Semester>,
    pub version: Option<u32>,
    pub reported_on: Option<NaiveDate>,
    pub activities_reported: u32,
    pub activities: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Rollup {
    pub year: i32,
    /// The reports counted were those up to this semester (all when none).
    pub up_to: Option<Semester>,
    pub activities: Vec<ActivityRollup>,
    pub objectives: Vec<WeightedResult>,
    pub axes: Vec<WeightedResult>,
    pub states: Vec<StateCompleteness>,
    /// How the figures were rounded, for whoever reads them.
    pub rounding: Text,
}

/// Rounds half away from zero to one decimal, the precision the roll-up reports.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The regional roll-up of a year's POA. A state's latest report (latest
/// semester up to `up_to`, then latest version) counts for every activity;
/// reports of states that were not members that year are left out. Means and
/// weighted results are computed from unrounded figures and rounded once, to one
/// decimal, at the end.
pub fn rollup(
    plan: &OperatingPlan,
    members: &[String],
    reports: &[ReportForRollup],
    up_to: Option<Semester>,
) -> Rollup {
    let latest = latest_reports(members, reports, up_to);
    let activities = activity_rollups(plan, members, &latest);
    let (objectives, axes) = weighted_results(plan, &activities);
    let states = completeness(members, &latest, &activities);
    Rollup { year: plan.year, up_to, activities, objectives, axes, states, rounding: rounding_note() }
}

type Latest<'a> = BTreeMap<&'a str, &'a ReportForRollup>;

fn activity_rollups(plan: &OperatingPlan, members: &[String], latest: &Latest) -> Vec<ActivityRollup> {
    let mut activities = Vec::new();
    for (objective, activity) in plan.objectives.iter().flat_map(|o| o.activities.iter().map(move |a| (o, a))) {
        let states: Vec<StateProgress> = members
            .iter()
            .filter_map(|country| {
                let entry = latest.get(country.as_str())?.entries.iter().find(|e| e.activity == activity.code)?;
                Some(StateProgress { country: country.clone(), progress: entry.progress, status: entry.status })
            })
            .collect();
        activities.push(ActivityRollup {
            code: activity.code.clone(),
            objective: objective.code.clone(),
            title: activity.title.clone(),
            weight: activity.weight,
            planned_s1: activity.semester_1,
            planned_s2: activity.semester_2,
            reported_mean: exact_mean(&states).map(round1),
            reported: states.len() as u32,
            expected: members.len() as u32,
            missing: members.iter().filter(|c| !states.iter().any(|s| &s.country == *c)).cloned().collect(),
            states,
        });
    }
    activities
}

/// The unrounded mean of the states' progress; none when no state reported.
fn exact_mean(states: &[StateProgress]) -> Option<f64> {
    (!states.is_empty())
        .then(|| states.iter().map(|s| f64::from(s.progress.value())).sum::<f64>() / states.len() as f64)
}

/// Per objective, then per axis in the order the axes first appear (an
/// objective added later may serve an earlier axis).
fn weighted_results(plan: &OperatingPlan, activities: &[ActivityRollup]) -> (Vec<WeightedResult>, Vec<WeightedResult>) {
    let weighted = |code: &str, of: &dyn Fn(&str) -> bool| {
        let mine: Vec<&ActivityRollup> = activities.iter().filter(|a| of(&a.objective)).collect();
        weighted_result(code, &mine)
    };
    let objectives = plan.objectives.iter().map(|o| weighted(&o.code, &|c| c == o.code)).collect();
    let mut axis_codes: Vec<&str> = Vec::new();
    for o in &plan.objectives {
        if !axis_codes.contains(&o.axis.as_str()) {
            axis_codes.push(&o.axis);
        }
    }
    let axes = axis_codes
        .iter()
        .map(|axis| weighted(axis, &|objective| plan.objectives.iter().any(|o| o.code == objective && o.axis == *axis)))
        .collect();
    (objectives, axes)
}

fn completeness(members: &[String], latest: &Latest, activities: &[ActivityRollup]) -> Vec<StateCompleteness> {
    members
        .iter()
        .map(|country| {
            let report = latest.get(country.as_str());
            StateCompleteness {
                country: country.clone(),
                semester: report.map(|r| r.semester),
                version: report.map(|r| r.version),
                reported_on: report.map(|r| r.reported_on),
                activities_reported: activities
                    .iter()
                    .filter(|a| a.states.iter().any(|s| &s.country == country))
                    .count() as u32,
                activities: activities.len() as u32,
            }
        })
        .collect()
}

fn latest_reports<'a>(members: &[String], reports: &'a [ReportForRollup], up_to: Option<Semester>) -> Latest<'a> {
    let mut latest: BTreeMap<&str, &ReportForRollup> = BTreeMap::new();
    for report in reports {
        if !members.contains(&report.country) || up_to.is_some_and(|s| report.semester > s) {
            continue;
        }
        let newer = latest
            .get(report.country.as_str())
            .is_none_or(|current| (report.semester, report.version) > (current.semester, current.version));
        if newer {
            latest.insert(report.country.as_str(), report);
        }
    }
    latest
}

fn weighted_result(code: &str, activities: &[&ActivityRollup]) -> WeightedResult {
    let reported: Vec<(f64, f64)> =
        activities.iter().filter_map(|a| exact_mean(&a.states).map(|m| (f64::from(a.weight.value()), m))).collect();
    let total_weight: f64 = reported.iter().map(|(w, _)| w).sum();
    // Weights are at least 1 (`Weight`), so a reported activity never divides by zero.
    let weighted =
        (total_weight > 0.0).then(|| round1(reported.iter().map(|(w, m)| w * m).sum::<f64>() / total_weight));
    WeightedResult {
        code: code.to_string(),
        weighted,
        activities: activities.len() as u32,
        activities_reported: reported.len() as u32,
    }
}

fn rounding_note() -> Text {
    Text::new(
        "Medias y resultados ponderados calculados sin redondear y redondeados al final a un decimal (la mitad se redondea hacia arriba).",
        "Means and weighted results are computed unrounded and rounded once, at the end, to one decimal (halves round up).",
    )
}

/// Why a monitoring report, an entry or an indicator's target was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum MonitoringError {
    #[error("{value} no es un semestre: use 1 o 2")]
    InvalidSemester { value: i64 },
    #[error("la actividad {code} está «No iniciada» pero su avance es {progress} %")]
    NotStartedWithProgress { code: String, progress: u8 },
    #[error("la actividad {code} está «Cumplida» pero su avance es {progress} %, no 100 %")]
    AchievedBelowFull { code: String, progress: u8 },
    #[error("la actividad {code} está «{}»: falta la justificación", status.spanish())]
    JustificationRequired { code: String, status: GoalStatus },
    #[error("el año de la meta ({target_year}) es anterior al de la línea base ({baseline_year})")]
    TargetBeforeBaseline { baseline_year: i32, target_year: i32 },
}

impl Localized for MonitoringError {
    fn localized(&self, lang: Language) -> String {
        use MonitoringError::*;
        if lang == Language::Es {
            return self.to_string();
        }
        match self {
            InvalidSemester { value } => format!("{value} is not a semester: use 1 or 2"),
            NotStartedWithProgress { code, progress } => {
                format!("activity {code} is «Not started» but its progress is {progress} %")
            }
            AchievedBelowFull { code, progress } => {
                format!("activity {code} is «Achieved» but its progress is {progress} %, not 100 %")
            }
            JustificationRequired { code, status } => {
                format!("activity {code} is «{}»: the justification is missing", status.english())
            }
            TargetBeforeBaseline { baseline_year, target_year } => {
                format!("the target year ({target_year}) is before the baseline year ({baseline_year})")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Activity, OperationalObjective};

    fn p(v: i64) -> Percent {
        Percent::new(v).unwrap()
    }

    fn activity(code: &str, weight: u32) -> Activity {
        Activity {
            code: code.into(),
            title: format!("Actividad {code}"),
            target: String::new(),
            indicator: String::new(),
            responsible: String::new(),
            semester_1: Some(p(50)),
            semester_2: Some(p(50)),
            weight: Weight::new(weight).unwrap(),
            parties: Vec::new(),
        }
    }

    /// Axis 1 has objective 1.1 (activities 1.1.1 weight 1, 1.1.2 weight 3);
    /// axis 2 has objective 2.1 (activity 2.1.1.1 weight 1).
    fn plan() -> OperatingPlan {
        let objective = |code: &str, axis: &str, activities| OperationalObjective {
            code: code.into(),
            title: String::new(),
            axis: axis.into(),
            strategic_objective: code.into(),
            activities,
        };
        OperatingPlan {
            year: 2018,
            title: "POA".into(),
            status: crate::poa::PoaStatus::Aprobado,
            approved_by_decision: None,
            objectives: vec![
                objective("1.1", "1", vec![activity("1.1.1", 1), activity("1.1.2", 3)]),
                objective("2.1.1", "2", vec![activity("2.1.1.1", 1)]),
            ],
        }
    }

    fn report(country: &str, semester: u8, version: u32, entries: &[(&str, i64)]) -> ReportForRollup {
        ReportForRollup {
            country: country.into(),
            semester: Semester::new(semester.into()).unwrap(),
            version,
            reported_on: NaiveDate::from_ymd_opt(2018, 6 * u32::from(semester), 28).unwrap(),
            entries: entries
                .iter()
                .map(|(code, progress)| ReportEntry {
                    activity: (*code).into(),
                    progress: p(*progress),
                    status: GoalStatus::EnProceso,
                    justification: String::new(),
                })
                .collect(),
        }
    }

    struct Case {
        name: &'static str,
        members: &'static [&'static str],
        reports: Vec<ReportForRollup>,
        up_to: Option<u8>,
        /// (activity, reported_mean, reported, missing)
        activities: &'static [(&'static str, Option<f64>, u32, &'static [&'static str])],
        /// (objective, weighted), then (axis, weighted)
        objectives: &'static [(&'static str, Option<f64>)],
        axes: &'static [(&'static str, Option<f64>)],
    }

    #[test]
    fn the_rollup_averages_latest_reports_weighs_objectives_and_flags_missing_states() {
        let cases = [
            Case {
                name: "no reports: nothing to average, every state missing",
                members: &["CR", "GT"],
                reports: vec![],
                up_to: None,
                activities: &[("1.1.1", None, 0, &["CR", "GT"]), ("2.1.1.1", None, 0, &["CR", "GT"])],
                objectives: &[("1.1", None), ("2.1.1", None)],
                axes: &[("1", None), ("2", None)],
            },
            Case {
                name: "one state missing; weights 1 and 3 weigh the objective",
                members: &["CR", "GT", "HN"],
                reports: vec![
                    report("CR", 1, 1, &[("1.1.1", 100), ("1.1.2", 20), ("2.1.1.1", 50)]),
                    report("GT", 1, 1, &[("1.1.1", 50), ("1.1.2", 40)]),
                ],
                up_to: None,
                activities: &[
                    ("1.1.1", Some(75.0), 2, &["HN"]),
                    ("1.1.2", Some(30.0), 2, &["HN"]),
                    ("2.1.1.1", Some(50.0), 1, &["GT", "HN"]),
                ],
                // (1 × 75 + 3 × 30) / 4 = 41.25 → 41.3
                objectives: &[("1.1", Some(41.3)), ("2.1.1", Some(50.0))],
                axes: &[("1", Some(41.3)), ("2", Some(50.0))],
            },
            Case {
                name: "the latest version of the latest semester counts; non-members are left out",
                members: &["CR"],
                reports: vec![
                    report("CR", 1, 1, &[("1.1.1", 10)]),
                    report("CR", 2, 1, &[("1.1.1", 60)]),
                    report("CR", 2, 2, &[("1.1.1", 80)]),
                    report("CO", 2, 1, &[("1.1.1", 0)]),
                ],
                up_to: None,
                activities: &[("1.1.1", Some(80.0), 1, &[]), ("1.1.2", None, 0, &["CR"])],
                objectives: &[("1.1", Some(80.0))],
                axes: &[("1", Some(80.0))],
            },
            Case {
                name: "up to the first semester, second-semester reports do not count",
                members: &["CR"],
                reports: vec![report("CR", 1, 1, &[("1.1.1", 10)]), report("CR", 2, 1, &[("1.1.1", 60)])],
                up_to: Some(1),
                activities: &[("1.1.1", Some(10.0), 1, &[])],
                objectives: &[("1.1", Some(10.0))],
                axes: &[("1", Some(10.0))],
            },
            Case {
                name: "means are rounded once, to one decimal",
                members: &["CR", "GT", "HN"],
                reports: vec![
                    report("CR", 1, 1, &[("1.1.1", 33)]),
                    report("GT", 1, 1, &[("1.1.1", 33)]),
                    report("HN", 1, 1, &[("1.1.1", 34)]),
                ],
                up_to: None,
                activities: &[("1.1.1", Some(33.3), 3, &[])],
                objectives: &[("1.1", Some(33.3))],
                axes: &[("1", Some(33.3))],
            },
        ];
        for case in cases {
            let members: Vec<String> = case.members.iter().map(|c| c.to_string()).collect();
            let up_to = case.up_to.map(|s| Semester::new(s.into()).unwrap());
            let r = rollup(&plan(), &members, &case.reports, up_to);
            for (code, mean, reported, missing) in case.activities {
                let a = r.activities.iter().find(|a| a.code == *code).unwrap();
                assert_eq!(
                    (a.reported_mean, a.reported, a.expected, a.missing.clone()),
                    (*mean, *reported, members.len() as u32, missing.iter().map(|m| m.to_string()).collect()),
                    "{}: activity {code}",
                    case.name
                );
            }
            for (code, weighted) in case.objectives {
                let o = r.objectives.iter().find(|o| o.code == *code).unwrap();
                assert_eq!(o.weighted, *weighted, "{}: objective {code}", case.name);
            }
            for (code, weighted) in case.axes {
                let a = r.axes.iter().find(|a| a.code == *code).unwrap();
                assert_eq!(a.weighted, *weighted, "{}: axis {code}", case.name);
            }
        }
    }

    #[test]
    fn an_objective_added_later_counts_in_its_own_axis_once() {
        let mut later = plan();
        let mut extra = later.objectives[0].clone();
        extra.code = "1.3".into();
        extra.activities = vec![activity("1.3.1", 1)];
        later.objectives.push(extra);
        let members = vec!["CR".to_string()];
        let r = rollup(&later, &members, &[report("CR", 1, 1, &[("1.1.1", 100), ("1.3.1", 0)])], None);
        let axes: Vec<(&str, Option<f64>)> = r.axes.iter().map(|a| (a.code.as_str(), a.weighted)).collect();
        assert_eq!(axes, [("1", Some(50.0)), ("2", None)]);
    }

    #[test]
    fn completeness_says_which_report_counts_for_each_state() {
        let members = vec!["CR".to_string(), "GT".to_string()];
        let r = rollup(&plan(), &members, &[report("CR", 2, 3, &[("1.1.1", 10), ("1.1.2", 10)])], None);
        let cr = &r.states[0];
        assert_eq!(
            (cr.semester, cr.version, cr.activities_reported, cr.activities),
            (Some(Semester::SECOND), Some(3), 2, 3)
        );
        assert_eq!((r.states[1].semester, r.states[1].activities_reported), (None, 0));
    }

    #[test]
    fn zero_weights_are_refused_before_they_reach_the_rollup() {
        assert_eq!(Weight::new(0), Err(crate::poa::PoaError::ZeroWeight));
        assert!(serde_json::from_str::<Weight>("0").is_err());
    }

    #[test]
    fn an_entry_must_read_consistently() {
        let entry = |status, progress, justification: &str| ReportEntry {
            activity: "1.1.1".into(),
            progress: p(progress),
            status,
            justification: justification.into(),
        };
        let cases = [
            (entry(GoalStatus::NoIniciada, 0, ""), true),
            (entry(GoalStatus::NoIniciada, 10, ""), false),
            (entry(GoalStatus::Cumplida, 100, ""), true),
            (entry(GoalStatus::Cumplida, 90, ""), false),
            (entry(GoalStatus::ConRetraso, 20, ""), false),
            (entry(GoalStatus::ConRetraso, 20, "Falta financiamiento"), true),
            (entry(GoalStatus::Suspendida, 0, " "), false),
            (entry(GoalStatus::EnProceso, 40, ""), true),
        ];
        for (e, ok) in cases {
            assert_eq!(check_entry(&e).is_ok(), ok, "{e:?}");
        }
    }

    #[test]
    fn goal_status_cells_are_read_as_people_type_them() {
        assert_eq!(GoalStatus::read("En proceso"), Some(GoalStatus::EnProceso));
        assert_eq!(GoalStatus::read("CON RETRASO"), Some(GoalStatus::ConRetraso));
        assert_eq!(GoalStatus::read("no-iniciada"), Some(GoalStatus::NoIniciada));
        assert_eq!(GoalStatus::read("casi"), None);
    }
}
