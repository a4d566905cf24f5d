//! How results are printed: JSON for scripts, plain text for people in the
//! language of the run (`--lang`). Words of the domain (a status, a role) come
//! from the domain, in Spanish until it words them in English too.

use std::path::Path;

use pleno_api::archive::SearchHit;
use pleno_api::directory::PersonDetail;
use pleno_api::directory_csv::ImportReport;
use pleno_api::directory_view::Directory;
use pleno_api::meetings::MeetingDetail;
use pleno_api::{ApiError, CountryListing, DemoReport, InitReport, Language};
use pleno_domain::agreement::Agreement;
use pleno_domain::decision::{Decision, DecisionResult};
use pleno_domain::directory_model::{Committee, OfficeTerm, Person, SeatAppointment};
use pleno_domain::lang::long_date;
use pleno_domain::meeting_model::{Attendee, Meeting};
use serde::Serialize;

use crate::error::CliError;

pub fn json(value: &impl Serialize) -> Result<(), ApiError> {
    print!("{}", pretty(value)?);
    Ok(())
}

/// JSON to a file, or to the standard output.
pub fn json_to(value: &impl Serialize, to: Option<&Path>, lang: Language) -> Result<(), ApiError> {
    text_to(&pretty(value)?, to, lang)
}

fn pretty(value: &impl Serialize) -> Result<String, ApiError> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| CliError::Json { reason: e.to_string() })?;
    text.push('\n');
    Ok(text)
}

/// JSON when asked for, else the human form `print`.
pub fn json_or(as_json: bool, value: &impl Serialize, print: impl FnOnce()) -> Result<(), ApiError> {
    if as_json {
        json(value)
    } else {
        print();
        Ok(())
    }
}

/// Text to a file (written whole or not at all), or to the standard output.
pub fn text_to(text: &str, to: Option<&Path>, lang: Language) -> Result<(), ApiError> {
    match to {
        Some(path) => {
            pleno_api::write_file_atomically(path, text.as_bytes())?;
            let path = path.display();
            eprintln!("{}", lang.pick(format!("Escrito {path}"), format!("Written {path}")));
        }
        None => print!("{text}"),
    }
    Ok(())
}

pub fn init_report(report: &InitReport, lang: Language) {
    let path = &report.path;
    if report.created {
        println!("{}", lang.pick(format!("Base de datos creada: {path}"), format!("Database created: {path}")));
    } else {
        println!("{}", lang.pick(format!("Base de datos: {path}"), format!("Database: {path}")));
    }
    if let Some(backup) = &report.backup {
        println!(
            "{}",
            lang.pick(
                format!("Se actualizó el esquema; copia de seguridad previa: {backup}"),
                format!("The schema was upgraded; backup taken before: {backup}"),
            )
        );
    }
    if report.reference_loaded {
        println!(
            "{}",
            lang.pick(
                "Datos de referencia cargados: nueve Estados miembros, Plan Estratégico 2018-2027 y POA 2018.",
                "Reference data loaded: nine member states, Strategic Plan 2018-2027 and POA 2018.",
            )
        );
    } else if !report.created && report.backup.is_none() {
        println!(
            "{}",
            lang.pick(
                "La base de datos ya estaba al día; no se cambió nada.",
                "The database was up to date; nothing was changed."
            )
        );
    }
}

pub fn scale_report(r: &pleno_api::demo_scale::ScaleReport, lang: Language) {
    if r.demo.loaded && r.scale > 0 {
        let (n, m, a, f, l) = (r.scale, r.meetings, r.agreements, r.follow_ups, r.links);
        println!(
            "{}",
            lang.pick(
                format!("A escala {n}: {m} reuniones más, {a} acuerdos, {f} seguimientos y {l} vínculos con el plan."),
                format!("At scale {n}: {m} more meetings, {a} agreements, {f} follow-ups and {l} plan links."),
            )
        );
    }
}

pub fn demo_report(r: &DemoReport, lang: Language) {
    if r.loaded {
        let (p, s, o, m, a) = (r.persons, r.seats, r.organisations, r.meetings, r.agreements);
        println!("{}", lang.pick(
            format!("Datos de demostración cargados: {p} personas ficticias, {s} nombramientos, {o} organizaciones observadoras, {m} reuniones y {a} acuerdos."),
            format!("Demonstration data loaded: {p} fictional persons, {s} appointments, {o} observer organisations, {m} meetings and {a} agreements."),
        ));
    } else {
        println!(
            "{}",
            lang.pick(
                "La base de datos ya tenía personas; no se añadieron datos de demostración.",
                "The database already had people; no demonstration data were added.",
            )
        );
    }
}

pub fn country_table(countries: &[CountryListing]) {
    let width = countries.iter().map(|c| c.name.chars().count()).max().unwrap_or(0);
    for c in countries {
        let pad = width - c.name.chars().count();
        let acronym =
            if c.mechanism_acronym.is_empty() { String::new() } else { format!(" ({})", c.mechanism_acronym) };
        println!("{}  {}{}  {}{}", c.code, c.name, " ".repeat(pad), c.mechanism, acronym);
    }
}

fn term(lang: Language, starts_on: chrono::NaiveDate, ends_on: Option<chrono::NaiveDate>) -> String {
    pleno_domain::dates::describe_span_in(lang, starts_on, ends_on)
}

pub fn directory(d: &Directory, lang: Language) {
    let on = long_date(lang, d.on);
    println!("{}", lang.pick(format!("Directorio al {on}"), format!("Directory on {on}")));
    for state in &d.states {
        println!("\n{} — {}", state.name, state.mechanism);
        for seat in &state.seats {
            let label = format!("{} {}", seat.role.label(lang), seat.mandate.as_str().to_uppercase());
            match &seat.holder {
                Some(h) => {
                    let contact = [h.email.as_deref(), h.phone.as_deref()].into_iter().flatten().collect::<Vec<_>>();
                    println!("  {label:<14} {} [{}]  {}", h.name, h.person_id, contact.join(" · "));
                }
                None => println!("  {label:<14} ({})", lang.pick("vacante", "vacant")),
            }
        }
    }
    if !d.organisations.is_empty() {
        println!("\n{}", lang.pick("Organizaciones observadoras", "Observer organisations"));
        for card in &d.organisations {
            let names: Vec<&str> = card.representatives.iter().map(|r| r.name.as_str()).collect();
            let names = if names.is_empty() {
                lang.pick("(sin representante)", "(no representative)").into()
            } else {
                names.join(", ")
            };
            println!("  {}: {names}", card.organisation.name);
        }
    }
}

pub fn seat(s: &SeatAppointment, lang: Language) {
    let (role, mandate, country, name, term) =
        (s.role.label(lang), s.mandate.label(lang), &s.country, &s.person_name, term(lang, s.starts_on, s.ends_on));
    println!(
        "{}",
        lang.pick(
            format!("{role} de {mandate} por {country}: {name} ({term})"),
            format!("{role} for {mandate}, {country}: {name} ({term})"),
        )
    );
}

pub fn people(people: &[Person], lang: Language) {
    if people.is_empty() {
        println!("{}", lang.pick("No hay personas que coincidan.", "No person matches."));
    }
    for p in people {
        println!("{:>4}  {}  {}", p.id, p.display_name(), p.institution);
    }
}

pub fn person_detail(d: &PersonDetail, lang: Language) {
    let p = &d.person;
    println!("{} [{}]", p.display_name(), p.id);
    for line in [&p.position, &p.institution] {
        if !line.is_empty() {
            println!("  {line}");
        }
    }
    for c in &p.contacts {
        let preferred = if c.preferred { lang.pick(" (preferido)", " (preferred)") } else { "" };
        println!("  {}: {}{preferred}", c.kind.as_str(), c.value);
    }
    for s in &d.seats {
        print!("  ");
        seat(s, lang);
    }
    for r in &d.representations {
        let (org, term) = (&r.organisation_name, term(lang, r.starts_on, r.ends_on));
        println!(
            "  {}",
            lang.pick(format!("representante de {org} ({term})"), format!("representative of {org} ({term})"))
        );
    }
}

pub fn import_report(r: &ImportReport, lang: Language) {
    println!("{}", r.detected.get(lang));
    for problem in &r.problems {
        eprintln!("{} {}: {}", lang.pick("Línea", "Line"), problem.line, problem.message);
    }
    let (p, s, rep, o) = (r.persons, r.seats, r.representations, r.organisations_created);
    let line = match (r.written, lang) {
        (true, Language::Es) => format!("Importado: {p} personas, {s} nombramientos, {rep} representaciones, {o} organizaciones nuevas."),
        (false, Language::Es) => format!("Revisado (sin escribir): {p} personas, {s} nombramientos, {rep} representaciones, {o} organizaciones nuevas."),
        (true, Language::En) => format!("Imported: {p} persons, {s} appointments, {rep} representations, {o} new organisations."),
        (false, Language::En) => format!("Checked (nothing written): {p} persons, {s} appointments, {rep} representations, {o} new organisations."),
    };
    println!("{line}");
}

pub fn office_terms(terms: &[OfficeTerm], lang: Language) {
    for t in terms {
        println!("{}: {} ({})", t.office.label(lang), t.country_name, term(lang, t.starts_on, t.ends_on));
    }
}

pub fn committees(committees: &[Committee], lang: Language) {
    for c in committees {
        let members: Vec<&str> = c.members.iter().map(|m| m.name.as_str()).collect();
        println!("{:>3}  {} ({}): {}", c.id, c.name, term(lang, c.starts_on, c.ends_on), members.join(", "));
    }
}

pub fn meetings(meetings: &[Meeting], lang: Language) {
    if meetings.is_empty() {
        println!(
            "{}",
            lang.pick(
                "No hay reuniones. Cree una con «pleno meeting create».",
                "There are no meetings. Create one with «pleno meeting create».",
            )
        );
    }
    for m in meetings {
        let title = lang.pick(&m.title, &m.title_en);
        println!("{:>3}  {}  {}  {} ({})", m.id, m.starts_on, title, m.city, m.status.label(lang));
    }
}

pub fn meeting_detail(d: &MeetingDetail, lang: Language) {
    let m = &d.meeting;
    println!("{} — {}", lang.pick(&m.title, &m.title_en), m.status.label(lang));
    let (first, last) = (long_date(lang, m.starts_on), long_date(lang, m.ends_on));
    let days = match (m.starts_on == m.ends_on, lang) {
        (true, _) => first,
        (false, Language::Es) => format!("del {first} al {last}"),
        (false, Language::En) => format!("from {first} to {last}"),
    };
    println!("  {days}, {} h; {} ({})", m.start_time.format("%H:%M"), m.city, m.modality.label(lang));
    if let Some(convener) = &d.convened_by {
        println!(
            "  {}",
            lang.pick(
                format!("Convoca: Presidencia de {convener}"),
                format!("Convened by: the Presidency of {convener}")
            )
        );
    }
    agenda(d, lang);
}

pub fn agenda(d: &MeetingDetail, lang: Language) {
    if d.agenda.is_empty() {
        let id = d.meeting.id;
        println!(
            "  {}",
            lang.pick(
                format!("La agenda está vacía: «pleno agenda standard {id}» inserta la agenda estándar."),
                format!("The agenda is empty: «pleno agenda standard {id}» inserts the standard agenda."),
            )
        );
    }
    for item in &d.agenda {
        let title = item.kind.title_in(&item.title, lang);
        println!("  {:>2}. {} ({} min) [{}]", item.position, title, item.minutes, item.id);
    }
}

pub fn attendance(list: &[Attendee], lang: Language) {
    for a in list {
        let status = a.status.map(|s| s.label(lang)).unwrap_or(lang.pick("sin marcar", "not marked"));
        let seat = a.country.clone().or(a.organisation.clone()).unwrap_or_default();
        println!("{:>4}  {:<40} {:<10} {:<6} {}", a.person_id, a.name, a.role.label(lang), seat, status);
    }
}

/// The result as the domain words it (`DecisionResult::summary`), in `lang`.
pub fn result_line(r: &DecisionResult, lang: Language) -> String {
    r.summary.get(lang).to_string()
}

pub fn decision(d: &Decision, lang: Language) {
    println!("[{}] {} ({})", d.id, d.text, d.method.label(lang));
    for v in &d.votes {
        println!("    {}: {}", v.country, v.choice.label(lang));
    }
    for p in &d.positions {
        let kind = p.kind.label(lang);
        let line = lang.pick(format!("{kind} de {}", p.country), format!("{kind} of {}", p.country));
        println!("    {line}: {}", p.text);
    }
    println!("    {}", result_line(&d.result(), lang));
}

pub fn agreements(list: &[Agreement], lang: Language) {
    if list.is_empty() {
        println!("{}", lang.pick("No hay acuerdos que coincidan.", "No agreement matches."));
    }
    for a in list {
        let due = a.due_on.map(|d| lang.pick(format!(" · vence {d}"), format!(" · due {d}"))).unwrap_or_default();
        println!("{:<16} {:<11} {}{}", a.number, a.shown_status.label(lang), a.text, due);
    }
}

pub fn agreement(a: &Agreement, lang: Language) {
    let (number, status) = (&a.number, a.shown_status.label(lang));
    let meeting = lang.pick(&a.meeting_title, &a.meeting_title_en);
    println!(
        "{}",
        lang.pick(
            format!("Acuerdo {number} — {status} ({meeting})"),
            format!("Agreement {number} — {status} ({meeting})")
        )
    );
    println!("  {}", a.text);
    let responsible: Vec<&str> = a.responsible.iter().map(|r| lang.pick(&r.label, &r.label_en).as_str()).collect();
    if !responsible.is_empty() {
        println!("  {}: {}", lang.pick("Responsables", "Responsible"), responsible.join(", "));
    }
    if let Some(due) = a.due_on {
        println!("  {}: {}", lang.pick("Fecha límite", "Due date"), long_date(lang, due));
    }
    for l in &a.links {
        println!("  {} {}: {}", lang.pick("Avanza", "Advances"), l.code, l.title);
    }
    for f in &a.follow_ups {
        let status = f.new_status.map(|s| format!(" → {}", s.label(lang))).unwrap_or_default();
        println!("  {}: {}{status}", f.reported_on, f.text);
    }
}

pub fn search_hits(hits: &[SearchHit], lang: Language) {
    if hits.is_empty() {
        println!("{}", lang.pick("Sin resultados.", "No results."));
    }
    for h in hits {
        let text: String =
            h.snippet.iter().map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() }).collect();
        let label = h.agreement_number.clone().unwrap_or_else(|| {
            let id = h.decision_id.unwrap_or_default();
            lang.pick(format!("decisión {id}"), format!("decision {id}"))
        });
        println!("{label:<16} {text}");
    }
}
