//! `pleno report …`: what the accountability reports are made of and the
//! reports themselves — a state's country report presented at a session, the
//! end-of-term report of the Presidency or the Secretariat, and the biennial
//! accountability report, as PDF (`-o`) and as JSON (`--json`).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::accountability_report::AccountabilityReport;
use pleno_api::Api;
use pleno_domain::directory_model::Office;
use pleno_domain::lang::long_date;

use crate::cli::{Ctx, Result};
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Registra que un Estado presentó su informe de país en una sesión (con el archivo, si lo hay)
    Presented {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "ARCHIVO")]
        file: Option<PathBuf>,
    },
    /// Informe de fin de período de la Presidencia o de la Secretaría Técnica
    Term {
        /// presidencia o secretaria-tecnica
        #[arg(long, value_name = "CARGO", value_parser = choice::<Office>())]
        office: Office,
        /// El período en curso en esa fecha (hoy por defecto)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        on: Option<NaiveDate>,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
    /// Informe bienal de rendición de cuentas, comparado con el período anterior
    Accountability {
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: NaiveDate,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

/// The summary a person reads when the report is not asked for as JSON.
fn summary(r: &AccountabilityReport, ctx: &Ctx) {
    let lang = ctx.lang;
    println!("{}", lang.pick(&r.title.es, &r.title.en));
    println!("{} – {}", long_date(lang, r.from), long_date(lang, r.to));
    let held: Vec<String> = r.meetings.iter().map(|(k, n)| format!("{k} {n}")).collect();
    println!("{}: {}", lang.pick("Reuniones", "Meetings"), held.join(", "));
    let a = &r.agreements;
    println!(
        "{}: {} / {} / {} / {}",
        lang.pick(
            "Acuerdos adoptados / cumplidos / en curso / vencidos",
            "Agreements adopted / fulfilled / in progress / overdue"
        ),
        a.adopted,
        a.fulfilled,
        a.in_progress,
        a.overdue
    );
    let pending = r.representations.iter().filter(|x| x.pending()).count();
    println!(
        "{}: {} ({pending} {})",
        lang.pick("Representaciones", "Representations"),
        r.representations.len(),
        lang.pick("pendientes", "pending")
    );
    println!("{}: {}", lang.pick("Alianzas", "Alliances"), r.alliances.len());
}

/// JSON under `--json`, else the summary; and the PDF when `-o` is given.
fn answer(
    api: &Api,
    r: &AccountabilityReport,
    output: Option<PathBuf>,
    pdf: impl FnOnce(&Api) -> Result<Vec<u8>>,
    ctx: &Ctx,
) -> Result<()> {
    if let Some(path) = output {
        let bytes = pdf(api)?;
        pleno_api::write_file_atomically(&path, &bytes)?;
        eprintln!("{} {} ({} KB)", ctx.lang.pick("Escrito", "Written"), path.display(), bytes.len().div_ceil(1024));
    }
    ctx.show(r, || summary(r, ctx))
}

pub fn run(api: &mut Api, command: ReportCommand, ctx: &Ctx) -> Result<()> {
    match command {
        ReportCommand::Presented { meeting, country, file } => {
            let report = match file {
                Some(path) => api.record_country_report_file(meeting, &country, &path, ctx.now)?,
                None => api.record_country_report(meeting, &country, None, ctx.now)?,
            };
            let file = report.file_name.clone().unwrap_or_default();
            ctx.say(
                &report,
                format!("Informe de país de {} registrado en la reunión {meeting} {file}", report.country),
                format!("Country report of {} recorded at meeting {meeting} {file}", report.country),
            )
        }
        ReportCommand::Term { office, on, output } => {
            let on = on.unwrap_or(ctx.today());
            let r = api.term_report(office, on)?;
            answer(api, &r, output, |api| api.pdf_term_report(office, on, ctx.today(), ctx.lang), ctx)
        }
        ReportCommand::Accountability { from, to, output } => {
            let r = api.accountability_report(from, to)?;
            answer(api, &r, output, |api| api.pdf_accountability_report(from, to, ctx.today(), ctx.lang), ctx)
        }
    }
}
