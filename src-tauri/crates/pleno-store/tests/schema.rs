//! The schema over time: every released schema, kept as a fixture, upgrades to
//! exactly the schema a fresh database gets; and opening refuses what it must
//! without touching the file.

use std::path::Path;

use pleno_store::{OpenMode, Opened, Store, StoreError, CURRENT_VERSION};
use rusqlite::Connection;

const FIXTURES: &[(i64, &str)] = &[
    (1, include_str!("fixtures/schema-v1.sql")),
    (2, include_str!("fixtures/schema-v2.sql")),
    (3, include_str!("fixtures/schema-v3.sql")),
    (4, include_str!("fixtures/schema-v4.sql")),
    (5, include_str!("fixtures/schema-v5.sql")),
    (6, include_str!("fixtures/schema-v6.sql")),
    (7, include_str!("fixtures/schema-v7.sql")),
];

fn schema_of(path: &Path) -> Vec<(String, String, String)> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

fn write_fixture(path: &Path, version: i64, sql: &str) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
    conn.pragma_update(None, "application_id", 0x504C_4E4F).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
}

#[test]
fn every_released_schema_upgrades_to_exactly_the_fresh_schema() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.db");
    Store::open(&fresh, OpenMode::CreateIfMissing).unwrap();
    for (version, sql) in FIXTURES {
        let old = dir.path().join(format!("v{version}.db"));
        write_fixture(&old, *version, sql);
        let (_, opened) = Store::open(&old, OpenMode::MustExist).unwrap();
        if *version < CURRENT_VERSION {
            let Opened::Upgraded { from, backup, .. } = opened else {
                panic!("v{version} was not upgraded: {opened:?}")
            };
            assert_eq!(from, *version);
            assert!(backup.exists(), "a copy of the v{version} file is kept before upgrading");
        }
        assert_eq!(schema_of(&old), schema_of(&fresh), "v{version} upgraded differs from a fresh schema");
    }
}

#[test]
fn the_current_schema_has_a_fixture_so_the_next_upgrade_is_tested_from_it() {
    assert_eq!(FIXTURES.last().unwrap().0, CURRENT_VERSION, "add tests/fixtures/schema-v{CURRENT_VERSION}.sql");
}

#[test]
fn every_foreign_key_column_leads_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    let conn = Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in tables {
        let fks: Vec<String> = conn
            .prepare(&format!("SELECT \"from\" FROM pragma_foreign_key_list('{table}')"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for column in fks {
            let leading: bool = conn
                .query_row(
                    &format!(
                        "SELECT EXISTS (SELECT 1 FROM pragma_index_list('{table}') il
                         JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = ?1)"
                    ),
                    [&column],
                    |r| r.get(0),
                )
                .unwrap();
            // An INTEGER PRIMARY KEY is the rowid itself, the best index there is.
            let rowid: bool = conn
                .query_row(
                    &format!("SELECT EXISTS (SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1 AND pk = 1 AND type = 'INTEGER')"),
                    [&column],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(leading || rowid, "{table}.{column} is a foreign key without an index");
        }
    }
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_byte_for_byte_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrupt.db");
    let bytes: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &bytes).unwrap();
    for mode in [OpenMode::CreateIfMissing, OpenMode::MustExist] {
        let error = Store::open(&path, mode).err().expect("a corrupt file must be refused");
        assert!(matches!(error, StoreError::NotPleno(_)), "{error}");
        assert!(error.to_string().contains("no es una base de datos de Pleno"));
    }
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no -wal, -shm or copy is left beside it");
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    let before = std::fs::read(&path).unwrap();
    let error = Store::open(&path, OpenMode::CreateIfMissing).err().unwrap();
    assert!(matches!(error, StoreError::NotPleno(_)), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_database_from_a_newer_pleno_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    write_fixture(&path, CURRENT_VERSION + 1, FIXTURES.last().unwrap().1);
    let before = std::fs::read(&path).unwrap();
    let error = Store::open(&path, OpenMode::MustExist).err().unwrap();
    assert!(matches!(error, StoreError::NewerSchema { found, .. } if found == CURRENT_VERSION + 1), "{error}");
    assert!(error.to_string().contains("versión más reciente de Pleno"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_missing_directory_or_a_directory_path_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("no-such-folder").join("p.db");
    let error = Store::open(&nowhere, OpenMode::CreateIfMissing).err().unwrap();
    assert!(matches!(error, StoreError::DirectoryMissing(_)), "{error}");
    assert!(!nowhere.parent().unwrap().exists(), "the folder is not created behind the user's back");
    let error = Store::open(dir.path(), OpenMode::CreateIfMissing).err().unwrap();
    assert!(matches!(error, StoreError::IsDirectory(_)), "{error}");
}

#[test]
fn a_missing_file_is_created_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    assert!(matches!(Store::open(&path, OpenMode::MustExist), Err(StoreError::Missing(_))));
    assert!(!path.exists());
    let (_, opened) = Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    assert_eq!(opened, Opened::Created);
    let (_, opened) = Store::open(&path, OpenMode::MustExist).unwrap();
    assert_eq!(opened, Opened::Current);
}

#[test]
fn the_database_runs_in_wal_mode_with_foreign_keys_enforced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let (store, _) = Store::open(&path, OpenMode::CreateIfMissing).unwrap();
    store
        .read(|conn| {
            let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
            let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
            assert_eq!((mode.as_str(), fk), ("wal", 1));
            Ok::<_, StoreError>(())
        })
        .unwrap();
}
