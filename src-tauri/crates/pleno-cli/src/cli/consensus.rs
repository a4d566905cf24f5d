//! `pleno consensus …`: a state's reservation (it joins the consensus) or
//! objection (it blocks it) to a decision by consensus.

use clap::Subcommand;
use pleno_api::{Api, Language};
use pleno_domain::decision::PositionKind;

use crate::cli::{Ctx, Result};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ConsensusCommand {
    /// Registra la reserva de un Estado (se suma al consenso)
    Reserve {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Registra la objeción de un Estado (impide el consenso)
    Object {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
}

pub fn run(api: &mut Api, command: ConsensusCommand, ctx: &Ctx) -> Result<()> {
    let (decision, country, text, kind) = match command {
        ConsensusCommand::Reserve { decision, country, text } => (decision, country, text, PositionKind::Reservation),
        ConsensusCommand::Object { decision, country, text } => (decision, country, text, PositionKind::Objection),
    };
    let result = api.consensus_position(decision, &country, kind, &text)?;
    let (what, who) = (|lang| pleno_domain::text::capitalise(kind.label(lang)), country.to_uppercase());
    let line = |lang| output::result_line(&result, lang);
    ctx.say(
        &result,
        format!("{} de {who} registrada — {}", what(Language::Es), line(Language::Es)),
        format!("{} of {who} recorded — {}", what(Language::En), line(Language::En)),
    )
}
