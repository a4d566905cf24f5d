//! How results are printed: JSON for scripts, plain Spanish text for people.

use std::path::Path;

use pleno_api::{ApiError, CountryListing, InitReport};
use serde::Serialize;

pub fn json(value: &impl Serialize, to: Option<&Path>) -> Result<(), ApiError> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| ApiError::invalid(e.to_string()))?;
    text.push('\n');
    match to {
        Some(path) => {
            pleno_api::write_file_atomically(path, text.as_bytes())?;
            eprintln!("Escrito {}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(())
}

pub fn init_report(report: &InitReport, demo: bool) {
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
    if demo {
        println!("Datos de demostración listos.");
    }
}

pub fn country_table(countries: &[CountryListing]) {
    let width = countries.iter().map(|c| c.name.chars().count()).max().unwrap_or(0);
    for c in countries {
        let pad = width - c.name.chars().count();
        let acronym = if c.mechanism_acronym.is_empty() {
            String::new()
        } else {
            format!(" ({})", c.mechanism_acronym)
        };
        println!("{}  {}{}  {}{}", c.code, c.name, " ".repeat(pad), c.mechanism, acronym);
    }
}
