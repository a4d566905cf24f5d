//! `pleno indicators`: the plan's indicators Pleno computes from its own record
//! (4.3.1 agreements fulfilled, 4.3.2 participation of member states).

use chrono::NaiveDate;
use clap::Args;
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::values::date;

#[derive(Debug, Args)]
pub struct IndicatorsArgs {
    /// Desde (AAAA-MM-DD)
    #[arg(long, value_name = "FECHA", value_parser = date())]
    pub from: Option<NaiveDate>,
    /// Hasta (AAAA-MM-DD)
    #[arg(long, value_name = "FECHA", value_parser = date())]
    pub to: Option<NaiveDate>,
}

pub fn run(api: &mut Api, args: IndicatorsArgs, ctx: &Ctx) -> Result<()> {
    let values = api.computed_indicators(args.from, args.to)?;
    ctx.show(&values, || {
        for v in &values {
            println!("{}  {}\n      {}  ({})", v.code, v.title, v.value, v.explanation);
        }
    })
}
