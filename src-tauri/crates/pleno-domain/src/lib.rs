//! Pleno's domain model: what the Coalition is made of and the rules over it.
//!
//! Everything here is pure — no database, no files, no clock — so the rules can be
//! tested exhaustively and shared by the store, the documents, the app and the CLI.

pub mod country;
pub mod dates;
pub mod directory;
pub mod directory_model;
pub mod error;
pub mod meeting;
pub mod meeting_model;
pub mod plan;
pub mod quorum;
pub mod reference;

pub use country::{CountryCode, Crime, MechanismKind};
pub use dates::{spanish_long_date, Term};
pub use error::DomainError;
pub use plan::Percent;
