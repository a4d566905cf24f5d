//! `pleno publish -o DIR`: the published archive — a static site of the approved
//! actas, the register of agreements and the plan, with offline search — written
//! by `pleno-site` in the run's `--lang`.

use std::path::PathBuf;

use clap::Args;
use pleno_api::Api;
use pleno_domain::Text;

use crate::cli::{Ctx, Result};

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// Carpeta donde escribir el sitio (se crea si no existe)
    #[arg(short, long, value_name = "CARPETA")]
    pub output: PathBuf,
}

pub fn run(api: &mut Api, args: PublishArgs, ctx: &Ctx) -> Result<()> {
    let report = pleno_site::publish(api, &args.output, ctx.lang, ctx.today())?;
    let Text { es, en } = report.summary();
    ctx.say(&report, es, en)
}
