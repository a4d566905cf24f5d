//! `pleno doctor` and About read one report: the build, the archive, and its checks.

use std::path::{Path, PathBuf};

use pleno_api::diagnostics::DoctorProblem;
use pleno_api::{Api, Language};

fn demo_file() -> (tempfile::TempDir, PathBuf, Api) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    let (mut api, _) = Api::init(&path).unwrap();
    api.load_demo().unwrap();
    (dir, path, api)
}

/// Changes one letter of the frozen acta in the file itself, wherever SQLite keeps
/// it (as tests/minutes.rs does).
fn edit_acta_by_hand(path: &Path) {
    let (from, to) = ("\"text\":\"Sujeto a la", "\"text\":\"sujeto a la");
    let mut bytes = std::fs::read(path).unwrap();
    let mut edited = 0;
    while let Some(at) = bytes.windows(from.len()).position(|w| w == from.as_bytes()) {
        bytes[at..at + to.len()].copy_from_slice(to.as_bytes());
        edited += 1;
    }
    assert!(edited >= 1, "the acta text is in the file");
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_sound_archive_reports_its_build_size_schema_and_chain_and_no_problem() {
    let (_dir, path, api) = demo_file();
    let report = api.diagnostics(pleno_api::diagnostics::CheckDepth::Full).unwrap();
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.db_path, path.display().to_string());
    assert!(report.db_size_bytes > 100_000, "the demo archive has a size: {}", report.db_size_bytes);
    assert_eq!(report.schema_version, report.expected_schema_version);
    assert!(report.approved_minutes >= 1, "the demo has approved minutes");
    assert_eq!(report.build.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(report.build.build_date.len(), 10, "YYYY-MM-DD: {}", report.build.build_date);
    assert!(report.last_backup.is_none(), "a new archive has no copy yet");
    let spdx: Vec<&str> = report.licences.iter().map(|l| l.spdx.as_str()).collect();
    assert_eq!(spdx, ["MIT", "OFL-1.1"]);
    let text = report.lines(Language::En).join("\n");
    assert!(text.contains("Status: no problems") && text.contains("Last backup: none"), "{text}");
    assert!(report.lines(Language::Es).join("\n").contains("Última copia de seguridad: ninguna"));
}

#[test]
fn an_acta_edited_in_the_file_is_a_problem_named_in_both_languages() {
    let (_dir, path, api) = demo_file();
    drop(api);
    edit_acta_by_hand(&path);
    let report = Api::open(&path).unwrap().diagnostics(pleno_api::diagnostics::CheckDepth::Full).unwrap();
    assert!(!report.ok);
    assert_eq!(
        report.problems,
        [DoctorProblem::MinutesChain { first_mismatch: Some("XIII Reunión Ordinaria".into()) }]
    );
    assert!(report.lines(Language::Es).join("\n").contains("la cadena de actas aprobadas está rota"));
}

#[test]
fn the_newest_copy_beside_the_archive_or_in_its_backups_folder_is_the_last_backup() {
    let (dir, path, api) = demo_file();
    std::fs::write(dir.path().join("pleno.db.20260101-000000.v6.bak"), b"old").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::create_dir(dir.path().join("backups")).unwrap();
    let newest = dir.path().join("backups").join("pleno-2026-12-01.db");
    std::fs::write(&newest, b"newer").unwrap();
    std::fs::write(dir.path().join("otro.db.bak"), b"not ours").unwrap();
    let backup =
        api.diagnostics(pleno_api::diagnostics::CheckDepth::Full).unwrap().last_backup.expect("a copy was found");
    assert_eq!(backup.path, newest.display().to_string());
    assert_eq!(backup.size_bytes, 5);
    drop(path);
}
