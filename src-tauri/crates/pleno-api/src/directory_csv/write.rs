//! Writing the directory CSV: one row per appointment, every cell neutralised
//! so that a spreadsheet never runs a name or a phone as a formula.

use chrono::NaiveDate;
use pleno_domain::directory::{Contact, ContactKind};
use pleno_store::appointment_db;

use super::{CsvError, HEADERS, LIST_SEPARATOR};
use crate::spreadsheet_cells::neutralise;
use crate::{Api, ApiError, Result};

const BOM: &str = "\u{feff}";

fn contacts_cell(contacts: &[Contact], kind: ContactKind) -> String {
    let mut of_kind: Vec<&Contact> = contacts.iter().filter(|c| c.kind == kind).collect();
    of_kind.sort_by_key(|c| !c.preferred);
    of_kind
        .iter()
        .map(|c| if c.label.is_empty() { c.value.clone() } else { format!("{} [{}]", c.value, c.label) })
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

fn date_cell(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

fn csv_error(e: csv::Error) -> ApiError {
    CsvError::Unwritable { reason: e.to_string() }.into()
}

impl Api {
    pub fn export_directory_csv(&self) -> Result<String> {
        let people = self.people(None)?;
        let seats = self.store.read(appointment_db::all_seats)?;
        let representations = self.store.read(appointment_db::all_representations)?;
        let organisations = self.organisations()?;
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(HEADERS).map_err(csv_error)?;
        for (ordinal, p) in people.iter().enumerate() {
            let person_cells = [
                (ordinal + 1).to_string(),
                p.name.clone(),
                p.honorific.clone(),
                p.position.clone(),
                p.institution.clone(),
                p.languages.join(LIST_SEPARATOR),
                contacts_cell(&p.contacts, ContactKind::Email),
                contacts_cell(&p.contacts, ContactKind::Phone),
                contacts_cell(&p.contacts, ContactKind::Messaging),
                contacts_cell(&p.contacts, ContactKind::Address),
            ];
            let mut rows: Vec<[String; 7]> = Vec::new();
            for s in seats.iter().filter(|s| s.person_id == p.id) {
                rows.push([
                    s.role.as_str().into(),
                    s.country.clone(),
                    s.mandate.as_str().into(),
                    String::new(),
                    String::new(),
                    s.starts_on.to_string(),
                    date_cell(s.ends_on),
                ]);
            }
            for r in representations.iter().filter(|r| r.person_id == p.id) {
                let kind = organisations.iter().find(|o| o.id == r.organisation_id).map(|o| o.kind.as_str());
                rows.push([
                    "representante".into(),
                    String::new(),
                    String::new(),
                    r.organisation_name.clone(),
                    kind.unwrap_or_default().into(),
                    r.starts_on.to_string(),
                    date_cell(r.ends_on),
                ]);
            }
            if rows.is_empty() {
                rows.push(Default::default());
            }
            for appointment in rows {
                let cells = person_cells.iter().chain(appointment.iter()).map(|cell| neutralise(cell));
                out.write_record(cells.map(|cell| cell.into_owned())).map_err(csv_error)?;
            }
        }
        let bytes = out.into_inner().map_err(|e| CsvError::Unwritable { reason: e.to_string() })?;
        Ok(format!("{BOM}{}", String::from_utf8(bytes).expect("CSV of UTF-8 strings")))
    }
}
