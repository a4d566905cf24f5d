//! The acta: everything the minutes say, in the order of `render_text`, laid out as
//! the Presidency and the Secretariat sign it. A draft or circulated acta carries a
//! "BORRADOR" ("DRAFT") watermark on every page; an approved one carries its SHA-256 and its
//! approval at the foot of every page.

use chrono::NaiveDate;
use pleno_docs::{
    coalition, Align, Cell, Column, ColumnWidth, Document, Heading, List, ListItem, ListMarker, Paragraph, Row,
    RunningFooter, RunningHeader, Signature, Signatures, Span, Table, TextSize, Title,
};
use pleno_domain::lang::long_date;
use pleno_domain::minutes::{Labels, MinutesContent, MinutesDecision, MinutesPerson, MinutesStatus};
use pleno_domain::Language;

use super::render;
use crate::minutes::MinutesView;
use crate::{Api, Result};

/// The words the printed acta adds to the labels it shares with the plain text.
struct Words {
    lang: Language,
    labels: &'static Labels,
    draft: &'static str,
    version: &'static str,
    not_circulated: &'static str,
    circulated: fn(u32) -> String,
    approved: &'static str,
    approved_at: &'static str,
    on: &'static str,
    member_state: &'static str,
    vote: &'static str,
    delegation: &'static str,
    attendance: &'static str,
    no_delegation: &'static str,
    no_states: &'static str,
    agenda_approval: &'static str,
    proceedings: &'static str,
    empty_agenda: &'static str,
    closing: &'static str,
    presidency: &'static str,
    secretariat: &'static str,
    errata: &'static str,
    erratum: &'static str,
    erratum_recorded: &'static str,
    erratum_approved: &'static str,
    erratum_pending: &'static str,
    keyword: &'static str,
}

const ES: Words = Words {
    lang: Language::Es,
    labels: &pleno_domain::minutes::LABELS_ES,
    draft: "BORRADOR",
    version: "versión",
    not_circulated: "BORRADOR — no circulado",
    circulated: |v| format!("BORRADOR — versión {v} circulada para observaciones"),
    approved: "Aprobada",
    approved_at: "Aprobada en la",
    on: "el",
    member_state: "Estado miembro",
    vote: "Voto",
    delegation: "Delegación",
    attendance: "Asistencia",
    no_delegation: "Sin delegación registrada",
    no_states: "No hay Estados miembros registrados en la fecha de la reunión.",
    agenda_approval: "APROBACIÓN DE LA AGENDA",
    proceedings: "DESARROLLO DE LA SESIÓN",
    empty_agenda: "La agenda está vacía.",
    closing: "CIERRE",
    presidency: "Presidencia",
    secretariat: "Secretaría Técnica",
    errata: "FE DE ERRATAS",
    erratum: "Fe de erratas n.º",
    erratum_recorded: "registrada el",
    erratum_approved: "aprobada en la",
    erratum_pending: "pendiente de aprobación",
    keyword: "acta",
};

const EN: Words = Words {
    lang: Language::En,
    labels: &pleno_domain::minutes::LABELS_EN,
    draft: "DRAFT",
    version: "version",
    not_circulated: "DRAFT — not circulated",
    circulated: |v| format!("DRAFT — version {v} circulated for comments"),
    approved: "Approved",
    approved_at: "Approved at the",
    on: "on",
    member_state: "Member state",
    vote: "Vote",
    delegation: "Delegation",
    attendance: "Attendance",
    no_delegation: "No delegation recorded",
    no_states: "No member states are recorded on the date of the meeting.",
    agenda_approval: "APPROVAL OF THE AGENDA",
    proceedings: "PROCEEDINGS",
    empty_agenda: "The agenda is empty.",
    closing: "CLOSING",
    presidency: "Presidency",
    secretariat: "Technical Secretariat",
    errata: "ERRATA",
    erratum: "Erratum No.",
    erratum_recorded: "recorded on",
    erratum_approved: "approved at the",
    erratum_pending: "pending approval",
    keyword: "minutes",
};

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
fn presence(p: &MinutesPerson, w: &Words) -> String {
    if p.remote {
        format!("{}, {}", p.presence, w.labels.remote)
    } else {
        p.presence.clone()
    }
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

fn decision(d: &MinutesDecision, doc: &mut Document, w: &Words) {
    let l = w.labels;
    doc.push(
        Paragraph::from_spans(vec![
            Span::bold(format!("{} ({}, {} {}): ", l.decision, d.method, d.time, l.hours)),
            Span::plain(d.text.clone()),
        ])
        .keep_with_next(),
    );
    if let Some(rule) = &d.rule {
        doc.push(labelled(&[(format!("{}:", l.rule), format!("{rule}."))]).keep_with_next());
    }
    if !d.votes.is_empty() {
        doc.push(Table {
            columns: vec![
                Column::new(w.member_state, ColumnWidth::Fixed(62.0)),
                Column::new(w.vote, ColumnWidth::Fixed(34.0)),
            ],
            rows: d
                .votes
                .iter()
                .map(|v| Row::new(vec![Cell::new(v.state.clone()), Cell::new(v.vote.clone())]))
                .collect(),
        });
    }
    let mut lines = Vec::new();
    if let Some(count) = &d.count {
        lines.push((format!("{}:", l.count), format!("{count}.")));
    }
    if let Some(recount) = &d.recount {
        let differs = if d.discrepancy { format!(" {}", l.recount_differs) } else { String::new() };
        lines.push((format!("{}:", l.recount), format!("{recount}.{differs}")));
    }
    // The worded content names the state before its words ("Panamá: Sujeto a…"):
    // "Reserva de" + that reads as the minutes say it.
    for r in &d.reservations {
        lines.push((l.reservation.to_string(), r.clone()));
    }
    for o in &d.objections {
        lines.push((l.objection.to_string(), o.clone()));
    }
    lines.push((format!("{}:", l.result), format!("{}.", if d.adopted { l.adopted } else { l.not_adopted })));
    doc.push(labelled(&lines));
}

/// The running header and footer, the watermark of a draft and the title block.
fn heading(view: &MinutesView, c: &MinutesContent, today: NaiveDate, w: &Words, doc: &mut Document) {
    let number = format!("{} {}", w.labels.number, c.number);
    let state_of = if view.status == MinutesStatus::Aprobada { String::new() } else { format!(" — {}", w.draft) };
    doc.header = Some(RunningHeader { left: coalition(w.lang).to_string(), right: format!("{number}{state_of}") });
    match (view.status, &view.hash) {
        (MinutesStatus::Aprobada, Some(hash)) => {
            let by = w.lang.pick(&view.approved_by, &view.approved_by_en);
            let approval = match (by, view.approved_at) {
                (Some(by), Some(at)) => format!("{} {by} {} {}", w.approved_at, w.on, long_date(w.lang, at.date())),
                (Some(by), None) => format!("{} {by}", w.approved_at),
                _ => w.approved.to_string(),
            };
            doc.footer = Some(RunningFooter {
                page_numbers: true,
                right: None,
                left: Some(format!("{approval}\nSHA-256 {hash}")),
            });
        }
        (MinutesStatus::Circulada, _) => {
            doc.watermark = Some(format!("{}\n{} {}", w.draft, w.version, view.version));
            doc.footer = Some(RunningFooter::new(Some(long_date(w.lang, today))));
        }
        _ => {
            doc.watermark = Some(w.draft.to_string());
            doc.footer = Some(RunningFooter::new(Some(long_date(w.lang, today))));
        }
    }
    let mut title = Title::new(c.title.clone()).line(number);
    match view.status {
        MinutesStatus::Borrador => title = title.line(w.not_circulated),
        MinutesStatus::Circulada => title = title.line((w.circulated)(view.version)),
        MinutesStatus::Aprobada => {}
    }
    doc.push(title);
}

/// Attendance by state, then observers and guests.
fn attendance(c: &MinutesContent, w: &Words, doc: &mut Document) {
    doc.push(Heading::new(2, w.labels.attendance));
    let mut rows = Vec::new();
    for s in &c.states {
        let mut state = vec![Span::bold(s.name.clone())];
        if !s.present {
            state.push(Span::italic(format!("\n{}", w.labels.not_present)));
        }
        let state = Cell::from_spans(state);
        if s.delegates.is_empty() {
            rows.push(Row::new(vec![state, Cell::from_spans(vec![Span::italic(w.no_delegation)]).colspan(2)]));
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
            cells.push(Cell::new(presence(d, w)));
            rows.push(Row::new(cells));
        }
    }
    if rows.is_empty() {
        doc.push(Paragraph::new(w.no_states));
    } else {
        doc.push(Table {
            columns: vec![
                Column::new(w.member_state, ColumnWidth::Relative(1.1)),
                Column::new(w.delegation, ColumnWidth::Relative(2.6)),
                Column::new(w.attendance, ColumnWidth::Relative(1.5)),
            ],
            rows,
        });
    }
    for (title, people) in [(w.labels.observers, &c.observers), (w.labels.guests, &c.guests)] {
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
                    spans: vec![Span::plain(format!("{} ({}): {}", p.name, p.institution, presence(p, w)))],
                })
                .collect(),
        });
    }
}

fn quorum(c: &MinutesContent, w: &Words, doc: &mut Document) {
    doc.push(Heading::new(2, w.labels.quorum));
    if c.quorum.is_empty() {
        doc.push(Paragraph::new(w.labels.no_quorum_checks));
        return;
    }
    doc.push(List {
        marker: ListMarker::Bullet,
        items: c
            .quorum
            .iter()
            .map(|q| ListItem { label: None, spans: vec![Span::plain(Labels::quorum_line(w.lang, q, true))] })
            .collect(),
    });
}

fn items(c: &MinutesContent, w: &Words, doc: &mut Document) {
    doc.push(Heading::new(2, w.agenda_approval));
    doc.push(Paragraph::new(c.agenda_approval.clone()));
    doc.push(Heading::new(2, w.proceedings));
    if c.items.is_empty() {
        doc.push(Paragraph::new(w.empty_agenda));
    }
    for item in &c.items {
        doc.push(Heading::new(3, format!("{}. {}", item.position, item.title)));
        if !item.presenter.is_empty() {
            doc.push(
                Paragraph::from_spans(vec![Span::italic(format!("{}: {}", w.labels.presenter, item.presenter))])
                    .align(Align::Left)
                    .size(TextSize::Small),
            );
        }
        narrative(&item.notes, doc);
        for d in &item.decisions {
            decision(d, doc, w);
        }
    }
}

fn agreements(c: &MinutesContent, w: &Words, doc: &mut Document) {
    let l = w.labels;
    doc.push(Heading::new(2, l.agreements));
    if c.agreements.is_empty() {
        doc.push(Paragraph::new(l.no_agreements));
    }
    for a in &c.agreements {
        doc.push(
            Paragraph::from_spans(vec![
                Span::bold(format!("{} {}. ", l.agreement, a.number)),
                Span::plain(a.text.clone()),
            ])
            .keep_with_next(),
        );
        let mut lines = Vec::new();
        if !a.responsible.is_empty() {
            lines.push((format!("{}:", l.responsible), format!("{}.", a.responsible.join(", "))));
        }
        if let Some(due) = &a.due {
            lines.push((format!("{}:", l.due), format!("{due}.")));
        }
        for adv in &a.advances {
            lines.push((format!("{}:", l.advances), adv.clone()));
        }
        if !lines.is_empty() {
            doc.push(labelled(&lines).size(TextSize::Small));
        }
    }
    if !c.follow_ups.is_empty() {
        doc.push(Heading::new(2, l.follow_ups));
        for f in &c.follow_ups {
            let status = f.status.as_deref().map(|s| format!(" ({}: {s})", l.status)).unwrap_or_default();
            doc.push(Paragraph::from_spans(vec![
                Span::bold(format!("{} {}: ", l.agreement, f.agreement)),
                Span::plain(format!("{}{status}", f.text)),
            ]));
        }
    }
}

fn closing(c: &MinutesContent, w: &Words, doc: &mut Document) {
    doc.push(Heading::new(2, w.closing));
    doc.push(Paragraph::new(c.closing.clone()).keep_with_next());
    doc.push(Signatures {
        signatures: if c.signatures.is_empty() {
            vec![Signature::new([w.presidency]), Signature::new([w.secretariat])]
        } else {
            c.signatures.iter().map(|s| Signature::new([s.name.clone(), s.office.clone(), s.country.clone()])).collect()
        },
    });
}

fn errata(view: &MinutesView, w: &Words, doc: &mut Document) {
    if view.errata.is_empty() {
        return;
    }
    doc.push(Heading::new(2, w.errata));
    for (n, e) in view.errata.iter().enumerate() {
        let approval = match (&e.approved_by, e.approved_at) {
            (Some(by), Some(at)) => format!("{} {by} {} {}", w.erratum_approved, w.on, long_date(w.lang, at.date())),
            (Some(by), None) => format!("{} {by}", w.erratum_approved),
            _ => w.erratum_pending.to_string(),
        };
        doc.push(
            Paragraph::from_spans(vec![
                Span::bold(format!("{} {}", w.erratum, n + 1)),
                Span::plain(format!(" — {} {}; {approval}.", w.erratum_recorded, long_date(w.lang, e.recorded_on))),
            ])
            .align(Align::Left)
            .keep_with_next(),
        );
        doc.push(Paragraph::new(e.text.clone()));
    }
}

/// Builds the acta of `view`, printed on `today`, in `lang` (an acta approved in
/// stored format 1 keeps its approved Spanish content under labels in `lang`).
fn acta(view: &MinutesView, today: NaiveDate, lang: Language) -> Document {
    let w = lang.pick(&ES, &EN);
    let c = view.content_in(lang);
    let mut doc =
        Document::new(format!("{} {} — {}", w.labels.number, c.number, view.meeting_title), today).in_language(lang);
    doc.metadata.subject = c.title.clone();
    doc.metadata.keywords = vec![w.keyword.into(), view.meeting_title.clone(), c.number.clone()];
    heading(view, c, today, w, &mut doc);
    doc.push(Paragraph::new(c.opening.clone()));
    attendance(c, w, &mut doc);
    quorum(c, w, &mut doc);
    items(c, w, &mut doc);
    agreements(c, w, &mut doc);
    closing(c, w, &mut doc);
    errata(view, w, &mut doc);
    doc
}

impl Api {
    /// The acta of a meeting as it stands: approved (with its hash and approval at
    /// the foot of every page) or a draft under a "BORRADOR" watermark.
    pub fn pdf_minutes(&self, meeting_id: i64, today: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let view = self.minutes(meeting_id)?;
        render(&acta(&view, today, lang))
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
