//! `pleno doctor`: the same report as the app's About — version, build, the
//! archive's path, size, schema and last backup — with SQLite's integrity check
//! and the minutes' hash chain; it exits non-zero when either finds a problem.

use std::process::ExitCode;

use pleno_api::Api;

use crate::cli::{Ctx, Result};

pub fn run(api: &mut Api, ctx: &Ctx) -> Result<ExitCode> {
    let report = api.diagnostics()?;
    ctx.show(&report, || {
        for line in report.lines(ctx.lang) {
            println!("{line}");
        }
    })?;
    Ok(if report.ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
