//! The agenda (orden del día): each item numbered, with the time it starts (the
//! meeting's start plus the minutes of the items before it), who presents it and
//! its reference documents, and whether the plenary approved it.

use chrono::NaiveDate;
use pleno_docs::{Align, Cell, Column, ColumnWidth, Document, Paragraph, Row, Span, Table, TextSize, Title};
use pleno_domain::lang::long_date;
use pleno_domain::Language;

use super::{hm, item_words, letterhead, meeting_line, render, running, title, Offices};
use crate::{Api, Result};

/// Every word the agenda uses, in one language.
struct Words {
    agenda_of: &'static str,
    subject: &'static str,
    keywords: [&'static str; 2],
    title: &'static str,
    agenda: &'static str,
    /// (date, time, amendments or "") → the status sentence after "Agenda".
    approved: fn(&str, &str, &str) -> String,
    provisional: &'static str,
    empty: &'static str,
    columns: [&'static str; 5],
    duration: fn(&str, &str, &str) -> String,
}

const ES: Words = Words {
    agenda_of: "Agenda de la",
    subject: "Orden del día de la",
    keywords: ["agenda", "orden del día"],
    title: "AGENDA",
    agenda: "Agenda ",
    approved: |date, time, amendments| {
        if amendments.is_empty() {
            format!("aprobada por el pleno el {date} a las {time} horas, sin enmiendas.")
        } else {
            format!("aprobada por el pleno el {date} a las {time} horas, con las siguientes enmiendas: {amendments}")
        }
    },
    provisional: "provisional, pendiente de aprobación por el pleno.",
    empty: "La agenda está vacía.",
    columns: ["N.º", "Hora", "Punto", "Presenta", "Documentos de referencia"],
    duration: |total, start, end| {
        format!(
            "Duración prevista: {total} (de las {start} a las {end} horas). Los horarios son indicativos: cada punto \
             empieza al terminar el anterior."
        )
    },
};

const EN: Words = Words {
    agenda_of: "Agenda of the",
    subject: "Order of business of the",
    keywords: ["agenda", "order of business"],
    title: "AGENDA",
    agenda: "Agenda: ",
    approved: |date, time, amendments| {
        if amendments.is_empty() {
            format!("approved by the plenary on {date} at {time}, without amendments.")
        } else {
            format!("approved by the plenary on {date} at {time}, with the following amendments: {amendments}")
        }
    },
    provisional: "provisional, pending approval by the plenary.",
    empty: "The agenda is empty.",
    columns: ["No.", "Time", "Item", "Presented by", "Reference documents"],
    duration: |total, start, end| {
        format!(
            "Expected duration: {total} (from {start} to {end}). Times are indicative: each item starts when the \
             one before it ends."
        )
    },
};

fn clock(time: chrono::NaiveTime) -> String {
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
    pub fn pdf_agenda(&self, meeting_id: i64, today: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let w = lang.pick(&ES, &EN);
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let directory = self.directory(m.starts_on)?;
        let offices = Offices::on(&directory);
        let meeting = title(&detail, lang);

        let mut doc = Document::new(format!("{} {meeting}", w.agenda_of), today).in_language(lang);
        doc.metadata.subject = format!("{} {meeting}", w.subject);
        doc.metadata.keywords = vec![w.keywords[0].into(), w.keywords[1].into(), meeting.clone()];
        running(&mut doc, format!("Agenda — {meeting}"), today);

        doc.push(letterhead(&offices, lang));
        doc.push(Title::new(w.title).line(format!("{} {meeting}", w.subject)).line(meeting_line(&detail, lang)));

        let status = match m.agenda_approved_at {
            Some(at) => (w.approved)(&long_date(lang, at.date()), &hm(at), &m.agenda_amendments),
            None => w.provisional.to_string(),
        };
        doc.push(Paragraph::from_spans(vec![Span::bold(w.agenda), Span::plain(status)]).align(Align::Left));

        if detail.agenda.is_empty() {
            doc.push(Paragraph::new(w.empty));
            return render(&doc);
        }

        let rows = detail
            .agenda
            .iter()
            .map(|item| {
                let (begins, ends) = (clock(item.starts_at), clock(item.ends_at));
                let (title, presenter) = item_words(item, &directory, lang);
                let mut what = vec![Span::plain(title)];
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
                    Cell::new(if presenter.is_empty() { "—".to_string() } else { presenter }),
                    Cell::new(documents),
                ])
            })
            .collect();
        let [number, hour, item, presenter, documents] = w.columns;
        doc.push(Table {
            columns: vec![
                Column::new(number, ColumnWidth::Fixed(12.0)).align(Align::Right),
                Column::new(hour, ColumnWidth::Fixed(25.0)).align(Align::Center),
                Column::new(item, ColumnWidth::Relative(3.0)),
                Column::new(presenter, ColumnWidth::Relative(1.5)),
                Column::new(documents, ColumnWidth::Relative(1.8)),
            ],
            rows,
        });
        let total: u32 = detail.agenda.iter().map(|i| i.minutes).sum();
        let ends = detail.agenda.last().map(|i| clock(i.ends_at)).unwrap_or_default();
        doc.push(Paragraph::new((w.duration)(&duration(total), &clock(m.start_time), &ends)).size(TextSize::Small));
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
