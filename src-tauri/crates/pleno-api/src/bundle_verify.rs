//! `pleno archive verify` and `pleno archive import`: a handover bundle checked
//! member by member against its manifest (presence, size, SHA-256, nothing
//! unlisted), then its database (SQLite's integrity, the schema, the rows per
//! table, the minutes chain and its head). The first thing that differs is named
//! as a typed refusal; an import installs the bundle's database only after all of
//! it passed.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use pleno_domain::{Language, Localized, Text};
use serde::Serialize;
use ts_rs::TS;

use crate::backup::{check_copy, CopyCheck};
use crate::bundle::{member_of, Manifest, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST, SNAPSHOT};
use crate::{ApiError, ErrorCode, Result};

/// The first thing in a bundle that is not what its manifest says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum BundleDifference {
    NotABundle { path: String, reason: String },
    ManifestMissing,
    ManifestUnreadable { reason: String },
    UnknownFormat { format: String, version: u32 },
    MemberMissing { member: String },
    MemberUnlisted { member: String },
    SizeDiffers { member: String, manifest: u64, found: u64 },
    HashDiffers { member: String },
    Integrity { problem: String },
    SchemaDiffers { manifest: i64, found: i64 },
    CountDiffers { table: String, manifest: i64, found: i64 },
    ChainBroken { acta: String },
    ChainHeadDiffers,
}

impl Localized for BundleDifference {
    fn localized(&self, lang: Language) -> String {
        let es = lang == Language::Es;
        let say = |s: String, e: String| if es { s } else { e };
        use BundleDifference::*;
        match self {
            NotABundle { path, reason } => say(
                format!("{path} no es un archivo de traspaso de Pleno ({reason})"),
                format!("{path} is not a Pleno handover bundle ({reason})"),
            ),
            ManifestMissing => {
                say("falta manifest.json en el archivo".into(), "manifest.json is missing from the bundle".into())
            }
            ManifestUnreadable { reason } => say(
                format!("manifest.json no se puede leer: {reason}"),
                format!("manifest.json cannot be read: {reason}"),
            ),
            UnknownFormat { format, version } => say(
                format!("el formato «{format}» versión {version} no es uno que esta versión de Pleno conozca"),
                format!("the format «{format}» version {version} is not one this version of Pleno knows"),
            ),
            MemberMissing { member } => say(
                format!("falta {member}, que el manifiesto lista"),
                format!("{member} is missing, though the manifest lists it"),
            ),
            MemberUnlisted { member } => {
                say(format!("{member} no figura en el manifiesto"), format!("{member} is not listed in the manifest"))
            }
            SizeDiffers { member, manifest, found } => say(
                format!("{member} mide {found} bytes; el manifiesto dice {manifest}"),
                format!("{member} is {found} bytes; the manifest says {manifest}"),
            ),
            HashDiffers { member } => say(
                format!("el SHA-256 de {member} no es el del manifiesto: el archivo cambió"),
                format!("the SHA-256 of {member} is not the manifest's: the file changed"),
            ),
            Integrity { problem } => say(
                format!("la base de datos del archivo está dañada (integrity_check: {problem})"),
                format!("the bundle's database is damaged (integrity_check: {problem})"),
            ),
            SchemaDiffers { manifest, found } => say(
                format!("la base de datos tiene el esquema {found}; el manifiesto dice {manifest}"),
                format!("the database has schema {found}; the manifest says {manifest}"),
            ),
            CountDiffers { table, manifest, found } => say(
                format!("la tabla {table} tiene {found} filas; el manifiesto dice {manifest}"),
                format!("the table {table} has {found} rows; the manifest says {manifest}"),
            ),
            ChainBroken { acta } => say(
                format!("la cadena de actas está rota: el acta de la {acta} no da su hash"),
                format!("the minutes chain is broken: the minutes of the {acta} no longer give their hash"),
            ),
            ChainHeadDiffers => say(
                "la última acta aprobada no es la que el manifiesto registra".into(),
                "the last approved minutes are not those the manifest records".into(),
            ),
        }
    }
}

impl From<BundleDifference> for ApiError {
    fn from(error: BundleDifference) -> Self {
        ApiError::refusal(ErrorCode::Database, &error)
    }
}

/// A bundle that passed every check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BundleCheck {
    pub path: String,
    pub manifest: Manifest,
    /// What was checked, one sentence each.
    pub checked: Vec<Text>,
    pub database: CopyCheck,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BundleImport {
    pub path: String,
    /// Where the archive it replaced was kept, when there was one.
    pub kept: Option<String>,
    pub bundle: BundleCheck,
}

/// Checks every member of the bundle at `path`, then its database.
pub fn verify_bundle(path: &Path) -> Result<BundleCheck> {
    let scratch = tempfile::tempdir().map_err(|e| crate::files::unreadable(path, &e))?;
    verify_into(path, &scratch.path().join(SNAPSHOT))
}

/// Verifies the bundle at `path` and installs its database at `target`, keeping
/// the archive it replaces beside it, dated by `now`.
pub fn import_bundle(path: &Path, target: &Path, now: NaiveDateTime) -> Result<BundleImport> {
    let scratch = tempfile::tempdir().map_err(|e| crate::files::unreadable(path, &e))?;
    let snapshot = scratch.path().join(SNAPSHOT);
    let bundle = verify_into(path, &snapshot)?;
    let kept = crate::restore::keep_aside(target, now)?;
    crate::restore::install(&snapshot, target)?;
    Ok(BundleImport { path: target.display().to_string(), kept: kept.map(|p| p.display().to_string()), bundle })
}

/// Verifies the bundle and leaves its database, checked, at `snapshot`.
pub(crate) fn verify_into(path: &Path, snapshot: &Path) -> Result<BundleCheck> {
    let mut zip = open_zip(path)?;
    let manifest = read_manifest(&mut zip)?;
    check_members(&mut zip, &manifest, snapshot)?;
    let database = check_copy(snapshot)?;
    check_database(&manifest, &database)?;
    let checked = sentences(&manifest, &database);
    Ok(BundleCheck { path: path.display().to_string(), manifest, checked, database })
}

type Zip = zip::ZipArchive<File>;

fn open_zip(path: &Path) -> Result<Zip> {
    let not_bundle = |reason: String| BundleDifference::NotABundle { path: path.display().to_string(), reason };
    let file = File::open(path).map_err(|e| crate::files::unreadable(path, &e))?;
    Ok(zip::ZipArchive::new(file).map_err(|e| not_bundle(e.to_string()))?)
}

fn read_manifest(zip: &mut Zip) -> Result<Manifest> {
    let mut text = String::new();
    match zip.by_name(MANIFEST) {
        Ok(mut entry) => entry
            .read_to_string(&mut text)
            .map_err(|e| BundleDifference::ManifestUnreadable { reason: e.to_string() })?,
        Err(_) => return Err(BundleDifference::ManifestMissing.into()),
    };
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| BundleDifference::ManifestUnreadable { reason: e.to_string() })?;
    if manifest.format != BUNDLE_FORMAT || manifest.format_version != BUNDLE_FORMAT_VERSION {
        return Err(
            BundleDifference::UnknownFormat { format: manifest.format, version: manifest.format_version }.into()
        );
    }
    Ok(manifest)
}

/// Every listed member present with its size and hash, in the manifest's order,
/// then nothing in the zip the manifest does not list. The snapshot is written
/// out to `snapshot` on the way.
fn check_members(zip: &mut Zip, manifest: &Manifest, snapshot: &Path) -> Result<()> {
    for listed in &manifest.members {
        let bytes = member_bytes(zip, &listed.path)?;
        let found = member_of(&listed.path, &bytes);
        if found.size != listed.size {
            let (manifest, found) = (listed.size, found.size);
            return Err(BundleDifference::SizeDiffers { member: listed.path.clone(), manifest, found }.into());
        }
        if found.sha256 != listed.sha256 {
            return Err(BundleDifference::HashDiffers { member: listed.path.clone() }.into());
        }
        if listed.path == SNAPSHOT {
            std::fs::write(snapshot, &bytes).map_err(|e| crate::files::unreadable(snapshot, &e))?;
        }
    }
    if !manifest.members.iter().any(|m| m.path == SNAPSHOT) {
        return Err(BundleDifference::MemberMissing { member: SNAPSHOT.into() }.into());
    }
    let listed: BTreeSet<&str> = manifest.members.iter().map(|m| m.path.as_str()).collect();
    let names: Vec<String> = zip.file_names().filter_map(|n| n.ok()).map(|n| n.into_owned()).collect();
    if let Some(extra) = names.iter().find(|n| n.as_str() != MANIFEST && !listed.contains(n.as_str())) {
        return Err(BundleDifference::MemberUnlisted { member: extra.clone() }.into());
    }
    Ok(())
}

fn member_bytes(zip: &mut Zip, name: &str) -> Result<Vec<u8>> {
    let missing = || ApiError::from(BundleDifference::MemberMissing { member: name.to_string() });
    let mut entry = zip.by_name(name).map_err(|_| missing())?;
    let mut bytes = Vec::new();
    entry.read_to_end(&mut bytes).map_err(|_| ApiError::from(BundleDifference::HashDiffers { member: name.into() }))?;
    Ok(bytes)
}

fn check_database(manifest: &Manifest, db: &CopyCheck) -> Result<()> {
    if let Some(problem) = db.integrity_problems.first() {
        return Err(BundleDifference::Integrity { problem: problem.clone() }.into());
    }
    if db.schema_version != manifest.schema_version {
        return Err(
            BundleDifference::SchemaDiffers { manifest: manifest.schema_version, found: db.schema_version }.into()
        );
    }
    let tables: BTreeSet<&String> = manifest.tables.keys().chain(db.tables.keys()).collect();
    for table in tables {
        let (listed, found) = (manifest.tables.get(table).copied(), db.tables.get(table).copied());
        if listed != found {
            let (manifest, found) = (listed.unwrap_or(-1), found.unwrap_or(-1));
            return Err(BundleDifference::CountDiffers { table: table.clone(), manifest, found }.into());
        }
    }
    if !db.minutes_chain_intact || !db.minutes_records_match {
        let acta = db.first_mismatch.clone().unwrap_or_default();
        return Err(BundleDifference::ChainBroken { acta }.into());
    }
    if db.minutes_chain_head != manifest.minutes_chain_head {
        return Err(BundleDifference::ChainHeadDiffers.into());
    }
    Ok(())
}

fn sentences(manifest: &Manifest, db: &CopyCheck) -> Vec<Text> {
    let n = manifest.members.len() as u64;
    let mut checked = vec![Text::new(
        format!(
            "{}: presentes, con el tamaño y el SHA-256 del manifiesto",
            pleno_domain::lang::plural(n, "miembro", "miembros")
        ),
        format!(
            "{}: present, with the manifest's size and SHA-256",
            pleno_domain::lang::plural(n, "member", "members")
        ),
    )];
    checked.extend(db.checked.iter().cloned());
    checked.push(Text::new(
        "Filas por tabla y cabeza de la cadena de actas: las del manifiesto",
        "Rows per table and head of the minutes chain: the manifest's",
    ));
    checked
}

/// The folder where `path`'s database is kept while it is consulted read-only.
pub(crate) fn consult_folder(path: &Path) -> PathBuf {
    use sha2::{Digest, Sha256};
    let key = crate::meetings::hex(&Sha256::digest(path.display().to_string().as_bytes()));
    std::env::temp_dir().join(format!("pleno-consulta-{}", &key[..16]))
}
