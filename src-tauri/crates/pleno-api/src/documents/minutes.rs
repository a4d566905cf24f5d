//! The acta: everything the minutes say, in the order of `render_text`, laid out as
//! the Presidency and the Secretariat sign it. A draft or circulated acta carries a
//! "BORRADOR" watermark on every page; an approved one carries its SHA-256 and its
//! approval at the foot of every page.

use chrono::NaiveDate;
use pleno_docs::{
    Align, Cell, Column, ColumnWidth, Document, Heading, List, ListItem, ListMarker, Paragraph, Row, RunningFooter,
    RunningHeader, Signature, Signatures, Span, Table, TextSize, Title, COALITION,
};
use pleno_domain::minutes::{MinutesContent, MinutesDecision, MinutesPerson, MinutesStatus};
use pleno_domain::spanish_long_date;

use super::render;
use crate::minutes::MinutesView;
use crate::{Api, Result};

/// The narrative of an item: blank lines separate paragraphs, lines starting "- "
/// are items of a bulleted list, other lines continue their paragraph.
fn narrative(notes: &str, doc: &mut Document) {
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<ListItem> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<&str>, doc: &mut Document| {
        if !paragraph.is_empty() {
            doc.push(Paragraph::new(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    let flush_items = |items: &mut Vec<ListItem>, doc: &mut Document| {
        if !items.is_empty() {
            doc.push(List { marker: ListMarker::Bullet, items: std::mem::take(items) });
        }
    };
    for line in notes.lines().map(str::trim) {
        if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("• ")) {
            flush_paragraph(&mut paragraph, doc);
            items.push(ListItem::new(item.trim()));
        } else if line.is_empty() {
            flush_paragraph(&mut paragraph, doc);
            flush_items(&mut items, doc);
        } else {
            flush_items(&mut items, doc);
            paragraph.push(line);
        }
    }
    flush_paragraph(&mut paragraph, doc);
    flush_items(&mut items, doc);
}

/// "presente de 09:00 a 17:30, a distancia".
fn presence(p: &MinutesPerson) -> String {
    format!("{}{}", p.presence, if p.remote { ", a distancia" } else { "" })
}

/// Bold label, plain text, lines joined: "Conteo: 6 a favor…\nResultado: adoptada.".
fn labelled(lines: &[(String, String)]) -> Paragraph {
    let mut spans = Vec::new();
    for (i, (label, text)) in lines.iter().enumerate() {
        spans.push(Span::bold(format!("{}{label}", if i > 0 { "\n" } else { "" })));
        spans.push(Span::plain(format!(" {text}")));
    }
    Paragraph::from_spans(spans).align(Align::Left)
}

fn decision(d: &MinutesDecision, doc: &mut Document) {
    doc.push(
        Paragraph::from_spans(vec![
            Span::bold(format!("Decisión ({}, {} horas): ", d.method, d.time)),
            Span::plain(d.text.clone()),
        ])
        .keep_with_next(),
    );
    let mut lines = Vec::new();
    if let Some(rule) = &d.rule {
        lines.push(("Mayoría requerida:".to_string(), format!("{rule}.")));
    }
    if !lines.is_empty() {
        doc.push(labelled(&lines).keep_with_next());
        lines.clear();
    }
    if !d.votes.is_empty() {
        doc.push(Table {
            columns: vec![
                Column::new("Estado miembro", ColumnWidth::Fixed(62.0)),
                Column::new("Voto", ColumnWidth::Fixed(34.0)),
            ],
            rows: d
                .votes
                .iter()
                .map(|v| {
                    let vote = match v.vote.as_str() {
                        "a favor" | "en contra" | "abstención" => Span::plain(v.vote.clone()),
                        _ => Span::italic(v.vote.clone()),
                    };
                    Row::new(vec![Cell::new(v.state.clone()), Cell::from_spans(vec![vote])])
                })
                .collect(),
        });
    }
    if let Some(count) = &d.count {
        lines.push(("Conteo:".into(), format!("{count}.")));
    }
    if let Some(recount) = &d.recount {
        let differs = if d.discrepancy { " El recuento difiere del conteo; prevalece el recuento." } else { "" };
        lines.push(("Recuento:".into(), format!("{recount}.{differs}")));
    }
    for r in &d.reservations {
        let (state, text) = r.split_once(": ").unwrap_or((r.as_str(), ""));
        lines.push((format!("Reserva de {state}:"), text.to_string()));
    }
    for o in &d.objections {
        let (state, text) = o.split_once(": ").unwrap_or((o.as_str(), ""));
        lines.push((format!("Objeción de {state}:"), text.to_string()));
    }
    lines.push(("Resultado:".into(), if d.adopted { "adoptada." } else { "no adoptada." }.into()));
    doc.push(labelled(&lines));
}

/// Builds the acta of `view`, printed on `today`.
fn acta(view: &MinutesView, today: NaiveDate) -> Document {
    let c: &MinutesContent = &view.content;
    let mut doc = Document::new(format!("Acta Nº {} — {}", c.number, view.meeting_title), today);
    doc.metadata.subject = c.title.clone();
    doc.metadata.keywords = vec!["acta".into(), view.meeting_title.clone(), c.number.clone()];

    let state_of = if view.status == MinutesStatus::Aprobada { "" } else { " — BORRADOR" };
    doc.header = Some(RunningHeader { left: COALITION.to_string(), right: format!("Acta Nº {}{state_of}", c.number) });
    match (view.status, &view.hash) {
        (MinutesStatus::Aprobada, Some(hash)) => {
            let approval = match (&view.approved_by, view.approved_at) {
                (Some(by), Some(at)) => format!("Aprobada en la {by} el {}", spanish_long_date(at.date())),
                (Some(by), None) => format!("Aprobada en la {by}"),
                _ => "Aprobada".to_string(),
            };
            doc.footer = Some(RunningFooter {
                page_numbers: true,
                right: None,
                left: Some(format!("{approval}\nSHA-256 {hash}")),
            });
        }
        (MinutesStatus::Circulada, _) => {
            doc.watermark = Some(format!("BORRADOR\nversión {}", view.version));
            doc.footer = Some(RunningFooter::new(Some(spanish_long_date(today))));
        }
        _ => {
            doc.watermark = Some("BORRADOR".to_string());
            doc.footer = Some(RunningFooter::new(Some(spanish_long_date(today))));
        }
    }

    let mut title = Title::new(c.title.clone()).line(format!("Acta Nº {}", c.number));
    match view.status {
        MinutesStatus::Borrador => title = title.line("BORRADOR — no circulado"),
        MinutesStatus::Circulada => {
            title = title.line(format!("BORRADOR — versión {} circulada para observaciones", view.version))
        }
        MinutesStatus::Aprobada => {}
    }
    doc.push(title);
    doc.push(Paragraph::new(c.opening.clone()));

    doc.push(Heading::new(2, "ASISTENCIA"));
    let mut rows = Vec::new();
    for s in &c.states {
        let mut state = vec![Span::bold(s.name.clone())];
        if !s.present {
            state.push(Span::italic("\nno presente"));
        }
        let state = Cell::from_spans(state);
        if s.delegates.is_empty() {
            rows.push(Row::new(vec![
                state,
                Cell::from_spans(vec![Span::italic("Sin delegación registrada")]).colspan(2),
            ]));
            continue;
        }
        for (i, d) in s.delegates.iter().enumerate() {
            let mut cells = Vec::new();
            if i == 0 {
                cells.push(state.clone().rowspan(s.delegates.len()));
            }
            cells.push(Cell::from_spans(vec![
                Span::plain(format!("{}, {}", d.name, d.role)),
                Span::italic(format!("\n{}", d.institution)),
            ]));
            cells.push(Cell::new(presence(d)));
            rows.push(Row::new(cells));
        }
    }
    if rows.is_empty() {
        doc.push(Paragraph::new("No hay Estados miembros registrados en la fecha de la reunión."));
    } else {
        doc.push(Table {
            columns: vec![
                Column::new("Estado miembro", ColumnWidth::Relative(1.1)),
                Column::new("Delegación", ColumnWidth::Relative(2.6)),
                Column::new("Asistencia", ColumnWidth::Relative(1.5)),
            ],
            rows,
        });
    }
    for (title, people) in [("Observadores", &c.observers), ("Invitados", &c.guests)] {
        if people.is_empty() {
            continue;
        }
        doc.push(Paragraph::from_spans(vec![Span::bold(title)]).align(Align::Left).keep_with_next());
        doc.push(List {
            marker: ListMarker::Bullet,
            items: people
                .iter()
                .map(|p| ListItem {
                    label: None,
                    spans: vec![Span::plain(format!("{} ({}): {}", p.name, p.institution, presence(p)))],
                })
                .collect(),
        });
    }

    doc.push(Heading::new(2, "VERIFICACIÓN DEL QUÓRUM"));
    if c.quorum.is_empty() {
        doc.push(Paragraph::new("No se registraron verificaciones del quórum."));
    } else {
        doc.push(List {
            marker: ListMarker::Bullet,
            items: c
                .quorum
                .iter()
                .map(|q| ListItem {
                    label: None,
                    spans: vec![
                        Span::bold(format!("A las {} ", q.time)),
                        Span::plain(format!(
                            "({}): {} de {} Estados miembros presentes{}; se requieren {}: ",
                            q.reason,
                            q.present,
                            q.members,
                            if q.states.is_empty() { String::new() } else { format!(" ({})", q.states.join(", ")) },
                            q.required,
                        )),
                        Span::bold(if q.quorate { "hay quórum." } else { "no hay quórum." }),
                    ],
                })
                .collect(),
        });
    }

    doc.push(Heading::new(2, "APROBACIÓN DE LA AGENDA"));
    doc.push(Paragraph::new(c.agenda_approval.clone()));

    doc.push(Heading::new(2, "DESARROLLO DE LA SESIÓN"));
    if c.items.is_empty() {
        doc.push(Paragraph::new("La agenda está vacía."));
    }
    for item in &c.items {
        doc.push(Heading::new(3, format!("{}. {}", item.position, item.title)));
        if !item.presenter.is_empty() {
            doc.push(
                Paragraph::from_spans(vec![Span::italic(format!("Presenta: {}", item.presenter))])
                    .align(Align::Left)
                    .size(TextSize::Small),
            );
        }
        narrative(&item.notes, &mut doc);
        for d in &item.decisions {
            decision(d, &mut doc);
        }
    }

    doc.push(Heading::new(2, "ACUERDOS"));
    if c.agreements.is_empty() {
        doc.push(Paragraph::new("No se adoptaron acuerdos."));
    }
    for a in &c.agreements {
        doc.push(
            Paragraph::from_spans(vec![Span::bold(format!("Acuerdo {}. ", a.number)), Span::plain(a.text.clone())])
                .keep_with_next(),
        );
        let mut lines = Vec::new();
        if !a.responsible.is_empty() {
            lines.push(("Responsables:".to_string(), format!("{}.", a.responsible.join(", "))));
        }
        if let Some(due) = &a.due {
            lines.push(("Plazo:".to_string(), format!("{due}.")));
        }
        for adv in &a.advances {
            lines.push(("Contribuye a:".to_string(), adv.clone()));
        }
        if !lines.is_empty() {
            doc.push(labelled(&lines).size(TextSize::Small));
        }
    }

    if !c.follow_ups.is_empty() {
        doc.push(Heading::new(2, "SEGUIMIENTO DE ACUERDOS ANTERIORES"));
        for f in &c.follow_ups {
            let status = f.status.as_deref().map(|s| format!(" (estado: {s})")).unwrap_or_default();
            doc.push(Paragraph::from_spans(vec![
                Span::bold(format!("Acuerdo {}: ", f.agreement)),
                Span::plain(format!("{}{status}", f.text)),
            ]));
        }
    }

    doc.push(Heading::new(2, "CIERRE"));
    doc.push(Paragraph::new(c.closing.clone()).keep_with_next());
    doc.push(Signatures {
        signatures: if c.signatures.is_empty() {
            vec![Signature::new(["Presidencia"]), Signature::new(["Secretaría Técnica"])]
        } else {
            c.signatures.iter().map(|s| Signature::new([s.name.clone(), s.office.clone(), s.country.clone()])).collect()
        },
    });

    if !view.errata.is_empty() {
        doc.push(Heading::new(2, "FE DE ERRATAS"));
        for (n, e) in view.errata.iter().enumerate() {
            let approval = match (&e.approved_by, e.approved_at) {
                (Some(by), Some(at)) => format!("aprobada en la {by} el {}", spanish_long_date(at.date())),
                (Some(by), None) => format!("aprobada en la {by}"),
                _ => "pendiente de aprobación".to_string(),
            };
            doc.push(
                Paragraph::from_spans(vec![
                    Span::bold(format!("Fe de erratas n.º {}", n + 1)),
                    Span::plain(format!(" — registrada el {}; {approval}.", spanish_long_date(e.recorded_on))),
                ])
                .align(Align::Left)
                .keep_with_next(),
            );
            doc.push(Paragraph::new(e.text.clone()));
        }
    }
    doc
}

impl Api {
    /// The acta of a meeting as it stands: approved (with its hash and approval at
    /// the foot of every page) or a draft under a "BORRADOR" watermark.
    pub fn pdf_minutes(&self, meeting_id: i64, today: NaiveDate) -> Result<Vec<u8>> {
        let view = self.minutes(meeting_id)?;
        render(&acta(&view, today))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pleno_docs::Block;

    #[test]
    fn a_narrative_becomes_paragraphs_and_bulleted_lists() {
        let mut doc = Document::new("n", NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        narrative("Primera línea\nsigue.\n\nSe destacó:\n- uno;\n- dos.\nCierre.", &mut doc);
        let shapes: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => format!("P:{}", p.spans[0].text),
                Block::List(l) => format!("L:{}", l.items.len()),
                _ => "?".into(),
            })
            .collect();
        assert_eq!(shapes, ["P:Primera línea sigue.", "P:Se destacó:", "L:2", "P:Cierre."]);
    }
}
