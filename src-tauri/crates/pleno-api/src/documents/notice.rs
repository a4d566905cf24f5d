//! The notice of a meeting (convocatoria): the Presidency convenes the national
//! mechanisms, with the meeting's date, time, place, modality and draft agenda, the
//! Technical Secretariat's contact, and a place to sign; in Spanish or English.

use chrono::NaiveDate;
use pleno_docs::{
    Align, Document, Heading, List, ListItem, ListMarker, Paragraph, Signature, Signatures, Span, TextSize, Title,
};
use pleno_domain::lang::long_date;
use pleno_domain::meeting::Modality;
use pleno_domain::minutes::words::kind_word;
use pleno_domain::Language;

use super::{
    date_range, holder_name, item_words, letterhead, mechanism, place, render, representative, running, title, Offices,
};
use crate::directory_view::{Directory, Holder};
use crate::meetings::MeetingDetail;
use crate::{Api, Result};

/// Every word the notice uses, in one language.
struct Words {
    lang: Language,
    notice: &'static str,
    notice_of: &'static str,
    title: &'static str,
    keywords: [&'static str; 2],
    addressees: &'static str,
    no_states: &'static str,
    convenes: fn(&str, &str) -> String,
    labels: [&'static str; 5],
    host: &'static str,
    /// "09:00 horas" / "09:00".
    time: fn(&str) -> String,
    modality: fn(Modality) -> &'static str,
    link: &'static str,
    agenda: &'static str,
    empty_agenda: &'static str,
    documents: fn(usize) -> String,
    request: &'static str,
    contact_heading: &'static str,
    secretariat: &'static str,
    contact_labels: [&'static str; 4],
    no_contact: &'static str,
    no_secretariat: &'static str,
    courtesy: &'static str,
    presidency: &'static str,
}

const ES: Words = Words {
    lang: Language::Es,
    notice: "Convocatoria",
    notice_of: "Convocatoria a la",
    title: "CONVOCATORIA",
    keywords: ["convocatoria", "agenda provisional"],
    addressees: "A los mecanismos nacionales de los Estados miembros:",
    no_states: "No hay Estados miembros registrados en la fecha de la reunión.",
    convenes: |convener, meeting| {
        let convener = if convener.is_empty() { String::new() } else { format!(", ejercida por {convener},") };
        format!(
            "La Presidencia de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de \
             Migrantes{convener} tiene el honor de convocar a las delegaciones titulares y suplentes de los Estados \
             miembros a la {meeting} de la Coalición, que se celebrará conforme a los datos siguientes:"
        )
    },
    labels: ["Reunión:", "Fecha:", "Hora:", "Lugar:", "Modalidad:"],
    host: "Estado anfitrión",
    time: |time| format!("{time} horas"),
    modality: |m| match m {
        Modality::Presencial => "presencial",
        Modality::Virtual => "virtual, por videoconferencia",
        Modality::Hibrida => "híbrida: presencial y a distancia por videoconferencia",
    },
    link: "Enlace:",
    agenda: "Agenda provisional",
    empty_agenda: "La agenda está vacía: la Presidencia la comunicará a los mecanismos nacionales antes de la reunión.",
    documents: |n| {
        format!("Los documentos de referencia ({n}) se detallan en la agenda anotada que acompaña esta convocatoria.")
    },
    request: "Se solicita a cada mecanismo nacional confirmar a la Secretaría Técnica la integración de su \
              delegación y presentar en la reunión su informe de país actualizado, conforme a los compromisos \
              adoptados por el pleno.",
    contact_heading: "Contacto de la Secretaría Técnica",
    secretariat: "Secretaría Técnica",
    contact_labels: ["Contacto:", "Institución:", "Correo:", "Teléfono:"],
    no_contact: "El directorio no registra delegados de la Secretaría Técnica en la fecha de la reunión.",
    no_secretariat: "El directorio no registra el Estado a cargo de la Secretaría Técnica en la fecha de la reunión.",
    courtesy: "La Presidencia aprovecha la ocasión para reiterar a los mecanismos nacionales de los Estados miembros \
               las muestras de su más alta consideración.",
    presidency: "Presidencia de la Coalición Regional",
};

const EN: Words = Words {
    lang: Language::En,
    notice: "Notice of meeting",
    notice_of: "Notice of the",
    title: "NOTICE OF MEETING",
    keywords: ["notice of meeting", "provisional agenda"],
    addressees: "To the national mechanisms of the member states:",
    no_states: "No member states are recorded on the date of the meeting.",
    convenes: |convener, meeting| {
        let convener = if convener.is_empty() { String::new() } else { format!(", held by {convener},") };
        format!(
            "The Presidency of the Regional Coalition against Trafficking in Persons and Smuggling of \
             Migrants{convener} has the honour to convene the principal and alternate delegations of the member \
             states to the {meeting} of the Coalition, to be held as follows:"
        )
    },
    labels: ["Meeting:", "Date:", "Time:", "Venue:", "Modality:"],
    host: "host state",
    time: |time| time.to_string(),
    modality: |m| match m {
        Modality::Presencial => "in person",
        Modality::Virtual => "virtual, by videoconference",
        Modality::Hibrida => "hybrid: in person and remotely by videoconference",
    },
    link: "Link:",
    agenda: "Provisional agenda",
    empty_agenda: "The agenda is empty: the Presidency will send it to the national mechanisms before the meeting.",
    documents: |n| {
        format!("The reference documents ({n}) are listed in the annotated agenda that accompanies this notice.")
    },
    request: "Each national mechanism is asked to confirm the composition of its delegation to the Technical \
              Secretariat and to present its updated country report at the meeting, in keeping with the \
              commitments adopted by the plenary.",
    contact_heading: "Contact of the Technical Secretariat",
    secretariat: "Technical Secretariat",
    contact_labels: ["Contact:", "Institution:", "E-mail:", "Telephone:"],
    no_contact: "The directory records no delegates of the Technical Secretariat on the date of the meeting.",
    no_secretariat: "The directory records no state holding the Technical Secretariat on the date of the meeting.",
    courtesy: "The Presidency avails itself of this opportunity to renew to the national mechanisms of the member \
               states the assurances of its highest consideration.",
    presidency: "Presidency of the Regional Coalition",
};

impl Api {
    /// The notice of a meeting, dated on its notice date or, before it is issued, on
    /// `today`, in `lang`.
    pub fn pdf_notice(&self, meeting_id: i64, today: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let w = lang.pick(&ES, &EN);
        let detail = self.meeting(meeting_id)?;
        let directory = self.directory(detail.meeting.starts_on)?;
        let offices = Offices::on(&directory);
        let issued = detail.meeting.notice_date.unwrap_or(today);
        let meeting = title(&detail, lang);

        let mut doc = Document::new(format!("{} {meeting}", w.notice_of), issued).in_language(lang);
        doc.metadata.subject = format!("{} {meeting}", w.notice_of);
        doc.metadata.keywords = vec![w.keywords[0].into(), meeting.clone(), w.keywords[1].into()];
        running(&mut doc, format!("{} — {meeting}", w.notice), issued);
        doc.push(letterhead(&offices, lang));
        doc.push(Title::new(w.title).line(meeting.clone()));

        addressees(&mut doc, &directory, w);
        let convener = offices.presidency.as_ref().map(|p| p.name_in(lang)).unwrap_or("");
        doc.push(Paragraph::new((w.convenes)(convener, &meeting)));
        doc.push(List { marker: ListMarker::Labels, items: particulars(&detail, &meeting, w) });
        agenda(&mut doc, &detail, &directory, w);
        doc.push(Paragraph::new(w.request));
        contact(&mut doc, &offices, w);
        closing(&mut doc, &offices, issued, w);
        render(&doc)
    }
}

/// The national mechanisms the notice is addressed to.
fn addressees(doc: &mut Document, directory: &Directory, w: &Words) {
    doc.push(Paragraph::from_spans(vec![Span::bold(w.addressees)]).align(Align::Left).keep_with_next());
    if directory.states.is_empty() {
        doc.push(Paragraph::new(w.no_states));
        return;
    }
    doc.push(List {
        marker: ListMarker::Bullet,
        items: directory
            .states
            .iter()
            .map(|s| ListItem {
                label: None,
                spans: vec![
                    Span::bold(s.name_in(w.lang).to_string()),
                    Span::plain(format!(" — {}", mechanism(s, w.lang))),
                ],
            })
            .collect(),
    });
}

/// Meeting, date, time, place, modality and link.
fn particulars(detail: &MeetingDetail, meeting: &str, w: &Words) -> Vec<ListItem> {
    let m = &detail.meeting;
    let [meeting_label, date, hour, venue, modality] = w.labels;
    let kind = kind_word(w.lang, m.kind).to_lowercase();
    let mut details = vec![
        ListItem::labelled(
            meeting_label,
            w.lang.pick(format!("{meeting} (reunión {kind})"), format!("{meeting} ({kind} meeting)")),
        ),
        ListItem::labelled(date, pleno_domain::text::capitalise(&date_range(w.lang, m.starts_on, m.ends_on))),
        ListItem::labelled(hour, (w.time)(&m.start_time.format("%H:%M").to_string())),
    ];
    if m.modality != Modality::Virtual {
        let mut where_ = place(detail, w.lang);
        if let Some(host) = detail.host_name.as_deref().filter(|h| Some(*h) != detail.country_name.as_deref()) {
            where_.push_str(&format!(" ({}: {host})", pleno_domain::text::capitalise(w.host)));
        }
        details.push(ListItem::labelled(venue, where_));
    }
    details.push(ListItem::labelled(modality, (w.modality)(m.modality)));
    if !m.link.is_empty() && m.modality != Modality::Presencial {
        details.push(ListItem::labelled(w.link, m.link.clone()));
    }
    details
}

/// The provisional agenda, and how many reference documents go with it.
fn agenda(doc: &mut Document, detail: &MeetingDetail, directory: &Directory, w: &Words) {
    doc.push(Heading::new(2, w.agenda));
    if detail.agenda.is_empty() {
        doc.push(Paragraph::new(w.empty_agenda));
        return;
    }
    doc.push(List {
        marker: ListMarker::Labels,
        items: detail
            .agenda
            .iter()
            .map(|item| {
                let (title, presenter) = item_words(item, directory, w.lang);
                let mut spans = vec![Span::plain(title)];
                // "Informe de país: Belice" needs no "— Belice".
                if !item.presenter.is_empty() && !item.title.ends_with(&item.presenter) {
                    spans.push(Span::italic(format!(" — {presenter}")));
                }
                ListItem { label: Some(format!("{}.", item.position)), spans }
            })
            .collect(),
    });
    let documents = detail.agenda.iter().map(|i| i.documents.len()).sum::<usize>();
    if documents > 0 {
        doc.push(Paragraph::new((w.documents)(documents)).size(TextSize::Small));
    }
}

/// Who to write to at the Technical Secretariat.
fn contact(doc: &mut Document, offices: &Offices, w: &Words) {
    doc.push(Heading::new(2, w.contact_heading));
    let Some(st) = &offices.secretariat else {
        doc.push(Paragraph::new(w.no_secretariat));
        return;
    };
    doc.push(
        Paragraph::from_spans(vec![
            Span::bold(format!("{} — {}", w.secretariat, st.name_in(w.lang))),
            Span::plain(format!(", {}", mechanism(st, w.lang))),
        ])
        .align(Align::Left)
        .keep_with_next(),
    );
    let Some(person) = representative(st) else {
        doc.push(Paragraph::new(w.no_contact));
        return;
    };
    let [contact, institution, email, phone] = w.contact_labels;
    let mut items = vec![ListItem::labelled(contact, contact_name(person))];
    if !person.institution.is_empty() {
        items.push(ListItem::labelled(institution, person.institution.clone()));
    }
    if let Some(address) = &person.email {
        items.push(ListItem::labelled(email, address.clone()));
    }
    if let Some(number) = &person.phone {
        items.push(ListItem::labelled(phone, number.clone()));
    }
    doc.push(List { marker: ListMarker::Labels, items });
}

/// The courtesy formula, place and date of issue, and the Presidency's signature.
fn closing(doc: &mut Document, offices: &Offices, issued: NaiveDate, w: &Words) {
    doc.push(Paragraph::new(w.courtesy).keep_with_next());
    let date = long_date(w.lang, issued);
    let issued_at = match &offices.presidency {
        Some(p) => format!("{}, {date}.", p.name_in(w.lang)),
        None => format!("{}.", pleno_domain::text::capitalise(&date)),
    };
    doc.push(Paragraph::new(issued_at).align(Align::Left).keep_with_next());
    let signer = offices.presidency.as_ref().and_then(representative).map(holder_name).unwrap_or_default();
    doc.push(Signatures {
        signatures: vec![Signature::new([
            signer,
            w.presidency.to_string(),
            offices.presidency.as_ref().map(|p| p.name_in(w.lang).to_string()).unwrap_or_default(),
        ])],
    });
}

/// "Licda. Ana Lucía Vargas Solís, Secretaria Técnica de la CONATT".
fn contact_name(person: &Holder) -> String {
    if person.position.is_empty() {
        holder_name(person)
    } else {
        format!("{}, {}", holder_name(person), person.position)
    }
}
