//! `pleno country …`: the member states with their national mechanisms, and a
//! state's profile (meetings attended, agreements it answers for, its reports).

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::country_profile::CountryProfile;
use pleno_api::Api;
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum CountryCommand {
    /// Lista los Estados miembros con su mecanismo nacional y sus puestos de hoy
    List,
    /// El perfil de un Estado: reuniones, acuerdos de los que responde, informes de seguimiento
    Profile {
        #[arg(value_name = "CÓDIGO")]
        code: String,
        /// Desde (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: Option<NaiveDate>,
        /// Hasta (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
}

pub fn run(api: &mut Api, command: CountryCommand, ctx: &Ctx) -> Result<()> {
    match command {
        CountryCommand::List => {
            let countries = api.countries_on(ctx.today())?;
            ctx.show(&countries, || output::country_table(&countries))
        }
        CountryCommand::Profile { code, from, to } => {
            let profile = api.country_profile(&code, from, to, ctx.today())?;
            ctx.show(&profile, || print_profile(&profile, ctx.lang))
        }
    }
}

fn print_profile(p: &CountryProfile, lang: Language) {
    let m = &p.meetings;
    println!("{} ({})", p.name, p.country);
    println!(
        "{}: {} / {} ({} {}/{}, {} {}/{})",
        lang.pick("Reuniones asistidas", "Meetings attended"),
        m.attended,
        m.held,
        lang.pick("ordinarias", "ordinary"),
        m.ordinarias.attended,
        m.ordinarias.held,
        lang.pick("extraordinarias", "extraordinary"),
        m.extraordinarias.attended,
        m.extraordinarias.held
    );
    let a = &p.agreements;
    println!(
        "{}: {} ({} {}, {} {}, {} {}, {} {})",
        lang.pick("Acuerdos", "Agreements"),
        a.total,
        a.fulfilled,
        lang.pick("cumplidos", "fulfilled"),
        a.in_progress,
        lang.pick("en curso", "in progress"),
        a.pending,
        lang.pick("pendientes", "pending"),
        a.overdue,
        lang.pick("vencidos", "overdue")
    );
    for r in &p.reports {
        let old = if r.superseded { lang.pick(" (reemplazado)", " (superseded)") } else { "" };
        println!(
            "  {} {} {} v{}{old} · {}: {}/{}",
            r.year,
            lang.pick("semestre", "semester"),
            r.semester.roman(),
            r.version,
            r.reported_on,
            r.entries,
            r.activities
        );
    }
}
