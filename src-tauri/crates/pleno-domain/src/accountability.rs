//! The accountability registers (seed §VIII, §IX, §X): the Presidency's
//! representations, alliances and their joint actions, the milestones of each
//! state's instruments, good practices and the country reports presented; and
//! the rules that count them for the plan's indicators. Pure: no IO, the date
//! is passed in.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Text;

choice_enum!(
    /// Whether the partner of an alliance is a government body (seed POA 4.1.1.2).
    AllianceKind, "tipo de actor" {
        Gubernamental => "gubernamental" / "gubernamental" / "governmental",
        NoGubernamental => "no_gubernamental" / "no gubernamental" / "non-governmental",
    }
);

choice_enum!(
    AllianceSupport, "tipo de apoyo" {
        Financiero => "financiero" / "financiero" / "financial",
        Tecnico => "tecnico" / "técnico" / "technical",
        Otro => "otro" / "otro" / "other",
    }
);

choice_enum!(
    AllianceScope, "nivel" {
        Nacional => "nacional" / "nacional" / "national",
        Regional => "regional" / "regional" / "regional",
        Extrarregional => "extrarregional" / "extrarregional" / "extra-regional",
    }
);

choice_enum!(
    /// The instruments a state elaborates, approves and implements.
    InstrumentKind, "instrumento" {
        Protocolo => "protocolo" / "protocolo" / "protocol",
        Estrategia => "estrategia" / "estrategia" / "strategy",
        Ruta => "ruta" / "ruta de coordinación" / "coordination route",
        Convenio => "convenio" / "convenio" / "agreement",
    }
);

choice_enum!(
    /// The stages of an instrument, in the order it reaches them.
    Stage, "etapa" {
        Elaborado => "elaborado" / "elaborado" / "drafted",
        Aprobado => "aprobado" / "aprobado" / "approved",
        Implementado => "implementado" / "implementado" / "implemented",
    }
);

impl Stage {
    fn rank(self) -> u8 {
        match self {
            Stage::Elaborado => 0,
            Stage::Aprobado => 1,
            Stage::Implementado => 2,
        }
    }
}

/// Who represented the Coalition: a state (the Presidency itself or a state it
/// delegated) or a person it named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(tag = "kind", rename_all = "snake_case")]
pub enum Representative {
    State { country: String },
    Person { person_id: i64 },
}

/// `PresidencyRepresentation` in TypeScript: the directory's `Representation`
/// (a person representing an observer organisation) has that name already.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "PresidencyRepresentation", export_to = "PresidencyRepresentation.ts")]
pub struct Representation {
    pub id: i64,
    pub event: String,
    pub held_on: NaiveDate,
    pub place: String,
    pub representative: Representative,
    /// The state's or the person's name, as the register shows it.
    pub representative_name: String,
    /// Where the Presidency reported back; `None` while pending.
    pub reported_at: Option<ReportBack>,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportBack {
    pub meeting_id: i64,
    pub meeting_title: Text,
    pub item_id: Option<i64>,
    pub item_title: Option<String>,
}

impl Representation {
    /// Not yet reported to a meeting: the register flags it (seed §VIII asks the
    /// Presidency to report at the next meeting).
    pub fn pending(&self) -> bool {
        self.reported_at.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllianceAction {
    pub id: i64,
    pub alliance_id: i64,
    pub title: String,
    pub done_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Alliance {
    pub id: i64,
    pub partner: String,
    pub kind: AllianceKind,
    pub support: AllianceSupport,
    pub scope: AllianceScope,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub actions: Vec<AllianceAction>,
}

impl Alliance {
    /// In force at some time between `from` and `to`.
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.starts_on <= to && self.ends_on.is_none_or(|end| end >= from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Milestone {
    pub id: i64,
    pub country: String,
    pub instrument: InstrumentKind,
    pub title: String,
    pub stage: Stage,
    pub reached_on: NaiveDate,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Replication {
    pub country: String,
    pub replicated_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoodPractice {
    pub id: i64,
    pub title: String,
    pub origin: String,
    pub recorded_on: NaiveDate,
    pub description: String,
    pub replications: Vec<Replication>,
}

/// Whether a state presented its report at a session, and the file if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CountryReport {
    pub id: i64,
    pub meeting_id: i64,
    pub country: String,
    pub file_name: Option<String>,
    pub sha256: Option<String>,
    pub recorded_at: NaiveDateTime,
}

/// How many instruments stand at each stage (the highest each has reached).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StageBreakdown {
    pub elaborado: u32,
    pub aprobado: u32,
    pub implementado: u32,
}

/// The instruments of a kind by the stage each had reached on `on`; an
/// instrument is a state's title of that kind, its stage the highest reached.
pub fn stages_on(milestones: &[Milestone], instrument: InstrumentKind, on: NaiveDate) -> StageBreakdown {
    let mut highest: BTreeMap<(&str, &str), Stage> = BTreeMap::new();
    for m in milestones.iter().filter(|m| m.instrument == instrument && m.reached_on <= on) {
        let stage = highest.entry((m.country.as_str(), m.title.as_str())).or_insert(m.stage);
        if m.stage.rank() > stage.rank() {
            *stage = m.stage;
        }
    }
    let mut out = StageBreakdown::default();
    for stage in highest.values() {
        match stage {
            Stage::Elaborado => out.elaborado += 1,
            Stage::Aprobado => out.aprobado += 1,
            Stage::Implementado => out.implementado += 1,
        }
    }
    out
}

/// The states with at least one instrument of a kind implemented on `on`.
pub fn states_implementing(milestones: &[Milestone], instrument: InstrumentKind, on: NaiveDate) -> Vec<String> {
    let mut states: Vec<String> = milestones
        .iter()
        .filter(|m| m.instrument == instrument && m.stage == Stage::Implementado && m.reached_on <= on)
        .map(|m| m.country.clone())
        .collect();
    states.sort();
    states.dedup();
    states
}

/// Good practices replicated by at least one state other than their origin on `on`.
pub fn replicated_practices(practices: &[GoodPractice], on: NaiveDate) -> Vec<&GoodPractice> {
    practices.iter().filter(|p| p.replications.iter().any(|r| r.country != p.origin && r.replicated_on <= on)).collect()
}

/// Alliances counted by actor, support and level (seed POA 4.1.1.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllianceBreakdown {
    pub by_kind: BTreeMap<String, u32>,
    pub by_support: BTreeMap<String, u32>,
    pub by_scope: BTreeMap<String, u32>,
}

pub fn alliance_breakdown<'a>(alliances: impl IntoIterator<Item = &'a Alliance>) -> AllianceBreakdown {
    let mut out = AllianceBreakdown::default();
    for a in alliances {
        *out.by_kind.entry(a.kind.as_str().into()).or_default() += 1;
        *out.by_support.entry(a.support.as_str().into()).or_default() += 1;
        *out.by_scope.entry(a.scope.as_str().into()).or_default() += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn milestone(country: &str, title: &str, stage: Stage, on: &str) -> Milestone {
        Milestone {
            id: 0,
            country: country.into(),
            instrument: InstrumentKind::Protocolo,
            title: title.into(),
            stage,
            reached_on: d(on),
            evidence: String::new(),
        }
    }

    #[test]
    fn an_instrument_counts_once_at_the_highest_stage_it_had_reached() {
        let ms = [
            milestone("GT", "Repatriación", Stage::Elaborado, "2025-01-01"),
            milestone("GT", "Repatriación", Stage::Aprobado, "2025-06-01"),
            milestone("GT", "Repatriación", Stage::Implementado, "2026-01-01"),
            milestone("CR", "Repatriación", Stage::Elaborado, "2025-03-01"),
        ];
        let cases = [
            ("2024-12-31", StageBreakdown { elaborado: 0, aprobado: 0, implementado: 0 }),
            ("2025-07-01", StageBreakdown { elaborado: 1, aprobado: 1, implementado: 0 }),
            ("2026-01-01", StageBreakdown { elaborado: 1, aprobado: 0, implementado: 1 }),
        ];
        for (on, expected) in cases {
            assert_eq!(stages_on(&ms, InstrumentKind::Protocolo, d(on)), expected, "on {on}");
        }
        assert!(stages_on(&ms, InstrumentKind::Ruta, d("2027-01-01")) == StageBreakdown::default());
        assert_eq!(states_implementing(&ms, InstrumentKind::Protocolo, d("2026-06-01")), ["GT"]);
    }

    #[test]
    fn a_practice_counts_as_replicated_only_by_another_state() {
        let practice = |reps: &[(&str, &str)]| GoodPractice {
            id: 0,
            title: "Línea".into(),
            origin: "CR".into(),
            recorded_on: d("2025-01-01"),
            description: String::new(),
            replications: reps
                .iter()
                .map(|(c, on)| Replication { country: (*c).into(), replicated_on: d(on) })
                .collect(),
        };
        let practices = [practice(&[("CR", "2025-02-01")]), practice(&[("GT", "2025-05-01")]), practice(&[])];
        assert_eq!(replicated_practices(&practices, d("2025-04-01")).len(), 0);
        assert_eq!(replicated_practices(&practices, d("2025-05-01")).len(), 1);
    }
}
