//! Pleno's operations, one method per thing a user can do. The Tauri commands and
//! the `pleno` CLI are thin adapters over `Api`, so the app and the CLI can never
//! disagree; the payload types here are exported to TypeScript for the UI.

pub mod accountability;
pub mod accountability_csv;
pub mod accountability_indicators;
pub mod accountability_report;
pub mod agreements;
pub mod archive;
pub mod archive_view;
pub mod attendance;
pub mod backup;
pub mod backup_rotation;
pub mod bundle;
pub mod bundle_verify;
mod calendar;
pub mod country_profile;
mod db_path;
pub mod decisions;
mod demo;
mod demo_accountability;
pub mod demo_big_session;
mod demo_monitoring;
pub mod demo_scale;
pub mod diagnostics;
pub mod directory;
pub mod directory_csv;
pub mod directory_vcard;
pub mod directory_view;
mod documents;
mod draft_limits;
mod error;
mod files;
pub mod import_mode;
pub mod indicator_breakdown;
pub mod indicator_targets;
pub mod meetings;
pub mod minutes;
pub mod minutes_diff;
pub mod monitoring;
mod monitoring_files;
pub mod monitoring_xlsx;
pub mod paging;
pub mod poa;
pub mod poa_xlsx;
pub mod printing;
pub mod publication;
pub mod read_only;
pub mod restore;
mod settings;
pub mod setup;
pub mod spreadsheet_cells;

use std::path::{Path, PathBuf};

use pleno_domain::country::Country;
use pleno_domain::plan::PlanExport;
use pleno_domain::reference::ReferenceData;
use pleno_store::{OpenMode, Opened, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use db_path::{default_db_path, resolve_db_path, DB_ENV};
pub use demo::DemoReport;
pub use error::{ApiError, ErrorCode};
pub use files::write_file_atomically;
pub use import_mode::ImportMode;
pub use settings::{Language, Settings, SettingsDraft};

pub type Result<T, E = ApiError> = std::result::Result<T, E>;

pub struct Api {
    store: Store,
    /// Set when the archive was opened as a copy to consult (`open_read_only`).
    consult: Option<read_only::ConsultCopy>,
}

/// What `init` (or the app's start) did, for the user to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InitReport {
    pub path: String,
    pub created: bool,
    /// Where the copy taken before an upgrade was written, if there was an upgrade.
    pub backup: Option<String>,
    pub reference_loaded: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    pub schema_version: i32,
    /// Set when the archive is a copy opened read-only: the UI shows its banner
    /// and hides every editing control.
    pub read_only: Option<read_only::ConsultCopy>,
}

/// A member state as `pleno country list --json` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CountryListing {
    pub code: String,
    pub name: String,
    pub name_en: String,
    /// The national mechanism's name.
    pub mechanism: String,
    pub mechanism_acronym: String,
    /// The four seats on the day asked about; empty where seats were not asked for.
    #[serde(default)]
    pub seats: Vec<directory_view::SeatListing>,
}

impl From<Country> for CountryListing {
    fn from(c: Country) -> Self {
        CountryListing {
            code: c.code.to_string(),
            name: c.name,
            name_en: c.name_en,
            mechanism: c.mechanism.as_ref().map(|m| m.name.clone()).unwrap_or_default(),
            mechanism_acronym: c.mechanism.map(|m| m.acronym).unwrap_or_default(),
            seats: Vec::new(),
        }
    }
}

impl Api {
    /// Opens the database at `path`, creating it and loading the reference data when
    /// needed. The app and `pleno init` start here.
    pub fn init(path: &Path) -> Result<(Self, InitReport)> {
        let (store, opened, reference_loaded) = Store::init(path, &ReferenceData::shipped())?;
        let api = Api { store, consult: None };
        let report = InitReport {
            path: path.display().to_string(),
            created: opened == Opened::Created,
            backup: match opened {
                Opened::Upgraded { backup, .. } => Some(backup.display().to_string()),
                _ => None,
            },
            reference_loaded,
        };
        Ok((api, report))
    }

    /// Opens an existing database; a missing file is an error, not a new archive, and
    /// so is one left without its reference data (`pleno init` completes it).
    pub fn open(path: &Path) -> Result<Self> {
        Api::open_store(path, OpenMode::MustExist)
    }

    /// A database in memory with the reference data, for tests.
    pub fn in_memory() -> Result<Self> {
        let mut store = Store::open_in_memory()?;
        store.load_reference(&ReferenceData::shipped())?;
        Ok(Api { store, consult: None })
    }

    pub fn db_path(&self) -> Option<PathBuf> {
        self.store.path().map(Path::to_path_buf)
    }

    pub fn app_info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            db_path: self.db_path().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
            schema_version: pleno_store::CURRENT_VERSION as i32,
            read_only: self.consult.clone(),
        }
    }

    pub fn plan(&self) -> Result<PlanExport> {
        Ok(self.store.plan()?)
    }

    pub fn countries(&self) -> Result<Vec<CountryListing>> {
        Ok(self.store.countries()?.into_iter().map(CountryListing::from).collect())
    }

    pub fn settings(&self) -> Result<Settings> {
        settings::read(&self.store)
    }

    pub fn update_settings(&mut self, draft: &SettingsDraft) -> Result<Settings> {
        settings::write(&mut self.store, &draft.checked()?)?;
        self.settings()
    }
}
