//! The register of agreements: a table of every published agreement, and a page
//! per agreement with its text, who answers for it, its due date, its status, its
//! follow-up history and what it advances in the plan, linked to its meeting, its
//! acta and the plan's indicators.

use pleno_domain::agreement::{Agreement, LinkTarget};
use pleno_domain::lang::{long_date, plural};

use super::{filter_value, indicator_anchor, meeting_path, responsible, responsible_states, status_badge, Filters};
use crate::html::{esc, link, Html};
use crate::layout::{Page, Section};
use crate::Site;

pub fn index(site: &Site) -> Page {
    let lang = site.lang;
    let mut h = Html::new();
    h.el("h1", Section::Agreements.name(lang));
    h.el(
        "p",
        site.pick(
            "Los acuerdos de las actas aprobadas, con la situación que registra su seguimiento.",
            "The agreements of the approved minutes, with the status their follow-up records.",
        ),
    );
    if site.publication.agreements.is_empty() {
        h.el("p", site.pick("Todavía no hay acuerdos publicados.", "No agreements are published yet."));
        return Page::new(
            Section::Agreements.path(),
            Section::Agreements.name(lang),
            Section::Agreements,
            h.into_string(),
        );
    }
    h.raw("<div class=\"scroll\"><table class=\"register\"><thead><tr>");
    for head in [
        site.pick("Número", "Number"),
        site.pick("Acuerdo", "Agreement"),
        site.pick("Responsables", "Responsible"),
        site.pick("Plazo", "Due"),
        site.pick("Situación", "Status"),
    ] {
        h.raw("<th scope=\"col\">").text(head).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for a in &site.publication.agreements {
        h.raw("<tr><th scope=\"row\">")
            .link(&format!("{}.html", a.id), &a.number)
            .raw("</th><td>")
            .text(&a.text)
            .raw("</td><td>")
            .text(&responsible(a, lang))
            .raw("</td><td>")
            .text(&a.due_on.map(|d| long_date(lang, d)).unwrap_or_default())
            .raw("</td><td>")
            .raw(&status_badge(a.shown_status, lang))
            .raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    Page::new(Section::Agreements.path(), Section::Agreements.name(lang), Section::Agreements, h.into_string())
}

pub fn page(site: &Site, a: &Agreement) -> Page {
    let lang = site.lang;
    let title = format!("{} {}", site.pick("Acuerdo", "Agreement"), a.number);
    let mut h = Html::new();
    h.raw("<p class=\"crumbs\">").link("index.html", Section::Agreements.name(lang)).raw("</p>");
    h.el("h1", &title);
    h.raw("<p class=\"agreement-text\">").text(&a.text).raw("</p>");
    facts(site, a, &mut h);
    history(site, a, &mut h);
    plan_links(site, a, &mut h);
    h.raw(&filter_value(Filters::year(lang), &a.adopted_on.format("%Y").to_string()));
    for state in responsible_states(a, lang) {
        h.raw(&filter_value(Filters::state(lang), state));
    }
    h.raw(&filter_value(Filters::status(lang), a.shown_status.label(lang)));
    Page::new(super::agreement_path(a.id), title, Section::Agreements, h.into_string()).searchable()
}

fn facts(site: &Site, a: &Agreement, h: &mut Html) {
    let lang = site.lang;
    let meeting = lang.pick(&a.meeting_title, &a.meeting_title_en);
    let adopted = format!(
        "{} — {} ({})",
        link(&format!("../{}", meeting_path(a.meeting_id)), meeting),
        esc(&long_date(lang, a.adopted_on)),
        link(&format!("../{}#acta", meeting_path(a.meeting_id)), site.pick("acta", "minutes")),
    );
    h.raw("<dl class=\"facts\">");
    h.term(site.pick("Adoptado en", "Adopted at"), &adopted);
    h.term(site.pick("Responsables", "Responsible"), &esc(&responsible(a, lang)));
    if let Some(due) = a.due_on {
        h.term(site.pick("Plazo", "Due"), &esc(&long_date(lang, due)));
    }
    h.term(site.pick("Situación", "Status"), &status_badge(a.shown_status, lang));
    h.raw("</dl>");
}

fn history(site: &Site, a: &Agreement, h: &mut Html) {
    let lang = site.lang;
    h.el("h2", site.pick("Seguimiento", "Follow-up"));
    if a.follow_ups.is_empty() {
        h.el("p", site.pick("Sin seguimiento publicado.", "No follow-up published."));
    }
    if let Some(n) = site.publication.pending_follow_ups.get(&a.id) {
        h.raw("<p class=\"notice\">").text(&pending_words(site, *n)).raw("</p>");
    }
    if a.follow_ups.is_empty() {
        return;
    }
    h.raw("<ol class=\"history\">");
    for f in &a.follow_ups {
        h.raw("<li><p class=\"when\">").text(&long_date(lang, f.reported_on));
        if let (Some(id), Some(es), Some(en)) = (f.meeting_id, &f.meeting_title, &f.meeting_title_en) {
            h.raw(" — ").raw(&link(&format!("../{}", meeting_path(id)), lang.pick(es, en)));
        }
        h.raw("</p><p>").text(&f.text).raw("</p>");
        if let Some(status) = f.new_status {
            h.raw("<p class=\"note\">")
                .text(&format!("{}: {}", site.pick("Nueva situación", "New status"), status.label(lang)))
                .raw("</p>");
        }
        h.raw("</li>");
    }
    h.raw("</ol>");
}

fn plan_links(site: &Site, a: &Agreement, h: &mut Html) {
    if a.links.is_empty() {
        return;
    }
    h.el("h2", site.pick("Contribuye al plan", "Contributes to the plan"));
    h.raw("<ul class=\"plan-links\">");
    for l in &a.links {
        h.raw("<li>");
        match l.target {
            LinkTarget::Indicator => {
                let label = format!("{} {} {}", site.pick("Indicador", "Indicator"), l.code, l.title);
                h.link(&format!("../plan/index.html#{}", indicator_anchor(&l.code)), &label);
            }
            LinkTarget::Activity => {
                h.text(&format!(
                    "{} {} {}",
                    site.pick("Actividad del POA", "Operating plan activity"),
                    l.code,
                    l.title
                ));
            }
        }
        if !l.note.is_empty() {
            h.raw(" <span class=\"note\">").text(&l.note).raw("</span>");
        }
        h.raw("</li>");
    }
    h.raw("</ul>");
}

/// "1 seguimiento posterior se publicará …": follow-ups reported at a meeting whose
/// acta is not approved yet, counted, never shown.
fn pending_words(site: &Site, n: u32) -> String {
    match site.lang {
        pleno_domain::Language::Es => format!(
            "{} se publicará{} cuando se apruebe el acta de la reunión en que se informó; la situación \
             mostrada es la que registran las actas aprobadas.",
            plural(n as u64, "seguimiento posterior", "seguimientos posteriores"),
            if n == 1 { "" } else { "n" }
        ),
        pleno_domain::Language::En => format!(
            "{} will be published once the minutes of the meeting where {} reported are approved; the status \
             shown is the one the approved minutes record.",
            plural(n as u64, "later follow-up", "later follow-ups"),
            if n == 1 { "it was" } else { "they were" }
        ),
    }
}
