//! The offline search: every searchable page handed to Pagefind's Rust API as the
//! HTML it is published as, and the bundle (index, WebAssembly, the search UI)
//! written to `DIR/pagefind`. Pagefind folds accents, so "repatriacion" finds
//! "Repatriación"; the pages name their filters (year, member state, status) with
//! `data-pagefind-filter` attributes, which Pagefind reads as it indexes.

use std::path::Path;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use pleno_api::ApiError;

use crate::layout::Page;
use crate::{write, Site, SiteError};

/// Indexes the searchable pages and writes the bundle; returns how many pages it holds.
pub fn build(dir: &Path, site: &Site, pages: &[Page]) -> Result<u32, ApiError> {
    // Pagefind is asynchronous; it gets a runtime of its own on a thread of its own,
    // so that publishing works the same from the CLI and from inside the app's
    // async commands, where blocking on a runtime is not allowed.
    let files = std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(failed)?;
                runtime.block_on(index(site, pages))
            })
            .join()
            .unwrap_or_else(|_| Err(failed("the indexing thread stopped").into()))
    })?;
    let bundle = dir.join("pagefind");
    if bundle.is_dir() {
        // A bundle from an earlier publication would leave fragments nobody refers to.
        std::fs::remove_dir_all(&bundle)
            .map_err(|e| SiteError::FolderUncreatable { path: bundle.display().to_string(), reason: e.to_string() })?;
    }
    for file in files.1.iter().filter(|f| wanted(&f.filename.to_string_lossy())) {
        write::file(&bundle, &file.filename.to_string_lossy(), &file.contents)?;
    }
    Ok(files.0)
}

async fn index(site: &Site, pages: &[Page]) -> Result<(u32, Vec<pagefind::api::SyntheticFile>), ApiError> {
    let config =
        PagefindServiceConfig::builder().keep_index_url(true).force_language(site.lang.as_str().to_string()).build();
    let mut index = PagefindIndex::new(Some(config)).map_err(failed)?;
    let mut count = 0;
    for page in pages.iter().filter(|p| p.searchable) {
        index.add_html_file(None, Some(format!("/{}", page.path)), page.render(site)).await.map_err(failed)?;
        count += 1;
    }
    let files = index.get_files().await.map_err(failed)?;
    Ok((count, files))
}

/// The bundle's files the site uses: the search API, its worker and WebAssembly,
/// and the index. Pagefind's ready-made interfaces are left out: the search page
/// has its own, in the site's words, and their translation credits carry e-mail
/// addresses, which the published archive never holds.
fn wanted(name: &str) -> bool {
    !["pagefind-ui.", "pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight."]
        .iter()
        .any(|prefix| name.starts_with(prefix))
}

/// Pagefind's errors (`anyhow`) keep only their words.
fn failed(error: impl std::fmt::Display) -> SiteError {
    SiteError::SearchIndex { reason: error.to_string() }
}
