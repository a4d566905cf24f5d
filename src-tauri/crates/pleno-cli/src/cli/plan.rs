//! `pleno plan …`: the Strategic Plan 2018–2027 and the operating plans, whole.

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Exporta el plan completo (Plan Estratégico y POA)
    Export {
        /// Formato de salida: json (el único por ahora)
        #[arg(long, value_enum, value_name = "FORMATO", default_value_t = PlanFormat::Json, hide_default_value = true)]
        format: PlanFormat,
        /// Archivo de salida (por defecto, la salida estándar)
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

/// The plan's export formats (the command line's own, not the domain's).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PlanFormat {
    Json,
}

pub fn run(api: &mut Api, command: PlanCommand, ctx: &Ctx) -> Result<()> {
    match command {
        PlanCommand::Export { format: PlanFormat::Json, output } => {
            output::json_to(&api.plan()?, output.as_deref(), ctx.lang)
        }
    }
}
