//! Copies of the archive. A copy is taken with SQLite's online backup API in one
//! step, so it is one consistent moment of the archive even while the app or
//! another process writes; it is written beside its target and renamed, so a
//! failure never leaves half a copy; and it is a single file (journal mode
//! DELETE), with nothing in a `-wal` beside it. `inspect_copy` reads a copy
//! without writing a byte: whose file it is, its schema, SQLite's own integrity
//! check and how many rows each table holds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::{open, Result, Store, StoreError};

/// What reading a copy found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyFacts {
    pub schema_version: i64,
    /// What `PRAGMA integrity_check` reported; empty when it answered "ok".
    pub integrity_problems: Vec<String>,
    /// Rows per table, every table of the schema (FTS5 shadow tables left out).
    pub tables: BTreeMap<String, i64>,
}

impl Store {
    /// Copies the whole database into `dest` (replaced if it exists).
    pub fn copy_to(&self, dest: &Path) -> Result<()> {
        self.read(|conn| copy_database(conn, dest))
    }

    /// Rows per table of this database, as `inspect_copy` counts them.
    pub fn table_counts(&self) -> Result<BTreeMap<String, i64>> {
        self.read(table_counts)
    }
}

/// The online backup of `source` into `dest`, through a temporary file beside it.
pub fn copy_database(source: &Connection, dest: &Path) -> Result<()> {
    let failed = |reason: String| StoreError::CopyFailed { path: dest.to_path_buf(), reason };
    let partial = partial_name(dest);
    let outcome = (|| {
        let mut target = Connection::open(&partial)?;
        {
            let backup = Backup::new(source, &mut target)?;
            step_to_the_end(&backup)?;
        }
        // The copy is one file: its journal is not carried as a `-wal` beside it.
        target.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
        target.close().map_err(|(_, e)| e)?;
        Ok::<_, rusqlite::Error>(())
    })();
    if let Err(error) = outcome {
        let _ = std::fs::remove_file(&partial);
        return Err(match StoreError::from(error) {
            StoreError::DiskFull => StoreError::DiskFull,
            other => failed(other.to_string()),
        });
    }
    std::fs::rename(&partial, dest).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        failed(e.to_string())
    })
}

/// One step copies every page at once (`-1`), so no write by another connection
/// can slip between two halves of the copy; a busy source is waited for.
fn step_to_the_end(backup: &Backup) -> rusqlite::Result<()> {
    for _ in 0..100 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            // More (never after -1), Busy or Locked: wait, then step again.
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    Err(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None))
}

fn partial_name(dest: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(dest.file_name().unwrap_or_default());
    name.push(format!(".{}.partial", std::process::id()));
    dest.with_file_name(name)
}

/// Reads the copy at `path` without writing to it. A file that is not Pleno's, or
/// is from a newer Pleno, is refused as `Store::open` refuses it.
pub fn inspect_copy(path: &Path) -> Result<CopyFacts> {
    let schema_version = open::inspect(path)?;
    if schema_version == 0 {
        return Err(StoreError::NotPleno(path.to_path_buf()));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    let integrity_problems = integrity_problems(&conn)?;
    let tables = if integrity_problems.is_empty() { table_counts(&conn)? } else { BTreeMap::new() };
    Ok(CopyFacts { schema_version, integrity_problems, tables })
}

/// `PRAGMA integrity_check`'s lines, none when it says "ok". A file damaged
/// beyond reading is one problem, worded by SQLite.
fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let lines = conn.prepare("PRAGMA integrity_check").and_then(|mut stmt| {
        stmt.query_map([], |row| row.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<String>>>()
    });
    match lines {
        Ok(lines) if lines == ["ok"] => Ok(Vec::new()),
        Ok(lines) => Ok(lines),
        Err(error) => Ok(vec![error.to_string()]),
    }
}

/// Rows per table; the search index's own tables are derived, so left out.
pub fn table_counts(conn: &Connection) -> Result<BTreeMap<String, i64>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
           AND name NOT IN (SELECT m.name || s.suffix FROM sqlite_master m,
                 (SELECT '_data' AS suffix UNION ALL SELECT '_idx' UNION ALL SELECT '_content'
                  UNION ALL SELECT '_docsize' UNION ALL SELECT '_config') s
               WHERE m.sql LIKE 'CREATE VIRTUAL TABLE%')
         ORDER BY name",
    )?;
    let names = stmt.query_map([], |row| row.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    let mut counts = BTreeMap::new();
    for name in names {
        let count = conn.query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |row| row.get(0))?;
        counts.insert(name, count);
    }
    Ok(counts)
}

/// Copies the database file at `source` into `dest` with the online backup API,
/// reading the source as it stands with its `-wal` (never writing to it).
pub fn copy_file(source: &Path, dest: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| StoreError::NotPleno(source.to_path_buf()))?;
    conn.busy_timeout(Duration::from_secs(5))?;
    copy_database(&conn, dest)
}
