//! `pleno decision …`: the decisions of a meeting, by consensus or by vote, and
//! their results.

use chrono::NaiveTime;
use clap::Subcommand;
use pleno_api::decisions::DecisionDraft;
use pleno_api::Api;
use pleno_domain::decision::{Base, DecisionMethod, Threshold};

use crate::cli::meeting::moment;
use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::{choice, time};

#[derive(Debug, Subcommand)]
pub enum DecisionCommand {
    /// Toma una decisión sobre un punto de la agenda (verifica y registra el quórum)
    Add {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        /// Punto de la agenda
        #[arg(long, value_name = "PUNTO")]
        item: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
        /// consensus o vote
        #[arg(long, value_name = "MÉTODO", value_parser = choice::<DecisionMethod>())]
        method: DecisionMethod,
        /// half, two-thirds, three-quarters o unanimity (votaciones)
        #[arg(long, value_name = "MAYORÍA", value_parser = choice::<Threshold>())]
        threshold: Option<Threshold>,
        /// cast (votos emitidos), present (Estados presentes) o members (Estados miembros)
        #[arg(long, value_name = "BASE", value_parser = choice::<Base>())]
        base: Option<Base>,
        /// Hora (HH:MM); por defecto, ahora
        #[arg(long, value_name = "HH:MM", value_parser = time())]
        at: Option<NaiveTime>,
    },
    /// El resultado de una decisión
    Result {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
    },
    /// Una decisión con sus votos, recuento, reservas y objeciones
    Show {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
    },
    /// Las decisiones de una reunión
    List {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
}

pub fn run(api: &mut Api, command: DecisionCommand, ctx: &Ctx) -> Result<()> {
    match command {
        DecisionCommand::Add { meeting, item, text, method, threshold, base, at } => {
            let at = moment(api, meeting, at, ctx.now)?;
            let draft = DecisionDraft { agenda_item_id: item, text, method, threshold, base };
            let d = api.add_decision(meeting, &draft, at)?;
            let (id, present) = (d.id, d.present_states.len());
            ctx.say(
                &d,
                format!("Decisión {id} registrada ({}; {present} Estados presentes)", d.method.spanish()),
                format!("Decision {id} recorded ({}; {present} member states present)", d.method.english()),
            )
        }
        DecisionCommand::Result { decision } => {
            let result = api.decision_result(decision)?;
            ctx.show(&result, || println!("{}", output::result_line(&result, ctx.lang)))
        }
        DecisionCommand::Show { decision } => {
            let d = api.decision(decision)?;
            ctx.show(&d, || output::decision(&d, ctx.lang))
        }
        DecisionCommand::List { meeting } => {
            let list = api.decisions_of_meeting(meeting)?;
            ctx.show(&list, || list.iter().for_each(|d| output::decision(d, ctx.lang)))
        }
    }
}
