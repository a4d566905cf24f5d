//! What the meeting documents add to a page: the draft watermark behind the text,
//! the approved acta's footer (approval and SHA-256 at the left), the letterhead that
//! replaces the running header, titles, signature blocks, and signing rows that keep
//! with their group's title.

mod common;

use common::{issued, normalized, page_count, page_text, run, text, write_pdf};
use expect_test::expect;
use pleno_docs::{
    layout, render, Align, Cell, Column, ColumnWidth, Document, Heading, Item, LaidOut, Letterhead, Paragraph, Row,
    RunningFooter, RunningHeader, Signature, Signatures, Span, Table, Title, COALITION,
};

const HASH: &str = "9821d01a29d5829c905243493434fb0dcbfa703d004684c88ac06055a6355185";

fn texts_on(laid: &LaidOut, page: usize) -> Vec<&str> {
    laid.page_text(page)
}

fn draft() -> Document {
    let mut doc = Document::new("Acta de prueba", issued());
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Acta Nº XIV-RO-2026 — BORRADOR".into() });
    doc.footer = Some(RunningFooter::new(Some("28 de noviembre de 2026".into())));
    doc.watermark = Some("BORRADOR\nversión 2".into());
    doc.push(Heading::new(2, "ASISTENCIA"));
    doc.push(Paragraph::new("Primer párrafo del acta, que se lee antes que el segundo."));
    doc.push(Paragraph::new("Segundo párrafo del acta, que se lee después del primero."));
    doc
}

#[test]
fn the_watermark_is_pinned_behind_the_page() {
    let laid = layout(&draft()).unwrap();
    expect![[r#"
        page 1 612.0x792.0
          watermark 132.7,654.2 52.3° Bold 109.4 #e2e2e2 "BORRADOR"
          watermark 306.0,489.8 52.3° Bold 32.8 #e2e2e2 "versión 2"
          text 70.9,48.9 Regular 7.5 #5f6670 "Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes"
          text 417.2,48.9 Regular 7.5 #5f6670 "Acta Nº XIV-RO-2026 — BORRADOR"
          rule 70.9,53.9 -> 541.1,53.9 #a9b6c6/0.5
          text 70.9,83.0 Bold 12 #1f3a5f "ASISTENCIA"
          text 70.9,101.0 Regular 10.5 #1a1a1a "Primer párrafo del acta, que se lee antes que el segundo."
          text 70.9,121.2 Regular 10.5 #1a1a1a "Segundo párrafo del acta, que se lee después del primero."
          text 282.3,750.6 Regular 7.5 #5f6670 "Página 1 de 1"
          text 452.1,750.6 Regular 7.5 #5f6670 "28 de noviembre de 2026"
    "#]]
    .assert_eq(&laid.to_string());
}

#[test]
fn every_page_carries_the_watermark_first_and_text_extraction_ignores_it() {
    let mut doc = draft();
    for n in 0..60 {
        doc.push(Paragraph::new(format!("Párrafo {n} del desarrollo de la sesión, con su texto completo.")));
    }
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 2);
    for (p, page) in laid.pages.iter().enumerate() {
        assert!(
            matches!(&page.items[..2], [Item::Watermark(a), Item::Watermark(b)] if a.text == "BORRADOR" && b.text == "versión 2"),
            "page {} opens with the watermark",
            p + 1
        );
    }

    let bytes = render(&doc).unwrap();
    let pdf = write_pdf(&bytes);
    assert!(run("qpdf", &["--check"], &pdf).contains("No syntax or stream encoding errors found"));
    let all = normalized(&text(&pdf));
    // Drawn as shapes, the watermark leaves the body's text and order untouched.
    assert!(!all.contains("versión 2"), "{all}");
    assert_eq!(all.matches("BORRADOR").count(), page_count(&pdf), "only the running header says BORRADOR");
    let at = |s: &str| all.find(s).unwrap_or_else(|| panic!("{s} in {all}"));
    assert!(at("Primer párrafo del acta") < at("Segundo párrafo del acta"));
    for n in 0..60 {
        assert!(all.contains(&format!("Párrafo {n} del desarrollo de la sesión, con su texto completo.")));
    }

    // In the content stream the watermark's path comes before any text.
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    for (_, page) in lo.get_pages() {
        let content = lopdf::content::Content::decode(&lo.get_page_content(page)).unwrap();
        let first_text = content.operations.iter().position(|op| op.operator == "BT").unwrap();
        let first_fill = content.operations.iter().position(|op| op.operator == "f").unwrap();
        assert!(first_fill < first_text, "the watermark is filled before the first text object");
    }
}

#[test]
fn an_approved_acta_prints_its_approval_and_hash_at_the_left_of_every_footer() {
    let mut doc = Document::new("Acta aprobada", issued());
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Acta Nº XIII-RO-2025".into() });
    doc.footer = Some(RunningFooter {
        page_numbers: true,
        right: None,
        left: Some(format!("Aprobada en la XIV Reunión Ordinaria el 10 de junio de 2026\nSHA-256 {HASH}")),
    });
    for n in 0..70 {
        doc.push(Paragraph::new(format!("Párrafo {n} del acta aprobada.")));
    }
    let laid = layout(&doc).unwrap();
    let total = laid.pages.len();
    assert!(total >= 2);
    for page in 0..total {
        let runs: Vec<(f32, f32, &str)> = laid.pages[page]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) if t.y > 740.0 => Some((t.x, t.y, t.text.as_str())),
                _ => None,
            })
            .collect();
        let approval = runs.iter().find(|r| r.2.starts_with("Aprobada en la XIV")).expect("approval line");
        let hash = runs.iter().find(|r| r.2 == format!("SHA-256 {HASH}")).expect("hash line, all 64 characters");
        let number = runs.iter().find(|r| r.2 == format!("Página {} de {total}", page + 1)).expect("page number");
        assert!((approval.0 - 70.9).abs() < 0.1 && (hash.0 - 70.9).abs() < 0.1, "both at the left margin");
        assert!(hash.1 > approval.1, "the hash under the approval");
        assert!(number.0 > 400.0 && (number.1 - approval.1).abs() < 0.01, "the page number moves to the right");
    }
    let pdf = write_pdf(&render(&doc).unwrap());
    for page in 1..=total {
        let text = normalized(&page_text(&pdf, page));
        assert!(text.contains(&format!("SHA-256 {HASH}")), "page {page}: {text}");
        assert!(text.contains("Aprobada en la XIV Reunión Ordinaria el 10 de junio de 2026"), "page {page}");
    }
}

#[test]
fn a_short_footer_left_text_leaves_the_page_number_centred() {
    let mut doc = Document::new("Pie", issued());
    doc.footer = Some(RunningFooter { page_numbers: true, right: Some("fecha".into()), left: Some("Nota".into()) });
    doc.push(Paragraph::new("Texto."));
    let laid = layout(&doc).unwrap();
    let number = laid.pages[0]
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text(t) if t.text == "Página 1 de 1" => Some(t.x),
            _ => None,
        })
        .unwrap();
    assert!((number - 282.3).abs() < 0.1, "centred at {number}");
}

#[test]
fn a_letterhead_replaces_the_running_header_on_its_page_only() {
    let mut doc = Document::new("Convocatoria", issued());
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Convocatoria".into() });
    doc.footer = Some(RunningFooter::new(None));
    doc.push(Letterhead { organisation: COALITION.into(), lines: vec!["Presidencia: Panamá".into()] });
    doc.push(Title::new("CONVOCATORIA").line("XV Reunión Ordinaria"));
    for n in 0..50 {
        doc.push(Paragraph::new(format!("Párrafo {n} de la convocatoria.")));
    }
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 2);
    assert_eq!(
        &texts_on(&laid, 0)[..4],
        [COALITION, "Presidencia: Panamá", "CONVOCATORIA", "XV Reunión Ordinaria"],
        "no running header above the letterhead"
    );
    assert!(!texts_on(&laid, 0).contains(&"Convocatoria"));
    assert_eq!(&texts_on(&laid, 1)[..2], [COALITION, "Convocatoria"], "the next page has its running header");
}

#[test]
fn signatures_sit_two_to_a_row_under_room_to_sign_and_never_split() {
    let signatures = || Signatures {
        signatures: vec![
            Signature::new(["Licda. Ingrid Patricia Pérez Juárez", "Presidencia", "Guatemala"]),
            Signature::new(["Licda. Ana Lucía Vargas Solís", "Secretaría Técnica", "Costa Rica"]),
            Signature::new(["Secretaría Técnica", ""]),
        ],
    };
    for fill in [0, 34, 38, 42] {
        let mut doc = Document::new("Firmas", issued());
        for n in 0..fill {
            doc.push(Paragraph::new(format!("Línea {n}.")));
        }
        doc.push(Paragraph::new("No habiendo más asuntos que tratar, se cierra la sesión.").keep_with_next());
        doc.push(signatures());
        let laid = layout(&doc).unwrap();
        let last = laid.pages.len() - 1;
        let texts = texts_on(&laid, last);
        for line in ["No habiendo más asuntos que tratar, se cierra la sesión.", "Licda. Ana Lucía Vargas Solís"] {
            assert!(texts.contains(&line), "{fill}: {line} on the last page with the rest");
        }
        let rules: Vec<(f32, f32)> = laid.pages[last]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Rule(r) => Some((r.x1, r.y1)),
                _ => None,
            })
            .collect();
        assert_eq!(rules.len(), 3, "{fill}: one line to sign per signature");
        assert_eq!(rules[0].1, rules[1].1, "the first two side by side");
        assert!(rules[2].1 > rules[0].1 + 46.0, "the third on a row below");
        let closing = laid.pages[last]
            .items
            .iter()
            .find_map(|i| match i {
                Item::Text(t) if t.text.starts_with("No habiendo") => Some(t.y),
                _ => None,
            })
            .unwrap();
        assert!(rules[0].1 - closing > 46.0, "room to sign above the line");
    }
}

#[test]
fn signing_rows_are_tall_and_a_group_title_moves_with_its_first_row() {
    let table = |rows: usize| Table {
        columns: vec![
            Column::new("N.º", ColumnWidth::Fixed(10.0)).align(Align::Right),
            Column::new("Nombre", ColumnWidth::Relative(2.0)),
            Column::new("Firma", ColumnWidth::Relative(1.0)),
        ],
        rows: (0..rows)
            .flat_map(|g| {
                let title = Row::new(vec![Cell::from_spans(vec![Span::bold(format!("Estado {g}"))])
                    .colspan(3)
                    .shaded()
                    .align(Align::Left)])
                .keep_with_next();
                let people = (0..3).map(move |n| {
                    Row::new(vec![Cell::new(n.to_string()), Cell::new(format!("Persona {g}-{n}")), Cell::new("")])
                        .min_height(12.0)
                });
                std::iter::once(title).chain(people)
            })
            .collect(),
    };
    let mut doc = Document::new("Lista", issued());
    doc.push(table(12));
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 2);
    for (p, page) in laid.pages.iter().enumerate() {
        let texts = texts_on(&laid, p);
        let last_title = texts.iter().rposition(|t| t.starts_with("Estado "));
        if let Some(i) = last_title {
            assert!(texts[i + 1..].iter().any(|t| t.starts_with("Persona")), "page {}: a group title ends it", p + 1);
        }
        for item in &page.items {
            if let Item::Rect(r) = item {
                if r.fill == Some(pleno_docs::Rgb(0xee, 0xf2, 0xf7)) {
                    assert!((r.width - (612.0 - 2.0 * 25.0 * 72.0 / 25.4)).abs() < 0.1, "the title spans the table");
                } else if r.fill.is_none() {
                    assert!(r.height >= 12.0 * 72.0 / 25.4 - 0.01, "a signing row is 12 mm tall");
                }
            }
        }
    }
    // The group title is aligned left although its first column is right-aligned.
    let title_x = laid.pages[0]
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text(t) if t.text == "Estado 0" => Some(t.x),
            _ => None,
        })
        .unwrap();
    assert!((title_x - (25.0 * 72.0 / 25.4 + 7.0)).abs() < 0.1, "left-aligned at {title_x}");
}

#[test]
fn the_new_blocks_check_their_characters() {
    let mut doc = Document::new("Marca", issued());
    doc.watermark = Some("BORRADOR ✅".into());
    doc.push(Signatures { signatures: vec![Signature::new(["Firma 中"])] });
    let error = layout(&doc).unwrap_err();
    assert_eq!(error, pleno_docs::DocsError::UnsupportedCharacters(vec!['✅', '中']));
}

#[test]
fn a_document_in_english_numbers_its_pages_in_english_and_says_so_in_its_metadata() {
    let mut doc = Document::new("Draft minutes", issued()).in_language(pleno_domain::Language::En);
    doc.header = Some(RunningHeader { left: pleno_docs::COALITION_EN.into(), right: "Minutes No. XIV-RO-2026".into() });
    doc.footer = Some(RunningFooter::new(Some("28 November 2026".into())));
    doc.watermark = Some("DRAFT".into());
    doc.push(Paragraph::new("The first paragraph of the minutes."));
    let laid = layout(&doc).unwrap();
    let page = texts_on(&laid, 0);
    assert!(page.contains(&"Page 1 of 1"), "{page:?}");
    assert!(!page.iter().any(|t| t.contains("Página")), "{page:?}");
    assert_eq!(doc.metadata.language, "en");
    assert!(doc.metadata.author.starts_with("Technical Secretariat"), "{}", doc.metadata.author);
}
