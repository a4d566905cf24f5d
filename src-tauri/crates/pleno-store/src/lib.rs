//! Pleno's store: one SQLite file per Coalition archive.
//!
//! `Store` owns the connection and is the one place that begins and commits
//! transactions: readers get a `&Connection`, writers a `&Transaction` that commits
//! only when the whole change succeeded. The SQL of each table lives in its own
//! `*_db` module.

pub mod agenda_db;
pub mod agreement_db;
pub mod alliance_db;
pub mod appointment_db;
pub mod attendance_db;
pub mod committee_db;
pub mod computed_db;
pub mod copy;
pub mod country_db;
pub mod country_report_db;
pub mod decision_db;
pub mod error;
pub mod good_practice_db;
pub mod health;
pub mod indicator_target_db;
pub mod meeting_db;
pub mod meeting_outcome_db;
pub mod milestone_db;
pub mod minutes_db;
pub mod monitoring_db;
mod open;
pub mod organisation_db;
pub mod person_db;
pub mod plan_db;
pub mod poa_db;
pub mod register_db;
pub mod representation_db;
mod schema;
pub mod search_query;
pub mod search_rank;
pub mod setting_db;
pub mod stored_file_db;

use std::path::{Path, PathBuf};

use pleno_domain::country::Country;
use pleno_domain::plan::PlanExport;
use pleno_domain::reference::ReferenceData;
use rusqlite::TransactionBehavior;
pub use rusqlite::{Connection, Transaction};

pub use copy::{copy_file, inspect_copy, CopyFacts};
pub use error::StoreError;
pub use open::{OpenMode, Opened, MAX_PAGES_ENV};
pub use schema::CURRENT_VERSION;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Opened with `OpenMode::ReadOnly`: `write` and `rehearse` refuse before
    /// beginning, and SQLite itself would refuse any statement that writes.
    read_only: bool,
}

impl Store {
    /// Opens (and, where needed, creates or upgrades) the database at `path`.
    /// A file that is not Pleno's, or was written by a newer Pleno, is refused and
    /// left untouched; before an upgrade a dated copy is taken beside it.
    pub fn open(path: &Path, mode: OpenMode) -> Result<(Self, Opened)> {
        let (conn, opened) = open::open_file(path, mode, None)?;
        let read_only = mode == OpenMode::ReadOnly;
        Ok((Store { conn, path: Some(path.to_path_buf()), read_only }, opened))
    }

    /// `pleno init`: opens or creates the archive at `path` and makes sure it has the
    /// reference data. A new file gets schema and reference data in one transaction;
    /// an existing one lacking them (left incomplete by an older Pleno) gets them now.
    /// Returns what opening did and whether the reference data were loaded.
    pub fn init(path: &Path, data: &ReferenceData) -> Result<(Self, Opened, bool)> {
        let (conn, opened) = open::open_file(path, OpenMode::CreateIfMissing, Some(data))?;
        let mut store = Store { conn, path: Some(path.to_path_buf()), read_only: false };
        let loaded = opened == Opened::Created || store.load_reference(data)?;
        Ok((store, opened, loaded))
    }

    /// Refuses an archive without its member states or plan, with the way to repair it.
    pub fn ensure_complete(&self) -> Result<()> {
        if open::is_complete(&self.conn)? {
            return Ok(());
        }
        Err(StoreError::Incomplete(self.path.clone().unwrap_or_default()))
    }

    /// A fresh database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        let conn = open::open_memory()?;
        Ok(Store { conn, path: None, read_only: false })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The one door to a write transaction (`write` and `rehearse` both pass it):
    /// a read-only copy is refused here, before anything begins.
    fn begin(&mut self) -> Result<Transaction<'_>> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    pub fn read<T, E: From<StoreError>>(&self, f: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E> {
        f(&self.conn)
    }

    /// Runs `f` in one IMMEDIATE transaction: all of it is written, or none of it.
    /// The error type is the caller's, so a rule broken half-way (an `ApiError`)
    /// rolls the change back just as a failed statement does.
    pub fn write<T, E: From<StoreError>>(&mut self, f: impl FnOnce(&Transaction) -> Result<T, E>) -> Result<T, E> {
        let tx = self.begin()?;
        let value = f(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Runs `f` in a transaction that is always rolled back: a rehearsal, for
    /// previews ("--dry-run") that must check everything a real write would.
    pub fn rehearse<T, E: From<StoreError>>(&mut self, f: impl FnOnce(&Transaction) -> Result<T, E>) -> Result<T, E> {
        let tx = self.begin()?;
        let value = f(&tx)?;
        tx.rollback().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Loads the shipped reference data (member states, the founding offices and the
    /// plan) into an empty database. Returns whether anything was loaded: a second
    /// call changes nothing.
    pub fn load_reference(&mut self, data: &ReferenceData) -> Result<bool> {
        self.write(|tx| open::load_reference(tx, data))
    }

    pub fn plan(&self) -> Result<PlanExport> {
        self.read(plan_db::read)
    }

    pub fn countries(&self) -> Result<Vec<Country>> {
        self.read(country_db::list)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.read(|conn| setting_db::get(conn, key))
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| setting_db::set(tx, key, value))
    }
}
