//! `pleno archive export|verify|import`: the handover bundle of the Secretariat —
//! one `.pleno` file with the database, its documents, the approved actas and the
//! register of agreements, each member listed with its SHA-256 in the manifest.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use pleno_api::bundle::Exporter;
use pleno_api::Api;

use crate::cli::{Ctx, Result};

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Escribe el archivo de traspaso (.pleno): base de datos, documentos, actas, registro de acuerdos
    Export {
        /// El archivo .pleno que se escribe, p. ej. coalicion-2026-12-10.pleno
        #[arg(short = 'o', long = "output", value_name = "ARCHIVO")]
        output: PathBuf,
        /// Quién lo exporta (por defecto, el usuario del sistema)
        #[arg(long, value_name = "NOMBRE")]
        by: Option<String>,
    },
    /// Comprueba cada miembro, la base de datos y la cadena de actas; nombra la primera diferencia
    Verify {
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
    },
    /// Comprueba el archivo de traspaso y lo instala como base de datos en --db
    Import {
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
    },
}

impl ArchiveCommand {
    /// Whether the command runs over the open archive (only `export` does).
    pub fn reads_archive(&self) -> bool {
        matches!(self, ArchiveCommand::Export { .. })
    }
}

pub fn export(api: &mut Api, command: ArchiveCommand, ctx: &Ctx) -> Result<()> {
    let ArchiveCommand::Export { output, by } = command else { unreachable!("dispatched by reads_archive") };
    let by = by.or_else(|| std::env::var("USER").ok()).or_else(|| std::env::var("USERNAME").ok()).unwrap_or_default();
    let report = api.export_bundle(&output, &Exporter { by, at: ctx.now })?;
    let n = report.manifest.members.len();
    ctx.say(
        &report,
        format!("Archivo de traspaso escrito en {} ({n} miembros, {} bytes).", report.path, report.size),
        format!("Handover bundle written to {} ({n} members, {} bytes).", report.path, report.size),
    )
}

/// `verify` and `import`, which work on files rather than on an open archive.
pub fn run_on_files(db: &Path, command: ArchiveCommand, ctx: &Ctx) -> Result<()> {
    match command {
        ArchiveCommand::Verify { file } => {
            let check = pleno_api::bundle_verify::verify_bundle(&file)?;
            ctx.show(&check, || {
                for line in &check.checked {
                    println!("✓ {}", line.get(ctx.lang));
                }
                println!("{}", ctx.pick(format!("{} está íntegro.", check.path), format!("{} is intact.", check.path)));
            })
        }
        ArchiveCommand::Import { file } => {
            let report = pleno_api::bundle_verify::import_bundle(&file, db, ctx.now)?;
            ctx.show(&report, || {
                for line in &report.bundle.checked {
                    println!("✓ {}", line.get(ctx.lang));
                }
                if let Some(kept) = &report.kept {
                    println!(
                        "{}",
                        ctx.pick(
                            format!("Base anterior guardada en {kept}."),
                            format!("Previous database kept at {kept}.")
                        )
                    );
                }
                println!(
                    "{}",
                    ctx.pick(
                        format!("{} instalado como base de datos {}.", file.display(), report.path),
                        format!("{} installed as the database {}.", file.display(), report.path),
                    )
                );
            })
        }
        ArchiveCommand::Export { .. } => unreachable!("export runs over the open archive"),
    }
}
