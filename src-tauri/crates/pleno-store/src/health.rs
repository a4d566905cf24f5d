//! What `pleno doctor` and the app's About ask of the file itself: the schema
//! version it carries, SQLite's own integrity check, and whether the counts the
//! schema keeps still agree with the record. Read-only pragmas, kept
//! here so the API never writes SQL.

use rusqlite::Connection;

use crate::Result;

/// The schema version written in the file (`PRAGMA user_version`).
pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// `PRAGMA integrity_check` (`full`) or `quick_check` (the same without
/// comparing every index with its table, so linear in the file's size): empty
/// when SQLite finds nothing wrong, else each problem it names (at most 100).
pub fn integrity_problems(conn: &Connection, full: bool) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(if full { "PRAGMA integrity_check" } else { "PRAGMA quick_check" })?;
    let lines = stmt.query_map([], |row| row.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(lines.into_iter().filter(|line| line != "ok").collect())
}

/// Each table of counts the schema keeps (v10) that no longer agrees with the
/// record it is derived from; empty when all agree. Reads the whole record, so it
/// belongs to `pleno doctor` and the tests, not to a screen.
pub fn derived_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for (table, kept, expected) in DERIVED {
        let query = format!(
            "SELECT (SELECT count(*) FROM ({kept} EXCEPT {expected})) + (SELECT count(*) FROM ({expected} EXCEPT {kept}))"
        );
        let differing: i64 = conn.query_row(&query, [], |row| row.get(0))?;
        if differing > 0 {
            problems.push(format!("{table}: {differing}"));
        }
    }
    Ok(problems)
}

/// Each kept table, its rows, and the rows the record gives it.
const DERIVED: [(&str, &str, &str); 4] = [
    ("agreement_facet", "SELECT * FROM agreement_facet", "SELECT * FROM agreement_facet_now"),
    (
        "facet_count",
        "SELECT facet, status, due_on, n FROM facet_count WHERE n > 0",
        "SELECT f.facet, k.status, k.due_on, count(*) FROM (
             SELECT 'all' AS facet, id AS agreement_id FROM agreement
             UNION ALL SELECT facet, agreement_id FROM agreement_facet_now
         ) f JOIN agreement_count_key k ON k.id = f.agreement_id GROUP BY f.facet, k.status, k.due_on",
    ),
    (
        "agreement_fulfilment",
        "SELECT agreement_id, fulfilled_on FROM agreement_fulfilment",
        "SELECT agreement_id, fulfilled_on FROM agreement_fulfilment_now",
    ),
    ("meeting_participation", "SELECT * FROM meeting_participation", "SELECT * FROM meeting_participation_now"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_passes_the_integrity_check_and_carries_the_current_version() {
        let store = crate::Store::open_in_memory().unwrap();
        store
            .read(|conn| {
                assert_eq!(integrity_problems(conn, true)?, Vec::<String>::new());
                assert_eq!(integrity_problems(conn, false)?, Vec::<String>::new());
                assert_eq!(schema_version(conn)?, crate::CURRENT_VERSION);
                assert_eq!(derived_problems(conn)?, Vec::<String>::new());
                Ok::<_, crate::StoreError>(())
            })
            .unwrap();
    }

    #[test]
    fn a_kept_count_that_no_longer_matches_the_record_is_named() {
        let store = crate::Store::open_in_memory().unwrap();
        store
            .read(|conn| {
                conn.execute(
                    "INSERT INTO facet_count (facet, status, due_on, n) VALUES ('all', 'pendiente', '', 3)",
                    [],
                )?;
                assert_eq!(derived_problems(conn)?, vec!["facet_count: 1".to_string()]);
                Ok::<_, crate::StoreError>(())
            })
            .unwrap();
    }
}
