//! The register of agreements (landscape): number, date and meeting, text,
//! responsible parties, due date, status ("vencido" as of the day printed), the
//! last follow-up and what each agreement advances in the plan.

use chrono::NaiveDate;
use pleno_docs::{Align, Cell, Column, ColumnWidth, Document, Heading, PageSetup, Paragraph, Row, Span, Table};
use pleno_domain::agreement::{Agreement, LinkTarget, ShownStatus};
use pleno_domain::spanish_long_date;

use super::{plural, render, running};
use crate::agreements::AgreementFilter;
use crate::{Api, ApiError, Result};

const STATUS_ORDER: [ShownStatus; 5] =
    [ShownStatus::Cumplido, ShownStatus::EnCurso, ShownStatus::Pendiente, ShownStatus::Vencido, ShownStatus::SinEfecto];

fn status_plural(status: ShownStatus, n: usize) -> String {
    let word = status.spanish();
    if n == 1 {
        return word.to_string();
    }
    match status {
        ShownStatus::EnCurso => "en curso".into(),
        ShownStatus::SinEfecto => "sin efecto".into(),
        _ => format!("{word}s"),
    }
}

fn row(a: &Agreement) -> Row {
    let number = Cell::from_spans(vec![
        Span::bold(a.number.clone()),
        Span::plain(format!("\n{}\n", spanish_long_date(a.adopted_on))),
        Span::italic(a.meeting_title.clone()),
    ]);
    let responsible = if a.responsible.is_empty() {
        "—".to_string()
    } else {
        a.responsible.iter().map(|r| r.label.as_str()).collect::<Vec<_>>().join(", ")
    };
    let status = match a.shown_status {
        ShownStatus::Vencido => Span::bold("vencido"),
        other => Span::plain(other.spanish()),
    };
    let follow_up = match a.follow_ups.iter().max_by_key(|f| (f.reported_on, f.id)) {
        Some(f) => {
            let place = f.meeting_title.as_deref().map(|t| format!(", {t}")).unwrap_or_default();
            vec![Span::italic(format!("{}{place}: ", spanish_long_date(f.reported_on))), Span::plain(f.text.clone())]
        }
        None => vec![Span::plain("—")],
    };
    let mut advances = Vec::new();
    for (i, link) in a.links.iter().enumerate() {
        let what = if link.target == LinkTarget::Indicator { "Indicador" } else { "Actividad" };
        advances.push(Span::bold(format!("{}{what} {}", if i > 0 { "\n" } else { "" }, link.code)));
        advances.push(Span::plain(format!(" {}", link.title)));
    }
    if advances.is_empty() {
        advances.push(Span::plain("—"));
    }
    Row::new(vec![
        number,
        Cell::new(a.text.clone()),
        Cell::new(responsible),
        Cell::new(a.due_on.map_or_else(|| "sin plazo".to_string(), spanish_long_date)),
        Cell::from_spans(vec![status]),
        Cell::from_spans(follow_up),
        Cell::from_spans(advances),
    ])
}

impl Api {
    /// The register of agreements, all of them or those of one meeting or one axis
    /// of the plan (both filters apply when both are given); statuses as of `today`.
    pub fn pdf_agreements(&self, meeting_id: Option<i64>, axis: Option<&str>, today: NaiveDate) -> Result<Vec<u8>> {
        let mut selection = Vec::new();
        if let Some(id) = meeting_id {
            selection.push(format!("de la {}", self.meeting(id)?.meeting.title));
        }
        let axis = match axis.map(str::trim) {
            Some(code) => {
                let plan = self.plan()?;
                let found = plan.strategic_plan.axes.iter().find(|a| a.code == code).ok_or_else(|| {
                    let codes: Vec<&str> = plan.strategic_plan.axes.iter().map(|a| a.code.as_str()).collect();
                    ApiError::invalid(format!(
                        "No existe el eje «{code}» en el Plan Estratégico; los ejes son: {}",
                        codes.join(", ")
                    ))
                })?;
                selection.push(format!("que contribuyen al Eje {}. {}", found.code, found.title));
                Some(found.code.clone())
            }
            None => None,
        };
        let filter = AgreementFilter { meeting_id, axis, ..AgreementFilter::default() };
        let agreements = self.agreements(&filter, today)?;
        let described = if selection.is_empty() {
            "Todos los acuerdos".to_string()
        } else {
            format!("Acuerdos {}", selection.join(" y "))
        };

        let mut doc = Document::new(format!("Registro de acuerdos — {described}"), today);
        doc.page = PageSetup::landscape();
        doc.metadata.subject = format!("Registro de acuerdos de la Coalición Regional: {described}");
        doc.metadata.keywords = vec!["registro de acuerdos".into(), "seguimiento".into(), "indicadores".into()];
        running(&mut doc, "Registro de acuerdos", today);

        doc.push(Heading::new(1, "Registro de acuerdos"));
        doc.push(
            Paragraph::from_spans(vec![
                Span::bold(format!("{described}. ")),
                Span::plain(format!(
                    "Situación al {}: un acuerdo pendiente o en curso cuyo plazo ha pasado figura como «vencido».",
                    spanish_long_date(today)
                )),
            ])
            .align(Align::Left),
        );
        if agreements.is_empty() {
            doc.push(Paragraph::new("No hay acuerdos en esta selección."));
            return render(&doc);
        }
        doc.push(Table {
            columns: vec![
                Column::new("Número, fecha y reunión", ColumnWidth::Fixed(36.0)),
                Column::new("Acuerdo", ColumnWidth::Relative(3.0)),
                Column::new("Responsables", ColumnWidth::Relative(1.5)),
                Column::new("Plazo", ColumnWidth::Fixed(24.0)),
                Column::new("Estado", ColumnWidth::Fixed(22.0)),
                Column::new("Último seguimiento", ColumnWidth::Relative(2.2)),
                Column::new("Contribuye a", ColumnWidth::Relative(2.3)),
            ],
            rows: agreements.iter().map(row).collect(),
        });
        let counts: Vec<String> = STATUS_ORDER
            .iter()
            .filter_map(|s| {
                let n = agreements.iter().filter(|a| a.shown_status == *s).count();
                (n > 0).then(|| format!("{n} {}", status_plural(*s, n)))
            })
            .collect();
        doc.push(Paragraph::from_spans(vec![
            Span::bold("Total: "),
            Span::plain(format!(
                "{} {}: {}.",
                agreements.len(),
                plural(agreements.len(), "acuerdo", "acuerdos"),
                counts.join(", ")
            )),
        ]));
        render(&doc)
    }
}
