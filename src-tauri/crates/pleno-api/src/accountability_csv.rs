//! Each accountability register as CSV, for whoever keeps it in a spreadsheet:
//! one row per record, dates as YYYY-MM-DD, choices in their stored words.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Api, ApiError, Result};

/// The registers that export to CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum CsvRegister {
    Representations,
    Alliances,
    Milestones,
    GoodPractices,
    CountryReports,
}

fn csv_of(header: &[&str], rows: Vec<Vec<String>>) -> Result<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| {
        ApiError::internal(format!("no se pudo escribir el CSV: {e}"), format!("the CSV could not be written: {e}"))
    };
    out.write_record(header).map_err(fail)?;
    for row in rows {
        out.write_record(row).map_err(fail)?;
    }
    let bytes = out.into_inner().map_err(|e| fail(e.into_error().into()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

impl Api {
    pub fn register_csv(&self, register: CsvRegister) -> Result<String> {
        match register {
            CsvRegister::Representations => csv_of(
                &["id", "evento", "fecha", "lugar", "representante", "informada_en", "punto"],
                self.representations(false)?
                    .into_iter()
                    .map(|r| {
                        let back = r.reported_at.as_ref();
                        vec![
                            r.id.to_string(),
                            r.event,
                            r.held_on.to_string(),
                            r.place,
                            r.representative_name,
                            back.map(|b| b.meeting_title.es.clone()).unwrap_or_default(),
                            back.and_then(|b| b.item_title.clone()).unwrap_or_default(),
                        ]
                    })
                    .collect(),
            ),
            CsvRegister::Alliances => csv_of(
                &["id", "socio", "actor", "apoyo", "nivel", "desde", "hasta", "acciones"],
                self.alliances()?
                    .into_iter()
                    .map(|a| {
                        let actions: Vec<String> =
                            a.actions.iter().map(|x| format!("{}: {}", x.done_on, x.title)).collect();
                        vec![
                            a.id.to_string(),
                            a.partner,
                            a.kind.as_str().into(),
                            a.support.as_str().into(),
                            a.scope.as_str().into(),
                            a.starts_on.to_string(),
                            a.ends_on.map(|d| d.to_string()).unwrap_or_default(),
                            actions.join(" | "),
                        ]
                    })
                    .collect(),
            ),
            CsvRegister::Milestones => csv_of(
                &["id", "estado", "instrumento", "titulo", "etapa", "fecha", "evidencia"],
                self.milestones()?
                    .into_iter()
                    .map(|m| {
                        vec![
                            m.id.to_string(),
                            m.country,
                            m.instrument.as_str().into(),
                            m.title,
                            m.stage.as_str().into(),
                            m.reached_on.to_string(),
                            m.evidence,
                        ]
                    })
                    .collect(),
            ),
            CsvRegister::GoodPractices => csv_of(
                &["id", "titulo", "origen", "fecha", "replicada_por"],
                self.good_practices()?
                    .into_iter()
                    .map(|p| {
                        let by: Vec<String> =
                            p.replications.iter().map(|r| format!("{} ({})", r.country, r.replicated_on)).collect();
                        vec![p.id.to_string(), p.title, p.origin, p.recorded_on.to_string(), by.join(" | ")]
                    })
                    .collect(),
            ),
            CsvRegister::CountryReports => csv_of(
                &["id", "reunion", "estado", "archivo", "sha256"],
                self.country_reports()?
                    .into_iter()
                    .map(|r| {
                        vec![
                            r.id.to_string(),
                            r.meeting_id.to_string(),
                            r.country,
                            r.file_name.unwrap_or_default(),
                            r.sha256.unwrap_or_default(),
                        ]
                    })
                    .collect(),
            ),
        }
    }

    /// `register_csv`, written to the file the user chose.
    pub fn save_register_csv(&self, register: CsvRegister, path: &std::path::Path) -> Result<()> {
        crate::write_file_atomically(path, self.register_csv(register)?.as_bytes())
    }
}
