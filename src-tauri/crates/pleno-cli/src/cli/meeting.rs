//! `pleno meeting …`: meetings of the plenary, committee sessions, technical
//! sessions and events — create, edit, list, show, move along their life,
//! export to a calendar.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use clap::{Args, Subcommand};
use pleno_api::meetings::MeetingDraft;
use pleno_api::Api;
use pleno_domain::meeting::{EventKind, MeetingKind, Modality};
use pleno_domain::Language;

use crate::cli::{Ctx, PageArgs, Result};
use crate::output;
use crate::values::{choice, date, time};

/// A meeting's details, as typed on the command line.
#[derive(Debug, Args)]
pub struct MeetingFields {
    /// ordinaria, extraordinaria, comite (sesión de comité), tecnica (sesión técnica) o evento
    #[arg(long, value_name = "TIPO", value_parser = choice::<MeetingKind>())]
    pub kind: MeetingKind,
    /// Primer día (AAAA-MM-DD)
    #[arg(long, value_name = "FECHA", value_parser = date())]
    pub date: NaiveDate,
    /// Último día, si dura más de uno
    #[arg(long, value_name = "FECHA", value_parser = date())]
    pub end_date: Option<NaiveDate>,
    /// Hora de inicio (HH:MM); 09:00 por defecto
    #[arg(long, value_name = "HH:MM", value_parser = time())]
    pub time: Option<NaiveTime>,
    /// Ciudad (no hace falta en una reunión virtual)
    #[arg(long, value_name = "TEXTO", default_value = "")]
    pub place: String,
    /// Código del país donde se celebra
    #[arg(long, value_name = "CÓDIGO")]
    pub country: Option<String>,
    /// Código del Estado anfitrión
    #[arg(long, value_name = "CÓDIGO")]
    pub host: Option<String>,
    /// presencial, virtual o hibrida
    #[arg(long, value_name = "MODALIDAD", value_parser = choice::<Modality>(), default_value = "presencial")]
    pub modality: Modality,
    /// Número de la reunión (por defecto, el siguiente de su tipo)
    #[arg(long, value_name = "N")]
    pub number: Option<u32>,
    /// Enlace de la videoconferencia
    #[arg(long, value_name = "URL", default_value = "")]
    pub link: String,
    /// El comité de una sesión de comité (--kind comite)
    #[arg(long, value_name = "COMITÉ")]
    pub committee: Option<i64>,
    /// Tipo de evento (--kind evento): seminario, taller, encuentro-regional u otro
    #[arg(long, value_name = "TIPO", value_parser = choice::<EventKind>())]
    pub event_kind: Option<EventKind>,
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Crea una reunión en borrador
    Create {
        #[command(flatten)]
        fields: MeetingFields,
    },
    /// Corrige los datos de una reunión
    Edit {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
        #[command(flatten)]
        fields: MeetingFields,
    },
    /// Lista las reuniones, la más reciente primero
    List(PageArgs),
    /// Muestra una reunión con su agenda
    Show {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
    },
    /// Pasa la reunión al estado siguiente: borrador → convocada → en curso → cerrada
    Advance {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
    },
    /// Registra un resultado de un evento (o de cualquier sesión)
    Outcome {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Escribe la reunión como evento de calendario (.ics)
    Ics {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

fn draft(f: MeetingFields) -> MeetingDraft {
    MeetingDraft {
        kind: f.kind,
        number: f.number,
        starts_on: f.date,
        ends_on: f.end_date,
        start_time: f.time,
        city: f.place,
        country: f.country,
        host: f.host,
        modality: f.modality,
        link: f.link,
        committee: f.committee,
        event_kind: f.event_kind,
    }
}

/// The moment a command refers to in a meeting: `--at HH:MM`, or now.
pub fn moment(api: &Api, meeting: i64, at: Option<NaiveTime>, now: NaiveDateTime) -> Result<NaiveDateTime> {
    api.meeting_moment(meeting, at, now)
}

pub fn run(api: &mut Api, command: MeetingCommand, ctx: &Ctx) -> Result<()> {
    match command {
        MeetingCommand::Create { fields } => {
            let m = api.create_meeting(&draft(fields))?.meeting;
            ctx.say(
                &m,
                format!("{} creada (número {} en Pleno)", m.title, m.id),
                format!("{} created (number {} in Pleno)", m.title, m.id),
            )
        }
        MeetingCommand::Edit { id, fields } => {
            let m = api.update_meeting(id, &draft(fields))?.meeting;
            ctx.say(&m, format!("{} actualizada", m.title), format!("{} updated", m.title))
        }
        MeetingCommand::List(PageArgs { limit: Some(limit), cursor }) => {
            let page = api.meetings_page(cursor.as_deref(), limit)?;
            ctx.show_page(&page, page.next_cursor.as_deref(), page.total, || output::meetings(&page.items, ctx.lang))
        }
        MeetingCommand::List(_) => {
            let meetings = api.meetings()?;
            ctx.show(&meetings, || output::meetings(&meetings, ctx.lang))
        }
        MeetingCommand::Show { id } => {
            let detail = api.meeting(id)?;
            ctx.show(&detail, || output::meeting_detail(&detail, ctx.lang))
        }
        MeetingCommand::Advance { id } => {
            let m = api.advance_meeting(id, ctx.now)?.meeting;
            let es = format!("{}: {}", m.title, m.status.label(Language::Es));
            let en = format!("{}: {}", m.title_en, m.status.label(Language::En));
            ctx.say(&m, es, en)
        }
        MeetingCommand::Outcome { id, text } => {
            let outcomes = api.add_outcome(id, &text, ctx.today())?;
            let n = outcomes.len();
            ctx.say(&outcomes, format!("{n} resultados registrados"), format!("{n} outcomes recorded"))
        }
        MeetingCommand::Ics { id, output: path } => {
            output::text_to(&api.meeting_ics(id, ctx.now, ctx.lang)?, path.as_deref(), ctx.lang)
        }
    }
}
