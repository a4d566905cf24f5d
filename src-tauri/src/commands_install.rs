//! The commands of About and the log: the diagnostics report, the text «Copiar
//! diagnóstico» puts on the clipboard, and the UI's report of each command it ran
//! (see command_log.rs). Adapters over `pleno_api::Api`, like commands.rs.

use std::sync::OnceLock;

use pleno_api::diagnostics::{CheckDepth, Diagnostics};
use pleno_api::setup::{SetupDraft, SetupReport, SetupStatus};
use pleno_api::{ApiError, Language};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_log::log;

use crate::command_log::{self, Outcome};
use crate::commands::{with_api, with_reader};
use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

/// How many of the log's last lines the diagnostic carries.
const LOG_LINES: usize = 200;

/// About's report: the quick checks, on a reader, so it never holds up a write.
#[tauri::command(async)]
pub fn diagnostics_get(state: State<'_, AppState>) -> Result<Diagnostics> {
    with_reader(&state, |api| api.diagnostics(CheckDepth::Quick))
}

/// The report in `language`, then the log's last 200 lines: what support needs.
#[tauri::command(async)]
pub fn diagnostics_text<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: Language,
) -> Result<String> {
    let report = with_reader(&state, |api| api.diagnostics(CheckDepth::Quick))?;
    let mut text = report.lines(language).join("\n");
    let dir = app.path().app_log_dir().ok();
    text.push_str(&format!("\n\n{}", language.pick("— Registro (últimas líneas) —", "— Log (last lines) —")));
    if let Some(dir) = dir {
        text.push_str(&format!(" {}\n", dir.display()));
        for line in command_log::last_lines(&dir, LOG_LINES) {
            text.push_str(&line);
            text.push('\n');
        }
    }
    Ok(text)
}

/// The UI's report of one command: name, milliseconds, outcome — nothing else.
#[tauri::command(async)]
pub fn command_log(name: String, millis: u64, outcome: Outcome) {
    static KNOWN: OnceLock<Vec<String>> = OnceLock::new();
    let known: Vec<&str> = KNOWN.get_or_init(command_log::granted_commands).iter().map(String::as_str).collect();
    match command_log::line(&known, &name, millis, &outcome) {
        Ok(line) => log::info!(target: "pleno::command", "{line}"),
        Err(rejected) => log::warn!(target: "pleno::command", "a command report was refused: {rejected:?}"),
    }
}

// ── First run ────────────────────────────────────────────────────────────────

/// Whether the window should open the setup instead of Inicio.
#[tauri::command(async)]
pub fn setup_status(state: State<'_, AppState>) -> Result<SetupStatus> {
    with_api(&state, |api| api.setup_status())
}

#[tauri::command(async)]
pub fn setup_run(state: State<'_, AppState>, draft: SetupDraft) -> Result<SetupReport> {
    with_api(&state, |api| api.setup(&draft))
}

/// «Explorar con datos de demostración»: the window goes over to the demo archive
/// beside the real one (created the first time); the real one is left as it was,
/// and the next start opens it again. Answers the demo file's path.
#[tauri::command(async)]
pub fn setup_open_demo(state: State<'_, AppState>) -> Result<String> {
    let open = with_api(&state, |api| Ok(api.db_path()))?;
    let real = open.unwrap_or_else(|| pleno_api::resolve_db_path(None));
    let (demo, path) = pleno_api::Api::open_demo_beside(&real)?;
    state.replace_with(|api| {
        *api = demo;
        Ok(path.display().to_string())
    })
}
