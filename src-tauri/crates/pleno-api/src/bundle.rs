//! `pleno archive export`: the handover bundle of the Technical Secretariat, one
//! `.pleno` file (a zip) the next Secretariat opens on another laptop. It holds a
//! snapshot of the database, every file the archive keeps, a PDF of every
//! approved acta, the register of agreements as PDF and CSV, and `manifest.json`
//! with the SHA-256 and size of every member, the schema, the head of the minutes
//! chain and the rows per table, so `bundle_verify` can name the first thing that
//! differs. Everything but the snapshot is made from the snapshot itself, so the
//! members always agree with one another.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::Language;
use pleno_store::{minutes_db, stored_file_db, OpenMode};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::files::FileError;
use crate::meetings::hex;
use crate::{Api, ApiError, Result};

/// The format a bundle declares, so a zip that is not one is told apart.
pub const BUNDLE_FORMAT: &str = "pleno-archive";
pub const BUNDLE_FORMAT_VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const SNAPSHOT: &str = "pleno.sqlite3";

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    /// The version of Pleno that exported it.
    pub app_version: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    pub exported_at: NaiveDateTime,
    pub exported_by: String,
    /// The hash of the last approved acta.
    pub minutes_chain_head: Option<String>,
    /// Rows per table of the snapshot.
    #[ts(type = "Record<string, number>")]
    pub tables: BTreeMap<String, i64>,
    pub members: Vec<ManifestMember>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ManifestMember {
    pub path: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExportReport {
    pub path: String,
    #[ts(type = "number")]
    pub size: u64,
    pub manifest: Manifest,
}

/// Who exports and when, read at the boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exporter {
    pub by: String,
    pub at: NaiveDateTime,
}

impl Api {
    /// Writes the handover bundle to `path` (through a temporary file beside it).
    pub fn export_bundle(&self, path: &Path, exporter: &Exporter) -> Result<ExportReport> {
        let scratch = tempfile::tempdir().map_err(|e| crate::files::unreadable(path, &e))?;
        let snapshot = scratch.path().join(SNAPSHOT);
        self.store.copy_to(&snapshot)?;
        let members = Api::open_store(&snapshot, OpenMode::ReadOnly)?.bundle_members(exporter.at.date())?;
        let snapshot_bytes = std::fs::read(&snapshot).map_err(|e| crate::files::unreadable(&snapshot, &e))?;
        let facts = pleno_store::inspect_copy(&snapshot)?;
        let head = Api::open_store(&snapshot, OpenMode::ReadOnly)?.minutes_chain_head()?;
        let mut all = vec![(SNAPSHOT.to_string(), snapshot_bytes)];
        all.extend(members);
        let manifest = Manifest {
            format: BUNDLE_FORMAT.into(),
            format_version: BUNDLE_FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").into(),
            schema_version: facts.schema_version,
            exported_at: exporter.at,
            exported_by: exporter.by.clone(),
            minutes_chain_head: head,
            tables: facts.tables,
            members: all.iter().map(|(p, b)| member_of(p, b)).collect(),
        };
        write_zip(path, &all, &manifest)?;
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or_default();
        Ok(ExportReport { path: path.display().to_string(), size, manifest })
    }

    /// Every member but the snapshot, as (path in the zip, bytes).
    fn bundle_members(&self, today: NaiveDate) -> Result<Vec<(String, Vec<u8>)>> {
        let mut members = Vec::new();
        for file in self.store.read(stored_file_db::all)? {
            let folder = match file.table {
                "agenda_document" => "documentos/agenda",
                "measurement_evidence" => "documentos/evidencia-mediciones",
                _ => "documentos/evidencia-informes",
            };
            members.push((format!("{folder}/{}-{}", file.id, safe_name(&file.file_name)), file.content));
        }
        for row in self.store.read(minutes_db::approved_chain)? {
            let title = self.meeting(row.meeting_id)?.meeting.title;
            let pdf = self.pdf_minutes(row.meeting_id, today, Language::Es)?;
            members.push((format!("actas/{}-{}.pdf", row.meeting_id, safe_name(&title)), pdf));
        }
        let all = AgreementFilter::default();
        members
            .push(("acuerdos/registro-de-acuerdos.pdf".into(), self.pdf_agreements(None, None, today, Language::Es)?));
        members
            .push(("acuerdos/registro-de-acuerdos.csv".into(), self.export_agreements_csv(&all, today)?.into_bytes()));
        Ok(members)
    }
}

pub(crate) fn member_of(path: &str, bytes: &[u8]) -> ManifestMember {
    ManifestMember { path: path.to_string(), sha256: hex(&Sha256::digest(bytes)), size: bytes.len() as u64 }
}

/// A file name safe as one path segment on every system: no separators, no
/// control characters, no leading dot; accents are kept.
fn safe_name(name: &str) -> String {
    let cleaned: String =
        name.chars()
            .map(|c| {
                if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                    '_'
                } else {
                    c
                }
            })
            .collect();
    let trimmed = cleaned.trim().trim_start_matches('.');
    if trimmed.is_empty() {
        "archivo".to_string()
    } else {
        trimmed.to_string()
    }
}

fn write_zip(path: &Path, members: &[(String, Vec<u8>)], manifest: &Manifest) -> Result<()> {
    let shown = path.display().to_string();
    let fail = |reason: String| ApiError::from(FileError::Unwritable { path: shown.clone(), reason });
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(FileError::FolderMissing { path: shown.clone(), folder: dir.display().to_string() }.into());
    }
    let temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(e.to_string()))?;
    let mut zip = zip::ZipWriter::new(temp);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    let manifest_bytes = serde_json::to_vec_pretty(manifest).map_err(|e| fail(e.to_string()))?;
    for (name, bytes) in
        members.iter().map(|(n, b)| (n.as_str(), b.as_slice())).chain([(MANIFEST, manifest_bytes.as_slice())])
    {
        zip.start_file(name, options).map_err(|e| fail(e.to_string()))?;
        zip.write_all(bytes).map_err(|e| fail(e.to_string()))?;
    }
    let temp = zip.finish().map_err(|e| fail(e.to_string()))?;
    temp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = temp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    temp.persist(path).map_err(|e| fail(e.error.to_string()))?;
    Ok(())
}
