//! `pleno quorum …`: the quorum of a meeting at a moment (`pleno quorum 3 --at
//! 10:00`), a recorded check, and the checks recorded.

use chrono::NaiveTime;
use clap::{Args, Subcommand};
use pleno_api::Api;
use pleno_domain::meeting_model::QuorumReason;

use crate::cli::meeting::moment;
use crate::cli::{Ctx, Result};
use crate::error::CliError;
use crate::values::time;

#[derive(Debug, Args)]
pub struct QuorumArgs {
    #[command(subcommand)]
    pub command: Option<QuorumCommand>,
    #[command(flatten)]
    pub show: QuorumAt,
}

#[derive(Debug, Args)]
pub struct QuorumAt {
    #[arg(value_name = "REUNIÓN")]
    pub meeting: Option<i64>,
    /// Hora (HH:MM); por defecto, ahora
    #[arg(long, value_name = "HH:MM", value_parser = time())]
    pub at: Option<NaiveTime>,
}

#[derive(Debug, Subcommand)]
pub enum QuorumCommand {
    /// Verifica el quórum y registra la verificación
    Check {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "HH:MM", value_parser = time())]
        at: Option<NaiveTime>,
    },
    /// Las verificaciones registradas en una reunión
    History {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
}

pub fn run(api: &mut Api, args: QuorumArgs, ctx: &Ctx) -> Result<()> {
    match args.command {
        None => {
            let meeting = args.show.meeting.ok_or(CliError::MeetingRequired)?;
            let count = api.quorum(meeting, moment(api, meeting, args.show.at, ctx.now)?)?;
            ctx.show(&count, || println!("{}", count.banner(ctx.lang)))
        }
        Some(QuorumCommand::Check { meeting, at }) => {
            let at = moment(api, meeting, at, ctx.now)?;
            let check = api.check_quorum(meeting, at, QuorumReason::Solicitud)?;
            let hm = check.checked_at.format("%H:%M");
            let banner = check.count.banner(ctx.lang);
            ctx.say(&check, format!("{banner} (verificado a las {hm})"), format!("{banner} (checked at {hm})"))
        }
        Some(QuorumCommand::History { meeting }) => {
            let checks = api.quorum_checks(meeting)?;
            ctx.show(&checks, || {
                for c in &checks {
                    println!(
                        "{}  {}  ({})",
                        c.checked_at.format("%d/%m/%Y %H:%M"),
                        c.count.banner(ctx.lang),
                        pleno_domain::minutes::words::reason(ctx.lang, &c.reason)
                    );
                }
            })
        }
    }
}
