//! The files the user names: writing exports and PDFs so that a failure never
//! leaves a partial file (a temporary file beside the target, then a rename), and
//! reading imports and attachments with an error that names the file.

use std::io::Write;
use std::path::Path;

use pleno_domain::{Language, Localized};
use serde::Serialize;

use crate::{ApiError, ErrorCode, Result};

/// Why a file could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum FileError {
    Unwritable {
        path: String,
        reason: String,
    },
    FolderMissing {
        path: String,
        folder: String,
    },
    IsFolder {
        path: String,
    },
    Unreadable {
        path: String,
        reason: String,
    },
    /// The disk filled up while the file was written: nothing was left half-written.
    DiskFull {
        path: String,
    },
}

impl Localized for FileError {
    fn localized(&self, lang: Language) -> String {
        use FileError::*;
        match (self, lang) {
            (Unwritable { path, reason }, Language::Es) => format!("no se pudo escribir {path}: {reason}"),
            (Unwritable { path, reason }, Language::En) => format!("could not write {path}: {reason}"),
            (FolderMissing { path, folder }, Language::Es) => {
                format!("no se pudo escribir {path}: la carpeta {folder} no existe")
            }
            (FolderMissing { path, folder }, Language::En) => {
                format!("could not write {path}: the folder {folder} does not exist")
            }
            (IsFolder { path }, Language::Es) => format!("{path} es una carpeta, no un archivo"),
            (IsFolder { path }, Language::En) => format!("{path} is a folder, not a file"),
            (Unreadable { path, reason }, Language::Es) => format!("no se pudo leer {path}: {reason}"),
            (Unreadable { path, reason }, Language::En) => format!("could not read {path}: {reason}"),
            (DiskFull { path }, Language::Es) => {
                format!("no queda espacio en el disco: no se guardó {path}. Libere espacio e inténtelo de nuevo")
            }
            (DiskFull { path }, Language::En) => {
                format!("there is no space left on the disk: {path} was not saved. Free some space and try again")
            }
        }
    }
}

impl From<FileError> for ApiError {
    fn from(error: FileError) -> Self {
        let code = match error {
            FileError::DiskFull { .. } => ErrorCode::DiskFull,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = path.display().to_string();
    let fail = |error: std::io::Error| write_failure(&shown, error);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(FileError::FolderMissing { path: shown, folder: dir.display().to_string() }.into());
    }
    if path.is_dir() {
        return Err(FileError::IsFolder { path: shown }.into());
    }
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    // Temporary files are private (0600); a document the user saves is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Why writing `path` failed, a full disk said in plain words.
fn write_failure(path: &str, error: std::io::Error) -> FileError {
    match error.kind() {
        std::io::ErrorKind::StorageFull => FileError::DiskFull { path: path.to_string() },
        _ => FileError::Unwritable { path: path.to_string(), reason: error.to_string() },
    }
}

/// `error` reading `path`, as the refusal that names the file.
pub(crate) fn unreadable(path: &Path, error: &dyn std::fmt::Display) -> ApiError {
    FileError::Unreadable { path: path.display().to_string(), reason: error.to_string() }.into()
}

/// The bytes of a file the user chose, or an error that names it.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    if path.is_dir() {
        return Err(FileError::IsFolder { path: path.display().to_string() }.into());
    }
    std::fs::read(path)
        .map_err(|e| FileError::Unreadable { path: path.display().to_string(), reason: e.to_string() }.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_said_in_plain_words_and_the_target_is_left_alone() {
        // /dev/full answers every write with "no space left on device" (ENOSPC),
        // the error a full disk gives `write_file_atomically`.
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
        let Ok(mut full) = full else { return };
        let error = full.write_all(b"acta").and_then(|_| full.flush()).unwrap_err();
        let api_error = ApiError::from(write_failure("acta.pdf", error));
        assert_eq!(api_error.code, ErrorCode::DiskFull);
        assert!(api_error.message.starts_with("No queda espacio en el disco"), "{}", api_error.message);
        assert!(api_error.message_en.starts_with("There is no space left on the disk"), "{}", api_error.message_en);
    }
}
