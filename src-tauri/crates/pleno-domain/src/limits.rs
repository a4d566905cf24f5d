//! The limits every text and date Pleno keeps must stay within, stated once: the
//! API refuses what goes beyond them (naming the field), and the UI's forms take the
//! same numbers (`ui/src/lib/limits.ts`, generated from [`LIMITS`] by a test).
//!
//! The numbers are generous for real use and small enough that a pasted book, a
//! runaway script or a typo'd year cannot fill the archive or the printed acta:
//! - a name (person, state, city, presenter, acronym): 200 characters;
//! - a title (agenda item, organisation, position, institution, link): 500;
//! - a long text (agreement, decision, follow-up, notes, erratum): 20 000;
//! - a date (meetings, agreements, follow-ups, terms, memberships): from
//!   1 January 2000 to 31 December 2100; the Coalition's founding, 2011, is inside.

use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use crate::lang::{long_date, Language, Localized};

/// The limits as numbers, for the UI (exported to `ui/src/lib/limits.ts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    pub name: usize,
    pub title: usize,
    pub long_text: usize,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

pub const LIMITS: Limits = Limits {
    name: 200,
    title: 500,
    long_text: 20_000,
    earliest: NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date"),
    latest: NaiveDate::from_ymd_opt(2100, 12, 31).expect("a date"),
};

/// The size class of a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Size {
    Name,
    Title,
    Long,
}

macro_rules! fields {
    ($($variant:ident => $size:ident, $es:literal / $en:literal,)*) => {
        /// A field the limits apply to, named for the refusal.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(rename_all = "snake_case")]
        pub enum Field { $($variant,)* }

        impl Field {
            /// Every field, for the UI's table of limits.
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            fn size(self) -> Option<Size> {
                match self { $(Field::$variant => fields!(@size $size),)* }
            }

            /// The field as a sentence names it ("el nombre", "the name").
            pub fn label(self, lang: Language) -> &'static str {
                match self { $(Field::$variant => lang.pick($es, $en),)* }
            }
        }
    };
    (@size Date) => { None };
    (@size $size:ident) => { Some(Size::$size) };
}

fields! {
    PersonName => Name, "el nombre" / "the name",
    Honorific => Name, "el tratamiento" / "the honorific",
    Position => Title, "el cargo" / "the position",
    Institution => Title, "la institución" / "the institution",
    PersonNotes => Long, "las notas" / "the notes",
    ContactValue => Title, "el contacto" / "the contact",
    ContactLabel => Name, "la etiqueta del contacto" / "the contact's label",
    OrganisationName => Title, "el nombre de la organización" / "the organisation's name",
    Acronym => Name, "las siglas" / "the acronym",
    StateName => Name, "el nombre del Estado" / "the state's name",
    CommitteeName => Title, "el nombre del comité" / "the committee's name",
    City => Name, "la ciudad" / "the city",
    Link => Title, "el enlace" / "the link",
    AgendaItemTitle => Title, "el título del punto" / "the item's title",
    Presenter => Name, "quien presenta" / "the presenter",
    AgendaNotes => Long, "las notas del punto" / "the item's notes",
    AgreementText => Long, "el texto del acuerdo" / "the agreement's text",
    FollowUpText => Long, "el texto del seguimiento" / "the follow-up's text",
    DecisionText => Long, "el texto de la decisión" / "the decision's text",
    PositionText => Long, "el texto de la reserva u objeción" / "the text of the reservation or objection",
    ErratumText => Long, "el texto de la fe de erratas" / "the erratum's text",
    MinutesNote => Long, "la narración del acta" / "the minutes' narrative",
    MeetingStart => Date, "la fecha de la reunión" / "the meeting's date",
    MeetingEnd => Date, "la fecha de cierre de la reunión" / "the meeting's last day",
    DueDate => Date, "la fecha límite del acuerdo" / "the agreement's due date",
    FollowUpDate => Date, "la fecha del seguimiento" / "the follow-up's date",
    TermStart => Date, "el inicio del periodo" / "the start of the term",
    TermEnd => Date, "el fin del periodo" / "the end of the term",
}

impl Field {
    /// The most characters the field may hold; `None` for a date.
    pub fn max_chars(self) -> Option<usize> {
        self.size().map(|size| match size {
            Size::Name => LIMITS.name,
            Size::Title => LIMITS.title,
            Size::Long => LIMITS.long_text,
        })
    }
}

/// A value beyond its limit.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum LimitError {
    #[error("{} admite hasta {max} caracteres y tiene {length}", field.label(Language::Es))]
    TooLong { field: Field, max: usize, length: usize },
    #[error("{} debe estar entre {} y {}: {}", field.label(Language::Es), long_date(Language::Es, *earliest), long_date(Language::Es, *latest), long_date(Language::Es, *date))]
    DateOutOfRange { field: Field, date: NaiveDate, earliest: NaiveDate, latest: NaiveDate },
}

impl Localized for LimitError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (_, Language::Es) => self.to_string(),
            (LimitError::TooLong { field, max, length }, Language::En) => {
                format!("{} takes up to {max} characters and has {length}", field.label(lang))
            }
            (LimitError::DateOutOfRange { field, date, earliest, latest }, Language::En) => format!(
                "{} must be between {} and {}: {}",
                field.label(lang),
                long_date(lang, *earliest),
                long_date(lang, *latest),
                long_date(lang, *date)
            ),
        }
    }
}

/// Refuses a text longer than its field takes (counted in characters, trimmed).
pub fn text(field: Field, value: &str) -> Result<(), LimitError> {
    let max = field.max_chars().unwrap_or(usize::MAX);
    let length = value.trim().chars().count();
    if length > max {
        return Err(LimitError::TooLong { field, max, length });
    }
    Ok(())
}

/// Refuses a date outside 2000–2100.
pub fn date(field: Field, date: NaiveDate) -> Result<(), LimitError> {
    if date < LIMITS.earliest || date > LIMITS.latest {
        return Err(LimitError::DateOutOfRange { field, date, earliest: LIMITS.earliest, latest: LIMITS.latest });
    }
    Ok(())
}

/// The same for a date that may be absent.
pub fn optional_date(field: Field, value: Option<NaiveDate>) -> Result<(), LimitError> {
    value.map_or(Ok(()), |d| date(field, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn texts_up_to_the_limit_pass_and_one_more_character_is_refused() {
        let cases = [(Field::PersonName, 200), (Field::AgendaItemTitle, 500), (Field::AgreementText, 20_000)];
        for (field, max) in cases {
            assert_eq!(text(field, &"ñ".repeat(max)), Ok(()), "{field:?} takes {max} characters, not bytes");
            assert_eq!(text(field, &"a".repeat(max + 1)), Err(LimitError::TooLong { field, max, length: max + 1 }));
        }
    }

    #[test]
    fn dates_from_2000_to_2100_pass_and_the_founding_is_inside() {
        for (d, ok) in [
            (day(2011, 9, 16), true),
            (day(2000, 1, 1), true),
            (day(2100, 12, 31), true),
            (day(1999, 12, 31), false),
            (day(9999, 12, 31), false),
        ] {
            assert_eq!(date(Field::MeetingStart, d).is_ok(), ok, "{d}");
        }
    }

    #[test]
    fn a_refusal_names_the_field_in_both_languages() {
        let error = text(Field::PersonName, &"x".repeat(10_000)).unwrap_err();
        assert_eq!(error.localized(Language::Es), "el nombre admite hasta 200 caracteres y tiene 10000");
        assert_eq!(error.localized(Language::En), "the name takes up to 200 characters and has 10000");
        let error = date(Field::MeetingStart, day(9999, 12, 31)).unwrap_err();
        assert!(error
            .localized(Language::Es)
            .starts_with("la fecha de la reunión debe estar entre 1 de enero de 2000"));
        assert!(error.localized(Language::En).contains("31 December 9999"));
    }
}
