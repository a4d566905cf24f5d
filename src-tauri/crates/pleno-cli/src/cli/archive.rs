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

pub fn demo(api: &mut Api, report: InitReport, ctx: &Ctx) -> Result<()> {
    let demo = Demo { init: report, demo: api.load_demo()? };
    ctx.show(&demo, || {
        output::init_report(&demo.init, ctx.lang);
        output::demo_report(&demo.demo, ctx.lang);
    })
}
