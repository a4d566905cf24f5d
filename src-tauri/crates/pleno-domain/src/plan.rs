//! The Coalition's plan: the Strategic Plan 2018–2027 (axes → strategic objectives →
//! results → indicators) and the annual operating plans (POA: operational
//! objectives → activities). These types are both what the store returns and what
//! `pleno plan export` prints, so their serde shape is a public contract.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::poa::{PoaStatus, ResponsibleParty, Weight};
use crate::DomainError;

/// A planned share of an activity for one semester, 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "i64", into = "u8")]
#[ts(type = "number")]
pub struct Percent(u8);

impl Percent {
    pub fn new(value: i64) -> Result<Self, DomainError> {
        u8::try_from(value).ok().filter(|v| *v <= 100).map(Percent).ok_or(DomainError::InvalidPercent(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Percent {
    type Error = DomainError;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Percent::new(value)
    }
}

impl From<Percent> for u8 {
    fn from(p: Percent) -> Self {
        p.0
    }
}

/// The years a strategic plan covers, written "2018-2027".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Period {
    pub start_year: i32,
    pub end_year: i32,
}

impl TryFrom<String> for Period {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        let bad = || DomainError::InvalidReference(format!("periodo «{text}» no es del tipo 2018-2027"));
        let (start, end) = text.split_once('-').ok_or_else(bad)?;
        let start_year: i32 = start.trim().parse().map_err(|_| bad())?;
        let end_year: i32 = end.trim().parse().map_err(|_| bad())?;
        if start_year > end_year {
            return Err(bad());
        }
        Ok(Period { start_year, end_year })
    }
}

impl From<Period> for String {
    fn from(p: Period) -> Self {
        format!("{}-{}", p.start_year, p.end_year)
    }
}

/// Indicators whose value Pleno computes from its own record rather than asking for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum ComputedIndicator {
    /// 4.3.1 "Número de acuerdos de la Coalición Regional cumplidos".
    AcuerdosCumplidos,
    /// 4.3.2 "Número de participación de los países miembros … en las reuniones".
    ParticipacionReuniones,
}

impl ComputedIndicator {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AcuerdosCumplidos => "acuerdos_cumplidos",
            Self::ParticipacionReuniones => "participacion_reuniones",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::AcuerdosCumplidos, Self::ParticipacionReuniones].into_iter().find(|c| c.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StrategicPlan {
    pub title: String,
    pub period: Period,
    pub general_objective: String,
    pub axes: Vec<Axis>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Axis {
    pub code: String,
    pub title: String,
    pub description: String,
    pub objectives: Vec<StrategicObjective>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StrategicObjective {
    pub code: String,
    pub title: String,
    pub results: Vec<PlanResult>,
}

/// A result the plan expects by 2027 ("Resultado"); named so as not to clash with
/// `std::result::Result`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanResult {
    pub code: String,
    pub title: String,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Indicator {
    pub code: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub computed: Option<ComputedIndicator>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperatingPlan {
    pub year: i32,
    pub title: String,
    /// Borrador until a plenary approves it; the seed's POA 2018 is the approved one.
    #[serde(default = "crate::poa::seed_status")]
    pub status: PoaStatus,
    /// The decision of a plenary that approved it (none for the seed's POA 2018).
    #[serde(default)]
    pub approved_by_decision: Option<i64>,
    pub objectives: Vec<OperationalObjective>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationalObjective {
    pub code: String,
    pub title: String,
    /// Code of the axis this objective serves; derived from `strategic_objective`.
    #[serde(default)]
    pub axis: String,
    pub strategic_objective: String,
    pub activities: Vec<Activity>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Activity {
    pub code: String,
    pub title: String,
    /// "Meta" in the seed.
    pub target: String,
    pub indicator: String,
    pub responsible: String,
    /// Planned % in the first semester; `None` where the seed has none.
    #[serde(default)]
    pub semester_1: Option<Percent>,
    #[serde(default)]
    pub semester_2: Option<Percent>,
    /// The activity's weight in the weighted results (§IX); equal (1) by default.
    #[serde(default)]
    pub weight: Weight,
    /// Who answers for it, typed; `responsible` is how the matrix words it.
    #[serde(default)]
    pub parties: Vec<ResponsibleParty>,
}

/// The whole plan as `pleno plan export --format json` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanExport {
    pub strategic_plan: StrategicPlan,
    pub operating_plans: Vec<OperatingPlan>,
}

impl StrategicPlan {
    pub fn objectives(&self) -> impl Iterator<Item = (&Axis, &StrategicObjective)> {
        self.axes.iter().flat_map(|axis| axis.objectives.iter().map(move |o| (axis, o)))
    }

    pub fn results(&self) -> impl Iterator<Item = &PlanResult> {
        self.objectives().flat_map(|(_, o)| o.results.iter())
    }

    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.results().flat_map(|r| r.indicators.iter())
    }
}

impl OperatingPlan {
    pub fn activities(&self) -> impl Iterator<Item = &Activity> {
        self.objectives.iter().flat_map(|o| o.activities.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_accepts_zero_to_one_hundred_only() {
        assert_eq!(Percent::new(0).unwrap().value(), 0);
        assert_eq!(Percent::new(100).unwrap().value(), 100);
        assert_eq!(Percent::new(101), Err(DomainError::InvalidPercent(101)));
        assert_eq!(Percent::new(-1), Err(DomainError::InvalidPercent(-1)));
    }

    #[test]
    fn period_reads_and_writes_the_seed_form() {
        let p = Period::try_from("2018-2027".to_string()).unwrap();
        assert_eq!((p.start_year, p.end_year), (2018, 2027));
        assert_eq!(String::from(p), "2018-2027");
        assert!(Period::try_from("2027-2018".to_string()).is_err());
        assert!(Period::try_from("2018".to_string()).is_err());
    }
}
