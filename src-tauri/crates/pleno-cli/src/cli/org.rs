//! `pleno org …`: observer organisations (no vote) and their representatives.

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::directory::OrganisationDraft;
use pleno_api::Api;
use pleno_domain::directory_model::OrganisationKind;

use crate::cli::{Ctx, Result};
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Registra una organización observadora
    Add {
        #[arg(long, value_name = "TEXTO")]
        name: String,
        /// international o civil-society
        #[arg(long, value_name = "TIPO", value_parser = choice::<OrganisationKind>())]
        kind: OrganisationKind,
        #[arg(long, value_name = "SIGLAS")]
        acronym: Option<String>,
        /// Fecha de admisión por el pleno (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        since: Option<NaiveDate>,
    },
    /// Lista las organizaciones observadoras
    List,
    /// Registra a una persona como representante de una organización
    Represent {
        #[arg(long, value_name = "ORGANIZACIÓN")]
        org: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
}

pub fn run(api: &mut Api, command: OrgCommand, ctx: &Ctx) -> Result<()> {
    match command {
        OrgCommand::Add { name, kind, acronym, since } => {
            let draft = OrganisationDraft { name, acronym: acronym.unwrap_or_default(), kind, starts_on: since };
            let o = api.add_organisation(&draft)?;
            ctx.say(
                &o,
                format!("Organización {} registrada: {}", o.id, o.name),
                format!("Organisation {} registered: {}", o.id, o.name),
            )
        }
        OrgCommand::List => {
            let organisations = api.organisations()?;
            ctx.show(&organisations, || {
                for o in &organisations {
                    println!("{:>3}  {} ({})", o.id, o.name, o.kind.label(ctx.lang));
                }
            })
        }
        OrgCommand::Represent { org, person, from, to } => {
            let r = api.add_representative(person, org, from, to)?;
            let (who, whom) = (&r.person_name, &r.organisation_name);
            ctx.say(&r, format!("{who} representa a {whom}"), format!("{who} represents {whom}"))
        }
    }
}
