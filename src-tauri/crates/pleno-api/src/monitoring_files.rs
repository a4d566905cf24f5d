//! Monitoring through files the user names (a dialog's path, a CLI argument): the
//! matrix template and its import, and the evidence kept with a report or a
//! measurement. The bytes are read and written here, so the app's commands and the
//! CLI stay one call each.

use std::path::Path;

use chrono::NaiveDateTime;
use pleno_domain::monitoring::{MonitoringReport, Semester};
use pleno_domain::{Language, Localized};
use pleno_store::{indicator_target_db, monitoring_db};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::files::{read_file, write_file_atomically};
use crate::indicator_targets::IndicatorDetail;
use crate::monitoring::hex;
use crate::monitoring_xlsx::MonitoringImport;
use crate::{Api, ApiError, ErrorCode, ImportMode, Result};

/// Why a kept evidence file cannot be written back out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum EvidenceError {
    NoEvidence {
        id: i64,
    },
    NoMeasurement {
        id: i64,
    },
    /// The bytes kept no longer give the SHA-256 recorded when the file was attached.
    HashMismatch {
        id: i64,
        file_name: String,
    },
}

impl Localized for EvidenceError {
    fn localized(&self, lang: Language) -> String {
        use EvidenceError::*;
        match (self, lang) {
            (NoEvidence { id }, Language::Es) => format!("no existe el archivo de evidencia {id}"),
            (NoEvidence { id }, Language::En) => format!("there is no evidence file {id}"),
            (NoMeasurement { id }, Language::Es) => format!("no existe la medición {id}"),
            (NoMeasurement { id }, Language::En) => format!("there is no measurement {id}"),
            (HashMismatch { file_name, .. }, Language::Es) => {
                format!("el archivo de evidencia «{file_name}» no coincide con su SHA-256: no se guarda")
            }
            (HashMismatch { file_name, .. }, Language::En) => {
                format!("the evidence file «{file_name}» does not match its SHA-256: it is not saved")
            }
        }
    }
}

impl From<EvidenceError> for ApiError {
    fn from(e: EvidenceError) -> Self {
        let code = match e {
            EvidenceError::HashMismatch { .. } => ErrorCode::Invalid,
            _ => ErrorCode::NotFound,
        };
        ApiError::refusal(code, &e)
    }
}

/// Which table an evidence file is kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EvidenceOf {
    Report,
    Measurement,
}

impl Api {
    /// Writes the XLSX matrix of one state and semester to `path` (temporary file, then rename).
    pub fn save_monitoring_template(&self, year: i32, semester: Semester, country: &str, path: &Path) -> Result<()> {
        write_file_atomically(path, &self.monitoring_template(year, semester, country)?)
    }

    /// Reads a filled matrix from `path` and imports it (or, in `DryRun`, only checks it).
    pub fn import_monitoring_file(
        &mut self,
        path: &Path,
        mode: ImportMode,
        now: NaiveDateTime,
    ) -> Result<MonitoringImport> {
        self.import_monitoring_xlsx(&read_file(path)?, mode, now)
    }

    /// Keeps the file at `path` as evidence of a report, with its SHA-256.
    pub fn attach_report_evidence_file(
        &mut self,
        report_id: i64,
        path: &Path,
        now: NaiveDateTime,
    ) -> Result<MonitoringReport> {
        self.attach_report_evidence(report_id, &file_name(path), &read_file(path)?, now)
    }

    /// Keeps the file at `path` as evidence of a measurement, with its SHA-256.
    pub fn attach_measurement_evidence_file(
        &mut self,
        measurement_id: i64,
        path: &Path,
        now: NaiveDateTime,
    ) -> Result<()> {
        self.attach_measurement_evidence(measurement_id, &file_name(path), &read_file(path)?, now)
    }

    /// Keeps the file at `path` with a measurement and answers its indicator, as the app shows it.
    pub fn attach_measurement_evidence_file_detail(
        &mut self,
        measurement_id: i64,
        path: &Path,
        now: NaiveDateTime,
    ) -> Result<IndicatorDetail> {
        let code = self
            .store
            .read(|conn| indicator_target_db::measurement_indicator_code(conn, measurement_id))?
            .ok_or(EvidenceError::NoMeasurement { id: measurement_id })?;
        self.attach_measurement_evidence_file(measurement_id, path, now)?;
        self.indicator_detail(&code)
    }

    /// Writes an evidence file kept with a report out to `path`, after checking its SHA-256.
    pub fn save_report_evidence_file(&self, evidence_id: i64, path: &Path) -> Result<()> {
        self.save_evidence_file(EvidenceOf::Report, evidence_id, path)
    }

    /// Writes an evidence file kept with a measurement out to `path`, after checking its SHA-256.
    pub fn save_measurement_evidence_file(&self, evidence_id: i64, path: &Path) -> Result<()> {
        self.save_evidence_file(EvidenceOf::Measurement, evidence_id, path)
    }

    /// Writes a kept evidence file out to `path`, once its bytes give the SHA-256 recorded.
    fn save_evidence_file(&self, of: EvidenceOf, evidence_id: i64, path: &Path) -> Result<()> {
        let kept = self.store.read(|conn| match of {
            EvidenceOf::Report => monitoring_db::evidence_file(conn, evidence_id),
            EvidenceOf::Measurement => indicator_target_db::evidence_file(conn, evidence_id),
        })?;
        let (file_name, sha256, content) = kept.ok_or(EvidenceError::NoEvidence { id: evidence_id })?;
        if hex(&Sha256::digest(&content)) != sha256 {
            return Err(EvidenceError::HashMismatch { id: evidence_id, file_name }.into());
        }
        write_file_atomically(path, &content)
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2018, 12, 20).unwrap().and_hms_opt(9, 0, 0).unwrap()
    }

    #[test]
    fn a_template_saved_to_a_file_reads_back_as_a_blank_matrix() {
        let mut api = Api::in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("NI-2018-II.xlsx");
        api.save_monitoring_template(2018, Semester::SECOND, "NI", &path).unwrap();
        let read = api.import_monitoring_file(&path, ImportMode::DryRun, at()).unwrap();
        assert_eq!((read.year, read.semester, read.country.as_str()), (2018, Semester::SECOND, "NI"));
        assert!(read.entries.is_empty(), "nothing filled in yet");
        assert_eq!(read.problems.len(), 1, "only the date is missing: {:?}", read.problems);
    }

    #[test]
    fn a_missing_file_is_refused_with_its_path() {
        let mut api = Api::in_memory().unwrap();
        let error =
            api.import_monitoring_file(Path::new("/no/such/matriz.xlsx"), ImportMode::DryRun, at()).unwrap_err();
        assert!(error.message.contains("/no/such/matriz.xlsx"), "{}", error.message);
    }

    #[test]
    fn evidence_kept_with_a_report_is_saved_back_byte_for_byte_and_unknown_ids_are_refused() {
        let mut api = Api::in_memory().unwrap();
        api.load_demo().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("informe.pdf");
        std::fs::write(&source, b"%PDF-1.4 evidencia").unwrap();
        let report_id = api.monitoring_reports(None, None).unwrap()[0].id;
        let report = api.attach_report_evidence_file(report_id, &source, at()).unwrap();
        let kept = report.evidence.last().unwrap();
        assert_eq!(kept.file_name, "informe.pdf");
        let out = dir.path().join("copia.pdf");
        api.save_evidence_file(EvidenceOf::Report, kept.id, &out).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"%PDF-1.4 evidencia");
        let missing = api.save_evidence_file(EvidenceOf::Measurement, 999, &out).unwrap_err();
        assert_eq!(missing.kind, "no_evidence");
        let refused = api.attach_measurement_evidence_file_detail(999, &source, at()).unwrap_err();
        assert_eq!(refused.kind, "no_measurement");
    }

    #[test]
    fn evidence_of_a_measurement_is_attached_through_its_detail_and_refused_once_its_bytes_change() {
        let mut api = Api::in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("registro.csv");
        std::fs::write(&source, b"casos;12").unwrap();
        let draft = crate::indicator_targets::MeasurementDraft {
            measured_on: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
            country: None,
            value: 12.0,
            note: String::new(),
        };
        let measurement_id = api.add_measurement("1.1.1", &draft, at()).unwrap().measurements[0].id;
        let detail = api.attach_measurement_evidence_file_detail(measurement_id, &source, at()).unwrap();
        assert_eq!(detail.code, "1.1.1");
        let kept = detail.measurements[0].evidence[0].clone();
        assert_eq!(kept.file_name, "registro.csv");
        let out = dir.path().join("copia.csv");
        api.save_measurement_evidence_file(kept.id, &out).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"casos;12");

        api.store
            .write(|tx| {
                Ok::<_, pleno_store::StoreError>(
                    tx.execute("UPDATE measurement_evidence SET content = x'00' WHERE id = ?1", [kept.id])?,
                )
            })
            .unwrap();
        let altered = dir.path().join("alterada.csv");
        let refused = api.save_measurement_evidence_file(kept.id, &altered).unwrap_err();
        assert_eq!(refused.kind, "hash_mismatch");
        assert!(refused.message_en.contains("registro.csv"), "{}", refused.message_en);
        assert!(!altered.exists(), "nothing is written from bytes that no longer match");
    }
}
