//! The layout engine's rules, checked on the positioned result before any PDF is
//! written: where things go and what never happens at a page break.

mod common;

use common::issued;
use expect_test::expect;
use pleno_docs::{
    layout, Align, Block, Cell, Column, ColumnWidth, DocsError, Document, FontStyle, Heading, Item, LaidOut, List,
    ListItem, ListMarker, Margins, Orientation, Paper, Paragraph, Row, RunningFooter, RunningHeader, Span, Table,
    COALITION,
};

fn small_document() -> Document {
    let mut doc = Document::new("Documento de prueba", issued());
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Documento de prueba".into() });
    doc.footer = Some(RunningFooter::new(Some("28 de noviembre de 2026".into())));
    doc.push(Heading::new(1, "Eje 1. Prevención"));
    doc.push(Paragraph::new(
        "La Coalición Regional acordó que los mecanismos nacionales presentarán su informe de avance \
         sobre la trata de personas y el tráfico ilícito de migrantes en la próxima reunión ordinaria.",
    ));
    doc.push(List {
        marker: ListMarker::Bullet,
        items: vec![ListItem::new("Verificación del quórum"), ListItem::new("Aprobación de la agenda")],
    });
    doc.push(Table {
        columns: vec![
            Column::new("Objetivo", ColumnWidth::Relative(2.0)),
            Column::new("Actividad", ColumnWidth::Relative(2.0)),
            Column::new("I Semestre", ColumnWidth::Fixed(22.0)).align(Align::Center),
        ],
        rows: vec![
            Row::new(vec![
                Cell::new("1.1 Formular una estrategia").rowspan(2),
                Cell::new("1.1.1 Integrar un Comité"),
                Cell::new("100%"),
            ]),
            Row::new(vec![Cell::new("1.1.2 Línea Base"), Cell::new("50%")]),
        ],
    });
    doc
}

#[test]
fn the_layout_of_a_small_fixed_document_is_pinned() {
    let laid = layout(&small_document()).unwrap();
    expect![[r#"
        page 1 612.0x792.0
          text 70.9,48.9 Regular 7.5 #5f6670 "Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes"
          text 461.6,48.9 Regular 7.5 #5f6670 "Documento de prueba"
          rule 70.9,53.9 -> 541.1,53.9 #a9b6c6/0.5
          text 70.9,86.1 Bold 15 #1f3a5f "Eje 1. Prevención"
          rule 70.9,91.6 -> 541.1,91.6 #a9b6c6/0.6
          text 70.9,110.8 Regular 10.5 #1a1a1a ws=3.26 "La Coalición Regional acordó que los mecanismos nacionales presentarán su informe de"
          text 70.9,125.0 Regular 10.5 #1a1a1a ws=2.83 "avance sobre la trata de personas y el tráfico ilícito de migrantes en la próxima reunión"
          text 70.9,139.1 Regular 10.5 #1a1a1a "ordinaria."
          text 70.9,159.3 Regular 10.5 #1a1a1a "•"
          text 84.9,159.3 Regular 10.5 #1a1a1a "Verificación del quórum"
          text 70.9,176.5 Regular 10.5 #1a1a1a "•"
          text 84.9,176.5 Regular 10.5 #1a1a1a "Aprobación de la agenda"
          rect 70.9,185.5 204.0x17.6 fill #dce5ef stroke #8c9bae/0.5
          text 154.8,197.6 Bold 8.5 #1a1a1a "Objetivo"
          rect 274.8,185.5 204.0x17.6 fill #dce5ef stroke #8c9bae/0.5
          text 356.9,197.6 Bold 8.5 #1a1a1a "Actividad"
          rect 478.8,185.5 62.4x17.6 fill #dce5ef stroke #8c9bae/0.5
          text 487.3,197.6 Bold 8.5 #1a1a1a "I Semestre"
          rect 70.9,203.1 204.0x35.2 stroke #8c9bae/0.5
          text 77.9,215.2 Regular 8.5 #1a1a1a "1.1 Formular una estrategia"
          rect 274.8,203.1 204.0x17.6 stroke #8c9bae/0.5
          text 281.8,215.2 Regular 8.5 #1a1a1a "1.1.1 Integrar un Comité"
          rect 478.8,203.1 62.4x17.6 stroke #8c9bae/0.5
          text 499.1,215.2 Regular 8.5 #1a1a1a "100%"
          rect 274.8,220.7 204.0x17.6 stroke #8c9bae/0.5
          text 281.8,232.9 Regular 8.5 #1a1a1a "1.1.2 Línea Base"
          rect 478.8,220.7 62.4x17.6 stroke #8c9bae/0.5
          text 501.6,232.9 Regular 8.5 #1a1a1a "50%"
          text 282.3,750.6 Regular 7.5 #5f6670 "Página 1 de 1"
          text 452.1,750.6 Regular 7.5 #5f6670 "28 de noviembre de 2026"
    "#]].assert_eq(&laid.to_string());
}

fn texts_on(laid: &LaidOut, page: usize) -> Vec<&str> {
    laid.page_text(page)
}

fn filler(words: usize) -> String {
    let base = "la Coalición Regional acordó que los mecanismos nacionales presentarán su informe de avance";
    base.split(' ').cycle().take(words).collect::<Vec<_>>().join(" ")
}

fn table_with_rows(rows: usize) -> Table {
    Table {
        columns: vec![
            Column::new("Número", ColumnWidth::Fixed(20.0)),
            Column::new("Acuerdo", ColumnWidth::Relative(3.0)),
            Column::new("Responsable", ColumnWidth::Relative(1.0)),
        ],
        rows: (1..=rows)
            .map(|n| {
                Row::new(vec![
                    Cell::new(format!("fila-{n}")),
                    Cell::new(filler(8 + n % 20)),
                    Cell::new("Secretaría Técnica"),
                ])
            })
            .collect(),
    }
}

#[test]
fn a_table_that_breaks_across_pages_repeats_its_header_row() {
    let mut doc = Document::new("Tabla larga", issued());
    doc.push(Paragraph::new(filler(120)));
    doc.push(table_with_rows(80));
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 3, "the table spans {} pages", laid.pages.len());
    for page in 0..laid.pages.len() {
        let texts = texts_on(&laid, page);
        let first_row = texts.iter().position(|t| t.starts_with("fila-")).expect("every page holds rows");
        let header = texts.iter().position(|t| *t == "Acuerdo").expect("every page repeats the header");
        assert!(header < first_row, "on page {} the header comes before the rows", page + 1);
        assert!(texts.contains(&"Número") && texts.contains(&"Responsable"));
    }
}

#[test]
fn a_table_row_is_never_split_across_pages() {
    let mut doc = Document::new("Tabla larga", issued());
    doc.push(table_with_rows(120));
    let laid = layout(&doc).unwrap();
    for n in 1..=120 {
        let marker = format!("fila-{n}");
        let pages: Vec<usize> =
            (0..laid.pages.len()).filter(|p| texts_on(&laid, *p).contains(&marker.as_str())).collect();
        assert_eq!(pages.len(), 1, "row {n} appears on pages {pages:?}");
    }
    // The rows stay whole: the last text of every page but the last is a complete row.
    for page in 0..laid.pages.len() - 1 {
        let texts = texts_on(&laid, page);
        assert_eq!(*texts.last().unwrap(), "Secretaría Técnica", "page {} ends mid-row", page + 1);
    }
}

#[test]
fn a_row_taller_than_a_page_is_cut_between_lines_and_loses_nothing() {
    let mut doc = Document::new("Fila enorme", issued());
    let long: Vec<String> = (1..=140).map(|n| format!("línea{n}")).collect();
    doc.push(Table {
        columns: vec![Column::new("Texto", ColumnWidth::Relative(1.0)), Column::new("Nota", ColumnWidth::Fixed(30.0))],
        rows: vec![Row::new(vec![Cell::new(long.join("\n")), Cell::new("breve")])],
    });
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 2);
    let all: Vec<&str> = (0..laid.pages.len()).flat_map(|p| texts_on(&laid, p)).collect();
    for line in &long {
        assert_eq!(all.iter().filter(|t| **t == line.as_str()).count(), 1, "{line} printed once");
    }
    for page in 0..laid.pages.len() {
        assert!(texts_on(&laid, page).contains(&"Texto"), "page {} repeats the header", page + 1);
    }
    assert_within_text_block(&laid);
}

#[test]
fn a_group_of_spanned_rows_taller_than_a_page_breaks_between_rows_and_repeats_the_spanning_cell() {
    let mut doc = Document::new("Grupo enorme", issued());
    let mut rows = vec![Row::new(vec![Cell::new("Objetivo compartido").rowspan(30), Cell::new(filler(40))])];
    rows.extend((1..30).map(|n| Row::new(vec![Cell::new(format!("actividad-{n} {}", filler(30)))])));
    doc.push(Table {
        columns: vec![
            Column::new("Objetivo", ColumnWidth::Relative(1.0)),
            Column::new("Actividad", ColumnWidth::Relative(2.0)),
        ],
        rows,
    });
    let laid = layout(&doc).unwrap();
    assert!(laid.pages.len() >= 2);
    for page in 0..laid.pages.len() {
        let texts = texts_on(&laid, page);
        assert!(texts.contains(&"Objetivo compartido"), "page {} names the objective", page + 1);
    }
    for n in 1..30 {
        let marker = format!("actividad-{n} ");
        let pages =
            (0..laid.pages.len()).filter(|p| texts_on(&laid, *p).iter().any(|t| t.starts_with(&marker))).count();
        assert_eq!(pages, 1, "activity {n} is whole on one page");
    }
    assert_within_text_block(&laid);
}

/// Nothing is drawn outside the text block but the running header and footer.
fn assert_within_text_block(laid: &LaidOut) {
    let (top, bottom) = (25.0 * 72.0 / 25.4 - 0.01, 792.0 - 25.0 * 72.0 / 25.4 + 0.01);
    for (p, page) in laid.pages.iter().enumerate() {
        for item in &page.items {
            match item {
                Item::Text(t) => assert!(t.y > top && t.y < bottom, "page {}: {:?} at {}", p + 1, t.text, t.y),
                Item::Rect(r) => assert!(r.y >= top && r.y + r.height <= bottom, "page {}: box at {}", p + 1, r.y),
                Item::Rule(_) | Item::Watermark(_) => {}
            }
        }
    }
}

#[test]
fn a_heading_is_never_the_last_line_of_a_page() {
    // Shift the headings down a line at a time so each lands at every height on the page.
    for shift in 0..40 {
        let mut doc = Document::new("Encabezados", issued());
        doc.push(Paragraph::new(filler(10 + shift * 9)));
        for n in 0..12 {
            doc.push(Heading::new(1 + (n % 3) as u8, format!("Encabezado {n}")));
            doc.push(Paragraph::new(filler(70)));
        }
        let laid = layout(&doc).unwrap();
        for page in 0..laid.pages.len() {
            let last = *texts_on(&laid, page).last().unwrap();
            assert!(!last.starts_with("Encabezado"), "shift {shift}: page {} ends with {last:?}", page + 1);
        }
    }
}

#[test]
fn agenda_items_without_notes_take_the_lines_they_need_and_a_heading_with_notes_keeps_them() {
    // The minutes of a three-day session: 216 items under one section heading, most
    // without notes (a heading followed by the next item's heading), some with notes.
    for shift in 0..12 {
        let mut doc = Document::new("Acta", issued());
        doc.push(Paragraph::new(filler(10 + shift * 9)));
        doc.push(Heading::new(2, "Desarrollo de la sesión"));
        for n in 0..216 {
            doc.push(Heading::new(3, format!("Punto {n}")));
            if n % 5 == 0 {
                doc.push(Paragraph::new(filler(40)));
            }
        }
        let laid = layout(&doc).unwrap();
        assert!(laid.pages.len() <= 24, "shift {shift}: {} pages", laid.pages.len());
        for page in 0..laid.pages.len() {
            let texts = texts_on(&laid, page);
            let last = *texts.last().unwrap();
            let noted = last.strip_prefix("Punto ").and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| n % 5 == 0);
            assert!(!noted, "shift {shift}: page {} ends with {last:?}, whose notes are overleaf", page + 1);
            assert_ne!(last, "Desarrollo de la sesión", "shift {shift}: page {}", page + 1);
        }
    }
}

#[test]
fn a_heading_stays_on_the_page_of_the_table_it_introduces() {
    for shift in 0..30 {
        let mut doc = Document::new("Encabezado y tabla", issued());
        doc.push(Paragraph::new(filler(300 + shift * 12)));
        doc.push(Heading::new(2, "Eje 2. Atención integral"));
        doc.push(table_with_rows(3));
        let laid = layout(&doc).unwrap();
        let page_of = |text: &str| (0..laid.pages.len()).find(|p| texts_on(&laid, *p).contains(&text)).unwrap();
        assert_eq!(page_of("Eje 2. Atención integral"), page_of("fila-1"), "shift {shift}");
        assert_eq!(page_of("Acuerdo"), page_of("fila-1"), "shift {shift}: the header row is not left alone");
    }
}

#[test]
fn a_paragraph_leaves_no_single_line_at_the_foot_or_the_head_of_a_page() {
    // The paragraph under test is made of numbered words, so its lines can be told
    // apart from the filler above it; the filler shifts it to every height.
    let tokens: Vec<String> = (0..700).map(|n| format!("w{n}")).collect();
    let mut breaks = 0;
    for shift in 0..40 {
        let mut doc = Document::new("Viudas y huérfanas", issued());
        doc.push(Paragraph::new(filler(20 + shift * 9)));
        doc.push(Paragraph::new(tokens.join(" ")));
        let laid = layout(&doc).unwrap();
        let per_page: Vec<usize> =
            (0..laid.pages.len()).map(|p| texts_on(&laid, p).iter().filter(|t| t.starts_with('w')).count()).collect();
        breaks += per_page.iter().filter(|n| **n > 0).count() - 1;
        for (page, lines) in per_page.iter().enumerate() {
            assert!(*lines == 0 || *lines >= 2, "shift {shift}: page {} holds {lines} line(s) of it", page + 1);
        }
    }
    assert!(breaks >= 30, "the paragraph did cross pages ({breaks} times)");
}

#[test]
fn a_page_break_block_starts_a_new_page() {
    let mut doc = Document::new("Salto", issued());
    doc.push(Paragraph::new("Primera página"));
    doc.push(Block::PageBreak);
    doc.push(Paragraph::new("Segunda página"));
    let laid = layout(&doc).unwrap();
    assert_eq!(laid.pages.len(), 2);
    assert_eq!(texts_on(&laid, 1), ["Segunda página"]);
}

#[test]
fn landscape_a4_and_margins_change_the_page_and_the_text_block() {
    let mut doc = Document::new("Apaisado", issued());
    doc.push(Paragraph::new("Texto").align(Align::Left));
    let letter = layout(&doc).unwrap();
    assert_eq!((letter.pages[0].width, letter.pages[0].height), (612.0, 792.0));

    doc.page.paper = Paper::A4;
    doc.page.orientation = Orientation::Landscape;
    doc.page.margins = Margins { top: 30.0, right: 20.0, bottom: 20.0, left: 40.0 };
    let a4 = layout(&doc).unwrap();
    assert_eq!((a4.pages[0].width.round(), a4.pages[0].height.round()), (842.0, 595.0));
    let Item::Text(run) = &a4.pages[0].items[0] else { panic!("the paragraph is text") };
    assert!((run.x - 40.0 * 72.0 / 25.4).abs() < 0.01, "the left margin is 40 mm");
    assert!(run.y > 30.0 * 72.0 / 25.4, "the first baseline is below the top margin");
}

#[test]
fn the_footer_counts_the_pages_and_a_plain_first_page_has_neither_header_nor_footer() {
    let mut doc = Document::new("Contar", issued());
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Contar".into() });
    doc.footer = Some(RunningFooter::new(Some("28 de noviembre de 2026".into())));
    doc.plain_first_page = true;
    doc.push(Paragraph::new("Portada"));
    doc.push(Block::PageBreak);
    doc.push(Paragraph::new(filler(900)));
    let laid = layout(&doc).unwrap();
    let total = laid.pages.len();
    assert!(total >= 3);
    assert_eq!(texts_on(&laid, 0), ["Portada"]);
    for page in 1..total {
        let texts = texts_on(&laid, page);
        assert_eq!(texts[0], COALITION, "the header opens page {}", page + 1);
        assert!(texts.contains(&format!("Página {} de {total}", page + 1).as_str()));
        assert!(texts.contains(&"28 de noviembre de 2026"));
    }
}

#[test]
fn lists_carry_bullets_numbers_or_their_own_labels() {
    let mut doc = Document::new("Listas", issued());
    let items = || vec![ListItem::new("uno"), ListItem::new("dos")];
    doc.push(List { marker: ListMarker::Bullet, items: items() });
    doc.push(List { marker: ListMarker::Numbered, items: items() });
    doc.push(List {
        marker: ListMarker::Labels,
        items: vec![ListItem::labelled("4.3.1", "acuerdos"), ListItem::labelled("4.3.2", "participación")],
    });
    let laid = layout(&doc).unwrap();
    assert_eq!(
        texts_on(&laid, 0),
        ["•", "uno", "•", "dos", "1.", "uno", "2.", "dos", "4.3.1", "acuerdos", "4.3.2", "participación"]
    );
    let labels: Vec<FontStyle> = laid.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) if t.text.starts_with("4.3") => Some(t.font),
            _ => None,
        })
        .collect();
    assert_eq!(labels, [FontStyle::Bold, FontStyle::Bold]);
}

#[test]
fn bold_and_italic_spans_keep_their_style() {
    let mut doc = Document::new("Estilos", issued());
    doc.push(Paragraph::from_spans(vec![
        Span::bold("Acuerdo 1."),
        Span::plain(" Se aprueba "),
        Span::italic("ad referendum"),
    ]));
    let laid = layout(&doc).unwrap();
    let runs: Vec<(FontStyle, &str)> = laid.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) => Some((t.font, t.text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        runs,
        [(FontStyle::Bold, "Acuerdo 1. "), (FontStyle::Regular, "Se aprueba "), (FontStyle::Italic, "ad referendum")]
    );
}

#[test]
fn a_character_the_font_cannot_draw_is_reported_in_spanish() {
    let mut doc = Document::new("Emoji", issued());
    doc.push(Paragraph::new("Acuerdo cumplido ✅ 中"));
    let error = layout(&doc).unwrap_err();
    assert_eq!(error, DocsError::UnsupportedCharacters(vec!['✅', '中']));
    assert!(error.to_string().starts_with("el documento contiene caracteres que la fuente Noto Sans no puede"));
}

#[test]
fn a_table_whose_cells_do_not_fit_its_columns_is_rejected() {
    let mut doc = Document::new("Tabla mala", issued());
    doc.push(Table {
        columns: vec![Column::new("A", ColumnWidth::Relative(1.0))],
        rows: vec![Row::new(vec![Cell::new("uno"), Cell::new("dos")])],
    });
    let error = layout(&doc).unwrap_err();
    assert_eq!(
        error.to_string(),
        "la tabla n.º 1 del documento no es válida: la fila 1 tiene más celdas de las que caben en 1 columnas"
    );
}

#[test]
fn margins_that_leave_no_room_are_rejected() {
    let mut doc = Document::new("Márgenes", issued());
    doc.page.margins = Margins::uniform(100.0);
    assert!(matches!(layout(&doc), Err(DocsError::InvalidPageSetup(_))));
}
