//! The rules of a year's operating plan (POA) beyond its shape in `plan`: who
//! answers for an activity (typed parties, not free text), its weight in the
//! weighted results of §IX, the plan's status (borrador until a plenary decision
//! approves it) and when a change needs an amendment citing a decision.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::{Language, Localized};
use crate::plan::{Activity, Percent};

choice_enum!(
    /// A POA is drafted, then approved by a decision of a plenary.
    PoaStatus, "estado del POA" {
        Borrador => "borrador" / "borrador" / "draft",
        Aprobado => "aprobado" / "aprobado" / "approved",
    }
);

/// The status of a POA shipped in the reference data: the seed's POA 2018 is the
/// plan the Coalition adopted with the Strategic Plan.
pub fn seed_status() -> PoaStatus {
    PoaStatus::Aprobado
}

choice_enum!(
    /// What a recorded change to a POA did.
    PoaChangeKind, "cambio del POA" {
        Created => "created" / "creado" / "created",
        Copied => "copied" / "copiado" / "copied",
        ObjectiveAdded => "objective_added" / "objetivo añadido" / "objective added",
        ActivityAdded => "activity_added" / "actividad añadida" / "activity added",
        ActivityEdited => "activity_edited" / "actividad modificada" / "activity changed",
        ActivityRemoved => "activity_removed" / "actividad eliminada" / "activity removed",
        Approved => "approved" / "aprobado" / "approved",
    }
);

/// The weight of an activity in its objective's and axis's weighted result
/// (§IX "resultados ponderados"). Equal (1) by default; zero is refused, since an
/// activity that weighs nothing would vanish from the results without a trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "u32", into = "u32")]
#[ts(type = "number")]
pub struct Weight(u32);

impl Weight {
    pub const EQUAL: Weight = Weight(1);

    pub fn new(value: u32) -> Result<Self, PoaError> {
        if value == 0 {
            return Err(PoaError::ZeroWeight);
        }
        Ok(Weight(value))
    }

    pub fn value(self) -> u32 {
        self.0
    }
}

impl Default for Weight {
    fn default() -> Self {
        Weight::EQUAL
    }
}

impl TryFrom<u32> for Weight {
    type Error = PoaError;
    fn try_from(value: u32) -> Result<Self, Self::Error> {
        Weight::new(value)
    }
}

impl From<Weight> for u32 {
    fn from(w: Weight) -> Self {
        w.0
    }
}

/// One party answering for an activity. The seed names these kinds: the
/// Coalición Regional as a whole, every national mechanism, one state's
/// mechanism, the Presidencia, the Secretaría Técnica, a committee (the Petit
/// Comité) and, for other bodies, a named institution.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(tag = "kind", rename_all = "snake_case")]
pub enum ResponsibleParty {
    CoalicionRegional,
    /// All the national coalitions, commissions, councils and committees.
    NationalMechanisms,
    /// One state's national mechanism.
    NationalMechanism {
        country: String,
    },
    Presidencia,
    SecretariaTecnica,
    /// A committee by name; `committee_id` links it to the directory when it is there.
    Committee {
        committee_id: Option<i64>,
        name: String,
    },
    Institution {
        name: String,
    },
}

impl ResponsibleParty {
    pub fn kind_str(&self) -> &'static str {
        match self {
            Self::CoalicionRegional => "coalicion_regional",
            Self::NationalMechanisms => "national_mechanisms",
            Self::NationalMechanism { .. } => "national_mechanism",
            Self::Presidencia => "presidencia",
            Self::SecretariaTecnica => "secretaria_tecnica",
            Self::Committee { .. } => "committee",
            Self::Institution { .. } => "institution",
        }
    }

    /// Rebuilds a party from its stored columns (kind, country, committee, name).
    pub fn from_columns(
        kind: &str,
        country: Option<String>,
        committee_id: Option<i64>,
        name: String,
    ) -> Option<ResponsibleParty> {
        Some(match kind {
            "coalicion_regional" => Self::CoalicionRegional,
            "national_mechanisms" => Self::NationalMechanisms,
            "national_mechanism" => Self::NationalMechanism { country: country? },
            "presidencia" => Self::Presidencia,
            "secretaria_tecnica" => Self::SecretariaTecnica,
            "committee" => Self::Committee { committee_id, name },
            "institution" => Self::Institution { name },
            _ => return None,
        })
    }

    /// Parses the short form the CLI takes: `coalicion`, `mecanismos`,
    /// `mecanismo:CR`, `presidencia`, `st`, `comite:Petit Comité`, `institucion:OIM`.
    pub fn parse(text: &str) -> Result<ResponsibleParty, PoaError> {
        let (head, rest) = match text.split_once(':') {
            Some((head, rest)) => (head, rest.trim()),
            None => (text, ""),
        };
        let needs = |party: ResponsibleParty| {
            if rest.is_empty() {
                Err(PoaError::UnknownParty { text: text.to_string() })
            } else {
                Ok(party)
            }
        };
        match crate::text::fold(head.trim()).as_str() {
            "coalicion" | "coalicion_regional" => Ok(Self::CoalicionRegional),
            "mecanismos" | "national_mechanisms" => Ok(Self::NationalMechanisms),
            "mecanismo" | "national_mechanism" => needs(Self::NationalMechanism { country: rest.to_ascii_uppercase() }),
            "presidencia" => Ok(Self::Presidencia),
            "st" | "secretaria_tecnica" | "secretaria tecnica" => Ok(Self::SecretariaTecnica),
            "comite" | "committee" => needs(Self::Committee { committee_id: None, name: rest.to_string() }),
            "institucion" | "institution" => needs(Self::Institution { name: rest.to_string() }),
            _ => Err(PoaError::UnknownParty { text: text.to_string() }),
        }
    }

    /// The short form `parse` reads: what the POA workbook's "Responsables
    /// (códigos)" column holds.
    pub fn short_form(&self) -> String {
        match self {
            Self::CoalicionRegional => "coalicion".into(),
            Self::NationalMechanisms => "mecanismos".into(),
            Self::NationalMechanism { country } => format!("mecanismo:{country}"),
            Self::Presidencia => "presidencia".into(),
            Self::SecretariaTecnica => "st".into(),
            Self::Committee { name, .. } => format!("comite:{name}"),
            Self::Institution { name } => format!("institucion:{name}"),
        }
    }

    /// The party as a person reads it in a matrix cell.
    pub fn label(&self, lang: Language) -> String {
        match self {
            Self::CoalicionRegional => lang.pick("Coalición Regional", "Regional Coalition").into(),
            Self::NationalMechanisms => {
                lang.pick("Comisiones, Comités, Consejos y Coaliciones Nacionales", "National mechanisms").into()
            }
            Self::NationalMechanism { country } => {
                format!("{} ({country})", lang.pick("Mecanismo nacional", "National mechanism"))
            }
            Self::Presidencia => lang.pick("Presidencia", "Presidency").into(),
            Self::SecretariaTecnica => lang.pick("Secretaría Técnica", "Technical Secretariat").into(),
            Self::Committee { name, .. } | Self::Institution { name } => name.clone(),
        }
    }
}

/// The parties joined for a matrix cell ("Secretaría Técnica y Presidencia").
pub fn parties_label(parties: &[ResponsibleParty], lang: Language) -> String {
    let labels: Vec<String> = parties.iter().map(|p| p.label(lang)).collect();
    match labels.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick("y", "and")),
    }
}

/// The typed parties behind each responsible cell of the seed's POA 2018, whose
/// wording is kept as the activity's label. `None` for a text the seed does not use.
/// (v7.sql applies the same table to archives created before parties were typed;
/// a store test checks that both agree.)
pub fn seed_parties(responsible: &str) -> Option<Vec<ResponsibleParty>> {
    use ResponsibleParty::*;
    let mechanisms_st_presidency = || vec![NationalMechanisms, SecretariaTecnica, Presidencia];
    Some(match responsible {
        "Coalición Regional" => vec![CoalicionRegional],
        "Petit Comité" => vec![Committee { committee_id: None, name: "Petit Comité".into() }],
        "Secretaría Técnica de la Coalición Regional" => vec![SecretariaTecnica],
        "Comisiones, Comités, Consejos y Coaliciones Nacionales" => vec![NationalMechanisms],
        "Comisiones, Comités, Consejos y Coaliciones Nacionales, ST y Presidencia de la Coalición" => {
            mechanisms_st_presidency()
        }
        "ST de la Coalición Regional y la Presidencia."
        | "ST y Presidencia"
        | "ST y Presidencia de la Coalición Regional" => vec![SecretariaTecnica, Presidencia],
        _ => return None,
    })
}

/// Whether a change to a POA in `status` may go ahead with or without a decision:
/// a borrador changes freely; an approved POA only by an amendment that cites a
/// decision of a plenary.
pub fn check_change(status: PoaStatus, decision_id: Option<i64>) -> Result<(), PoaError> {
    match (status, decision_id) {
        (PoaStatus::Aprobado, None) => Err(PoaError::AmendmentNeedsDecision),
        _ => Ok(()),
    }
}

/// An activity's fields as a person enters them; validated into an `Activity`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ActivityDraft {
    /// Code of the operational objective the activity belongs to.
    pub objective: String,
    pub code: String,
    pub title: String,
    /// "Meta".
    pub target: String,
    pub indicator: String,
    pub parties: Vec<ResponsibleParty>,
    pub semester_1: Option<Percent>,
    pub semester_2: Option<Percent>,
    /// Equal (1) when not given.
    pub weight: Option<Weight>,
}

/// Changes to an activity: each field given replaces the current one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ActivityPatch {
    pub title: Option<String>,
    pub target: Option<String>,
    pub indicator: Option<String>,
    pub parties: Option<Vec<ResponsibleParty>>,
    pub semester_1: Option<Percent>,
    pub semester_2: Option<Percent>,
    pub weight: Option<Weight>,
}

impl ActivityDraft {
    /// The activity this draft describes, once its code fits its objective's
    /// ("2.1.3.2" under "2.1.3", as every code of the seed does) and it has a title.
    pub fn validate(&self) -> Result<Activity, PoaError> {
        let code = self.code.trim();
        let objective = self.objective.trim();
        let fits = code.strip_prefix(objective).and_then(|rest| rest.strip_prefix('.')).is_some_and(|rest| {
            !rest.is_empty() && rest.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        });
        if !fits {
            return Err(PoaError::CodeOutsideObjective { code: code.into(), objective: objective.into() });
        }
        let activity = Activity {
            code: code.into(),
            title: self.title.trim().into(),
            target: self.target.trim().into(),
            indicator: self.indicator.trim().into(),
            responsible: parties_label(&self.parties, Language::Es),
            semester_1: self.semester_1,
            semester_2: self.semester_2,
            weight: self.weight.unwrap_or_default(),
            parties: self.parties.clone(),
        };
        check_activity(&activity)?;
        Ok(activity)
    }
}

impl ActivityPatch {
    pub fn apply(&self, current: &Activity) -> Result<Activity, PoaError> {
        let mut next = current.clone();
        let text = |new: &Option<String>, old: &str| new.as_deref().map(str::trim).unwrap_or(old).to_string();
        next.title = text(&self.title, &current.title);
        next.target = text(&self.target, &current.target);
        next.indicator = text(&self.indicator, &current.indicator);
        if let Some(parties) = &self.parties {
            next.parties = parties.clone();
            next.responsible = parties_label(parties, Language::Es);
        }
        next.semester_1 = self.semester_1.or(current.semester_1);
        next.semester_2 = self.semester_2.or(current.semester_2);
        next.weight = self.weight.unwrap_or(current.weight);
        check_activity(&next)?;
        Ok(next)
    }
}

fn check_activity(activity: &Activity) -> Result<(), PoaError> {
    if activity.title.is_empty() {
        return Err(PoaError::TitleRequired { code: activity.code.clone() });
    }
    if activity.parties.is_empty() {
        return Err(PoaError::ResponsibleRequired { code: activity.code.clone() });
    }
    Ok(())
}

choice_enum!(
    /// A field of an activity, named as the seed's matrix names its column.
    ActivityField, "campo de la actividad" {
        Title => "title" / "actividad" / "activity",
        Target => "target" / "meta" / "target",
        Indicator => "indicator" / "indicador" / "indicator",
        Parties => "parties" / "responsable" / "responsible",
        Semester1 => "semester1" / "I semestre" / "1st half",
        Semester2 => "semester2" / "II semestre" / "2nd half",
        Weight => "weight" / "peso" / "weight",
    }
);

impl ActivityField {
    /// The field as the history stores it; changes recorded before it was stored
    /// typed hold its Spanish name ("meta", "II semestre"), read too.
    pub fn from_stored(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.as_str() == text || f.spanish() == text)
    }
}

/// The fields that differ between two versions of an activity, for the history.
pub fn changed_fields(before: &Activity, after: &Activity) -> Vec<ActivityField> {
    let mut fields = Vec::new();
    let mut differs = |same: bool, field| {
        if !same {
            fields.push(field)
        }
    };
    differs(before.title == after.title, ActivityField::Title);
    differs(before.target == after.target, ActivityField::Target);
    differs(before.indicator == after.indicator, ActivityField::Indicator);
    differs(before.parties == after.parties, ActivityField::Parties);
    differs(before.semester_1 == after.semester_1, ActivityField::Semester1);
    differs(before.semester_2 == after.semester_2, ActivityField::Semester2);
    differs(before.weight == after.weight, ActivityField::Weight);
    fields
}

/// One recorded change to a POA: never overwritten, never deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PoaChange {
    pub id: i64,
    pub year: i32,
    pub at: NaiveDateTime,
    /// Who made the change, as the caller names them.
    pub by: String,
    pub kind: PoaChangeKind,
    /// The activity or objective changed, if the change was to one.
    pub code: Option<String>,
    /// The decision of a plenary that approved the POA or the amendment.
    pub decision_id: Option<i64>,
    /// The activity before and after the change, where there was one.
    pub before: Option<Activity>,
    pub after: Option<Activity>,
    /// What changed, field by field (the target, the second half).
    pub fields: Vec<ActivityField>,
}

/// Why a change to a POA was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum PoaError {
    #[error("el peso de una actividad debe ser al menos 1")]
    ZeroWeight,
    #[error("«{text}» no es un responsable reconocido")]
    UnknownParty { text: String },
    #[error("el POA está aprobado: un cambio necesita una enmienda que cite una decisión del pleno")]
    AmendmentNeedsDecision,
    #[error("el código {code} no corresponde al objetivo operativo {objective}")]
    CodeOutsideObjective { code: String, objective: String },
    #[error("falta el título de la actividad {code}")]
    TitleRequired { code: String },
    #[error("la actividad {code} necesita al menos un responsable")]
    ResponsibleRequired { code: String },
    #[error("no hay POA {year}")]
    NoPlan { year: i32 },
    #[error("ya existe el POA {year}")]
    PlanExists { year: i32 },
    #[error("el año {year} está fuera del Plan Estratégico {start}-{end}")]
    YearOutsidePlan { year: i32, start: i32, end: i32 },
    #[error("el POA {year} no tiene el objetivo operativo {code}")]
    NoObjective { year: i32, code: String },
    #[error("el POA {year} ya tiene el objetivo operativo {code}")]
    ObjectiveExists { year: i32, code: String },
    #[error("no existe el objetivo estratégico {code}")]
    NoStrategicObjective { code: String },
    #[error("el POA {year} no tiene la actividad {code}")]
    NoActivity { year: i32, code: String },
    #[error("el POA {year} ya tiene la actividad {code}")]
    ActivityExists { year: i32, code: String },
    #[error("la actividad {code} no se puede eliminar: {uses} acuerdos o informes de seguimiento la citan")]
    ActivityInUse { code: String, uses: u32 },
    #[error("el POA {year} ya está aprobado")]
    AlreadyApproved { year: i32 },
    #[error("no existe la decisión {id}")]
    NoDecision { id: i64 },
}

impl Localized for PoaError {
    fn localized(&self, lang: Language) -> String {
        use PoaError::*;
        if lang == Language::Es {
            return self.to_string();
        }
        match self {
            ZeroWeight => "an activity's weight must be at least 1".into(),
            UnknownParty { text } => format!("«{text}» is not a recognised responsible party"),
            AmendmentNeedsDecision => {
                "the POA is approved: a change needs an amendment citing a decision of the plenary".into()
            }
            CodeOutsideObjective { code, objective } => {
                format!("code {code} does not belong to operational objective {objective}")
            }
            TitleRequired { code } => format!("activity {code} has no title"),
            ResponsibleRequired { code } => format!("activity {code} needs at least one responsible party"),
            NoPlan { year } => format!("there is no POA {year}"),
            PlanExists { year } => format!("the POA {year} already exists"),
            YearOutsidePlan { year, start, end } => {
                format!("the year {year} is outside the Strategic Plan {start}-{end}")
            }
            NoObjective { year, code } => format!("the POA {year} has no operational objective {code}"),
            ObjectiveExists { year, code } => format!("the POA {year} already has operational objective {code}"),
            NoStrategicObjective { code } => format!("there is no strategic objective {code}"),
            NoActivity { year, code } => format!("the POA {year} has no activity {code}"),
            ActivityExists { year, code } => format!("the POA {year} already has activity {code}"),
            ActivityInUse { code, uses } => {
                format!("activity {code} cannot be removed: {uses} agreements or monitoring reports cite it")
            }
            AlreadyApproved { year } => format!("the POA {year} is already approved"),
            NoDecision { id } => format!("there is no decision {id}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(objective: &str, code: &str) -> ActivityDraft {
        ActivityDraft {
            objective: objective.into(),
            code: code.into(),
            title: "Sesiones técnicas".into(),
            parties: vec![ResponsibleParty::SecretariaTecnica],
            ..Default::default()
        }
    }

    #[test]
    fn an_activity_code_must_extend_its_objective_code() {
        let cases = [
            ("2.1.3", "2.1.3.2", true),
            ("1.1", "1.1.1", true),
            ("1.1", "1.2.1", false),
            ("2.1.3", "2.1.3", false),
            ("2.1.3", "2.1.3.", false),
            ("2.1", "2.1x.1", false),
        ];
        for (objective, code, ok) in cases {
            assert_eq!(draft(objective, code).validate().is_ok(), ok, "{code} under {objective}");
        }
    }

    #[test]
    fn a_new_activity_weighs_one_and_is_labelled_by_its_parties() {
        let mut d = draft("1.1", "1.1.3");
        d.parties = vec![ResponsibleParty::SecretariaTecnica, ResponsibleParty::Presidencia];
        let a = d.validate().unwrap();
        assert_eq!(a.weight, Weight::EQUAL);
        assert_eq!(a.responsible, "Secretaría Técnica y Presidencia");
    }

    #[test]
    fn zero_weight_and_missing_parties_are_refused() {
        assert_eq!(Weight::new(0), Err(PoaError::ZeroWeight));
        let mut d = draft("1.1", "1.1.3");
        d.parties.clear();
        assert_eq!(d.validate(), Err(PoaError::ResponsibleRequired { code: "1.1.3".into() }));
    }

    #[test]
    fn an_approved_poa_changes_only_with_a_decision() {
        assert!(check_change(PoaStatus::Borrador, None).is_ok());
        assert_eq!(check_change(PoaStatus::Aprobado, None), Err(PoaError::AmendmentNeedsDecision));
        assert!(check_change(PoaStatus::Aprobado, Some(3)).is_ok());
    }

    #[test]
    fn every_responsible_cell_of_the_seed_has_typed_parties() {
        let poa = crate::reference::ReferenceData::shipped().operating_plans;
        for activity in poa.iter().flat_map(|p| p.activities()) {
            assert!(seed_parties(&activity.responsible).is_some(), "{}: {}", activity.code, activity.responsible);
        }
    }

    #[test]
    fn every_party_reads_back_from_its_short_form() {
        let parties = [
            ResponsibleParty::CoalicionRegional,
            ResponsibleParty::NationalMechanisms,
            ResponsibleParty::NationalMechanism { country: "PA".into() },
            ResponsibleParty::Presidencia,
            ResponsibleParty::SecretariaTecnica,
            ResponsibleParty::Committee { committee_id: None, name: "Petit Comité".into() },
            ResponsibleParty::Institution { name: "OIM".into() },
        ];
        for party in parties {
            assert_eq!(ResponsibleParty::parse(&party.short_form()), Ok(party.clone()));
        }
    }

    #[test]
    fn parties_are_parsed_from_the_short_form() {
        let cases = [
            ("coalicion", Ok(ResponsibleParty::CoalicionRegional)),
            ("mecanismo:cr", Ok(ResponsibleParty::NationalMechanism { country: "CR".into() })),
            ("ST", Ok(ResponsibleParty::SecretariaTecnica)),
            (
                "comité:Petit Comité",
                Ok(ResponsibleParty::Committee { committee_id: None, name: "Petit Comité".into() }),
            ),
            ("institucion:", Err(PoaError::UnknownParty { text: "institucion:".into() })),
            ("alcaldía", Err(PoaError::UnknownParty { text: "alcaldía".into() })),
        ];
        for (text, expected) in cases {
            assert_eq!(ResponsibleParty::parse(text), expected, "{text}");
        }
    }

    #[test]
    fn the_history_names_the_fields_that_changed() {
        let before = draft("1.1", "1.1.3").validate().unwrap();
        let patch = ActivityPatch {
            target: Some("Comité conformado".into()),
            semester_2: Some(Percent::new(40).unwrap()),
            ..Default::default()
        };
        let after = patch.apply(&before).unwrap();
        assert_eq!(changed_fields(&before, &after), [ActivityField::Target, ActivityField::Semester2]);
        let words: Vec<&str> = changed_fields(&before, &after).iter().map(|f| f.label(Language::En)).collect();
        assert_eq!(words, ["target", "2nd half"]);
        assert_eq!(ActivityField::from_stored("II semestre"), Some(ActivityField::Semester2));
        assert_eq!(ActivityField::from_stored("semester2"), Some(ActivityField::Semester2));
        assert_eq!(ActivityField::from_stored("plazo"), None);
    }
}
