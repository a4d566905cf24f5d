//! The minutes commands: draft, note, circulate, approve, show, verify, errata.

use std::process::ExitCode;

use chrono::NaiveDateTime;
use pleno_api::{Api, ApiError};
use pleno_domain::minutes::render_text;

use crate::args::*;
use crate::output;

type Result<T> = std::result::Result<T, ApiError>;

/// Runs a minutes command; `verify` answers with a failing exit status when a
/// minutes no longer matches its hash.
pub fn run(api: &mut Api, command: Command, now: NaiveDateTime) -> Result<ExitCode> {
    match command {
        Command::Minutes { command } => minutes(api, command, now),
        Command::Erratum { command: ErratumCommand::Add { meeting, text } } => {
            let view = api.add_erratum(meeting, &text, now.date())?;
            println!("Fe de erratas registrada en el acta de la {} (pendiente de aprobación)", view.meeting_title);
            Ok(ExitCode::SUCCESS)
        }
        Command::Erratum { command: ErratumCommand::Approve { id, at } } => {
            let view = api.approve_erratum(id, at, now)?;
            println!("Fe de erratas {id} del acta de la {} aprobada", view.meeting_title);
            Ok(ExitCode::SUCCESS)
        }
        _ => unreachable!("dispatched by main"),
    }
}

fn minutes(api: &mut Api, command: MinutesCommand, now: NaiveDateTime) -> Result<ExitCode> {
    match command {
        MinutesCommand::Draft { meeting } => {
            let view = api.draft_minutes(meeting)?;
            print!("{}", render_text(&view.content));
        }
        MinutesCommand::Note { meeting, item, text } => {
            api.set_minutes_note(meeting, item, &text)?;
            println!("Relación del punto guardada");
        }
        MinutesCommand::Circulate { meeting } => {
            let view = api.circulate_minutes(meeting, now)?;
            println!("Acta de la {} circulada: versión {}", view.meeting_title, view.version);
        }
        MinutesCommand::Approve { meeting, at, decision, time, json } => {
            let when =
                api.meeting_moment(at, time.as_deref().map(pleno_domain::dates::parse_time).transpose()?, now)?;
            let view = api.approve_minutes(meeting, at, decision, when)?;
            output::json_or(json, &view, || {
                println!(
                    "Acta de la {} aprobada en la {}. Huella SHA-256: {}",
                    view.meeting_title,
                    view.approved_by.clone().unwrap_or_default(),
                    view.hash.clone().unwrap_or_default()
                )
            })?;
        }
        MinutesCommand::Show { meeting, json } => {
            let view = api.minutes(meeting)?;
            output::json_or(json, &view, || {
                print!("{}", render_text(&view.content));
                println!("\nEstado: {} (versión {})", view.status.spanish(), view.version);
                if let Some(hash) = &view.hash {
                    println!("Huella SHA-256: {hash}");
                }
                for e in &view.errata {
                    let approved =
                        e.approved_by.as_deref().map(|m| format!(", aprobada en la {m}")).unwrap_or_default();
                    println!("Fe de erratas ({}{approved}): {}", e.recorded_on, e.text);
                }
            })?;
        }
        MinutesCommand::Verify { json } => {
            let report = api.verify_minutes()?;
            output::json_or(json, &report, || {
                if report.minutes.is_empty() {
                    println!("No hay actas aprobadas que verificar.");
                }
                for m in &report.minutes {
                    let state = if m.intact { "íntegra" } else { "ALTERADA" };
                    let record = if m.matches_record { "" } else { " (el registro actual difiere de lo aprobado)" };
                    println!("{}: {state}{record}", m.meeting_title);
                }
            })?;
            if let Some(title) = &report.first_mismatch {
                eprintln!(
                    "Error: el acta de la {title} no coincide con su huella: fue modificada después de aprobada."
                );
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
