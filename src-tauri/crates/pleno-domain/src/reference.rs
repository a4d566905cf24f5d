//! The reference data Pleno ships (`assets/reference.toml`): the nine member states,
//! the offices of the first meeting and the Coalition's plan, transcribed from the
//! seed document. Parsing checks the
//! structure so a bad edit of the data file fails the build's tests, not a user.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::country::{Country, CountryCode};
use crate::directory_model::Office;
use crate::plan::{OperatingPlan, PlanExport, StrategicPlan};
use crate::{DomainError, Term};

/// The data file, compiled in so the app and the CLI need no files beside them.
pub const SHIPPED: &str = include_str!("../../../../assets/reference.toml");

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReferenceData {
    pub countries: Vec<ReferenceCountry>,
    /// Offices held before Pleno's record begins (the founding Comité Ejecutivo).
    #[serde(default)]
    pub offices: Vec<ReferenceOffice>,
    pub strategic_plan: StrategicPlan,
    pub operating_plans: Vec<OperatingPlan>,
}

/// A member state as shipped: the state and the day its membership began.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReferenceCountry {
    #[serde(flatten)]
    pub country: Country,
    pub member_since: NaiveDate,
}

/// An office a member state held, as shipped: always with both dates, since the
/// shipped ones are history that later offices superseded.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReferenceOffice {
    pub office: Office,
    pub country: CountryCode,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl ReferenceOffice {
    pub fn term(&self) -> Result<Term, DomainError> {
        Term::new(self.starts_on, Some(self.ends_on))
    }
}

impl ReferenceData {
    /// The data shipped with this build of Pleno.
    pub fn shipped() -> Self {
        Self::parse(SHIPPED).expect("assets/reference.toml is checked by the tests")
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let mut data: ReferenceData = toml::from_str(text).map_err(|e| DomainError::InvalidReference(e.to_string()))?;
        data.link_operating_plans()?;
        data.check_unique_codes()?;
        data.check_offices()?;
        Ok(data)
    }

    pub fn plan(&self) -> PlanExport {
        PlanExport { strategic_plan: self.strategic_plan.clone(), operating_plans: self.operating_plans.clone() }
    }

    /// Each operational objective names its strategic objective; its axis follows.
    fn link_operating_plans(&mut self) -> Result<(), DomainError> {
        let axis_of: HashMap<String, String> = self
            .strategic_plan
            .objectives()
            .map(|(axis, objective)| (objective.code.clone(), axis.code.clone()))
            .collect();
        for plan in &mut self.operating_plans {
            for objective in &mut plan.objectives {
                objective.axis = axis_of.get(&objective.strategic_objective).cloned().ok_or_else(|| {
                    DomainError::InvalidReference(format!(
                        "el objetivo operativo {} remite al objetivo estratégico {}, que no existe",
                        objective.code, objective.strategic_objective
                    ))
                })?;
                for activity in &mut objective.activities {
                    if activity.parties.is_empty() {
                        activity.parties = crate::poa::seed_parties(&activity.responsible).ok_or_else(|| {
                            DomainError::InvalidReference(format!(
                                "la actividad {} tiene un responsable sin tipo: «{}»",
                                activity.code, activity.responsible
                            ))
                        })?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Each office is held by a shipped state, within its membership, for a real
    /// period, and no two states hold the same office (vocalías apart) at once.
    fn check_offices(&self) -> Result<(), DomainError> {
        let bad = |office: &ReferenceOffice, why: &str| {
            DomainError::InvalidReference(format!(
                "el cargo {} de {} ({}) {why}",
                office.office.as_str(),
                office.country,
                office.starts_on
            ))
        };
        for (n, office) in self.offices.iter().enumerate() {
            let term = office.term().map_err(|_| bad(office, "termina antes de empezar"))?;
            let member = self.countries.iter().find(|c| c.country.code == office.country);
            if member.is_none_or(|c| c.member_since > office.starts_on) {
                return Err(bad(office, "no lo ejerce un Estado miembro en esa fecha"));
            }
            let clash = self.offices[..n].iter().any(|other| {
                other.office == office.office
                    && (office.office != Office::Vocal || other.country == office.country)
                    && other.term().is_ok_and(|t| t.overlaps(&term))
            });
            if clash {
                return Err(bad(office, "se superpone con otro periodo del mismo cargo"));
            }
        }
        Ok(())
    }

    fn check_unique_codes(&self) -> Result<(), DomainError> {
        let plan = &self.strategic_plan;
        unique("eje", plan.axes.iter().map(|a| a.code.as_str()))?;
        unique("objetivo estratégico", plan.objectives().map(|(_, o)| o.code.as_str()))?;
        unique("resultado", plan.results().map(|r| r.code.as_str()))?;
        unique("indicador", plan.indicators().map(|i| i.code.as_str()))?;
        unique("país", self.countries.iter().map(|c| c.country.code.as_str()))?;
        unique(
            "plan operativo",
            self.operating_plans.iter().map(|p| p.year.to_string()).collect::<Vec<_>>().iter().map(String::as_str),
        )?;
        for poa in &self.operating_plans {
            unique("objetivo operativo", poa.objectives.iter().map(|o| o.code.as_str()))?;
            unique("actividad", poa.activities().map(|a| a.code.as_str()))?;
        }
        Ok(())
    }
}

fn unique<'a>(what: &str, codes: impl Iterator<Item = &'a str>) -> Result<(), DomainError> {
    let mut seen = HashSet::new();
    for code in codes {
        if !seen.insert(code) {
            return Err(DomainError::InvalidReference(format!("el código de {what} {code} está repetido")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory_model::Office;
    use crate::plan::{ComputedIndicator, Percent};

    fn shipped() -> ReferenceData {
        ReferenceData::parse(SHIPPED).expect("the shipped reference data parses")
    }

    #[test]
    fn the_shipped_plan_has_the_seeds_counts() {
        let data = shipped();
        let plan = &data.strategic_plan;
        assert_eq!(plan.axes.len(), 4, "ejes");
        assert_eq!(plan.objectives().count(), 6, "objetivos estratégicos");
        assert_eq!(plan.results().count(), 9, "resultados");
        assert_eq!(plan.indicators().count(), 12, "indicadores");
        assert_eq!(data.operating_plans.len(), 1);
        let poa = &data.operating_plans[0];
        assert_eq!(poa.year, 2018);
        assert_eq!(poa.objectives.len(), 11, "objetivos operativos");
        assert_eq!(poa.activities().count(), 19, "actividades");
        assert_eq!(data.offices.len(), 3, "cargos del Comité Ejecutivo fundador");
    }

    #[test]
    fn the_nine_member_states_are_shipped_with_their_iso_codes() {
        let codes: Vec<_> = shipped().countries.iter().map(|c| c.country.code.to_string()).collect();
        assert_eq!(codes, ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO"]);
    }

    #[test]
    fn texts_keep_the_seeds_exact_wording_and_accents() {
        let data = shipped();
        let plan = &data.strategic_plan;
        assert_eq!(String::from(plan.period), "2018-2027");
        assert_eq!(plan.axes[1].title, "Atención integral");
        let indicator = |code: &str| plan.indicators().find(|i| i.code == code).unwrap().clone();
        assert_eq!(indicator("4.3.1").title, "Número de acuerdos de la Coalición Regional cumplidos.");
        assert_eq!(indicator("4.3.1").computed, Some(ComputedIndicator::AcuerdosCumplidos));
        assert_eq!(indicator("4.3.2").computed, Some(ComputedIndicator::ParticipacionReuniones));
        assert_eq!(
            indicator("2.3.1").title,
            "Estrategia Regional para la atención y derivación de personas objeto de tráfico ilícito de migrantes con necesidades de asistencia de conformidad con los instrumentos internacionales, estandarizada."
        );
        let country =
            |code: &str| data.countries.iter().find(|c| c.country.code.as_str() == code).unwrap().country.clone();
        let mexico = country("MX");
        assert_eq!(mexico.name, "México");
    }

    /// The mechanisms as §III names them, word for word.
    #[test]
    fn mechanisms_carry_the_seeds_full_names_and_acronyms() {
        let data = shipped();
        let mechanism = |code: &str| {
            let c = data.countries.iter().find(|c| c.country.code.as_str() == code).unwrap();
            let m = c.country.mechanism.clone().unwrap();
            (m.name, m.acronym)
        };
        let cases = [
            ("MX", "Comisión Intersecretarial para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas y para la Protección y Asistencia a las Víctimas de estos Delitos", ""),
            ("CR", "Coalición Nacional contra el Tráfico Ilícito de Migrantes y Trata de Personas", "CONNATT"),
            ("PA", "Comisión Nacional contra la Trata de Personas", "CNTP"),
            ("GT", "Comisión Interinstitucional contra la Trata de Personas", "CIT"),
            ("SV", "Consejo Nacional contra la Trata de Personas", "CNCTP"),
            ("DO", "Comisión Nacional contra la Trata de Personas", ""),
        ];
        for (code, name, acronym) in cases {
            assert_eq!(mechanism(code), (name.to_string(), acronym.to_string()), "{code}");
        }
    }

    #[test]
    fn the_states_of_the_first_meeting_are_members_from_it_and_the_others_from_2018() {
        let since: Vec<(String, String)> =
            shipped().countries.iter().map(|c| (c.country.code.to_string(), c.member_since.to_string())).collect();
        let expected = [
            ("BZ", "2011-09-16"),
            ("CR", "2011-09-16"),
            ("SV", "2011-09-16"),
            ("GT", "2011-09-16"),
            ("HN", "2011-09-16"),
            ("MX", "2018-01-01"),
            ("NI", "2011-09-16"),
            ("PA", "2011-09-16"),
            ("DO", "2018-01-01"),
        ];
        assert_eq!(since, expected.map(|(c, d)| (c.to_string(), d.to_string())));
    }

    #[test]
    fn the_founding_comite_ejecutivo_is_shipped_with_closed_terms() {
        let offices: Vec<(Office, String, String, String)> = shipped()
            .offices
            .iter()
            .map(|o| (o.office, o.country.to_string(), o.starts_on.to_string(), o.ends_on.to_string()))
            .collect();
        let term = |office, country: &str| (office, country.to_string(), "2011-09-16".into(), "2013-09-16".into());
        assert_eq!(
            offices,
            [term(Office::Coordinador, "NI"), term(Office::SecretariaTecnica, "CR"), term(Office::Vocal, "GT")]
        );
    }

    #[test]
    fn an_office_outside_membership_or_overlapping_its_office_is_refused() {
        let cases = [
            ("country = \"NI\"", "country = \"MX\"", "no lo ejerce un Estado miembro"),
            ("country = \"NI\"", "country = \"ZZ\"", "no lo ejerce un Estado miembro"),
            ("ends_on = \"2013-09-16\"", "ends_on = \"2011-09-16\"", "termina antes de empezar"),
            ("office = \"vocal\"", "office = \"secretaria_tecnica\"", "se superpone"),
        ];
        for (from, to, why) in cases {
            let broken = SHIPPED.replacen(from, to, 1);
            let error = ReferenceData::parse(&broken).unwrap_err().to_string();
            assert!(error.contains(why), "{to}: {error}");
        }
    }

    #[test]
    fn the_operating_plan_follows_the_matrix_with_its_repairs() {
        let poa = &shipped().operating_plans[0];
        let activity = |code: &str| poa.activities().find(|a| a.code == code).unwrap().clone();
        let first = activity("1.1.1");
        assert_eq!(first.title, "Integrar un Comité de Trabajo");
        assert_eq!(first.responsible, "Coalición Regional");
        assert_eq!((first.semester_1, first.semester_2), (Some(Percent::new(100).unwrap()), None));
        let split = activity("4.1.2.2");
        assert_eq!(split.responsible, "Petit Comité");
        assert_eq!(split.semester_1.map(Percent::value), Some(50));
        assert_eq!(split.semester_2.map(Percent::value), Some(50));
        let meetings = activity("3.2.1.1");
        assert!(meetings.target.ends_with("trata de personas y la protección a las víctimas."));
        assert_eq!(
            meetings.title,
            "Realizar reuniones en los países miembros entre las instancias de persecución y sanción con las instancias competentes de atención"
        );
        assert_eq!(
            activity("1.1.2").title,
            "Diseño y elaboración de la Línea Base para formulación de estrategia de prevención de la trata de personas."
        );
        assert_eq!(
            activity("1.2.2").title,
            "Diseño y elaboración de la Línea Base para formulación de estrategia de prevención del tráfico ilícito de migrantes."
        );
        assert_eq!(
            activity("2.1.3.4").title,
            "Elaboración un informe consolidado de los procesos realizados en cada país"
        );
        assert_eq!(activity("4.1.1.2").target, "Fortalecidas las alianzas.");
        let persecution = poa.objectives.iter().find(|o| o.code == "3.2.1").unwrap();
        assert_eq!((persecution.axis.as_str(), persecution.strategic_objective.as_str()), ("3", "3.2"));
    }

    #[test]
    fn a_repeated_code_is_refused_with_its_name() {
        let broken = SHIPPED.replacen("code = \"4.3.2\"", "code = \"4.3.1\"", 1);
        let error = ReferenceData::parse(&broken).unwrap_err().to_string();
        assert!(error.contains("indicador 4.3.1 está repetido"), "{error}");
    }

    #[test]
    fn an_operational_objective_pointing_nowhere_is_refused() {
        let broken = SHIPPED.replacen("strategic_objective = \"3.2\"", "strategic_objective = \"9.9\"", 1);
        let error = ReferenceData::parse(&broken).unwrap_err().to_string();
        assert!(error.contains("9.9"), "{error}");
    }
}
