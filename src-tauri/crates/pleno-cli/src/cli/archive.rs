//! `pleno init` and `pleno demo`: the archive itself — created or upgraded, the
//! reference data loaded once, and a demonstration archive with fictional
//! delegations.

use pleno_api::{Api, InitReport};

use crate::cli::{Ctx, Result};
use crate::output;

pub fn init(_api: &mut Api, report: InitReport, ctx: &Ctx) -> Result<()> {
    ctx.show(&report, || output::init_report(&report, ctx.lang))
}

/// What `demo` answers under `--json`: what the archive was, and what was added.
#[derive(serde::Serialize)]
struct Demo {
    init: InitReport,
    demo: pleno_api::DemoReport,
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Añade N veces el registro de la demostración (3 reuniones y 30 acuerdos por unidad), para medir Pleno a escala
    #[arg(long, value_name = "N")]
    pub scale: Option<u32>,
}

/// What `demo --scale N` answers under `--json`.
#[derive(serde::Serialize)]
struct ScaledDemo {
    init: InitReport,
    demo: pleno_api::DemoReport,
    scaled: pleno_api::demo_scale::ScaleReport,
}

pub fn demo(api: &mut Api, report: InitReport, args: DemoArgs, ctx: &Ctx) -> Result<()> {
    if let Some(scale) = args.scale {
        let scaled = api.load_demo_scaled(scale)?;
        let shown = ScaledDemo { init: report, demo: scaled.demo.clone(), scaled };
        return ctx.show(&shown, || {
            output::init_report(&shown.init, ctx.lang);
            output::demo_report(&shown.demo, ctx.lang);
            output::scale_report(&shown.scaled, ctx.lang);
        });
    }
    let demo = Demo { init: report, demo: api.load_demo()? };
    ctx.show(&demo, || {
        output::init_report(&demo.init, ctx.lang);
        output::demo_report(&demo.demo, ctx.lang);
    })
}
