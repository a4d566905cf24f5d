//! Tauri commands of the accountability registers and reports: adapters over
//! `pleno_api::Api` that make the same calls as `pleno representation`,
//! `alliance`, `milestone`, `practice` and `report`. The clock is read here, at
//! the boundary.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::accountability::{AllianceDraft, GoodPracticeDraft, MilestoneDraft, RepresentationDraft};
use pleno_api::accountability_csv::CsvRegister;
use pleno_api::accountability_indicators::RegisterIndicator;
use pleno_api::accountability_report::AccountabilityReport;
use pleno_api::ApiError;
use pleno_domain::accountability::{Alliance, CountryReport, GoodPractice, Milestone, Representation};
use pleno_domain::directory_model::Office;
use tauri::State;

use crate::commands::with_api;
use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

fn today() -> NaiveDate {
    now().date()
}

#[tauri::command(async)]
pub fn representation_list(state: State<'_, AppState>, pending: bool) -> Result<Vec<Representation>> {
    with_api(&state, |api| api.representations(pending))
}

#[tauri::command(async)]
pub fn representation_add(state: State<'_, AppState>, draft: RepresentationDraft) -> Result<Representation> {
    with_api(&state, |api| api.add_representation(&draft, now()))
}

#[tauri::command(async)]
pub fn representation_report_back(
    state: State<'_, AppState>,
    id: i64,
    meeting_id: i64,
    item_id: Option<i64>,
) -> Result<Representation> {
    with_api(&state, |api| api.report_back(id, meeting_id, item_id))
}

#[tauri::command(async)]
pub fn alliance_list(state: State<'_, AppState>) -> Result<Vec<Alliance>> {
    with_api(&state, |api| api.alliances())
}

#[tauri::command(async)]
pub fn alliance_add(state: State<'_, AppState>, draft: AllianceDraft) -> Result<Alliance> {
    with_api(&state, |api| api.add_alliance(&draft))
}

#[tauri::command(async)]
pub fn alliance_action_add(state: State<'_, AppState>, id: i64, title: String, done_on: NaiveDate) -> Result<Alliance> {
    with_api(&state, |api| api.add_alliance_action(id, &title, done_on))
}

#[tauri::command(async)]
pub fn milestone_list(state: State<'_, AppState>) -> Result<Vec<Milestone>> {
    with_api(&state, |api| api.milestones())
}

#[tauri::command(async)]
pub fn milestone_add(state: State<'_, AppState>, draft: MilestoneDraft) -> Result<Milestone> {
    with_api(&state, |api| api.add_milestone(&draft))
}

#[tauri::command(async)]
pub fn practice_list(state: State<'_, AppState>) -> Result<Vec<GoodPractice>> {
    with_api(&state, |api| api.good_practices())
}

#[tauri::command(async)]
pub fn practice_add(state: State<'_, AppState>, draft: GoodPracticeDraft) -> Result<GoodPractice> {
    with_api(&state, |api| api.add_good_practice(&draft))
}

#[tauri::command(async)]
pub fn practice_replicate(state: State<'_, AppState>, id: i64, country: String, on: NaiveDate) -> Result<GoodPractice> {
    with_api(&state, |api| api.replicate_practice(id, &country, on))
}

#[tauri::command(async)]
pub fn country_report_list(state: State<'_, AppState>) -> Result<Vec<CountryReport>> {
    with_api(&state, |api| api.country_reports())
}

/// Records a state's report at a session, with the file at `path` when one is chosen.
#[tauri::command(async)]
pub fn country_report_record(
    state: State<'_, AppState>,
    meeting_id: i64,
    country: String,
    path: Option<PathBuf>,
) -> Result<CountryReport> {
    with_api(&state, |api| match &path {
        Some(path) => api.record_country_report_file(meeting_id, &country, path, now()),
        None => api.record_country_report(meeting_id, &country, None, now()),
    })
}

#[tauri::command(async)]
pub fn register_indicators(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<RegisterIndicator>> {
    with_api(&state, |api| api.register_indicators(from, to))
}

/// The end-of-term report of `office` for the term in force on `on` (today when none).
#[tauri::command(async)]
pub fn report_term(state: State<'_, AppState>, office: Office, on: Option<NaiveDate>) -> Result<AccountabilityReport> {
    with_api(&state, |api| api.term_report(office, on.unwrap_or_else(today)))
}

#[tauri::command(async)]
pub fn report_accountability(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<AccountabilityReport> {
    with_api(&state, |api| api.accountability_report(from, to))
}

#[tauri::command(async)]
pub fn register_csv_save(state: State<'_, AppState>, register: CsvRegister, path: PathBuf) -> Result<()> {
    with_api(&state, |api| api.save_register_csv(register, &path))
}
