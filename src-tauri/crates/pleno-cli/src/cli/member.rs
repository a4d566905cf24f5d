//! `pleno member …`: the member states of the Coalition over time ("plataforma
//! dinámica": a state joins, or leaves, on a date).

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::directory::MemberDraft;
use pleno_api::Api;
use pleno_domain::lang::long_date;

use crate::cli::{Ctx, Result};
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Incorpora un Estado miembro
    Add {
        /// Código ISO 3166 de dos letras
        #[arg(long, value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "NOMBRE")]
        name: String,
        /// Nombre en inglés
        #[arg(long, value_name = "NOMBRE")]
        name_en: Option<String>,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        since: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        until: Option<NaiveDate>,
    },
    /// Registra que un Estado deja la Coalición en una fecha
    End {
        #[arg(long, value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        on: NaiveDate,
    },
}

/// What `member end` answers under `--json`: the state and the day it left.
#[derive(serde::Serialize)]
struct Ended<'a> {
    code: &'a str,
    ends_on: NaiveDate,
}

pub fn run(api: &mut Api, command: MemberCommand, ctx: &Ctx) -> Result<()> {
    match command {
        MemberCommand::Add { code, name, name_en, since, until } => {
            let draft =
                MemberDraft { code, name, name_en: name_en.unwrap_or_default(), starts_on: since, ends_on: until };
            let listing = api.add_member(&draft)?;
            let (name, code) = (&listing.name, &listing.code);
            ctx.say(
                &listing,
                format!("{name} ({code}) es miembro de la Coalición"),
                format!("{name} ({code}) is a member of the Coalition"),
            )
        }
        MemberCommand::End { code, on } => {
            api.end_membership(&code, on)?;
            let day = long_date(ctx.lang, on);
            ctx.say(
                &Ended { code: &code, ends_on: on },
                format!("Membresía de {code} terminada el {day}"),
                format!("Membership of {code} ended on {day}"),
            )
        }
    }
}
