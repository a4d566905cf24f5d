//! `pleno agreement …`: the register of agreements — adding, listing with
//! filters, follow-up (appended, never overwritten), links to the plan, export.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use pleno_api::agreements::{AgreementDraft, AgreementFilter, FollowUpDraft};
use pleno_api::{Api, Language};
use pleno_domain::agreement::{AgreementStatus, LinkTarget, ShownStatus};

use crate::cli::{Ctx, PageArgs, Result};
use crate::output;
use crate::values::{choice, date};

/// The register's export formats (the command line's own, not the domain's).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Añade un acuerdo al registro
    Add {
        #[arg(long, value_name = "REUNIÓN")]
        meeting: i64,
        /// La decisión adoptada de la que nace
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
        #[arg(long, value_name = "TEXTO")]
        text: String,
        /// Responsables: código de Estado, presidencia, secretaria-tecnica, comite:N o persona:N
        #[arg(long, value_name = "RESPONSABLE", num_args = 1..)]
        responsible: Vec<String>,
        /// Fecha límite (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        due: Option<NaiveDate>,
    },
    /// Lista los acuerdos, con filtros
    List {
        #[arg(long, value_name = "ESTADO", value_parser = choice::<ShownStatus>())]
        status: Option<ShownStatus>,
        /// Estado miembro responsable
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        #[arg(long, value_name = "REUNIÓN")]
        meeting: Option<i64>,
        #[arg(long, value_name = "AÑO")]
        year: Option<i32>,
        /// Eje del plan (1 a 4)
        #[arg(long, value_name = "EJE")]
        axis: Option<String>,
        /// Indicador del plan (p. ej. 4.3.1)
        #[arg(long, value_name = "CÓDIGO")]
        indicator: Option<String>,
        /// Solo los vencidos
        #[arg(long)]
        overdue: bool,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Muestra un acuerdo con su seguimiento y vínculos
    Show {
        #[arg(value_name = "ACUERDO")]
        id: i64,
    },
    /// Añade un seguimiento (nunca reemplaza los anteriores)
    FollowUp {
        #[arg(value_name = "ACUERDO")]
        id: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
        /// El estado que se registra («vencido» no: Pleno lo deduce de la fecha límite)
        #[arg(long, value_name = "ESTADO", value_parser = choice::<AgreementStatus>())]
        status: Option<AgreementStatus>,
        /// Reunión en la que se informó
        #[arg(long, value_name = "REUNIÓN")]
        meeting: Option<i64>,
        /// Fecha del informe (por defecto, hoy)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        on: Option<NaiveDate>,
    },
    /// Vincula el acuerdo a un indicador o una actividad del plan
    Link {
        #[arg(value_name = "ACUERDO")]
        id: i64,
        #[arg(long, value_name = "CÓDIGO", conflicts_with = "activity", required_unless_present = "activity")]
        indicator: Option<String>,
        #[arg(long, value_name = "CÓDIGO")]
        activity: Option<String>,
        /// Cómo contribuye
        #[arg(long, value_name = "TEXTO", default_value = "")]
        note: String,
    },
    /// Exporta el registro de acuerdos
    Export {
        /// csv
        #[arg(long, value_enum, value_name = "FORMATO")]
        format: ExportFormat,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

pub fn run(api: &mut Api, command: AgreementCommand, ctx: &Ctx) -> Result<()> {
    let today = ctx.today();
    match command {
        AgreementCommand::Add { meeting, decision, text, responsible, due } => {
            let draft = AgreementDraft { meeting_id: meeting, decision_id: decision, text, responsible, due_on: due };
            let a = api.add_agreement(&draft, today)?;
            ctx.say(
                &a,
                format!("Acuerdo {} registrado (número {} en Pleno)", a.number, a.id),
                format!("Agreement {} recorded (number {} in Pleno)", a.number, a.id),
            )
        }
        AgreementCommand::List { status, country, meeting, year, axis, indicator, overdue, page } => {
            let filter = AgreementFilter { status, country, meeting_id: meeting, year, axis, indicator, overdue };
            if let Some(limit) = page.limit {
                let page = api.agreements_page(&filter, page.cursor.as_deref(), limit, today)?;
                let (items, next) = (&page.page.items, page.page.next_cursor.as_deref());
                return ctx.show_page(&page, next, page.page.total, || output::agreements(items, ctx.lang));
            }
            let list = api.agreements(&filter, today)?;
            ctx.show(&list, || output::agreements(&list, ctx.lang))
        }
        AgreementCommand::Show { id } => {
            let a = api.agreement(id, today)?;
            ctx.show(&a, || output::agreement(&a, ctx.lang))
        }
        AgreementCommand::FollowUp { id, text, status, meeting, on } => {
            let draft = FollowUpDraft { text, status, meeting_id: meeting, reported_on: on.unwrap_or(today) };
            let a = api.add_follow_up(id, &draft, today)?;
            let (number, shown) = (&a.number, |lang| a.shown_status.label(lang));
            ctx.say_made(
                &a,
                "follow_up",
                &a.follow_ups.iter().max_by_key(|f| f.id),
                format!("Seguimiento registrado: {number} está {}", shown(Language::Es)),
                format!("Follow-up recorded: {number} is {}", shown(Language::En)),
            )
        }
        AgreementCommand::Link { id, indicator, activity, note } => {
            // clap requires exactly one of the two.
            let (target, code) = match (indicator, activity) {
                (Some(code), _) => (LinkTarget::Indicator, code),
                (None, code) => (LinkTarget::Activity, code.unwrap_or_default()),
            };
            let a = api.link_agreement(id, target, &code, &note, today)?;
            ctx.say(&a, format!("{} vinculado a {code}", a.number), format!("{} linked to {code}", a.number))
        }
        AgreementCommand::Export { format: ExportFormat::Csv, output: path } => {
            let csv = api.export_agreements_csv(&AgreementFilter::default(), today)?;
            output::text_to(&csv, path.as_deref(), ctx.lang)
        }
    }
}
