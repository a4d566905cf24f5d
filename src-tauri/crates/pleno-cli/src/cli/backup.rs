//! `pleno backup -o FILE` and `pleno restore FILE`: a checked copy of the archive
//! while it is in use, and a copy put back in place of `--db` (the replaced
//! archive kept beside it, dated). Both say what they checked.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use pleno_api::backup::CopyCheck;
use pleno_api::Api;

use crate::cli::{Ctx, Result};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Archivo de la copia (se reemplaza si existe)
    #[arg(short = 'o', long = "output", value_name = "ARCHIVO")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// La copia que se restaura en lugar de --db
    #[arg(value_name = "ARCHIVO")]
    pub file: PathBuf,
}

/// A copy whose checks fail (the archive itself is damaged) exits with 1.
pub fn backup(api: &mut Api, args: BackupArgs, ctx: &Ctx) -> Result<ExitCode> {
    let check = api.backup(&args.output)?;
    ctx.show(&check, || {
        print_checked(&check, ctx);
        println!(
            "{}",
            ctx.pick(
                format!("Copia escrita en {} ({} bytes).", check.path, check.size),
                format!("Copy written to {} ({} bytes).", check.path, check.size),
            )
        );
    })?;
    Ok(if check.sound { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub fn restore(db: &std::path::Path, args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    let report = pleno_api::restore::restore(&args.file, db, ctx.now)?;
    ctx.show(&report, || {
        print_checked(&report.check, ctx);
        if let Some(kept) = &report.kept {
            println!(
                "{}",
                ctx.pick(format!("Base anterior guardada en {kept}."), format!("Previous database kept at {kept}."))
            );
        }
        println!(
            "{}",
            ctx.pick(
                format!("{} restaurada desde {}.", report.path, args.file.display()),
                format!("{} restored from {}.", report.path, args.file.display()),
            )
        );
    })
}

/// One line per thing checked, in the run's language.
pub fn print_checked(check: &CopyCheck, ctx: &Ctx) {
    for line in &check.checked {
        println!("✓ {}", line.get(ctx.lang));
    }
}
