//! `pleno alliance …`: the Coalition's alliances (partner, actor, support,
//! level, dates) and the joint actions carried out under each (4.1.1, 4.1.2).

use chrono::NaiveDate;
use clap::Subcommand;
use pleno_api::accountability::AllianceDraft;
use pleno_api::Api;
use pleno_domain::accountability::{Alliance, AllianceKind, AllianceScope, AllianceSupport};
use pleno_domain::lang::long_date;
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::values::{choice, date};

#[derive(Debug, Subcommand)]
pub enum AllianceCommand {
    /// Registra una alianza
    Add {
        #[arg(long, value_name = "TEXTO")]
        partner: String,
        /// gubernamental o no-gubernamental
        #[arg(long, value_name = "TIPO", value_parser = choice::<AllianceKind>())]
        kind: AllianceKind,
        /// financiero, tecnico u otro
        #[arg(long, value_name = "APOYO", value_parser = choice::<AllianceSupport>())]
        support: AllianceSupport,
        /// nacional, regional o extrarregional
        #[arg(long, value_name = "NIVEL", value_parser = choice::<AllianceScope>())]
        scope: AllianceScope,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        from: NaiveDate,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        to: Option<NaiveDate>,
    },
    /// Lista las alianzas con sus acciones conjuntas
    List,
    /// Las acciones conjuntas de una alianza
    Action {
        #[command(subcommand)]
        command: ActionCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Registra una acción conjunta de una alianza
    Add {
        #[arg(value_name = "ALIANZA")]
        alliance: i64,
        #[arg(long, value_name = "TEXTO")]
        title: String,
        #[arg(long, value_name = "FECHA", value_parser = date())]
        date: NaiveDate,
    },
}

fn print(a: &Alliance, lang: Language) {
    let until = a.ends_on.map(|d| format!(" – {}", long_date(lang, d))).unwrap_or_default();
    println!(
        "{:>3}  {} · {} · {} · {} · {}{until}",
        a.id,
        a.partner,
        a.kind.label(lang),
        a.support.label(lang),
        a.scope.label(lang),
        long_date(lang, a.starts_on)
    );
    for x in &a.actions {
        println!("       {}  {}", long_date(lang, x.done_on), x.title);
    }
}

pub fn run(api: &mut Api, command: AllianceCommand, ctx: &Ctx) -> Result<()> {
    match command {
        AllianceCommand::Add { partner, kind, support, scope, from, to } => {
            let a = api.add_alliance(&AllianceDraft { partner, kind, support, scope, starts_on: from, ends_on: to })?;
            ctx.say(
                &a,
                format!("Alianza {} registrada: {}", a.id, a.partner),
                format!("Alliance {} recorded: {}", a.id, a.partner),
            )
        }
        AllianceCommand::List => {
            let all = api.alliances()?;
            ctx.show(&all, || all.iter().for_each(|a| print(a, ctx.lang)))
        }
        AllianceCommand::Action { command: ActionCommand::Add { alliance, title, date } } => {
            let a = api.add_alliance_action(alliance, &title, date)?;
            let action = a.actions.iter().max_by_key(|x| x.id);
            let n = a.actions.len();
            ctx.say_made(
                &a,
                "action",
                &action,
                format!("{}: {n} acciones conjuntas", a.partner),
                format!("{}: {n} joint actions", a.partner),
            )
        }
    }
}
