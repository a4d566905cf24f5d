//! Which document to print, as one value the app can send: one command serves
//! every "Guardar PDF" button, and adding a document adds a variant here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use pleno_domain::Language;

use crate::{Api, Result};

/// A document and the language to print it in; `None` is the language of the
/// settings. Flattened, so the JSON stays `{"kind": "notice", "meeting_id": 1}`
/// with an optional `"language": "en"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrintRequest {
    #[serde(flatten)]
    #[ts(flatten)]
    pub document: PrintDocument,
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<Language>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(tag = "kind", rename_all = "snake_case")]
pub enum PrintDocument {
    StrategicPlan,
    OperatingPlan {
        year: i32,
    },
    Notice {
        meeting_id: i64,
    },
    Agenda {
        meeting_id: i64,
    },
    AttendanceSheet {
        meeting_id: i64,
    },
    AttendanceReport {
        meeting_id: i64,
    },
    /// The register of agreements: all, one meeting's, or one axis's.
    Agreements {
        meeting_id: Option<i64>,
        axis: Option<String>,
    },
    /// The directory on a date (today when `None`).
    Directory {
        on: Option<NaiveDate>,
    },
    Minutes {
        meeting_id: i64,
    },
    /// Plan monitoring for a year: one state's report as the seed's matrix, or
    /// (without a country) the consolidated regional matrix.
    Monitoring {
        year: i32,
        country: Option<String>,
    },
    /// The end-of-term report of an office, for the term in force on `on` (today when `None`).
    TermReport {
        office: pleno_domain::directory_model::Office,
        on: Option<NaiveDate>,
    },
    /// The biennial accountability report over a period.
    AccountabilityReport {
        from: NaiveDate,
        to: NaiveDate,
    },
}

impl Api {
    /// The PDF bytes of a document, dated `today`.
    pub fn print(&self, request: &PrintRequest, today: NaiveDate) -> Result<Vec<u8>> {
        let lang = match request.language {
            Some(lang) => lang,
            None => self.settings()?.language,
        };
        match &request.document {
            PrintDocument::StrategicPlan => self.pdf_strategic_plan(today, lang),
            PrintDocument::OperatingPlan { year } => self.pdf_operating_plan(*year, today, lang),
            PrintDocument::Notice { meeting_id } => self.pdf_notice(*meeting_id, today, lang),
            PrintDocument::Agenda { meeting_id } => self.pdf_agenda(*meeting_id, today, lang),
            PrintDocument::AttendanceSheet { meeting_id } => self.pdf_attendance_sheet(*meeting_id, today, lang),
            PrintDocument::AttendanceReport { meeting_id } => self.pdf_attendance_report(*meeting_id, today, lang),
            PrintDocument::Agreements { meeting_id, axis } => {
                self.pdf_agreements(*meeting_id, axis.as_deref(), today, lang)
            }
            PrintDocument::Directory { on } => self.pdf_directory(on.unwrap_or(today), today, lang),
            PrintDocument::Minutes { meeting_id } => self.pdf_minutes(*meeting_id, today, lang),
            PrintDocument::Monitoring { year, country: Some(country) } => {
                self.pdf_monitoring_report(*year, country, today, lang)
            }
            PrintDocument::Monitoring { year, country: None } => self.pdf_monitoring_rollup(*year, today, lang),
            PrintDocument::TermReport { office, on } => self.pdf_term_report(*office, on.unwrap_or(today), today, lang),
            PrintDocument::AccountabilityReport { from, to } => self.pdf_accountability_report(*from, *to, today, lang),
        }
    }
}

impl Api {
    /// `print`, written to the file the user chose.
    pub fn save_pdf(&self, request: &PrintRequest, today: NaiveDate, path: &std::path::Path) -> Result<()> {
        crate::write_file_atomically(path, &self.print(request, today)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reads_with_or_without_its_language() {
        let bare: PrintRequest = serde_json::from_str(r#"{"kind":"strategic_plan"}"#).unwrap();
        assert_eq!(bare, PrintRequest { document: PrintDocument::StrategicPlan, language: None });
        let english: PrintRequest =
            serde_json::from_str(r#"{"kind":"minutes","meeting_id":1,"language":"en"}"#).unwrap();
        assert_eq!(english.document, PrintDocument::Minutes { meeting_id: 1 });
        assert_eq!(english.language, Some(Language::En));
        assert_eq!(
            serde_json::to_string(&english).unwrap(),
            r#"{"kind":"minutes","meeting_id":1,"language":"en"}"#,
            "the JSON keeps its field names"
        );
    }
}
