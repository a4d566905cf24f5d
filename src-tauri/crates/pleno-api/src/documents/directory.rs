//! The directory on a date: each member state with its national mechanism and its
//! four seats (holder, position, institution, preferred e-mail and phone, or
//! "Vacante"), then the observer organisations, the offices and the committees.

use chrono::NaiveDate;
use pleno_docs::{Align, Cell, Column, ColumnWidth, Document, Heading, Paragraph, Row, Span, Table, TextSize, Title};
use pleno_domain::country::Crime;
use pleno_domain::lang::long_date;
use pleno_domain::minutes::words::office;
use pleno_domain::Language;

use super::{holder_name, mechanism, render, running};
use crate::directory_view::{Directory, Holder};
use crate::{Api, Result};

/// Every word the printed directory uses, in one language.
struct Words {
    lang: Language,
    title: &'static str,
    directory_on: &'static str,
    subject: &'static str,
    keywords: [&'static str; 3],
    subtitle: &'static str,
    intro: &'static str,
    states: &'static str,
    no_states: &'static str,
    mechanism: &'static str,
    vacant: &'static str,
    seat_columns: [&'static str; 3],
    observers: &'static str,
    no_observers: &'static str,
    no_representative: &'static str,
    observer_columns: [&'static str; 3],
    offices: &'static str,
    no_offices: &'static str,
    office_columns: [&'static str; 3],
    committees: &'static str,
    no_committees: &'static str,
    mandate: &'static str,
    members: &'static str,
    none: &'static str,
    period: &'static str,
    /// "Trata de personas" / "Trafficking in persons", "…" for the two crimes.
    crimes: [&'static str; 2],
}

const ES: Words = Words {
    lang: Language::Es,
    title: "DIRECTORIO",
    directory_on: "Directorio al",
    subject: "Mecanismos nacionales, titulares y suplentes, observadores, cargos y comités al",
    keywords: ["directorio", "mecanismos nacionales", "contactos"],
    subtitle: "Estados miembros, observadores, cargos y comités al",
    intro: "Cada Estado miembro está representado por su mecanismo nacional, con un titular y un suplente para \
            la trata de personas (TdP) y otros para el tráfico ilícito de migrantes (TIM). Se indican el correo \
            electrónico y el teléfono preferidos de cada persona.",
    states: "Estados miembros",
    no_states: "No hay Estados miembros en esta fecha.",
    mechanism: "Mecanismo nacional: ",
    vacant: "Vacante",
    seat_columns: ["Puesto", "Persona, cargo e institución", "Correo y teléfono"],
    observers: "Organizaciones observadoras",
    no_observers: "No hay organizaciones observadoras en esta fecha.",
    no_representative: "Sin representante designado",
    observer_columns: ["Organización", "Representante y cargo", "Correo y teléfono"],
    offices: "Cargos de la Coalición",
    no_offices: "No hay cargos asignados en esta fecha.",
    office_columns: ["Cargo", "Estado", "Período"],
    committees: "Comités de trabajo",
    no_committees: "No hay comités de trabajo en esta fecha.",
    mandate: "Mandato: ",
    members: "\nIntegrantes: ",
    none: "ninguno",
    period: "\nPeríodo: ",
    crimes: ["Trata de personas", "Tráfico ilícito de migrantes"],
};

const EN: Words = Words {
    lang: Language::En,
    title: "DIRECTORY",
    directory_on: "Directory as of",
    subject: "National mechanisms, principals and alternates, observers, offices and committees as of",
    keywords: ["directory", "national mechanisms", "contacts"],
    subtitle: "Member states, observers, offices and committees as of",
    intro: "Each member state is represented by its national mechanism, with a principal and an alternate for \
            trafficking in persons (TdP) and others for the smuggling of migrants (TIM). Each person's preferred \
            e-mail and telephone are given.",
    states: "Member states",
    no_states: "There are no member states on this date.",
    mechanism: "National mechanism: ",
    vacant: "Vacant",
    seat_columns: ["Seat", "Person, position and institution", "E-mail and telephone"],
    observers: "Observer organisations",
    no_observers: "There are no observer organisations on this date.",
    no_representative: "No representative designated",
    observer_columns: ["Organisation", "Representative and position", "E-mail and telephone"],
    offices: "Offices of the Coalition",
    no_offices: "No offices are assigned on this date.",
    office_columns: ["Office", "State", "Term"],
    committees: "Working committees",
    no_committees: "There are no working committees on this date.",
    mandate: "Mandate: ",
    members: "\nMembers: ",
    none: "none",
    period: "\nTerm: ",
    crimes: ["Trafficking in persons", "Smuggling of migrants"],
};

impl Words {
    /// A term as people say it: the stored end is the first day after it.
    fn term(&self, starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> String {
        let d = |date| long_date(self.lang, date);
        match (self.lang, ends_on) {
            (lang, Some(end)) => {
                let last = end.pred_opt().filter(|day| *day >= starts_on).unwrap_or(end);
                lang.pick(format!("del {} al {}", d(starts_on), d(last)), format!("{} to {}", d(starts_on), d(last)))
            }
            (Language::Es, None) => format!("desde el {}", d(starts_on)),
            (Language::En, None) => format!("since {}", d(starts_on)),
        }
    }

    fn seat_role(&self, role: pleno_domain::directory::SeatRole) -> &'static str {
        match (self.lang, role) {
            (Language::Es, r) => r.as_str(),
            (Language::En, pleno_domain::directory::SeatRole::Titular) => "principal",
            (Language::En, pleno_domain::directory::SeatRole::Suplente) => "alternate",
        }
    }
}

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

impl Api {
    /// The directory as it stood on `on`, printed on `today`.
    pub fn pdf_directory(&self, on: NaiveDate, today: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let w = lang.pick(&ES, &EN);
        let directory = self.directory(on)?;
        let as_of = long_date(lang, on);

        let mut doc = Document::new(format!("{} {as_of}", w.directory_on), today).in_language(lang);
        doc.metadata.subject = format!("{} {as_of}", w.subject);
        doc.metadata.keywords = w.keywords.map(String::from).to_vec();
        running(&mut doc, format!("{} {as_of}", w.directory_on), today);

        doc.push(Title::new(w.title).line(format!("{} {as_of}", w.subtitle)));
        doc.push(Paragraph::new(w.intro).size(TextSize::Small));

        states(&mut doc, &directory, w);
        observers(&mut doc, &directory, w);
        offices(&mut doc, &directory, w);
        committees(&mut doc, &directory, w, on);
        render(&doc)
    }
}

/// Each member state with its mechanism and its four seats.
fn states(doc: &mut Document, directory: &Directory, w: &Words) {
    let lang = w.lang;
    doc.push(Heading::new(1, w.states));
    if directory.states.is_empty() {
        doc.push(Paragraph::new(w.no_states));
    }
    for state in &directory.states {
        doc.push(Heading::new(2, state.name_in(w.lang).to_string()));
        doc.push(
            Paragraph::from_spans(vec![Span::italic(w.mechanism), Span::plain(mechanism(state, lang))])
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
                    Span::bold(format!("{short} · {}", w.seat_role(seat.role))),
                    Span::plain(format!("\n{}", w.crimes[usize::from(seat.mandate != Crime::Tdp)])),
                ]);
                let row = match &seat.holder {
                    Some(h) => Row::new(vec![seat_cell, who(h, None), contact(h)]),
                    None => Row::new(vec![seat_cell, Cell::from_spans(vec![Span::italic(w.vacant)]).colspan(2)]),
                };
                // A state's seats stay on one page, under its name.
                row.keep_with_next()
            })
            .collect();
        let widths = [ColumnWidth::Fixed(32.0), ColumnWidth::Relative(1.25), ColumnWidth::Relative(1.0)];
        doc.push(table(w.seat_columns, widths, rows));
    }
}

/// A table of three columns, named and sized as given: the directory's tables.
fn table(names: [&'static str; 3], widths: [ColumnWidth; 3], rows: Vec<Row>) -> Table {
    Table { columns: names.into_iter().zip(widths).map(|(name, width)| Column::new(name, width)).collect(), rows }
}

/// The observer organisations and their representatives.
fn observers(doc: &mut Document, directory: &Directory, w: &Words) {
    doc.push(Heading::new(1, w.observers));
    if directory.organisations.is_empty() {
        doc.push(Paragraph::new(w.no_observers));
    } else {
        let mut rows = Vec::new();
        for card in &directory.organisations {
            let o = &card.organisation;
            let mut name = vec![Span::bold(o.name.clone())];
            let acronym = if o.acronym.is_empty() { String::new() } else { format!("{} · ", o.acronym) };
            name.push(Span::plain(format!(
                "\n{acronym}{}",
                pleno_domain::minutes::words::organisation_kind(w.lang, o.kind)
            )));
            let org = Cell::from_spans(name);
            if card.representatives.is_empty() {
                rows.push(Row::new(vec![org, Cell::from_spans(vec![Span::italic(w.no_representative)]).colspan(2)]));
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
        let widths = [ColumnWidth::Relative(1.6), ColumnWidth::Relative(1.8), ColumnWidth::Relative(1.9)];
        doc.push(table(w.observer_columns, widths, rows));
    }
}

/// The Coalition's offices and who holds them.
fn offices(doc: &mut Document, directory: &Directory, w: &Words) {
    let lang = w.lang;
    doc.push(Heading::new(1, w.offices));
    if directory.offices.is_empty() {
        doc.push(Paragraph::new(w.no_offices));
    } else {
        let rows = directory
            .offices
            .iter()
            .map(|t| {
                Row::new(vec![
                    Cell::from_spans(vec![Span::bold(office(lang, t.office))]),
                    Cell::new(t.country_name.clone()),
                    Cell::new(w.term(t.starts_on, t.ends_on)),
                ])
            })
            .collect();
        let widths = [ColumnWidth::Relative(1.0), ColumnWidth::Relative(1.0), ColumnWidth::Relative(2.0)];
        doc.push(table(w.office_columns, widths, rows));
    }
}

/// The working committees, their mandate and members on the day.
fn committees(doc: &mut Document, directory: &Directory, w: &Words, on: NaiveDate) {
    doc.push(Heading::new(1, w.committees));
    if directory.committees.is_empty() {
        doc.push(Paragraph::new(w.no_committees));
    }
    for committee in &directory.committees {
        doc.push(Heading::new(3, committee.name.clone()));
        let members: Vec<&str> = committee
            .members
            .iter()
            .filter(|m| m.starts_on <= on && m.ends_on.is_none_or(|e| on < e))
            // A member state by its name in the document's language; a person as named.
            .map(|m| {
                let state = m.country.as_deref().and_then(|c| directory.states.iter().find(|s| s.code == c));
                state.map_or(m.name.as_str(), |s| s.name_in(w.lang))
            })
            .collect();
        let mut spans = vec![Span::italic(w.mandate), Span::plain(committee.mandate.clone())];
        spans.push(Span::italic(w.members));
        spans.push(Span::plain(if members.is_empty() { w.none.to_string() } else { members.join(", ") }));
        spans.push(Span::italic(w.period));
        spans.push(Span::plain(w.term(committee.starts_on, committee.ends_on)));
        doc.push(Paragraph::from_spans(spans).align(Align::Left));
    }
}
