//! The site's pages, one module per kind, and what they share: where each record
//! lives, how a status or a meeting is named, and the actas' PDFs.

mod agreements;
mod home;
mod meetings;
mod minutes;
mod plan;
mod search;

use pleno_api::printing::{PrintDocument, PrintRequest};
use pleno_api::{Api, ApiError};
use pleno_domain::agreement::{Agreement, ResponsibleKind, ShownStatus};
use pleno_domain::meeting_model::Meeting;
use pleno_domain::Language;

use crate::html::esc;
use crate::layout::Page;
use crate::write::Asset;
use crate::Site;

/// Every page of the site.
pub fn all(site: &Site) -> Vec<Page> {
    let mut pages = vec![home::page(site), meetings::index(site), agreements::index(site), plan::page(site)];
    pages.extend(site.publication.meetings.iter().map(|m| meetings::page(site, m)));
    pages.extend(site.publication.agreements.iter().map(|a| agreements::page(site, a)));
    pages.push(search::page(site));
    pages
}

/// The PDF of every approved acta, printed by the API as the app prints it.
pub fn minutes_pdfs(api: &Api, site: &Site) -> Result<Vec<Asset>, ApiError> {
    site.publication
        .meetings
        .iter()
        .filter(|m| m.minutes.is_some())
        .map(|m| {
            let request = PrintRequest {
                document: PrintDocument::Minutes { meeting_id: m.meeting.id },
                language: Some(site.lang),
            };
            Ok(Asset { path: minutes_pdf_path(m.meeting.id), bytes: api.print(&request, site.today)? })
        })
        .collect()
}

pub fn meeting_path(id: i64) -> String {
    format!("meetings/{id}.html")
}

pub fn minutes_pdf_path(id: i64) -> String {
    format!("meetings/{id}-acta.pdf")
}

pub fn agreement_path(id: i64) -> String {
    format!("agreements/{id}.html")
}

/// The plan page's anchor for an indicator.
pub fn indicator_anchor(code: &str) -> String {
    format!("indicator-{code}")
}

pub fn meeting_title(meeting: &Meeting, lang: Language) -> &str {
    lang.pick(&meeting.title, &meeting.title_en)
}

/// The status as a labelled badge; the word is always there, the colour only helps.
pub fn status_badge(status: ShownStatus, lang: Language) -> String {
    format!("<span class=\"status status-{}\">{}</span>", status.as_str(), esc(status.label(lang)))
}

/// Who answers for an agreement, in the site's language, joined.
pub fn responsible(agreement: &Agreement, lang: Language) -> String {
    agreement
        .responsible
        .iter()
        .map(|r| lang.pick(r.label.as_str(), r.label_en.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The member states responsible for an agreement, for the search's state filter.
pub fn responsible_states(agreement: &Agreement, lang: Language) -> Vec<&str> {
    agreement
        .responsible
        .iter()
        .filter(|r| r.kind == ResponsibleKind::State)
        .map(|r| lang.pick(r.label.as_str(), r.label_en.as_str()))
        .collect()
}

/// The names of the search filters, as the search page shows them.
pub struct Filters;

impl Filters {
    pub fn year(lang: Language) -> &'static str {
        lang.pick("Año", "Year")
    }
    pub fn state(lang: Language) -> &'static str {
        lang.pick("Estado miembro", "Member state")
    }
    pub fn status(lang: Language) -> &'static str {
        lang.pick("Situación", "Status")
    }
}

/// An invisible element that gives a page a filter value Pagefind reads as it
/// indexes (`name[data-value]`), for values the page shows in another form.
pub fn filter_value(name: &str, value: &str) -> String {
    format!("<span hidden data-pagefind-filter=\"{}[data-value]\" data-value=\"{}\"></span>", esc(name), esc(value))
}
