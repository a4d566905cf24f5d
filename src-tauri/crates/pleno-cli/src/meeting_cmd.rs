//! The meeting commands: meetings, agenda, attendance, quorum and settings.

use chrono::NaiveDateTime;
use pleno_api::meetings::{AgendaItemDraft, MeetingDraft};
use pleno_api::{Api, ApiError, Language};
use pleno_domain::dates::parse_date;
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, MeetingKind, Modality, ParticipationMode};
use pleno_domain::meeting_model::QuorumReason;
use pleno_domain::quorum::QuorumRule;

use crate::args::*;
use crate::output;

type Result<T> = std::result::Result<T, ApiError>;

fn draft(f: &MeetingFields) -> Result<MeetingDraft> {
    Ok(MeetingDraft {
        kind: match f.kind {
            KindArg::Ordinaria => MeetingKind::Ordinaria,
            KindArg::Extraordinaria => MeetingKind::Extraordinaria,
        },
        number: f.number,
        starts_on: parse_date("--date", &f.date)?,
        ends_on: f.end_date.as_deref().map(|d| parse_date("--end-date", d)).transpose()?,
        start_time: f.time.as_deref().map(pleno_domain::dates::parse_time).transpose()?,
        city: f.place.clone(),
        country: f.country.clone(),
        host: f.host.clone(),
        modality: match f.modality {
            ModalityArg::Presencial => Modality::Presencial,
            ModalityArg::Virtual => Modality::Virtual,
            ModalityArg::Hibrida => Modality::Hibrida,
        },
        link: f.link.clone(),
    })
}

fn item_kind(k: ItemKindArg) -> AgendaItemKind {
    match k {
        ItemKindArg::Quorum => AgendaItemKind::Quorum,
        ItemKindArg::AgendaApproval => AgendaItemKind::AgendaApproval,
        ItemKindArg::PreviousMinutes => AgendaItemKind::PreviousMinutes,
        ItemKindArg::PresidencyReport => AgendaItemKind::PresidencyReport,
        ItemKindArg::CountryReport => AgendaItemKind::CountryReport,
        ItemKindArg::FollowUp => AgendaItemKind::FollowUp,
        ItemKindArg::Discussion => AgendaItemKind::Discussion,
        ItemKindArg::OtherBusiness => AgendaItemKind::OtherBusiness,
        ItemKindArg::Closing => AgendaItemKind::Closing,
    }
}

/// The moment a command refers to in a meeting: `--at HH:MM`, or now.
fn at(api: &Api, meeting: i64, hm: Option<&str>, now: NaiveDateTime) -> Result<NaiveDateTime> {
    api.meeting_moment(meeting, hm.map(pleno_domain::dates::parse_time).transpose()?, now)
}

pub fn run(api: &mut Api, command: Command, now: NaiveDateTime) -> Result<()> {
    match command {
        Command::Meeting { command } => meeting(api, command, now),
        Command::Agenda { command } => agenda(api, command, now),
        Command::Attendance { command } => attendance(api, command, now),
        Command::Quorum { command: None, show } => {
            let Some(meeting) = show.meeting else {
                return Err(ApiError::invalid("Indique la reunión: pleno quorum REUNIÓN [--at HH:MM]"));
            };
            let count = api.quorum(meeting, at(api, meeting, show.at.as_deref(), now)?)?;
            output::json_or(show.json, &count, || println!("{}", count.banner()))
        }
        Command::Quorum { command: Some(QuorumCommand::Check { meeting, at: hm, json }), .. } => {
            let check = api.check_quorum(meeting, at(api, meeting, hm.as_deref(), now)?, QuorumReason::Solicitud)?;
            output::json_or(json, &check, || {
                println!("{} (verificado a las {})", check.count.banner(), check.checked_at.format("%H:%M"))
            })
        }
        Command::Quorum { command: Some(QuorumCommand::History { meeting, json }), .. } => {
            let checks = api.quorum_checks(meeting)?;
            output::json_or(json, &checks, || {
                for c in &checks {
                    println!(
                        "{}  {}  ({})",
                        c.checked_at.format("%d/%m/%Y %H:%M"),
                        c.count.banner(),
                        c.reason.spanish()
                    );
                }
            })
        }
        Command::Settings { command } => settings(api, command),
        _ => unreachable!("dispatched by main"),
    }
}

fn meeting(api: &mut Api, command: MeetingCommand, now: NaiveDateTime) -> Result<()> {
    match command {
        MeetingCommand::Create { fields, json } => {
            let detail = api.create_meeting(&draft(&fields)?)?;
            output::json_or(json, &detail.meeting, || {
                println!("{} creada (número {} en Pleno)", detail.meeting.title, detail.meeting.id)
            })
        }
        MeetingCommand::Edit { id, fields, json } => {
            let detail = api.update_meeting(id, &draft(&fields)?)?;
            output::json_or(json, &detail.meeting, || println!("{} actualizada", detail.meeting.title))
        }
        MeetingCommand::List { json } => {
            let meetings = api.meetings()?;
            output::json_or(json, &meetings, || output::meetings(&meetings))
        }
        MeetingCommand::Show { id, json } => {
            let detail = api.meeting(id)?;
            output::json_or(json, &detail, || output::meeting_detail(&detail))
        }
        MeetingCommand::Advance { id } => {
            let detail = api.advance_meeting(id, now)?;
            println!("{}: {}", detail.meeting.title, detail.meeting.status.spanish());
            Ok(())
        }
        MeetingCommand::Ics { id, output: path } => {
            output::text_to(&api.meeting_ics(id, now, pleno_api::Language::Es)?, path.as_deref())
        }
    }
}

fn agenda(api: &mut Api, command: AgendaCommand, now: NaiveDateTime) -> Result<()> {
    match command {
        AgendaCommand::Standard { meeting } => {
            let detail = api.insert_standard_agenda(meeting)?;
            println!("Agenda estándar insertada: {} puntos", detail.agenda.len());
            Ok(())
        }
        AgendaCommand::Add { meeting, title, kind, presenter, minutes, country, notes } => {
            let detail = api.add_agenda_item(
                meeting,
                &AgendaItemDraft { kind: item_kind(kind), title, presenter, country, minutes, notes },
            )?;
            let item = detail;
            println!("Punto {} añadido (número {} en Pleno): {}", item.position, item.id, item.title);
            Ok(())
        }
        AgendaCommand::List { meeting, json } => {
            let detail = api.meeting(meeting)?;
            output::json_or(json, &detail.agenda, || output::agenda(&detail))
        }
        AgendaCommand::Move { item, to } => {
            let detail = api.move_agenda_item(item, to)?;
            output::agenda(&detail);
            Ok(())
        }
        AgendaCommand::Remove { item } => {
            let detail = api.remove_agenda_item(item)?;
            output::agenda(&detail);
            Ok(())
        }
        AgendaCommand::Attach { item, file } => {
            api.attach_file(item, &file, now)?;
            println!("Documento «{}» adjuntado", file.display());
            Ok(())
        }
        AgendaCommand::Approve { meeting, at: hm, amendments } => {
            let moment = at(api, meeting, hm.as_deref(), now)?;
            let detail = api.approve_agenda(meeting, moment, &amendments)?;
            println!("Agenda de la {} aprobada a las {}", detail.meeting.title, moment.format("%H:%M"));
            Ok(())
        }
    }
}

fn attendance(api: &mut Api, command: AttendanceCommand, now: NaiveDateTime) -> Result<()> {
    match command {
        AttendanceCommand::Expected { meeting, json } => {
            let list = api.attendance(meeting)?;
            output::json_or(json, &list, || output::attendance(&list))
        }
        AttendanceCommand::Mark { meeting, person, status, at: hm, remote } => {
            let status = match status {
                MarkArg::Present => AttendanceStatus::Presente,
                MarkArg::Absent => AttendanceStatus::Ausente,
                MarkArg::Excused => AttendanceStatus::Excusado,
            };
            let mode = remote.then_some(ParticipationMode::Remota);
            let list = api.mark_attendance(meeting, person, status, at(api, meeting, hm.as_deref(), now)?, mode)?;
            let who = list.iter().find(|a| a.person_id == person).map(|a| a.name.as_str()).unwrap_or_default();
            println!("{who}: {}", status.spanish());
            Ok(())
        }
        AttendanceCommand::Leave { meeting, person, at: hm } => {
            let moment = at(api, meeting, hm.as_deref(), now)?;
            let list = api.record_departure(meeting, person, moment)?;
            let who = list.iter().find(|a| a.person_id == person).map(|a| a.name.as_str()).unwrap_or_default();
            println!("{who}: salida a las {}", moment.format("%H:%M"));
            Ok(())
        }
        AttendanceCommand::Guest { meeting, person } => {
            api.add_guest(meeting, person)?;
            println!("Persona {person} añadida como invitada");
            Ok(())
        }
    }
}

fn settings(api: &mut Api, command: SettingsCommand) -> Result<()> {
    match command {
        SettingsCommand::Show { json } => {
            let s = api.settings()?;
            output::json_or(json, &s, || {
                println!("Idioma: {}", s.language.as_str());
                println!("Quórum: {}", s.quorum_rule.describe());
                println!("Mayoría por defecto: {}", s.majority_rule.describe());
                println!("Numeración de acuerdos: {}", s.agreement_numbering);
            })
        }
        SettingsCommand::Set { language, quorum, threshold, base, numbering } => {
            let mut s = pleno_api::SettingsDraft::from(api.settings()?);
            if let Some(language) = language {
                s.language = match language {
                    LanguageArg::Es => Language::Es,
                    LanguageArg::En => Language::En,
                };
            }
            if let Some(rule) = quorum {
                s.quorum_rule = QuorumRule::parse(&rule)?;
            }
            if let Some(threshold) = threshold {
                s.majority_rule.threshold = crate::agreement_cmd::threshold(threshold);
            }
            if let Some(base) = base {
                s.majority_rule.base = crate::agreement_cmd::base(base);
            }
            if let Some(numbering) = numbering {
                s.agreement_numbering = numbering;
            }
            let s = api.update_settings(&s)?;
            println!("Ajustes guardados. Quórum: {}", s.quorum_rule.describe());
            Ok(())
        }
    }
}
