//! Where the database lives: `--db`, else `PLENO_DB`, else the OS app-data folder.
//! The app and the CLI resolve it here, so both open the same archive by default.

use std::path::PathBuf;

pub const DB_ENV: &str = "PLENO_DB";

pub fn resolve_db_path(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os(DB_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(default_db_path)
}

/// `~/.local/share/pleno/pleno.db` on Linux; the platform's equivalent elsewhere.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("org", "Coalición Regional", "pleno")
        .map(|dirs| dirs.data_dir().join("pleno.db"))
        .unwrap_or_else(|| PathBuf::from("pleno.db"))
}
