//! `pleno settings …`: the Secretariat's settings — language, quorum rule, the
//! default majority of a vote and how agreements are numbered.

use clap::Subcommand;
use pleno_api::{Api, Language};
use pleno_domain::decision::{Base, Threshold};
use pleno_domain::quorum::QuorumRule;

use crate::cli::{Ctx, Result};
use crate::values::choice;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Muestra los ajustes
    Show,
    /// Cambia los ajustes
    Set {
        /// es o en
        #[arg(long, value_name = "IDIOMA", value_parser = choice::<Language>())]
        language: Option<Language>,
        /// mas-de-la-mitad, dos-tercios o un número de Estados
        #[arg(long, value_name = "REGLA")]
        quorum: Option<String>,
        /// Mayoría por defecto de una votación: half, two-thirds, three-quarters o unanimity
        #[arg(long, value_name = "MAYORÍA", value_parser = choice::<Threshold>())]
        threshold: Option<Threshold>,
        /// Base por defecto: cast (votos emitidos), present (Estados presentes) o members
        #[arg(long, value_name = "BASE", value_parser = choice::<Base>())]
        base: Option<Base>,
        /// Numeración de acuerdos, p. ej. "{reunion}-{tipo}-{año}-{n}"
        #[arg(long, value_name = "FORMATO")]
        numbering: Option<String>,
    },
}

pub fn run(api: &mut Api, command: SettingsCommand, ctx: &Ctx) -> Result<()> {
    match command {
        SettingsCommand::Show => {
            let s = api.settings()?;
            ctx.show(&s, || {
                let label = |es: &'static str, en: &'static str| ctx.lang.pick(es, en);
                println!("{}: {}", label("Idioma", "Language"), s.language.as_str());
                println!("{}: {}", label("Quórum", "Quorum"), s.quorum_rule.describe_in(ctx.lang));
                println!("{}: {}", label("Mayoría por defecto", "Default majority"), s.majority_rule.worded(ctx.lang));
                println!("{}: {}", label("Numeración de acuerdos", "Agreement numbering"), s.agreement_numbering);
            })
        }
        SettingsCommand::Set { language, quorum, threshold, base, numbering } => {
            let mut s = pleno_api::SettingsDraft::from(api.settings()?);
            if let Some(language) = language {
                s.language = language;
            }
            if let Some(rule) = quorum {
                s.quorum_rule = QuorumRule::parse(&rule)?;
            }
            if let Some(threshold) = threshold {
                s.majority_rule.threshold = threshold;
            }
            if let Some(base) = base {
                s.majority_rule.base = base;
            }
            if let Some(numbering) = numbering {
                s.agreement_numbering = numbering;
            }
            let s = api.update_settings(&s)?;
            let rule = s.quorum_rule.describe_in(ctx.lang);
            ctx.say(&s, format!("Ajustes guardados. Quórum: {rule}"), format!("Settings saved. Quorum: {rule}"))
        }
    }
}
