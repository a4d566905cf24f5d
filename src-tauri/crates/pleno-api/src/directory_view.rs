//! The directory as the Secretariat reads it on a given date: each member state
//! with its mechanism and its four seats (TdP titular and suplente, TIM titular and
//! suplente), the observer organisations and their representatives, the offices
//! and the committees. Past dates answer "who sat for whom on that day".

use chrono::NaiveDate;
use pleno_domain::country::Crime;
use pleno_domain::directory::{ContactKind, SeatRole};
use pleno_domain::directory_model::{Committee, OfficeTerm, Organisation, Person};
use pleno_store::{appointment_db, committee_db, country_db, organisation_db, person_db};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Api, CountryListing, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Directory {
    pub on: NaiveDate,
    pub states: Vec<StateCard>,
    pub organisations: Vec<OrganisationCard>,
    pub offices: Vec<OfficeTerm>,
    pub committees: Vec<Committee>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StateCard {
    pub code: String,
    pub name: String,
    /// The state's name in English ("Belize", "Dominican Republic").
    pub name_en: String,
    pub mechanism: String,
    pub mechanism_acronym: String,
    /// Always four, in the order TdP titular, TdP suplente, TIM titular, TIM suplente.
    pub seats: Vec<SeatCard>,
}

impl StateCard {
    /// The state's name as a document in `lang` prints it.
    pub fn name_in(&self, lang: pleno_domain::Language) -> &str {
        lang.pick(&self.name, &self.name_en)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeatCard {
    pub mandate: Crime,
    pub role: SeatRole,
    /// `None` when the seat is vacant on that date.
    pub holder: Option<Holder>,
}

/// Who holds a seat or represents an organisation, with how to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Holder {
    pub person_id: i64,
    pub name: String,
    pub honorific: String,
    pub position: String,
    pub institution: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub since: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrganisationCard {
    pub organisation: Organisation,
    pub representatives: Vec<Holder>,
}

/// A seat as `pleno country list --json` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeatListing {
    pub mandate: Crime,
    pub role: SeatRole,
    pub person_id: Option<i64>,
    pub name: Option<String>,
}

fn holder(person: &Person, since: NaiveDate) -> Holder {
    Holder {
        person_id: person.id,
        name: person.name.clone(),
        honorific: person.honorific.clone(),
        position: person.position.clone(),
        institution: person.institution.clone(),
        email: person.preferred(ContactKind::Email).map(String::from),
        phone: person.preferred(ContactKind::Phone).map(String::from),
        since,
    }
}

const SEAT_ORDER: [(Crime, SeatRole); 4] = [
    (Crime::Tdp, SeatRole::Titular),
    (Crime::Tdp, SeatRole::Suplente),
    (Crime::Tim, SeatRole::Titular),
    (Crime::Tim, SeatRole::Suplente),
];

impl Api {
    pub fn directory(&self, on: NaiveDate) -> Result<Directory> {
        Ok(self.store.read(|conn| {
            let members = country_db::members_on(conn, on)?;
            let countries = country_db::list(conn)?;
            let seats = appointment_db::seats_on(conn, on)?;
            let representations = appointment_db::representations_on(conn, on)?;
            // Only the people who hold a seat or represent an organisation that day.
            let ids: Vec<i64> =
                seats.iter().map(|s| s.person_id).chain(representations.iter().map(|r| r.person_id)).collect();
            let people: std::collections::HashMap<i64, Person> =
                person_db::with_ids(conn, &ids)?.into_iter().map(|p| (p.id, p)).collect();
            let states = countries
                .into_iter()
                .filter(|c| members.iter().any(|m| m == c.code.as_str()))
                .map(|c| StateCard {
                    seats: SEAT_ORDER
                        .iter()
                        .map(|(mandate, role)| SeatCard {
                            mandate: *mandate,
                            role: *role,
                            holder: seats
                                .iter()
                                .find(|s| s.country == c.code.as_str() && s.mandate == *mandate && s.role == *role)
                                .and_then(|s| people.get(&s.person_id).map(|p| holder(p, s.starts_on))),
                        })
                        .collect(),
                    code: c.code.to_string(),
                    name: c.name,
                    name_en: c.name_en,
                    mechanism: c.mechanism.as_ref().map(|m| m.name.clone()).unwrap_or_default(),
                    mechanism_acronym: c.mechanism.map(|m| m.acronym).unwrap_or_default(),
                })
                .collect();
            let organisations = organisation_db::list(conn)?
                .into_iter()
                .filter(|o| o.starts_on.is_none_or(|s| s <= on) && o.ends_on.is_none_or(|e| on < e))
                .map(|o| OrganisationCard {
                    representatives: representations
                        .iter()
                        .filter(|r| r.organisation_id == o.id)
                        .filter_map(|r| people.get(&r.person_id).map(|p| holder(p, r.starts_on)))
                        .collect(),
                    organisation: o,
                })
                .collect();
            Ok::<_, pleno_store::StoreError>(Directory {
                on,
                states,
                organisations,
                offices: appointment_db::offices_on(conn, on)?,
                committees: committee_db::list(conn, Some(on))?,
            })
        })?)
    }

    /// The member states on `today` with their national mechanism and seats.
    pub fn countries_on(&self, today: NaiveDate) -> Result<Vec<CountryListing>> {
        let directory = self.directory(today)?;
        let mut listings = self.countries()?;
        listings.retain(|c| directory.states.iter().any(|s| s.code == c.code));
        for listing in &mut listings {
            let card = directory.states.iter().find(|s| s.code == listing.code).expect("retained above");
            listing.seats = card
                .seats
                .iter()
                .map(|seat| SeatListing {
                    mandate: seat.mandate,
                    role: seat.role,
                    person_id: seat.holder.as_ref().map(|h| h.person_id),
                    name: seat.holder.as_ref().map(|h| h.name.clone()),
                })
                .collect();
        }
        Ok(listings)
    }
}
