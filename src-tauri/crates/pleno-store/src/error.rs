//! What can go wrong opening or using the store. Each error is a kind with its
//! parameters and a message in Spanish (`Display`) and English (`Localized`): the
//! CLI prints them and the app shows them to the Secretariat.

use std::path::PathBuf;

use pleno_domain::{Language, Localized};
use serde::{Serialize, Serializer};
use thiserror::Error;

#[derive(Debug, Error, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum StoreError {
    #[error("la carpeta {0} no existe; créela o elija otra ubicación para la base de datos")]
    DirectoryMissing(PathBuf),
    #[error("{0} es una carpeta, no un archivo de base de datos")]
    IsDirectory(PathBuf),
    #[error("la base de datos {0} no existe; créela con «pleno --db {0} init»")]
    Missing(PathBuf),
    #[error("no se puede leer {path}: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("{0} no es una base de datos de Pleno (el archivo no se ha modificado)")]
    NotPleno(PathBuf),
    #[error(
        "{path} fue escrita por una versión más reciente de Pleno (esquema {found}; esta versión conoce hasta el {known}). Actualice Pleno; el archivo no se ha modificado"
    )]
    NewerSchema { path: PathBuf, found: i64, known: i64 },
    #[error("no se pudo hacer la copia de seguridad antes de actualizar {path}: {reason}")]
    Backup { path: PathBuf, reason: String },
    #[error(
        "la base de datos {0} quedó incompleta (tiene el esquema pero no los Estados miembros ni el plan): ejecute «pleno --db {0} init» de nuevo para completarla"
    )]
    Incomplete(PathBuf),
    #[error("esta es una copia de consulta: no se puede modificar nada en ella")]
    ReadOnly,
    #[error(
        "{path} es de una versión anterior de Pleno (esquema {found}; esta versión usa el {known}) y una copia de consulta no se actualiza: ábrala normalmente una vez para actualizarla"
    )]
    ReadOnlyOutdated { path: PathBuf, found: i64, known: i64 },
    #[error("no se pudo copiar la base de datos a {path}: {reason}")]
    CopyFailed { path: PathBuf, reason: String },
    #[error("no queda espacio en el disco: no se guardó nada. Libere espacio y vuelva a intentarlo")]
    DiskFull,
    #[error("los datos no son válidos: {0}")]
    Domain(#[from] pleno_domain::DomainError),
    #[error("error de la base de datos: {0}")]
    Sqlite(#[serde(serialize_with = "as_text")] rusqlite::Error),
}

/// A full disk (or `max_page_count` reached) is a plain-words refusal of its own,
/// not "database or disk is full": SQLite rolled the change back, nothing was saved.
impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull,
            _ => StoreError::Sqlite(error),
        }
    }
}

fn as_text<S: Serializer>(error: &rusqlite::Error, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&error.to_string())
}

impl Localized for StoreError {
    fn localized(&self, lang: Language) -> String {
        use StoreError::*;
        if lang == Language::Es {
            return self.to_string();
        }
        match self {
            DirectoryMissing(dir) => {
                format!("the folder {} does not exist; create it or choose another place for the database", dir.display())
            }
            IsDirectory(path) => format!("{} is a folder, not a database file", path.display()),
            Missing(path) => {
                format!("the database {0} does not exist; create it with «pleno --db {0} init»", path.display())
            }
            Unreadable { path, reason } => format!("cannot read {}: {reason}", path.display()),
            NotPleno(path) => format!("{} is not a Pleno database (the file was not changed)", path.display()),
            NewerSchema { path, found, known } => format!(
                "{} was written by a newer version of Pleno (schema {found}; this version knows up to {known}). Update Pleno; the file was not changed",
                path.display()
            ),
            Backup { path, reason } => {
                format!("the backup copy before upgrading {} could not be made: {reason}", path.display())
            }
            Incomplete(path) => format!(
                "the database {0} was left incomplete (it has the schema but not the member states or the plan): run «pleno --db {0} init» again to complete it",
                path.display()
            ),
            ReadOnly => "this is a read-only copy: nothing in it can be changed".into(),
            ReadOnlyOutdated { path, found, known } => format!(
                "{} is from an older version of Pleno (schema {found}; this version uses {known}) and a read-only copy is not upgraded: open it normally once to upgrade it",
                path.display()
            ),
            CopyFailed { path, reason } => format!("the database could not be copied to {}: {reason}", path.display()),
            DiskFull => "there is no space left on the disk: nothing was saved. Free some space and try again".into(),
            Domain(error) => format!("the data are not valid: {}", error.localized(lang)),
            Sqlite(error) => format!("database error: {error}"),
        }
    }
}
