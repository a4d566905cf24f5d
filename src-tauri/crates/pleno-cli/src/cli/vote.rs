//! `pleno vote …`: one vote per member state present, and the Technical
//! Secretariat's recount.

use clap::Subcommand;
use pleno_api::{Api, Language};
use pleno_domain::decision::{Tally, VoteChoice};

use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::choice;

#[derive(Debug, Subcommand)]
pub enum VoteCommand {
    /// Registra el voto de un Estado presente (otra vez, lo corrige)
    Cast {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        /// yes, no o abstain
        #[arg(value_name = "VOTO", value_parser = choice::<VoteChoice>())]
        choice: VoteChoice,
    },
    /// Registra el recuento de la Secretaría Técnica
    Recount {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "N")]
        yes: u32,
        #[arg(long, value_name = "N")]
        no: u32,
        #[arg(long, value_name = "N")]
        abstain: u32,
    },
}

pub fn run(api: &mut Api, command: VoteCommand, ctx: &Ctx) -> Result<()> {
    match command {
        VoteCommand::Cast { decision, country, choice } => {
            let result = api.cast_vote(decision, &country, choice)?;
            let line = |lang| {
                format!("{}: {} — {}", country.to_uppercase(), choice.label(lang), output::result_line(&result, lang))
            };
            ctx.say(&result, line(Language::Es), line(Language::En))
        }
        VoteCommand::Recount { decision, yes, no, abstain } => {
            let result = api.recount(decision, Tally { yes, no, abstain }, ctx.now)?;
            ctx.show(&result, || {
                let line = output::result_line(&result, ctx.lang);
                println!("{}", ctx.pick(format!("Recuento registrado — {line}"), format!("Recount recorded — {line}")));
                if result.discrepancy {
                    let (y, n, a) = (result.count.yes, result.count.no, result.count.abstain);
                    println!("{}", ctx.pick(
                        format!("Discrepancia: el conteo dio {y} a favor, {n} en contra y {a} abstenciones; prevalece el recuento."),
                        format!("Discrepancy: the count gave {y} yes, {n} no and {a} abstentions; the recount prevails."),
                    ));
                }
            })
        }
    }
}
