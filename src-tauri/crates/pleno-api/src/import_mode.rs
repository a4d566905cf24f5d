//! Whether an import writes: every import (the directory CSV, the monitoring
//! matrix, a POA workbook) checks everything first and writes all or nothing.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum ImportMode {
    /// Check everything a write would and write nothing (`--dry-run`, the UI's preview).
    DryRun,
    /// Write the file if every row or cell is valid, else nothing.
    Write,
}

impl ImportMode {
    /// The mode a `--dry-run` flag asks for.
    pub fn dry_run(dry_run: bool) -> Self {
        if dry_run {
            ImportMode::DryRun
        } else {
            ImportMode::Write
        }
    }
}
