//! Monitoring through files the user names (a dialog's path, a CLI argument): the
//! matrix template and its import, and the evidence kept with a report or a
//! measurement. The bytes are read and written here, so the app's commands and the
//! CLI stay one call each.

use std::path::Path;

use chrono::NaiveDateTime;
use pleno_domain::monitoring::Semester;

use crate::files::{read_file, write_file_atomically};
use crate::monitoring_xlsx::MonitoringImport;
use crate::{Api, ImportMode, Result};
use pleno_domain::monitoring::MonitoringReport;

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
}
