//! `pleno backup`: a consistent copy of the archive while it is in use (SQLite's
//! online backup API), then checked as a restore would check it — SQLite's
//! `integrity_check` and the minutes' hash chain recomputed on the copy — and a
//! report that says, in both languages, what was checked.

use std::collections::BTreeMap;
use std::path::Path;

use pleno_domain::lang::plural;
use pleno_domain::Text;
use pleno_store::{inspect_copy, CopyFacts, OpenMode, Store};
use serde::Serialize;
use ts_rs::TS;

use crate::{Api, Result};

/// What checking a copy found; `sound` says whether it may be restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CopyCheck {
    pub path: String,
    #[ts(type = "number")]
    pub size: u64,
    #[ts(type = "number")]
    pub schema_version: i64,
    /// SQLite's `PRAGMA integrity_check` answered "ok".
    pub integrity_ok: bool,
    pub integrity_problems: Vec<String>,
    /// How many approved actas had their hash and chain recomputed.
    pub minutes_checked: u32,
    pub minutes_chain_intact: bool,
    /// The hash of the last approved acta: the head of the chain.
    pub minutes_chain_head: Option<String>,
    /// The record under every typed acta still drafts what was approved.
    pub minutes_records_match: bool,
    /// The first acta whose stored text no longer gives its hash, or whose
    /// record no longer matches it.
    pub first_mismatch: Option<String>,
    /// Rows per table.
    #[ts(type = "Record<string, number>")]
    pub tables: BTreeMap<String, i64>,
    /// What was checked, one sentence each.
    pub checked: Vec<Text>,
    /// Integrity and chain both hold.
    pub sound: bool,
}

impl Api {
    /// Copies the open archive to `dest` and checks the copy.
    pub fn backup(&self, dest: &Path) -> Result<CopyCheck> {
        self.store.copy_to(dest)?;
        check_copy(dest)
    }

    /// The head of this archive's minutes chain, for a bundle's manifest.
    pub fn minutes_chain_head(&self) -> Result<Option<String>> {
        Ok(self.verify_minutes()?.minutes.last().map(|m| m.hash.clone()))
    }
}

/// Checks the copy at `path` without changing it. A file that is not Pleno's or
/// is from a newer Pleno is refused (a typed error); a damaged one is answered
/// with `sound: false` and what was wrong.
pub fn check_copy(path: &Path) -> Result<CopyCheck> {
    let facts = inspect_copy(path)?;
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or_default();
    let chain = match facts.integrity_problems.is_empty() {
        true => Some(chain_of(path, facts.schema_version)?),
        false => None,
    };
    Ok(report(path, size, facts, chain))
}

/// The minutes chain of the copy: read-only when it has this Pleno's schema; an
/// older copy is upgraded in a scratch copy first, as opening it would.
fn chain_of(path: &Path, version: i64) -> Result<crate::minutes::VerifyReport> {
    if version == pleno_store::CURRENT_VERSION {
        return Api::open_store(path, OpenMode::ReadOnly)?.verify_minutes();
    }
    let scratch = tempfile::tempdir().map_err(|e| crate::files::unreadable(path, &e))?;
    let copy = scratch.path().join("copia.sqlite3");
    std::fs::copy(path, &copy).map_err(|e| crate::files::unreadable(path, &e))?;
    Api::open_store(&copy, OpenMode::MustExist)?.verify_minutes()
}

fn report(path: &Path, size: u64, facts: CopyFacts, chain: Option<crate::minutes::VerifyReport>) -> CopyCheck {
    let integrity_ok = facts.integrity_problems.is_empty();
    let (checked_count, intact, head) = match &chain {
        Some(c) => (c.minutes.len() as u32, c.intact, c.minutes.last().map(|m| m.hash.clone())),
        None => (0, false, None),
    };
    let records_match = chain.as_ref().is_some_and(|c| c.ok);
    let first_mismatch = chain.as_ref().and_then(|c| {
        c.first_mismatch.clone().or_else(|| {
            c.minutes.iter().find(|m| !m.compared_as_worded && !m.matches_record).map(|m| m.meeting_title.clone())
        })
    });
    let rows: i64 = facts.tables.values().sum();
    let mut checked = vec![Text::build(|lang| match lang {
        pleno_domain::Language::Es => format!(
            "Integridad de SQLite (PRAGMA integrity_check): {}",
            if integrity_ok { "correcta" } else { "DAÑADA" }
        ),
        pleno_domain::Language::En => {
            format!("SQLite integrity (PRAGMA integrity_check): {}", if integrity_ok { "ok" } else { "DAMAGED" })
        }
    })];
    if chain.is_some() {
        checked.push(chain_sentence(checked_count, intact && records_match, first_mismatch.as_deref()));
        checked.push(Text::new(
            format!(
                "Esquema {} y {} en {}",
                facts.schema_version,
                plural(rows as u64, "fila", "filas"),
                plural(facts.tables.len() as u64, "tabla", "tablas")
            ),
            format!(
                "Schema {} and {} in {}",
                facts.schema_version,
                plural(rows as u64, "row", "rows"),
                plural(facts.tables.len() as u64, "table", "tables")
            ),
        ));
    }
    CopyCheck {
        path: path.display().to_string(),
        size,
        schema_version: facts.schema_version,
        integrity_ok,
        integrity_problems: facts.integrity_problems,
        minutes_checked: checked_count,
        minutes_chain_intact: intact,
        minutes_records_match: records_match,
        minutes_chain_head: head,
        first_mismatch,
        tables: facts.tables,
        checked,
        sound: integrity_ok && intact && records_match,
    }
}

fn chain_sentence(count: u32, intact: bool, first_mismatch: Option<&str>) -> Text {
    let count = count as u64;
    match (intact, first_mismatch) {
        (true, _) => Text::new(
            format!(
                "Cadena de hashes de las actas: {}, todo intacto y el registro bajo cada una sin cambios",
                plural(count, "acta aprobada", "actas aprobadas")
            ),
            format!(
                "Minutes hash chain: {}, all intact and the record under each unchanged",
                plural(count, "approved acta", "approved actas")
            ),
        ),
        (false, mismatch) => {
            let first = mismatch.unwrap_or("?");
            Text::new(
                format!("Cadena de hashes de las actas: ROTA; la primera que difiere es la de la {first}"),
                format!("Minutes hash chain: BROKEN; the first that differs is that of the {first}"),
            )
        }
    }
}

impl Api {
    /// Opens `path` in `mode` as a complete archive (for copies being checked).
    pub(crate) fn open_store(path: &Path, mode: OpenMode) -> Result<Api> {
        let (store, _) = Store::open(path, mode)?;
        store.ensure_complete()?;
        Ok(Api { store, consult: None })
    }
}
