//! Dates as the Coalition writes them ("16 de septiembre de 2011") and the terms
//! (from–to) that appointments, memberships and offices are held for.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::DomainError;

/// "16 de septiembre de 2011" — the long form used in minutes and notices.
pub fn spanish_long_date(date: NaiveDate) -> String {
    crate::lang::long_date(crate::lang::Language::Es, date)
}

/// Reads a date typed as YYYY-MM-DD, naming the field in the error.
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, DomainError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| DomainError::InvalidDate { field: field.to_string(), value: text.to_string() })
}

/// Clock times as the record keeps them, "09:30": the minute is the precision of
/// everything a meeting records. Reads "09:30" and "09:30:00".
pub mod hh_mm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(time: &NaiveTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&time.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_time(&text).map_err(serde::de::Error::custom)
    }

    /// The same for an optional time.
    pub mod option {
        use chrono::NaiveTime;
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(time: &Option<NaiveTime>, serializer: S) -> Result<S::Ok, S::Error> {
            match time {
                Some(time) => super::serialize(time, serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveTime>, D::Error> {
            match Option::<String>::deserialize(deserializer)? {
                Some(text) if !text.trim().is_empty() => {
                    crate::dates::parse_time(&text).map(Some).map_err(serde::de::Error::custom)
                }
                _ => Ok(None),
            }
        }
    }
}

/// Reads a clock time typed HH:MM (or HH:MM:SS), as meetings record them.
pub fn parse_time(text: &str) -> Result<NaiveTime, DomainError> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .map_err(|_| DomainError::InvalidTime(text.to_string()))
}

/// The days something is held: from `starts_on` up to, not including, `ends_on`
/// (open-ended when `None`). Half-open, so a successor can start the very day the
/// predecessor's term ends without the two overlapping.
/// The fields are private so that every `Term` went through `Term::new`, even
/// one read from JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "TermFields")]
pub struct Term {
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct TermFields {
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
}

impl TryFrom<TermFields> for Term {
    type Error = DomainError;

    fn try_from(fields: TermFields) -> Result<Self, DomainError> {
        Term::new(fields.starts_on, fields.ends_on)
    }
}

impl Term {
    pub fn starts_on(&self) -> NaiveDate {
        self.starts_on
    }

    pub fn ends_on(&self) -> Option<NaiveDate> {
        self.ends_on
    }

    pub fn new(starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> Result<Self, DomainError> {
        match ends_on {
            Some(end) if end <= starts_on => Err(DomainError::TermEndsBeforeStart { starts_on, ends_on: end }),
            _ => Ok(Term { starts_on, ends_on }),
        }
    }

    pub fn open(starts_on: NaiveDate) -> Self {
        Term { starts_on, ends_on: None }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.starts_on <= date && self.ends_on.is_none_or(|end| date < end)
    }

    pub fn overlaps(&self, other: &Term) -> bool {
        let starts_before_other_ends = other.ends_on.is_none_or(|end| self.starts_on < end);
        let ends_after_other_starts = self.ends_on.is_none_or(|end| other.starts_on < end);
        starts_before_other_ends && ends_after_other_starts
    }

    /// Whether the union of `terms` covers every day of `self`.
    pub fn is_covered_by(&self, terms: &[Term]) -> bool {
        let mut sorted: Vec<&Term> = terms.iter().collect();
        sorted.sort_by_key(|t| t.starts_on);
        let mut covered_until = self.starts_on;
        for term in sorted {
            if term.starts_on > covered_until {
                break;
            }
            match term.ends_on {
                None => return true,
                Some(end) if end > covered_until => covered_until = end,
                Some(_) => {}
            }
            if self.ends_on.is_some_and(|end| covered_until >= end) {
                return true;
            }
        }
        false
    }

    /// "desde el 1 de enero de 2024" or "del 1 de enero de 2024 al 15 de marzo de 2025".
    pub fn describe(&self) -> String {
        describe_span(self.starts_on, self.ends_on)
    }

    /// The same in the language asked for ("from 1 January 2024", "from 1 January 2024 to 15 March 2025").
    pub fn describe_in(&self, lang: crate::Language) -> String {
        describe_span_in(lang, self.starts_on, self.ends_on)
    }
}

/// A record's dates in words, in Spanish, as `Term::describe` words them.
pub fn describe_span(starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> String {
    describe_span_in(crate::Language::Es, starts_on, ends_on)
}

/// A record's dates in words in either language.
pub fn describe_span_in(lang: crate::Language, starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> String {
    use crate::lang::long_date;
    match (lang, ends_on) {
        (crate::Language::Es, None) => format!("desde el {}", long_date(lang, starts_on)),
        (crate::Language::Es, Some(end)) => format!("del {} al {}", long_date(lang, starts_on), long_date(lang, end)),
        (crate::Language::En, None) => format!("since {}", long_date(lang, starts_on)),
        (crate::Language::En, Some(end)) => format!("from {} to {}", long_date(lang, starts_on), long_date(lang, end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse_date("fecha", text).unwrap()
    }

    fn term(from: &str, to: Option<&str>) -> Term {
        Term::new(d(from), to.map(d)).unwrap()
    }

    #[test]
    fn dates_read_in_spanish_long_form() {
        assert_eq!(spanish_long_date(d("2011-09-16")), "16 de septiembre de 2011");
        assert_eq!(spanish_long_date(d("2026-01-01")), "1 de enero de 2026");
    }

    #[test]
    fn a_bad_date_names_the_field_and_the_value() {
        let error = parse_date("--from", "2026-02-30").unwrap_err().to_string();
        assert!(error.contains("--from") && error.contains("2026-02-30"), "{error}");
    }

    #[test]
    fn a_term_must_end_after_it_starts() {
        assert!(Term::new(d("2026-01-01"), Some(d("2026-01-01"))).is_err());
        assert!(Term::new(d("2026-01-02"), Some(d("2026-01-01"))).is_err());
        assert!(Term::new(d("2026-01-01"), Some(d("2026-01-02"))).is_ok());
    }

    #[test]
    fn terms_overlap_as_half_open_intervals() {
        let cases = [
            // (a, b, overlap?)
            (term("2024-01-01", Some("2025-01-01")), term("2025-01-01", None), false),
            (term("2024-01-01", Some("2025-01-02")), term("2025-01-01", None), true),
            (term("2024-01-01", None), term("2030-01-01", None), true),
            (term("2024-01-01", Some("2024-06-01")), term("2024-02-01", Some("2024-03-01")), true),
            (term("2024-06-01", Some("2024-07-01")), term("2024-01-01", Some("2024-06-01")), false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(a.overlaps(&b), expected, "{a:?} vs {b:?}");
            assert_eq!(b.overlaps(&a), expected, "symmetry: {b:?} vs {a:?}");
        }
    }

    #[test]
    fn a_term_contains_its_first_day_but_not_its_end() {
        let t = term("2024-01-01", Some("2024-02-01"));
        assert!(t.contains(d("2024-01-01")) && t.contains(d("2024-01-31")));
        assert!(!t.contains(d("2024-02-01")) && !t.contains(d("2023-12-31")));
    }

    #[test]
    fn coverage_by_memberships_allows_back_to_back_terms_but_not_gaps() {
        let memberships = [term("2011-09-16", Some("2015-01-01")), term("2015-01-01", None)];
        assert!(term("2014-06-01", Some("2016-01-01")).is_covered_by(&memberships));
        assert!(term("2014-06-01", None).is_covered_by(&memberships));
        let gap = [term("2011-09-16", Some("2015-01-01")), term("2015-02-01", None)];
        assert!(!term("2014-06-01", Some("2016-01-01")).is_covered_by(&gap));
        assert!(!term("2010-01-01", Some("2012-01-01")).is_covered_by(&memberships));
        let ended = [term("2011-09-16", Some("2020-01-01"))];
        assert!(!term("2019-01-01", None).is_covered_by(&ended));
        assert!(term("2019-01-01", Some("2020-01-01")).is_covered_by(&ended));
    }

    #[test]
    fn a_term_read_from_json_is_checked_like_a_new_one() {
        assert!(serde_json::from_str::<Term>(r#"{"starts_on":"2026-01-02","ends_on":"2026-01-01"}"#).is_err());
        let ok: Term = serde_json::from_str(r#"{"starts_on":"2026-01-01","ends_on":null}"#).unwrap();
        assert_eq!(ok, Term::open(d("2026-01-01")));
    }

    #[test]
    fn terms_describe_themselves_in_spanish() {
        assert_eq!(term("2024-01-01", None).describe(), "desde el 1 de enero de 2024");
        assert_eq!(term("2024-01-01", Some("2025-03-15")).describe(), "del 1 de enero de 2024 al 15 de marzo de 2025");
    }
}
