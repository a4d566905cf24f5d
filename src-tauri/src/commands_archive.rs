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
    state.replace_with(|api| {
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
    state.replace_with(|api| {
        *api = Api::open_read_only(&path)?;
        Ok(api.app_info())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ipc::{app_over, invoke};

    #[test]
    fn a_bundle_saved_and_opened_through_the_commands_is_a_copy_that_refuses_writes() {
        let dir = std::env::temp_dir().join(format!("pleno-traspaso-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (mut api, _) = Api::init(&dir.join("pleno.db")).unwrap();
        api.load_demo().unwrap();
        let (_app, webview) = app_over(api);

        let copies = invoke(&webview, "backup_now", serde_json::json!({})).unwrap();
        assert_eq!(copies["sound"], true, "{copies}");
        let listed = invoke(&webview, "backup_list", serde_json::json!({})).unwrap();
        assert_eq!(listed["files"].as_array().map(Vec::len), Some(1));
        assert_eq!(listed["policy"], serde_json::json!({ "daily": 7, "weekly": 8 }));

        let bundle = dir.join("coalicion.pleno");
        let exported = invoke(&webview, "archive_export", serde_json::json!({ "path": bundle })).unwrap();
        assert!(exported["manifest"]["members"].as_array().unwrap().len() >= 4);
        let info = invoke(&webview, "readonly_open", serde_json::json!({ "path": bundle })).unwrap();
        assert!(info["read_only"]["banner"]["es"].as_str().unwrap().starts_with("Copia de consulta — datos al"));
        let refused = invoke(&webview, "person_add", serde_json::json!({ "draft": { "name": "Nadie" } })).unwrap_err();
        assert_eq!((refused["code"].as_str(), refused["kind"].as_str()), (Some("read_only"), Some("read_only")));
        let restore = invoke(&webview, "backup_restore", serde_json::json!({ "path": bundle })).unwrap_err();
        assert_eq!(restore["kind"], "read_only", "a copy to consult restores nothing");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
