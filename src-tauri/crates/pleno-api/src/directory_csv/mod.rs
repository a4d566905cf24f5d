//! The directory as CSV, for spreadsheets and for moving a directory between
//! archives. One row per appointment (a person without one has a single row with
//! no appointment); the `persona` column groups the rows of one person. Lists
//! (e-mails, phones …) are separated by " | ", the preferred one first, a label in
//! square brackets after its value. Written with a byte-order mark so spreadsheet
//! programs read the accents right, and with every cell a spreadsheet would run
//! as a formula neutralised (see [`crate::spreadsheet_cells`]).
//!
//! Import reads what spreadsheet programs really save (see [`detect`]), checks
//! every row and every rule, reporting each bad row with its line number, and
//! writes nothing unless all rows are valid.

mod detect;
mod read;
mod write;

use std::path::Path;

use pleno_domain::{Language, Localized, Text};
use serde::Serialize;
use ts_rs::TS;

pub use self::detect::{CsvDelimiter, CsvEncoding};
use self::read::{apply_rows, parse_rows};
pub use crate::import_mode::ImportMode;
use crate::{Api, ApiError, ErrorCode, Result};

/// Why a directory CSV could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum CsvError {
    /// The byte-order mark names an encoding the rest of the file breaks.
    Undecodable {
        encoding: CsvEncoding,
    },
    Unreadable {
        reason: String,
    },
    WrongHeaders {
        expected: String,
        found: String,
        encoding: CsvEncoding,
        delimiter: CsvDelimiter,
    },
    BadLine {
        line: u64,
        reason: String,
    },
    Unwritable {
        reason: String,
    },
    PersonDiffers {
        key: String,
    },
    BadAppointment {
        role: String,
    },
}

impl Localized for CsvError {
    fn localized(&self, lang: Language) -> String {
        use CsvError::*;
        match (self, lang) {
            (Undecodable { encoding }, Language::Es) => {
                format!(
                    "el archivo dice ser {} (por su marca de orden de bytes) pero su contenido no lo es; guárdelo de nuevo como «CSV UTF-8»",
                    encoding.localized(lang)
                )
            }
            (Undecodable { encoding }, Language::En) => {
                format!(
                    "the file says it is {} (by its byte-order mark) but its content is not; save it again as “CSV UTF-8”",
                    encoding.localized(lang)
                )
            }
            (Unreadable { reason }, Language::Es) => format!("el CSV no se puede leer: {reason}"),
            (Unreadable { reason }, Language::En) => format!("the CSV cannot be read: {reason}"),
            (WrongHeaders { expected, found, encoding, delimiter }, Language::Es) => format!(
                "la primera línea del CSV debe tener las columnas: {expected}. Tiene: {found} (leído como {}, separado por {})",
                encoding.localized(lang),
                delimiter.localized(lang)
            ),
            (WrongHeaders { expected, found, encoding, delimiter }, Language::En) => format!(
                "the first line of the CSV must have the columns: {expected}. It has: {found} (read as {}, separated by {})",
                encoding.localized(lang),
                delimiter.localized(lang)
            ),
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
    /// How the file was read: the encoding found, and the delimiter of its header.
    pub encoding: CsvEncoding,
    pub delimiter: CsvDelimiter,
    /// The same, as the sentence the preview shows.
    pub detected: Text,
}

impl ImportReport {
    fn empty(encoding: CsvEncoding, delimiter: CsvDelimiter) -> Self {
        ImportReport {
            persons: 0,
            seats: 0,
            representations: 0,
            organisations_created: 0,
            problems: Vec::new(),
            written: false,
            encoding,
            delimiter,
            detected: detect::detected_words(encoding, delimiter),
        }
    }
}

impl Api {
    /// Imports a directory CSV already read as text (with or without a
    /// byte-order mark). A dry run checks everything and writes nothing.
    pub fn import_directory_csv(&mut self, text: &str, mode: ImportMode) -> Result<ImportReport> {
        match text.strip_prefix('\u{feff}') {
            Some(rest) => self.import_decoded(rest, CsvEncoding::Utf8Bom, mode),
            None => self.import_decoded(text, CsvEncoding::Utf8, mode),
        }
    }

    /// Imports a directory CSV as a spreadsheet program saved it, in any of the
    /// encodings and delimiters of [`detect`].
    pub fn import_directory_bytes(&mut self, bytes: &[u8], mode: ImportMode) -> Result<ImportReport> {
        let (text, encoding) = detect::decode(bytes)?;
        self.import_decoded(&text, encoding, mode)
    }

    /// Imports the directory CSV file at `path` (the app's open dialog and
    /// `pleno directory import` make this one call).
    pub fn import_directory_file(&mut self, path: &Path, mode: ImportMode) -> Result<ImportReport> {
        self.import_directory_bytes(&crate::files::read_file(path)?, mode)
    }

    fn import_decoded(&mut self, text: &str, encoding: CsvEncoding, mode: ImportMode) -> Result<ImportReport> {
        let delimiter = detect::delimiter_of(text);
        let rows = parse_rows(text, encoding, delimiter)?;
        // Every row is first applied in a transaction that is rolled back; only a
        // file with no problem at all is then written for real.
        let mut report = self.store.rehearse(|tx| apply_rows(tx, &rows, encoding, delimiter))?;
        if mode == ImportMode::Write && report.problems.is_empty() {
            report = self.store.write(|tx| apply_rows(tx, &rows, encoding, delimiter))?;
            report.written = true;
        }
        Ok(report)
    }
}
