//! The typed responsible parties of the seed's POA 2018 come from two places:
//! `pleno_domain::poa::seed_parties` when the reference data is loaded into a
//! new archive, and the v7 migration for archives created before parties were
//! typed. This test proves both give the same rows.

use std::path::Path;

use pleno_domain::reference::ReferenceData;
use pleno_store::{Connection, OpenMode, Opened, Store};

type PartyRow = (String, i64, String, Option<String>, Option<i64>, String);

fn parties(conn: &Connection) -> Vec<PartyRow> {
    let mut stmt = conn
        .prepare(
            "SELECT a.code, p.position, p.kind, p.country_code, p.committee_id, p.name
             FROM activity_party p JOIN activity a ON a.id = p.activity_id ORDER BY a.code, p.position",
        )
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

/// A v6 archive holding the plan as v6 stored it, copied from `fresh`.
fn v6_archive_with_plan(path: &Path, fresh: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(include_str!("fixtures/schema-v6.sql")).unwrap();
    conn.pragma_update(None, "application_id", 0x504C_4E4F).unwrap();
    conn.pragma_update(None, "user_version", 6).unwrap();
    conn.execute("ATTACH ?1 AS f", [fresh.to_str().unwrap()]).unwrap();
    conn.execute_batch(
        "INSERT INTO strategic_plan SELECT * FROM f.strategic_plan;
         INSERT INTO plan_axis SELECT * FROM f.plan_axis;
         INSERT INTO strategic_objective SELECT * FROM f.strategic_objective;
         INSERT INTO plan_result SELECT * FROM f.plan_result;
         INSERT INTO indicator SELECT * FROM f.indicator;
         INSERT INTO operating_plan (id, strategic_plan_id, year, title)
             SELECT id, strategic_plan_id, year, title FROM f.operating_plan;
         INSERT INTO operational_objective SELECT * FROM f.operational_objective;
         INSERT INTO activity (id, operational_objective_id, code, title, target, indicator, responsible,
                               semester_1, semester_2, position)
             SELECT id, operational_objective_id, code, title, target, indicator, responsible,
                    semester_1, semester_2, position FROM f.activity;
         DETACH f;",
    )
    .unwrap();
}

#[test]
fn the_v7_migration_types_the_seed_parties_exactly_as_loading_the_reference_data_does() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.db");
    let (mut store, _) = Store::open(&fresh, OpenMode::CreateIfMissing).unwrap();
    assert!(store.load_reference(&ReferenceData::shipped()).unwrap());
    let expected = store.read(|conn| Ok::<_, pleno_store::StoreError>(parties(conn))).unwrap();
    drop(store);
    assert_eq!(expected.iter().filter(|p| p.1 == 0).count(), 19, "every activity of the POA 2018 has a party");

    let old = dir.path().join("v6.db");
    v6_archive_with_plan(&old, &fresh);
    let (store, opened) = Store::open(&old, OpenMode::MustExist).unwrap();
    assert!(matches!(opened, Opened::Upgraded { from: 6, .. }), "{opened:?}");
    let upgraded = store.read(|conn| Ok::<_, pleno_store::StoreError>(parties(conn))).unwrap();
    assert_eq!(upgraded, expected);
    let status: String = store
        .read(|conn| {
            Ok::<_, pleno_store::StoreError>(conn.query_row("SELECT status FROM operating_plan", [], |r| r.get(0))?)
        })
        .unwrap();
    assert_eq!(status, "aprobado", "the seed's POA 2018 is the adopted plan");
}
