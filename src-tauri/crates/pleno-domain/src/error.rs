//! Why a value was refused by the domain; messages are in plain Spanish because
//! they reach the Secretariat unchanged.

use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DomainError {
    #[error("«{0}» no es un código de país válido: se esperan dos letras mayúsculas (ISO 3166), por ejemplo CR")]
    InvalidCountryCode(String),
    #[error("{0} no es un porcentaje válido: debe estar entre 0 y 100")]
    InvalidPercent(i64),
    #[error("«{value}» no es una fecha válida para {field}: use el formato AAAA-MM-DD, por ejemplo 2026-03-15")]
    InvalidDate { field: String, value: String },
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
    #[error("asistencia: {0}")]
    Attendance(String),
    #[error("numeración de acuerdos no válida: {0}")]
    InvalidNumbering(String),
    #[error("regla de quórum no válida: {0}")]
    InvalidQuorum(String),
    #[error("los datos de referencia no son válidos: {0}")]
    InvalidReference(String),
}
