//! `pleno office …`: the Coalition's offices (coordinación, Presidencia,
//! Secretaría Técnica, vocalía) held by a state for a term.

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::{Api, Language};
use pleno_domain::directory_model::Office;

use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum OfficeCommand {
    /// Asigna un cargo a un Estado por un periodo
    Assign {
        /// coordinador, presidencia, secretaria-tecnica o vocal
        #[arg(long, value_name = "CARGO", value_parser = choice::<Office>())]
        office: Office,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
    /// Lista quién ejerció cada cargo
    List,
}

pub fn run(api: &mut Api, command: OfficeCommand, ctx: &Ctx) -> Result<()> {
    match command {
        OfficeCommand::Assign { office, country, from, to } => {
            let term = api.assign_office(office, &country, from, to)?;
            let line = |lang| format!("{}: {}", term.office.label(lang), term.country_name);
            ctx.say(&term, line(Language::Es), line(Language::En))
        }
        OfficeCommand::List => {
            let terms = Office::ALL.iter().map(|o| api.office_terms(*o)).collect::<Result<Vec<_>>>()?.concat();
            ctx.show(&terms, || output::office_terms(&terms, ctx.lang))
        }
    }
}
