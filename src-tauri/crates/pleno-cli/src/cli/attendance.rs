//! `pleno attendance …`: who is expected at a meeting, who came, left and came
//! back, and the guests.

use chrono::NaiveTime;
use clap::Subcommand;
use pleno_api::Api;
use pleno_domain::meeting::{AttendanceStatus, ParticipationMode};
use pleno_domain::meeting_model::Attendee;

use crate::cli::meeting::moment;
use crate::cli::{Ctx, Result};
use crate::output;
use crate::values::{time, ChoiceParser};

/// The English words the command line took before the domain's Spanish ones.
const MARKS: &[(&str, AttendanceStatus)] = &[
    ("present", AttendanceStatus::Presente),
    ("absent", AttendanceStatus::Ausente),
    ("excused", AttendanceStatus::Excusado),
];

fn mark() -> ChoiceParser<AttendanceStatus> {
    ChoiceParser::with_aliases(MARKS)
}

#[derive(Debug, Subcommand)]
pub enum AttendanceCommand {
    /// La lista de asistencia esperada, según el directorio en la fecha de la reunión
    Expected {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Marca a una persona presente, ausente o excusada
    Mark {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        /// present, absent o excused
        #[arg(value_name = "ASISTENCIA", value_parser = mark())]
        status: AttendanceStatus,
        /// Hora (HH:MM); por defecto, ahora
        #[arg(long, value_name = "HH:MM", value_parser = time())]
        at: Option<NaiveTime>,
        /// Participa a distancia
        #[arg(long)]
        remote: bool,
    },
    /// Registra la salida de una persona (puede volver más tarde)
    Leave {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        #[arg(long, value_name = "HH:MM", value_parser = time())]
        at: Option<NaiveTime>,
    },
    /// Añade una persona invitada a la lista
    Guest {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
    },
}

/// The person's line on the register, as the API answered it.
fn line_of(list: Vec<Attendee>, person: i64) -> Option<Attendee> {
    list.into_iter().find(|a| a.person_id == person)
}

pub fn run(api: &mut Api, command: AttendanceCommand, ctx: &Ctx) -> Result<()> {
    match command {
        AttendanceCommand::Expected { meeting } => {
            let list = api.attendance(meeting)?;
            ctx.show(&list, || output::attendance(&list, ctx.lang))
        }
        AttendanceCommand::Mark { meeting, person, status, at, remote } => {
            let mode = remote.then_some(ParticipationMode::Remota);
            let at = moment(api, meeting, at, ctx.now)?;
            let line = line_of(api.mark_attendance(meeting, person, status, at, mode)?, person);
            let who = line.as_ref().map(|a| a.name.clone()).unwrap_or_default();
            ctx.say(&line, format!("{who}: {}", status.spanish()), format!("{who}: {}", status.english()))
        }
        AttendanceCommand::Leave { meeting, person, at } => {
            let at = moment(api, meeting, at, ctx.now)?;
            let line = line_of(api.record_departure(meeting, person, at)?, person);
            let who = line.as_ref().map(|a| a.name.clone()).unwrap_or_default();
            let hm = at.format("%H:%M");
            ctx.say(&line, format!("{who}: salida a las {hm}"), format!("{who}: left at {hm}"))
        }
        AttendanceCommand::Guest { meeting, person } => {
            let line = line_of(api.add_guest(meeting, person)?, person);
            ctx.say(
                &line,
                format!("Persona {person} añadida como invitada"),
                format!("Person {person} added as a guest"),
            )
        }
    }
}
