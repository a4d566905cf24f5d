//! `pleno pdf …`: the printed documents. The arguments live here; writing each
//! document is `pdf_cmd`'s.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::Api;

use crate::cli::{Ctx, Result};
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum PdfCommand {
    /// El Plan Estratégico
    Plan {
        /// Archivo PDF de salida
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La matriz del plan operativo anual de un año
    Poa {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La convocatoria de una reunión, con la agenda provisional
    Notice {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La agenda (orden del día) con horarios, ponentes y documentos de referencia
    Agenda {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La lista de asistencia para firmar, por Estado, observadores e invitados
    AttendanceSheet {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El informe de asistencia: horarios, modalidad y verificaciones del quórum
    Attendance {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El registro de acuerdos (todos, los de una reunión o los de un eje del plan)
    Agreements {
        #[arg(long, value_name = "REUNIÓN", conflicts_with = "axis")]
        meeting: Option<i64>,
        /// Eje del plan (1 a 4)
        #[arg(long, value_name = "EJE")]
        axis: Option<String>,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El directorio en una fecha (hoy por defecto)
    Directory {
        /// Fecha (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        on: Option<NaiveDate>,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El seguimiento del POA de un año: el informe de un Estado (--country) o la matriz regional consolidada
    Monitoring {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        /// Estado cuyo informe se imprime (sin él, la matriz regional)
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El acta de una reunión: aprobada con su huella SHA-256, o borrador con marca de agua
    Minutes {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
}

pub fn run(api: &mut Api, command: PdfCommand, ctx: &Ctx) -> Result<()> {
    crate::pdf_cmd::run(api, command, ctx.today(), ctx.lang)
}
