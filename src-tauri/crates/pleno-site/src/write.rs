//! Putting the site on disk: the folder made if missing, each file written whole
//! through the API's atomic writer (a full disk is said in plain words and leaves
//! no half-written page), and the stylesheet and the search page's script, which
//! are part of this crate.

use std::path::Path;

use pleno_api::{write_file_atomically, ApiError};

use crate::layout::Page;
use crate::{Site, SiteError};

pub const STYLE: &str = include_str!("../assets/style.css");
pub const SEARCH_SCRIPT: &str = include_str!("../assets/search.js");

/// A file that is not a page: a PDF, from the site's root.
pub struct Asset {
    pub path: String,
    pub bytes: Vec<u8>,
}

pub fn site(dir: &Path, site: &Site, pages: &[Page], assets: &[Asset]) -> Result<(), ApiError> {
    folder(dir)?;
    for page in pages {
        file(dir, &page.path, page.render(site).as_bytes())?;
    }
    for asset in assets {
        file(dir, &asset.path, &asset.bytes)?;
    }
    file(dir, "style.css", STYLE.as_bytes())?;
    file(dir, "search/search.js", SEARCH_SCRIPT.as_bytes())?;
    Ok(())
}

/// Writes `bytes` at `relative` under `dir`, making the folders on the way.
pub fn file(dir: &Path, relative: &str, bytes: &[u8]) -> Result<(), ApiError> {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        folder(parent)?;
    }
    write_file_atomically(&path, bytes)
}

pub fn folder(path: &Path) -> Result<(), ApiError> {
    if path.exists() && !path.is_dir() {
        return Err(SiteError::NotAFolder { path: path.display().to_string() }.into());
    }
    std::fs::create_dir_all(path)
        .map_err(|e| SiteError::FolderUncreatable { path: path.display().to_string(), reason: e.to_string() }.into())
}
