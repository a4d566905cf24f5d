//! Reading the directory CSV: the rows as text (in the delimiter detected, each
//! cell's neutralising apostrophe removed), then every row applied inside a
//! transaction, a problem collected for each bad row.

use std::collections::BTreeMap;

use pleno_domain::country::Crime;
use pleno_domain::dates::parse_date;
use pleno_domain::directory::{Contact, ContactKind, SeatRole};
use pleno_domain::directory_model::{OrganisationKind, PersonDraft};
use pleno_domain::Term;
use pleno_store::organisation_db::NewOrganisation;
use pleno_store::{appointment_db, organisation_db, person_db, Transaction};

use super::{CsvDelimiter, CsvEncoding, CsvError, ImportProblem, ImportReport, HEADERS};
use crate::directory::{validated_person, write_seat, SeatAssignment};
use crate::spreadsheet_cells::restore;
use crate::Result;

fn parse_contacts(cell: &str, kind: ContactKind) -> Result<Vec<Contact>> {
    split_list(cell)
        .enumerate()
        .map(|(i, item)| {
            let (value, label) = match item.strip_suffix(']').and_then(|rest| rest.rsplit_once(" [")) {
                Some((value, label)) => (value, label),
                None => (item, ""),
            };
            Ok(Contact::validated(kind, value, label, i == 0)?)
        })
        .collect()
}

fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// One row as read, before any rule is checked.
pub(super) struct Row {
    line: u64,
    cells: BTreeMap<&'static str, String>,
}

impl Row {
    fn get(&self, header: &str) -> &str {
        self.cells.get(header).map(String::as_str).unwrap_or("")
    }
}

pub(super) fn parse_rows(text: &str, encoding: CsvEncoding, delimiter: CsvDelimiter) -> Result<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter.byte()).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| CsvError::Unreadable { reason: e.to_string() })?.clone();
    let found: Vec<&str> = headers.iter().map(str::trim).collect();
    if found != HEADERS {
        return Err(CsvError::WrongHeaders {
            expected: HEADERS.join(","),
            found: found.join(","),
            encoding,
            delimiter,
        }
        .into());
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            CsvError::BadLine { line, reason: e.to_string() }
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let cells = HEADERS.iter().zip(record.iter()).map(|(h, v)| (*h, restore(v.trim()).to_string())).collect();
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

fn person_of(row: &Row) -> Result<PersonDraft> {
    let mut contacts = Vec::new();
    for (header, kind) in [
        ("correos", ContactKind::Email),
        ("telefonos", ContactKind::Phone),
        ("mensajeria", ContactKind::Messaging),
        ("direcciones", ContactKind::Address),
    ] {
        contacts.extend(parse_contacts(row.get(header), kind)?);
    }
    validated_person(&PersonDraft {
        name: row.get("nombre").into(),
        honorific: row.get("tratamiento").into(),
        position: row.get("cargo").into(),
        institution: row.get("institucion").into(),
        languages: split_list(row.get("idiomas")).map(String::from).collect(),
        notes: String::new(),
        contacts,
    })
}

fn term_of(row: &Row) -> Result<Term> {
    let from = parse_date("desde", row.get("desde"))?;
    let to = match row.get("hasta") {
        "" => None,
        text => Some(parse_date("hasta", text)?),
    };
    Ok(Term::new(from, to)?)
}

/// Applies every row inside `tx`, collecting a problem per bad row instead of
/// stopping at the first, so the Secretariat can fix the file in one pass.
pub(super) fn apply_rows(
    tx: &Transaction,
    rows: &[Row],
    encoding: CsvEncoding,
    delimiter: CsvDelimiter,
) -> Result<ImportReport> {
    let mut report = ImportReport::empty(encoding, delimiter);
    let mut person_ids: BTreeMap<String, (i64, PersonDraft)> = BTreeMap::new();
    for row in rows {
        if let Err(e) = apply_row(tx, row, &mut person_ids, &mut report) {
            report.problems.push(ImportProblem { line: row.line, message: e.message, message_en: e.message_en });
        }
    }
    Ok(report)
}

fn apply_row(
    tx: &Transaction,
    row: &Row,
    person_ids: &mut BTreeMap<String, (i64, PersonDraft)>,
    report: &mut ImportReport,
) -> Result<()> {
    let key = match row.get("persona") {
        "" => format!("línea {}", row.line),
        key => key.to_string(),
    };
    let draft = person_of(row)?;
    let person_id = match person_ids.get(&key) {
        Some((id, first)) if *first == draft => *id,
        Some(_) => return Err(CsvError::PersonDiffers { key }.into()),
        None => {
            let id = person_db::insert(tx, &draft)?;
            person_ids.insert(key, (id, draft));
            report.persons += 1;
            id
        }
    };
    match row.get("nombramiento") {
        "" => Ok(()),
        "representante" => {
            let term = term_of(row)?;
            let name = row.get("organizacion");
            let organisation_id = match organisation_db::by_name(tx, name)? {
                Some(o) => o.id,
                None => {
                    let kind = OrganisationKind::parse(row.get("tipo_organizacion"))?;
                    let name = pleno_domain::directory::required("la organización", name)?;
                    report.organisations_created += 1;
                    organisation_db::insert(
                        tx,
                        &NewOrganisation { name, acronym: String::new(), kind, starts_on: None },
                    )?
                }
            };
            appointment_db::insert_representation(tx, person_id, organisation_id, &term)?;
            report.representations += 1;
            Ok(())
        }
        role => {
            let role = SeatRole::parse(role).map_err(|_| CsvError::BadAppointment { role: role.to_string() })?;
            let term = term_of(row)?;
            write_seat(
                tx,
                &SeatAssignment {
                    person_id,
                    country: row.get("pais").into(),
                    mandate: Crime::parse(row.get("mandato"))?,
                    role,
                    starts_on: term.starts_on(),
                    ends_on: term.ends_on(),
                },
            )?;
            report.seats += 1;
            Ok(())
        }
    }
}
