//! `pleno setup`: the first-run setup the app opens on an empty archive, from
//! flags — language, the states holding the Presidency and the Technical
//! Secretariat from a date, the quorum rule, the agreement numbering, and
//! optionally a directory CSV. `pleno init` stays as it is: it asks nothing.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use pleno_api::setup::{OfficeChoice, SetupDraft};
use pleno_api::{Api, InitReport, Language};
use pleno_domain::quorum::QuorumRule;

use crate::cli::{Ctx, Result};
use crate::values::{choice, date};

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// Idioma de trabajo: es o en
    #[arg(long, value_name = "IDIOMA", value_parser = choice::<Language>(), default_value = "es")]
    language: Language,
    /// Estado que ejerce la Presidencia (código, p. ej. PA)
    #[arg(long, value_name = "ESTADO", requires = "presidency_from")]
    presidency: Option<String>,
    /// Desde cuándo ejerce la Presidencia (AAAA-MM-DD)
    #[arg(long, value_name = "FECHA", value_parser = date(), requires = "presidency")]
    presidency_from: Option<NaiveDate>,
    /// Estado que ejerce la Secretaría Técnica (código, p. ej. CR)
    #[arg(long, value_name = "ESTADO", requires = "secretariat_from")]
    secretariat: Option<String>,
    /// Desde cuándo ejerce la Secretaría Técnica (AAAA-MM-DD)
    #[arg(long, value_name = "FECHA", value_parser = date(), requires = "secretariat")]
    secretariat_from: Option<NaiveDate>,
    /// Regla de quórum: mas-de-la-mitad, dos-tercios o un número de Estados
    #[arg(long, value_name = "REGLA", default_value = "mas-de-la-mitad")]
    quorum: String,
    /// Numeración de acuerdos, p. ej. "{reunion}-{tipo}-{año}-{n}" (por defecto, la de Pleno)
    #[arg(long, value_name = "FORMATO")]
    numbering: Option<String>,
    /// Importa el directorio de este CSV (todas las filas válidas, o nada)
    #[arg(long, value_name = "ARCHIVO")]
    directory: Option<PathBuf>,
}

pub fn run(api: &mut Api, _init: InitReport, args: SetupArgs, ctx: &Ctx) -> Result<()> {
    let office = |country: Option<String>, starts_on: Option<NaiveDate>| {
        country.zip(starts_on).map(|(country, starts_on)| OfficeChoice { country, starts_on })
    };
    let draft = SetupDraft {
        language: args.language,
        presidency: office(args.presidency, args.presidency_from),
        secretariat: office(args.secretariat, args.secretariat_from),
        quorum_rule: QuorumRule::parse(&args.quorum)?,
        agreement_numbering: match args.numbering {
            Some(numbering) => numbering,
            None => api.settings()?.agreement_numbering.to_string(),
        },
        directory_csv: args.directory,
    };
    let report = api.setup(&draft)?;
    let offices: Vec<String> =
        report.offices.iter().map(|t| format!("{} ({})", t.country_name, t.office.label(ctx.lang))).collect();
    let rule = report.settings.quorum_rule.describe_in(ctx.lang);
    ctx.say(
        &report,
        format!("Pleno quedó configurado. Quórum: {rule}. Cargos: {}", list_or(&offices, "ninguno todavía")),
        format!("Pleno is set up. Quorum: {rule}. Offices: {}", list_or(&offices, "none yet")),
    )
}

fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join(", ")
    }
}
