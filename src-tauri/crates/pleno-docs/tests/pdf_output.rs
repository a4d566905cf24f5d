//! The PDF as a reader's tools see it: valid (qpdf), fonts embedded as subsets
//! (pdffonts), text that extracts exactly and in reading order (pdftotext), metadata,
//! and the same bytes for the same description.

mod common;

use common::{issued, normalized, page_count, page_text, run, text, write_pdf};
use pleno_docs::{
    render, Align, Cell, Column, ColumnWidth, Document, Heading, Paragraph, Row, RunningFooter, RunningHeader, Span,
    Table, COALITION, SECRETARIAT,
};

const SPANISH: &str = "á é í ó ú ü ñ Á É Í Ó Ú Ñ ¿ ¡ º ª « » – — …";

fn two_pages() -> Document {
    let mut doc = Document::new("Acta de prueba", issued());
    doc.metadata.subject = "Prueba de caracteres".into();
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Acta de prueba".into() });
    doc.footer = Some(RunningFooter::new(Some(pleno_docs::spanish_long_date(issued()))));
    doc.push(Heading::new(1, format!("Caracteres: {SPANISH}")));
    doc.push(Paragraph::new(format!("Regular: {SPANISH}")).align(Align::Left));
    doc.push(Paragraph::from_spans(vec![Span::bold(format!("Negrita: {SPANISH}"))]).align(Align::Left));
    doc.push(Paragraph::from_spans(vec![Span::italic(format!("Cursiva: {SPANISH}"))]).align(Align::Left));
    for n in 0..14 {
        doc.push(Paragraph::new(format!(
            "{n}. ¿Verificó la Secretaría Técnica el quórum? ¡Sí! La «Comisión Interinstitucional» —según el 1.º \
             y la 2.ª votación— aprobó el acta… El año pasado, en Panamá, Belice y México, se reunieron los \
             mecanismos nacionales para el seguimiento de los acuerdos sobre niñez, víctimas y pingüinos."
        )));
    }
    doc
}

#[test]
fn every_spanish_character_renders_and_extracts_in_every_style() {
    let pdf = write_pdf(&render(&two_pages()).unwrap());
    let text = text(&pdf);
    for line in [
        format!("Caracteres: {SPANISH}"),
        format!("Regular: {SPANISH}"),
        format!("Negrita: {SPANISH}"),
        format!("Cursiva: {SPANISH}"),
    ] {
        assert!(text.contains(&line), "{line:?} not found in:\n{text}");
    }
    assert!(normalized(&text).contains("¿Verificó la Secretaría Técnica el quórum? ¡Sí! La «Comisión Interinstitucional» —según el 1.º y la 2.ª votación— aprobó el acta…"));
}

#[test]
fn the_file_passes_qpdf_check() {
    let pdf = write_pdf(&render(&two_pages()).unwrap());
    let report = run("qpdf", &["--check"], &pdf);
    assert!(report.contains("No syntax or stream encoding errors found"), "{report}");
}

#[test]
fn the_three_styles_are_embedded_as_subsets_with_unicode_maps() {
    let pdf = write_pdf(&render(&two_pages()).unwrap());
    let fonts = run("pdffonts", &[], &pdf);
    for name in ["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"] {
        let line = fonts.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name} missing:\n{fonts}"));
        let columns: Vec<&str> = line.split_whitespace().collect();
        // name, type (2 words), encoding, emb, sub, uni, object id.
        assert_eq!(&columns[4..7], ["yes", "yes", "yes"], "{line}");
        assert!(columns[0].contains('+'), "a subset carries a tag: {line}");
    }
}

#[test]
fn a_two_page_document_stays_small_because_fonts_are_subset() {
    let bytes = render(&two_pages()).unwrap();
    let pdf = write_pdf(&bytes);
    assert_eq!(page_count(&pdf), 2);
    println!("two-page document: {} bytes", bytes.len());
    assert!(bytes.len() < 40_000, "a two-page document takes {} bytes", bytes.len());
}

#[test]
fn the_metadata_names_title_author_subject_dates_and_spanish() {
    let bytes = render(&two_pages()).unwrap();
    let info = run("pdfinfo", &[], &write_pdf(&bytes));
    assert!(info.contains("Title:           Acta de prueba"), "{info}");
    assert!(info.contains(&format!("Author:          {SECRETARIAT}")), "{info}");
    assert!(info.contains("Subject:         Prueba de caracteres"), "{info}");
    assert!(info.contains("CreationDate:    Sat Nov 28 00:00:00 2026 UTC"), "{info}");
    assert!(info.contains("ModDate:         Sat Nov 28 00:00:00 2026 UTC"), "{info}");

    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let root = lo.trailer.get(b"Root").and_then(lopdf::Object::as_reference).unwrap();
    let catalog = lo.get_dictionary(root).unwrap();
    assert_eq!(catalog.get(b"Lang").and_then(lopdf::Object::as_str).unwrap(), b"es");
}

#[test]
fn the_same_description_gives_the_same_bytes() {
    assert_eq!(render(&two_pages()).unwrap(), render(&two_pages()).unwrap());
    let mut later = two_pages();
    later.metadata.created = issued().succ_opt().unwrap();
    assert_ne!(render(&two_pages()).unwrap(), render(&later).unwrap());
}

#[test]
fn a_table_that_breaks_across_pages_repeats_its_header_row_in_the_pdf() {
    let mut doc = Document::new("Registro de acuerdos", issued());
    doc.push(Table {
        columns: vec![
            Column::new("N.º", ColumnWidth::Fixed(14.0)),
            Column::new("Acuerdo adoptado", ColumnWidth::Relative(3.0)),
            Column::new("Responsable", ColumnWidth::Relative(1.0)),
        ],
        rows: (1..=90)
            .map(|n| {
                Row::new(vec![
                    Cell::new(n.to_string()),
                    Cell::new(format!("Acuerdo número {n} sobre la repatriación de víctimas")),
                    Cell::new("Secretaría Técnica"),
                ])
            })
            .collect(),
    });
    let pdf = write_pdf(&render(&doc).unwrap());
    let pages = page_count(&pdf);
    assert!(pages >= 2);
    for page in 1..=pages {
        let text = page_text(&pdf, page);
        assert!(text.contains("Acuerdo adoptado") && text.contains("Responsable"), "page {page}:\n{text}");
    }
    let all = normalized(&text(&pdf));
    for n in 1..=90 {
        assert!(all.contains(&format!("Acuerdo número {n} sobre la repatriación de víctimas")), "row {n}");
    }
}

#[test]
fn text_extracts_in_reading_order() {
    let mut doc = Document::new("Orden", issued());
    doc.push(Heading::new(1, "Primero"));
    doc.push(Paragraph::new("Segundo párrafo, justificado y largo para que ocupe más de una línea en la página carta con los márgenes de la Secretaría Técnica de la Coalición."));
    doc.push(Heading::new(2, "Tercero"));
    let text = normalized(&text(&write_pdf(&render(&doc).unwrap())));
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
    assert!(at("Primero") < at("Segundo párrafo") && at("Segundo párrafo") < at("Tercero"));
    assert!(text.contains("ocupe más de una línea en la página carta"));
}

#[test]
fn a_hundred_page_minutes_like_document_renders() {
    let doc = common::minutes::minutes(issued());
    let bytes = render(&doc).unwrap();
    let pdf = write_pdf(&bytes);
    let pages = page_count(&pdf);
    println!("100-page minutes: {pages} pages, {} bytes", bytes.len());
    assert!((95..=110).contains(&pages), "{pages} pages");
    assert!(run("qpdf", &["--check"], &pdf).contains("No syntax or stream encoding errors found"));
}
