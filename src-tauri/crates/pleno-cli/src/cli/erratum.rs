//! `pleno erratum …`: an approved acta is never edited, only corrected by a
//! recorded erratum, itself approved at a later meeting.

use clap::Subcommand;
use pleno_api::minutes::MinutesView;
use pleno_api::Api;
use pleno_domain::minutes::Erratum;

use crate::cli::{Ctx, Result};

#[derive(Debug, Subcommand)]
pub enum ErratumCommand {
    /// Registra una fe de erratas a un acta aprobada
    Add {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Registra la aprobación de una fe de erratas en una reunión posterior
    Approve {
        #[arg(value_name = "ERRATA")]
        id: i64,
        #[arg(long, value_name = "REUNIÓN")]
        at: i64,
    },
}

/// One erratum of the acta the API answered with: `id`, or else the newest.
fn erratum(view: &MinutesView, id: Option<i64>) -> Option<&Erratum> {
    match id {
        Some(id) => view.errata.iter().find(|e| e.id == id),
        None => view.errata.iter().max_by_key(|e| e.id),
    }
}

pub fn run(api: &mut Api, command: ErratumCommand, ctx: &Ctx) -> Result<()> {
    match command {
        ErratumCommand::Add { meeting, text } => {
            let view = api.add_erratum(meeting, &text, ctx.today())?;
            let title = &view.meeting_title;
            ctx.say(
                &erratum(&view, None),
                format!("Fe de erratas registrada en el acta de la {title} (pendiente de aprobación)"),
                format!("Erratum recorded in the minutes of the {title} (awaiting approval)"),
            )
        }
        ErratumCommand::Approve { id, at } => {
            let view = api.approve_erratum(id, at, ctx.now)?;
            let title = &view.meeting_title;
            ctx.say(
                &erratum(&view, Some(id)),
                format!("Fe de erratas {id} del acta de la {title} aprobada"),
                format!("Erratum {id} of the minutes of the {title} approved"),
            )
        }
    }
}
