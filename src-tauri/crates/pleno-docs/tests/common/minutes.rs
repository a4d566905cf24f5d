//! A synthetic minutes-like document of about a hundred pages — headings, justified
//! paragraphs, lists and a 300-row table — for the benchmark and the size test.

use chrono::NaiveDate;
use pleno_docs::{
    Align, Cell, Column, ColumnWidth, Document, Heading, List, ListItem, ListMarker, Paragraph, Row, RunningFooter,
    RunningHeader, Span, Table, COALITION,
};

const WORDS: &[&str] = &[
    "la",
    "Coalición",
    "Regional",
    "acordó",
    "que",
    "los",
    "mecanismos",
    "nacionales",
    "presentarán",
    "informe",
    "de",
    "avance",
    "sobre",
    "trata",
    "personas",
    "tráfico",
    "ilícito",
    "migrantes",
    "según",
    "lo",
    "establecido",
    "en",
    "el",
    "Plan",
    "Estratégico",
    "Secretaría",
    "Técnica",
    "Presidencia",
    "quórum",
    "votación",
    "reserva",
    "seguimiento",
    "cumplimiento",
    "protocolos",
    "repatriación",
    "víctimas",
    "atención",
    "integral",
    "niñez",
    "coordinación",
    "interinstitucional",
    "países",
    "miembros",
    "año",
    "sesión",
    "ordinaria",
    "extraordinaria",
    "señaló",
    "¿cómo",
    "avanzar?",
    "«consenso»",
    "—dijo—",
    "1.º",
    "2.ª",
    "compañía",
    "Panamá",
    "México",
    "Belice",
];

/// Deterministic words, so every run measures the same document.
struct Words(u64);

impl Words {
    fn sentence(&mut self, n: usize) -> String {
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            out.push(WORDS[((self.0 >> 33) as usize) % WORDS.len()]);
        }
        let mut s = out.join(" ");
        s.push('.');
        let first = s.remove(0).to_uppercase().to_string();
        first + &s
    }
}

pub fn minutes(issued: NaiveDate) -> Document {
    let mut words = Words(2026);
    let mut doc = Document::new("Acta de la XV Reunión Ordinaria", issued);
    doc.header = Some(RunningHeader { left: COALITION.into(), right: "Acta de la XV Reunión Ordinaria".into() });
    doc.footer = Some(RunningFooter::new(Some("28 de noviembre de 2026".into())));
    doc.push(Heading::new(1, format!("ACTA DE LA XV REUNIÓN ORDINARIA DE LA {}", COALITION.to_uppercase())));
    for item in 1..=112 {
        doc.push(Heading::new(2, format!("{item}. {}", words.sentence(6).trim_end_matches('.'))));
        for _ in 0..4 {
            doc.push(Paragraph::new(words.sentence(60)));
        }
        if item % 3 == 0 {
            doc.push(Heading::new(3, "Acuerdos"));
            doc.push(List {
                marker: ListMarker::Numbered,
                items: (0..3).map(|_| ListItem::new(words.sentence(18))).collect(),
            });
        }
    }
    doc.push(Heading::new(1, "Registro de acuerdos"));
    doc.push(Paragraph::new(words.sentence(40)).align(Align::Justify));
    let columns = vec![
        Column::new("N.º", ColumnWidth::Fixed(14.0)).align(Align::Center),
        Column::new("Acuerdo", ColumnWidth::Relative(3.0)),
        Column::new("Responsable", ColumnWidth::Relative(1.3)),
        Column::new("Fecha límite", ColumnWidth::Fixed(26.0)),
        Column::new("Estado", ColumnWidth::Fixed(22.0)),
    ];
    let rows = (1..=300)
        .map(|n| {
            Row::new(vec![
                Cell::new(format!("{n}")),
                Cell::from_spans(vec![Span::plain(words.sentence(14 + n % 9))]),
                Cell::new(words.sentence(3)),
                Cell::new(format!("{} de marzo de 2027", 1 + n % 28)),
                Cell::new(if n % 4 == 0 { "Cumplido" } else { "En curso" }),
            ])
        })
        .collect();
    doc.push(Table { columns, rows });
    doc
}
