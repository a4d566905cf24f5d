//! Which document to print, as one value the app can send: one command serves
//! every "Guardar PDF" button, and adding a document adds a variant here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Api, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(tag = "kind", rename_all = "snake_case")]
pub enum PrintRequest {
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
}

impl Api {
    /// The PDF bytes of a document, dated `today`.
    pub fn print(&self, request: &PrintRequest, today: NaiveDate) -> Result<Vec<u8>> {
        match request {
            PrintRequest::StrategicPlan => self.pdf_strategic_plan(today),
            PrintRequest::OperatingPlan { year } => self.pdf_operating_plan(*year, today),
            PrintRequest::Notice { meeting_id } => self.pdf_notice(*meeting_id, today),
            PrintRequest::Agenda { meeting_id } => self.pdf_agenda(*meeting_id, today),
            PrintRequest::AttendanceSheet { meeting_id } => self.pdf_attendance_sheet(*meeting_id, today),
            PrintRequest::AttendanceReport { meeting_id } => self.pdf_attendance_report(*meeting_id, today),
            PrintRequest::Agreements { meeting_id, axis } => self.pdf_agreements(*meeting_id, axis.as_deref(), today),
            PrintRequest::Directory { on } => self.pdf_directory(on.unwrap_or(today), today),
            PrintRequest::Minutes { meeting_id } => self.pdf_minutes(*meeting_id, today),
        }
    }
}

impl Api {
    /// `print`, written to the file the user chose.
    pub fn save_pdf(&self, request: &PrintRequest, today: NaiveDate, path: &std::path::Path) -> Result<()> {
        crate::write_file_atomically(path, &self.print(request, today)?)
    }
}
