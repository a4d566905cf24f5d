//! Attendance on paper: the list to sign at the door (every person expected,
//! grouped by state, then observers and guests) and the report of who attended,
//! when and how, with every verification of quorum.

use chrono::NaiveDate;
use pleno_docs::{
    Align, Cell, Column, ColumnWidth, Document, Heading, Paragraph, Row, Signature, Signatures, Span, Table, TextSize,
    Title,
};
use pleno_domain::country::Crime;
use pleno_domain::directory::SeatRole;
use pleno_domain::meeting::{AttendanceStatus, MeetingRole, Modality, ParticipationMode};
use pleno_domain::meeting_model::Attendee;

use super::{hm, holder_name, letterhead, mechanism, meeting_line, plural, render, representative, running, Offices};
use crate::directory_view::{Directory, StateCard};
use crate::{Api, Result};

/// Room for a signature in a row of the list, in millimetres.
const SIGNING_ROW: f32 = 11.0;

/// "titular (TdP)", "suplente (TdP y TIM)": the person's seats in their state on the
/// meeting's day, or the role on the register.
fn quality(attendee: &Attendee, state: Option<&StateCard>) -> String {
    let seats: Vec<(Crime, SeatRole)> = state
        .map(|s| {
            s.seats
                .iter()
                .filter(|seat| seat.holder.as_ref().is_some_and(|h| h.person_id == attendee.person_id))
                .map(|seat| (seat.mandate, seat.role))
                .collect()
        })
        .unwrap_or_default();
    if seats.is_empty() {
        return attendee.role.spanish().to_string();
    }
    let short = |c: Crime| if c == Crime::Tdp { "TdP" } else { "TIM" };
    let mut parts = Vec::new();
    for role in [SeatRole::Titular, SeatRole::Suplente] {
        let mandates: Vec<&str> = seats.iter().filter(|(_, r)| *r == role).map(|(c, _)| short(*c)).collect();
        if !mandates.is_empty() {
            parts.push(format!("{} ({})", role.as_str(), mandates.join(" y ")));
        }
    }
    parts.join("; ")
}

/// "09:00–12:30, 14:00–17:30"; a stay still open reads "desde las 09:00".
fn stays(attendee: &Attendee) -> String {
    attendee
        .stays
        .iter()
        .map(|s| match s.left {
            Some(left) => format!("{}–{}", hm(s.arrived), hm(left)),
            None => format!("desde las {}", hm(s.arrived)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn is_delegate(a: &Attendee) -> bool {
    matches!(a.role, MeetingRole::Titular | MeetingRole::Suplente)
}

/// A group's title row spanning the table, kept with the row under it.
fn group_row(spans: Vec<Span>, columns: usize) -> Row {
    Row::new(vec![Cell::from_spans(spans).colspan(columns).shaded().align(Align::Left)]).keep_with_next()
}

fn note_row(text: &str, columns: usize) -> Row {
    Row::new(vec![Cell::from_spans(vec![Span::italic(text.to_string())]).colspan(columns).align(Align::Left)])
}

/// The member states on the meeting's day, with the people of the register who sit
/// for each.
fn by_state<'a>(directory: &'a Directory, register: &'a [Attendee]) -> Vec<(&'a StateCard, Vec<&'a Attendee>)> {
    directory
        .states
        .iter()
        .map(|s| {
            let people =
                register.iter().filter(|a| is_delegate(a) && a.country.as_deref() == Some(s.code.as_str())).collect();
            (s, people)
        })
        .collect()
}

/// People on the register sitting for a state that is not a member on the day (a
/// membership ended after the register was made): printed rather than lost.
fn stateless<'a>(directory: &Directory, register: &'a [Attendee]) -> Vec<&'a Attendee> {
    register
        .iter()
        .filter(|a| is_delegate(a) && !directory.states.iter().any(|s| Some(s.code.as_str()) == a.country.as_deref()))
        .collect()
}

impl Api {
    /// The attendance list to be signed at the meeting: one row per expected person.
    pub fn pdf_attendance_sheet(&self, meeting_id: i64, today: NaiveDate) -> Result<Vec<u8>> {
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let register = self.attendance(meeting_id)?;
        let directory = self.directory(m.starts_on)?;
        let offices = Offices::on(&directory);
        let rule = self.settings()?.quorum_rule;

        let mut doc = Document::new(format!("Lista de asistencia de la {}", m.title), today);
        doc.metadata.subject = format!("Lista de asistencia para firma de la {}", m.title);
        doc.metadata.keywords = vec!["lista de asistencia".into(), m.title.clone()];
        running(&mut doc, format!("Lista de asistencia — {}", m.title), today);
        doc.push(letterhead(&offices));
        doc.push(Title::new("LISTA DE ASISTENCIA").line(m.title.clone()).line(meeting_line(&detail)));

        let signing = m.modality != Modality::Virtual;
        if m.ends_on > m.starts_on {
            doc.push(
                Paragraph::from_spans(vec![Span::bold("Sesión del día: "), Span::plain("______________________")])
                    .align(Align::Left),
            );
        }
        doc.push(
            Paragraph::new(if signing {
                "Cada persona firma al llegar. Quien participe a distancia es registrado por la Secretaría Técnica, \
                 que anota «a distancia» en lugar de la firma."
            } else {
                "Reunión virtual: la Secretaría Técnica anota la hora de conexión de cada persona."
            })
            .size(TextSize::Small),
        );

        const COLUMNS: usize = 5;
        let height = if signing { SIGNING_ROW } else { 0.0 };
        let mut rows = Vec::new();
        let mut n = 0;
        let mut person_row = |a: &Attendee, institution: String, quality: String| {
            n += 1;
            Row::new(vec![
                Cell::new(n.to_string()),
                Cell::new(a.name.clone()),
                Cell::new(institution),
                Cell::new(quality),
                Cell::new(""),
            ])
            .min_height(height)
        };
        let states = by_state(&directory, &register);
        for (state, people) in &states {
            rows.push(group_row(
                vec![Span::bold(state.name.clone()), Span::plain(format!(" — {}", mechanism(state)))],
                COLUMNS,
            ));
            if people.is_empty() {
                rows.push(note_row("No hay delegados designados en la fecha de la reunión.", COLUMNS));
            }
            for a in people {
                rows.push(person_row(a, a.institution.clone(), quality(a, Some(state))));
            }
        }
        let others = stateless(&directory, &register);
        if !others.is_empty() {
            rows.push(group_row(vec![Span::bold("Otros delegados")], COLUMNS));
            for a in &others {
                rows.push(person_row(a, a.institution.clone(), quality(a, None)));
            }
        }
        let observers: Vec<&Attendee> = register.iter().filter(|a| a.role == MeetingRole::Observador).collect();
        let guests: Vec<&Attendee> = register.iter().filter(|a| a.role == MeetingRole::Invitado).collect();
        for (title, people) in [("Observadores", &observers), ("Invitados", &guests)] {
            if people.is_empty() {
                continue;
            }
            rows.push(group_row(vec![Span::bold(title)], COLUMNS));
            for a in people.iter() {
                let institution = a.organisation.clone().unwrap_or_else(|| a.institution.clone());
                rows.push(person_row(a, institution, a.role.spanish().to_string()));
            }
        }
        doc.push(Table {
            columns: vec![
                Column::new("N.º", ColumnWidth::Fixed(10.0)).align(Align::Right),
                Column::new("Nombre", ColumnWidth::Relative(2.1)),
                Column::new("Institución", ColumnWidth::Relative(2.2)),
                Column::new("Calidad", ColumnWidth::Relative(1.2)),
                Column::new(if signing { "Firma" } else { "Hora de conexión" }, ColumnWidth::Relative(1.9)),
            ],
            rows,
        });

        let delegates = states.iter().map(|(_, p)| p.len()).sum::<usize>() + others.len();
        let members = directory.states.len();
        let required = rule.required(members as u32);
        let expected = delegates + observers.len() + guests.len();
        doc.push(
            Paragraph::from_spans(vec![
                Span::bold("Totales: "),
                Span::plain(format!(
                    "{expected} {} — {delegates} {} de {members} Estados miembros, {} {} y {} {}.",
                    plural(expected, "persona prevista", "personas previstas"),
                    plural(delegates, "delegado", "delegados"),
                    observers.len(),
                    plural(observers.len(), "observador", "observadores"),
                    guests.len(),
                    plural(guests.len(), "invitado", "invitados"),
                )),
            ])
            .align(Align::Left)
            .keep_with_next(),
        );
        let present = states.iter().filter(|(_, people)| people.iter().any(|a| !a.stays.is_empty())).count();
        let counted = if register.iter().any(|a| !a.stays.is_empty()) {
            format!("{present} de {members} según el registro de la Secretaría Técnica")
        } else {
            format!("______ de {members}")
        };
        doc.push(
            Paragraph::from_spans(vec![
                Span::bold("Estados miembros presentes: "),
                Span::plain(format!("{counted}. Quórum: {required} Estados ({}).", rule.describe())),
            ])
            .align(Align::Left)
            .keep_with_next(),
        );
        let verifier = offices.secretariat.as_ref().and_then(representative).map(holder_name).unwrap_or_default();
        doc.push(Signatures {
            signatures: vec![Signature::new([
                verifier,
                "Secretaría Técnica".to_string(),
                offices.secretariat.as_ref().map(|s| s.name.clone()).unwrap_or_default(),
            ])],
        });
        render(&doc)
    }

    /// The attendance report: who attended and when, states present against member
    /// states, and every verification of quorum.
    pub fn pdf_attendance_report(&self, meeting_id: i64, today: NaiveDate) -> Result<Vec<u8>> {
        let detail = self.meeting(meeting_id)?;
        let m = &detail.meeting;
        let register = self.attendance(meeting_id)?;
        let checks = self.quorum_checks(meeting_id)?;
        let directory = self.directory(m.starts_on)?;
        let offices = Offices::on(&directory);

        let mut doc = Document::new(format!("Informe de asistencia de la {}", m.title), today);
        doc.metadata.subject = format!("Asistencia y verificaciones del quórum de la {}", m.title);
        doc.metadata.keywords = vec!["asistencia".into(), "quórum".into(), m.title.clone()];
        running(&mut doc, format!("Informe de asistencia — {}", m.title), today);
        doc.push(letterhead(&offices));
        doc.push(Title::new("INFORME DE ASISTENCIA").line(m.title.clone()).line(meeting_line(&detail)));

        let states = by_state(&directory, &register);
        let members = states.len();
        let present: Vec<&str> = states
            .iter()
            .filter(|(_, people)| people.iter().any(|a| !a.stays.is_empty()))
            .map(|(s, _)| s.name.as_str())
            .collect();
        let absent: Vec<String> = states
            .iter()
            .filter(|(_, people)| !people.iter().any(|a| !a.stays.is_empty()))
            .map(|(s, people)| {
                if people.iter().any(|a| a.status == Some(AttendanceStatus::Excusado)) {
                    format!("{} (excusado)", s.name)
                } else {
                    s.name.clone()
                }
            })
            .collect();
        let recorded = register.iter().any(|a| a.status.is_some());

        doc.push(Heading::new(2, "Estados miembros"));
        if !recorded {
            doc.push(Paragraph::new(format!(
                "No se ha registrado asistencia para la {}. Son Estados miembros en la fecha de la reunión: {}.",
                m.title,
                states.iter().map(|(s, _)| s.name.as_str()).collect::<Vec<_>>().join(", ")
            )));
        } else {
            let mut spans = vec![
                Span::bold(format!("Presentes: {} de {members}", present.len())),
                Span::plain(if present.is_empty() { ".".to_string() } else { format!(" — {}.", present.join(", ")) }),
            ];
            if !absent.is_empty() {
                spans.push(Span::bold(format!("\nNo presentes: {}", absent.len())));
                spans.push(Span::plain(format!(" — {}.", absent.join(", "))));
            }
            doc.push(Paragraph::from_spans(spans).align(Align::Left));
        }

        doc.push(Heading::new(2, "Personas registradas"));
        if !recorded {
            doc.push(Paragraph::new(
                "La Secretaría Técnica no ha registrado la llegada, la salida ni la excusa de ninguna persona.",
            ));
        }
        const COLUMNS: usize = 5;
        let person_row = |a: &Attendee, quality: String| {
            let (mode, times) = match a.status {
                _ if !a.stays.is_empty() => (
                    if a.mode == ParticipationMode::Remota { "a distancia" } else { "presencial" }.to_string(),
                    stays(a),
                ),
                Some(status) => ("—".to_string(), status.spanish().to_string()),
                None => ("—".to_string(), "sin registro".to_string()),
            };
            let institution = a.organisation.clone().unwrap_or_else(|| a.institution.clone());
            Row::new(vec![
                Cell::new(a.name.clone()),
                Cell::new(quality),
                Cell::new(institution),
                Cell::new(mode),
                Cell::new(times),
            ])
        };
        let mut rows = Vec::new();
        for (state, people) in &states {
            let here = people.iter().any(|a| !a.stays.is_empty());
            let excused = people.iter().any(|a| a.status == Some(AttendanceStatus::Excusado));
            let label = match (here, excused, recorded) {
                (true, _, _) => "presente",
                (false, true, _) => "no presente (excusado)",
                (false, false, true) => "no presente",
                (false, false, false) => "sin registro",
            };
            rows.push(group_row(vec![Span::bold(state.name.clone()), Span::plain(format!(" — {label}"))], COLUMNS));
            let marked: Vec<&&Attendee> = people.iter().filter(|a| a.status.is_some()).collect();
            if marked.is_empty() {
                rows.push(note_row("No se registró asistencia de su delegación.", COLUMNS));
            }
            for a in marked {
                rows.push(person_row(a, quality(a, Some(state))));
            }
        }
        let others: Vec<&Attendee> =
            stateless(&directory, &register).into_iter().filter(|a| a.status.is_some()).collect();
        let observers: Vec<&Attendee> =
            register.iter().filter(|a| a.role == MeetingRole::Observador && a.status.is_some()).collect();
        let guests: Vec<&Attendee> =
            register.iter().filter(|a| a.role == MeetingRole::Invitado && a.status.is_some()).collect();
        for (title, people) in [("Otros delegados", &others), ("Observadores", &observers), ("Invitados", &guests)] {
            if people.is_empty() {
                continue;
            }
            rows.push(group_row(vec![Span::bold(title)], COLUMNS));
            for a in people.iter() {
                rows.push(person_row(a, a.role.spanish().to_string()));
            }
        }
        if recorded {
            doc.push(Table {
                columns: vec![
                    Column::new("Nombre", ColumnWidth::Relative(2.0)),
                    Column::new("Calidad", ColumnWidth::Relative(1.1)),
                    Column::new("Institución", ColumnWidth::Relative(2.0)),
                    Column::new("Modalidad", ColumnWidth::Fixed(23.0)),
                    Column::new("Asistencia", ColumnWidth::Fixed(29.0)),
                ],
                rows,
            });
        }

        doc.push(Heading::new(2, "Verificaciones del quórum"));
        if checks.is_empty() {
            doc.push(Paragraph::new("No se registraron verificaciones del quórum."));
        } else {
            let names = |codes: &[String]| {
                codes
                    .iter()
                    .map(|c| directory.states.iter().find(|s| &s.code == c).map_or(c.as_str(), |s| s.name.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let multi_day = m.ends_on > m.starts_on;
            let rows = checks
                .iter()
                .map(|c| {
                    let when = if multi_day {
                        format!("{} {}", c.checked_at.format("%d/%m"), hm(c.checked_at))
                    } else {
                        hm(c.checked_at)
                    };
                    let count = &c.count;
                    Row::new(vec![
                        Cell::new(when),
                        Cell::new(c.reason.spanish()),
                        Cell::from_spans(vec![
                            Span::bold(format!("{} de {}", count.present_states.len(), count.member_states)),
                            Span::plain(if count.present_states.is_empty() {
                                String::new()
                            } else {
                                format!(": {}", names(&count.present_states))
                            }),
                        ]),
                        Cell::new(count.required.to_string()),
                        Cell::from_spans(vec![if count.quorate {
                            Span::plain("hay quórum")
                        } else {
                            Span::bold("sin quórum")
                        }]),
                    ])
                })
                .collect();
            doc.push(Table {
                columns: vec![
                    Column::new("Hora", ColumnWidth::Fixed(16.0)).align(Align::Center),
                    Column::new("Motivo", ColumnWidth::Relative(1.2)),
                    Column::new("Estados presentes", ColumnWidth::Relative(3.0)),
                    Column::new("Requeridos", ColumnWidth::Fixed(22.0)).align(Align::Center),
                    Column::new("Resultado", ColumnWidth::Fixed(24.0)),
                ],
                rows,
            });
            let rules: Vec<&str> = {
                let mut rules: Vec<&str> = checks.iter().map(|c| c.rule.as_str()).collect();
                rules.dedup();
                rules
            };
            doc.push(
                Paragraph::new(format!(
                    "Regla de quórum aplicada: {}. El quórum se cuenta en Estados miembros presentes con su titular \
                     o su suplente; los observadores y los invitados no cuentan.",
                    rules.join("; ")
                ))
                .size(TextSize::Small),
            );
        }
        render(&doc)
    }
}
