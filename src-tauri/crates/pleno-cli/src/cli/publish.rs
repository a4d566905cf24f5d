//! `pleno publish -o DIR`: the published archive — a static site of the approved
//! actas, the register of agreements and the plan, with offline search — written
//! by `pleno-site` in the run's `--lang`.

use std::path::PathBuf;

use clap::Args;
use pleno_api::Api;
use pleno_domain::lang::plural;
use pleno_site::PublishReport;

use crate::cli::{Ctx, Result};

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// Carpeta donde escribir el sitio (se crea si no existe)
    #[arg(short, long, value_name = "CARPETA")]
    pub output: PathBuf,
}

pub fn run(api: &mut Api, args: PublishArgs, ctx: &Ctx) -> Result<()> {
    let report = pleno_site::publish(api, &args.output, ctx.lang, ctx.today())?;
    ctx.say(&report, spanish(&report), english(&report))
}

fn n(count: u32) -> u64 {
    u64::from(count)
}

fn spanish(r: &PublishReport) -> String {
    format!(
        "Archivo publicado en {}: {} ({} en el índice de búsqueda), {} y {}. No se publicaron {}, ni {} y {} \
         que dependen de ellas.",
        r.dir,
        plural(n(r.pages), "página", "páginas"),
        r.indexed,
        plural(n(r.minutes), "acta aprobada", "actas aprobadas"),
        plural(n(r.agreements), "acuerdo", "acuerdos"),
        plural(n(r.withheld_minutes), "acta sin aprobar", "actas sin aprobar"),
        plural(n(r.withheld_agreements), "acuerdo", "acuerdos"),
        plural(n(r.withheld_follow_ups), "seguimiento", "seguimientos"),
    )
}

fn english(r: &PublishReport) -> String {
    format!(
        "Archive published in {}: {} ({} in the search index), {} and {}. Not published: {}, and {} and {} that \
         depend on them.",
        r.dir,
        plural(n(r.pages), "page", "pages"),
        r.indexed,
        plural(n(r.minutes), "approved minutes", "approved minutes"),
        plural(n(r.agreements), "agreement", "agreements"),
        plural(n(r.withheld_minutes), "unapproved minutes", "unapproved minutes"),
        plural(n(r.withheld_agreements), "agreement", "agreements"),
        plural(n(r.withheld_follow_ups), "follow-up", "follow-ups"),
    )
}
