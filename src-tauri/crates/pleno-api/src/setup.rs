//! The first run: an archive with nothing in it is set up in one short sequence —
//! the language, which member states hold the Presidency and the Technical
//! Secretariat and from when (office terms), the quorum rule, the agreement
//! numbering, and optionally the directory from a CSV file. The app's setup screen
//! and `pleno setup` send the same draft; every step stays editable afterwards
//! (Ajustes, Directorio). "Explorar con datos de demostración" opens a demo
//! archive in a file of its own beside the real one, never mixed into it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use pleno_domain::directory_model::{Office, OfficeTerm};
use pleno_domain::quorum::QuorumRule;
use pleno_domain::{Language, Localized};

use crate::directory_csv::ImportReport;
use crate::{Api, ApiError, ErrorCode, ImportMode, Result, Settings, SettingsDraft};

/// Set once the setup has run (or an archive was set up from the CLI).
const SETUP_DONE: &str = "setup_done";

/// The demo archive's file name, beside the real one.
pub const DEMO_FILE_NAME: &str = "pleno-demo.db";

/// A member state holding an office from a date (open-ended: the term ends when
/// the next one is recorded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficeChoice {
    /// The member state's code ("CR").
    pub country: String,
    pub starts_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetupDraft {
    pub language: Language,
    /// None: not known yet, to be recorded later in Directorio.
    pub presidency: Option<OfficeChoice>,
    pub secretariat: Option<OfficeChoice>,
    pub quorum_rule: QuorumRule,
    /// As typed, e.g. "{reunion}-{tipo}-{año}-{n}"; checked like Ajustes checks it.
    pub agreement_numbering: String,
    /// A directory CSV to import; every row must be valid or the setup writes nothing.
    #[ts(type = "string | null")]
    pub directory_csv: Option<PathBuf>,
}

/// Whether the app should open the setup instead of Inicio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SetupStatus {
    pub needed: bool,
}

/// What the setup recorded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SetupReport {
    pub settings: Settings,
    pub offices: Vec<OfficeTerm>,
    pub directory: Option<ImportReport>,
}

/// Why a setup was refused.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum SetupError {
    /// The archive already holds a record or was set up before: Ajustes changes it.
    AlreadySetUp,
    /// The directory file has rows Pleno refuses; nothing was written.
    DirectoryRejected { problems: usize },
}

impl Localized for SetupError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (SetupError::AlreadySetUp, Language::Es) => {
                "esta base de datos ya está configurada; cambie los ajustes en Ajustes o con pleno settings".into()
            }
            (SetupError::AlreadySetUp, Language::En) => {
                "this database is already set up; change it in Ajustes (Settings) or with pleno settings".into()
            }
            (SetupError::DirectoryRejected { problems }, Language::Es) => {
                format!("el archivo del directorio tiene {problems} fila(s) con errores; no se guardó nada")
            }
            (SetupError::DirectoryRejected { problems }, Language::En) => {
                format!("the directory file has {problems} row(s) with errors; nothing was saved")
            }
        }
    }
}

impl From<SetupError> for ApiError {
    fn from(e: SetupError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &e)
    }
}

impl Api {
    /// The setup is needed while the archive was never set up and holds no record
    /// of its own: no person, no organisation, no meeting. (Offices are left out,
    /// so a setup interrupted after its first office can simply be run again.)
    pub fn setup_status(&self) -> Result<SetupStatus> {
        let done = self.store.setting(SETUP_DONE)?.is_some();
        let empty =
            !done && self.people(None)?.is_empty() && self.organisations()?.is_empty() && self.meetings()?.is_empty();
        Ok(SetupStatus { needed: empty })
    }

    /// Runs the whole setup from `draft`: checks it all before writing, then records
    /// the offices, the settings and the directory, and marks the archive set up.
    pub fn setup(&mut self, draft: &SetupDraft) -> Result<SetupReport> {
        if !self.setup_status()?.needed {
            return Err(SetupError::AlreadySetUp.into());
        }
        let current = self.settings()?;
        let settings = SettingsDraft {
            language: draft.language,
            quorum_rule: draft.quorum_rule,
            majority_rule: current.majority_rule,
            agreement_numbering: draft.agreement_numbering.clone(),
        };
        settings.checked()?;
        if let Some(path) = &draft.directory_csv {
            let preview = self.import_directory_file(path, ImportMode::DryRun)?;
            if !preview.problems.is_empty() {
                return Err(SetupError::DirectoryRejected { problems: preview.problems.len() }.into());
            }
        }
        let mut offices = Vec::new();
        for (office, choice) in
            [(Office::Presidencia, &draft.presidency), (Office::SecretariaTecnica, &draft.secretariat)]
        {
            if let Some(choice) = choice {
                offices.push(self.office_from(office, choice)?);
            }
        }
        let settings = self.update_settings(&settings)?;
        let directory = match &draft.directory_csv {
            Some(path) => Some(self.import_directory_file(path, ImportMode::Write)?),
            None => None,
        };
        self.mark_set_up()?;
        Ok(SetupReport { settings, offices, directory })
    }

    /// Marks the archive as set up without asking anything (an archive prepared by
    /// a script, or a test harness).
    pub fn mark_set_up(&mut self) -> Result<()> {
        Ok(self.store.set_setting(SETUP_DONE, "1")?)
    }

    /// The term of `office` from `choice`; the same term recorded by an earlier,
    /// interrupted setup is taken as it is.
    fn office_from(&mut self, office: Office, choice: &OfficeChoice) -> Result<OfficeTerm> {
        let code = choice.country.trim().to_uppercase();
        let same = self
            .office_terms(office)?
            .into_iter()
            .find(|t| t.country == code && t.starts_on == choice.starts_on && t.ends_on.is_none());
        match same {
            Some(term) => Ok(term),
            None => self.assign_office(office, &code, choice.starts_on, None),
        }
    }

    /// The demo archive beside `real`: created and filled with the demo the first
    /// time, reopened as it was afterwards. The real archive is not touched.
    pub fn open_demo_beside(real: &Path) -> Result<(Api, PathBuf)> {
        let path = real.with_file_name(DEMO_FILE_NAME);
        let (mut api, report) = Api::init(&path)?;
        if report.created || api.setup_status()?.needed {
            api.load_demo()?;
        }
        Ok((api, path))
    }
}
