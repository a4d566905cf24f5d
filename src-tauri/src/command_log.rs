//! The app's log: rotating files in the platform's log folder (tauri-plugin-log),
//! one line per command the UI ran — its name, how long it took and how it ended —
//! and never what it carried: no names, no texts, no paths. Support reads these
//! lines through About's «Copiar diagnóstico».
//!
//! The UI's one `call()` (ui/src/lib/api.ts) times every command and reports it
//! with `command_log`; Rust checks the report before writing it (a known command,
//! an outcome that is a bare identifier), so nothing but those three facts can
//! ever reach the file. (Tauri 2 offers no hook on a command's response without
//! editing each command, and the commands run asynchronously.)

use std::path::{Path, PathBuf};

use tauri_plugin_log::{log, RotationStrategy, Target, TargetKind};

/// Where the log files live: `~/.local/share/org.coalicionregional.pleno/logs` on
/// Linux, the platform's log folder elsewhere (Tauri's `app_log_dir`).
pub const FILE_NAME: &str = "pleno";

/// The logger: the log folder (five files of 1 MB kept) and the terminal.
pub fn plugin<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([
            Target::new(TargetKind::LogDir { file_name: Some(FILE_NAME.into()) }),
            Target::new(TargetKind::Stdout),
        ])
        .rotation_strategy(RotationStrategy::KeepSome(5))
        .max_file_size(1_000_000)
        .level(log::LevelFilter::Info)
        // The webview's and the windowing crates' chatter is not Pleno's to keep.
        .level_for("tao", log::LevelFilter::Warn)
        .level_for("wry", log::LevelFilter::Warn)
        .build()
}

/// How a command ended, as the UI saw it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(tag = "outcome", content = "kind", rename_all = "snake_case")]
pub enum Outcome {
    Ok,
    /// Refused by the API, with its refusal kind (`seat_taken`).
    Refused(String),
    /// Failed before or outside the API.
    Failed,
}

/// Why a report was not written.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    UnknownCommand,
    KindNotAnIdentifier,
}

/// One log line for one command, or why the report is refused: the name must be
/// a command of the app, the refusal kind a snake_case identifier.
pub fn line(known: &[&str], name: &str, millis: u64, outcome: &Outcome) -> Result<String, Rejected> {
    if !known.contains(&name) {
        return Err(Rejected::UnknownCommand);
    }
    let outcome = match outcome {
        Outcome::Ok => "ok".to_string(),
        Outcome::Failed => "failed".to_string(),
        Outcome::Refused(kind) if is_identifier(kind) => format!("refused:{kind}"),
        Outcome::Refused(_) => return Err(Rejected::KindNotAnIdentifier),
    };
    Ok(format!("command={name} ms={millis} outcome={outcome}"))
}

fn is_identifier(kind: &str) -> bool {
    !kind.is_empty()
        && kind.len() <= 60
        && kind.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The last `count` lines of the log files in `dir`, oldest first: the rotated
/// files (named with their date) before the current one.
pub fn last_lines(dir: &Path, count: usize) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "log"))
        .collect();
    let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    files.sort_by_key(|p| (modified(p), p.clone()));
    let lines: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|text| text.lines().map(String::from).collect::<Vec<_>>())
        .collect();
    lines[lines.len().saturating_sub(count)..].to_vec()
}

/// The commands the UI may run, read from the capability that grants them, so the
/// log accepts exactly those names.
pub fn granted_commands() -> Vec<String> {
    let capability: serde_json::Value =
        serde_json::from_str(include_str!("../capabilities/main.json")).unwrap_or_default();
    capability["permissions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(|c| c.replace('-', "_")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["person_add", "settings_get"];

    #[test]
    fn a_report_becomes_one_line_with_name_duration_and_outcome_only() {
        let cases = [
            ("settings_get", Outcome::Ok, Ok("command=settings_get ms=7 outcome=ok".to_string())),
            (
                "person_add",
                Outcome::Refused("seat_taken".into()),
                Ok("command=person_add ms=7 outcome=refused:seat_taken".into()),
            ),
            ("person_add", Outcome::Failed, Ok("command=person_add ms=7 outcome=failed".into())),
            ("María Pérez", Outcome::Ok, Err(Rejected::UnknownCommand)),
            ("person_add", Outcome::Refused("María Pérez".into()), Err(Rejected::KindNotAnIdentifier)),
        ];
        for (name, outcome, expected) in cases {
            assert_eq!(line(KNOWN, name, 7, &outcome), expected, "{name} {outcome:?}");
        }
    }

    #[test]
    fn the_last_lines_come_from_the_newest_files_in_order() {
        let dir = tempfile_dir();
        std::fs::write(dir.join("pleno_2026-11-30.log"), "a\nb\n").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.join("pleno.log"), "c\nd\n").unwrap();
        std::fs::write(dir.join("notes.txt"), "x\n").unwrap();
        assert_eq!(last_lines(&dir, 3), ["b", "c", "d"]);
        assert_eq!(last_lines(&dir.join("missing"), 3), Vec::<String>::new());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pleno-log-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
