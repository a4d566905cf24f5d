//! `pleno monitoring …`: the national mechanisms' reports on the POA (seed §IX,
//! "Matriz de monitoreo"): entered by hand or through the XLSX template they
//! fill and send back, and the weighted regional roll-up.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::monitoring::ReportDraft;
use pleno_api::monitoring_xlsx::CellProblem;
use pleno_api::{Api, ImportMode};
use pleno_domain::monitoring::{GoalStatus, MonitoringReport, ReportEntry, Rollup, Semester};
use pleno_domain::plan::Percent;
use pleno_domain::Language;

use crate::cli::poa::{print_done, write};
use crate::cli::{Ctx, Result};
use crate::error::CliError;
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum MonitoringCommand {
    /// Los informes de seguimiento
    Report {
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Registra el avance de una actividad en un informe
    Entry {
        #[arg(value_name = "INFORME")]
        report: i64,
        #[arg(long, value_name = "CÓDIGO")]
        activity: String,
        /// % de avance (0 a 100)
        #[arg(long, value_name = "N")]
        progress: i64,
        /// Estado de las metas
        #[arg(long, value_name = "ESTADO", value_parser = choice::<GoalStatus>())]
        status: GoalStatus,
        #[arg(long, value_name = "TEXTO", default_value = "", hide_default_value = true)]
        justification: String,
    },
    /// Escribe la matriz de monitoreo en XLSX para que un Estado la llene
    Template {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        /// Semestre: 1 o 2
        #[arg(long, value_name = "SEMESTRE")]
        semester: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// Importa una matriz llenada; no escribe nada si alguna celda tiene errores
    Import {
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
        /// Revisa el archivo sin escribir nada
        #[arg(long)]
        dry_run: bool,
    },
    /// Los resultados regionales: avance previsto y reportado, completitud, resultados ponderados
    Rollup {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        /// Solo los informes hasta este semestre (1 o 2)
        #[arg(long, value_name = "SEMESTRE")]
        semester: Option<i64>,
    },
    /// Lista los informes, todas sus versiones
    List {
        #[arg(long, value_name = "AÑO")]
        year: Option<i32>,
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Registra un informe (o la corrección de uno: su versión siguiente)
    Add {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        /// Semestre: 1 o 2
        #[arg(long, value_name = "SEMESTRE")]
        semester: i64,
        /// Estado que informa (sin él, un informe regional)
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        /// Fecha del informe (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
    },
    /// Muestra un informe con sus filas
    Show {
        #[arg(value_name = "INFORME")]
        id: i64,
    },
    /// Guarda un archivo como evidencia del informe (con su huella SHA-256)
    Evidence {
        #[arg(value_name = "INFORME")]
        id: i64,
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
    },
}

pub fn run(api: &mut Api, command: MonitoringCommand, ctx: &Ctx) -> Result<()> {
    match command {
        MonitoringCommand::Report { command: ReportCommand::Add { year, semester, country, date } } => {
            let draft =
                ReportDraft { year, semester: Semester::new(semester)?, country, reported_on: date, entries: vec![] };
            let report = api.add_monitoring_report(&draft, ctx.now)?;
            let (id, v) = (report.id, report.version);
            ctx.say(
                &report,
                format!("Informe {id} registrado (versión {v})"),
                format!("Report {id} recorded (version {v})"),
            )
        }
        MonitoringCommand::Report { command: ReportCommand::Show { id } } => {
            let report = api.monitoring_report(id)?;
            ctx.show(&report, || print_report(&report, ctx.lang))
        }
        MonitoringCommand::Report { command: ReportCommand::Evidence { id, file } } => {
            let report = api.attach_report_evidence_file(id, &file, ctx.now)?;
            let shown = file.display();
            ctx.say(
                &report,
                format!("Informe {id}: evidencia «{shown}» guardada"),
                format!("Report {id}: evidence «{shown}» kept"),
            )
        }
        MonitoringCommand::Entry { report, activity, progress, status, justification } => {
            let entry =
                ReportEntry { activity: activity.clone(), progress: Percent::new(progress)?, status, justification };
            let report = api.set_monitoring_entry(report, &entry)?;
            let id = report.id;
            ctx.say(
                &report,
                format!("Informe {id}: actividad {activity} registrada"),
                format!("Report {id}: activity {activity} recorded"),
            )
        }
        MonitoringCommand::Template { year, semester, country, output } => {
            write(&output, &api.monitoring_template(year, Semester::new(semester)?, &country)?, ctx.lang)
        }
        MonitoringCommand::Import { file, dry_run } => {
            let import = api.import_monitoring_file(&file, ImportMode::dry_run(dry_run), ctx.now)?;
            ctx.show(&import, || {
                for p in &import.problems {
                    println!("{}", ctx.lang.pick(p.message.es.clone(), p.message.en.clone()));
                }
                let (c, s, n) = (&import.country, import.semester.roman(), import.entries.len());
                println!(
                    "{} {c}, {} {s} {}: {n} {}",
                    ctx.lang.pick("Informe de", "Report of"),
                    ctx.lang.pick("semestre", "semester"),
                    import.year,
                    ctx.lang.pick("filas", "rows")
                );
                print_done(import.problems.is_empty(), import.written.is_some(), ctx.lang);
            })?;
            rejected(&import.problems)
        }
        MonitoringCommand::Rollup { year, semester } => {
            let rollup = api.monitoring_rollup(year, semester.map(Semester::new).transpose()?)?;
            ctx.show(&rollup, || print_rollup(&rollup, ctx.lang))
        }
        MonitoringCommand::List { year, country } => {
            let reports = api.monitoring_reports(year, country.as_deref())?;
            ctx.show(&reports, || reports.iter().for_each(|r| print_heading(r, ctx.lang)))
        }
    }
}

/// An import that found bad cells fails, after they were all shown.
pub(crate) fn rejected(problems: &[CellProblem]) -> Result<()> {
    match problems.len() {
        0 => Ok(()),
        cells => Err(CliError::CellsRejected { cells }.into()),
    }
}

fn print_heading(r: &MonitoringReport, lang: Language) {
    let who = r.country.as_deref().unwrap_or(lang.pick("regional", "regional"));
    let old = if r.superseded { lang.pick(" (reemplazado)", " (superseded)") } else { "" };
    println!(
        "{} · {} {who} · {} {} · v{}{old} · {} · {}",
        r.id,
        r.year,
        lang.pick("semestre", "semester"),
        r.semester.roman(),
        r.version,
        r.reported_on,
        r.mechanism
    );
}

fn print_report(r: &MonitoringReport, lang: Language) {
    print_heading(r, lang);
    for e in &r.entries {
        println!("  {} {}% {} {}", e.activity, e.progress.value(), e.status.label(lang), e.justification);
    }
}

fn print_rollup(r: &Rollup, lang: Language) {
    let fig = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.1}%"));
    let pct = |p: Option<Percent>| p.map_or("—".to_string(), |p| format!("{}%", p.value()));
    for a in &r.activities {
        println!(
            "{} I {} II {} → {} ({}/{}){}",
            a.code,
            pct(a.planned_s1),
            pct(a.planned_s2),
            fig(a.reported_mean),
            a.reported,
            a.expected,
            if a.missing.is_empty() {
                String::new()
            } else {
                format!(" {} {}", lang.pick("faltan", "missing"), a.missing.join(", "))
            }
        );
    }
    for o in &r.objectives {
        println!("{} {} {}", lang.pick("Objetivo", "Objective"), o.code, fig(o.weighted));
    }
    for x in &r.axes {
        println!("{} {} {}", lang.pick("Eje", "Axis"), x.code, fig(x.weighted));
    }
    println!("{}", lang.pick(r.rounding.es.clone(), r.rounding.en.clone()));
}
