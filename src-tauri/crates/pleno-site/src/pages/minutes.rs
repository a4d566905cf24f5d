//! An approved acta in HTML, in the order the printed one follows: title and
//! number, the opening, attendance by state, observers and guests, the quorum
//! checks, the agenda's approval, one section per item with its decisions, the
//! agreements (each linked to its page in the register), the follow-up of earlier
//! agreements, the closing, the signatures and the approved errata. The words are
//! the minutes' own (`MinutesContent`, worded by the domain) and its labels.

use pleno_api::publication::PublishedMinutes;
use pleno_domain::lang::long_date;
use pleno_domain::minutes::{Labels, MinutesContent, MinutesDecision, MinutesPerson, MinutesState};

use super::agreement_path;
use crate::html::{esc, narrative, Html};
use crate::Site;

pub fn render(site: &Site, acta: &PublishedMinutes) -> String {
    let lang = site.lang;
    let c = lang.pick(&acta.content, &acta.content_en);
    let l = Labels::of(lang);
    let mut h = Html::new();
    h.raw("<article class=\"acta\">");
    h.el("h3", &c.title);
    h.raw("<p class=\"number\">").text(&format!("{} {}", l.number, c.number)).raw("</p>");
    h.el("p", &c.opening);
    attendance(c, l, &mut h);
    quorum(site, c, l, &mut h);
    h.el("h4", site.pick("APROBACIÓN DE LA AGENDA", "APPROVAL OF THE AGENDA"));
    h.el("p", &c.agenda_approval);
    items(site, c, l, &mut h);
    agreements(site, c, l, &mut h);
    follow_ups(c, l, &mut h);
    h.el("h4", site.pick("CIERRE", "CLOSING"));
    h.el("p", &c.closing);
    signatures(c, &mut h);
    errata(site, acta, &mut h);
    h.raw("</article>");
    h.into_string()
}

fn attendance(c: &MinutesContent, l: &Labels, h: &mut Html) {
    h.el("h4", l.attendance);
    h.raw("<ul class=\"attendance\">");
    for state in &c.states {
        state_line(state, l, h);
    }
    h.raw("</ul>");
    for (label, people) in [(l.observers, &c.observers), (l.guests, &c.guests)] {
        if people.is_empty() {
            continue;
        }
        h.el("h5", label);
        h.raw("<ul class=\"attendance\">");
        for p in people.iter() {
            h.raw("<li>").text(&format!("{} ({}): {}", p.name, p.institution, presence(p, l))).raw("</li>");
        }
        h.raw("</ul>");
    }
}

fn state_line(state: &MinutesState, l: &Labels, h: &mut Html) {
    h.raw("<li><strong>").text(&state.name).raw("</strong>");
    if !state.present {
        h.raw(" <em>").text(l.not_present).raw("</em>");
    }
    if !state.delegates.is_empty() {
        h.raw("<ul>");
        for d in &state.delegates {
            h.raw("<li>").text(&format!("{}, {} — {}: {}", d.name, d.role, d.institution, presence(d, l))).raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("</li>");
}

fn presence(p: &MinutesPerson, l: &Labels) -> String {
    if p.remote {
        format!("{}, {}", p.presence, l.remote)
    } else {
        p.presence.clone()
    }
}

fn quorum(site: &Site, c: &MinutesContent, l: &Labels, h: &mut Html) {
    h.el("h4", l.quorum);
    if c.quorum.is_empty() {
        h.el("p", l.no_quorum_checks);
    }
    for q in &c.quorum {
        h.el("p", &Labels::quorum_line(site.lang, q, true));
    }
}

fn items(site: &Site, c: &MinutesContent, l: &Labels, h: &mut Html) {
    h.el("h4", site.pick("DESARROLLO DE LA SESIÓN", "PROCEEDINGS"));
    for item in &c.items {
        h.el("h5", &format!("{}. {}", item.position, item.title));
        if !item.presenter.is_empty() {
            h.raw("<p class=\"presenter\">").text(&format!("{}: {}", l.presenter, item.presenter)).raw("</p>");
        }
        h.raw(&narrative(&item.notes));
        for d in &item.decisions {
            decision(site, d, l, h);
        }
    }
}

fn decision(site: &Site, d: &MinutesDecision, l: &Labels, h: &mut Html) {
    h.raw("<div class=\"decision\"><p><strong>")
        .text(&format!("{} ({}, {} {}):", l.decision, d.method, d.time, l.hours))
        .raw("</strong> ")
        .text(&d.text)
        .raw("</p>");
    // (label, text); the worded reservations name their state first ("Panamá: …"),
    // so "Reserva de" reads straight into them, as in the printed acta.
    let mut lines: Vec<(String, String)> = Vec::new();
    if let Some(rule) = &d.rule {
        lines.push((format!("{}:", l.rule), rule.clone()));
    }
    if !d.votes.is_empty() {
        let votes: Vec<String> = d.votes.iter().map(|v| format!("{}: {}", v.state, v.vote)).collect();
        lines.push((site.pick("Votos:", "Votes:").into(), votes.join("; ")));
    }
    if let Some(count) = &d.count {
        lines.push((format!("{}:", l.count), count.clone()));
    }
    if let Some(recount) = &d.recount {
        let differs = if d.discrepancy { format!(" {}", l.recount_differs) } else { String::new() };
        lines.push((format!("{}:", l.recount), format!("{recount}.{differs}")));
    }
    for r in &d.reservations {
        lines.push((l.reservation.into(), r.clone()));
    }
    for o in &d.objections {
        lines.push((l.objection.into(), o.clone()));
    }
    lines.push((format!("{}:", l.result), if d.adopted { l.adopted } else { l.not_adopted }.into()));
    for (label, text) in lines {
        h.raw("<p class=\"line\">").el("strong", &label).raw(" ").text(&text).raw("</p>");
    }
    h.raw("</div>");
}

fn agreements(site: &Site, c: &MinutesContent, l: &Labels, h: &mut Html) {
    h.el("h4", l.agreements);
    if c.agreements.is_empty() {
        h.el("p", l.no_agreements);
        return;
    }
    h.raw("<ol class=\"acta-agreements\">");
    for a in &c.agreements {
        h.raw("<li><p><strong>");
        match site.agreement_by_number(&a.number) {
            Some(id) => h.link(&format!("../{}", agreement_path(id)), &a.number),
            None => h.text(&a.number),
        };
        h.raw("</strong> ").text(&a.text).raw("</p><dl class=\"inline\">");
        if !a.responsible.is_empty() {
            h.term(l.responsible, &esc(&a.responsible.join(", ")));
        }
        if let Some(due) = &a.due {
            h.term(l.due, &esc(due));
        }
        if !a.advances.is_empty() {
            h.term(l.advances, &esc(&a.advances.join("; ")));
        }
        h.raw("</dl></li>");
    }
    h.raw("</ol>");
}

fn follow_ups(c: &MinutesContent, l: &Labels, h: &mut Html) {
    if c.follow_ups.is_empty() {
        return;
    }
    h.el("h4", l.follow_ups);
    h.raw("<ul>");
    for f in &c.follow_ups {
        let status = f.status.as_ref().map(|s| format!(" ({} {s})", l.status)).unwrap_or_default();
        h.raw("<li><strong>").text(&f.agreement).raw("</strong>: ").text(&format!("{}{status}", f.text)).raw("</li>");
    }
    h.raw("</ul>");
}

fn signatures(c: &MinutesContent, h: &mut Html) {
    if c.signatures.is_empty() {
        return;
    }
    h.raw("<ul class=\"signatures\">");
    for s in &c.signatures {
        h.raw("<li>").el("strong", &s.name).raw("<br>").text(&format!("{}, {}", s.office, s.country)).raw("</li>");
    }
    h.raw("</ul>");
}

fn errata(site: &Site, acta: &PublishedMinutes, h: &mut Html) {
    if acta.errata.is_empty() {
        return;
    }
    h.el("h4", site.pick("FE DE ERRATAS", "ERRATA"));
    h.raw("<ol>");
    for e in &acta.errata {
        let when = match (&e.approved_by, e.approved_at) {
            (Some(by), Some(at)) => format!(
                " ({} {by}, {})",
                site.pick("aprobada en la", "approved at the"),
                long_date(site.lang, at.date())
            ),
            _ => String::new(),
        };
        h.raw("<li>").text(&format!("{}{when}", e.text)).raw("</li>");
    }
    h.raw("</ol>");
}
