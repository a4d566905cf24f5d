//! The `pleno` command on a failing machine and under a hostile user: a full disk
//! (capped with `PLENO_MAX_PAGES`, and once on a small tmpfs when this runs as root),
//! `kill -9` during writes, two processes writing at once, and a record rewritten
//! under an approved acta with the triggers dropped.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env_remove("PLENO_MAX_PAGES").arg("--db").arg(db);
    cmd
}

fn initialised() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("init").assert().success();
    (dir, db)
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

fn sql_count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn page_count(db: &Path) -> i64 {
    sql_count(db, "PRAGMA page_count")
}

#[test]
fn an_init_that_meets_a_full_disk_leaves_nothing_half_done_and_a_second_init_completes() {
    let dir = tempfile::tempdir().unwrap();
    // How many pages the schema alone takes, and the whole archive.
    let schema_only = dir.path().join("schema.db");
    drop(pleno_store::Store::open(&schema_only, pleno_store::OpenMode::CreateIfMissing).unwrap());
    let (_whole_dir, whole) = initialised();
    let (schema, full) = (page_count(&schema_only), page_count(&whole));
    assert!(schema < full, "the reference data take pages of their own");

    let db = dir.path().join("pleno.db");
    let room = (schema + 1).to_string();
    let out = pleno(&db).env("PLENO_MAX_PAGES", &room).arg("init").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("No queda espacio en el disco: no se guardó nada"), "{stderr}");
    assert_eq!(sql_count(&db, "SELECT count(*) FROM sqlite_master"), 0, "no schema without its states");

    pleno(&db).arg("init").assert().success();
    let countries = json_of(pleno(&db).args(["country", "list", "--json"]));
    assert_eq!(countries.as_array().unwrap().len(), 9);
}

#[test]
fn a_write_that_meets_a_full_disk_says_so_in_both_languages_and_saves_nothing() {
    let (_dir, db) = initialised();
    let full = page_count(&db).to_string();
    let notes = "n".repeat(20_000);
    for (lang, words) in [
        ("es", "No queda espacio en el disco: no se guardó nada"),
        ("en", "There is no space left on the disk: nothing was saved"),
    ] {
        let out = pleno(&db)
            .env("PLENO_MAX_PAGES", &full)
            .args(["--lang", lang, "person", "add", "--name", "Ana Pérez", "--notes", &notes])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(words), "{lang}: {stderr}");
    }
    let people = json_of(pleno(&db).args(["person", "list", "--json"]));
    assert_eq!(people.as_array().unwrap().len(), 0, "nothing was saved");
}

#[test]
fn on_a_small_tmpfs_a_full_disk_says_so_when_this_runs_as_root() {
    let dir = tempfile::tempdir().unwrap();
    let mount = Process::new("mount").args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"]).arg(dir.path()).output();
    match mount {
        Ok(out) if out.status.success() => {}
        Ok(out) => return eprintln!("skipped: cannot mount a tmpfs: {}", String::from_utf8_lossy(&out.stderr).trim()),
        Err(e) => return eprintln!("skipped: cannot run mount: {e}"),
    }
    let db = dir.path().join("pleno.db");
    let outcome = std::panic::catch_unwind(|| {
        pleno(&db).arg("init").assert().success();
        let notes = "n".repeat(20_000);
        // Each person added before the failure was saved: `i` of them.
        for i in 0..400 {
            let out = pleno(&db)
                .args(["person", "add", "--name", &format!("Persona {i}"), "--notes", &notes])
                .output()
                .unwrap();
            if !out.status.success() {
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(stderr.contains("No queda espacio en el disco"), "{stderr}");
                return i;
            }
        }
        panic!("2 MB never filled up");
    });
    let _ = Process::new("umount").arg(dir.path()).status();
    let saved = outcome.unwrap();
    assert!(saved > 0, "some people fitted before the disk filled");
}

#[test]
fn kill_9_during_writes_loses_no_acknowledged_write_and_leaves_the_file_whole() {
    let (_dir, db) = initialised();
    let binary = assert_cmd::cargo::cargo_bin("pleno");
    let started = Instant::now();
    let mut acknowledged = Vec::new();
    for i in 0..40u64 {
        let name = format!("Persona {i}");
        let mut child = Process::new(&binary)
            .env_remove("PLENO_DB")
            .env_remove("PLENO_MAX_PAGES")
            .arg("--db")
            .arg(&db)
            .args(["person", "add", "--name", &name])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a different moment each time: before, during and after the write.
        std::thread::sleep(Duration::from_millis((i * 13) % 160));
        let _ = child.kill(); // SIGKILL
        if child.wait().unwrap().success() {
            acknowledged.push(name);
        }
    }
    assert!(started.elapsed() < Duration::from_secs(20), "short enough for CI");
    eprintln!("{} of 40 writes acknowledged before kill -9", acknowledged.len());
    let conn = rusqlite::Connection::open(&db).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let broken: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(broken, 0);
    let people = json_of(pleno(&db).args(["person", "list", "--json"]));
    let names: Vec<&str> = people.as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
    for name in &acknowledged {
        assert!(names.contains(&name.as_str()), "{name} was acknowledged and must be there");
    }
}

#[test]
fn two_processes_adding_agreements_to_one_meeting_at_once_never_fail_nor_share_a_number() {
    let (_dir, db) = initialised();
    let created =
        json_of(pleno(&db).args(["meeting", "create", "--kind", "ordinaria", "--date", "2026-12-10"]).args([
            "--place",
            "San José",
            "--json",
        ]));
    let meeting = created["id"].to_string();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (db, meeting) = (db.clone(), meeting.clone());
            std::thread::spawn(move || {
                for i in 0..12 {
                    let text = format!("Acuerdo {w}-{i}");
                    let out =
                        pleno(&db).args(["agreement", "add", "--meeting", &meeting, "--text", &text]).output().unwrap();
                    assert!(out.status.success(), "{text}: {}", String::from_utf8_lossy(&out.stderr));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let list = json_of(pleno(&db).args(["agreement", "list", "--json"]));
    let mut numbers: Vec<String> =
        list.as_array().unwrap().iter().map(|a| a["number"].as_str().unwrap().to_string()).collect();
    assert_eq!(numbers.len(), 24, "every write succeeded");
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 24, "no number given twice");
}

#[test]
fn minutes_verify_fails_and_names_each_part_rewritten_under_an_approved_acta() {
    let (_dir, db) = initialised();
    pleno(&db).arg("demo").assert().success();
    pleno(&db).args(["minutes", "verify"]).assert().success();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%locked%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in triggers {
        conn.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    let number: String =
        conn.query_row("SELECT number FROM agreement WHERE meeting_id = 1 AND sequence = 1", [], |r| r.get(0)).unwrap();
    conn.execute_batch(
        "UPDATE agreement SET text = text || ' (alterado)' WHERE meeting_id = 1 AND sequence = 1;
         UPDATE agenda_item SET title = 'Otro punto' WHERE meeting_id = 1 AND position = 2;",
    )
    .unwrap();
    drop(conn);

    let out = pleno(&db).args(["minutes", "verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "a changed record under an approved acta fails verify");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("el acuerdo {number}: el campo «texto» difiere de lo aprobado")), "{stdout}");
    assert!(stdout.contains("el punto de agenda 2: el campo «título» difiere de lo aprobado"), "{stdout}");
    let out = pleno(&db).args(["--lang", "en", "minutes", "verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("the agreement {number}: the field «text» differs from what was approved")),
        "{stdout}"
    );
    let report = pleno(&db).args(["minutes", "verify", "--json"]).output().unwrap();
    let report: Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(report["ok"], false);
    assert_eq!(report["intact"], true, "the acta itself is intact");
}

#[test]
fn nasty_search_text_never_errors_through_the_command() {
    let (_dir, db) = initialised();
    pleno(&db).arg("demo").assert().success();
    for typed in ["repatriación AND", "NEAR(repatriación", "\"", "*", "-", ":", "\"repatriación"] {
        let out = pleno(&db).args(["search", typed]).output().unwrap();
        assert!(out.status.success(), "{typed}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let hits = json_of(pleno(&db).args(["search", "repatriación AND", "--json"]));
    assert!(!hits.as_array().unwrap().is_empty(), "the operator is not required as a word");
}
