//! Pleno's documents: a small layout engine over printpdf. Documents are data in,
//! bytes out — a [`Document`] describes what to say (headings, paragraphs, lists,
//! tables, running header and footer), [`render`] decides where it goes and writes
//! the PDF. The app and the CLI call the same code.
//!
//! ```
//! use chrono::NaiveDate;
//! use pleno_docs::{render, Document, Heading, Paragraph, RunningFooter, RunningHeader, COALITION};
//!
//! let issued = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
//! let mut doc = Document::new("Convocatoria", issued);
//! doc.header = Some(RunningHeader { left: COALITION.into(), right: "Convocatoria".into() });
//! doc.footer = Some(RunningFooter::new(Some(pleno_docs::spanish_long_date(issued))));
//! doc.push(Heading::new(1, "XV Reunión Ordinaria"));
//! doc.push(Paragraph::new("Se convoca a los mecanismos nacionales…"));
//! let pdf: Vec<u8> = render(&doc).unwrap();
//! assert!(pdf.starts_with(b"%PDF-1.7"));
//! ```

mod bars;
mod document;
mod error;
mod flow;
mod fonts;
mod layout;
mod pdf;
pub mod plan;
mod positioned;
mod table;
mod text;
mod theme;

pub use bars::{BarGroup, BarScale, Bars, SERIES_COLOURS};
pub use document::{
    coalition, secretariat, Align, Block, Cell, Column, ColumnWidth, Document, FontStyle, Heading, Letterhead, List,
    ListItem, ListMarker, Margins, Metadata, Orientation, PageSetup, Paper, Paragraph, Row, RunningFooter,
    RunningHeader, Signature, Signatures, Span, Table, TextSize, Title, TitlePage, COALITION, COALITION_EN,
    SECRETARIAT,
};
pub use error::DocsError;
pub use layout::layout;
/// Dates are written by the domain, once for every document and screen.
pub use pleno_domain::spanish_long_date;
pub use positioned::{Item, LaidOut, Page, Rect, Rgb, Rule, TextRun, Watermark};

/// The PDF of `doc`. The same description always gives the same bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, DocsError> {
    let laid = layout(doc)?;
    pdf::write(&laid, &doc.metadata)
}
