//! The directory's rules: who may sit for a state, for which mandate and when, and
//! what a well-formed contact looks like. The store enforces the same rules with
//! constraints and triggers; these give the Secretariat a clear reason first.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::country::Crime;
use crate::dates::Term;
pub use crate::text::fold;
use crate::DomainError;

/// A seat of a member state in the plenary: titular (principal) or suplente (alternate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum SeatRole {
    Titular,
    Suplente,
}

impl SeatRole {
    pub const ALL: [SeatRole; 2] = [SeatRole::Titular, SeatRole::Suplente];

    pub fn as_str(self) -> &'static str {
        match self {
            SeatRole::Titular => "titular",
            SeatRole::Suplente => "suplente",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        Self::ALL.into_iter().find(|r| r.as_str() == text.trim().to_lowercase()).ok_or_else(|| {
            DomainError::InvalidChoice { field: "rol".into(), value: text.into(), valid: "titular, suplente".into() }
        })
    }

    /// "titular" / "suplente".
    pub fn spanish(self) -> &'static str {
        self.as_str()
    }

    /// "principal" / "alternate".
    pub fn english(self) -> &'static str {
        match self {
            SeatRole::Titular => "principal",
            SeatRole::Suplente => "alternate",
        }
    }

    /// The word in the language asked for.
    pub fn label(self, lang: crate::Language) -> &'static str {
        lang.pick(self.spanish(), self.english())
    }
}

impl Crime {
    pub const ALL: [Crime; 2] = [Crime::Tdp, Crime::Tim];

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        Self::ALL.into_iter().find(|c| c.as_str() == text.trim().to_lowercase()).ok_or_else(|| {
            DomainError::InvalidChoice { field: "mandato".into(), value: text.into(), valid: "tdp, tim".into() }
        })
    }

    /// "trata de personas" / "tráfico ilícito de migrantes".
    pub fn spanish(self) -> &'static str {
        match self {
            Crime::Tdp => "trata de personas",
            Crime::Tim => "tráfico ilícito de migrantes",
        }
    }

    /// "trafficking in persons" / "smuggling of migrants".
    pub fn english(self) -> &'static str {
        match self {
            Crime::Tdp => "trafficking in persons",
            Crime::Tim => "smuggling of migrants",
        }
    }

    /// The words in the language asked for.
    pub fn label(self, lang: crate::Language) -> &'static str {
        lang.pick(self.spanish(), self.english())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum ContactKind {
    Email,
    Phone,
    Messaging,
    Address,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] =
        [ContactKind::Email, ContactKind::Phone, ContactKind::Messaging, ContactKind::Address];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::Phone => "phone",
            ContactKind::Messaging => "messaging",
            ContactKind::Address => "address",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        Self::ALL.into_iter().find(|k| k.as_str() == text.trim()).ok_or_else(|| DomainError::InvalidChoice {
            field: "tipo de contacto".into(),
            value: text.into(),
            valid: "email, phone, messaging, address".into(),
        })
    }
}

/// One way of reaching a person. At most one is preferred per kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub preferred: bool,
}

impl Contact {
    /// Checks the value's format for its kind and returns it tidied.
    pub fn validated(kind: ContactKind, value: &str, label: &str, preferred: bool) -> Result<Self, DomainError> {
        let value = value.trim();
        let bad = |why: &str| DomainError::InvalidContact { value: value.to_string(), why: why.to_string() };
        if value.is_empty() {
            return Err(bad("está vacío"));
        }
        match kind {
            ContactKind::Email => {
                let (local, domain) = value.split_once('@').ok_or_else(|| bad("falta la @"))?;
                let well_formed = !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !value.chars().any(char::is_whitespace);
                if !well_formed {
                    return Err(bad("no es un correo electrónico del tipo nombre@dominio.org"));
                }
            }
            ContactKind::Phone => {
                let allowed = value.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
                let digits = value.chars().filter(char::is_ascii_digit).count();
                let plus_only_first = value.char_indices().all(|(i, c)| c != '+' || i == 0);
                if !allowed || !plus_only_first || !(7..=15).contains(&digits) {
                    return Err(bad("no es un teléfono: use de 7 a 15 dígitos, con + y prefijo de país si hace falta, p. ej. +506 2222 3333"));
                }
            }
            ContactKind::Messaging | ContactKind::Address => {}
        }
        Ok(Contact { kind, value: value.to_string(), label: label.trim().to_string(), preferred })
    }
}

/// Makes sure exactly one contact of each kind present is preferred: the one marked
/// so, or else the first of its kind. Two marked of one kind is an error.
pub fn settle_preferred(contacts: &mut [Contact]) -> Result<(), DomainError> {
    for kind in ContactKind::ALL {
        let marked = contacts.iter().filter(|c| c.kind == kind && c.preferred).count();
        if marked > 1 {
            return Err(DomainError::TwoPreferred(kind.as_str().to_string()));
        }
        if marked == 0 {
            if let Some(first) = contacts.iter_mut().find(|c| c.kind == kind) {
                first.preferred = true;
            }
        }
    }
    Ok(())
}

/// Checks a name, position and the like: required fields must not be blank.
pub fn required(field: &str, value: &str) -> Result<String, DomainError> {
    let value = value.trim();
    if value.is_empty() {
        Err(DomainError::Required(field.to_string()))
    } else {
        Ok(value.to_string())
    }
}

/// A seat appointment as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatTerm {
    pub holder: String,
    pub role: SeatRole,
    pub mandate: Crime,
    pub term: Term,
}

/// The rules for a new seat appointment of one state: the state must be a member
/// for the whole term, and nobody else may hold the same seat (state, mandate,
/// role) on any day of it. `existing` are that state's appointments.
pub fn check_seat(
    country_name: &str,
    new: &SeatTerm,
    existing: &[SeatTerm],
    memberships: &[Term],
) -> Result<(), DomainError> {
    if !new.term.is_covered_by(memberships) {
        return Err(DomainError::NotAMember { country: country_name.to_string(), term: new.term.describe() });
    }
    if let Some(clash) =
        existing.iter().find(|e| e.role == new.role && e.mandate == new.mandate && e.term.overlaps(&new.term))
    {
        return Err(DomainError::SeatTaken {
            country: country_name.to_string(),
            role: new.role.as_str().to_string(),
            mandate: new.mandate.spanish().to_string(),
            holder: clash.holder.clone(),
            term: clash.term.describe(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date;

    fn term(from: &str, to: Option<&str>) -> Term {
        Term::new(parse_date("f", from).unwrap(), to.map(|t| parse_date("f", t).unwrap())).unwrap()
    }

    fn seat(holder: &str, role: SeatRole, mandate: Crime, t: Term) -> SeatTerm {
        SeatTerm { holder: holder.into(), role, mandate, term: t }
    }

    #[test]
    fn seat_rules_as_a_table() {
        use Crime::*;
        use SeatRole::*;
        let member = [term("2011-09-16", None)];
        let existing = [
            seat("Ana Pérez", Titular, Tdp, term("2020-01-01", Some("2024-01-01"))),
            seat("Luis Mora", Titular, Tdp, term("2024-01-01", None)),
            seat("Eva Solís", Suplente, Tim, term("2022-05-01", Some("2023-05-01"))),
        ];
        // (why, new appointment, memberships, Ok or a phrase the refusal must contain)
        type Case<'a> = (&'a str, SeatTerm, &'a [Term], Result<(), &'a str>);
        let cases: [Case; 8] = [
            ("the suplente seat is free", seat("N", Suplente, Tdp, term("2024-02-01", None)), &member, Ok(())),
            ("the other mandate is free", seat("N", Titular, Tim, term("2024-02-01", None)), &member, Ok(())),
            (
                "a titular is already sitting",
                seat("N", Titular, Tdp, term("2025-01-01", None)),
                &member,
                Err("Luis Mora"),
            ),
            (
                "overlaps a past titular by a day",
                seat("N", Titular, Tdp, term("2019-01-01", Some("2020-01-02"))),
                &member,
                Err("Ana Pérez"),
            ),
            (
                "ends the day the past titular starts",
                seat("N", Titular, Tdp, term("2019-01-01", Some("2020-01-01"))),
                &member,
                Ok(()),
            ),
            ("after a suplente's term ended", seat("N", Suplente, Tim, term("2023-05-01", None)), &member, Ok(())),
            (
                "before the state joined",
                seat("N", Suplente, Tim, term("2010-01-01", Some("2012-01-01"))),
                &member,
                Err("no era miembro"),
            ),
            (
                "after the state left",
                seat("N", Suplente, Tim, term("2019-01-01", None)),
                &[term("2011-09-16", Some("2020-01-01"))],
                Err("no era miembro"),
            ),
        ];
        for (why, new, memberships, expected) in cases {
            let got = check_seat("Costa Rica", &new, &existing, memberships);
            match expected {
                Ok(()) => assert!(got.is_ok(), "{why}: {got:?}"),
                Err(needle) => {
                    let message = got.expect_err(why).to_string();
                    assert!(message.contains(needle), "{why}: {message}");
                }
            }
        }
    }

    #[test]
    fn a_taken_seat_is_explained_in_spanish_with_the_holder_and_term() {
        let existing = [seat("Luis Mora", SeatRole::Titular, Crime::Tdp, term("2024-01-01", None))];
        let new = seat("N", SeatRole::Titular, Crime::Tdp, term("2025-01-01", None));
        let message = check_seat("Costa Rica", &new, &existing, &[term("2011-09-16", None)]).unwrap_err().to_string();
        assert_eq!(
            message,
            "Costa Rica ya tiene titular de trata de personas: Luis Mora, desde el 1 de enero de 2024. Termine ese nombramiento antes de asignar otro"
        );
    }

    #[test]
    fn contacts_are_checked_by_kind() {
        let ok = |k, v| Contact::validated(k, v, "", false).map(|c| c.value);
        assert_eq!(ok(ContactKind::Email, " ana.perez@conatt.go.cr ").unwrap(), "ana.perez@conatt.go.cr");
        for bad in ["ana", "ana@", "@x.org", "ana@localhost", "ana perez@x.org", "a@b@c.org"] {
            assert!(ok(ContactKind::Email, bad).is_err(), "{bad} accepted");
        }
        assert!(ok(ContactKind::Phone, "+506 2222-3333").is_ok());
        assert!(ok(ContactKind::Phone, "(502) 2411 8000").is_ok());
        for bad in ["12345", "+506 2222 3333 4444 555", "2222-33a3", "506+22223333"] {
            assert!(ok(ContactKind::Phone, bad).is_err(), "{bad} accepted");
        }
        assert!(ok(ContactKind::Messaging, "@ana_conatt").is_ok());
        assert!(ok(ContactKind::Address, "   ").is_err());
    }

    #[test]
    fn one_contact_per_kind_is_preferred() {
        let c = |k, v: &str, p| Contact::validated(k, v, "", p).unwrap();
        let mut contacts = vec![
            c(ContactKind::Email, "a@x.org", false),
            c(ContactKind::Email, "b@x.org", true),
            c(ContactKind::Phone, "+506 2222 3333", false),
        ];
        settle_preferred(&mut contacts).unwrap();
        let preferred: Vec<_> = contacts.iter().map(|c| c.preferred).collect();
        assert_eq!(preferred, [false, true, true]);
        contacts[0].preferred = true;
        assert!(settle_preferred(&mut contacts).is_err());
    }
}
