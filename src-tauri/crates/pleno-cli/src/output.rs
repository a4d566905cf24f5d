//! How results are printed: JSON for scripts, plain Spanish text for people.

use std::path::Path;

use pleno_api::archive::SearchHit;
use pleno_api::directory::PersonDetail;
use pleno_api::directory_csv::ImportReport;
use pleno_api::directory_view::Directory;
use pleno_api::meetings::MeetingDetail;
use pleno_api::{ApiError, CountryListing, DemoReport, InitReport};
use pleno_domain::agreement::Agreement;
use pleno_domain::decision::{Decision, DecisionResult};
use pleno_domain::directory_model::{Committee, OfficeTerm, Person, SeatAppointment};
use pleno_domain::meeting_model::{Attendee, Meeting};
use pleno_domain::spanish_long_date;
use serde::Serialize;

pub fn json(value: &impl Serialize) -> Result<(), ApiError> {
    json_to(value, None)
}

pub fn json_to(value: &impl Serialize, to: Option<&Path>) -> Result<(), ApiError> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| ApiError::invalid(e.to_string()))?;
    text.push('\n');
    text_to(&text, to)
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

pub fn text_to(text: &str, to: Option<&Path>) -> Result<(), ApiError> {
    match to {
        Some(path) => {
            pleno_api::write_file_atomically(path, text.as_bytes())?;
            eprintln!("Escrito {}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(())
}

pub fn init_report(report: &InitReport) {
    if report.created {
        println!("Base de datos creada: {}", report.path);
    } else {
        println!("Base de datos: {}", report.path);
    }
    if let Some(backup) = &report.backup {
        println!("Se actualizó el esquema; copia de seguridad previa: {backup}");
    }
    if report.reference_loaded {
        println!("Datos de referencia cargados: nueve Estados miembros, Plan Estratégico 2018-2027 y POA 2018.");
    } else if !report.created && report.backup.is_none() {
        println!("La base de datos ya estaba al día; no se cambió nada.");
    }
}

pub fn demo_report(report: &DemoReport) {
    if report.loaded {
        println!(
            "Datos de demostración cargados: {} personas ficticias, {} nombramientos, {} organizaciones observadoras, {} reuniones y {} acuerdos.",
            report.persons, report.seats, report.organisations, report.meetings, report.agreements
        );
    } else {
        println!("La base de datos ya tenía personas; no se añadieron datos de demostración.");
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

fn term(starts_on: chrono::NaiveDate, ends_on: Option<chrono::NaiveDate>) -> String {
    pleno_domain::dates::describe_span(starts_on, ends_on)
}

pub fn directory(d: &Directory) {
    println!("Directorio al {}", spanish_long_date(d.on));
    for state in &d.states {
        println!("\n{} — {}", state.name, state.mechanism);
        for seat in &state.seats {
            let label = format!("{} {}", seat.role.as_str(), seat.mandate.as_str().to_uppercase());
            match &seat.holder {
                Some(h) => {
                    let contact = [h.email.as_deref(), h.phone.as_deref()].into_iter().flatten().collect::<Vec<_>>();
                    println!("  {label:<14} {} [{}]  {}", h.name, h.person_id, contact.join(" · "));
                }
                None => println!("  {label:<14} (vacante)"),
            }
        }
    }
    if !d.organisations.is_empty() {
        println!("\nOrganizaciones observadoras");
        for card in &d.organisations {
            let names: Vec<&str> = card.representatives.iter().map(|r| r.name.as_str()).collect();
            println!(
                "  {}: {}",
                card.organisation.name,
                if names.is_empty() { "(sin representante)".into() } else { names.join(", ") }
            );
        }
    }
}

pub fn seat(s: &SeatAppointment) {
    println!(
        "{} de {} por {}: {} ({})",
        s.role.as_str(),
        s.mandate.spanish(),
        s.country,
        s.person_name,
        term(s.starts_on, s.ends_on)
    );
}

pub fn people(people: &[Person]) {
    if people.is_empty() {
        println!("No hay personas que coincidan.");
    }
    for p in people {
        println!("{:>4}  {}  {}", p.id, p.display_name(), p.institution);
    }
}

pub fn person_detail(d: &PersonDetail) {
    let p = &d.person;
    println!("{} [{}]", p.display_name(), p.id);
    for line in [&p.position, &p.institution] {
        if !line.is_empty() {
            println!("  {line}");
        }
    }
    for c in &p.contacts {
        println!("  {}: {}{}", c.kind.as_str(), c.value, if c.preferred { " (preferido)" } else { "" });
    }
    for s in &d.seats {
        print!("  ");
        seat(s);
    }
    for r in &d.representations {
        println!("  representante de {} ({})", r.organisation_name, term(r.starts_on, r.ends_on));
    }
}

pub fn import_report(r: &ImportReport) {
    for problem in &r.problems {
        eprintln!("Línea {}: {}", problem.line, problem.message);
    }
    let verb = if r.written { "Importado" } else { "Revisado (sin escribir)" };
    println!(
        "{verb}: {} personas, {} nombramientos, {} representaciones, {} organizaciones nuevas.",
        r.persons, r.seats, r.representations, r.organisations_created
    );
}

pub fn office_terms(terms: &[OfficeTerm]) {
    for t in terms {
        println!("{}: {} ({})", t.office.spanish(), t.country_name, term(t.starts_on, t.ends_on));
    }
}

pub fn committees(committees: &[Committee]) {
    for c in committees {
        let members: Vec<&str> = c.members.iter().map(|m| m.name.as_str()).collect();
        println!("{:>3}  {} ({}): {}", c.id, c.name, term(c.starts_on, c.ends_on), members.join(", "));
    }
}

pub fn meetings(meetings: &[Meeting]) {
    if meetings.is_empty() {
        println!("No hay reuniones. Cree una con «pleno meeting create».");
    }
    for m in meetings {
        println!("{:>3}  {}  {}  {} ({})", m.id, m.starts_on, m.title, m.city, m.status.spanish());
    }
}

pub fn meeting_detail(d: &MeetingDetail) {
    let m = &d.meeting;
    println!("{} — {}", m.title, m.status.spanish());
    let days = if m.starts_on == m.ends_on {
        spanish_long_date(m.starts_on)
    } else {
        format!("del {} al {}", spanish_long_date(m.starts_on), spanish_long_date(m.ends_on))
    };
    println!("  {days}, {} h; {} ({})", m.start_time, m.city, m.modality.spanish());
    if let Some(convener) = &d.convened_by {
        println!("  Convoca: Presidencia de {convener}");
    }
    agenda(d);
}

pub fn agenda(d: &MeetingDetail) {
    if d.agenda.is_empty() {
        println!("  La agenda está vacía: «pleno agenda standard {}» inserta la agenda estándar.", d.meeting.id);
    }
    for item in &d.agenda {
        println!("  {:>2}. {} ({} min) [{}]", item.position, item.title, item.minutes, item.id);
    }
}

pub fn attendance(list: &[Attendee]) {
    for a in list {
        let status = a.status.map(|s| s.spanish()).unwrap_or("sin marcar");
        let seat = a.country.clone().or(a.organisation.clone()).unwrap_or_default();
        println!("{:>4}  {:<40} {:<10} {:<6} {}", a.person_id, a.name, a.role.spanish(), seat, status);
    }
}

/// The result as the domain words it ("5 votos a favor, 1 en contra, …").
pub fn result_line(r: &DecisionResult) -> String {
    r.summary.get(pleno_domain::Language::Es).to_string()
}

pub fn decision(d: &Decision) {
    println!("[{}] {} ({})", d.id, d.text, d.method.spanish());
    for v in &d.votes {
        println!("    {}: {}", v.country, v.choice.spanish());
    }
    for p in &d.positions {
        println!("    {} de {}: {}", p.kind.spanish(), p.country, p.text);
    }
    println!("    {}", result_line(&d.result()));
}

pub fn agreements(list: &[Agreement]) {
    if list.is_empty() {
        println!("No hay acuerdos que coincidan.");
    }
    for a in list {
        let due = a.due_on.map(|d| format!(" · vence {d}")).unwrap_or_default();
        println!("{:<16} {:<11} {}{}", a.number, a.shown_status.spanish(), a.text, due);
    }
}

pub fn agreement(a: &Agreement) {
    println!("Acuerdo {} — {} ({})", a.number, a.shown_status.spanish(), a.meeting_title);
    println!("  {}", a.text);
    let responsible: Vec<&str> = a.responsible.iter().map(|r| r.label.as_str()).collect();
    if !responsible.is_empty() {
        println!("  Responsables: {}", responsible.join(", "));
    }
    if let Some(due) = a.due_on {
        println!("  Fecha límite: {}", spanish_long_date(due));
    }
    for l in &a.links {
        println!("  Avanza {}: {}", l.code, l.title);
    }
    for f in &a.follow_ups {
        let status = f.new_status.map(|s| format!(" → {}", s.spanish())).unwrap_or_default();
        println!("  {}: {}{status}", f.reported_on, f.text);
    }
}

pub fn search_hits(hits: &[SearchHit]) {
    if hits.is_empty() {
        println!("Sin resultados.");
    }
    for h in hits {
        let text: String =
            h.snippet.iter().map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() }).collect();
        let label =
            h.agreement_number.clone().unwrap_or_else(|| format!("decisión {}", h.decision_id.unwrap_or_default()));
        println!("{label:<16} {text}");
    }
}
