//! `pleno search TEXT`: agreements, follow-ups and decisions that contain a text,
//! ignoring accents and case.

use clap::Args;
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::output;

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[arg(value_name = "TEXTO")]
    pub text: String,
    /// Cuántos resultados como máximo
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,
}

pub fn run(api: &mut Api, args: SearchArgs, ctx: &Ctx) -> Result<()> {
    let hits = api.search(&args.text, args.limit)?;
    ctx.show(&hits, || output::search_hits(&hits, ctx.lang))
}
