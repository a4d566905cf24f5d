//! Values typed at parse time, so no command ever sees text where it wants a
//! value: the domain's own enums (one adapter for all of them, never a copy),
//! dates (`AAAA-MM-DD`, through the domain's parser) and times of day (`HH:MM`).
//! A value refused here stops clap before any command runs, naming the flag and,
//! for a choice, listing the valid values.

use std::ffi::OsStr;

use chrono::{NaiveDate, NaiveTime};
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, Error};
use pleno_domain::accountability::{AllianceKind, AllianceScope, AllianceSupport, InstrumentKind, Stage};
use pleno_domain::agreement::{AgreementStatus, ShownStatus};
use pleno_domain::country::Crime;
use pleno_domain::decision::{Base, DecisionMethod, Threshold, VoteChoice};
use pleno_domain::directory::SeatRole;
use pleno_domain::directory_model::{Office, OrganisationKind};
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, EventKind, MeetingKind, Modality};
use pleno_domain::monitoring::GoalStatus;
use pleno_domain::{DomainError, Language, Localized};

use crate::error::CliError;

/// A closed set of values the domain defines: all of them, the stored name of
/// each, and the domain's own parser (which accepts hyphens for underscores).
pub trait Choice: Copy + Send + Sync + 'static {
    fn all() -> &'static [Self];
    fn name(self) -> &'static str;
    fn parse(text: &str) -> Result<Self, DomainError>;
}

macro_rules! domain_choices {
    ($($ty:ty),+ $(,)?) => {$(
        impl Choice for $ty {
            fn all() -> &'static [Self] {
                &<$ty>::ALL
            }
            fn name(self) -> &'static str {
                self.as_str()
            }
            fn parse(text: &str) -> Result<Self, DomainError> {
                <$ty>::parse(text)
            }
        }
    )+};
}

domain_choices!(
    AgendaItemKind,
    AllianceKind,
    AllianceScope,
    AllianceSupport,
    EventKind,
    InstrumentKind,
    Stage,
    AgreementStatus,
    AttendanceStatus,
    Base,
    Crime,
    DecisionMethod,
    GoalStatus,
    Language,
    MeetingKind,
    Modality,
    Office,
    OrganisationKind,
    SeatRole,
    ShownStatus,
    Threshold,
    VoteChoice,
);

/// The clap value parser of a domain choice. Values are shown as typed on a
/// command line, with hyphens (`two-thirds`); `aliases` are extra spellings the
/// command line accepted before the domain had its own words for them.
#[derive(Clone)]
pub struct ChoiceParser<T: Choice> {
    aliases: &'static [(&'static str, T)],
}

/// The value parser for any domain choice: `#[arg(value_parser = choice::<Threshold>())]`.
pub fn choice<T: Choice>() -> ChoiceParser<T> {
    ChoiceParser { aliases: &[] }
}

impl<T: Choice> ChoiceParser<T> {
    pub fn with_aliases(aliases: &'static [(&'static str, T)]) -> Self {
        ChoiceParser { aliases }
    }

    fn names(&self) -> Vec<String> {
        let typed = T::all().iter().map(|v| v.name().replace('_', "-"));
        self.aliases.iter().map(|(alias, _)| alias.to_string()).chain(typed).collect()
    }
}

impl<T: Choice> TypedValueParser for ChoiceParser<T> {
    type Value = T;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<T, Error> {
        let text = value.to_string_lossy();
        if let Some((_, v)) = self.aliases.iter().find(|(alias, _)| *alias == text) {
            return Ok(*v);
        }
        T::parse(&text).map_err(|_| {
            let mut error = refused(ErrorKind::InvalidValue, cmd, arg, &text);
            error.insert(ContextKind::ValidValue, ContextValue::Strings(self.names()));
            error
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.names().into_iter().map(PossibleValue::new)))
    }
}

/// A date typed as `AAAA-MM-DD`, read by the domain's parser and refused with its
/// words, naming the flag.
#[derive(Clone, Copy)]
pub struct DateParser;

pub fn date() -> DateParser {
    DateParser
}

impl TypedValueParser for DateParser {
    type Value = NaiveDate;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<NaiveDate, Error> {
        let text = value.to_string_lossy();
        pleno_domain::dates::parse_date(&flag(arg), &text).map_err(|e| worded(cmd, arg, &text, &e))
    }
}

/// A time of day typed as `HH:MM`.
#[derive(Clone, Copy)]
pub struct TimeParser;

pub fn time() -> TimeParser {
    TimeParser
}

impl TypedValueParser for TimeParser {
    type Value = NaiveTime;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<NaiveTime, Error> {
        let text = value.to_string_lossy();
        NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
            let refusal = CliError::InvalidTime { field: flag(arg), value: text.to_string() };
            worded(cmd, arg, &text, &refusal)
        })
    }
}

/// How the flag is named in a message: `--from`, or the positional's `<NAME>`.
fn flag(arg: Option<&Arg>) -> String {
    match arg {
        Some(arg) => match arg.get_long() {
            Some(long) => format!("--{long}"),
            None => arg.to_string(),
        },
        None => "el valor".into(),
    }
}

fn refused(kind: ErrorKind, cmd: &Command, arg: Option<&Arg>, text: &str) -> Error {
    let mut error = Error::new(kind).with_cmd(cmd);
    if let Some(arg) = arg {
        error.insert(ContextKind::InvalidArg, ContextValue::String(arg.to_string()));
    }
    error.insert(ContextKind::InvalidValue, ContextValue::String(text.to_string()));
    error
}

/// A refusal whose sentence is already written, in Spanish and English; the
/// parse error report picks the language.
fn worded(cmd: &Command, arg: Option<&Arg>, text: &str, refusal: &impl Localized) -> Error {
    let mut error = refused(ErrorKind::ValueValidation, cmd, arg, text);
    let words = Language::ALL.iter().map(|lang| refusal.localized(*lang)).collect();
    error.insert(ContextKind::Custom, ContextValue::Strings(words));
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse<P: TypedValueParser>(parser: &P, text: &str) -> Result<P::Value, Error> {
        let mut cmd = Command::new("pleno").arg(Arg::new("x").long("from"));
        cmd.build();
        let arg = cmd.get_arguments().find(|a| a.get_id() == "x").expect("declared");
        parser.parse_ref(&cmd, Some(arg), OsStr::new(text))
    }

    #[test]
    fn a_choice_accepts_the_hyphen_and_the_stored_spelling() {
        for (text, expected) in [("two-thirds", Threshold::TwoThirds), ("two_thirds", Threshold::TwoThirds)] {
            assert_eq!(parse(&choice::<Threshold>(), text).unwrap(), expected);
        }
    }

    #[test]
    fn a_refused_choice_lists_every_valid_value_with_hyphens() {
        let error = parse(&choice::<Office>(), "rey").unwrap_err();
        let valid = error.get(ContextKind::ValidValue).unwrap().to_string();
        assert_eq!(valid, "coordinador, presidencia, secretaria-tecnica, vocal");
    }

    #[test]
    fn aliases_are_accepted_and_listed_first() {
        const ALIASES: &[(&str, AttendanceStatus)] = &[("present", AttendanceStatus::Presente)];
        let parser = ChoiceParser::with_aliases(ALIASES);
        assert_eq!(parse(&parser, "present").unwrap(), AttendanceStatus::Presente);
        assert_eq!(parse(&parser, "ausente").unwrap(), AttendanceStatus::Ausente);
        assert_eq!(parser.names()[0], "present");
    }

    #[test]
    fn a_bad_date_is_refused_naming_the_flag_in_both_languages() {
        let error = parse(&date(), "2026-02-30").unwrap_err();
        let Some(ContextValue::Strings(words)) = error.get(ContextKind::Custom) else { panic!("worded") };
        assert!(words[0].contains("«2026-02-30» no es una fecha válida para --from"), "{}", words[0]);
        assert!(words[1].contains("is not a valid date for --from"), "{}", words[1]);
    }

    #[test]
    fn times_are_hours_and_minutes() {
        assert_eq!(parse(&time(), "09:30").unwrap(), NaiveTime::from_hms_opt(9, 30, 0).unwrap());
        assert!(parse(&time(), "9h30").is_err());
    }
}
