//! The directory as vCard 4.0 (RFC 6350), for address books: one person, the
//! holders of one state's seats, or everyone.

use chrono::NaiveDate;
use pleno_domain::dates::describe_span;
use pleno_domain::directory::ContactKind;
use pleno_domain::directory_model::Person;
use vcard4::property::DeliveryAddress;
use vcard4::VcardBuilder;

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::directory::known_country;
use crate::{Api, Result};
use pleno_domain::text::capitalise;

/// Which people a vCard export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VcardScope {
    Everyone,
    Person(i64),
    /// The holders of a state's seats on the given date.
    Country(String, NaiveDate),
}

impl VcardScope {
    /// One person if named, else one state's seat holders on `on`, else everyone:
    /// how both the app and the CLI choose.
    pub fn choose(person: Option<i64>, country: Option<String>, on: NaiveDate) -> Self {
        match (person, country) {
            (Some(id), _) => VcardScope::Person(id),
            (None, Some(code)) => VcardScope::Country(code, on),
            (None, None) => VcardScope::Everyone,
        }
    }
}

/// The two forms the directory is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum DirectoryFormat {
    /// The spreadsheet Pleno also imports.
    Csv,
    /// vCard 4.0, for address books; the scope says whose cards.
    Vcf,
}

impl Api {
    /// The directory as text in `format` (the scope applies to vCards).
    pub fn export_directory(&self, format: DirectoryFormat, scope: &VcardScope) -> Result<String> {
        match format {
            DirectoryFormat::Csv => self.export_directory_csv(),
            DirectoryFormat::Vcf => self.export_vcards(scope),
        }
    }

    /// `export_directory`, written to the file the user chose.
    pub fn save_directory(&self, format: DirectoryFormat, scope: &VcardScope, path: &Path) -> Result<()> {
        crate::write_file_atomically(path, self.export_directory(format, scope)?.as_bytes())
    }

    pub fn export_vcards(&self, scope: &VcardScope) -> Result<String> {
        let people: Vec<Person> = match scope {
            VcardScope::Everyone => self.people(None)?,
            VcardScope::Person(id) => vec![self.person(*id)?.person],
            VcardScope::Country(code, on) => {
                let code = self.store.read(|conn| known_country(conn, code))?.0;
                let directory = self.directory(*on)?;
                let ids: Vec<i64> = directory
                    .states
                    .iter()
                    .filter(|s| s.code == code.as_str())
                    .flat_map(|s| s.seats.iter().filter_map(|seat| seat.holder.as_ref().map(|h| h.person_id)))
                    .collect();
                let mut people = self.people(None)?;
                people.retain(|p| ids.contains(&p.id));
                people
            }
        };
        let mut out = String::new();
        for person in &people {
            out.push_str(&self.vcard(person)?);
        }
        Ok(out)
    }

    fn vcard(&self, person: &Person) -> Result<String> {
        let detail = self.person(person.id)?;
        let mut card = VcardBuilder::new(person.display_name());
        if !person.position.is_empty() {
            card = card.title(person.position.clone());
        }
        if !person.institution.is_empty() {
            card = card.org(vec![person.institution.clone()]);
        }
        // Preferred first, so address books that honour order pick the right one.
        let mut contacts = person.contacts.clone();
        contacts.sort_by_key(|c| !c.preferred);
        for c in &contacts {
            card = match c.kind {
                ContactKind::Email => card.email(c.value.clone()),
                ContactKind::Phone => card.telephone(c.value.clone()),
                ContactKind::Address => card.address(DeliveryAddress {
                    po_box: None,
                    extended_address: None,
                    street_address: Some(c.value.clone()),
                    locality: None,
                    region: None,
                    postal_code: None,
                    country_name: None,
                }),
                ContactKind::Messaging => card,
            };
        }
        let countries = self.countries()?;
        let country_name =
            |code: &str| countries.iter().find(|c| c.code == code).map_or(code.to_string(), |c| c.name.clone());
        let mut notes: Vec<String> = detail
            .seats
            .iter()
            .map(|s| {
                let term = describe_span(s.starts_on, s.ends_on);
                let country = country_name(&s.country);
                format!("{} de {} por {country}, {term}", capitalise(s.role.as_str()), s.mandate.spanish())
            })
            .collect();
        notes.extend(
            detail.representations.iter().map(|r| {
                format!("Representante de {}, {}", r.organisation_name, describe_span(r.starts_on, r.ends_on))
            }),
        );
        notes.extend(
            person
                .contacts
                .iter()
                .filter(|c| c.kind == ContactKind::Messaging)
                .map(|c| format!("Mensajería: {}", c.value)),
        );
        if !notes.is_empty() {
            card = card.note(notes.join("\n"));
        }
        Ok(card.finish().to_string())
    }
}
