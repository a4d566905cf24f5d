//! Backups, restores, the handover bundle and the read-only copy, on a demo
//! archive: a copy restores to an archive equal to its source table by table;
//! every kind of damage to a bundle is caught and named; a copy opened read-only
//! answers every read and refuses every write.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use pleno_api::bundle::{Exporter, Manifest};
use pleno_api::{Api, ErrorCode};
use rusqlite::types::Value;

fn now() -> NaiveDateTime {
    "2026-12-10T18:30:00".parse().unwrap()
}

/// A demo archive on disk, with one reference document attached to an agenda
/// item of a meeting whose minutes are still open.
fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("pleno.db");
    let (mut api, _) = Api::init(&path).unwrap();
    api.load_demo().unwrap();
    let attached = api.meetings().unwrap().iter().rev().find_map(|m| {
        let item = api.meeting(m.id).ok()?.agenda.first()?.item.id;
        api.attach_document(item, "informe país.txt", b"Informe de Guatemala", now()).ok()
    });
    assert!(attached.is_some(), "a document could be attached to a demo meeting");
    path
}

/// Every table's rows, in rowid order, read straight from the file.
fn dump(path: &Path) -> Vec<(String, Vec<Vec<Value>>)> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut names = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .unwrap();
    let names: Vec<String> = names.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    names
        .into_iter()
        .map(|name| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
            let width = stmt.column_count();
            let rows = stmt
                .query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>())
                .unwrap()
                .map(Result::unwrap)
                .collect();
            (name, rows)
        })
        .collect()
}

#[test]
fn a_backup_is_checked_and_says_what_it_checked() {
    let dir = tempfile::tempdir().unwrap();
    let api = Api::open(&demo_file(dir.path())).unwrap();
    let check = api.backup(&dir.path().join("copia.sqlite3")).unwrap();
    assert!(check.sound && check.integrity_ok && check.minutes_chain_intact, "{check:?}");
    assert!(check.minutes_checked >= 1, "the demo has approved actas");
    assert_eq!(check.minutes_chain_head, api.minutes_chain_head().unwrap());
    let words: Vec<&str> = check.checked.iter().map(|t| t.es.as_str()).collect();
    assert!(words[0].contains("PRAGMA integrity_check") && words[0].ends_with("correcta"), "{words:?}");
    assert!(words[1].starts_with("Cadena de hashes de las actas"), "{words:?}");
    assert!(check.checked[1].en.starts_with("Minutes hash chain"), "{:?}", check.checked[1]);
    assert!(!dir.path().join("copia.sqlite3-wal").exists(), "a copy is one file");
}

#[test]
fn a_restored_copy_equals_its_source_in_every_table_and_the_replaced_archive_is_kept_dated() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo_file(dir.path());
    let copy = dir.path().join("copia.sqlite3");
    Api::open(&source).unwrap().backup(&copy).unwrap();
    let target = dir.path().join("otro.db");
    Api::init(&target).unwrap();
    let report = pleno_api::restore::restore(&copy, &target, now()).unwrap();
    let kept = PathBuf::from(report.kept.expect("the replaced archive is kept"));
    assert!(kept.ends_with("otro.db.20261210-183000.before-restore.bak"), "{kept:?}");
    assert!(Api::open(&kept).unwrap().meetings().unwrap().is_empty(), "the kept archive is the replaced one");
    let (expected, restored) = (dump(&source), dump(&target));
    assert_eq!(expected.len(), restored.len());
    for ((table, rows), (_, got)) in expected.iter().zip(&restored) {
        assert_eq!(rows, got, "table {table} is restored row for row");
    }
    assert!(Api::open(&target).unwrap().verify_minutes().unwrap().ok);
}

#[test]
fn a_restore_refuses_a_damaged_copy_a_newer_copy_and_a_file_that_is_not_pleno() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo_file(dir.path());
    let good = dir.path().join("buena.sqlite3");
    Api::open(&source).unwrap().backup(&good).unwrap();

    let damaged = dir.path().join("dañada.sqlite3");
    let mut bytes = std::fs::read(&good).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].iter_mut().for_each(|b| *b = 0x5a);
    std::fs::write(&damaged, bytes).unwrap();

    let newer = dir.path().join("nueva.sqlite3");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();

    let text = dir.path().join("notas.sqlite3");
    std::fs::write(&text, "no es una base de datos").unwrap();

    let target = dir.path().join("destino.db");
    Api::init(&target).unwrap();
    let before = std::fs::read(&target).unwrap();
    for (copy, code, kind) in [
        (&damaged, ErrorCode::Database, "damaged"),
        (&newer, ErrorCode::NewerSchema, "newer_schema"),
        (&text, ErrorCode::Database, "not_pleno"),
    ] {
        let error = pleno_api::restore::restore(copy, &target, now()).unwrap_err();
        assert_eq!((error.code, error.kind.as_str()), (code, kind), "{}: {}", copy.display(), error.message);
        assert!(!error.message_en.is_empty());
    }
    assert_eq!(std::fs::read(&target).unwrap(), before, "a refused restore leaves the archive untouched");
}

fn export(source: &Path, out: &Path) -> Manifest {
    let exporter = Exporter { by: "Secretaría Técnica (Costa Rica)".into(), at: now() };
    Api::open(source).unwrap().export_bundle(out, &exporter).unwrap().manifest
}

#[test]
fn a_bundle_holds_the_database_documents_actas_and_register_each_listed_with_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo_file(dir.path());
    let bundle = dir.path().join("coalicion-2026-12-10.pleno");
    let manifest = export(&source, &bundle);
    let paths: Vec<&str> = manifest.members.iter().map(|m| m.path.as_str()).collect();
    assert_eq!(paths[0], "pleno.sqlite3");
    assert!(paths.iter().any(|p| p.starts_with("documentos/agenda/") && p.ends_with("-informe país.txt")), "{paths:?}");
    assert!(paths.iter().any(|p| p.starts_with("actas/") && p.ends_with(".pdf")), "{paths:?}");
    assert!(
        paths.contains(&"acuerdos/registro-de-acuerdos.pdf") && paths.contains(&"acuerdos/registro-de-acuerdos.csv")
    );
    assert!(manifest.minutes_chain_head.is_some() && manifest.tables["agreement"] > 0);
    assert_eq!((manifest.exported_by.as_str(), manifest.exported_at), ("Secretaría Técnica (Costa Rica)", now()));
    let check = pleno_api::bundle_verify::verify_bundle(&bundle).unwrap();
    assert!(check.checked[0].es.contains("SHA-256"), "{:?}", check.checked);
}

/// Writes `bundle` again with `change` applied to the (name, bytes) members.
fn rewrite(bundle: &Path, change: impl FnOnce(&mut Vec<(String, Vec<u8>)>)) -> PathBuf {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(bundle).unwrap()).unwrap();
    let mut members = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        members.push((entry.name().unwrap().to_string(), bytes));
    }
    change(&mut members);
    let out = bundle.with_extension("cambiado.pleno");
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&out).unwrap());
    for (name, bytes) in members {
        writer.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(&bytes).unwrap();
    }
    writer.finish().unwrap();
    out
}

fn member<'a>(members: &'a mut [(String, Vec<u8>)], prefix: &str) -> &'a mut Vec<u8> {
    &mut members.iter_mut().find(|(n, _)| n.starts_with(prefix)).unwrap().1
}

/// The snapshot with one row changed, written back as SQLite would write it.
fn changed_row(snapshot: &mut Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    std::fs::write(&path, &*snapshot).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE person SET name = name || ' (cambiado)' WHERE id = (SELECT min(id) FROM person)", []).unwrap();
    drop(conn);
    *snapshot = std::fs::read(&path).unwrap();
}

#[test]
fn every_kind_of_damage_to_a_bundle_is_caught_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("traspaso.pleno");
    export(&demo_file(dir.path()), &bundle);
    type Damage = Box<dyn Fn(&mut Vec<(String, Vec<u8>)>)>;
    let cases: Vec<(&str, Damage, &str, &str)> = vec![
        (
            "a changed byte in a document",
            Box::new(|m| member(m, "documentos/agenda/")[0] ^= 1),
            "hash_differs",
            "informe país.txt no es el del manifiesto",
        ),
        (
            "a missing member",
            Box::new(|m| m.retain(|(n, _)| !n.starts_with("actas/"))),
            "member_missing",
            "Falta actas/",
        ),
        (
            "a changed database row",
            Box::new(|m| changed_row(member(m, "pleno.sqlite3"))),
            "hash_differs",
            "pleno.sqlite3",
        ),
        (
            "a changed manifest",
            Box::new(|m| {
                let manifest = member(m, "manifest.json");
                let mut json: serde_json::Value = serde_json::from_slice(manifest).unwrap();
                json["tables"]["agreement"] = serde_json::json!(1000);
                *manifest = serde_json::to_vec(&json).unwrap();
            }),
            "count_differs",
            "tabla agreement tiene 8 filas; el manifiesto dice 1000",
        ),
        (
            "a member nobody listed",
            Box::new(|m| m.push(("documentos/agenda/intruso.txt".into(), b"x".to_vec()))),
            "member_unlisted",
            "intruso.txt no figura",
        ),
        ("no manifest", Box::new(|m| m.retain(|(n, _)| n != "manifest.json")), "manifest_missing", "manifest.json"),
    ];
    for (what, damage, kind, words) in cases {
        let damaged = rewrite(&bundle, damage);
        let error = pleno_api::bundle_verify::verify_bundle(&damaged).unwrap_err();
        assert_eq!(error.kind, kind, "{what}: {}", error.message);
        assert!(error.message.contains(words), "{what}: {}", error.message);
        let target = dir.path().join("nuevo.db");
        let refused = pleno_api::bundle_verify::import_bundle(&damaged, &target, now()).unwrap_err();
        assert_eq!(refused.kind, kind, "{what}: an import refuses it too");
        assert!(!target.exists(), "{what}: nothing was installed");
    }
}

#[test]
fn a_bundle_imported_on_a_new_laptop_equals_the_archive_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo_file(dir.path());
    let bundle = dir.path().join("traspaso.pleno");
    export(&source, &bundle);
    let laptop = tempfile::tempdir().unwrap();
    let target = laptop.path().join("pleno.db");
    let report = pleno_api::bundle_verify::import_bundle(&bundle, &target, now()).unwrap();
    assert_eq!(report.kept, None, "there was nothing to keep aside");
    assert_eq!(dump(&source), dump(&target));
    assert!(Api::open(&target).unwrap().verify_minutes().unwrap().ok);
}

#[test]
fn a_bundle_opened_read_only_answers_every_read_and_refuses_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("traspaso.pleno");
    export(&demo_file(dir.path()), &bundle);
    let mut api = Api::open_read_only(&bundle).unwrap();
    let copy = api.app_info().read_only.expect("the app is told it is a copy");
    assert_eq!(copy.banner.es, "Copia de consulta — datos al 10 de diciembre de 2026");
    assert_eq!(copy.banner.en, "Read-only copy — data as of 10 December 2026");
    assert!(!api.search("repatriacion", 10).unwrap().is_empty(), "search works");
    assert!(!api.plan_progress(now().date()).unwrap().is_empty(), "the plan with its agreements");
    let approved = api.verify_minutes().unwrap().minutes[0].meeting_id;
    assert!(api.pdf_minutes(approved, now().date(), pleno_api::Language::Es).unwrap().starts_with(b"%PDF"));
    let person: pleno_domain::directory_model::PersonDraft =
        serde_json::from_value(serde_json::json!({ "name": "Nadie" })).unwrap();
    let refusals = [
        api.add_person(&person).map(|_| ()).unwrap_err(),
        api.update_settings(&api.settings().unwrap().into()).map(|_| ()).unwrap_err(),
        api.set_backup_policy(pleno_api::backup_rotation::BackupPolicy { daily: 1, weekly: 1 })
            .map(|_| ())
            .unwrap_err(),
    ];
    for error in refusals {
        assert_eq!((error.code, error.kind.as_str()), (ErrorCode::ReadOnly, "read_only"), "{}", error.message);
        assert!(error.message.starts_with("Esta es una copia de consulta"), "{}", error.message);
        assert!(error.message_en.starts_with("This is a read-only copy"), "{}", error.message_en);
    }
}

#[test]
fn automatic_copies_are_taken_once_a_day_and_rotated() {
    let dir = tempfile::tempdir().unwrap();
    let api = Api::open(&demo_file(dir.path())).unwrap();
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    assert!(api.backup_if_due(day(1)).unwrap().is_some());
    assert!(api.backup_if_due(day(1)).unwrap().is_none(), "at most one a day");
    for d in 2..=12 {
        api.backup_if_due(day(d)).unwrap();
    }
    let dates: Vec<chrono::NaiveDate> = api.backups().unwrap().iter().map(|b| b.taken_on).collect();
    // The last seven days (6 to 12 December) and the Sunday that ends the week before (29 Nov is before; 6 Dec is kept).
    assert_eq!(dates[..7], (6..=12).rev().map(day).collect::<Vec<_>>()[..]);
    assert!(dates.len() <= 9, "{dates:?}");
    assert!(api.backups().unwrap()[0].name == "pleno-2026-12-12.sqlite3" && api.backups().unwrap()[0].size > 0);
}
