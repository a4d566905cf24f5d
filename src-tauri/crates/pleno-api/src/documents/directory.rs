//! The directory on a date: each member state with its national mechanism and its
//! four seats (holder, position, institution, preferred e-mail and phone, or
//! "Vacante"), then the observer organisations, the offices and the committees.

use chrono::NaiveDate;
use pleno_docs::{Align, Cell, Column, ColumnWidth, Document, Heading, Paragraph, Row, Span, Table, TextSize, Title};
use pleno_domain::country::Crime;
use pleno_domain::spanish_long_date;

use super::{holder_name, mechanism, render, running};
use crate::directory_view::Holder;
use crate::{Api, Result};

/// "Correo" and "Teléfono" lines of a holder, or a dash.
fn contact(holder: &Holder) -> Cell {
    let lines: Vec<String> = [holder.email.clone(), holder.phone.clone()].into_iter().flatten().collect();
    Cell::new(if lines.is_empty() { "—".to_string() } else { lines.join("\n") })
}

/// Bold name, then the position and the institution under it (unless it is the
/// organisation the row already names).
fn who(holder: &Holder, named: Option<&str>) -> Cell {
    let mut spans = vec![Span::bold(holder_name(holder))];
    if !holder.position.is_empty() {
        spans.push(Span::plain(format!("\n{}", holder.position)));
    }
    if !holder.institution.is_empty() && named != Some(holder.institution.as_str()) {
        spans.push(Span::italic(format!("\n{}", holder.institution)));
    }
    Cell::from_spans(spans)
}

/// A term as people say it: the stored end is the first day after it.
fn term(starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> String {
    match ends_on {
        Some(end) => {
            let last = end.pred_opt().filter(|d| *d >= starts_on).unwrap_or(end);
            format!("del {} al {}", spanish_long_date(starts_on), spanish_long_date(last))
        }
        None => format!("desde el {}", spanish_long_date(starts_on)),
    }
}

impl Api {
    /// The directory as it stood on `on`, printed on `today`.
    pub fn pdf_directory(&self, on: NaiveDate, today: NaiveDate) -> Result<Vec<u8>> {
        let directory = self.directory(on)?;
        let as_of = spanish_long_date(on);

        let mut doc = Document::new(format!("Directorio al {as_of}"), today);
        doc.metadata.subject =
            format!("Mecanismos nacionales, titulares y suplentes, observadores, cargos y comités al {as_of}");
        doc.metadata.keywords = vec!["directorio".into(), "mecanismos nacionales".into(), "contactos".into()];
        running(&mut doc, format!("Directorio al {as_of}"), today);

        doc.push(Title::new("DIRECTORIO").line(format!("Estados miembros, observadores, cargos y comités al {as_of}")));
        doc.push(
            Paragraph::new(
                "Cada Estado miembro está representado por su mecanismo nacional, con un titular y un suplente para \
                 la trata de personas (TdP) y otros para el tráfico ilícito de migrantes (TIM). Se indican el correo \
                 electrónico y el teléfono preferidos de cada persona.",
            )
            .size(TextSize::Small),
        );

        doc.push(Heading::new(1, "Estados miembros"));
        if directory.states.is_empty() {
            doc.push(Paragraph::new("No hay Estados miembros en esta fecha."));
        }
        for state in &directory.states {
            doc.push(Heading::new(2, state.name.clone()));
            doc.push(
                Paragraph::from_spans(vec![Span::italic("Mecanismo nacional: "), Span::plain(mechanism(state))])
                    .align(Align::Left)
                    .size(TextSize::Small)
                    .keep_with_next(),
            );
            let rows = state
                .seats
                .iter()
                .map(|seat| {
                    let short = if seat.mandate == Crime::Tdp { "TdP" } else { "TIM" };
                    let seat_cell = Cell::from_spans(vec![
                        Span::bold(format!("{short} · {}", seat.role.as_str())),
                        Span::plain(format!("\n{}", pleno_domain::text::capitalise(seat.mandate.spanish()))),
                    ]);
                    let row = match &seat.holder {
                        Some(h) => Row::new(vec![seat_cell, who(h, None), contact(h)]),
                        None => Row::new(vec![seat_cell, Cell::from_spans(vec![Span::italic("Vacante")]).colspan(2)]),
                    };
                    // A state's seats stay on one page, under its name.
                    row.keep_with_next()
                })
                .collect();
            doc.push(Table {
                columns: vec![
                    Column::new("Puesto", ColumnWidth::Fixed(32.0)),
                    Column::new("Persona, cargo e institución", ColumnWidth::Relative(1.25)),
                    Column::new("Correo y teléfono", ColumnWidth::Relative(1.0)),
                ],
                rows,
            });
        }

        doc.push(Heading::new(1, "Organizaciones observadoras"));
        if directory.organisations.is_empty() {
            doc.push(Paragraph::new("No hay organizaciones observadoras en esta fecha."));
        } else {
            let mut rows = Vec::new();
            for card in &directory.organisations {
                let o = &card.organisation;
                let mut name = vec![Span::bold(o.name.clone())];
                let acronym = if o.acronym.is_empty() { String::new() } else { format!("{} · ", o.acronym) };
                name.push(Span::plain(format!("\n{acronym}{}", o.kind.spanish())));
                let org = Cell::from_spans(name);
                if card.representatives.is_empty() {
                    rows.push(Row::new(vec![
                        org,
                        Cell::from_spans(vec![Span::italic("Sin representante designado")]).colspan(2),
                    ]));
                    continue;
                }
                for (i, h) in card.representatives.iter().enumerate() {
                    let mut cells = Vec::new();
                    if i == 0 {
                        cells.push(org.clone().rowspan(card.representatives.len()));
                    }
                    cells.push(who(h, Some(o.name.as_str())));
                    cells.push(contact(h));
                    rows.push(Row::new(cells));
                }
            }
            doc.push(Table {
                columns: vec![
                    Column::new("Organización", ColumnWidth::Relative(1.6)),
                    Column::new("Representante y cargo", ColumnWidth::Relative(1.8)),
                    Column::new("Correo y teléfono", ColumnWidth::Relative(1.9)),
                ],
                rows,
            });
        }

        doc.push(Heading::new(1, "Cargos de la Coalición"));
        if directory.offices.is_empty() {
            doc.push(Paragraph::new("No hay cargos asignados en esta fecha."));
        } else {
            doc.push(Table {
                columns: vec![
                    Column::new("Cargo", ColumnWidth::Relative(1.0)),
                    Column::new("Estado", ColumnWidth::Relative(1.0)),
                    Column::new("Período", ColumnWidth::Relative(2.0)),
                ],
                rows: directory
                    .offices
                    .iter()
                    .map(|t| {
                        Row::new(vec![
                            Cell::from_spans(vec![Span::bold(t.office.spanish())]),
                            Cell::new(t.country_name.clone()),
                            Cell::new(term(t.starts_on, t.ends_on)),
                        ])
                    })
                    .collect(),
            });
        }

        doc.push(Heading::new(1, "Comités de trabajo"));
        if directory.committees.is_empty() {
            doc.push(Paragraph::new("No hay comités de trabajo en esta fecha."));
        }
        for committee in &directory.committees {
            doc.push(Heading::new(3, committee.name.clone()));
            let members: Vec<&str> = committee
                .members
                .iter()
                .filter(|m| m.starts_on <= on && m.ends_on.is_none_or(|e| on < e))
                .map(|m| m.name.as_str())
                .collect();
            let mut spans = vec![Span::italic("Mandato: "), Span::plain(committee.mandate.clone())];
            spans.push(Span::italic("\nIntegrantes: "));
            spans.push(Span::plain(if members.is_empty() { "ninguno".to_string() } else { members.join(", ") }));
            spans.push(Span::italic("\nPeríodo: "));
            spans.push(Span::plain(term(committee.starts_on, committee.ends_on)));
            doc.push(Paragraph::from_spans(spans).align(Align::Left));
        }
        render(&doc)
    }
}
