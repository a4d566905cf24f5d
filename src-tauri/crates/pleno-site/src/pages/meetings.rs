//! The meetings: a table of every meeting past its draft, and a page per meeting
//! with its facts, its approved acta (the HTML and the PDF) and the agreements it
//! adopted. A meeting whose acta is not approved says so and shows nothing of it.

use std::collections::BTreeSet;

use pleno_api::publication::PublishedMeeting;
use pleno_domain::lang::long_date;
use pleno_domain::Language;

use super::home::minutes_state;
use super::{agreement_path, filter_value, meeting_path, meeting_title, minutes, status_badge, Filters};
use crate::html::{esc, link, Html};
use crate::layout::{Page, Section};
use crate::Site;

pub fn index(site: &Site) -> Page {
    let lang = site.lang;
    let mut h = Html::new();
    h.el("h1", Section::Meetings.name(lang));
    if site.publication.meetings.is_empty() {
        h.el("p", site.pick("Todavía no hay reuniones publicadas.", "No meetings are published yet."));
    } else {
        h.raw("<div class=\"scroll\"><table><thead><tr>");
        for head in [
            site.pick("Reunión", "Meeting"),
            site.pick("Fecha", "Date"),
            site.pick("Lugar", "Place"),
            site.pick("Modalidad", "Modality"),
            site.pick("Acta", "Minutes"),
        ] {
            h.raw("<th scope=\"col\">").text(head).raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for m in &site.publication.meetings {
            row(site, m, &mut h);
        }
        h.raw("</tbody></table></div>");
    }
    Page::new(Section::Meetings.path(), Section::Meetings.name(lang), Section::Meetings, h.into_string())
}

fn row(site: &Site, m: &PublishedMeeting, h: &mut Html) {
    let lang = site.lang;
    let id = m.meeting.id;
    h.raw("<tr><th scope=\"row\">")
        .link(&format!("{id}.html"), meeting_title(&m.meeting, lang))
        .raw("</th><td>")
        .text(&long_date(lang, m.meeting.starts_on))
        .raw("</td><td>")
        .text(&place(m, lang))
        .raw("</td><td>")
        .text(m.meeting.modality.label(lang))
        .raw("</td><td>");
    if m.minutes.is_some() {
        h.link(&format!("{id}.html#acta"), minutes_state(site, true));
    } else {
        h.text(minutes_state(site, false));
    }
    h.raw("</td></tr>");
}

fn place(m: &PublishedMeeting, lang: Language) -> String {
    match m.country_name.as_ref().map(|t| lang.pick(&t.es, &t.en)) {
        Some(country) if !m.meeting.city.is_empty() => format!("{}, {country}", m.meeting.city),
        Some(country) => country.clone(),
        None => m.meeting.city.clone(),
    }
}

pub fn page(site: &Site, m: &PublishedMeeting) -> Page {
    let lang = site.lang;
    let title = meeting_title(&m.meeting, lang).to_string();
    let mut h = Html::new();
    h.raw("<p class=\"crumbs\">").link("index.html", Section::Meetings.name(lang)).raw("</p>");
    h.el("h1", &title);
    facts(site, m, &mut h);
    adopted(site, m, &mut h);
    match &m.minutes {
        Some(acta) => {
            h.raw(&format!(
                "<section id=\"acta\" aria-labelledby=\"acta-h\"><h2 id=\"acta-h\">{}</h2>",
                esc(site.pick("Acta", "Minutes"))
            ));
            h.raw("<p class=\"pdf\">")
                .link(&format!("{}-acta.pdf", m.meeting.id), site.pick("Acta en PDF", "Minutes as PDF"))
                .raw("</p>");
            h.raw(&minutes::render(site, acta));
            h.raw("</section>");
            h.raw(&search_filters(site, m, acta));
        }
        None => {
            h.el(
                "p",
                site.pick(
                    "El acta de esta reunión aún no ha sido aprobada. Se publicará, con los acuerdos que registra, \
                     cuando el pleno la apruebe.",
                    "The minutes of this meeting are not approved yet. They will be published, with the agreements \
                     they record, once the plenary approves them.",
                ),
            );
        }
    }
    let page = Page::new(meeting_path(m.meeting.id), title, Section::Meetings, h.into_string());
    if m.minutes.is_some() {
        page.searchable()
    } else {
        page
    }
}

fn facts(site: &Site, m: &PublishedMeeting, h: &mut Html) {
    let lang = site.lang;
    let dates = if m.meeting.ends_on == m.meeting.starts_on {
        long_date(lang, m.meeting.starts_on)
    } else {
        format!("{} – {}", long_date(lang, m.meeting.starts_on), long_date(lang, m.meeting.ends_on))
    };
    h.raw("<dl class=\"facts\">");
    h.term(site.pick("Fecha", "Date"), &esc(&dates));
    h.term(site.pick("Lugar", "Place"), &esc(&place(m, lang)));
    h.term(site.pick("Modalidad", "Modality"), &esc(m.meeting.modality.label(lang)));
    if let Some(host) = &m.host_name {
        h.term(site.pick("Sede", "Host"), &esc(lang.pick(&host.es, &host.en)));
    }
    let state = match m.minutes.as_ref().and_then(|a| a.approved_by.as_ref().zip(a.approved_by_en.as_ref())) {
        Some((by, by_en)) => format!("{} {}", site.pick("aprobada en la", "approved at the"), lang.pick(by, by_en)),
        None => minutes_state(site, m.minutes.is_some()).to_string(),
    };
    h.term(site.pick("Acta", "Minutes"), &esc(&state));
    if let Some(hash) = m.minutes.as_ref().and_then(|a| a.hash.as_ref()) {
        h.term("SHA-256", &format!("<code class=\"hash\">{}</code>", esc(hash)));
    }
    h.raw("</dl>");
}

/// The agreements the meeting adopted, each linked to its page.
fn adopted(site: &Site, m: &PublishedMeeting, h: &mut Html) {
    let agreements: Vec<_> = site.agreements_of(m.meeting.id).collect();
    if agreements.is_empty() {
        return;
    }
    h.el("h2", site.pick("Acuerdos adoptados", "Agreements adopted"));
    h.raw("<ul class=\"agreements\">");
    for a in agreements {
        h.raw("<li>")
            .raw(&link(&format!("../{}", agreement_path(a.id)), &a.number))
            .raw(" ")
            .raw(&status_badge(a.shown_status, site.lang))
            .raw(" ")
            .text(&a.text)
            .raw("</li>");
    }
    h.raw("</ul>");
}

/// The values the search filters a meeting by: its year and the states present.
fn search_filters(site: &Site, m: &PublishedMeeting, acta: &pleno_api::publication::PublishedMinutes) -> String {
    let lang = site.lang;
    let content = lang.pick(&acta.content, &acta.content_en);
    let states: BTreeSet<&str> = content.states.iter().filter(|s| s.present).map(|s| s.name.as_str()).collect();
    let mut out = filter_value(Filters::year(lang), &m.meeting.starts_on.format("%Y").to_string());
    for state in states {
        out.push_str(&filter_value(Filters::state(lang), state));
    }
    out
}
