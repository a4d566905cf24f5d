//! Quorum: counted in member states, never in persons. A state is present at a
//! moment when at least one of its seat holders (titular or suplente, either
//! mandate) is present then; observers and guests never count; a state that was
//! not a member on the meeting's date is not in the denominator.

use std::num::NonZeroU32;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::DomainError;

/// How many member states make quorum. The seed leaves the threshold to the
/// Coalition's Lineamientos de Actuación, so it is a setting; the default is more
/// than half of the member states (5 of 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "states", rename_all = "snake_case")]
#[ts(tag = "kind", content = "states", rename_all = "snake_case")]
pub enum QuorumRule {
    #[default]
    MoreThanHalf,
    TwoThirds,
    /// A fixed number of states: at least one by its type, so no rule, even one
    /// read from JSON, can ask for none.
    Fixed(#[ts(type = "number")] NonZeroU32),
}

impl QuorumRule {
    pub fn fixed(states: u32) -> Result<Self, DomainError> {
        NonZeroU32::new(states)
            .map(QuorumRule::Fixed)
            .ok_or_else(|| DomainError::InvalidQuorum("el número fijo de Estados debe ser al menos 1".into()))
    }

    /// Parses the stored or typed form: "mas-de-la-mitad", "dos-tercios" or a number.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim() {
            "mas-de-la-mitad" | "more_than_half" => Ok(QuorumRule::MoreThanHalf),
            "dos-tercios" | "two_thirds" => Ok(QuorumRule::TwoThirds),
            other => other
                .parse::<u32>()
                .map_err(|_| {
                    DomainError::InvalidQuorum(format!(
                        "«{other}» no es una regla: use mas-de-la-mitad, dos-tercios o un número de Estados"
                    ))
                })
                .and_then(QuorumRule::fixed),
        }
    }

    /// The rule as a quorum check stores it: its setting form. Checks recorded
    /// before the rule was stored typed hold its Spanish wording instead
    /// ("más de la mitad de los Estados miembros", "5 Estados miembros"), so that
    /// is read too, and every check then reads in either language.
    pub fn from_stored(text: &str) -> Option<Self> {
        if let Ok(rule) = QuorumRule::parse(text) {
            return Some(rule);
        }
        let number = text.split_whitespace().next().and_then(|n| n.parse::<u32>().ok());
        let candidates = [QuorumRule::MoreThanHalf, QuorumRule::TwoThirds];
        candidates
            .into_iter()
            .chain(number.and_then(|n| QuorumRule::fixed(n).ok()))
            .find(|rule| rule.describe_in(crate::Language::Es) == text || rule.legacy_wording() == text)
    }

    /// The rule a recorded check applied: as stored, or, where the stored text is
    /// no rule Pleno ever wrote, the one its count shows (the default rule when it
    /// asked for as many states, else that fixed number).
    pub fn of_check(stored: &str, members: u32, required: u32) -> Self {
        QuorumRule::from_stored(stored).unwrap_or_else(|| {
            [QuorumRule::MoreThanHalf, QuorumRule::TwoThirds]
                .into_iter()
                .find(|rule| rule.required(members) == required)
                .or_else(|| QuorumRule::fixed(required).ok())
                .unwrap_or_default()
        })
    }

    /// How the first versions worded a fixed rule: "1 Estados miembros" too.
    fn legacy_wording(self) -> String {
        match self {
            QuorumRule::Fixed(n) => format!("{n} Estados miembros"),
            other => other.describe_in(crate::Language::Es),
        }
    }

    pub fn as_setting(self) -> String {
        match self {
            QuorumRule::MoreThanHalf => "mas-de-la-mitad".into(),
            QuorumRule::TwoThirds => "dos-tercios".into(),
            QuorumRule::Fixed(n) => n.to_string(),
        }
    }

    /// States required for quorum among `members`.
    pub fn required(self, members: u32) -> u32 {
        match self {
            QuorumRule::MoreThanHalf => members / 2 + 1,
            QuorumRule::TwoThirds => (2 * members).div_ceil(3),
            QuorumRule::Fixed(n) => n.get(),
        }
    }

    /// The rule in words in either language.
    pub fn describe_in(self, lang: crate::Language) -> String {
        use crate::Language::{En, Es};
        match (self, lang) {
            (QuorumRule::MoreThanHalf, Es) => "más de la mitad de los Estados miembros".into(),
            (QuorumRule::MoreThanHalf, En) => "more than half of the member states".into(),
            (QuorumRule::TwoThirds, Es) => "dos tercios de los Estados miembros".into(),
            (QuorumRule::TwoThirds, En) => "two thirds of the member states".into(),
            (QuorumRule::Fixed(n), Es) => crate::lang::plural(u64::from(n.get()), "Estado miembro", "Estados miembros"),
            (QuorumRule::Fixed(n), En) => crate::lang::plural(u64::from(n.get()), "member state", "member states"),
        }
    }
}

/// The count at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuorumCount {
    pub member_states: u32,
    /// Codes of the member states present, in the Coalition's order.
    pub present_states: Vec<String>,
    pub required: u32,
    pub quorate: bool,
}

/// Counts quorum: `members` are the member states on the meeting's date;
/// `present` the states with at least one seat holder present at the moment.
/// States in `present` that are not members (a guest's country) do not count.
pub fn count(rule: QuorumRule, members: &[String], present: &[String]) -> QuorumCount {
    let present_states: Vec<String> = members.iter().filter(|m| present.contains(m)).cloned().collect();
    let member_states = members.len() as u32;
    let required = rule.required(member_states);
    QuorumCount { member_states, quorate: present_states.len() as u32 >= required, present_states, required }
}

impl QuorumCount {
    /// "Quórum: 6 de 9 Estados — hay quórum" / "Quorum: 6 of 9 states — quorum".
    pub fn banner(&self, lang: crate::Language) -> String {
        let (present, members) = (self.present_states.len(), self.member_states);
        match lang {
            crate::Language::Es => format!(
                "Quórum: {present} de {members} Estados — {}",
                if self.quorate { "hay quórum" } else { "sin quórum" }
            ),
            crate::Language::En => {
                format!("Quorum: {present} of {members} states — {}", if self.quorate { "quorum" } else { "no quorum" })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &str) -> Vec<String> {
        list.split_whitespace().map(String::from).collect()
    }

    const NINE: &str = "BZ CR SV GT HN MX NI PA DO";

    #[test]
    fn required_states_by_rule_and_membership() {
        let cases = [
            (QuorumRule::MoreThanHalf, 9, 5),
            (QuorumRule::MoreThanHalf, 10, 6),
            (QuorumRule::MoreThanHalf, 8, 5),
            (QuorumRule::TwoThirds, 9, 6),
            (QuorumRule::TwoThirds, 10, 7),
            (QuorumRule::TwoThirds, 8, 6),
            (QuorumRule::fixed(4).unwrap(), 9, 4),
        ];
        for (rule, members, expected) in cases {
            assert_eq!(rule.required(members), expected, "{rule:?} of {members}");
        }
    }

    #[test]
    fn quorum_scenarios() {
        // (why, rule, members, states with a seat holder present, quorate?, present count)
        let cases = [
            ("five of nine is more than half", QuorumRule::MoreThanHalf, NINE, "CR SV GT HN MX", true, 5),
            ("four of nine is not", QuorumRule::MoreThanHalf, NINE, "CR SV GT HN", false, 4),
            (
                "a state counts once however many of its people are present",
                QuorumRule::MoreThanHalf,
                NINE,
                "CR CR CR SV GT HN",
                false,
                4,
            ),
            (
                "a non-member's presence is not counted",
                QuorumRule::MoreThanHalf,
                "BZ CR SV GT HN MX NI PA",
                "CO CR SV GT HN",
                false,
                4,
            ),
            (
                "a state that left shrinks the denominator",
                QuorumRule::MoreThanHalf,
                "CR SV GT HN MX NI PA DO",
                "CR SV GT HN MX",
                true,
                5,
            ),
            ("two thirds of nine needs six", QuorumRule::TwoThirds, NINE, "CR SV GT HN MX", false, 5),
            ("a fixed rule", QuorumRule::fixed(3).unwrap(), NINE, "CR SV GT", true, 3),
            ("nobody present", QuorumRule::MoreThanHalf, NINE, "", false, 0),
        ];
        for (why, rule, members, present, quorate, n) in cases {
            let result = count(rule, &codes(members), &codes(present));
            assert_eq!((result.quorate, result.present_states.len()), (quorate, n), "{why}");
        }
    }

    #[test]
    fn the_banner_reads_as_the_secretariat_says_it() {
        let result = count(QuorumRule::MoreThanHalf, &codes(NINE), &codes("CR SV GT HN MX NI"));
        assert_eq!(result.banner(crate::Language::Es), "Quórum: 6 de 9 Estados — hay quórum");
        assert_eq!(result.banner(crate::Language::En), "Quorum: 6 of 9 states — quorum");
        let result = count(QuorumRule::MoreThanHalf, &codes(NINE), &codes("CR"));
        assert_eq!(result.banner(crate::Language::Es), "Quórum: 1 de 9 Estados — sin quórum");
        assert_eq!(result.banner(crate::Language::En), "Quorum: 1 of 9 states — no quorum");
    }

    #[test]
    fn a_stored_rule_reads_from_its_setting_form_or_the_words_checks_once_stored() {
        let cases = [
            ("mas-de-la-mitad", Some(QuorumRule::MoreThanHalf)),
            ("7", Some(QuorumRule::fixed(7).unwrap())),
            ("más de la mitad de los Estados miembros", Some(QuorumRule::MoreThanHalf)),
            ("dos tercios de los Estados miembros", Some(QuorumRule::TwoThirds)),
            ("5 Estados miembros", Some(QuorumRule::fixed(5).unwrap())),
            ("1 Estado miembro", Some(QuorumRule::fixed(1).unwrap())),
            ("1 Estados miembros", Some(QuorumRule::fixed(1).unwrap())),
            ("0 Estados miembros", None),
            ("la mayoría", None),
        ];
        for (stored, expected) in cases {
            assert_eq!(QuorumRule::from_stored(stored), expected, "«{stored}»");
        }
    }

    #[test]
    fn a_check_whose_stored_rule_is_unknown_reads_the_rule_its_count_shows() {
        let fixed = QuorumRule::fixed(4).unwrap();
        let cases = [
            ("dos-tercios", 9, 5, QuorumRule::TwoThirds),
            ("half_plus_one", 9, 5, QuorumRule::MoreThanHalf),
            ("?", 9, 6, QuorumRule::TwoThirds),
            ("?", 9, 4, fixed),
            ("?", 9, 0, QuorumRule::MoreThanHalf),
        ];
        for (stored, members, required, expected) in cases {
            assert_eq!(QuorumRule::of_check(stored, members, required), expected, "«{stored}» {required} of {members}");
        }
    }

    #[test]
    fn rules_parse_from_their_setting_form() {
        assert_eq!(QuorumRule::parse("mas-de-la-mitad").unwrap(), QuorumRule::MoreThanHalf);
        assert_eq!(QuorumRule::parse("dos-tercios").unwrap(), QuorumRule::TwoThirds);
        assert_eq!(QuorumRule::parse("6").unwrap(), QuorumRule::fixed(6).unwrap());
        assert!(
            serde_json::from_str::<QuorumRule>(r#"{"kind":"fixed","states":0}"#).is_err(),
            "no rule asks for no state"
        );
        assert!(QuorumRule::parse("0").is_err());
        assert!(QuorumRule::parse("mayoria").unwrap_err().to_string().contains("«mayoria»"));
        for rule in [QuorumRule::MoreThanHalf, QuorumRule::TwoThirds, QuorumRule::fixed(7).unwrap()] {
            assert_eq!(QuorumRule::parse(&rule.as_setting()).unwrap(), rule);
        }
    }
}
