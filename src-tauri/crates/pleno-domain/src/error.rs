//! Why a value was refused by the domain. Each refusal is a kind with its
//! parameters (serialised as `{kind, params}` for the UI to act on) and a message
//! in Spanish (`Display`) and in English (`Localized`), because they reach the
//! Secretariat unchanged.

use serde::Serialize;
use thiserror::Error;

use crate::lang::{Language, Localized};

#[derive(Debug, Error, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum DomainError {
    #[error("«{0}» no es un código de país válido: se esperan dos letras mayúsculas (ISO 3166), por ejemplo CR")]
    InvalidCountryCode(String),
    #[error("{0} no es un porcentaje válido: debe estar entre 0 y 100")]
    InvalidPercent(i64),
    #[error("«{value}» no es una fecha válida para {field}: use el formato AAAA-MM-DD, por ejemplo 2026-03-15")]
    InvalidDate { field: String, value: String },
    #[error("«{0}» no es una hora válida: use HH:MM, por ejemplo 09:30")]
    InvalidTime(String),
    #[error("el periodo debe terminar después de empezar ({starts_on} → {ends_on})")]
    TermEndsBeforeStart { starts_on: chrono::NaiveDate, ends_on: chrono::NaiveDate },
    #[error("«{value}» no es válido para {field}; valores posibles: {valid}")]
    InvalidChoice { field: String, value: String, valid: String },
    #[error("falta {0}")]
    Required(String),
    #[error("«{value}» {why}")]
    InvalidContact { value: String, why: String },
    #[error("solo un contacto de tipo {0} puede ser el preferido")]
    TwoPreferred(String),
    #[error("{country} no era miembro de la Coalición durante todo el periodo {term}")]
    NotAMember { country: String, term: String },
    #[error(
        "{country} ya tiene {role} de {mandate}: {holder}, {term}. Termine ese nombramiento antes de asignar otro"
    )]
    SeatTaken { country: String, role: String, mandate: String, holder: String, term: String },
    #[error("ya está presente desde las {}; registre primero su salida", since.format("%H:%M"))]
    AlreadyPresent { since: chrono::NaiveTime },
    #[error("a las {} ya estaba presente", at.format("%H:%M"))]
    PresentThen { at: chrono::NaiveTime },
    #[error("no está presente: no se puede registrar su salida")]
    NotPresent,
    #[error("la salida debe ser después de la llegada ({})", arrived.format("%H:%M"))]
    LeavesBeforeArriving { arrived: chrono::NaiveTime },
    #[error("numeración de acuerdos no válida: {0}")]
    InvalidNumbering(String),
    #[error("regla de quórum no válida: {0}")]
    InvalidQuorum(String),
    #[error("los datos de referencia no son válidos: {0}")]
    InvalidReference(String),
}

impl Localized for DomainError {
    fn localized(&self, lang: Language) -> String {
        match lang {
            Language::Es => self.to_string(),
            Language::En => self.english(),
        }
    }
}

impl DomainError {
    fn english(&self) -> String {
        use DomainError::*;
        match self {
            InvalidCountryCode(code) => {
                format!("«{code}» is not a valid country code: two capital letters are expected (ISO 3166), e.g. CR")
            }
            InvalidPercent(n) => format!("{n} is not a valid percentage: it must be between 0 and 100"),
            InvalidDate { field, value } => {
                format!("«{value}» is not a valid date for {field}: use the format YYYY-MM-DD, e.g. 2026-03-15")
            }
            InvalidTime(text) => format!("«{text}» is not a valid time: use HH:MM, e.g. 09:30"),
            TermEndsBeforeStart { starts_on, ends_on } => {
                format!("the term must end after it starts ({starts_on} → {ends_on})")
            }
            InvalidChoice { field, value, valid } => {
                format!("«{value}» is not valid for {field}; possible values: {valid}")
            }
            Required(what) => format!("{what} is missing"),
            InvalidContact { value, why } => format!("«{value}»: {why}"),
            TwoPreferred(kind) => format!("only one contact of kind {kind} can be the preferred one"),
            NotAMember { country, term } => {
                format!("{country} was not a member of the Coalition for the whole term {term}")
            }
            SeatTaken { country, role, mandate, holder, term } => format!(
                "{country} already has a {role} for {mandate}: {holder}, {term}. End that appointment before assigning another"
            ),
            AlreadyPresent { since } => {
                format!("already present since {}; record their departure first", since.format("%H:%M"))
            }
            PresentThen { at } => format!("was already present at {}", at.format("%H:%M")),
            NotPresent => "is not present: no departure can be recorded".into(),
            LeavesBeforeArriving { arrived } => {
                format!("the departure must be after the arrival ({})", arrived.format("%H:%M"))
            }
            InvalidNumbering(why) => format!("invalid numbering of agreements: {why}"),
            InvalidQuorum(why) => format!("invalid quorum rule: {why}"),
            InvalidReference(why) => format!("the reference data are not valid: {why}"),
        }
    }
}
