//! The directory as CSV, for spreadsheets and for moving a directory between
//! archives. One row per appointment (a person without one has a single row with
//! no appointment); the `persona` column groups the rows of one person. Lists
//! (e-mails, phones …) are separated by " | ", the preferred one first, a label in
//! square brackets after its value. Written with a byte-order mark so spreadsheet
//! programs read the accents right.
//!
//! Import checks every row and every rule, reporting each bad row with its line
//! number, and writes nothing unless all rows are valid.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use pleno_domain::country::Crime;
use pleno_domain::dates::parse_date;
use pleno_domain::directory::{Contact, ContactKind, SeatRole};
use pleno_domain::directory_model::{Organisation, OrganisationKind, PersonDraft};
use pleno_domain::Term;
use pleno_store::{appointment_db, organisation_db, person_db, Transaction};
use serde::Serialize;
use ts_rs::TS;

use std::path::Path;

use pleno_domain::{Language, Localized};

use crate::directory::{validated_person, write_seat, SeatAssignment};
use crate::{Api, ApiError, ErrorCode, Result};

/// Why a directory CSV could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum CsvError {
    NotUtf8 { path: String },
    Unreadable { reason: String },
    WrongHeaders { expected: String, found: String },
    BadLine { line: u64, reason: String },
    Unwritable { reason: String },
    PersonDiffers { key: String },
    BadAppointment { role: String },
}

impl Localized for CsvError {
    fn localized(&self, lang: Language) -> String {
        use CsvError::*;
        match (self, lang) {
            (NotUtf8 { path }, Language::Es) => format!("{path} no es un CSV en UTF-8"),
            (NotUtf8 { path }, Language::En) => format!("{path} is not a UTF-8 CSV"),
            (Unreadable { reason }, Language::Es) => format!("el CSV no se puede leer: {reason}"),
            (Unreadable { reason }, Language::En) => format!("the CSV cannot be read: {reason}"),
            (WrongHeaders { expected, found }, Language::Es) => {
                format!("la primera línea del CSV debe tener las columnas: {expected}. Tiene: {found}")
            }
            (WrongHeaders { expected, found }, Language::En) => {
                format!("the first line of the CSV must have the columns: {expected}. It has: {found}")
            }
            (BadLine { line, reason }, Language::Es) => format!("línea {line}: el CSV no se puede leer: {reason}"),
            (BadLine { line, reason }, Language::En) => format!("line {line}: the CSV cannot be read: {reason}"),
            (Unwritable { reason }, Language::Es) => format!("no se pudo escribir el CSV: {reason}"),
            (Unwritable { reason }, Language::En) => format!("the CSV could not be written: {reason}"),
            (PersonDiffers { key }, Language::Es) => format!(
                "la persona «{key}» aparece con datos distintos en otra línea; repita exactamente los mismos datos"
            ),
            (PersonDiffers { key }, Language::En) => {
                format!("the person «{key}» appears with different data on another line; repeat exactly the same data")
            }
            (BadAppointment { role }, Language::Es) => {
                format!("«{role}» no es un nombramiento válido; use titular, suplente o representante")
            }
            (BadAppointment { role }, Language::En) => {
                format!("«{role}» is not a valid appointment; use titular, suplente or representante")
            }
        }
    }
}

impl From<CsvError> for ApiError {
    fn from(error: CsvError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}

const HEADERS: [&str; 17] = [
    "persona",
    "nombre",
    "tratamiento",
    "cargo",
    "institucion",
    "idiomas",
    "correos",
    "telefonos",
    "mensajeria",
    "direcciones",
    "nombramiento",
    "pais",
    "mandato",
    "organizacion",
    "tipo_organizacion",
    "desde",
    "hasta",
];
const LIST_SEPARATOR: &str = " | ";
const BOM: &str = "\u{feff}";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportProblem {
    /// The line of the file, counting the header as line 1.
    pub line: u64,
    pub message: String,
    pub message_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportReport {
    pub persons: u32,
    pub seats: u32,
    pub representations: u32,
    pub organisations_created: u32,
    pub problems: Vec<ImportProblem>,
    /// False for a rehearsal (`--dry-run`) or when any row was refused.
    pub written: bool,
}

fn contacts_cell(contacts: &[Contact], kind: ContactKind) -> String {
    let mut of_kind: Vec<&Contact> = contacts.iter().filter(|c| c.kind == kind).collect();
    of_kind.sort_by_key(|c| !c.preferred);
    of_kind
        .iter()
        .map(|c| if c.label.is_empty() { c.value.clone() } else { format!("{} [{}]", c.value, c.label) })
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

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

fn date_cell(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
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
                out.write_record(person_cells.iter().chain(appointment.iter())).map_err(csv_error)?;
            }
        }
        let bytes = out.into_inner().map_err(|e| CsvError::Unwritable { reason: e.to_string() })?;
        Ok(format!("{BOM}{}", String::from_utf8(bytes).expect("CSV of UTF-8 strings")))
    }

    /// Imports a directory CSV. A dry run checks everything and writes nothing.
    pub fn import_directory_csv(&mut self, text: &str, mode: ImportMode) -> Result<ImportReport> {
        let rows = parse_rows(text.strip_prefix(BOM).unwrap_or(text))?;
        // Every row is first applied in a transaction that is rolled back; only a
        // file with no problem at all is then written for real.
        let mut report = self.store.rehearse(|tx| apply_rows(tx, &rows))?;
        if mode == ImportMode::Write && report.problems.is_empty() {
            report = self.store.write(|tx| apply_rows(tx, &rows))?;
            report.written = true;
        }
        Ok(report)
    }

    /// Imports the directory CSV file at `path` (the app's open dialog and
    /// `pleno directory import` make this one call).
    pub fn import_directory_file(&mut self, path: &Path, mode: ImportMode) -> Result<ImportReport> {
        let bytes = crate::files::read_file(path)?;
        let text = String::from_utf8(bytes).map_err(|_| CsvError::NotUtf8 { path: path.display().to_string() })?;
        self.import_directory_csv(&text, mode)
    }
}

pub use crate::import_mode::ImportMode;

fn csv_error(e: csv::Error) -> ApiError {
    CsvError::Unwritable { reason: e.to_string() }.into()
}

/// One row as read, before any rule is checked.
struct Row {
    line: u64,
    cells: BTreeMap<&'static str, String>,
}

impl Row {
    fn get(&self, header: &str) -> &str {
        self.cells.get(header).map(String::as_str).unwrap_or("")
    }
}

fn parse_rows(text: &str) -> Result<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| CsvError::Unreadable { reason: e.to_string() })?.clone();
    let found: Vec<&str> = headers.iter().map(str::trim).collect();
    if found != HEADERS {
        return Err(CsvError::WrongHeaders { expected: HEADERS.join(","), found: found.join(",") }.into());
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            CsvError::BadLine { line, reason: e.to_string() }
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let cells = HEADERS.iter().zip(record.iter()).map(|(h, v)| (*h, v.trim().to_string())).collect();
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
fn apply_rows(tx: &Transaction, rows: &[Row]) -> Result<ImportReport> {
    let mut report = ImportReport {
        persons: 0,
        seats: 0,
        representations: 0,
        organisations_created: 0,
        problems: Vec::new(),
        written: false,
    };
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
                        &Organisation { id: 0, name, acronym: String::new(), kind, starts_on: None, ends_on: None },
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
