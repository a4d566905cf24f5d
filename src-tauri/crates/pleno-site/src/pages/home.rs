//! The front page: what the archive holds, the latest meetings, and the way to
//! each part.

use pleno_domain::lang::{long_date, plural};
use pleno_domain::Language;

use super::{meeting_path, meeting_title};
use crate::html::{esc, Html};
use crate::layout::{archive_name, Page, Section};
use crate::Site;

pub fn page(site: &Site) -> Page {
    let lang = site.lang;
    let p = &site.publication;
    let actas = p.meetings.iter().filter(|m| m.minutes.is_some()).count() as u32;
    let mut h = Html::new();
    h.el("h1", &archive_name(lang));
    h.el(
        "p",
        site.pick(
            "Las reuniones de la Coalición (el pleno, sus comités, las sesiones técnicas y los eventos), sus \
             actas aprobadas, los acuerdos que adoptaron con su seguimiento, y lo que cada acuerdo aporta al \
             Plan Estratégico 2018–2027.",
            "The Coalition's meetings (the plenary, its committees, technical sessions and events), their \
             approved minutes, the agreements they adopted with their follow-up, and what each agreement \
             contributes to the Strategic Plan 2018–2027.",
        ),
    );
    h.raw("<ul class=\"counts\">");
    for (section, words) in [
        (Section::Meetings, count(lang, p.meetings.len() as u32, ("reunión", "reuniones"), ("meeting", "meetings"))),
        (
            Section::Meetings,
            count(lang, actas, ("acta aprobada", "actas aprobadas"), ("approved minutes", "approved minutes")),
        ),
        (
            Section::Agreements,
            count(lang, p.agreements.len() as u32, ("acuerdo", "acuerdos"), ("agreement", "agreements")),
        ),
    ] {
        h.raw("<li>").link(section.path(), &words).raw("</li>");
    }
    h.raw("</ul>");
    latest(site, &mut h);
    h.el("h2", site.pick("En este archivo", "In this archive"));
    h.raw("<ul class=\"sections\">");
    for section in [Section::Meetings, Section::Agreements, Section::Plan, Section::Search] {
        h.raw("<li>").link(section.path(), section.name(lang)).raw("</li>");
    }
    h.raw("</ul>");
    Page::new("index.html", archive_name(lang), Section::Home, h.into_string())
}

fn count(lang: Language, n: u32, es: (&str, &str), en: (&str, &str)) -> String {
    let (one, other) = lang.pick(es, en);
    plural(n as u64, one, other)
}

fn latest(site: &Site, h: &mut Html) {
    h.el("h2", site.pick("Últimas reuniones", "Latest meetings"));
    if site.publication.meetings.is_empty() {
        h.el("p", site.pick("Todavía no hay reuniones publicadas.", "No meetings are published yet."));
        return;
    }
    h.raw("<ul class=\"latest\">");
    for m in site.publication.meetings.iter().take(5) {
        h.raw("<li>")
            .link(&meeting_path(m.meeting.id), meeting_title(&m.meeting, site.lang))
            .raw(" — ")
            .text(&long_date(site.lang, m.meeting.starts_on))
            .raw(&format!(" <span class=\"note\">{}</span>", esc(minutes_state(site, m.minutes.is_some()))))
            .raw("</li>");
    }
    h.raw("</ul>");
}

pub fn minutes_state(site: &Site, approved: bool) -> &'static str {
    if approved {
        site.pick("acta aprobada", "minutes approved")
    } else {
        site.pick("acta pendiente de aprobación", "minutes not yet approved")
    }
}
