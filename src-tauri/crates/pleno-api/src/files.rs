//! Writing files the user asked for (exports, PDFs) so that a failure never leaves
//! a partial file: write a temporary file beside the target, then rename it.

use std::io::Write;
use std::path::Path;

use crate::{ApiError, Result};

pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |reason: String| ApiError::invalid(format!("No se pudo escribir {}: {reason}", path.display()));
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(fail(format!("la carpeta {} no existe", dir.display())));
    }
    if path.is_dir() {
        return Err(fail("es una carpeta".into()));
    }
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(e.to_string()))?;
    temp.write_all(bytes).map_err(|e| fail(e.to_string()))?;
    // Temporary files are private (0600); a document the user saves is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(|e| fail(e.to_string()))?;
    }
    temp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
    temp.persist(path).map_err(|e| fail(e.error.to_string()))?;
    Ok(())
}
