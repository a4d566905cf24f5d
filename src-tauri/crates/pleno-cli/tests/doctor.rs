//! `pleno --version` and `pleno doctor`, as a Secretariat user or support runs them.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").arg("--db").arg(db);
    cmd
}

#[test]
fn version_names_the_release_the_build_date_and_the_commit() {
    let out = Command::cargo_bin("pleno").unwrap().arg("--version").assert().success().get_output().stdout.clone();
    let line = String::from_utf8(out).unwrap();
    let expected = format!("pleno {} (", env!("CARGO_PKG_VERSION"));
    assert!(line.starts_with(&expected), "{line}");
    let inside = line.trim().trim_start_matches(&expected).trim_end_matches(')');
    let (date, commit) = inside.split_once(", ").expect("date, commit");
    assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "a build date: {date}");
    assert!(!commit.is_empty());
}

#[test]
fn doctor_passes_a_sound_archive_and_fails_one_whose_acta_was_edited_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("demo").assert().success();
    pleno(&db)
        .args(["doctor", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Schema version:").and(predicate::str::contains("Status: no problems")));
    let (from, to) = ("\"text\":\"Sujeto a la", "\"text\":\"sujeto a la");
    let mut bytes = std::fs::read(&db).unwrap();
    while let Some(at) = bytes.windows(from.len()).position(|w| w == from.as_bytes()) {
        bytes[at..at + to.len()].copy_from_slice(to.as_bytes());
    }
    std::fs::write(&db, bytes).unwrap();
    let failed = pleno(&db).args(["doctor", "--json"]).assert().failure().code(1).get_output().stdout.clone();
    let report: serde_json::Value = serde_json::from_slice(&failed).unwrap();
    assert_eq!(report["ok"], false);
    assert_eq!(report["problems"][0]["kind"], "minutes_chain");
}

#[test]
fn doctor_on_a_missing_archive_fails_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("no-existe.db");
    pleno(&db).arg("doctor").assert().failure();
    assert!(!db.exists());
}
