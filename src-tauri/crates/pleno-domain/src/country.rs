//! Member states and their national mechanisms.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::DomainError;

/// An ISO 3166-1 alpha-2 code, validated on construction ("CR", "DO" …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let code = text.trim().to_ascii_uppercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Self(code))
        } else {
            Err(DomainError::InvalidCountryCode(text.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CountryCode {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> Self {
        code.0
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The two crimes the Coalition works against; a national mechanism may cover one or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum Crime {
    /// Trata de personas.
    Tdp,
    /// Tráfico ilícito de migrantes.
    Tim,
}

impl Crime {
    pub fn as_str(self) -> &'static str {
        match self {
            Crime::Tdp => "tdp",
            Crime::Tim => "tim",
        }
    }
}

/// The kind of body a state's national mechanism is; the seed names these five.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum MechanismKind {
    Comision,
    Coalicion,
    Consejo,
    Comite,
    Secretaria,
}

impl MechanismKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MechanismKind::Comision => "comision",
            MechanismKind::Coalicion => "coalicion",
            MechanismKind::Consejo => "consejo",
            MechanismKind::Comite => "comite",
            MechanismKind::Secretaria => "secretaria",
        }
    }

    /// "comisión", "coalición", …: the kind of body in Spanish.
    pub fn spanish(self) -> &'static str {
        match self {
            MechanismKind::Comision => "comisión",
            MechanismKind::Coalicion => "coalición",
            MechanismKind::Consejo => "consejo",
            MechanismKind::Comite => "comité",
            MechanismKind::Secretaria => "secretaría",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            MechanismKind::Comision => "commission",
            MechanismKind::Coalicion => "coalition",
            MechanismKind::Consejo => "council",
            MechanismKind::Comite => "committee",
            MechanismKind::Secretaria => "secretariat",
        }
    }

    /// The word in the language asked for.
    pub fn label(self, lang: crate::Language) -> &'static str {
        lang.pick(self.spanish(), self.english())
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Comision, Self::Coalicion, Self::Consejo, Self::Comite, Self::Secretaria]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Mechanism {
    pub name: String,
    /// Empty when the seed gives none.
    #[serde(default)]
    pub acronym: String,
    pub kind: MechanismKind,
    pub crimes: Vec<Crime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Country {
    pub code: CountryCode,
    /// Spanish name, the Coalition's working language.
    pub name: String,
    pub name_en: String,
    /// None for a state added before its mechanism was recorded.
    pub mechanism: Option<Mechanism>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_two_uppercase_letters_and_lowercase_input_is_accepted() {
        assert_eq!(CountryCode::parse("cr").unwrap().as_str(), "CR");
        for bad in ["", "C", "CRI", "C1", "Ñ1"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn the_country_code_error_names_the_bad_value_in_spanish() {
        let message = CountryCode::parse("XYZ").unwrap_err().to_string();
        assert!(message.contains("«XYZ»") && message.contains("código de país"));
    }
}
