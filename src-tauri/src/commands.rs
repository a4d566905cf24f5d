//! Tauri commands: one line each over `pleno_api::Api`. Errors cross to the UI as
//! `ApiError { code, message }` with the message in plain Spanish.

use pleno_api::{ApiError, AppInfo, CountryListing, Settings};
use pleno_domain::plan::PlanExport;
use tauri::State;

use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

fn with_api<T>(state: &State<AppState>, f: impl FnOnce(&mut pleno_api::Api) -> Result<T>) -> Result<T> {
    let mut api = state.0.lock().map_err(|_| ApiError {
        code: pleno_api::ErrorCode::Internal,
        message: "Pleno encontró un error interno; reinicie la aplicación.".into(),
    })?;
    f(&mut api)
}

#[tauri::command]
pub fn app_info(state: State<AppState>) -> Result<AppInfo> {
    with_api(&state, |api| Ok(api.app_info()))
}

#[tauri::command]
pub fn plan_get(state: State<AppState>) -> Result<PlanExport> {
    with_api(&state, |api| api.plan())
}

#[tauri::command]
pub fn country_list(state: State<AppState>) -> Result<Vec<CountryListing>> {
    with_api(&state, |api| api.countries())
}

#[tauri::command]
pub fn settings_get(state: State<AppState>) -> Result<Settings> {
    with_api(&state, |api| api.settings())
}

#[tauri::command]
pub fn settings_set(state: State<AppState>, settings: Settings) -> Result<Settings> {
    with_api(&state, |api| api.update_settings(&settings))
}
