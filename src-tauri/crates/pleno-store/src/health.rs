//! What `pleno doctor` and the app's About ask of the file itself: the schema
//! version it carries and SQLite's own integrity check. Read-only pragmas, kept
//! here so the API never writes SQL.

use rusqlite::Connection;

use crate::Result;

/// The schema version written in the file (`PRAGMA user_version`).
pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// `PRAGMA integrity_check`: empty when SQLite finds nothing wrong, else each
/// problem it names (at most 100, SQLite's own limit).
pub fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let lines = stmt.query_map([], |row| row.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(lines.into_iter().filter(|line| line != "ok").collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_passes_the_integrity_check_and_carries_the_current_version() {
        let store = crate::Store::open_in_memory().unwrap();
        store
            .read(|conn| {
                assert_eq!(integrity_problems(conn)?, Vec::<String>::new());
                assert_eq!(schema_version(conn)?, crate::CURRENT_VERSION);
                Ok::<_, crate::StoreError>(())
            })
            .unwrap();
    }
}
