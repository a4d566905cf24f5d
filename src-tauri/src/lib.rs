//! The desktop app: a window over Pleno's API. The commands are thin adapters over
//! `pleno_api::Api` (see `commands.rs`); nothing here decides anything the CLI
//! could not also do.

mod app_state;
mod command_log;
mod commands;
mod commands_account;
mod commands_archive;
mod commands_install;
mod commands_publish;
mod launch;
#[cfg(test)]
mod test_ipc;

use pleno_api::Api;
use tauri::Manager;

pub use app_state::AppState;

pub fn run() {
    let launch = launch::Launch::from_args(std::env::args_os().skip(1));
    let db_path = launch.read_only.clone().unwrap_or_else(|| pleno_api::resolve_db_path(None));
    let opened = match &launch.read_only {
        Some(copy) => Api::open_read_only(copy),
        None => Api::init(&db_path).map(|(api, _report)| api),
    };
    let api = match opened {
        Ok(api) => api,
        Err(error) => {
            // No window can be trusted with a database we could not open; say why and stop.
            eprintln!("Pleno no puede abrir la base de datos {}: {error}", db_path.display());
            std::process::exit(2);
        }
    };
    if !api.is_read_only() {
        // The day's automatic copy; a failure is said, and the app opens all the same.
        if let Err(error) = api.backup_if_due(chrono::Local::now().date_naive()) {
            eprintln!("Pleno no pudo hacer la copia de seguridad del día: {error}");
        }
    }
    let app = build_app(with_plugins(tauri::Builder::default()), api, tauri::generate_context!());
    app.run(|_, _| {});
}

/// The desktop's plugins: one window per database, the window's place kept, the
/// system's file dialogs. Kept apart from `build_app` because single-instance
/// needs the session's D-Bus, which the mock runtime of the tests has not.
fn with_plugins<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(command_log::plugin())
}

/// The app over `api` with every command, on any runtime: the real one in `run`,
/// `tauri::test::mock_builder()` in the tests below.
pub fn build_app<R: tauri::Runtime>(builder: tauri::Builder<R>, api: Api, context: tauri::Context<R>) -> tauri::App<R> {
    builder
        .manage(AppState::new(api))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::plan_get,
            commands::country_list,
            commands::settings_get,
            commands::settings_set,
            commands::directory_get,
            commands::people_list,
            commands::people_page,
            commands::archive_page,
            commands::meeting_page,
            commands::meeting_next,
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
            commands::agreement_page,
            commands::search_page,
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
            commands::operating_plan_get,
            commands::monitoring_rollup,
            commands::monitoring_report_list,
            commands::monitoring_report_get,
            commands::monitoring_report_add,
            commands::monitoring_entry_set,
            commands::monitoring_template_save,
            commands::monitoring_import,
            commands::monitoring_evidence_attach,
            commands::monitoring_evidence_save,
            commands::country_profile,
            commands::poa_create,
            commands::poa_objective_add,
            commands::poa_activity_add,
            commands::poa_activity_edit,
            commands::poa_activity_remove,
            commands::poa_approve,
            commands::poa_history,
            commands::indicator_detail,
            commands::indicator_target_set,
            commands::indicator_measurement_add,
            commands::indicator_evidence_attach,
            commands::indicator_evidence_save,
            commands_publish::site_publish,
            commands_archive::backup_list,
            commands_archive::backup_now,
            commands_archive::backup_policy_set,
            commands_archive::backup_restore,
            commands_archive::archive_export,
            commands_archive::readonly_open,
            commands_install::diagnostics_get,
            commands_install::diagnostics_text,
            commands_install::command_log,
            commands_install::setup_status,
            commands_install::setup_run,
            commands_install::setup_open_demo,
            commands_account::representation_list,
            commands_account::representation_add,
            commands_account::representation_report_back,
            commands_account::alliance_list,
            commands_account::alliance_add,
            commands_account::alliance_action_add,
            commands_account::milestone_list,
            commands_account::milestone_add,
            commands_account::practice_list,
            commands_account::practice_add,
            commands_account::practice_replicate,
            commands_account::country_report_list,
            commands_account::country_report_record,
            commands_account::register_indicators,
            commands_account::report_term,
            commands_account::report_accountability,
            commands_account::register_csv_save,
        ])
        .build(context)
        .expect("error while building Pleno")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ipc::{app_over, invoke, Window};

    fn app() -> (tauri::App<tauri::test::MockRuntime>, Window) {
        app_over(Api::in_memory().unwrap())
    }

    /// The app over a database in a file, as users run it (readers need a file).
    fn app_on_file(dir: &std::path::Path) -> (tauri::App<tauri::test::MockRuntime>, Window) {
        let (mut api, _) = Api::init(&dir.join("pleno.db")).unwrap();
        api.load_demo().unwrap();
        app_over(api)
    }

    /// Holds what `hold` takes (a reader, the writer) on another thread, as a slow
    /// command would, until `second` has answered: true if it answered meanwhile.
    fn answers_while_held<G>(hold: impl FnOnce() -> G + Send, second: impl FnOnce()) -> bool {
        let (taken_tx, taken_rx) = std::sync::mpsc::channel();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
        std::thread::scope(|s| {
            let holder = s.spawn(move || {
                let held = hold();
                taken_tx.send(()).unwrap();
                // Held until the second command is done, or for 10 s if it waits for us.
                let answered = done_rx.recv_timeout(std::time::Duration::from_secs(10)).is_ok();
                drop(held);
                answered
            });
            taken_rx.recv().unwrap();
            second();
            done_tx.send(()).unwrap();
            holder.join().unwrap()
        })
    }

    #[test]
    fn a_slow_read_delays_neither_a_second_read_nor_a_write_and_a_long_write_no_read() {
        let dir = tempfile::tempdir().unwrap();
        let (app, webview) = app_on_file(dir.path());
        let state: &AppState = &app.state::<AppState>();
        assert!(state.readers() >= 2, "readers open on the file");
        let page = || {
            let args = serde_json::json!({ "filter": {}, "cursor": null, "limit": 2 });
            let page = invoke(&webview, "agreement_page", args).unwrap();
            assert_eq!(page["items"].as_array().map(Vec::len), Some(2));
            assert_eq!(page["total"], 8, "the demo's agreements");
        };
        assert!(answers_while_held(|| state.reader().unwrap(), page), "a second read waited for the first");
        let write = || {
            let settings = invoke(&webview, "settings_get", serde_json::json!({})).unwrap();
            invoke(&webview, "settings_set", serde_json::json!({ "settings": settings })).unwrap();
        };
        assert!(answers_while_held(|| state.reader().unwrap(), write), "a write waited for a read");
        let search = || {
            let args = serde_json::json!({ "text": "repatriación", "cursor": null, "limit": 5 });
            assert!(invoke(&webview, "search_page", args).unwrap()["total"].as_u64().unwrap() > 0);
        };
        assert!(answers_while_held(|| state.writer().unwrap(), search), "a read waited for a write");
    }

    #[test]
    fn the_app_answers_its_commands_from_the_api() {
        let (_app, webview) = app();
        let settings = invoke(&webview, "settings_get", serde_json::json!({})).unwrap();
        assert_eq!(settings["language"], "es");
        let countries = invoke(&webview, "country_list", serde_json::json!({})).unwrap();
        assert_eq!(countries.as_array().map(Vec::len), Some(9), "the nine member states");
    }

    #[test]
    fn a_refusal_crosses_to_the_ui_as_a_kind_with_its_message_in_both_languages() {
        let (_app, webview) = app();
        let draft = serde_json::json!({
            "kind": "ordinaria", "number": null, "starts_on": "2027-03-01", "ends_on": null,
            "start_time": null, "city": "", "country": null, "host": null, "modality": "virtual", "link": ""
        });
        let error = invoke(&webview, "meeting_create", serde_json::json!({ "draft": draft })).unwrap_err();
        assert_eq!(error["code"], "invalid");
        assert_eq!(error["kind"], "link_required");
        assert!(error["message"].as_str().unwrap().starts_with("Falta el enlace"), "{error}");
        assert!(error["message_en"].as_str().unwrap().starts_with("The link is missing"), "{error}");
        let missing = invoke(&webview, "meeting_get", serde_json::json!({ "id": 404 })).unwrap_err();
        assert_eq!(missing["code"], "not_found", "the UI shows an empty state for it");
    }

    #[test]
    fn a_monitoring_report_sent_by_the_form_is_checked_by_the_api_and_counts_in_the_rollup() {
        let (_app, webview) = app();
        let entry = |status: &str, progress: u8| {
            serde_json::json!({
                "activity": "1.1.1", "progress": progress, "status": status, "justification": ""
            })
        };
        let draft = |entry: serde_json::Value| {
            serde_json::json!({ "draft": {
                "year": 2018, "semester": 2, "country": "NI", "reported_on": "2018-12-20", "entries": [entry]
            }})
        };
        let refused = invoke(&webview, "monitoring_report_add", draft(entry("cumplida", 90))).unwrap_err();
        assert_eq!(refused["kind"], "achieved_below_full");
        assert!(refused["message_en"].as_str().unwrap().contains("«Achieved»"), "{refused}");
        let report = invoke(&webview, "monitoring_report_add", draft(entry("cumplida", 100))).unwrap();
        assert_eq!(report["version"], 1);
        let rollup = invoke(&webview, "monitoring_rollup", serde_json::json!({ "year": 2018, "upTo": null })).unwrap();
        let ni = rollup["states"].as_array().unwrap().iter().find(|s| s["country"] == "NI").unwrap();
        assert_eq!((ni["semester"].as_u64(), ni["activities_reported"].as_u64()), (Some(2), Some(1)));
        let profile =
            invoke(&webview, "country_profile", serde_json::json!({ "country": "NI", "from": null, "to": null }))
                .unwrap();
        assert_eq!(profile["reports"].as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn the_template_saved_through_a_path_reads_back_in_a_dry_run() {
        let (_app, webview) = app();
        let path = std::env::temp_dir().join(format!("pleno-matriz-{}.xlsx", std::process::id()));
        let args = serde_json::json!({ "year": 2018, "semester": 1, "country": "PA", "path": path });
        invoke(&webview, "monitoring_template_save", args).unwrap();
        let read =
            invoke(&webview, "monitoring_import", serde_json::json!({ "path": path, "mode": "dry_run" })).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!((read["year"].as_i64(), read["country"].as_str()), (Some(2018), Some("PA")));
        let problems = read["problems"].as_array().unwrap();
        assert_eq!(problems.len(), 1, "only the date is missing in a blank template: {problems:?}");
        assert_eq!(problems[0]["cell"], "B2");
        assert!(read["written"].is_null(), "a dry run writes nothing");
    }

    #[test]
    fn a_poa_edited_through_the_commands_keeps_its_history_and_refuses_an_unknown_decision() {
        let (_app, webview) = app();
        let plan = invoke(&webview, "poa_create", serde_json::json!({ "year": 2020, "copyFrom": 2018 })).unwrap();
        assert_eq!(plan["status"], "borrador");
        let patch = serde_json::json!({
            "title": null, "target": "Meta 2020", "indicator": null, "parties": [{ "kind": "presidencia" }],
            "semester_1": null, "semester_2": 50, "weight": 2
        });
        let args = serde_json::json!({ "year": 2020, "code": "1.1.1", "patch": patch, "decisionId": null });
        let edited = invoke(&webview, "poa_activity_edit", args).unwrap();
        assert_eq!((edited["target"].as_str(), edited["weight"].as_u64()), (Some("Meta 2020"), Some(2)));
        let refused =
            invoke(&webview, "poa_approve", serde_json::json!({ "year": 2020, "decisionId": 999 })).unwrap_err();
        assert_eq!(refused["kind"], "no_decision");
        let history = invoke(&webview, "poa_history", serde_json::json!({ "year": 2020 })).unwrap();
        let kinds: Vec<&str> = history.as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["copied", "activity_edited"]);
        assert_eq!(history[1]["by"], "Secretaría Técnica");
    }

    #[test]
    fn an_indicator_target_set_through_the_commands_reads_back_and_a_computed_one_takes_no_measurement() {
        let (_app, webview) = app();
        let target = serde_json::json!({
            "baseline_value": 4.0, "baseline_year": 2018, "target_value": 12.5, "target_year": 2027,
            "unit": "acuerdos", "periodicity": "anual", "means_of_verification": "Actas", "source": null
        });
        let args = serde_json::json!({ "code": "4.3.1", "target": target });
        let detail = invoke(&webview, "indicator_target_set", args).unwrap();
        assert_eq!(detail["target"]["target_value"], 12.5);
        let read = invoke(&webview, "indicator_detail", serde_json::json!({ "code": "4.3.1" })).unwrap();
        assert_eq!(read["target"]["unit"], "acuerdos");
        let draft = serde_json::json!({ "measured_on": "2026-06-30", "country": null, "value": 3.0, "note": "" });
        let refused =
            invoke(&webview, "indicator_measurement_add", serde_json::json!({ "code": "4.3.1", "draft": draft }))
                .unwrap_err();
        assert_eq!(refused["kind"], "computed_not_measured");
        let measured =
            invoke(&webview, "indicator_measurement_add", serde_json::json!({ "code": "1.1.1", "draft": draft }))
                .unwrap();
        assert_eq!(measured["measurements"].as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn evidence_attached_to_a_demo_report_through_the_command_comes_back_with_its_sha256() {
        let mut api = Api::in_memory().unwrap();
        api.load_demo().unwrap();
        let (_app, webview) = app_over(api);
        let reports =
            invoke(&webview, "monitoring_report_list", serde_json::json!({ "year": 2018, "country": null })).unwrap();
        let report_id = reports[0]["id"].as_i64().unwrap();
        let dir = std::env::temp_dir().join(format!("pleno-evidencia-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("oficio.txt");
        std::fs::write(&path, b"abc").unwrap();
        let args = serde_json::json!({ "reportId": report_id, "path": path });
        let report = invoke(&webview, "monitoring_evidence_attach", args).unwrap();
        let kept = report["evidence"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(kept["file_name"], "oficio.txt");
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assert_eq!(kept["sha256"], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let out = dir.join("copia.txt");
        invoke(&webview, "monitoring_evidence_save", serde_json::json!({ "evidenceId": kept["id"], "path": out }))
            .unwrap();
        let saved = std::fs::read(&out).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(saved, b"abc");
        let refused =
            invoke(&webview, "indicator_evidence_attach", serde_json::json!({ "measurementId": 999, "path": path }))
                .unwrap_err();
        assert_eq!(refused["kind"], "no_measurement");
    }
}
