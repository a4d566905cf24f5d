//! What can go wrong opening or using the store. Messages are plain Spanish: the
//! CLI prints them as they are and the app shows them to the Secretariat.

use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
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
    #[error("los datos no son válidos: {0}")]
    Domain(#[from] pleno_domain::DomainError),
    #[error("error de la base de datos: {0}")]
    Sqlite(#[from] rusqlite::Error),
}
