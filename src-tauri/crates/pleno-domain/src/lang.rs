//! The two languages everything a person reads comes in — Spanish, the Coalition's
//! working language, and English, Belize's — and the few rules of wording that
//! every layer shares: long dates, plurals, and messages that know both languages.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::DomainError;

/// The language of the interface and of documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Es,
    En,
}

impl Language {
    pub const ALL: &'static [Language] = &[Language::Es, Language::En];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::Es => "es",
            Language::En => "en",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        Language::ALL.iter().copied().find(|l| l.as_str() == text.trim()).ok_or_else(|| DomainError::InvalidChoice {
            field: "idioma".into(),
            value: text.into(),
            valid: "es, en".into(),
        })
    }

    /// The text for this language out of a Spanish and an English one.
    pub fn pick<T>(self, es: T, en: T) -> T {
        match self {
            Language::Es => es,
            Language::En => en,
        }
    }
}

/// Something a person reads, worded in either language (an error, a label).
pub trait Localized {
    fn localized(&self, lang: Language) -> String;
}

/// A text made in Rust for the UI, in both languages, so the screen shows the one
/// the person chose without asking again (a meeting's title, an indicator's
/// explanation, a result sentence).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
pub struct Text {
    pub es: String,
    pub en: String,
}

impl Text {
    pub fn new(es: impl Into<String>, en: impl Into<String>) -> Self {
        Text { es: es.into(), en: en.into() }
    }

    /// The same words in both languages: a name, a code, an official Spanish title.
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        Text { en: text.clone(), es: text }
    }

    /// Words the caller builds once per language.
    pub fn build(mut words: impl FnMut(Language) -> String) -> Self {
        Text { es: words(Language::Es), en: words(Language::En) }
    }

    pub fn get(&self, lang: Language) -> &str {
        lang.pick(&self.es, &self.en)
    }
}

const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "16 de septiembre de 2011" / "16 September 2011": the long form of minutes and notices.
pub fn long_date(lang: Language, date: NaiveDate) -> String {
    let month = date.month0() as usize;
    match lang {
        Language::Es => format!("{} de {} de {}", date.day(), MONTHS_ES[month], date.year()),
        Language::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
    }
}

/// The name of a month (1–12) in either language, lower case in Spanish.
pub fn month_name(lang: Language, month: u32) -> &'static str {
    let index = (month.clamp(1, 12) - 1) as usize;
    lang.pick(MONTHS_ES[index], MONTHS_EN[index])
}

/// "1 voto", "3 votos", "0 abstenciones": the count with its noun. Spanish and
/// English both use the singular for exactly one (as `Intl.PluralRules` says) and
/// the plural otherwise, zero included.
pub fn plural(count: u64, one: &str, other: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { other })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn long_dates_read_in_each_language() {
        assert_eq!(long_date(Language::Es, d("2011-09-16")), "16 de septiembre de 2011");
        assert_eq!(long_date(Language::Es, d("2026-01-01")), "1 de enero de 2026");
        assert_eq!(long_date(Language::En, d("2026-12-10")), "10 December 2026");
    }

    #[test]
    fn plurals_take_the_singular_only_for_one() {
        assert_eq!(plural(0, "abstención", "abstenciones"), "0 abstenciones");
        assert_eq!(plural(1, "abstención", "abstenciones"), "1 abstención");
        assert_eq!(plural(2, "vote", "votes"), "2 votes");
    }

    #[test]
    fn a_language_is_parsed_from_its_code_and_nothing_else() {
        assert_eq!(Language::parse("en").unwrap(), Language::En);
        assert!(Language::parse("fr").is_err());
    }
}
