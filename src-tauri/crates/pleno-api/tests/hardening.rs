//! The API as a hostile user and a failing machine would treat it: any text in the
//! search box, a record rewritten under an approved acta with the triggers dropped,
//! and an archive left incomplete.

use std::path::{Path, PathBuf};

use pleno_api::minutes_diff::{ChangeKind, RecordPart};
use pleno_api::{Api, ErrorCode};

const XIII: i64 = 1;

fn demo_file() -> (tempfile::TempDir, PathBuf, Api) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    let (mut api, _) = Api::init(&path).unwrap();
    api.load_demo().unwrap();
    (dir, path, api)
}

#[test]
fn any_text_in_the_search_box_is_words_and_phrases_never_query_syntax() {
    let (_dir, _path, api) = demo_file();
    let finds_repatriation = [
        "repatriación",
        "repatriación AND",
        "AND repatriación",
        "NEAR(repatriación",
        "repatriación)",
        "repatriación OR",
        "NOT repatriación",
        "\"repatriación",
        "repatriación\"",
        "\"protocolos nacionales\" repatriación",
        "repatriación*",
        "-repatriación",
        "repatriación:",
        "^repatriación",
        "{repatriación}",
        "repatriación; --",
        "REPATRIACION",
        "repatri",
    ];
    for typed in finds_repatriation {
        let hits = api.search(typed, 20).unwrap_or_else(|e| panic!("{typed:?} failed: {e}"));
        assert!(!hits.is_empty(), "{typed:?} finds the repatriation agreement");
    }
    let finds_nothing = ["\"", "*", "-", ":", "(", ")", "AND", "OR NOT", "NEAR", "\"\"", "^", "", "   "];
    for typed in finds_nothing {
        let hits = api.search(typed, 20).unwrap_or_else(|e| panic!("{typed:?} failed: {e}"));
        assert!(hits.is_empty(), "{typed:?} is no word: {hits:?}");
    }
}

/// Runs `sql` on the file with every lock trigger of approved meetings dropped,
/// as someone with the file and an SQLite shell could.
fn rewrite_under_the_acta(path: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%locked%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!triggers.is_empty(), "the schema locks the record of approved meetings");
    for t in triggers {
        conn.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    conn.execute_batch(sql).unwrap();
}

#[test]
fn a_record_rewritten_under_an_approved_acta_is_named_part_by_part() {
    let cases: &[(&str, RecordPart, &str)] = &[
        (
            "UPDATE agreement SET text = text || ' (alterado)' WHERE meeting_id = 1 AND sequence = 1",
            RecordPart::Agreement,
            "text",
        ),
        (
            "UPDATE decision SET text = 'Otra cosa.' WHERE id = (SELECT min(id) FROM decision WHERE meeting_id = 1)",
            RecordPart::Decision,
            "text",
        ),
        (
            "UPDATE agenda_item SET title = 'Otro punto' WHERE meeting_id = 1 AND position = 2",
            RecordPart::AgendaItem,
            "title",
        ),
        (
            "UPDATE attendance SET mode = CASE mode WHEN 'remota' THEN 'presencial' ELSE 'remota' END
             WHERE id = (SELECT min(id) FROM attendance WHERE meeting_id = 1 AND status = 'presente')",
            RecordPart::Attendance,
            "remote",
        ),
    ];
    for (sql, part, field) in cases {
        let (_dir, path, api) = demo_file();
        assert!(api.verify_minutes().unwrap().ok);
        drop(api);
        rewrite_under_the_acta(&path, sql);
        let report = Api::open(&path).unwrap().verify_minutes().unwrap();
        assert!(!report.ok, "{sql}: the archive under the acta changed");
        assert!(report.intact, "{sql}: the approved acta itself is intact");
        let xiii = report.minutes.iter().find(|m| m.meeting_id == XIII).unwrap();
        assert!(!xiii.matches_record);
        assert!(
            xiii.differences.iter().any(|d| d.part == *part && d.field == *field && d.change == ChangeKind::Changed),
            "{sql}: {:?}",
            xiii.differences
        );
    }
}

#[test]
fn a_name_corrected_in_the_directory_is_reported_as_such() {
    let (_dir, path, api) = demo_file();
    drop(api);
    rewrite_under_the_acta(
        &path,
        "UPDATE person SET name = name || ' (corregido)'
         WHERE id = (SELECT person_id FROM attendance WHERE meeting_id = 1 AND role = 'titular' LIMIT 1)",
    );
    let report = Api::open(&path).unwrap().verify_minutes().unwrap();
    let xiii = report.minutes.iter().find(|m| m.meeting_id == XIII).unwrap();
    let named: Vec<_> = xiii.differences.iter().filter(|d| d.change == ChangeKind::NameCorrected).collect();
    assert!(!named.is_empty(), "{:?}", xiii.differences);
    assert!(named.iter().all(|d| d.field == "name" && d.reference.contains('/')), "state/person: {named:?}");
}

#[test]
fn an_archive_without_its_reference_data_is_refused_with_its_repair() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    drop(pleno_store::Store::open(&path, pleno_store::OpenMode::CreateIfMissing).unwrap());
    let error = Api::open(&path).err().expect("an incomplete archive is refused");
    assert_eq!(error.code, ErrorCode::Incomplete);
    assert_eq!(error.kind, "incomplete");
    assert!(error.message.contains("ejecute «pleno --db"), "{}", error.message);
    assert!(error.message_en.contains("run «pleno --db"), "{}", error.message_en);
    let (_, report) = Api::init(&path).unwrap();
    assert!(report.reference_loaded);
    assert_eq!(Api::open(&path).unwrap().countries().unwrap().len(), 9);
}
