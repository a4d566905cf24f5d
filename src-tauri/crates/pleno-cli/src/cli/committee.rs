//! `pleno committee …`: working committees and the Petit Comité, their mandate
//! and their members (states or persons) over time.

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum CommitteeCommand {
    /// Crea un comité de trabajo
    Add {
        #[arg(long, value_name = "TEXTO")]
        name: String,
        #[arg(long, value_name = "TEXTO", default_value = "")]
        mandate: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
    /// Añade un Estado o una persona a un comité
    Member {
        #[arg(value_name = "COMITÉ")]
        committee: i64,
        #[arg(long, value_name = "CÓDIGO", conflicts_with = "person", required_unless_present = "person")]
        country: Option<String>,
        #[arg(long, value_name = "PERSONA")]
        person: Option<i64>,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
    /// Lista los comités
    List,
}

pub fn run(api: &mut Api, command: CommitteeCommand, ctx: &Ctx) -> Result<()> {
    match command {
        CommitteeCommand::Add { name, mandate, from, to } => {
            let c = api.add_committee(&name, &mandate, from, to)?;
            ctx.say(
                &c,
                format!("Comité {} creado: {}", c.id, c.name),
                format!("Committee {} created: {}", c.id, c.name),
            )
        }
        CommitteeCommand::Member { committee, country, person, from, to } => {
            let c = api.add_committee_member(committee, country.as_deref(), person, from, to)?;
            let (name, n) = (&c.name, c.members.len());
            let member = c.members.iter().max_by_key(|m| m.id);
            ctx.say_made(&c, "member", &member, format!("{name}: {n} miembros"), format!("{name}: {n} members"))
        }
        CommitteeCommand::List => {
            let committees = api.committees(None)?;
            ctx.show(&committees, || output::committees(&committees, ctx.lang))
        }
    }
}
