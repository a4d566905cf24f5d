//! A copy to consult: a delegate's `.pleno` bundle, or any archive, opened so that
//! nothing can be written (`pleno --read-only`, `pleno-app --read-only FILE`). The
//! store opens it with SQLite's read-only flag and refuses every write transaction
//! itself, so a write fails however it is attempted. A bundle is verified and its
//! database extracted to a folder of its own first; the copy carries the date of
//! its data for the banner.

use std::path::Path;

use chrono::NaiveDate;
use pleno_domain::lang::long_date;
use pleno_domain::{Language, Text};
use pleno_store::OpenMode;
use serde::Serialize;
use ts_rs::TS;

use crate::bundle::SNAPSHOT;
use crate::bundle_verify::{consult_folder, verify_into};
use crate::{Api, Result};

/// What the app says about a copy being consulted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConsultCopy {
    /// The file that was opened: the bundle, or the database itself.
    pub source: String,
    /// The date of the data: when the bundle was exported, or the file last changed.
    pub as_of: NaiveDate,
    /// "Copia de consulta — datos al 10 de diciembre de 2026".
    pub banner: Text,
}

impl Api {
    /// Opens `path` — a `.pleno` bundle or a database — for reading only.
    pub fn open_read_only(path: &Path) -> Result<Api> {
        let (database, as_of) = match is_bundle(path) {
            true => extract_bundle(path)?,
            false => (path.to_path_buf(), modified_on(path)),
        };
        let mut api = Api::open_store(&database, OpenMode::ReadOnly)?;
        api.consult = Some(ConsultCopy { source: path.display().to_string(), as_of, banner: banner(as_of) });
        Ok(api)
    }

    /// The copy being consulted, when this archive was opened read-only.
    pub fn consult_copy(&self) -> Option<&ConsultCopy> {
        self.consult.as_ref()
    }

    pub fn is_read_only(&self) -> bool {
        self.store.is_read_only()
    }

    /// Another connection to the same file, for a reader beside the writer: opened
    /// read-only when this one is, and consulting the same copy, so a reader answers
    /// exactly as the writer would. `None` for a database in memory.
    pub fn reader(&self) -> Option<Result<Api>> {
        let path = self.db_path()?;
        let mode = if self.is_read_only() { OpenMode::ReadOnly } else { OpenMode::MustExist };
        Some(Api::open_store(&path, mode).map(|mut api| {
            api.consult = self.consult.clone();
            api
        }))
    }
}

/// A bundle is a zip: its first bytes say so, whatever its name.
pub fn is_bundle(path: &Path) -> bool {
    let mut head = [0u8; 4];
    std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head)).is_ok()
        && head == *b"PK\x03\x04"
}

/// Verifies the bundle and leaves its database in a folder of its own; an older
/// schema is upgraded there, in the extracted copy, never in the bundle.
fn extract_bundle(path: &Path) -> Result<(std::path::PathBuf, NaiveDate)> {
    let folder = consult_folder(path);
    std::fs::create_dir_all(&folder).map_err(|e| crate::files::unreadable(&folder, &e))?;
    let database = folder.join(SNAPSHOT);
    let check = verify_into(path, &database)?;
    if check.database.schema_version != pleno_store::CURRENT_VERSION {
        drop(Api::open_store(&database, OpenMode::MustExist)?);
    }
    Ok((database, check.manifest.exported_at.date()))
}

fn modified_on(path: &Path) -> NaiveDate {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).unwrap_or_else(|_| std::time::SystemTime::now());
    chrono::DateTime::<chrono::Local>::from(modified).date_naive()
}

fn banner(as_of: NaiveDate) -> Text {
    Text::new(
        format!("Copia de consulta — datos al {}", long_date(Language::Es, as_of)),
        format!("Read-only copy — data as of {}", long_date(Language::En, as_of)),
    )
}

/// The refusal of a write to a read-only copy, for a caller that refuses before
/// opening anything (`pleno --read-only restore`); the store gives the same one.
pub fn refusal() -> crate::ApiError {
    pleno_store::StoreError::ReadOnly.into()
}
