//! `pleno restore`: a copy put back as the archive. The copy is checked first and
//! refused when it is damaged (integrity or minutes chain), from a newer Pleno or
//! not Pleno's at all; the archive it replaces is kept beside it, dated, so a
//! restore can itself be undone.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use pleno_domain::{Language, Localized};
use serde::Serialize;
use ts_rs::TS;

use crate::backup::{check_copy, CopyCheck};
use crate::{ApiError, ErrorCode, Result};

/// Why a copy was not restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum RestoreError {
    /// The copy failed its checks; `what` is the first thing found wrong.
    Damaged { path: String, what: String },
}

impl Localized for RestoreError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (RestoreError::Damaged { path, what }, Language::Es) => {
                format!("la copia {path} está dañada ({what}); no se restauró nada")
            }
            (RestoreError::Damaged { path, what }, Language::En) => {
                format!("the copy {path} is damaged ({what}); nothing was restored")
            }
        }
    }
}

impl From<RestoreError> for ApiError {
    fn from(error: RestoreError) -> Self {
        ApiError::refusal(ErrorCode::Database, &error)
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RestoreReport {
    /// The archive now in place.
    pub path: String,
    /// Where the archive it replaced was kept, when there was one.
    pub kept: Option<String>,
    /// What was checked on the copy before it was restored.
    pub check: CopyCheck,
}

/// Checks `copy`, then puts it in place of `target`; `now` dates the kept archive.
pub fn restore(copy: &Path, target: &Path, now: NaiveDateTime) -> Result<RestoreReport> {
    let check = check_copy(copy)?;
    refuse_unsound(copy, &check)?;
    let kept = keep_aside(target, now)?;
    install(copy, target)?;
    Ok(RestoreReport { path: target.display().to_string(), kept: kept.map(|p| p.display().to_string()), check })
}

/// A damaged copy is refused with the first thing found wrong, in Spanish.
pub(crate) fn refuse_unsound(copy: &Path, check: &CopyCheck) -> Result<()> {
    if check.sound {
        return Ok(());
    }
    let what = match (check.integrity_problems.first(), &check.first_mismatch) {
        (Some(problem), _) => format!("integrity_check: {problem}"),
        (None, Some(acta)) => format!("acta: {acta}"),
        (None, None) => "integrity_check".to_string(),
    };
    Err(RestoreError::Damaged { path: copy.display().to_string(), what }.into())
}

/// Copies the archive at `target` (if any) to `pleno.db.20261201-224500.before-restore.bak`.
pub(crate) fn keep_aside(target: &Path, now: NaiveDateTime) -> Result<Option<PathBuf>> {
    if !target.exists() {
        return Ok(None);
    }
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{}.before-restore.bak", now.format("%Y%m%d-%H%M%S")));
    let kept = target.with_file_name(name);
    match pleno_store::copy_file(target, &kept) {
        Ok(()) => {}
        // A file SQLite cannot read is kept byte for byte.
        Err(pleno_store::StoreError::NotPleno(_)) | Err(pleno_store::StoreError::CopyFailed { .. }) => {
            std::fs::copy(target, &kept).map_err(|e| crate::files::unreadable(target, &e))?;
        }
        Err(other) => return Err(other.into()),
    }
    Ok(Some(kept))
}

/// Puts a copy of `copy` at `target`: staged beside it, the old journal files
/// removed (they belong to the replaced archive), then renamed into place.
pub(crate) fn install(copy: &Path, target: &Path) -> Result<()> {
    let mut staged_name = target.file_name().unwrap_or_default().to_os_string();
    staged_name.push(".restoring");
    let staged = target.with_file_name(staged_name);
    pleno_store::copy_file(copy, &staged)?;
    for suffix in ["-wal", "-shm"] {
        let mut sidecar = target.as_os_str().to_os_string();
        sidecar.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(sidecar));
    }
    std::fs::rename(&staged, target).map_err(|e| {
        let _ = std::fs::remove_file(&staged);
        ApiError::from(crate::files::FileError::Unwritable {
            path: target.display().to_string(),
            reason: e.to_string(),
        })
    })
}
