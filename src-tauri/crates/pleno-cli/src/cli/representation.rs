//! `pleno representation …`: the events where the Presidency represented the
//! Coalition (itself, a delegated state or a person it named), and the meeting
//! where it reported back; those not yet reported are flagged.

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::accountability::RepresentationDraft;
use pleno_api::Api;
use pleno_domain::accountability::{Representation, Representative};
use pleno_domain::lang::long_date;
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum RepresentationCommand {
    /// Registra una representación de la Presidencia en un evento
    Add {
        #[arg(long, value_name = "TEXTO")]
        event: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
        #[arg(long, value_name = "TEXTO")]
        place: String,
        /// El Estado que representó (la Presidencia o el Estado delegado)
        #[arg(long, value_name = "CÓDIGO", conflicts_with = "person", required_unless_present = "person")]
        country: Option<String>,
        /// La persona que la Presidencia delegó
        #[arg(long, value_name = "PERSONA")]
        person: Option<i64>,
    },
    /// Lista las representaciones, la más reciente primero
    List {
        /// Solo las que la Presidencia aún no ha informado
        #[arg(long)]
        pending: bool,
    },
    /// Registra la reunión (y el punto de agenda) donde la Presidencia informó
    ReportBack {
        #[arg(value_name = "REPRESENTACIÓN")]
        id: i64,
        #[arg(long, value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PUNTO")]
        item: Option<i64>,
    },
}

/// One line of the register: date, event, place, who, and where it was reported.
pub fn line(r: &Representation, lang: Language) -> String {
    let reported = match &r.reported_at {
        Some(back) => lang.pick(
            format!("informada en la {}", back.meeting_title.es),
            format!("reported at the {}", back.meeting_title.en),
        ),
        None => lang.pick("PENDIENTE DE INFORMAR".to_string(), "NOT YET REPORTED".to_string()),
    };
    format!(
        "{:>3}  {}  {} ({}) — {} — {reported}",
        r.id,
        long_date(lang, r.held_on),
        r.event,
        r.place,
        r.representative_name
    )
}

pub fn run(api: &mut Api, command: RepresentationCommand, ctx: &Ctx) -> Result<()> {
    match command {
        RepresentationCommand::Add { event, date, place, country, person } => {
            let representative = match (country, person) {
                (Some(country), _) => Representative::State { country },
                (None, Some(person_id)) => Representative::Person { person_id },
                (None, None) => unreachable!("clap requires --country or --person"),
            };
            let r =
                api.add_representation(&RepresentationDraft { event, held_on: date, place, representative }, ctx.now)?;
            ctx.say(
                &r,
                format!("Representación {} registrada: {}", r.id, r.event),
                format!("Representation {} recorded: {}", r.id, r.event),
            )
        }
        RepresentationCommand::List { pending } => {
            let all = api.representations(pending)?;
            ctx.show(&all, || all.iter().for_each(|r| println!("{}", line(r, ctx.lang))))
        }
        RepresentationCommand::ReportBack { id, meeting, item } => {
            let r = api.report_back(id, meeting, item)?;
            ctx.say(&r, line(&r, Language::Es), line(&r, Language::En))
        }
    }
}
