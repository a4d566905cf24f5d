//! `pleno minutes …`: the acta of a meeting — drafted from the record, the
//! Secretariat's notes per item, circulated in versions, approved at a later
//! meeting, and the hash chain of every approved acta verified.

use std::process::ExitCode;

use chrono::NaiveTime;
use clap::Subcommand;
use pleno_api::minutes::MinutesView;
use pleno_api::Api;
use pleno_domain::minutes::render_text_in;
use pleno_domain::Localized;

use crate::cli::meeting::moment;
use crate::cli::{Ctx, Result};
use crate::values::time;

#[derive(Debug, Subcommand)]
pub enum MinutesCommand {
    /// Redacta (o vuelve a redactar) el borrador desde el registro; las notas se conservan
    Draft {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Escribe la relación de un punto de la agenda
    Note {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PUNTO")]
        item: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Circula una nueva versión numerada para comentarios
    Circulate {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Aprueba el acta en una reunión posterior (en su punto de lectura y aprobación del acta anterior)
    Approve {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        /// La reunión en que se aprueba
        #[arg(long, value_name = "REUNIÓN")]
        at: i64,
        /// Una decisión ya adoptada que la aprueba; si no, se toma por consenso ahora
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
        /// Hora de la aprobación (HH:MM); por defecto, ahora
        #[arg(long, value_name = "HH:MM", value_parser = time())]
        time: Option<NaiveTime>,
    },
    /// Muestra el acta (texto, o JSON con estado, versión y huella)
    Show {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Comprueba la cadena de huellas de todas las actas aprobadas
    Verify,
}

/// Runs a minutes command; `verify` answers with a failing exit status when an
/// acta no longer matches its hash.
pub fn run(api: &mut Api, command: MinutesCommand, ctx: &Ctx) -> Result<ExitCode> {
    match command {
        MinutesCommand::Draft { meeting } => {
            let view = api.draft_minutes(meeting)?;
            ctx.show(&view, || print!("{}", render_text_in(ctx.lang, ctx.lang.pick(&view.content, &view.content_en))))?;
        }
        MinutesCommand::Note { meeting, item, text } => {
            let view = api.set_minutes_note(meeting, item, &text)?;
            ctx.say(&view, "Relación del punto guardada".into(), "The item's account was saved".into())?;
        }
        MinutesCommand::Circulate { meeting } => {
            let view = api.circulate_minutes(meeting, ctx.now)?;
            let (title, version) = (&view.meeting_title, view.version);
            ctx.say(
                &view,
                format!("Acta de la {title} circulada: versión {version}"),
                format!("Minutes of the {title} circulated: version {version}"),
            )?;
        }
        MinutesCommand::Approve { meeting, at, decision, time } => {
            let when = moment(api, at, time, ctx.now)?;
            let view = api.approve_minutes(meeting, at, decision, when)?;
            let (title, by) = (&view.meeting_title, view.approved_by.clone().unwrap_or_default());
            let hash = view.hash.clone().unwrap_or_default();
            ctx.say(
                &view,
                format!("Acta de la {title} aprobada en la {by}. Huella SHA-256: {hash}"),
                format!("Minutes of the {title} approved at the {by}. SHA-256 hash: {hash}"),
            )?;
        }
        MinutesCommand::Show { meeting } => {
            let view = api.minutes(meeting)?;
            ctx.show(&view, || show(&view, ctx))?;
        }
        MinutesCommand::Verify => return verify(api, ctx),
    }
    Ok(ExitCode::SUCCESS)
}

fn show(view: &MinutesView, ctx: &Ctx) {
    print!("{}", render_text_in(ctx.lang, ctx.lang.pick(&view.content, &view.content_en)));
    let (status, version) = (view.status.label(ctx.lang), view.version);
    println!(
        "\n{}",
        ctx.pick(format!("Estado: {status} (versión {version})"), format!("Status: {status} (version {version})"))
    );
    if let Some(hash) = &view.hash {
        println!("{}", ctx.pick(format!("Huella SHA-256: {hash}"), format!("SHA-256 hash: {hash}")));
    }
    for e in &view.errata {
        let approved = e
            .approved_by
            .as_deref()
            .map(|m| ctx.pick(format!(", aprobada en la {m}"), format!(", approved at the {m}")));
        let (on, text, approved) = (e.recorded_on, &e.text, approved.unwrap_or_default());
        println!(
            "{}",
            ctx.pick(format!("Fe de erratas ({on}{approved}): {text}"), format!("Erratum ({on}{approved}): {text}"))
        );
    }
}

fn verify(api: &mut Api, ctx: &Ctx) -> Result<ExitCode> {
    let report = api.verify_minutes()?;
    ctx.show(&report, || {
        if report.minutes.is_empty() {
            println!(
                "{}",
                ctx.lang.pick("No hay actas aprobadas que verificar.", "There are no approved minutes to verify.")
            );
        }
        for m in &report.minutes {
            let state = match (m.intact, ctx.lang) {
                (true, lang) => lang.pick("íntegra", "intact"),
                (false, lang) => lang.pick("ALTERADA", "ALTERED"),
            };
            let record = if m.matches_record {
                ""
            } else {
                ctx.lang.pick(
                    " (el registro actual difiere de lo aprobado)",
                    " (the current record differs from what was approved)",
                )
            };
            println!("{}: {state}{record}", ctx.lang.pick(&m.meeting_title, &m.meeting_title_en));
            for d in &m.differences {
                println!("  - {}", d.localized(ctx.lang));
            }
        }
    })?;
    // The first minutes no longer intact is the report's `first_mismatch`.
    match report.minutes.iter().find(|m| !m.intact) {
        Some(m) => {
            let (es, en) = (&m.meeting_title, &m.meeting_title_en);
            eprintln!(
                "Error: {}",
                ctx.pick(
                    format!("el acta de la {es} no coincide con su huella: fue modificada después de aprobada."),
                    format!("the minutes of the {en} do not match their hash: they were changed after approval."),
                )
            );
            Ok(ExitCode::from(1))
        }
        None if !report.ok => {
            eprintln!(
                "Error: {}",
                ctx.lang.pick(
                    "el registro bajo un acta aprobada fue modificado: las diferencias se indican arriba.",
                    "the record under approved minutes was changed: the differences are listed above.",
                )
            );
            Ok(ExitCode::from(1))
        }
        None => Ok(ExitCode::SUCCESS),
    }
}
