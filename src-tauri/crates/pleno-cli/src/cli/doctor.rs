//! `pleno doctor`: the same report as the app's About — version, build, the
//! archive's path, size, schema and last backup — with SQLite's integrity check
//! the minutes' hash chain and the counts the schema keeps (`--quick`: About's
//! quicker checks); it exits non-zero when any finds a problem.

use std::process::ExitCode;

use clap::Args;
use pleno_api::diagnostics::CheckDepth;
use pleno_api::Api;

use crate::cli::{Ctx, Result};

/// What `pleno doctor` is asked.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Solo las comprobaciones rápidas (las de Acerca de): sin la comprobación completa de SQLite ni los recuentos guardados
    #[arg(long)]
    pub quick: bool,
}

pub fn run(api: &mut Api, args: DoctorArgs, ctx: &Ctx) -> Result<ExitCode> {
    let depth = if args.quick { CheckDepth::Quick } else { CheckDepth::Full };
    let report = api.diagnostics(depth)?;
    ctx.show(&report, || {
        for line in report.lines(ctx.lang) {
            println!("{line}");
        }
    })?;
    Ok(if report.ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
