//! `pleno backup`, `restore` and `archive` as scripts meet them: a backup taken
//! while another process writes is a consistent, checked copy; a damaged bundle
//! makes `archive verify` exit non-zero and name what differs.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", "2026-12-10").arg("--db").arg(db);
    cmd
}

fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("pleno.db");
    pleno(&db).arg("demo").assert().success();
    db
}

fn people_in(copy: &Path) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(copy, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0)).unwrap()
}

#[test]
fn a_backup_taken_while_another_process_writes_is_a_consistent_checked_copy() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = people_in(&db);
    let writer = {
        let db = db.clone();
        std::thread::spawn(move || {
            for n in 0..40 {
                pleno(&db).args(["person", "add", "--name", &format!("Persona {n}")]).assert().success();
            }
        })
    };
    let mut seen = Vec::new();
    for i in 0..6 {
        let copy = dir.path().join(format!("copia-{i}.sqlite3"));
        let out = pleno(&db).args(["backup", "-o"]).arg(&copy).arg("--json").assert().success();
        let check: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(check["sound"], true, "copy {i}: {check}");
        assert_eq!(check["integrity_ok"], true);
        seen.push(people_in(&copy));
    }
    writer.join().unwrap();
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "each copy is a moment no earlier than the last: {seen:?}");
    assert!(seen.iter().all(|n| (before..=before + 40).contains(n)), "{seen:?}");
}

#[test]
fn backup_says_what_it_checked_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let copy = dir.path().join("copia.sqlite3");
    let es = pleno(&db).args(["backup", "-o"]).arg(&copy).assert().success();
    let es = String::from_utf8(es.get_output().stdout.clone()).unwrap();
    assert!(es.contains("✓ Integridad de SQLite (PRAGMA integrity_check): correcta"), "{es}");
    assert!(es.contains("✓ Cadena de hashes de las actas: 1 acta aprobada"), "{es}");
    let en = pleno(&db).args(["--lang", "en", "backup", "-o"]).arg(&copy).assert().success();
    let en = String::from_utf8(en.get_output().stdout.clone()).unwrap();
    assert!(en.contains("✓ Minutes hash chain: 1 approved acta, all intact"), "{en}");
}

#[test]
fn restore_keeps_the_replaced_archive_and_refuses_a_file_that_is_not_pleno() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let copy = dir.path().join("copia.sqlite3");
    pleno(&db).args(["backup", "-o"]).arg(&copy).assert().success();
    let target = dir.path().join("otra.db");
    pleno(&target).arg("init").assert().success();
    let out = pleno(&target).arg("restore").arg(&copy).arg("--json").assert().success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let kept = report["kept"].as_str().unwrap();
    assert!(kept.contains("otra.db.20261210-") && kept.ends_with(".before-restore.bak"), "{kept}");
    assert_eq!(people_in(&target), people_in(&db));
    let text = dir.path().join("notas.txt");
    std::fs::write(&text, "hola").unwrap();
    let refused = pleno(&target).args(["--lang", "en", "restore"]).arg(&text).assert().code(1);
    let stderr = String::from_utf8(refused.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("is not a Pleno database"), "{stderr}");
}

#[test]
fn a_damaged_bundle_makes_verify_exit_non_zero_and_name_the_member() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let bundle = dir.path().join("coalicion-2026-12-10.pleno");
    pleno(&db).args(["archive", "export", "-o"]).arg(&bundle).assert().success();
    let ok = pleno(&db).args(["archive", "verify"]).arg(&bundle).assert().success();
    assert!(String::from_utf8_lossy(&ok.get_output().stdout).contains("está íntegro"));
    // A byte changed in the middle of the zip lands in a member's compressed data.
    let mut bytes = std::fs::read(&bundle).unwrap();
    let middle = bytes.len() / 3;
    bytes[middle] ^= 0xff;
    let damaged = dir.path().join("dañado.pleno");
    std::fs::write(&damaged, bytes).unwrap();
    let out = pleno(&db).args(["archive", "verify"]).arg(&damaged).assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("pleno.sqlite3") || stderr.contains("SHA-256"), "{stderr}");
    let laptop = dir.path().join("nueva.db");
    pleno(&laptop).args(["archive", "import"]).arg(&damaged).assert().code(1);
    assert!(!laptop.exists(), "a damaged bundle installs nothing");
    pleno(&laptop).args(["archive", "import"]).arg(&bundle).assert().success();
    assert_eq!(people_in(&laptop), people_in(&db));
}
