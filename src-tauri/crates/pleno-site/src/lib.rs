//! The published archive: `pleno publish -o DIR` writes a static site — meetings
//! with their approved actas (HTML and PDF), the register of agreements with their
//! follow-up, the Strategic Plan with the agreements under each indicator and the
//! computed indicators — and an offline full-text search built with Pagefind's Rust
//! API, so any static host serves it with no server code and no Node.
//!
//! What may be shown is decided by `pleno_api::Api::publication`; this crate only
//! renders it. The directory is never read, so no phone, e-mail or address can
//! reach a page.

mod html;
mod layout;
mod pages;
mod search_index;
mod write;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use pleno_api::publication::{Publication, PublishedMeeting};
use pleno_api::{Api, ApiError, ErrorCode};
use pleno_domain::agreement::Agreement;
use pleno_domain::lang::plural;
use pleno_domain::{Language, Localized, Text};
use serde::Serialize;

pub use layout::Page;

/// What was written, for the CLI to report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishReport {
    pub dir: String,
    pub pages: u32,
    /// Pages the search index holds.
    pub indexed: u32,
    pub minutes: u32,
    pub agreements: u32,
    /// Meetings whose acta is not approved, so not published.
    pub withheld_minutes: u32,
    pub withheld_agreements: u32,
    pub withheld_follow_ups: u32,
}

impl PublishReport {
    /// What was published and what was left out, in a sentence in each language,
    /// for the CLI and the app alike.
    pub fn summary(&self) -> Text {
        let n = u64::from;
        Text {
            es: format!(
                "Archivo publicado en {}: {} ({} en el índice de búsqueda), {} y {}. No se publicaron {}, \
                 ni {} y {} que dependen de ellas.",
                self.dir,
                plural(n(self.pages), "página", "páginas"),
                self.indexed,
                plural(n(self.minutes), "acta aprobada", "actas aprobadas"),
                plural(n(self.agreements), "acuerdo", "acuerdos"),
                plural(n(self.withheld_minutes), "acta sin aprobar", "actas sin aprobar"),
                plural(n(self.withheld_agreements), "acuerdo", "acuerdos"),
                plural(n(self.withheld_follow_ups), "seguimiento", "seguimientos"),
            ),
            en: format!(
                "Archive published in {}: {} ({} in the search index), {} and {}. Not published: {}, and {} \
                 and {} that depend on them.",
                self.dir,
                plural(n(self.pages), "page", "pages"),
                self.indexed,
                plural(n(self.minutes), "approved minutes", "approved minutes"),
                plural(n(self.agreements), "agreement", "agreements"),
                plural(n(self.withheld_minutes), "unapproved minutes", "unapproved minutes"),
                plural(n(self.withheld_agreements), "agreement", "agreements"),
                plural(n(self.withheld_follow_ups), "follow-up", "follow-ups"),
            ),
        }
    }
}

/// Why the site could not be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum SiteError {
    FolderUncreatable { path: String, reason: String },
    NotAFolder { path: String },
    SearchIndex { reason: String },
}

impl Localized for SiteError {
    fn localized(&self, lang: Language) -> String {
        use SiteError::*;
        match (self, lang) {
            (FolderUncreatable { path, reason }, Language::Es) => {
                format!("no se pudo crear la carpeta {path}: {reason}")
            }
            (FolderUncreatable { path, reason }, Language::En) => {
                format!("could not create the folder {path}: {reason}")
            }
            (NotAFolder { path }, Language::Es) => format!("{path} existe y no es una carpeta"),
            (NotAFolder { path }, Language::En) => format!("{path} exists and is not a folder"),
            (SearchIndex { reason }, Language::Es) => format!("no se pudo construir el índice de búsqueda: {reason}"),
            (SearchIndex { reason }, Language::En) => format!("the search index could not be built: {reason}"),
        }
    }
}

impl From<SiteError> for ApiError {
    fn from(error: SiteError) -> Self {
        let code = match error {
            SiteError::SearchIndex { .. } => ErrorCode::Internal,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

/// The published archive being rendered: the publication, in one language, on one day.
pub struct Site {
    pub lang: Language,
    pub today: NaiveDate,
    pub publication: Publication,
    /// Agreement numbers to their pages, for the actas' lists of agreements.
    by_number: BTreeMap<String, i64>,
}

impl Site {
    pub fn new(publication: Publication, lang: Language) -> Site {
        let by_number = publication.agreements.iter().map(|a| (a.number.clone(), a.id)).collect();
        Site { lang, today: publication.as_of, publication, by_number }
    }

    pub fn meeting(&self, id: i64) -> Option<&PublishedMeeting> {
        self.publication.meetings.iter().find(|m| m.meeting.id == id)
    }

    pub fn agreement_by_number(&self, number: &str) -> Option<i64> {
        self.by_number.get(number).copied()
    }

    pub fn agreements_of(&self, meeting_id: i64) -> impl Iterator<Item = &Agreement> {
        self.publication.agreements.iter().filter(move |a| a.meeting_id == meeting_id)
    }

    /// A title in the site's language.
    pub fn pick<'a>(&self, es: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(es, en)
    }
}

/// Writes the published archive into `dir` (created if missing) in `lang`, with the
/// statuses as of `today`: every page, the actas' PDFs, the stylesheet, and the
/// search index in `dir/pagefind`.
pub fn publish(api: &Api, dir: &Path, lang: Language, today: NaiveDate) -> Result<PublishReport, ApiError> {
    let site = Site::new(api.publication(today)?, lang);
    let pages = pages::all(&site);
    let pdfs = pages::minutes_pdfs(api, &site)?;
    write::site(dir, &site, &pages, &pdfs)?;
    let indexed = search_index::build(dir, &site, &pages)?;
    let withheld = site.publication.withheld;
    Ok(PublishReport {
        dir: dir.display().to_string(),
        pages: pages.len() as u32,
        indexed,
        minutes: pdfs.len() as u32,
        agreements: site.publication.agreements.len() as u32,
        withheld_minutes: withheld.minutes,
        withheld_agreements: withheld.agreements,
        withheld_follow_ups: withheld.follow_ups,
    })
}
