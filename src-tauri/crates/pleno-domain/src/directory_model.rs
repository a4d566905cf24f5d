//! The directory's records as the store keeps them and the app shows them:
//! persons and their contacts, appointments to seats, observer organisations and
//! their representatives, offices held by states, and working committees.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::country::Crime;
use crate::directory::{Contact, SeatRole};
use crate::DomainError;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct PersonDraft {
    pub name: String,
    #[serde(default)]
    pub honorific: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub institution: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub honorific: String,
    pub position: String,
    pub institution: String,
    pub languages: Vec<String>,
    pub notes: String,
    pub contacts: Vec<Contact>,
}

impl Person {
    /// The preferred value of a kind of contact, if the person has one.
    pub fn preferred(&self, kind: crate::directory::ContactKind) -> Option<&str> {
        self.contacts.iter().find(|c| c.kind == kind && c.preferred).map(|c| c.value.as_str())
    }

    /// "Lic. Ana Pérez" — the honorific, where there is one, before the name.
    pub fn display_name(&self) -> String {
        if self.honorific.is_empty() {
            self.name.clone()
        } else {
            format!("{} {}", self.honorific, self.name)
        }
    }
}

/// An appointment as titular or suplente of a member state for one mandate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeatAppointment {
    pub id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub country: String,
    pub mandate: Crime,
    pub role: SeatRole,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum OrganisationKind {
    International,
    CivilSociety,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 2] = [OrganisationKind::International, OrganisationKind::CivilSociety];

    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::International => "international",
            OrganisationKind::CivilSociety => "civil_society",
        }
    }

    /// Accepts the CLI's spelling ("civil-society") and the stored one.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim().replace('-', "_").as_str() {
            "international" => Ok(Self::International),
            "civil_society" => Ok(Self::CivilSociety),
            _ => Err(DomainError::InvalidChoice {
                field: "tipo de organización".into(),
                value: text.into(),
                valid: "international, civil-society".into(),
            }),
        }
    }

    pub fn spanish(self) -> &'static str {
        match self {
            OrganisationKind::International => "organismo internacional",
            OrganisationKind::CivilSociety => "sociedad civil",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            OrganisationKind::International => "international organisation",
            OrganisationKind::CivilSociety => "civil society",
        }
    }

    /// The words in the language asked for.
    pub fn label(self, lang: crate::Language) -> &'static str {
        lang.pick(self.spanish(), self.english())
    }
}

/// An observer organisation (no vote), admitted by the plenary on `starts_on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Representation {
    pub id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum Office {
    /// The first meeting's coordinating state (Nicaragua, 16 September 2011, seed §II).
    Coordinador,
    Presidencia,
    SecretariaTecnica,
    Vocal,
}

impl Office {
    pub const ALL: [Office; 4] = [Office::Coordinador, Office::Presidencia, Office::SecretariaTecnica, Office::Vocal];

    pub fn as_str(self) -> &'static str {
        match self {
            Office::Coordinador => "coordinador",
            Office::Presidencia => "presidencia",
            Office::SecretariaTecnica => "secretaria_tecnica",
            Office::Vocal => "vocal",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let wanted = text.trim().replace('-', "_");
        Self::ALL.into_iter().find(|o| o.as_str() == wanted).ok_or_else(|| DomainError::InvalidChoice {
            field: "cargo".into(),
            value: text.into(),
            valid: "coordinador, presidencia, secretaria-tecnica, vocal".into(),
        })
    }

    pub fn spanish(self) -> &'static str {
        match self {
            Office::Coordinador => "Coordinación",
            Office::Presidencia => "Presidencia",
            Office::SecretariaTecnica => "Secretaría Técnica",
            Office::Vocal => "Vocalía",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Office::Coordinador => "Coordination",
            Office::Presidencia => "Presidency",
            Office::SecretariaTecnica => "Technical Secretariat",
            Office::Vocal => "Board membership (vocal)",
        }
    }

    /// The office's name in the language asked for.
    pub fn label(self, lang: crate::Language) -> &'static str {
        lang.pick(self.spanish(), self.english())
    }
}

/// A member state holding an office of the Coalition for a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeTerm {
    pub id: i64,
    pub office: Office,
    pub country: String,
    pub country_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Committee {
    pub id: i64,
    pub name: String,
    pub mandate: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub members: Vec<CommitteeMember>,
}

/// A member of a working committee: a member state or a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommitteeMember {
    pub id: i64,
    pub country: Option<String>,
    pub person_id: Option<i64>,
    /// The state's or the person's name, for display.
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}
