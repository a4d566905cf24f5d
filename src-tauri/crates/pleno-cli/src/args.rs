//! The command line's shape. Names of subcommands, flags and JSON fields are a
//! public contract for the Secretariat's scripts: add, never rename.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "pleno",
    version,
    about = "Pleno: la Secretaría Técnica de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes, en la línea de comandos."
)]
pub struct Cli {
    /// Archivo de la base de datos (por defecto, PLENO_DB o la carpeta de datos del usuario)
    #[arg(long, global = true, value_name = "RUTA")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crea o actualiza la base de datos y carga los datos de referencia si está vacía
    Init,
    /// Crea una base de datos con datos de demostración
    Demo,
    /// El Plan Estratégico y los planes operativos
    Plan {
        #[command(subcommand)]
        command: PlanCommand,
    },
    /// Los Estados miembros
    Country {
        #[command(subcommand)]
        command: CountryCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Exporta el plan completo (Plan Estratégico y POA)
    Export {
        /// Formato de salida: json (el único por ahora)
        #[arg(long, value_enum, value_name = "FORMATO", default_value_t = ExportFormat::Json, hide_default_value = true, hide_possible_values = true)]
        format: ExportFormat,
        /// Archivo de salida (por defecto, la salida estándar)
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
}

#[derive(Debug, Subcommand)]
pub enum CountryCommand {
    /// Lista los Estados miembros con su mecanismo nacional
    List {
        /// Salida en JSON
        #[arg(long)]
        json: bool,
    },
}
