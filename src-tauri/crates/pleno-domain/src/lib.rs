//! Pleno's domain model: what the Coalition is made of and the rules over it.
//!
//! Everything here is pure — no database, no files, no clock — so the rules can be
//! tested exhaustively and shared by the store, the documents, the app and the CLI.

/// A closed set of choices stored and typed as snake_case text, with the words
/// the Secretariat reads in Spanish and (when given, else the same) English, and a
/// parser whose error lists the valid values. Defined before the modules so that
/// all of them can use it.
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident, $field:literal { $($variant:ident => $text:literal / $spanish:literal $(/ $english:literal)?),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The word the Secretariat reads, in Spanish.
            pub fn spanish(self) -> &'static str {
                match self { $($name::$variant => $spanish),+ }
            }

            /// The word in English; the Spanish one where no English was given.
            pub fn english(self) -> &'static str {
                match self { $($name::$variant => { #[allow(unused_variables)] let word = $spanish; $(let word = $english;)? word }),+ }
            }

            /// The word in the language asked for.
            pub fn label(self, lang: $crate::Language) -> &'static str {
                lang.pick(self.spanish(), self.english())
            }

            /// Accepts the stored form, with hyphens for underscores and without accents.
            pub fn parse(text: &str) -> Result<Self, $crate::DomainError> {
                let wanted = $crate::directory::fold(text.trim()).replace('-', "_");
                Self::ALL.iter().copied().find(|v| v.as_str() == wanted).ok_or_else(|| $crate::DomainError::InvalidChoice {
                    field: $field.into(),
                    value: text.into(),
                    valid: Self::ALL.iter().map(|v| v.as_str().replace('_', "-")).collect::<Vec<_>>().join(", "),
                })
            }
        }
    };
}

pub mod accountability;
pub mod agreement;
pub mod country;
pub mod dates;
pub mod decision;
pub mod directory;
pub mod directory_model;
pub mod error;
pub mod lang;
pub mod limits;
pub mod meeting;
pub mod meeting_model;
pub mod minutes;
pub mod monitoring;
pub mod plan;
pub mod poa;
pub mod quorum;
pub mod reference;
pub mod text;

pub use country::{CountryCode, Crime, MechanismKind};
pub use dates::{spanish_long_date, Term};
pub use error::DomainError;
pub use lang::{Language, Localized, Text};
pub use plan::Percent;
