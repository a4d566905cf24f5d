//! Why a value was refused by the domain; messages are in plain Spanish because
//! they reach the Secretariat unchanged.

use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DomainError {
    #[error("«{0}» no es un código de país válido: se esperan dos letras mayúsculas (ISO 3166), por ejemplo CR")]
    InvalidCountryCode(String),
    #[error("{0} no es un porcentaje válido: debe estar entre 0 y 100")]
    InvalidPercent(i64),
    #[error("los datos de referencia no son válidos: {0}")]
    InvalidReference(String),
}
