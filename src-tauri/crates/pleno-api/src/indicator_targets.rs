//! Targets of the Strategic Plan's indicators — baseline, target, unit,
//! periodicity, means of verification, computed or reported — and the dated
//! measurements of reported indicators, per state or regional, with evidence
//! files kept by SHA-256.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::monitoring::{IndicatorSource, IndicatorTarget, Measurement};
use pleno_domain::{CountryCode, Language, Localized};
use pleno_store::indicator_target_db::{self, NewMeasurement};
use pleno_store::{agreement_db, country_db, Connection};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::monitoring::hex;
use crate::{Api, ApiError, ErrorCode, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum IndicatorError {
    NoIndicator { code: String },
    NoMeasurement { id: i64 },
    ComputedNotMeasured { code: String },
    UnknownCountry { country: String },
    NotANumber { value: String },
    NoEvidenceFile,
}

impl Localized for IndicatorError {
    fn localized(&self, lang: Language) -> String {
        use IndicatorError::*;
        match (self, lang) {
            (NoIndicator { code }, Language::Es) => format!("el Plan Estratégico no tiene el indicador {code}"),
            (NoIndicator { code }, Language::En) => format!("the Strategic Plan has no indicator {code}"),
            (NoMeasurement { id }, Language::Es) => format!("no existe la medición {id}"),
            (NoMeasurement { id }, Language::En) => format!("there is no measurement {id}"),
            (ComputedNotMeasured { code }, Language::Es) => {
                format!("el indicador {code} se calcula del registro de Pleno: no se le registran mediciones")
            }
            (ComputedNotMeasured { code }, Language::En) => {
                format!("indicator {code} is computed from Pleno's record: measurements are not recorded for it")
            }
            (UnknownCountry { country }, Language::Es) => {
                format!("no hay ningún Estado con el código {country} en Pleno")
            }
            (UnknownCountry { country }, Language::En) => format!("there is no state with code {country} in Pleno"),
            (NotANumber { value }, Language::Es) => format!("«{value}» no es un número"),
            (NotANumber { value }, Language::En) => format!("«{value}» is not a number"),
            (NoEvidenceFile, Language::Es) => "el archivo de evidencia está vacío o no tiene nombre".into(),
            (NoEvidenceFile, Language::En) => "the evidence file is empty or has no name".into(),
        }
    }
}

impl From<IndicatorError> for ApiError {
    fn from(e: IndicatorError) -> Self {
        let code = match e {
            IndicatorError::NoIndicator { .. } | IndicatorError::NoMeasurement { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &e)
    }
}

/// An indicator with its target and measurements (`pleno indicator show CODE --json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IndicatorDetail {
    pub code: String,
    pub title: String,
    /// Computed from the record or reported: the target's choice, else the plan's.
    pub source: IndicatorSource,
    pub target: IndicatorTarget,
    pub measurements: Vec<Measurement>,
}

/// A measurement as entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeasurementDraft {
    pub measured_on: NaiveDate,
    /// None for a regional value.
    pub country: Option<String>,
    pub value: f64,
    #[serde(default)]
    pub note: String,
}

fn indicator(conn: &Connection, code: &str) -> Result<(i64, String, bool)> {
    let id =
        agreement_db::indicator_id(conn, code)?.ok_or_else(|| IndicatorError::NoIndicator { code: code.into() })?;
    let plan = pleno_store::plan_db::read(conn)?;
    let found = plan.strategic_plan.indicators().find(|i| i.code == code).expect("the id was found by code");
    Ok((id, found.title.clone(), found.computed.is_some()))
}

fn detail(conn: &Connection, code: &str) -> Result<IndicatorDetail> {
    let (id, title, computed) = indicator(conn, code)?;
    let target = indicator_target_db::target(conn, id)?;
    let source = target.source.unwrap_or(if computed { IndicatorSource::Computed } else { IndicatorSource::Reported });
    Ok(IndicatorDetail {
        code: code.into(),
        title,
        source,
        target,
        measurements: indicator_target_db::measurements(conn, id)?,
    })
}

/// Reads a value as a person types it, with a decimal point or comma ("12,5").
pub fn parse_value(text: &str) -> Result<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| IndicatorError::NotANumber { value: text.into() }.into())
}

impl Api {
    pub fn indicator_detail(&self, code: &str) -> Result<IndicatorDetail> {
        self.store.read(|conn| detail(conn, code))
    }

    /// Sets an indicator's target (every field as given; empty clears it).
    pub fn set_indicator_target(&mut self, code: &str, target: &IndicatorTarget) -> Result<IndicatorDetail> {
        target.check()?;
        self.store.write(|tx| {
            let (id, _, _) = indicator(tx, code)?;
            indicator_target_db::set_target(tx, id, target)?;
            detail(tx, code)
        })
    }

    /// Records a dated value of a reported indicator, for a state or the region.
    pub fn add_measurement(
        &mut self,
        code: &str,
        draft: &MeasurementDraft,
        now: NaiveDateTime,
    ) -> Result<IndicatorDetail> {
        self.store.write(|tx| {
            let current = detail(tx, code)?;
            if current.source == IndicatorSource::Computed {
                return Err(IndicatorError::ComputedNotMeasured { code: code.into() }.into());
            }
            let country = match &draft.country {
                Some(c) => {
                    let code = CountryCode::parse(c)?;
                    if !country_db::exists(tx, &code)? {
                        return Err(IndicatorError::UnknownCountry { country: code.to_string() }.into());
                    }
                    Some(code.to_string())
                }
                None => None,
            };
            let (id, _, _) = indicator(tx, code)?;
            indicator_target_db::insert_measurement(
                tx,
                &NewMeasurement {
                    indicator_id: id,
                    measured_on: draft.measured_on,
                    country: country.as_deref(),
                    value: draft.value,
                    note: draft.note.trim(),
                    recorded_at: now,
                },
            )?;
            detail(tx, code)
        })
    }

    /// Keeps an evidence file with a measurement, with its SHA-256.
    pub fn attach_measurement_evidence(
        &mut self,
        measurement_id: i64,
        file_name: &str,
        content: &[u8],
        now: NaiveDateTime,
    ) -> Result<()> {
        if file_name.trim().is_empty() || content.is_empty() {
            return Err(IndicatorError::NoEvidenceFile.into());
        }
        self.store.write(|tx| {
            if !indicator_target_db::measurement_exists(tx, measurement_id)? {
                return Err(IndicatorError::NoMeasurement { id: measurement_id }.into());
            }
            let sha = hex(&Sha256::digest(content));
            indicator_target_db::add_evidence(tx, measurement_id, file_name.trim(), &sha, content, now)?;
            Ok(())
        })
    }
}
