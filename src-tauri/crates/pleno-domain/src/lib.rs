//! Pleno's domain model: what the Coalition is made of and the rules over it.
//!
//! Everything here is pure — no database, no files, no clock — so the rules can be
//! tested exhaustively and shared by the store, the documents, the app and the CLI.

pub mod country;
pub mod error;
pub mod plan;
pub mod reference;

pub use country::{CountryCode, Crime, MechanismKind};
pub use error::DomainError;
pub use plan::Percent;
