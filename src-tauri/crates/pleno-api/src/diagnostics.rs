//! What `pleno doctor` and the app's About report: which Pleno this is (version,
//! build date, commit), which archive it has open (path, size, schema version,
//! last backup), and whether that archive is sound (SQLite's integrity check, the
//! minutes' hash chain). One report, worded here, so the CLI and the app agree.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Local, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

use pleno_domain::text::capitalise;
use pleno_domain::{Language, Localized, Text};
use pleno_store::health;

use crate::{Api, Result};

/// The version, as `pleno --version` prints it: "0.1.0 (2026-12-01, 1a2b3c4d5e6f)".
pub const VERSION_LINE: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (", env!("PLENO_BUILD_DATE"), ", ", env!("PLENO_COMMIT"), ")");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BuildInfo {
    pub version: String,
    /// YYYY-MM-DD (UTC) of the build.
    pub build_date: String,
    /// The git commit it was built from, or "unknown".
    pub commit: String,
}

impl BuildInfo {
    pub fn current() -> Self {
        BuildInfo {
            version: env!("CARGO_PKG_VERSION").into(),
            build_date: env!("PLENO_BUILD_DATE").into(),
            commit: env!("PLENO_COMMIT").into(),
        }
    }
}

/// A copy of the archive found beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LastBackup {
    pub path: String,
    #[ts(type = "string")]
    pub modified: NaiveDateTime,
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// A licence Pleno ships under or with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Licence {
    /// What it covers.
    pub component: String,
    /// SPDX identifier.
    pub spdx: String,
}

/// Something wrong with the archive; `pleno doctor` exits non-zero on any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
#[ts(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum DoctorProblem {
    /// SQLite's integrity check named these problems.
    Integrity { details: Vec<String> },
    /// The file carries another schema version than this Pleno writes.
    SchemaVersion { found: i64, expected: i64 },
    /// An approved acta no longer matches its hash or chain.
    MinutesChain { first_mismatch: Option<String> },
    /// A table of counts the schema keeps no longer agrees with the record
    /// (each entry: the table and how many of its rows differ).
    DerivedCounts { tables: Vec<String> },
}

impl Localized for DoctorProblem {
    fn localized(&self, lang: Language) -> String {
        use DoctorProblem::*;
        match (lang, self) {
            (Language::Es, Integrity { details }) => {
                format!("la comprobación de integridad de SQLite falló: {}", details.join("; "))
            }
            (Language::En, Integrity { details }) => format!("SQLite's integrity check failed: {}", details.join("; ")),
            (Language::Es, SchemaVersion { found, expected }) => {
                format!("la base de datos tiene el esquema {found}; esta versión de Pleno usa el {expected}")
            }
            (Language::En, SchemaVersion { found, expected }) => {
                format!("the database has schema {found}; this version of Pleno uses {expected}")
            }
            (Language::Es, MinutesChain { first_mismatch }) => match first_mismatch {
                Some(m) => format!("la cadena de actas aprobadas está rota: {m} no coincide con su huella"),
                None => "la cadena de actas aprobadas está rota".into(),
            },
            (Language::En, MinutesChain { first_mismatch }) => match first_mismatch {
                Some(m) => format!("the chain of approved minutes is broken: {m} no longer matches its hash"),
                None => "the chain of approved minutes is broken".into(),
            },
            (Language::Es, DerivedCounts { tables }) => {
                format!("los recuentos guardados no coinciden con el registro: {}", tables.join("; "))
            }
            (Language::En, DerivedCounts { tables }) => {
                format!("the kept counts no longer match the record: {}", tables.join("; "))
            }
        }
    }
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Diagnostics {
    pub build: BuildInfo,
    pub db_path: String,
    /// The database file with its write-ahead log, in bytes.
    #[ts(type = "number")]
    pub db_size_bytes: u64,
    pub schema_version: i64,
    pub expected_schema_version: i64,
    pub last_backup: Option<LastBackup>,
    /// How many approved actas the chain holds (all checked).
    pub approved_minutes: usize,
    pub licences: Vec<Licence>,
    pub problems: Vec<DoctorProblem>,
    /// Each problem worded in both languages, in the same order.
    pub problem_messages: Vec<Text>,
    /// Nothing wrong: no problems.
    pub ok: bool,
}

impl Diagnostics {
    /// The report as lines of text in `lang`, for the terminal and the clipboard.
    pub fn lines(&self, lang: Language) -> Vec<String> {
        let l = |es: &str, en: &str| lang.pick(es, en).to_string();
        let b = &self.build;
        let backup = match &self.last_backup {
            Some(f) => format!("{} ({})", f.path, f.modified.format("%Y-%m-%d %H:%M")),
            None => l("ninguna", "none"),
        };
        let mut lines = vec![
            format!(
                "Pleno {} ({} {}, {} {})",
                b.version,
                l("compilado el", "built on"),
                b.build_date,
                "commit",
                b.commit
            ),
            format!("{}: {}", l("Base de datos", "Database"), self.db_path),
            format!("{}: {}", l("Tamaño", "Size"), human_size(self.db_size_bytes)),
            format!("{}: {}", l("Versión del esquema", "Schema version"), self.schema_version),
            format!("{}: {backup}", l("Última copia de seguridad", "Last backup")),
            format!("{}: {}", l("Actas aprobadas verificadas", "Approved minutes verified"), self.approved_minutes),
        ];
        let licences: Vec<String> = self.licences.iter().map(|x| format!("{} ({})", x.component, x.spdx)).collect();
        lines.push(format!("{}: {}", l("Licencias", "Licences"), licences.join(", ")));
        if self.ok {
            lines.push(l("Estado: sin problemas", "Status: no problems"));
        }
        for problem in &self.problems {
            lines.push(format!("{}: {}", l("Problema", "Problem"), problem.localized(lang)));
        }
        lines
    }
}

/// "12.3 MB", "840 KB": sizes as a person reads them.
fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1 << 20)),
        b if b >= 1 << 10 => format!("{} KB", b >> 10),
        b => format!("{b} B"),
    }
}

fn licences() -> Vec<Licence> {
    vec![
        Licence { component: "Pleno".into(), spdx: "MIT".into() },
        Licence { component: "Noto Sans".into(), spdx: "OFL-1.1".into() },
    ]
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// The archive's size on disk: the file and its write-ahead log.
fn db_size(path: &Path) -> u64 {
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    file_size(path) + file_size(Path::new(&wal))
}

/// The newest copy of the archive kept beside it: the dated copies taken before an
/// upgrade (`pleno.db.20261128-031500.v1.bak`) and anything in a `backups` folder
/// of the data folder. None found is not a problem: a new archive has none.
pub fn last_backup(db: &Path) -> Option<LastBackup> {
    let folder = db.parent()?;
    let name = db.file_name()?.to_string_lossy().into_owned();
    let beside = list(folder).filter(move |p| {
        let file = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        file.starts_with(&name) && file.ends_with(".bak")
    });
    let in_backups = ["backups", "copias"].into_iter().flat_map(|sub| list(&folder.join(sub)));
    beside
        .chain(in_backups)
        .filter_map(|path| {
            let meta = std::fs::metadata(&path).ok().filter(|m| m.is_file())?;
            Some((meta.modified().ok()?, path, meta.len()))
        })
        .max_by_key(|(modified, _, _)| *modified)
        .map(|(modified, path, size_bytes)| LastBackup {
            path: path.display().to_string(),
            modified: local_time(modified),
            size_bytes,
        })
}

fn list(folder: &Path) -> impl Iterator<Item = PathBuf> {
    std::fs::read_dir(folder).into_iter().flatten().flatten().map(|entry| entry.path())
}

fn local_time(time: SystemTime) -> NaiveDateTime {
    DateTime::<Local>::from(time).naive_local()
}

/// How far the diagnostics look into the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckDepth {
    /// What About shows in a moment: SQLite's quick check and the minutes' chain.
    Quick,
    /// `pleno doctor`: SQLite's full integrity check and the kept counts
    /// recomputed from the record too (a minute or two at a million agreements).
    Full,
}

impl Api {
    /// `pleno doctor` and About: the build, the archive, and the checks on it.
    pub fn diagnostics(&self, depth: CheckDepth) -> Result<Diagnostics> {
        let (schema_version, integrity, derived) = self.store.read(|conn| {
            let full = depth == CheckDepth::Full;
            Ok::<_, pleno_store::StoreError>((
                health::schema_version(conn)?,
                health::integrity_problems(conn, full)?,
                if full { health::derived_problems(conn)? } else { Vec::new() },
            ))
        })?;
        let minutes = self.verify_minutes()?;
        let expected = pleno_store::CURRENT_VERSION;
        let mut problems = Vec::new();
        if !integrity.is_empty() {
            problems.push(DoctorProblem::Integrity { details: integrity });
        }
        if schema_version != expected {
            problems.push(DoctorProblem::SchemaVersion { found: schema_version, expected });
        }
        if !derived.is_empty() {
            problems.push(DoctorProblem::DerivedCounts { tables: derived });
        }
        if !minutes.intact {
            problems.push(DoctorProblem::MinutesChain { first_mismatch: minutes.first_mismatch.clone() });
        }
        let path = self.db_path();
        Ok(Diagnostics {
            build: BuildInfo::current(),
            db_path: path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
            db_size_bytes: path.as_deref().map(db_size).unwrap_or(0),
            schema_version,
            expected_schema_version: expected,
            last_backup: path.as_deref().and_then(last_backup),
            approved_minutes: minutes.minutes.len(),
            licences: licences(),
            ok: problems.is_empty(),
            problem_messages: problems
                .iter()
                .map(|p| Text::new(capitalise(&p.localized(Language::Es)), capitalise(&p.localized(Language::En))))
                .collect(),
            problems,
        })
    }
}
