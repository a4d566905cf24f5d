//! The directory's operations: persons and contacts, seat appointments, observer
//! organisations and their representatives, memberships, offices and committees.
//! Every change is one transaction; rules are checked by the domain first so the
//! Secretariat reads why, and the store's constraints stand behind them.

use chrono::NaiveDate;
use pleno_domain::country::{Country, Crime};
use pleno_domain::directory::{check_seat, required, settle_preferred, Contact, SeatRole, SeatTerm};
use pleno_domain::directory_model::{
    Committee, Office, OfficeTerm, Organisation, OrganisationKind, Person, PersonDraft, Representation, SeatAppointment,
};
use pleno_domain::{CountryCode, DomainError, Language, Localized, Term, Text};
use pleno_store::organisation_db::NewOrganisation;
use pleno_store::{appointment_db, committee_db, country_db, organisation_db, person_db, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::paging::{self, Page};
use crate::{Api, ApiError, CountryListing, ErrorCode, Result};

/// A person with everything they have held: the person's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PersonDetail {
    pub person: Person,
    pub seats: Vec<SeatAppointment>,
    pub representations: Vec<Representation>,
    pub committees: Vec<Committee>,
}

/// What the Secretariat fills in to appoint someone to a seat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeatAssignment {
    pub person_id: i64,
    pub country: String,
    pub mandate: Crime,
    pub role: SeatRole,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OrganisationDraft {
    pub name: String,
    #[serde(default)]
    pub acronym: String,
    pub kind: OrganisationKind,
    pub starts_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberDraft {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub name_en: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

/// Why the API refused a change to the directory, or found nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum DirectoryError {
    PersonNotFound {
        id: i64,
    },
    SeatNotFound {
        id: i64,
    },
    OrganisationNotFound {
        id: i64,
    },
    RepresentationNotFound {
        id: i64,
    },
    StateNotFound {
        code: CountryCode,
    },
    OfficeTermNotFound {
        id: i64,
    },
    CommitteeNotFound {
        id: i64,
    },
    /// A code typed that is well-formed but names no state Pleno knows.
    UnknownState {
        code: CountryCode,
    },
    NoOpenSeat {
        person_id: i64,
        mandate: Crime,
        country: Text,
    },
    OrganisationExists {
        name: String,
    },
    StateExists {
        code: CountryCode,
    },
    NoOpenMembership {
        country: Text,
        on: NaiveDate,
    },
    OfficeTaken {
        office: Office,
        country: Text,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    },
    MemberOutsideCommittee {
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    },
    StateOrPerson,
}

impl Localized for DirectoryError {
    fn localized(&self, lang: Language) -> String {
        use pleno_domain::dates::describe_span_in;
        use pleno_domain::lang::long_date;
        use DirectoryError::*;
        match (self, lang) {
            (PersonNotFound { id }, Language::Es) => format!("no existe la persona con el número {id}"),
            (PersonNotFound { id }, Language::En) => format!("there is no person number {id}"),
            (SeatNotFound { id }, Language::Es) => format!("no existe el nombramiento {id}"),
            (SeatNotFound { id }, Language::En) => format!("there is no seat appointment {id}"),
            (OrganisationNotFound { id }, Language::Es) => format!("no existe la organización con el número {id}"),
            (OrganisationNotFound { id }, Language::En) => format!("there is no organisation number {id}"),
            (RepresentationNotFound { id }, Language::Es) => format!("no existe la representación {id}"),
            (RepresentationNotFound { id }, Language::En) => format!("there is no representation {id}"),
            (StateNotFound { code }, Language::Es) => format!("no existe el Estado {code}"),
            (StateNotFound { code }, Language::En) => format!("there is no state {code}"),
            (OfficeTermNotFound { id }, Language::Es) => format!("no existe el cargo {id}"),
            (OfficeTermNotFound { id }, Language::En) => format!("there is no office term {id}"),
            (CommitteeNotFound { id }, Language::Es) => format!("no existe el comité {id}"),
            (CommitteeNotFound { id }, Language::En) => format!("there is no committee {id}"),
            (UnknownState { code }, Language::Es) => format!("no hay ningún Estado con el código {code} en Pleno"),
            (UnknownState { code }, Language::En) => format!("Pleno has no state with the code {code}"),
            (NoOpenSeat { person_id, mandate, country }, lang) => match lang {
                Language::Es => format!(
                    "la persona {person_id} no tiene un nombramiento abierto de {} para {}",
                    mandate.spanish(),
                    country.es
                ),
                Language::En => {
                    format!("person {person_id} has no open appointment for {} for {}", mandate.english(), country.en)
                }
            },
            (OrganisationExists { name }, Language::Es) => format!("ya existe la organización «{name}»"),
            (OrganisationExists { name }, Language::En) => format!("the organisation «{name}» already exists"),
            (StateExists { code }, Language::Es) => format!("ya existe un Estado con el código {code}"),
            (StateExists { code }, Language::En) => format!("there is already a state with the code {code}"),
            (NoOpenMembership { country, on }, Language::Es) => {
                format!("{} no tiene una membresía abierta que empiece antes del {}", country.es, long_date(lang, *on))
            }
            (NoOpenMembership { country, on }, Language::En) => {
                format!("{} has no open membership starting before {}", country.en, long_date(lang, *on))
            }
            (OfficeTaken { office, country, starts_on, ends_on }, Language::Es) => format!(
                "la {} ya la ejerce {} {}",
                office.spanish(),
                country.es,
                describe_span_in(lang, *starts_on, *ends_on)
            ),
            (OfficeTaken { office, country, starts_on, ends_on }, Language::En) => format!(
                "the {} is already held by {} {}",
                office.english(),
                country.en,
                describe_span_in(lang, *starts_on, *ends_on)
            ),
            (MemberOutsideCommittee { starts_on, ends_on }, Language::Es) => format!(
                "el comité funciona {}; el miembro debe estar dentro de ese periodo",
                describe_span_in(lang, *starts_on, *ends_on)
            ),
            (MemberOutsideCommittee { starts_on, ends_on }, Language::En) => format!(
                "the committee works {}; the member must be within that period",
                describe_span_in(lang, *starts_on, *ends_on)
            ),
            (StateOrPerson, Language::Es) => "indique un Estado o una persona, no ambos".into(),
            (StateOrPerson, Language::En) => "give a state or a person, not both".into(),
        }
    }
}

impl From<DirectoryError> for ApiError {
    fn from(error: DirectoryError) -> Self {
        use DirectoryError::*;
        let code = match error {
            PersonNotFound { .. }
            | SeatNotFound { .. }
            | OrganisationNotFound { .. }
            | RepresentationNotFound { .. }
            | StateNotFound { .. }
            | OfficeTermNotFound { .. }
            | CommitteeNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

/// Validates a draft: name required, contacts well-formed, one preferred per kind.
pub(crate) fn validated_person(draft: &PersonDraft) -> Result<PersonDraft> {
    crate::draft_limits::person(draft)?;
    let mut contacts = draft
        .contacts
        .iter()
        .map(|c| Contact::validated(c.kind, &c.value, &c.label, c.preferred))
        .collect::<Result<Vec<_>, DomainError>>()?;
    settle_preferred(&mut contacts)?;
    Ok(PersonDraft {
        name: required("el nombre", &draft.name)?,
        honorific: draft.honorific.trim().to_string(),
        position: draft.position.trim().to_string(),
        institution: draft.institution.trim().to_string(),
        languages: draft.languages.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
        notes: draft.notes.trim().to_string(),
        contacts,
    })
}

/// Resolves a code typed by the user to a state Pleno knows.
pub(crate) fn known_country(tx: &pleno_store::Connection, code: &str) -> Result<(CountryCode, String)> {
    let code = CountryCode::parse(code)?;
    let name = country_db::name(tx, &code)?.ok_or_else(|| DirectoryError::UnknownState { code: code.clone() })?;
    Ok((code, name))
}

/// `known_country` with the state's name in both languages, for messages.
pub(crate) fn known_country_named(tx: &pleno_store::Connection, code: &str) -> Result<(CountryCode, Text)> {
    let code = CountryCode::parse(code)?;
    let country = country_db::list(tx)?
        .into_iter()
        .find(|c| c.code == code)
        .ok_or_else(|| DirectoryError::UnknownState { code: code.clone() })?;
    Ok((code, Text::new(country.name, country.name_en)))
}

/// Checks and writes one seat appointment inside the caller's transaction.
pub(crate) fn write_seat(tx: &Transaction, a: &SeatAssignment) -> Result<i64> {
    crate::draft_limits::seat(a)?;
    let (code, country_name) = known_country(tx, &a.country)?;
    let person = person_db::get(tx, a.person_id)?.ok_or(DirectoryError::PersonNotFound { id: a.person_id })?;
    let term = Term::new(a.starts_on, a.ends_on)?;
    let new = SeatTerm { holder: person.name.clone(), role: a.role, mandate: a.mandate, term };
    let existing = appointment_db::seat_terms(tx, &code)?;
    let memberships = country_db::memberships(tx, &code)?;
    check_seat(&country_name, &new, &existing, &memberships)?;
    Ok(appointment_db::insert_seat(tx, a.person_id, &code, a.mandate, a.role, &term)?)
}

impl Api {
    pub fn add_person(&mut self, draft: &PersonDraft) -> Result<Person> {
        let draft = validated_person(draft)?;
        let id = self.store.write(|tx| person_db::insert(tx, &draft))?;
        self.person(id).map(|d| d.person)
    }

    pub fn update_person(&mut self, id: i64, draft: &PersonDraft) -> Result<Person> {
        let draft = validated_person(draft)?;
        let found = self.store.write(|tx| person_db::update(tx, id, &draft))?;
        if !found {
            return Err(ApiError::from(DirectoryError::PersonNotFound { id }));
        }
        self.person(id).map(|d| d.person)
    }

    pub fn person(&self, id: i64) -> Result<PersonDetail> {
        self.store
            .read(|conn| {
                let Some(person) = person_db::get(conn, id)? else { return Ok::<_, ApiError>(None) };
                Ok(Some(PersonDetail {
                    person,
                    seats: appointment_db::seats_of_person(conn, id)?,
                    representations: appointment_db::representations_of_person(conn, id)?,
                    committees: committee_db::of_person(conn, id)?,
                }))
            })?
            .ok_or_else(|| DirectoryError::PersonNotFound { id }.into())
    }

    /// Everyone in the directory; with `search`, matching name, institution or
    /// position without regard to accents or case.
    pub fn people(&self, search: Option<&str>) -> Result<Vec<Person>> {
        Ok(self.store.read(|conn| person_db::list(conn, search))?)
    }

    /// The people of `people(search)` a page at a time, in the same order.
    pub fn people_page(&self, search: Option<&str>, cursor: Option<&str>, limit: u32) -> Result<Page<Person>> {
        let limit = paging::checked_limit(limit)?;
        let after = cursor.map(paging::parse_person_cursor).transpose()?;
        Ok(self.store.read(|conn| {
            let rows = person_db::page(conn, search, after.as_ref().map(|(k, id)| (k.as_str(), *id)), limit + 1)?;
            let (rows, next) = paging::cut(rows, limit, |(p, key)| paging::person_cursor(key, p.id));
            Ok::<_, pleno_store::StoreError>(Page {
                items: rows.into_iter().map(|(p, _)| p).collect(),
                next_cursor: next,
                total: person_db::count(conn, search)?,
            })
        })?)
    }

    pub fn assign_seat(&mut self, assignment: &SeatAssignment) -> Result<SeatAppointment> {
        let id = self.store.write(|tx| write_seat(tx, assignment))?;
        self.seat(id)
    }

    fn seat(&self, id: i64) -> Result<SeatAppointment> {
        let all = self.store.read(appointment_db::all_seats)?;
        all.into_iter().find(|s| s.id == id).ok_or_else(|| DirectoryError::SeatNotFound { id }.into())
    }

    /// Ends a person's open appointment to a seat: from `on` they no longer hold it.
    pub fn end_seat(
        &mut self,
        person_id: i64,
        country: &str,
        mandate: Crime,
        on: NaiveDate,
    ) -> Result<SeatAppointment> {
        let id =
            self.store.write(|tx| {
                let (code, country) = known_country_named(tx, country)?;
                let open = appointment_db::open_seat(tx, person_id, &code, mandate)?
                    .ok_or(DirectoryError::NoOpenSeat { person_id, mandate, country })?;
                Term::new(open.starts_on, Some(on))?;
                appointment_db::end_seat(tx, open.id, on)?;
                Ok::<_, ApiError>(open.id)
            })?;
        self.seat(id)
    }

    pub fn add_organisation(&mut self, draft: &OrganisationDraft) -> Result<Organisation> {
        crate::draft_limits::organisation(draft)?;
        let name = required("el nombre de la organización", &draft.name)?;
        let id = self.store.write(|tx| {
            if organisation_db::by_name(tx, &name)?.is_some() {
                return Err(ApiError::from(DirectoryError::OrganisationExists { name }));
            }
            let organisation = NewOrganisation {
                name: name.clone(),
                acronym: draft.acronym.trim().to_string(),
                kind: draft.kind,
                starts_on: draft.starts_on,
            };
            Ok(organisation_db::insert(tx, &organisation)?)
        })?;
        self.store
            .read(|conn| organisation_db::get(conn, id))?
            .ok_or_else(|| DirectoryError::OrganisationNotFound { id }.into())
    }

    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        Ok(self.store.read(organisation_db::list)?)
    }

    pub fn add_representative(
        &mut self,
        person_id: i64,
        organisation_id: i64,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    ) -> Result<Representation> {
        crate::draft_limits::term(starts_on, ends_on)?;
        let term = Term::new(starts_on, ends_on)?;
        let id = self.store.write(|tx| {
            person_db::get(tx, person_id)?.ok_or(DirectoryError::PersonNotFound { id: person_id })?;
            organisation_db::get(tx, organisation_id)?
                .ok_or(DirectoryError::OrganisationNotFound { id: organisation_id })?;
            Ok::<_, ApiError>(appointment_db::insert_representation(tx, person_id, organisation_id, &term)?)
        })?;
        let all = self.store.read(appointment_db::all_representations)?;
        all.into_iter().find(|r| r.id == id).ok_or_else(|| DirectoryError::RepresentationNotFound { id }.into())
    }

    /// Adds a member state (the Coalition is a "plataforma dinámica").
    pub fn add_member(&mut self, draft: &MemberDraft) -> Result<CountryListing> {
        let code = CountryCode::parse(&draft.code)?;
        crate::draft_limits::member(draft)?;
        let name = required("el nombre del Estado", &draft.name)?;
        let term = Term::new(draft.starts_on, draft.ends_on)?;
        self.store.write(|tx| {
            if country_db::exists(tx, &code)? {
                return Err(ApiError::from(DirectoryError::StateExists { code: code.clone() }));
            }
            let country = Country {
                code: code.clone(),
                name: name.clone(),
                name_en: if draft.name_en.trim().is_empty() { name.clone() } else { draft.name_en.trim().into() },
                mechanism: None,
            };
            country_db::insert(tx, &country, country_db::next_position(tx)?)?;
            country_db::insert_membership(tx, &code, &term)?;
            Ok(())
        })?;
        self.countries()?
            .into_iter()
            .find(|c| c.code == code.as_str())
            .ok_or_else(|| DirectoryError::StateNotFound { code }.into())
    }

    /// Records that a state leaves the Coalition on `on`.
    pub fn end_membership(&mut self, code: &str, on: NaiveDate) -> Result<()> {
        self.store.write(|tx| {
            let (code, country) = known_country_named(tx, code)?;
            if country_db::end_membership(tx, &code, on)? == 0 {
                return Err(ApiError::from(DirectoryError::NoOpenMembership { country, on }));
            }
            Ok(())
        })
    }

    pub fn assign_office(
        &mut self,
        office: Office,
        country: &str,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    ) -> Result<OfficeTerm> {
        crate::draft_limits::term(starts_on, ends_on)?;
        let term = Term::new(starts_on, ends_on)?;
        let id = self.store.write(|tx| {
            let (code, name) = known_country(tx, country)?;
            if !term.is_covered_by(&country_db::memberships(tx, &code)?) {
                return Err(ApiError::from(DomainError::NotAMember { country: name, term: term.describe() }));
            }
            // One state at a time holds the Presidency or the Secretariat; the plenary may name several vocales.
            if office != Office::Vocal {
                let held = appointment_db::office_terms(tx, office)?;
                if let Some(clash) =
                    held.iter().find(|t| Term::new(t.starts_on, t.ends_on).is_ok_and(|t| t.overlaps(&term)))
                {
                    let (_, country) = known_country_named(tx, &clash.country)?;
                    return Err(ApiError::from(DirectoryError::OfficeTaken {
                        office,
                        country,
                        starts_on: clash.starts_on,
                        ends_on: clash.ends_on,
                    }));
                }
            }
            Ok(appointment_db::insert_office(tx, office, &code, &term)?)
        })?;
        let terms = self.store.read(|conn| appointment_db::office_terms(conn, office))?;
        terms.into_iter().find(|t| t.id == id).ok_or_else(|| DirectoryError::OfficeTermNotFound { id }.into())
    }

    pub fn office_terms(&self, office: Office) -> Result<Vec<OfficeTerm>> {
        Ok(self.store.read(|conn| appointment_db::office_terms(conn, office))?)
    }

    pub fn add_committee(
        &mut self,
        name: &str,
        mandate: &str,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    ) -> Result<Committee> {
        crate::draft_limits::committee(name, starts_on, ends_on)?;
        let name = required("el nombre del comité", name)?;
        let term = Term::new(starts_on, ends_on)?;
        let id = self.store.write(|tx| committee_db::insert(tx, &name, mandate.trim(), &term))?;
        self.committee(id)
    }

    /// Adds a member state (`country`) or a person to a committee.
    pub fn add_committee_member(
        &mut self,
        committee_id: i64,
        country: Option<&str>,
        person_id: Option<i64>,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    ) -> Result<Committee> {
        crate::draft_limits::term(starts_on, ends_on)?;
        let term = Term::new(starts_on, ends_on)?;
        self.store.write(|tx| {
            let committee_term =
                committee_db::term(tx, committee_id)?.ok_or(DirectoryError::CommitteeNotFound { id: committee_id })?;
            if !term.is_covered_by(&[committee_term]) {
                return Err(ApiError::from(DirectoryError::MemberOutsideCommittee {
                    starts_on: committee_term.starts_on(),
                    ends_on: committee_term.ends_on(),
                }));
            }
            let code = match (country, person_id) {
                (Some(code), None) => Some(known_country(tx, code)?.0),
                (None, Some(id)) => {
                    person_db::get(tx, id)?.ok_or(DirectoryError::PersonNotFound { id })?;
                    None
                }
                _ => return Err(DirectoryError::StateOrPerson.into()),
            };
            committee_db::insert_member(tx, committee_id, code.as_ref(), person_id, &term)?;
            Ok(())
        })?;
        self.committee(committee_id)
    }

    fn committee(&self, id: i64) -> Result<Committee> {
        let all = self.store.read(|conn| committee_db::list(conn, None))?;
        all.into_iter().find(|c| c.id == id).ok_or_else(|| DirectoryError::CommitteeNotFound { id }.into())
    }

    pub fn committees(&self, on: Option<NaiveDate>) -> Result<Vec<Committee>> {
        Ok(self.store.read(|conn| committee_db::list(conn, on))?)
    }
}
