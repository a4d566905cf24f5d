//! `pleno practice …`: good practices, the state each came from and the states
//! that replicated it (3.1.1).

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::accountability::GoodPracticeDraft;
use pleno_api::Api;
use pleno_domain::accountability::GoodPractice;
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum PracticeCommand {
    /// Registra una buena práctica y su Estado de origen
    Add {
        #[arg(long, value_name = "TEXTO")]
        title: String,
        #[arg(long, value_name = "CÓDIGO")]
        origin: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
        #[arg(long, value_name = "TEXTO", default_value = "")]
        description: String,
    },
    /// Registra que otro Estado replicó la buena práctica
    Replicate {
        #[arg(value_name = "PRÁCTICA")]
        id: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
    },
    /// Lista las buenas prácticas y quién las replicó
    List,
}

fn line(p: &GoodPractice, lang: Language) -> String {
    let by: Vec<&str> = p.replications.iter().map(|r| r.country.as_str()).collect();
    let replicated =
        if by.is_empty() { lang.pick("sin réplicas", "not replicated").to_string() } else { by.join(", ") };
    format!("{:>3}  {} ({}) — {replicated}", p.id, p.title, p.origin)
}

pub fn run(api: &mut Api, command: PracticeCommand, ctx: &Ctx) -> Result<()> {
    match command {
        PracticeCommand::Add { title, origin, date, description } => {
            let p = api.add_good_practice(&GoodPracticeDraft { title, origin, recorded_on: date, description })?;
            ctx.say(&p, line(&p, Language::Es), line(&p, Language::En))
        }
        PracticeCommand::Replicate { id, country, date } => {
            let p = api.replicate_practice(id, &country, date)?;
            ctx.say(&p, line(&p, Language::Es), line(&p, Language::En))
        }
        PracticeCommand::List => {
            let all = api.good_practices()?;
            ctx.show(&all, || all.iter().for_each(|p| println!("{}", line(p, ctx.lang))))
        }
    }
}
