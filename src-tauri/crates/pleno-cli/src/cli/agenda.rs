//! `pleno agenda …`: the agenda (orden del día) of a meeting — the standard one,
//! items added, moved and removed, reference documents, the plenary's approval.

use std::path::PathBuf;

use chrono::NaiveTime;
use clap::Subcommand;
use pleno_api::meetings::AgendaItemDraft;
use pleno_api::Api;
use pleno_domain::meeting::AgendaItemKind;

use crate::cli::meeting::moment;
use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::{choice, time};

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Inserta la agenda estándar en una reunión con la agenda vacía
    Standard {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Añade un punto al final de la agenda
    Add {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "TEXTO")]
        title: String,
        /// Tipo de punto (discussion por defecto)
        #[arg(long, value_name = "TIPO", value_parser = choice::<AgendaItemKind>(), default_value = "discussion")]
        kind: AgendaItemKind,
        /// Quién lo presenta (Estado, órgano o persona)
        #[arg(long, value_name = "TEXTO", default_value = "")]
        presenter: String,
        /// Minutos asignados
        #[arg(long, value_name = "N", default_value_t = 15)]
        minutes: u32,
        /// Estado al que se refiere (informes de país)
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        #[arg(long, value_name = "TEXTO", default_value = "")]
        notes: String,
    },
    /// Lista los puntos de la agenda
    List {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Mueve un punto a otra posición
    Move {
        #[arg(value_name = "PUNTO")]
        item: i64,
        #[arg(long, value_name = "N")]
        to: u32,
    },
    /// Quita un punto de la agenda
    Remove {
        #[arg(value_name = "PUNTO")]
        item: i64,
    },
    /// Adjunta un documento de referencia a un punto (se guarda con su SHA-256)
    Attach {
        #[arg(value_name = "PUNTO")]
        item: i64,
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
    },
    /// Registra la aprobación de la agenda por el pleno
    Approve {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "HH:MM", value_parser = time())]
        at: Option<NaiveTime>,
        /// Enmiendas aprobadas con la agenda
        #[arg(long, value_name = "TEXTO", default_value = "")]
        amendments: String,
    },
}

/// The item just added: the API answers with the whole meeting, and the newest
/// item has the highest number.
pub fn run(api: &mut Api, command: AgendaCommand, ctx: &Ctx) -> Result<()> {
    match command {
        AgendaCommand::Standard { meeting } => {
            let detail = api.insert_standard_agenda(meeting)?;
            let n = detail.agenda.len();
            ctx.say(
                &detail.agenda,
                format!("Agenda estándar insertada: {n} puntos"),
                format!("Standard agenda inserted: {n} items"),
            )
        }
        AgendaCommand::Add { meeting, title, kind, presenter, minutes, country, notes } => {
            let draft = AgendaItemDraft { kind, title, presenter, country, minutes, notes };
            let item = api.add_agenda_item(meeting, &draft)?;
            ctx.say(
                &item,
                format!("Punto {} añadido (número {} en Pleno): {}", item.position, item.id, item.title),
                format!("Item {} added (number {} in Pleno): {}", item.position, item.id, item.title),
            )
        }
        AgendaCommand::List { meeting } => {
            let detail = api.meeting(meeting)?;
            ctx.show(&detail.agenda, || output::agenda(&detail, ctx.lang))
        }
        AgendaCommand::Move { item, to } => {
            let detail = api.move_agenda_item(item, to)?;
            ctx.show(&detail.agenda, || output::agenda(&detail, ctx.lang))
        }
        AgendaCommand::Remove { item } => {
            let detail = api.remove_agenda_item(item)?;
            ctx.show(&detail.agenda, || output::agenda(&detail, ctx.lang))
        }
        AgendaCommand::Attach { item, file } => attach(api, item, &file, ctx),
        AgendaCommand::Approve { meeting, at, amendments } => {
            let at = moment(api, meeting, at, ctx.now)?;
            let m = api.approve_agenda(meeting, at, &amendments)?.meeting;
            let hm = at.format("%H:%M");
            ctx.say(
                &m,
                format!("Agenda de la {} aprobada a las {hm}", m.title),
                format!("Agenda of the {} approved at {hm}", m.title),
            )
        }
    }
}

/// Attaches a file and answers with the document just stored (the newest of the item).
fn attach(api: &mut Api, item: i64, file: &std::path::Path, ctx: &Ctx) -> Result<()> {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let detail = api.attach_file(item, file, ctx.now)?;
    let document = detail
        .agenda
        .iter()
        .filter(|i| i.id == item)
        .flat_map(|i| i.documents.iter())
        .max_by_key(|d| d.id)
        .expect("the document was just attached");
    ctx.say(document, format!("Documento «{name}» adjuntado"), format!("Document «{name}» attached"))
}
