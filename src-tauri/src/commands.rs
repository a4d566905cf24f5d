//! Tauri commands: one line each over `pleno_api::Api`. Errors cross to the UI as
//! `ApiError { code, message }` with the message in plain Spanish.

use chrono::NaiveDate;
use pleno_api::directory::{OrganisationDraft, PersonDetail, SeatAssignment};
use pleno_api::directory_csv::ImportReport;
use pleno_api::directory_vcard::VcardScope;
use pleno_api::directory_view::Directory;
use pleno_api::{ApiError, AppInfo, CountryListing, Settings};
use pleno_domain::country::Crime;
use pleno_domain::directory_model::{Organisation, Person, PersonDraft, Representation, SeatAppointment};
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
    with_api(&state, |api| api.countries_on(today()))
}

#[tauri::command]
pub fn settings_get(state: State<AppState>) -> Result<Settings> {
    with_api(&state, |api| api.settings())
}

#[tauri::command]
pub fn settings_set(state: State<AppState>, settings: Settings) -> Result<Settings> {
    with_api(&state, |api| api.update_settings(&settings))
}

// ── Directory ────────────────────────────────────────────────────────────────

/// Today, read at the boundary: the API never reads the clock itself.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn date_or_today(on: Option<String>) -> Result<NaiveDate> {
    match on {
        Some(text) => Ok(pleno_domain::dates::parse_date("la fecha", &text)?),
        None => Ok(today()),
    }
}

#[tauri::command]
pub fn directory_get(state: State<AppState>, on: Option<String>) -> Result<Directory> {
    with_api(&state, |api| api.directory(date_or_today(on)?))
}

#[tauri::command]
pub fn people_list(state: State<AppState>, search: Option<String>) -> Result<Vec<Person>> {
    with_api(&state, |api| api.people(search.as_deref()))
}

#[tauri::command]
pub fn person_get(state: State<AppState>, id: i64) -> Result<PersonDetail> {
    with_api(&state, |api| api.person(id))
}

#[tauri::command]
pub fn person_add(state: State<AppState>, draft: PersonDraft) -> Result<Person> {
    with_api(&state, |api| api.add_person(&draft))
}

#[tauri::command]
pub fn person_update(state: State<AppState>, id: i64, draft: PersonDraft) -> Result<Person> {
    with_api(&state, |api| api.update_person(id, &draft))
}

#[tauri::command]
pub fn seat_assign(state: State<AppState>, assignment: SeatAssignment) -> Result<SeatAppointment> {
    with_api(&state, |api| api.assign_seat(&assignment))
}

#[tauri::command]
pub fn seat_end(
    state: State<AppState>,
    person_id: i64,
    country: String,
    mandate: Crime,
    on: String,
) -> Result<SeatAppointment> {
    with_api(&state, |api| {
        api.end_seat(person_id, &country, mandate, pleno_domain::dates::parse_date("la fecha", &on)?)
    })
}

#[tauri::command]
pub fn organisation_list(state: State<AppState>) -> Result<Vec<Organisation>> {
    with_api(&state, |api| api.organisations())
}

#[tauri::command]
pub fn organisation_add(state: State<AppState>, draft: OrganisationDraft) -> Result<Organisation> {
    with_api(&state, |api| api.add_organisation(&draft))
}

#[tauri::command]
pub fn representative_add(
    state: State<AppState>,
    person_id: i64,
    organisation_id: i64,
    starts_on: String,
    ends_on: Option<String>,
) -> Result<Representation> {
    with_api(&state, |api| {
        let from = pleno_domain::dates::parse_date("desde", &starts_on)?;
        let to = ends_on.map(|t| pleno_domain::dates::parse_date("hasta", &t)).transpose()?;
        api.add_representative(person_id, organisation_id, from, to)
    })
}

/// Writes the directory to `path`, chosen by the user in the save dialog.
#[tauri::command]
pub fn directory_export(state: State<AppState>, format: String, path: String, country: Option<String>) -> Result<()> {
    with_api(&state, |api| {
        let text = match format.as_str() {
            "csv" => api.export_directory_csv()?,
            "vcf" => api.export_vcards(&match country {
                Some(code) => VcardScope::Country(code, today()),
                None => VcardScope::Everyone,
            })?,
            other => return Err(ApiError::invalid(format!("Formato desconocido «{other}»: use csv o vcf"))),
        };
        pleno_api::write_file_atomically(std::path::Path::new(&path), text.as_bytes())
    })
}

#[tauri::command]
pub fn person_vcard_export(state: State<AppState>, id: i64, path: String) -> Result<()> {
    with_api(&state, |api| {
        let text = api.export_vcards(&VcardScope::Person(id))?;
        pleno_api::write_file_atomically(std::path::Path::new(&path), text.as_bytes())
    })
}

/// Reads a CSV chosen in the open dialog; with `dry_run` only reports.
#[tauri::command]
pub fn directory_import(state: State<AppState>, path: String, dry_run: bool) -> Result<ImportReport> {
    with_api(&state, |api| {
        let text =
            std::fs::read_to_string(&path).map_err(|e| ApiError::invalid(format!("No se pudo leer {path}: {e}")))?;
        api.import_directory_csv(&text, dry_run)
    })
}
