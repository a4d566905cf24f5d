//! `pleno indicator …`: one Strategic Plan indicator's baseline, target and
//! dated measurements (the seed gives none; the Secretariat fills them in).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::indicator_targets::{parse_value, IndicatorDetail, MeasurementDraft};
use pleno_api::Api;
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::values::date;

#[derive(Debug, Subcommand)]
pub enum IndicatorCommand {
    /// Fija la línea base, la meta y la unidad de un indicador (lo no indicado no cambia)
    Set {
        /// Código del indicador (p. ej. 1.1.1)
        #[arg(value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "VALOR")]
        baseline: Option<String>,
        #[arg(long, value_name = "AÑO")]
        baseline_year: Option<i32>,
        #[arg(long, value_name = "VALOR")]
        target: Option<String>,
        #[arg(long, value_name = "AÑO")]
        target_year: Option<i32>,
        #[arg(long, value_name = "UNIDAD")]
        unit: Option<String>,
        #[arg(long, value_name = "TEXTO")]
        periodicity: Option<String>,
        /// Medio de verificación
        #[arg(long, value_name = "TEXTO")]
        verification: Option<String>,
    },
    /// Registra una medición de un indicador reportado, regional o de un Estado
    Measure {
        #[arg(value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "VALOR")]
        value: String,
        /// Fecha de la medición (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        #[arg(long, value_name = "TEXTO", default_value = "", hide_default_value = true)]
        note: String,
        /// Un archivo que respalda la medición (se guarda con su huella SHA-256)
        #[arg(long, value_name = "ARCHIVO")]
        evidence: Option<PathBuf>,
    },
    /// Muestra un indicador con su línea base, su meta y sus mediciones
    Show {
        #[arg(value_name = "CÓDIGO")]
        code: String,
    },
}

pub fn run(api: &mut Api, command: IndicatorCommand, ctx: &Ctx) -> Result<()> {
    match command {
        IndicatorCommand::Set {
            code,
            baseline,
            baseline_year,
            target,
            target_year,
            unit,
            periodicity,
            verification,
        } => {
            let mut t = api.indicator_detail(&code)?.target;
            if let Some(v) = baseline {
                t.baseline_value = Some(parse_value(&v)?);
            }
            if let Some(v) = target {
                t.target_value = Some(parse_value(&v)?);
            }
            t.baseline_year = baseline_year.or(t.baseline_year);
            t.target_year = target_year.or(t.target_year);
            t.unit = unit.unwrap_or(t.unit);
            t.periodicity = periodicity.unwrap_or(t.periodicity);
            t.means_of_verification = verification.unwrap_or(t.means_of_verification);
            let detail = api.set_indicator_target(&code, &t)?;
            ctx.show(&detail, || print_detail(&detail, ctx.lang))
        }
        IndicatorCommand::Measure { code, value, date, country, note, evidence } => {
            let draft = MeasurementDraft { measured_on: date, country, value: parse_value(&value)?, note };
            let mut detail = api.add_measurement(&code, &draft, ctx.now)?;
            let mut made = detail.measurements.iter().max_by_key(|m| m.id).cloned();
            if let (Some(file), Some(measurement)) = (evidence, &made) {
                api.attach_measurement_evidence_file(measurement.id, &file, ctx.now)?;
                detail = api.indicator_detail(&code)?;
                made = detail.measurements.iter().find(|m| m.id == measurement.id).cloned();
            }
            ctx.say_made(
                &detail,
                "measurement",
                &made,
                format!("Medición de {code} registrada"),
                format!("Measurement of {code} recorded"),
            )
        }
        IndicatorCommand::Show { code } => {
            let detail = api.indicator_detail(&code)?;
            ctx.show(&detail, || print_detail(&detail, ctx.lang))
        }
    }
}

fn print_detail(d: &IndicatorDetail, lang: Language) {
    let value = |v: Option<f64>, y: Option<i32>| match (v, y) {
        (Some(v), Some(y)) => format!("{v} ({y})"),
        (Some(v), None) => v.to_string(),
        _ => "—".into(),
    };
    let t = &d.target;
    println!("{} {} ({})", d.code, d.title, d.source.label(lang));
    println!("  {}: {}", lang.pick("Línea base", "Baseline"), value(t.baseline_value, t.baseline_year));
    println!("  {}: {}", lang.pick("Meta", "Target"), value(t.target_value, t.target_year));
    if !t.unit.is_empty() {
        println!("  {}: {}", lang.pick("Unidad", "Unit"), t.unit);
    }
    for m in &d.measurements {
        let who = m.country.as_deref().unwrap_or(lang.pick("regional", "regional"));
        println!("  {} {who}: {} {}", m.measured_on, m.value, m.note);
    }
}
