//! `pleno seat …`: a state's titular and suplente for each of the two crimes,
//! appointed for a term.

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::directory::SeatAssignment;
use pleno_api::Api;
use pleno_domain::country::Crime;
use pleno_domain::directory::SeatRole;

use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum SeatCommand {
    /// Nombra a una persona titular o suplente de un Estado para un mandato
    Assign {
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        /// Código del Estado (CR, GT …)
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        /// tdp (trata de personas) o tim (tráfico ilícito de migrantes)
        #[arg(long, value_name = "MANDATO", value_parser = choice::<Crime>())]
        mandate: Crime,
        /// titular o suplente
        #[arg(long, value_name = "ROL", value_parser = choice::<SeatRole>())]
        role: SeatRole,
        /// Primer día del nombramiento (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        /// Día en que deja el puesto (AAAA-MM-DD), si ya se conoce
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
    /// Termina el nombramiento abierto de una persona: desde esa fecha ya no ocupa el puesto
    End {
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "MANDATO", value_parser = choice::<Crime>())]
        mandate: Crime,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        on: NaiveDate,
    },
}

pub fn run(api: &mut Api, command: SeatCommand, ctx: &Ctx) -> Result<()> {
    let seat = match command {
        SeatCommand::Assign { person, country, mandate, role, from, to } => api.assign_seat(&SeatAssignment {
            person_id: person,
            country,
            mandate,
            role,
            starts_on: from,
            ends_on: to,
        })?,
        SeatCommand::End { person, country, mandate, on } => api.end_seat(person, &country, mandate, on)?,
    };
    ctx.show(&seat, || output::seat(&seat, ctx.lang))
}
