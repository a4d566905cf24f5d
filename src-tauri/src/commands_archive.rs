//! Tauri commands for copies of the archive: the automatic backups listed and
//! taken in Ajustes, a copy restored, the handover bundle saved where the user
//! chose, and a copy opened to consult. Each is one call into `pleno_api`, as the
//! CLI's `backup`, `restore`, `archive export` and `--read-only` make.

use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use pleno_api::backup::CopyCheck;
use pleno_api::backup_rotation::{BackupPolicy, Backups};
use pleno_api::bundle::{ExportReport, Exporter};
use pleno_api::restore::RestoreReport;
use pleno_api::{Api, ApiError, AppInfo};
use tauri::State;

use crate::commands::with_api;
use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

#[tauri::command(async)]
pub fn backup_list(state: State<'_, AppState>) -> Result<Backups> {
    with_api(&state, |api| api.backups_view())
}

#[tauri::command(async)]
pub fn backup_now(state: State<'_, AppState>) -> Result<CopyCheck> {
    with_api(&state, |api| api.backup_now(today()))
}

#[tauri::command(async)]
pub fn backup_policy_set(state: State<'_, AppState>, policy: BackupPolicy) -> Result<BackupPolicy> {
    with_api(&state, |api| api.set_backup_policy(policy))
}

/// Puts the copy at `path` in place of the open archive, which is closed first
/// and opened again afterwards — the restored one, or the old one if refused.
#[tauri::command(async)]
pub fn backup_restore(state: State<'_, AppState>, path: PathBuf) -> Result<RestoreReport> {
    with_api(&state, |api| {
        if api.is_read_only() {
            return Err(pleno_api::read_only::refusal());
        }
        let db = api.db_path().ok_or_else(|| ApiError::from(pleno_api::backup_rotation::BackupError::NoFolder))?;
        drop(std::mem::replace(api, Api::in_memory()?));
        let restored = pleno_api::restore::restore(&path, &db, Local::now().naive_local());
        *api = Api::init(&db)?.0;
        restored
    })
}

/// The handover bundle, written where the Save dialog said.
#[tauri::command(async)]
pub fn archive_export(state: State<'_, AppState>, path: PathBuf) -> Result<ExportReport> {
    let by = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    with_api(&state, |api| api.export_bundle(&path, &Exporter { by, at: Local::now().naive_local() }))
}

/// «Abrir copia de consulta…»: the window now shows the copy at `path`, read-only.
#[tauri::command(async)]
pub fn readonly_open(state: State<'_, AppState>, path: PathBuf) -> Result<AppInfo> {
    with_api(&state, |api| {
        *api = Api::open_read_only(&path)?;
        Ok(api.app_info())
    })
}
