//! Opening a database file safely. The file is first inspected read-only, so a
//! file that is not Pleno's — or was written by a newer Pleno — is refused without
//! a single byte changing; only then is it opened for writing and, if older,
//! copied aside and upgraded in one transaction.

use std::path::{Path, PathBuf};
use std::time::Duration;

use pleno_domain::reference::ReferenceData;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::schema::{self, APPLICATION_ID, CURRENT_VERSION};
use crate::{country_db, plan_db, Result, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file when it does not exist (`pleno init`, the app).
    CreateIfMissing,
    /// Refuse a missing file: a typo in `--db` must not create an empty archive.
    MustExist,
    /// A copy to consult (`--read-only`): SQLite opens it read-only, nothing is
    /// created, upgraded or written; an older schema is refused, as upgrading it
    /// would be a write.
    ReadOnly,
}

/// What opening did to the file, so the caller can tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Created,
    Current,
    Upgraded { from: i64, to: i64, backup: PathBuf },
}

/// Opens `path`; with `reference`, a database created here gets the reference data
/// in the same transaction as its schema, so a failure (a full disk) leaves no file
/// with a schema and no states.
pub fn open_file(path: &Path, mode: OpenMode, reference: Option<&ReferenceData>) -> Result<(Connection, Opened)> {
    if path.is_dir() {
        return Err(StoreError::IsDirectory(path.to_path_buf()));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(StoreError::DirectoryMissing(parent));
    }
    let exists = path.exists();
    if !exists && mode != OpenMode::CreateIfMissing {
        return Err(StoreError::Missing(path.to_path_buf()));
    }
    let version = if exists { inspect(path)? } else { 0 };
    if mode == OpenMode::ReadOnly {
        return open_read_only(path, version);
    }

    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    configure(&conn)?;
    let opened = if version == CURRENT_VERSION {
        Opened::Current
    } else if version == 0 {
        create(&mut conn, reference)?;
        Opened::Created
    } else {
        let backup = backup_beside(&conn, path, version)?;
        upgrade(&mut conn, version)?;
        Opened::Upgraded { from: version, to: CURRENT_VERSION, backup }
    };
    Ok((conn, opened))
}

/// The read-only connection of `OpenMode::ReadOnly`: only a file of this very
/// schema, since upgrading would write.
fn open_read_only(path: &Path, version: i64) -> Result<(Connection, Opened)> {
    if version != CURRENT_VERSION {
        return Err(StoreError::ReadOnlyOutdated { path: path.to_path_buf(), found: version, known: CURRENT_VERSION });
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok((conn, Opened::Current))
}

pub fn open_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    upgrade(&mut conn, 0)?;
    Ok(conn)
}

/// Reads the schema version of an existing file without writing to it.
/// Returns 0 for an empty file (a database nobody has written yet).
pub(crate) fn inspect(path: &Path) -> Result<i64> {
    std::fs::File::open(path)
        .map_err(|e| StoreError::Unreadable { path: path.to_path_buf(), reason: e.to_string() })?;
    let not_pleno = || StoreError::NotPleno(path.to_path_buf());
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| not_pleno())?;
    let read = |pragma: &str| conn.pragma_query_value(None, pragma, |row| row.get::<_, i64>(0));
    // A file that is not SQLite at all fails here, on the first read of its header.
    let application_id = read("application_id").map_err(|_| not_pleno())?;
    let version = read("user_version").map_err(|_| not_pleno())?;
    let objects: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0)).map_err(|_| not_pleno())?;
    match (application_id, objects) {
        (0, 0) => Ok(0),
        (APPLICATION_ID, _) if version > CURRENT_VERSION => {
            Err(StoreError::NewerSchema { path: path.to_path_buf(), found: version, known: CURRENT_VERSION })
        }
        (APPLICATION_ID, _) => Ok(version),
        _ => Err(not_pleno()),
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // WAL keeps readers and the writer apart and survives a crash mid-write.
    // An in-memory database answers "memory" here, which is fine.
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    if let Some(pages) = std::env::var(MAX_PAGES_ENV).ok().and_then(|v| v.parse::<u32>().ok()) {
        conn.pragma_update(None, "max_page_count", pages)?;
    }
    Ok(())
}

/// Caps the archive at this many pages (4 KiB each), as a full disk would: the
/// tests prove with it, on any machine, that a write meeting a full disk saves
/// nothing and says so. Unset in normal use.
pub const MAX_PAGES_ENV: &str = "PLENO_MAX_PAGES";

/// A new database: the schema and, when given, the reference data, all or nothing.
fn create(conn: &mut Connection, reference: Option<&ReferenceData>) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    schema::upgrade(&tx, 0)?;
    if let Some(data) = reference {
        load_reference(&tx, data)?;
    }
    tx.commit()?;
    Ok(())
}

/// Loads the shipped reference data (member states, the founding offices and the
/// plan) unless the archive already has them; returns whether anything was loaded.
/// An archive that already had its states got the founding offices from the v6
/// upgrade instead (sql/v6.sql), so they are never doubled.
pub fn load_reference(tx: &Transaction, data: &ReferenceData) -> Result<bool> {
    if country_db::count(tx)? > 0 || plan_db::has_plan(tx)? {
        return Ok(false);
    }
    country_db::insert_all(tx, &data.countries)?;
    for office in &data.offices {
        crate::appointment_db::insert_office(tx, office.office, &office.country, &office.term()?)?;
    }
    plan_db::insert(tx, &data.strategic_plan, &data.operating_plans)?;
    Ok(true)
}

/// Whether the archive has what `pleno init` loads: its member states and the plan.
/// An older Pleno could fail between the schema and the reference data (a full
/// disk) and leave an archive without them, on which nothing counts right.
pub fn is_complete(conn: &Connection) -> Result<bool> {
    Ok(country_db::count(conn)? > 0 && plan_db::has_plan(conn)?)
}

/// Upgrades with foreign keys off, as SQLite's procedure for rebuilding a table
/// asks (v8 rebuilds `meeting`): dropping the old table must not cascade to the
/// rows that reference it. Every reference is checked before the commit, and
/// foreign keys are on again whatever happened.
fn upgrade(conn: &mut Connection, from: i64) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let upgraded = upgrade_in_transaction(conn, from);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    upgraded
}

fn upgrade_in_transaction(conn: &mut Connection, from: i64) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    schema::upgrade(&tx, from)?;
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    if broken > 0 {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
            Some(format!("{broken} foreign keys broken by the upgrade")),
        )
        .into());
    }
    tx.commit()?;
    Ok(())
}

/// Copies the database beside itself with SQLite's online backup API, named with
/// the time and the version it had, e.g. `pleno.db.20261128-031500.v1.bak`.
fn backup_beside(conn: &Connection, path: &Path, version: i64) -> Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{stamp}.v{version}.bak"));
    let backup = path.with_file_name(name);
    conn.backup(rusqlite::MAIN_DB, &backup, None::<fn(rusqlite::backup::Progress)>)
        .map_err(|e| StoreError::Backup { path: path.to_path_buf(), reason: e.to_string() })?;
    Ok(backup)
}
