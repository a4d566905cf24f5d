//! `pleno milestone …`: the stages (elaborado, aprobado, implementado) each
//! state's instruments reached, with the date and the evidence (2.1.1, 2.2.1, 3.2.1).

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::accountability::MilestoneDraft;
use pleno_api::Api;
use pleno_domain::accountability::{InstrumentKind, Milestone, Stage};
use pleno_domain::lang::long_date;
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum MilestoneCommand {
    /// Registra la etapa que alcanzó un instrumento de un Estado
    Add {
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        /// protocolo, estrategia, ruta o convenio
        #[arg(long, value_name = "INSTRUMENTO", value_parser = choice::<InstrumentKind>())]
        instrument: InstrumentKind,
        /// elaborado, aprobado o implementado
        #[arg(long, value_name = "ETAPA", value_parser = choice::<Stage>())]
        stage: Stage,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
        #[arg(long, value_name = "TEXTO")]
        title: String,
        /// Qué lo prueba (un oficio, una publicación)
        #[arg(long, value_name = "TEXTO", default_value = "")]
        evidence: String,
    },
    /// Lista los hitos por Estado
    List,
}

fn line(m: &Milestone, lang: Language) -> String {
    format!(
        "{:>3}  {}  {} · {} «{}» · {}{}",
        m.id,
        long_date(lang, m.reached_on),
        m.country,
        m.instrument.label(lang),
        m.title,
        m.stage.label(lang),
        if m.evidence.is_empty() { String::new() } else { format!(" ({})", m.evidence) }
    )
}

pub fn run(api: &mut Api, command: MilestoneCommand, ctx: &Ctx) -> Result<()> {
    match command {
        MilestoneCommand::Add { country, instrument, stage, date, title, evidence } => {
            let m =
                api.add_milestone(&MilestoneDraft { country, instrument, title, stage, reached_on: date, evidence })?;
            ctx.say(&m, line(&m, Language::Es), line(&m, Language::En))
        }
        MilestoneCommand::List => {
            let all = api.milestones()?;
            ctx.show(&all, || all.iter().for_each(|m| println!("{}", line(m, ctx.lang))))
        }
    }
}
