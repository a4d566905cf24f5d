//! The notice of a meeting (convocatoria): the Presidency convenes the national
//! mechanisms, with the meeting's date, time, place, modality and draft agenda, the
//! Technical Secretariat's contact, and a place to sign.

use chrono::NaiveDate;
use pleno_docs::{
    Align, Document, Heading, List, ListItem, ListMarker, Paragraph, Signature, Signatures, Span, TextSize, Title,
};
use pleno_domain::meeting::Modality;
use pleno_domain::spanish_long_date;

use super::{date_range, holder_name, letterhead, mechanism, place, render, representative, running, Offices};
use crate::{Api, Result};

impl Api {
    /// The notice of a meeting, dated on its notice date or, before it is issued, on
    /// `today`.
    pub fn pdf_notice(&self, meeting_id: i64, today: NaiveDate) -> Result<Vec<u8>> {
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let directory = self.directory(m.starts_on)?;
        let offices = Offices::on(&directory);
        let issued = m.notice_date.unwrap_or(today);

        let mut doc = Document::new(format!("Convocatoria a la {}", m.title), issued);
        doc.metadata.subject = format!("Convocatoria a la {} de la Coalición Regional", m.title);
        doc.metadata.keywords = vec!["convocatoria".into(), m.title.clone(), "agenda provisional".into()];
        running(&mut doc, format!("Convocatoria — {}", m.title), issued);

        doc.push(letterhead(&offices));
        doc.push(Title::new("CONVOCATORIA").line(m.title.clone()));

        doc.push(
            Paragraph::from_spans(vec![Span::bold("A los mecanismos nacionales de los Estados miembros:")])
                .align(Align::Left)
                .keep_with_next(),
        );
        if directory.states.is_empty() {
            doc.push(Paragraph::new("No hay Estados miembros registrados en la fecha de la reunión."));
        } else {
            doc.push(List {
                marker: ListMarker::Bullet,
                items: directory
                    .states
                    .iter()
                    .map(|s| ListItem {
                        label: None,
                        spans: vec![Span::bold(s.name.clone()), Span::plain(format!(" — {}", mechanism(s)))],
                    })
                    .collect(),
            });
        }

        let convener = match &offices.presidency {
            Some(p) => format!(", ejercida por {},", p.name),
            None => String::new(),
        };
        doc.push(Paragraph::new(format!(
            "La Presidencia de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de \
             Migrantes{convener} tiene el honor de convocar a las delegaciones titulares y suplentes de los Estados \
             miembros a la {} de la Coalición, que se celebrará conforme a los datos siguientes:",
            m.title
        )));

        let mut details = vec![
            ListItem::labelled("Reunión:", format!("{} (reunión {})", m.title, m.kind.spanish().to_lowercase())),
            ListItem::labelled("Fecha:", capitalise_first(&date_range(m.starts_on, m.ends_on))),
            ListItem::labelled("Hora:", format!("{} horas", m.start_time.format("%H:%M"))),
        ];
        if m.modality != Modality::Virtual {
            let mut where_ = place(&detail);
            if let Some(host) = detail.host_name.as_deref().filter(|h| Some(*h) != detail.country_name.as_deref()) {
                where_.push_str(&format!(" (Estado anfitrión: {host})"));
            }
            details.push(ListItem::labelled("Lugar:", where_));
        }
        details.push(ListItem::labelled(
            "Modalidad:",
            match m.modality {
                Modality::Presencial => "presencial".to_string(),
                Modality::Virtual => "virtual, por videoconferencia".to_string(),
                Modality::Hibrida => "híbrida: presencial y a distancia por videoconferencia".to_string(),
            },
        ));
        if !m.link.is_empty() && m.modality != Modality::Presencial {
            details.push(ListItem::labelled("Enlace:", m.link.clone()));
        }
        doc.push(List { marker: ListMarker::Labels, items: details });

        doc.push(Heading::new(2, "Agenda provisional"));
        if detail.agenda.is_empty() {
            doc.push(Paragraph::new(
                "La agenda está vacía: la Presidencia la comunicará a los mecanismos nacionales antes de la reunión.",
            ));
        } else {
            doc.push(List {
                marker: ListMarker::Labels,
                items: detail
                    .agenda
                    .iter()
                    .map(|item| {
                        let mut spans = vec![Span::plain(item.title.clone())];
                        // "Informe de país: Belice" needs no "— Belice".
                        if !item.presenter.is_empty() && !item.title.ends_with(&item.presenter) {
                            spans.push(Span::italic(format!(" — {}", item.presenter)));
                        }
                        ListItem { label: Some(format!("{}.", item.position)), spans }
                    })
                    .collect(),
            });
            let documents = detail.agenda.iter().map(|i| i.documents.len()).sum::<usize>();
            if documents > 0 {
                doc.push(
                    Paragraph::new(format!(
                        "Los documentos de referencia ({documents}) se detallan en la agenda anotada que acompaña \
                         esta convocatoria."
                    ))
                    .size(TextSize::Small),
                );
            }
        }

        doc.push(Paragraph::new(
            "Se solicita a cada mecanismo nacional confirmar a la Secretaría Técnica la integración de su \
             delegación y presentar en la reunión su informe de país actualizado, conforme a los compromisos \
             adoptados por el pleno.",
        ));

        doc.push(Heading::new(2, "Contacto de la Secretaría Técnica"));
        match &offices.secretariat {
            Some(st) => {
                doc.push(
                    Paragraph::from_spans(vec![
                        Span::bold(format!("Secretaría Técnica — {}", st.name)),
                        Span::plain(format!(", {}", mechanism(st))),
                    ])
                    .align(Align::Left)
                    .keep_with_next(),
                );
                match representative(st) {
                    Some(person) => {
                        let mut items = vec![ListItem::labelled("Contacto:", contact_name(person))];
                        if !person.institution.is_empty() {
                            items.push(ListItem::labelled("Institución:", person.institution.clone()));
                        }
                        if let Some(email) = &person.email {
                            items.push(ListItem::labelled("Correo:", email.clone()));
                        }
                        if let Some(phone) = &person.phone {
                            items.push(ListItem::labelled("Teléfono:", phone.clone()));
                        }
                        doc.push(List { marker: ListMarker::Labels, items });
                    }
                    None => doc.push(Paragraph::new(
                        "El directorio no registra delegados de la Secretaría Técnica en la fecha de la reunión.",
                    )),
                }
            }
            None => doc.push(Paragraph::new(
                "El directorio no registra el Estado a cargo de la Secretaría Técnica en la fecha de la reunión.",
            )),
        }

        doc.push(Paragraph::new(
            "La Presidencia aprovecha la ocasión para reiterar a los mecanismos nacionales de los Estados miembros \
             las muestras de su más alta consideración.",
        )
        .keep_with_next());
        let issued_at = match &offices.presidency {
            Some(p) => format!("{}, {}.", p.name, spanish_long_date(issued)),
            None => format!("{}.", capitalise_first(&spanish_long_date(issued))),
        };
        doc.push(Paragraph::new(issued_at).align(Align::Left).keep_with_next());
        let signer = offices.presidency.as_ref().and_then(representative).map(holder_name).unwrap_or_default();
        doc.push(Signatures {
            signatures: vec![Signature::new([
                signer,
                "Presidencia de la Coalición Regional".to_string(),
                offices.presidency.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
            ])],
        });
        render(&doc)
    }
}

/// "Licda. Ana Lucía Vargas Solís, Secretaria Técnica de la CONATT".
fn contact_name(person: &crate::directory_view::Holder) -> String {
    if person.position.is_empty() {
        holder_name(person)
    } else {
        format!("{}, {}", holder_name(person), person.position)
    }
}

fn capitalise_first(text: &str) -> String {
    pleno_domain::text::capitalise(text)
}
