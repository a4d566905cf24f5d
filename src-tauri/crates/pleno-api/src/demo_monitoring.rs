//! Demo data for plan monitoring: the national mechanisms' 2018 reports — all
//! but Nicaragua's, so the roll-up shows a state that has not reported — one of
//! them corrected in a second version, and a POA 2019 copied from 2018 and
//! edited while still borrador. The figures are invented.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::monitoring::{GoalStatus, ReportEntry, Semester};
use pleno_domain::plan::{OperatingPlan, Percent};
use pleno_domain::poa::{ActivityDraft, ActivityPatch, ResponsibleParty};

use crate::monitoring::ReportDraft;
use crate::poa::PoaEdit;
use crate::{Api, Result};

/// The states that report in the demo; Nicaragua's report is missing.
const REPORTING: [&str; 8] = ["BZ", "CR", "SV", "GT", "HN", "MX", "PA", "DO"];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid demo date")
}

fn moment(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_hms_opt(hour, 0, 0).expect("a valid demo time")
}

/// A state's invented figure for an activity: near what was planned for the
/// year, some ahead, some behind, rounded to 5 %.
fn demo_entry(state: usize, index: usize, code: &str, planned: u32) -> ReportEntry {
    let factor = [10, 8, 6, 9, 4][(state * 3 + index * 5) % 5];
    let progress = ((planned.min(100) * factor / 10 + 2) / 5 * 5).min(100);
    let (status, justification) = match progress {
        0 => (GoalStatus::NoIniciada, String::new()),
        100 => (GoalStatus::Cumplida, String::new()),
        p if p * 2 < planned.min(100) => {
            (GoalStatus::ConRetraso, "La sesión técnica se pospuso por falta de financiamiento.".to_string())
        }
        _ => (GoalStatus::EnProceso, String::new()),
    };
    ReportEntry {
        activity: code.into(),
        progress: Percent::new(progress.into()).expect("0–100"),
        status,
        justification,
    }
}

fn year_entries(plan: &OperatingPlan, state: usize) -> Vec<ReportEntry> {
    plan.activities()
        .enumerate()
        .map(|(i, a)| {
            let planned =
                u32::from(a.semester_1.map_or(0, Percent::value)) + u32::from(a.semester_2.map_or(0, Percent::value));
            demo_entry(state, i, &a.code, planned)
        })
        .collect()
}

impl Api {
    /// Loads the demo's monitoring data (called by `load_demo` on an archive with no people).
    pub(crate) fn load_demo_monitoring(&mut self) -> Result<()> {
        let plan = self.operating_plan(2018)?;
        for (i, state) in REPORTING.iter().enumerate() {
            let reported_on = day(2018, 12, 3 + i as u32);
            let draft = ReportDraft {
                year: 2018,
                semester: Semester::SECOND,
                country: Some((*state).into()),
                reported_on,
                entries: year_entries(&plan, i),
            };
            self.add_monitoring_report(&draft, moment(reported_on, 10))?;
        }
        // Costa Rica corrects one figure a week later: version 2, version 1 kept.
        let correction = ReportDraft {
            year: 2018,
            semester: Semester::SECOND,
            country: Some("CR".into()),
            reported_on: day(2018, 12, 11),
            entries: vec![ReportEntry {
                activity: "1.1.2".into(),
                progress: Percent::new(100).expect("0–100"),
                status: GoalStatus::Cumplida,
                justification: "Línea Base aprobada en la sesión de diciembre.".into(),
            }],
        };
        self.add_monitoring_report(&correction, moment(day(2018, 12, 11), 16))?;
        self.load_demo_poa_2019()
    }

    fn load_demo_poa_2019(&mut self) -> Result<()> {
        let edit =
            |d: u32| PoaEdit { by: "Secretaría Técnica".into(), at: moment(day(2018, 11, d), 9), decision_id: None };
        self.create_operating_plan(2019, Some(2018), &edit(5))?;
        // The committees of 1.1.1 and 1.2.1 were formed in 2018: 2019 builds on them.
        self.remove_activity(2019, "1.1.1", &edit(6))?;
        self.remove_activity(2019, "1.2.1", &edit(6))?;
        let halves = ActivityPatch {
            semester_1: Some(Percent::new(60).expect("0–100")),
            semester_2: Some(Percent::new(40).expect("0–100")),
            ..Default::default()
        };
        self.edit_activity(2019, "1.1.2", &halves, &edit(7))?;
        self.add_activity(
            2019,
            &ActivityDraft {
                objective: "1.1".into(),
                code: "1.1.3".into(),
                title: "Validación de la Estrategia Regional de prevención con los países miembros".into(),
                target: "Estrategia Regional validada".into(),
                indicator: "Número de países que validan la Estrategia".into(),
                parties: vec![ResponsibleParty::NationalMechanisms, ResponsibleParty::SecretariaTecnica],
                semester_1: None,
                semester_2: Some(Percent::new(100).expect("0–100")),
                weight: None,
            },
            &edit(8),
        )?;
        Ok(())
    }
}
