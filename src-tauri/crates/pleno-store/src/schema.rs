//! The versioned schema. `MIGRATIONS[n]` upgrades a database from version n to n+1;
//! a fresh database runs them all. Never edit a released migration: add one, and
//! keep the released schema as a fixture in `tests/fixtures/` (see tests/schema.rs).

use rusqlite::Transaction;

/// `PRAGMA application_id` of every Pleno database ("PLNO"), so that Pleno never
/// mistakes another program's SQLite file for its own.
pub const APPLICATION_ID: i64 = 0x504C_4E4F;

// One line per version, so that adding one is a one-line diff.
#[rustfmt::skip]
pub const MIGRATIONS: &[&str] = &[
    include_str!("../sql/v1.sql"),
    include_str!("../sql/v2.sql"),
    include_str!("../sql/v3.sql"),
    include_str!("../sql/v4.sql"),
    include_str!("../sql/v5.sql"),
    include_str!("../sql/v6.sql"),
    include_str!("../sql/v7.sql"),
    include_str!("../sql/v8.sql"),
    include_str!("../sql/v9.sql"),
    include_str!("../sql/v10.sql"),
];

pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the schema from `from` to `CURRENT_VERSION` inside the caller's transaction,
/// then records the version, so an interrupted upgrade leaves the old schema intact.
pub fn upgrade(tx: &Transaction, from: i64) -> rusqlite::Result<()> {
    for sql in &MIGRATIONS[from as usize..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", CURRENT_VERSION)?;
    Ok(())
}
