//! `--lang en` on the demo archive: what the CLI prints in English carries no
//! Spanish word the record stores (default agenda titles, statuses, the quorum
//! rule, offices, meeting titles), and an altered acta is named in English.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").arg("--db").arg(db);
    cmd
}

fn demo() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("init").assert().success();
    pleno(&db).arg("demo").assert().success();
    (dir, db)
}

fn english(db: &Path, args: &[&str]) -> String {
    let out = pleno(db).args(["--lang", "en"]).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn english_output_carries_no_spanish_word_of_the_record() {
    let (_dir, db) = demo();
    // (command, English it prints, Spanish it must not)
    let cases: [(&[&str], &[&str], &[&str]); 10] = [
        (
            &["meeting", "show", "1"],
            &["XIII Ordinary Meeting — closed", "Verification of quorum", "Country report: ", "Closing", "in person"],
            &["Reunión", "cerrada", "Verificación", "Informe de país", "Cierre", "presencial"],
        ),
        (&["meeting", "list"], &["XIII Ordinary Meeting", "closed"], &["Reunión Ordinaria", "cerrada"]),
        (
            &["quorum", "history", "1"],
            &["Quorum: 7 of 9 states — quorum", "at the opening of the session"],
            &["Quórum", "Estados", "al abrir"],
        ),
        (&["decision", "list", "1"], &["in favour", "consensus"], &["a favor", "consenso", "adoptada"]),
        (&["agreement", "show", "1"], &["XIII Ordinary Meeting", "fulfilled"], &["Reunión", "cumplido"]),
        (
            &["office", "list"],
            &["Presidency", "Technical Secretariat", "from 16 September 2011 to 16 September 2013"],
            &["Presidencia", "Secretaría Técnica", "desde", "septiembre"],
        ),
        (&["committee", "list"], &["since 1 March 2025"], &["desde", "marzo"]),
        (
            &["minutes", "show", "1"],
            &["MINUTES OF THE XIII ORDINARY MEETING", "remote", "(not present)", "14. FOLLOW-UP OF AGREEMENTS"],
            &["a distancia", "no presente", "SEGUIMIENTO DE ACUERDOS", "Presenta:"],
        ),
        (&["meeting", "show", "3"], &["10 December 2026, 09:00 h;"], &["09:00:00"]),
        (&["settings", "show"], &["more than half of the member states"], &["más de la mitad"]),
    ];
    for (args, said, unsaid) in cases {
        let out = english(&db, args);
        for word in said {
            assert!(out.contains(word), "{args:?} in English says «{word}»:\n{out}");
        }
        for word in unsaid {
            assert!(!out.contains(word), "{args:?} in English has no «{word}»:\n{out}");
        }
    }
}

#[test]
fn an_altered_acta_is_named_in_the_language_of_the_run() {
    let (_dir, db) = demo();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER minutes_approved_frozen;
         UPDATE minutes SET hash = 'ff' || substr(hash, 3) WHERE meeting_id = 1;",
    )
    .unwrap();
    drop(conn);
    let out = pleno(&db).args(["--lang", "en", "minutes", "verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the minutes of the XIII Ordinary Meeting do not match their hash"), "{stderr}");
    let out = pleno(&db).args(["minutes", "verify"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("el acta de la XIII Reunión Ordinaria no coincide con su huella"), "{stderr}");
}
