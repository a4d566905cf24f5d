//! The command line's own refusals — what only the CLI can get wrong (a file it
//! cannot read, a value it cannot type) — worded in Spanish and English like the
//! API's, so `--lang` decides every message.

use pleno_api::{ApiError, ErrorCode};
use pleno_domain::{Language, Localized};
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum CliError {
    /// `pleno quorum` without a meeting.
    MeetingRequired,
    /// A file to attach or import could not be read.
    /// An import found bad lines and wrote nothing.
    ImportRejected {
        lines: usize,
    },
    /// An XLSX import found bad cells and wrote nothing.
    CellsRejected {
        cells: usize,
    },
    /// A binary export (xlsx) needs a file to write to.
    OutputRequired {
        format: String,
    },
    InvalidTime {
        field: String,
        value: String,
    },
    /// A result could not be written as JSON (never expected).
    Json {
        reason: String,
    },
}

impl Localized for CliError {
    fn localized(&self, lang: Language) -> String {
        use CliError::*;
        match (self, lang) {
            (MeetingRequired, Language::Es) => "indique la reunión: pleno quorum REUNIÓN [--at HH:MM]".into(),
            (MeetingRequired, Language::En) => "give the meeting: pleno quorum MEETING [--at HH:MM]".into(),
            (ImportRejected { lines }, Language::Es) => {
                format!("{lines} línea(s) con errores; no se escribió nada")
            }
            (ImportRejected { lines }, Language::En) => {
                format!("{lines} line(s) with errors; nothing was written")
            }
            (CellsRejected { cells }, Language::Es) => format!("{cells} celda(s) con errores; no se escribió nada"),
            (CellsRejected { cells }, Language::En) => format!("{cells} cell(s) with errors; nothing was written"),
            (OutputRequired { format }, Language::Es) => format!("el formato {format} necesita un archivo: -o ARCHIVO"),
            (OutputRequired { format }, Language::En) => format!("the {format} format needs a file: -o FILE"),
            (InvalidTime { field, value }, Language::Es) => {
                format!("«{value}» no es una hora válida para {field}: use HH:MM, por ejemplo 09:30")
            }
            (InvalidTime { field, value }, Language::En) => {
                format!("«{value}» is not a valid time for {field}: use HH:MM, e.g. 09:30")
            }
            (Json { reason }, Language::Es) => format!("no se pudo escribir el JSON: {reason}"),
            (Json { reason }, Language::En) => format!("could not write the JSON: {reason}"),
        }
    }
}

impl From<CliError> for ApiError {
    fn from(error: CliError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}
