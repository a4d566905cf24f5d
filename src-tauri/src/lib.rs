//! The desktop app: a window over Pleno's API. Each command is a one-line adapter
//! over `pleno_api::Api`; nothing here decides anything the CLI could not also do.

mod commands;

use std::sync::Mutex;

use pleno_api::Api;
use tauri::Manager;

/// The one open database, shared by the commands. A mutex, because SQLite writes
/// must not interleave; the single-instance plugin keeps a second window (and so a
/// second writer) from ever opening.
pub struct AppState(pub Mutex<Api>);

pub fn run() {
    let db_path = pleno_api::resolve_db_path(None);
    let api = match Api::init(&db_path) {
        Ok((api, _report)) => api,
        Err(error) => {
            // No window can be trusted with a database we could not open; say why and stop.
            eprintln!("Pleno no puede abrir la base de datos {}: {error}", db_path.display());
            std::process::exit(2);
        }
    };
    run_app(tauri::Builder::default(), api);
}

/// Builds and runs the app with the given builder, so tests can pass a mock one.
pub fn run_app<R: tauri::Runtime>(builder: tauri::Builder<R>, api: Api) {
    builder
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState(Mutex::new(api)))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::plan_get,
            commands::country_list,
            commands::settings_get,
            commands::settings_set,
            commands::directory_get,
            commands::people_list,
            commands::person_get,
            commands::person_add,
            commands::person_update,
            commands::seat_assign,
            commands::seat_end,
            commands::organisation_list,
            commands::organisation_add,
            commands::representative_add,
            commands::directory_export,
            commands::person_vcard_export,
            commands::directory_import,
            commands::meeting_list,
            commands::meeting_get,
            commands::meeting_create,
            commands::meeting_update,
            commands::meeting_advance,
            commands::agenda_standard,
            commands::agenda_add,
            commands::agenda_update,
            commands::agenda_remove,
            commands::agenda_move,
            commands::agenda_approve,
            commands::agenda_attach,
            commands::document_save,
            commands::meeting_ics_save,
            commands::attendance_list,
            commands::attendance_mark,
            commands::attendance_leave,
            commands::attendance_guest,
            commands::quorum_get,
            commands::quorum_check,
            commands::quorum_history,
            commands::decision_add,
            commands::decision_get,
            commands::decision_result,
            commands::decision_list,
            commands::vote_cast,
            commands::vote_recount,
            commands::consensus_position,
            commands::agreement_add,
            commands::agreement_get,
            commands::agreement_list,
            commands::agreement_follow_up,
            commands::agreement_link,
            commands::agreements_export,
            commands::search,
            commands::indicators_computed,
            commands::plan_progress,
            commands::pdf_save,
            commands::minutes_get,
            commands::minutes_note,
            commands::minutes_circulate,
            commands::minutes_approve,
            commands::minutes_verify,
            commands::erratum_add,
            commands::erratum_approve,
            commands::office_assign,
            commands::committee_add,
            commands::committee_member_add,
            commands::member_add,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Pleno");
}
