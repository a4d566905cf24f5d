//! Decisions of the plenary: consensus "respecting the diversity of criteria and
//! the dissent that may arise" (seed §VI.4), or a vote of one vote per member
//! state, counted and recounted by the Technical Secretariat (§VIII).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::{plural, Language, Text};

choice_enum!(DecisionMethod, "método" { Consensus => "consensus" / "consenso" / "consensus", Vote => "vote" / "votación" / "vote" });

choice_enum!(
    /// How many yes votes over the base adopt a decision.
    Threshold, "mayoría" {
        Half => "half" / "más de la mitad",
        TwoThirds => "two_thirds" / "dos tercios",
        ThreeQuarters => "three_quarters" / "tres cuartos",
        Unanimity => "unanimity" / "unanimidad",
    }
);

choice_enum!(
    /// What the threshold is measured against.
    Base, "base" {
        Cast => "cast" / "votos emitidos (sí + no)",
        Present => "present" / "Estados presentes",
        Members => "members" / "Estados miembros",
    }
);

choice_enum!(VoteChoice, "voto" { Yes => "yes" / "a favor" / "in favour", No => "no" / "en contra" / "against", Abstain => "abstain" / "abstención" / "abstention" });

choice_enum!(PositionKind, "posición" { Reservation => "reservation" / "reserva" / "reservation", Objection => "objection" / "objeción" / "objection" });

/// A decision's rule: a threshold over a base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MajorityRule {
    pub threshold: Threshold,
    pub base: Base,
}

impl Default for MajorityRule {
    fn default() -> Self {
        MajorityRule { threshold: Threshold::Half, base: Base::Cast }
    }
}

impl MajorityRule {
    /// The smallest number of yes votes that adopts, for a base of `base` states.
    pub fn required(self, base: u32) -> u32 {
        match self.threshold {
            // Strictly more than half: 9 needs 5, 10 needs 6; a tie is not adopted.
            Threshold::Half => base / 2 + 1,
            Threshold::TwoThirds => (2 * base).div_ceil(3),
            Threshold::ThreeQuarters => (3 * base).div_ceil(4),
            Threshold::Unanimity => base,
        }
    }

    /// "dos tercios de los Estados presentes".
    /// "dos tercios de los Estados presentes" / "two thirds of the states present".
    pub fn worded(self, lang: Language) -> String {
        match lang {
            Language::Es => format!("{} de los {}", self.threshold.spanish(), self.base.spanish()),
            Language::En => {
                let threshold = match self.threshold {
                    Threshold::Half => "more than half",
                    Threshold::TwoThirds => "two thirds",
                    Threshold::ThreeQuarters => "three quarters",
                    Threshold::Unanimity => "unanimity",
                };
                let base = match self.base {
                    Base::Cast => "votes cast (yes + no)",
                    Base::Present => "states present",
                    Base::Members => "member states",
                };
                format!("{threshold} of the {base}")
            }
        }
    }
}

/// The one sentence that words a tally, for the minutes, the CLI and (through
/// [`DecisionResult::summary`]) the app: "5 votos a favor, 1 en contra, 0
/// abstenciones" / "5 votes in favour, 1 against, 0 abstentions".
pub fn tally_sentence(lang: Language, t: Tally) -> String {
    let (yes, no, abstain) = (u64::from(t.yes), u64::from(t.no), u64::from(t.abstain));
    match lang {
        Language::Es => format!(
            "{} a favor, {} en contra, {}",
            plural(yes, "voto", "votos"),
            no,
            plural(abstain, "abstención", "abstenciones")
        ),
        Language::En => format!(
            "{} in favour, {} against, {}",
            plural(yes, "vote", "votes"),
            no,
            plural(abstain, "abstention", "abstentions")
        ),
    }
}

/// The votes of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
}

/// The outcome of a vote under a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VoteOutcome {
    pub base: u32,
    pub required: u32,
    pub adopted: bool,
}

/// Applies a rule to a tally. `present` and `members` are the states present at
/// the decision and the member states on its date. Abstentions are outside a
/// "cast" base and weigh as not-yes in the others. At least one yes is always
/// needed, so a vote where everyone abstains adopts nothing.
pub fn outcome(rule: MajorityRule, tally: Tally, present: u32, members: u32) -> VoteOutcome {
    let base = match rule.base {
        Base::Cast => tally.yes + tally.no,
        Base::Present => present,
        Base::Members => members,
    };
    let required = rule.required(base).max(1);
    VoteOutcome { base, required, adopted: tally.yes >= required }
}

/// A consensus is adopted unless a present member state objects; reservations
/// are recorded and do not block it.
pub fn consensus_adopted(objections: usize) -> bool {
    objections == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(yes: u32, no: u32, abstain: u32) -> Tally {
        Tally { yes, no, abstain }
    }

    #[test]
    fn thresholds_times_bases_times_tallies() {
        use Base::*;
        use Threshold::*;
        // (threshold, base, tally, present, members) → (base size, required, adopted)
        let cases = [
            // More than half: base 9 needs 5, base 10 needs 6, a tie fails.
            (Half, Members, t(5, 4, 0), 9, 9, (9, 5, true)),
            (Half, Members, t(4, 4, 1), 9, 9, (9, 5, false)),
            (Half, Members, t(5, 5, 0), 10, 10, (10, 6, false)),
            (Half, Members, t(6, 4, 0), 10, 10, (10, 6, true)),
            (Half, Cast, t(3, 3, 3), 9, 9, (6, 4, false)),
            (Half, Cast, t(4, 3, 2), 9, 9, (7, 4, true)),
            // Abstentions are outside a cast base but weigh as not-yes among those present.
            (Half, Present, t(4, 1, 3), 8, 9, (8, 5, false)),
            (Half, Present, t(5, 1, 2), 8, 9, (8, 5, true)),
            // Two thirds: 3·yes ≥ 2·base.
            (TwoThirds, Members, t(6, 3, 0), 9, 9, (9, 6, true)),
            (TwoThirds, Members, t(5, 4, 0), 9, 9, (9, 6, false)),
            (TwoThirds, Cast, t(4, 2, 3), 9, 9, (6, 4, true)),
            (TwoThirds, Present, t(5, 0, 3), 8, 9, (8, 6, false)),
            // Three quarters: 4·yes ≥ 3·base.
            (ThreeQuarters, Members, t(7, 2, 0), 9, 9, (9, 7, true)),
            (ThreeQuarters, Members, t(6, 3, 0), 9, 9, (9, 7, false)),
            (ThreeQuarters, Cast, t(6, 2, 1), 9, 9, (8, 6, true)),
            // Unanimity: yes = base.
            (Unanimity, Cast, t(7, 0, 2), 9, 9, (7, 7, true)),
            (Unanimity, Present, t(7, 0, 2), 9, 9, (9, 9, false)),
            (Unanimity, Members, t(8, 0, 0), 8, 9, (9, 9, false)),
            // Everyone abstains: nothing is adopted.
            (Half, Cast, t(0, 0, 9), 9, 9, (0, 1, false)),
            (Unanimity, Cast, t(0, 0, 9), 9, 9, (0, 1, false)),
        ];
        for (threshold, base, tally, present, members, expected) in cases {
            let rule = MajorityRule { threshold, base };
            let o = outcome(rule, tally, present, members);
            assert_eq!((o.base, o.required, o.adopted), expected, "{threshold:?} of {base:?} with {tally:?}");
        }
    }

    #[test]
    fn the_arithmetic_matches_the_written_rules_for_every_base_up_to_twelve() {
        for base in 1..=12u32 {
            for yes in 0..=base {
                let adopt = |threshold| MajorityRule { threshold, base: Base::Members }.required(base) <= yes;
                assert_eq!(adopt(Threshold::Half), 2 * yes > base, "half, {yes}/{base}");
                assert_eq!(adopt(Threshold::TwoThirds), 3 * yes >= 2 * base, "2/3, {yes}/{base}");
                assert_eq!(adopt(Threshold::ThreeQuarters), 4 * yes >= 3 * base, "3/4, {yes}/{base}");
                assert_eq!(adopt(Threshold::Unanimity), yes == base, "unanimity, {yes}/{base}");
            }
        }
    }

    #[test]
    fn a_consensus_stands_with_reservations_but_not_with_an_objection() {
        assert!(consensus_adopted(0));
        assert!(!consensus_adopted(1));
    }

    #[test]
    fn a_tally_reads_as_one_sentence_in_either_language() {
        // (yes, no, abstain) → (Spanish, English)
        let cases = [
            ((0, 0, 0), "0 votos a favor, 0 en contra, 0 abstenciones", "0 votes in favour, 0 against, 0 abstentions"),
            ((1, 1, 1), "1 voto a favor, 1 en contra, 1 abstención", "1 vote in favour, 1 against, 1 abstention"),
            ((2, 2, 2), "2 votos a favor, 2 en contra, 2 abstenciones", "2 votes in favour, 2 against, 2 abstentions"),
            ((5, 1, 0), "5 votos a favor, 1 en contra, 0 abstenciones", "5 votes in favour, 1 against, 0 abstentions"),
            ((1, 0, 2), "1 voto a favor, 0 en contra, 2 abstenciones", "1 vote in favour, 0 against, 2 abstentions"),
            ((0, 2, 1), "0 votos a favor, 2 en contra, 1 abstención", "0 votes in favour, 2 against, 1 abstention"),
        ];
        for ((yes, no, abstain), es, en) in cases {
            let tally = t(yes, no, abstain);
            assert_eq!(tally_sentence(Language::Es, tally), es);
            assert_eq!(tally_sentence(Language::En, tally), en);
        }
    }

    #[test]
    fn rules_describe_themselves_in_either_language() {
        let rule = MajorityRule { threshold: Threshold::TwoThirds, base: Base::Present };
        assert_eq!(rule.worded(Language::Es), "dos tercios de los Estados presentes");
        assert_eq!(rule.worded(Language::En), "two thirds of the states present");
        assert_eq!(Threshold::parse("two-thirds").unwrap(), Threshold::TwoThirds);
        assert!(Base::parse("todos").is_err());
    }
}

/// A state's vote, and who cast it (the titular, or the suplente when the
/// titular was absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Vote {
    pub country: String,
    pub choice: VoteChoice,
    pub voter_person_id: Option<i64>,
    pub voter_name: Option<String>,
}

/// A reservation or an objection a state records on a consensus decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Position {
    pub country: String,
    pub kind: PositionKind,
    pub text: String,
}

/// A decision with everything recorded about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Decision {
    pub id: i64,
    pub meeting_id: i64,
    pub agenda_item_id: i64,
    pub text: String,
    pub method: DecisionMethod,
    /// For votes only.
    pub rule: Option<MajorityRule>,
    pub decided_at: chrono::NaiveDateTime,
    /// The states present at the verification made when the decision was taken.
    pub present_states: Vec<String>,
    pub member_states: u32,
    pub votes: Vec<Vote>,
    /// The Secretariat's recount, when one was entered; it stands over the count.
    pub recount: Option<Tally>,
    pub positions: Vec<Position>,
}

/// What `pleno decision result` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecisionResult {
    pub method: DecisionMethod,
    /// The tally that stands: the recount when there is one, else the count.
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    /// Member states not present at the decision.
    pub absent: u32,
    /// Present states that have not voted yet.
    pub pending: u32,
    pub base: u32,
    pub required: u32,
    pub adopted: bool,
    /// The count from the votes as cast, state by state.
    pub count: Tally,
    pub recount: Option<Tally>,
    /// True when a recount was entered and differs from the count.
    pub discrepancy: bool,
    pub reservations: u32,
    pub objections: u32,
    /// The result as the Secretariat reads it out, in both languages: the tally
    /// that stands, who was absent, what the rule required, the outcome.
    #[serde(default)]
    pub summary: Text,
    /// The count and the recount worded as [`tally_sentence`] does.
    #[serde(default)]
    pub count_summary: Text,
    #[serde(default)]
    pub recount_summary: Option<Text>,
    /// The rule of a vote, worded ("dos tercios de los Estados presentes").
    #[serde(default)]
    pub rule: Option<Text>,
}

/// The pieces [`DecisionResult::summary`] is worded from.
struct Outcome {
    method: DecisionMethod,
    standing: Tally,
    absent: u32,
    required: u32,
    base: u32,
    adopted: bool,
    reservations: u32,
    objections: u32,
}

/// "5 votos a favor, 1 en contra, 0 abstenciones, 3 ausentes; se requieren 5 de 9:
/// adoptada" or "consenso con 1 reserva y 0 objeciones: adoptada".
fn summary(lang: Language, o: &Outcome) -> String {
    let (absent, reservations, objections) = (u64::from(o.absent), u64::from(o.reservations), u64::from(o.objections));
    match (lang, o.method) {
        (Language::Es, DecisionMethod::Vote) => format!(
            "{}, {}; se requieren {} de {}: {}",
            tally_sentence(lang, o.standing),
            plural(absent, "ausente", "ausentes"),
            o.required,
            o.base,
            if o.adopted { "adoptada" } else { "no adoptada" }
        ),
        (Language::En, DecisionMethod::Vote) => format!(
            "{}, {absent} absent; {} of {} required: {}",
            tally_sentence(lang, o.standing),
            o.required,
            o.base,
            if o.adopted { "adopted" } else { "not adopted" }
        ),
        (Language::Es, DecisionMethod::Consensus) => format!(
            "consenso con {} y {}: {}",
            plural(reservations, "reserva", "reservas"),
            plural(objections, "objeción", "objeciones"),
            if o.adopted { "adoptada" } else { "no adoptada" }
        ),
        (Language::En, DecisionMethod::Consensus) => format!(
            "consensus with {} and {}: {}",
            plural(reservations, "reservation", "reservations"),
            plural(objections, "objection", "objections"),
            if o.adopted { "adopted" } else { "not adopted" }
        ),
    }
}

impl Decision {
    pub fn count(&self) -> Tally {
        let mut tally = Tally::default();
        for v in &self.votes {
            match v.choice {
                VoteChoice::Yes => tally.yes += 1,
                VoteChoice::No => tally.no += 1,
                VoteChoice::Abstain => tally.abstain += 1,
            }
        }
        tally
    }

    pub fn result(&self) -> DecisionResult {
        let count = self.count();
        let standing = self.recount.unwrap_or(count);
        let present = self.present_states.len() as u32;
        let objections = self.positions.iter().filter(|p| p.kind == PositionKind::Objection).count();
        let reservations = self.positions.len() - objections;
        let (base, required, adopted) = match (self.method, self.rule) {
            (DecisionMethod::Vote, Some(rule)) => {
                let o = outcome(rule, standing, present, self.member_states);
                (o.base, o.required, o.adopted)
            }
            _ => (present, 0, consensus_adopted(objections)),
        };
        let worded = Outcome {
            method: self.method,
            standing,
            absent: self.member_states.saturating_sub(present),
            required,
            base,
            adopted,
            reservations: reservations as u32,
            objections: objections as u32,
        };
        DecisionResult {
            summary: Text::build(|lang| summary(lang, &worded)),
            count_summary: Text::build(|lang| tally_sentence(lang, count)),
            recount_summary: self.recount.map(|r| Text::build(|lang| tally_sentence(lang, r))),
            rule: self.rule.filter(|_| self.method == DecisionMethod::Vote).map(|r| Text::build(|lang| r.worded(lang))),
            method: self.method,
            yes: standing.yes,
            no: standing.no,
            abstain: standing.abstain,
            absent: self.member_states.saturating_sub(present),
            pending: present.saturating_sub(count.yes + count.no + count.abstain),
            base,
            required,
            adopted,
            count,
            recount: self.recount,
            discrepancy: self.recount.is_some_and(|r| r != count),
            reservations: reservations as u32,
            objections: objections as u32,
        }
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;

    fn decision(method: DecisionMethod, votes: &[(&str, VoteChoice)], recount: Option<Tally>) -> Decision {
        Decision {
            id: 1,
            meeting_id: 1,
            agenda_item_id: 1,
            text: "Aprobar la estrategia".into(),
            method,
            rule: (method == DecisionMethod::Vote).then(MajorityRule::default),
            decided_at: chrono::NaiveDateTime::default(),
            present_states: ["CR", "SV", "GT", "HN", "MX", "PA"].map(String::from).to_vec(),
            member_states: 9,
            votes: votes
                .iter()
                .map(|(c, choice)| Vote {
                    country: c.to_string(),
                    choice: *choice,
                    voter_person_id: None,
                    voter_name: None,
                })
                .collect(),
            recount,
            positions: Vec::new(),
        }
    }

    #[test]
    fn the_recount_stands_and_a_discrepancy_is_flagged() {
        use VoteChoice::*;
        let votes = [("CR", Yes), ("SV", Yes), ("GT", No), ("HN", Abstain), ("MX", Yes)];
        let counted = decision(DecisionMethod::Vote, &votes, None).result();
        assert_eq!((counted.yes, counted.no, counted.abstain, counted.absent, counted.pending), (3, 1, 1, 3, 1));
        assert_eq!((counted.base, counted.required, counted.adopted, counted.discrepancy), (4, 3, true, false));

        let recounted = decision(DecisionMethod::Vote, &votes, Some(Tally { yes: 2, no: 2, abstain: 1 })).result();
        assert_eq!((recounted.yes, recounted.no), (2, 2), "the recount stands");
        assert!(!recounted.adopted && recounted.discrepancy);
        assert_eq!(recounted.count, Tally { yes: 3, no: 1, abstain: 1 }, "the count is kept for the minutes");

        let same = decision(DecisionMethod::Vote, &votes, Some(Tally { yes: 3, no: 1, abstain: 1 })).result();
        assert!(!same.discrepancy);
    }

    #[test]
    fn the_result_is_worded_once_in_both_languages_for_the_app_and_the_cli() {
        use VoteChoice::*;
        let votes = [("CR", Yes), ("SV", Yes), ("GT", No), ("HN", Abstain), ("MX", Yes)];
        let r = decision(DecisionMethod::Vote, &votes, Some(Tally { yes: 3, no: 1, abstain: 2 })).result();
        assert_eq!(
            r.summary.es,
            "3 votos a favor, 1 en contra, 2 abstenciones, 3 ausentes; se requieren 3 de 4: adoptada"
        );
        assert_eq!(r.summary.en, "3 votes in favour, 1 against, 2 abstentions, 3 absent; 3 of 4 required: adopted");
        assert_eq!(r.count_summary.es, "3 votos a favor, 1 en contra, 1 abstención");
        assert_eq!(r.recount_summary.unwrap().en, "3 votes in favour, 1 against, 2 abstentions");
        assert_eq!(r.rule.unwrap().en, "more than half of the votes cast (yes + no)");

        let mut d = decision(DecisionMethod::Consensus, &[], None);
        d.positions.push(Position { country: "GT".into(), kind: PositionKind::Reservation, text: "x".into() });
        let r = d.result();
        assert_eq!(r.summary.es, "consenso con 1 reserva y 0 objeciones: adoptada");
        assert_eq!(r.summary.en, "consensus with 1 reservation and 0 objections: adopted");
        assert!(r.rule.is_none(), "a consensus has no majority rule");
    }

    #[test]
    fn a_consensus_with_a_reservation_stands_and_with_an_objection_falls() {
        let mut d = decision(DecisionMethod::Consensus, &[], None);
        d.positions.push(Position {
            country: "GT".into(),
            kind: PositionKind::Reservation,
            text: "Sujeto a consulta".into(),
        });
        let r = d.result();
        assert!(r.adopted);
        assert_eq!((r.reservations, r.objections), (1, 0));
        d.positions.push(Position { country: "MX".into(), kind: PositionKind::Objection, text: "No acompaña".into() });
        assert!(!d.result().adopted);
    }
}
