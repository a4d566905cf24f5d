//! Documents the Secretariat prints: each is built here as a description from the
//! store and rendered to PDF bytes by `pleno-docs`, so the app and the CLI print
//! exactly the same thing.

mod plan;

use pleno_docs::{DocsError, Document};

use crate::{ApiError, Result};

impl From<DocsError> for ApiError {
    fn from(error: DocsError) -> Self {
        ApiError::invalid(pleno_domain::text::capitalise(&error.to_string()))
    }
}

pub(crate) fn render(doc: &Document) -> Result<Vec<u8>> {
    Ok(pleno_docs::render(doc)?)
}
