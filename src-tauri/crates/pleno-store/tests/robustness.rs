//! The store under a failing machine: `init` is all or nothing, an archive left
//! incomplete by an older Pleno is refused with its repair, and a full disk is a
//! plain-words refusal that saved nothing.

use pleno_domain::directory_model::PersonDraft;
use pleno_domain::reference::ReferenceData;
use pleno_store::{person_db, OpenMode, Store, StoreError};

fn objects(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap()
}

#[test]
fn an_init_that_fails_half_way_through_the_reference_data_leaves_no_half_archive() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    let mut broken = ReferenceData::shipped();
    // The last office ends before it starts: the load fails after the schema and
    // the member states were written, inside the same transaction.
    let office = broken.offices.last_mut().expect("the founding offices are shipped");
    office.ends_on = office.starts_on - chrono::Duration::days(1);
    assert!(Store::init(&path, &broken).is_err());
    assert_eq!(objects(&path), 0, "neither the schema nor the states stayed behind");

    let (store, _, loaded) = Store::init(&path, &ReferenceData::shipped()).unwrap();
    assert!(loaded, "a second init creates the archive whole");
    store.ensure_complete().unwrap();
    assert_eq!(store.countries().unwrap().len(), 9);
}

#[test]
fn an_archive_with_the_schema_but_no_reference_data_is_refused_and_init_repairs_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    // What an older Pleno left when the disk filled between schema and reference data.
    drop(Store::open(&path, OpenMode::CreateIfMissing).unwrap());
    let (store, _) = Store::open(&path, OpenMode::MustExist).unwrap();
    let error = store.ensure_complete().unwrap_err();
    assert!(matches!(error, StoreError::Incomplete(_)), "{error:?}");
    assert!(error.to_string().contains("quedó incompleta"), "{error}");
    assert!(error.to_string().contains("init"), "the message says how to repair it: {error}");
    drop(store);

    let (store, _, loaded) = Store::init(&path, &ReferenceData::shipped()).unwrap();
    assert!(loaded, "init loads what was missing");
    store.ensure_complete().unwrap();
}

fn someone(i: usize) -> PersonDraft {
    PersonDraft { name: format!("Persona {i} {}", "x".repeat(150)), notes: "n".repeat(3000), ..Default::default() }
}

#[test]
fn a_write_that_meets_a_full_disk_says_so_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    let (mut store, _, _) = Store::init(&path, &ReferenceData::shipped()).unwrap();
    let pages: i64 = store.read(|c| Ok::<_, StoreError>(c.query_row("PRAGMA page_count", [], |r| r.get(0))?)).unwrap();
    store.read(|c| Ok::<_, StoreError>(c.pragma_update(None, "max_page_count", pages + 2)?)).unwrap();
    let error = store
        .write(|tx| {
            for i in 0..200 {
                person_db::insert(tx, &someone(i))?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap_err();
    assert!(matches!(error, StoreError::DiskFull), "{error:?}");
    assert_eq!(
        error.to_string(),
        "no queda espacio en el disco: no se guardó nada. Libere espacio y vuelva a intentarlo"
    );
    let people: i64 =
        store.read(|c| Ok::<_, StoreError>(c.query_row("SELECT count(*) FROM person", [], |r| r.get(0))?)).unwrap();
    assert_eq!(people, 0, "the transaction was rolled back whole");
}
