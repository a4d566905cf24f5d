//! `pleno country …`: the member states with their national mechanisms.

use clap::Subcommand;
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum CountryCommand {
    /// Lista los Estados miembros con su mecanismo nacional y sus puestos de hoy
    List,
}

pub fn run(api: &mut Api, command: CountryCommand, ctx: &Ctx) -> Result<()> {
    match command {
        CountryCommand::List => {
            let countries = api.countries_on(ctx.today())?;
            ctx.show(&countries, || output::country_table(&countries))
        }
    }
}
