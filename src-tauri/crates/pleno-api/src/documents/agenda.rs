//! The agenda (orden del día): each item numbered, with the time it starts (the
//! meeting's start plus the minutes of the items before it), who presents it and
//! its reference documents, and whether the plenary approved it.

use chrono::{NaiveDate, NaiveTime};
use pleno_docs::{Align, Cell, Column, ColumnWidth, Document, Paragraph, Row, Span, Table, TextSize, Title};
use pleno_domain::spanish_long_date;

use super::{hm, letterhead, meeting_line, render, running, Offices};
use crate::{Api, Result};

fn clock(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// "6 h 40 min", "45 min", "2 h".
fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

impl Api {
    /// The agenda of a meeting as the Presidency submits it (or as approved).
    pub fn pdf_agenda(&self, meeting_id: i64, today: NaiveDate) -> Result<Vec<u8>> {
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let offices = Offices::on(&self.directory(m.starts_on)?);

        let mut doc = Document::new(format!("Agenda de la {}", m.title), today);
        doc.metadata.subject = format!("Orden del día de la {} de la Coalición Regional", m.title);
        doc.metadata.keywords = vec!["agenda".into(), "orden del día".into(), m.title.clone()];
        running(&mut doc, format!("Agenda — {}", m.title), today);

        doc.push(letterhead(&offices));
        doc.push(Title::new("AGENDA").line(format!("Orden del día de la {}", m.title)).line(meeting_line(&detail)));

        let status = match m.agenda_approved_at {
            Some(at) if m.agenda_amendments.is_empty() => format!(
                "aprobada por el pleno el {} a las {} horas, sin enmiendas.",
                spanish_long_date(at.date()),
                hm(at)
            ),
            Some(at) => format!(
                "aprobada por el pleno el {} a las {} horas, con las siguientes enmiendas: {}",
                spanish_long_date(at.date()),
                hm(at),
                m.agenda_amendments
            ),
            None => "provisional, pendiente de aprobación por el pleno.".to_string(),
        };
        doc.push(Paragraph::from_spans(vec![Span::bold("Agenda "), Span::plain(status)]).align(Align::Left));

        if detail.agenda.is_empty() {
            doc.push(Paragraph::new("La agenda está vacía."));
            return render(&doc);
        }

        let rows = detail
            .agenda
            .iter()
            .map(|item| {
                let (begins, ends) = (clock(item.starts_at), clock(item.ends_at));
                let mut what = vec![Span::plain(item.title.clone())];
                if !item.notes.is_empty() {
                    what.push(Span::italic(format!("\n{}", item.notes)));
                }
                let documents = if item.documents.is_empty() {
                    "—".to_string()
                } else {
                    item.documents.iter().map(|d| d.file_name.clone()).collect::<Vec<_>>().join("\n")
                };
                Row::new(vec![
                    Cell::new(format!("{}.", item.position)),
                    Cell::new(format!("{begins}–{ends}")),
                    Cell::from_spans(what),
                    Cell::new(if item.presenter.is_empty() { "—".to_string() } else { item.presenter.clone() }),
                    Cell::new(documents),
                ])
            })
            .collect();
        doc.push(Table {
            columns: vec![
                Column::new("N.º", ColumnWidth::Fixed(12.0)).align(Align::Right),
                Column::new("Hora", ColumnWidth::Fixed(25.0)).align(Align::Center),
                Column::new("Punto", ColumnWidth::Relative(3.0)),
                Column::new("Presenta", ColumnWidth::Relative(1.5)),
                Column::new("Documentos de referencia", ColumnWidth::Relative(1.8)),
            ],
            rows,
        });
        let total: u32 = detail.agenda.iter().map(|i| i.minutes).sum();
        let ends = detail.agenda.last().map(|i| clock(i.ends_at)).unwrap_or_default();
        doc.push(
            Paragraph::new(format!(
                "Duración prevista: {} (de las {} a las {} horas). Los horarios son indicativos: cada punto empieza \
                 al terminar el anterior.",
                duration(total),
                clock(m.start_time),
                ends
            ))
            .size(TextSize::Small),
        );
        render(&doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_hours_and_minutes() {
        assert_eq!(duration(400), "6 h 40 min");
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(120), "2 h");
    }
}
