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
    OperatingPlan { year: i32 },
}

impl Api {
    /// The PDF bytes of a document, dated `today`.
    pub fn print(&self, request: &PrintRequest, today: NaiveDate) -> Result<Vec<u8>> {
        match request {
            PrintRequest::StrategicPlan => self.pdf_strategic_plan(today),
            PrintRequest::OperatingPlan { year } => self.pdf_operating_plan(*year, today),
        }
    }
}
