//! `pleno directory …`: the directory on a date, its CSV and vCard exports and
//! the CSV import (all or nothing, every bad line named).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use pleno_api::directory_csv::ImportMode;
use pleno_api::directory_vcard::{DirectoryFormat as Export, VcardScope};
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::error::CliError;
use crate::output;
use crate::values::date;

#[derive(Debug, Args)]
pub struct DirectoryArgs {
    #[command(subcommand)]
    pub command: Option<DirectoryCommand>,
    /// Fecha (AAAA-MM-DD); por defecto, hoy
    #[arg(long, value_name = "FECHA", value_parser = date())]
    pub on: Option<NaiveDate>,
}

/// The file formats of the directory (the command line's own, not the domain's).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DirectoryFormat {
    Csv,
    Vcf,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Exporta el directorio en CSV o vCard 4.0
    Export {
        /// csv o vcf
        #[arg(long, value_enum, value_name = "FORMATO")]
        format: DirectoryFormat,
        /// Archivo de salida (por defecto, la salida estándar)
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
        /// Solo esta persona (vcf)
        #[arg(long, value_name = "PERSONA", conflicts_with = "country")]
        person: Option<i64>,
        /// Solo quienes ocupan hoy los puestos de este Estado (vcf)
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
    },
    /// Importa un directorio en CSV; no escribe nada si alguna línea tiene errores
    Import {
        /// csv
        #[arg(long, value_enum, value_name = "FORMATO")]
        format: ImportFormat,
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
        /// Revisa el archivo sin escribir nada
        #[arg(long)]
        dry_run: bool,
    },
}

pub fn run(api: &mut Api, args: DirectoryArgs, ctx: &Ctx) -> Result<()> {
    match args.command {
        None => {
            let directory = api.directory(args.on.unwrap_or(ctx.today()))?;
            ctx.show(&directory, || output::directory(&directory, ctx.lang))
        }
        Some(DirectoryCommand::Export { format, output: path, person, country }) => {
            let text = match format {
                DirectoryFormat::Csv => api.export_directory(Export::Csv, &VcardScope::Everyone)?,
                DirectoryFormat::Vcf => {
                    api.export_directory(Export::Vcf, &VcardScope::choose(person, country, ctx.today()))?
                }
            };
            output::text_to(&text, path.as_deref(), ctx.lang)
        }
        Some(DirectoryCommand::Import { format: ImportFormat::Csv, file, dry_run }) => {
            let report = api.import_directory_file(&file, ImportMode::dry_run(dry_run))?;
            ctx.show(&report, || output::import_report(&report, ctx.lang))?;
            match report.problems.len() {
                0 => Ok(()),
                lines => Err(CliError::ImportRejected { lines }.into()),
            }
        }
    }
}
