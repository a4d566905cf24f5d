//! Minutes (actas): their content as drafted from the record, the canonical
//! serialisation that is hashed on approval, the hash chain, and the plain-text
//! rendering used for review and tests. The layout of the printed acta lives in
//! the documents crate; the words live here, once.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::dates::spanish_long_date;

choice_enum!(
    /// borrador → circulada (numbered versions) → aprobada (locked).
    MinutesStatus, "estado del acta" {
        Borrador => "borrador" / "borrador",
        Circulada => "circulada" / "circulada",
        Aprobada => "aprobada" / "aprobada",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesPerson {
    pub name: String,
    /// titular, suplente, observador, invitado.
    pub role: String,
    pub institution: String,
    /// "presente de 09:00 a 12:30 y desde las 14:00", "ausente", "excusado".
    pub presence: String,
    pub remote: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesState {
    pub code: String,
    pub name: String,
    pub present: bool,
    pub delegates: Vec<MinutesPerson>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesQuorumCheck {
    pub time: String,
    pub reason: String,
    pub present: u32,
    pub members: u32,
    pub required: u32,
    pub quorate: bool,
    pub states: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesVote {
    pub state: String,
    /// "a favor", "en contra", "abstención", "ausente".
    pub vote: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesDecision {
    pub text: String,
    pub time: String,
    /// "consenso" or "votación".
    pub method: String,
    /// For votes: "dos tercios de los Estados presentes".
    pub rule: Option<String>,
    pub votes: Vec<MinutesVote>,
    /// "5 a favor, 1 en contra, 0 abstenciones".
    pub count: Option<String>,
    pub recount: Option<String>,
    pub discrepancy: bool,
    /// "Guatemala: sujeto a consulta", for reservations and objections.
    pub reservations: Vec<String>,
    pub objections: Vec<String>,
    pub adopted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesItem {
    pub position: u32,
    pub title: String,
    pub presenter: String,
    /// The Secretariat's narrative; paragraphs separated by blank lines, list
    /// items starting with "- ".
    pub notes: String,
    pub decisions: Vec<MinutesDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesAgreement {
    pub number: String,
    pub text: String,
    pub responsible: Vec<String>,
    pub due: Option<String>,
    /// "2.2.1 Número de protocolos …".
    pub advances: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesFollowUp {
    pub agreement: String,
    pub text: String,
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesSignature {
    pub office: String,
    pub country: String,
    pub name: String,
}

/// Everything the minutes say. Its JSON, in field order, is what is hashed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesContent {
    /// "ACTA DE LA XV REUNIÓN ORDINARIA DE LA COALICIÓN REGIONAL …".
    pub title: String,
    /// "XV-RO-2026".
    pub number: String,
    pub opening: String,
    pub states: Vec<MinutesState>,
    pub observers: Vec<MinutesPerson>,
    pub guests: Vec<MinutesPerson>,
    pub quorum: Vec<MinutesQuorumCheck>,
    /// "La agenda fue aprobada a las 09:20 …".
    pub agenda_approval: String,
    pub items: Vec<MinutesItem>,
    pub agreements: Vec<MinutesAgreement>,
    pub follow_ups: Vec<MinutesFollowUp>,
    pub closing: String,
    pub signatures: Vec<MinutesSignature>,
}

/// A correction approved after the minutes; printed with them, outside the hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Erratum {
    pub id: i64,
    pub text: String,
    pub recorded_on: NaiveDate,
    pub approved_by: Option<String>,
    pub approved_at: Option<NaiveDateTime>,
}

impl MinutesContent {
    /// The canonical serialisation: compact JSON in the struct's field order.
    pub fn canonical(&self) -> String {
        serde_json::to_string(self).expect("minutes serialise")
    }
}

/// SHA-256 (hex) of the previous approval's hash followed by the canonical content,
/// so each approval vouches for every one before it.
pub fn chained_hash(previous: Option<&str>, canonical: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(previous.unwrap_or("").as_bytes());
    hasher.update(b"\n");
    hasher.update(canonical.as_bytes());
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// "las 09:30 horas" in words would be excessive; minutes write "las 09:30 horas".
pub fn opening_sentence(
    city: &str,
    country: &str,
    time: &str,
    date: NaiveDate,
    convened_by: Option<&str>,
    modality: &str,
) -> String {
    // "Ciudad de Guatemala" already says it is a city.
    let city =
        if city.is_empty() || city.starts_with("Ciudad") { city.to_string() } else { format!("la ciudad de {city}") };
    let place = match (city.is_empty(), country.is_empty()) {
        (false, false) => format!("En {city}, {country}"),
        (false, true) => format!("En {city}"),
        _ => "En sesión virtual".to_string(),
    };
    let convener = convened_by.map(|c| format!(", convocados por la Presidencia de {c}")).unwrap_or_default();
    format!(
        "{place}, a las {time} horas del {}, se reunieron en modalidad {modality} las delegaciones de los Estados miembros de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes{convener}.",
        spanish_long_date(date)
    )
}

/// The minutes as plain text, in reading order: for review in the terminal and
/// for tests that pin what the minutes say.
pub fn render_text(m: &MinutesContent) -> String {
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&m.title);
    line(&format!("Acta Nº {}", m.number));
    line("");
    line(&m.opening);
    line("");
    line("ASISTENCIA");
    for s in &m.states {
        line(&format!("{}{}", s.name, if s.present { "" } else { " (no presente)" }));
        for d in &s.delegates {
            line(&format!(
                "  - {}, {} ({}): {}{}",
                d.name,
                d.role,
                d.institution,
                d.presence,
                if d.remote { ", a distancia" } else { "" }
            ));
        }
    }
    for (heading, people) in [("Observadores", &m.observers), ("Invitados", &m.guests)] {
        if !people.is_empty() {
            line(heading);
            for d in people {
                line(&format!("  - {} ({}): {}", d.name, d.institution, d.presence));
            }
        }
    }
    line("");
    line("VERIFICACIÓN DEL QUÓRUM");
    if m.quorum.is_empty() {
        line("No se registraron verificaciones del quórum.");
    }
    for q in &m.quorum {
        line(&format!(
            "A las {} ({}): {} de {} Estados miembros presentes; se requieren {}: {}.",
            q.time,
            q.reason,
            q.present,
            q.members,
            q.required,
            if q.quorate { "hay quórum" } else { "no hay quórum" }
        ));
    }
    line("");
    line(&m.agenda_approval);
    for item in &m.items {
        line("");
        line(&format!("{}. {}", item.position, item.title.to_uppercase()));
        if !item.presenter.is_empty() {
            line(&format!("Presenta: {}", item.presenter));
        }
        if !item.notes.is_empty() {
            line(&item.notes);
        }
        for d in &item.decisions {
            line(&format!("Decisión ({}, {} horas): {}", d.method, d.time, d.text));
            if let Some(rule) = &d.rule {
                line(&format!("Mayoría requerida: {rule}."));
            }
            for v in &d.votes {
                line(&format!("  {}: {}", v.state, v.vote));
            }
            if let Some(count) = &d.count {
                line(&format!("Conteo: {count}."));
            }
            if let Some(recount) = &d.recount {
                line(&format!(
                    "Recuento: {recount}.{}",
                    if d.discrepancy { " El recuento difiere del conteo; prevalece el recuento." } else { "" }
                ));
            }
            for r in &d.reservations {
                line(&format!("Reserva de {r}"));
            }
            for o in &d.objections {
                line(&format!("Objeción de {o}"));
            }
            line(if d.adopted { "Resultado: adoptada." } else { "Resultado: no adoptada." });
        }
    }
    line("");
    line("ACUERDOS");
    if m.agreements.is_empty() {
        line("No se adoptaron acuerdos.");
    }
    for a in &m.agreements {
        line(&format!("Acuerdo {}: {}", a.number, a.text));
        if !a.responsible.is_empty() {
            line(&format!("  Responsables: {}.", a.responsible.join(", ")));
        }
        if let Some(due) = &a.due {
            line(&format!("  Plazo: {due}."));
        }
        for adv in &a.advances {
            line(&format!("  Contribuye a: {adv}"));
        }
    }
    if !m.follow_ups.is_empty() {
        line("");
        line("SEGUIMIENTO DE ACUERDOS ANTERIORES");
        for f in &m.follow_ups {
            let status = f.status.as_deref().map(|s| format!(" (estado: {s})")).unwrap_or_default();
            line(&format!("Acuerdo {}: {}{status}", f.agreement, f.text));
        }
    }
    line("");
    line(&m.closing);
    line("");
    for s in &m.signatures {
        line(&format!("{} — {} ({})", s.name, s.office, s.country));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_chains_each_approval_to_the_previous_one() {
        let first = chained_hash(None, "{\"a\":1}");
        let second = chained_hash(Some(&first), "{\"b\":2}");
        assert_eq!(first.len(), 64);
        assert_ne!(second, chained_hash(None, "{\"b\":2}"), "the previous hash is part of the next");
        assert_eq!(second, chained_hash(Some(&first), "{\"b\":2}"), "deterministic");
        assert_ne!(first, chained_hash(None, "{\"a\":2}"), "one changed byte changes the hash");
    }

    #[test]
    fn the_opening_sentence_reads_as_minutes_do() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        assert_eq!(
            opening_sentence("Ciudad de Panamá", "Panamá", "09:00", date, Some("Panamá"), "híbrida"),
            "En Ciudad de Panamá, Panamá, a las 09:00 horas del 10 de diciembre de 2026, se reunieron en modalidad híbrida las delegaciones de los Estados miembros de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes, convocados por la Presidencia de Panamá."
        );
        assert!(opening_sentence("San José", "Costa Rica", "09:00", date, None, "presencial")
            .starts_with("En la ciudad de San José, Costa Rica, a las"));
    }
}
