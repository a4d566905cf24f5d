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
use pleno_domain::lang::plural;
use pleno_domain::meeting::{AttendanceStatus, MeetingRole, Modality};
use pleno_domain::meeting_model::{Attendee, QuorumCheck};
use pleno_domain::minutes::words;
use pleno_domain::Language;

use super::{hm, holder_name, letterhead, mechanism, meeting_line, render, representative, running, title, Offices};
use crate::directory_view::{Directory, StateCard};
use crate::{Api, Result};

/// Every word the attendance sheet and report use, in one language.
struct Words {
    lang: Language,
    sheet_of: &'static str,
    sheet_subject: &'static str,
    sheet: &'static str,
    sheet_title: &'static str,
    day: &'static str,
    signing: &'static str,
    virtual_: &'static str,
    no_delegates: &'static str,
    others: &'static str,
    observers: &'static str,
    guests: &'static str,
    sheet_columns: [&'static str; 4],
    sign: &'static str,
    connection: &'static str,
    totals: &'static str,
    /// (one, other) for people expected, delegates, observers, guests.
    counts: [(&'static str, &'static str); 4],
    of_members: &'static str,
    states_present: &'static str,
    by_register: &'static str,
    quorum: &'static str,
    states: &'static str,
    secretariat: &'static str,
    report_of: &'static str,
    report_subject: &'static str,
    report: &'static str,
    report_title: &'static str,
    members_heading: &'static str,
    nothing_recorded: fn(&str, &str) -> String,
    present: &'static str,
    not_present: &'static str,
    excused: &'static str,
    people_heading: &'static str,
    nobody: &'static str,
    no_record: &'static str,
    from: &'static str,
    state_labels: [&'static str; 4],
    delegation_unrecorded: &'static str,
    report_columns: [&'static str; 5],
    checks_heading: &'static str,
    no_checks: &'static str,
    check_columns: [&'static str; 5],
    of: &'static str,
    quorate: &'static str,
    not_quorate: &'static str,
    rule_note: fn(&str) -> String,
    and: &'static str,
}

const ES: Words = Words {
    lang: Language::Es,
    sheet_of: "Lista de asistencia de la",
    sheet_subject: "Lista de asistencia para firma de la",
    sheet: "Lista de asistencia",
    sheet_title: "LISTA DE ASISTENCIA",
    day: "Sesión del día: ",
    signing: "Cada persona firma al llegar. Quien participe a distancia es registrado por la Secretaría Técnica, \
              que anota «a distancia» en lugar de la firma.",
    virtual_: "Reunión virtual: la Secretaría Técnica anota la hora de conexión de cada persona.",
    no_delegates: "No hay delegados designados en la fecha de la reunión.",
    others: "Otros delegados",
    observers: "Observadores",
    guests: "Invitados",
    sheet_columns: ["N.º", "Nombre", "Institución", "Calidad"],
    sign: "Firma",
    connection: "Hora de conexión",
    totals: "Totales: ",
    counts: [
        ("persona prevista", "personas previstas"),
        ("delegado", "delegados"),
        ("observador", "observadores"),
        ("invitado", "invitados"),
    ],
    of_members: "Estados miembros",
    states_present: "Estados miembros presentes: ",
    by_register: "según el registro de la Secretaría Técnica",
    quorum: "Quórum",
    states: "Estados",
    secretariat: "Secretaría Técnica",
    report_of: "Informe de asistencia de la",
    report_subject: "Asistencia y verificaciones del quórum de la",
    report: "Informe de asistencia",
    report_title: "INFORME DE ASISTENCIA",
    members_heading: "Estados miembros",
    nothing_recorded: |meeting, states| {
        format!("No se ha registrado asistencia para la {meeting}. Son Estados miembros en la fecha de la reunión: {states}.")
    },
    present: "Presentes",
    not_present: "No presentes",
    excused: "excusado",
    people_heading: "Personas registradas",
    nobody: "La Secretaría Técnica no ha registrado la llegada, la salida ni la excusa de ninguna persona.",
    no_record: "sin registro",
    from: "desde las",
    state_labels: ["presente", "no presente (excusado)", "no presente", "sin registro"],
    delegation_unrecorded: "No se registró asistencia de su delegación.",
    report_columns: ["Nombre", "Calidad", "Institución", "Modalidad", "Asistencia"],
    checks_heading: "Verificaciones del quórum",
    no_checks: "No se registraron verificaciones del quórum.",
    check_columns: ["Hora", "Motivo", "Estados presentes", "Requeridos", "Resultado"],
    of: "de",
    quorate: "hay quórum",
    not_quorate: "sin quórum",
    rule_note: |rules| {
        format!(
            "Regla de quórum aplicada: {rules}. El quórum se cuenta en Estados miembros presentes con su titular \
             o su suplente; los observadores y los invitados no cuentan."
        )
    },
    and: "y",
};

const EN: Words = Words {
    lang: Language::En,
    sheet_of: "Attendance sheet of the",
    sheet_subject: "Attendance sheet to be signed at the",
    sheet: "Attendance sheet",
    sheet_title: "ATTENDANCE SHEET",
    day: "Session of: ",
    signing: "Each person signs on arrival. Those taking part remotely are recorded by the Technical Secretariat, \
              which writes “remote” instead of a signature.",
    virtual_: "Virtual meeting: the Technical Secretariat records when each person connects.",
    no_delegates: "No delegates are designated on the date of the meeting.",
    others: "Other delegates",
    observers: "Observers",
    guests: "Guests",
    sheet_columns: ["No.", "Name", "Institution", "Capacity"],
    sign: "Signature",
    connection: "Connected at",
    totals: "Totals: ",
    counts: [
        ("person expected", "people expected"),
        ("delegate", "delegates"),
        ("observer", "observers"),
        ("guest", "guests"),
    ],
    of_members: "member states",
    states_present: "Member states present: ",
    by_register: "according to the Technical Secretariat's register",
    quorum: "Quorum",
    states: "states",
    secretariat: "Technical Secretariat",
    report_of: "Attendance report of the",
    report_subject: "Attendance and verifications of quorum of the",
    report: "Attendance report",
    report_title: "ATTENDANCE REPORT",
    members_heading: "Member states",
    nothing_recorded: |meeting, states| {
        format!(
            "No attendance has been recorded for the {meeting}. Member states on the date of the meeting: {states}."
        )
    },
    present: "Present",
    not_present: "Not present",
    excused: "excused",
    people_heading: "People recorded",
    nobody: "The Technical Secretariat has recorded no arrival, departure or apology.",
    no_record: "not recorded",
    from: "from",
    state_labels: ["present", "not present (excused)", "not present", "not recorded"],
    delegation_unrecorded: "No attendance of its delegation was recorded.",
    report_columns: ["Name", "Capacity", "Institution", "Modality", "Attendance"],
    checks_heading: "Verifications of quorum",
    no_checks: "No verification of quorum was recorded.",
    check_columns: ["Time", "Reason", "States present", "Required", "Result"],
    of: "of",
    quorate: "quorum",
    not_quorate: "no quorum",
    rule_note: |rules| {
        format!(
            "Quorum rule applied: {rules}. Quorum counts member states present with their principal or their \
             alternate; observers and guests do not count."
        )
    },
    and: "and",
};

/// Room for a signature in a row of the list, in millimetres.
const SIGNING_ROW: f32 = 11.0;

/// "titular (TdP)", "suplente (TdP y TIM)": the person's seats in their state on the
/// meeting's day, or the role on the register.
fn quality(attendee: &Attendee, state: Option<&StateCard>, w: &Words) -> String {
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
        return words::role(w.lang, attendee.role).to_string();
    }
    let short = |c: Crime| if c == Crime::Tdp { "TdP" } else { "TIM" };
    let mut parts = Vec::new();
    for role in [SeatRole::Titular, SeatRole::Suplente] {
        let mandates: Vec<&str> = seats.iter().filter(|(_, r)| *r == role).map(|(c, _)| short(*c)).collect();
        if !mandates.is_empty() {
            let role = words::role(
                w.lang,
                if role == SeatRole::Titular { MeetingRole::Titular } else { MeetingRole::Suplente },
            );
            parts.push(format!("{role} ({})", mandates.join(&format!(" {} ", w.and))));
        }
    }
    parts.join("; ")
}

/// "09:00–12:30, 14:00–17:30"; a stay still open reads "desde las 09:00".
fn stays(attendee: &Attendee, w: &Words) -> String {
    attendee
        .stays
        .iter()
        .map(|s| match s.left {
            Some(left) => format!("{}–{}", hm(s.arrived), hm(left)),
            None => format!("{} {}", w.from, hm(s.arrived)),
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
    pub fn pdf_attendance_sheet(&self, meeting_id: i64, today: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let w = lang.pick(&ES, &EN);
        let detail = self.meeting(meeting_id)?;
        let meeting = title(&detail, lang);
        let m = &detail.meeting;
        let register = self.attendance(meeting_id)?;
        let directory = self.directory(m.starts_on)?;
        let offices = Offices::on(&directory);
        let rule = self.settings()?.quorum_rule;

        let mut doc = Document::new(format!("{} {meeting}", w.sheet_of), today).in_language(lang);
        doc.metadata.subject = format!("{} {meeting}", w.sheet_subject);
        doc.metadata.keywords = vec![w.sheet.to_lowercase(), meeting.clone()];
        running(&mut doc, format!("{} — {meeting}", w.sheet), today);
        doc.push(letterhead(&offices, lang));
        doc.push(Title::new(w.sheet_title).line(meeting.clone()).line(meeting_line(&detail, lang)));

        let signing = m.modality != Modality::Virtual;
        if m.ends_on > m.starts_on {
            doc.push(
                Paragraph::from_spans(vec![Span::bold(w.day), Span::plain("______________________")])
                    .align(Align::Left),
            );
        }
        doc.push(Paragraph::new(if signing { w.signing } else { w.virtual_ }).size(TextSize::Small));
        let sheet = Sheet::of(&directory, &register);
        doc.push(sheet.table(w, signing));
        sheet.totals(&mut doc, w, rule);
        let verifier = offices.secretariat.as_ref().and_then(representative).map(holder_name).unwrap_or_default();
        doc.push(Signatures {
            signatures: vec![Signature::new([
                verifier,
                w.secretariat.to_string(),
                offices.secretariat.as_ref().map(|s| s.name_in(lang).to_string()).unwrap_or_default(),
            ])],
        });
        render(&doc)
    }

    /// The attendance report: who attended and when, states present against member
    /// states, and every verification of quorum.
    pub fn pdf_attendance_report(&self, meeting_id: i64, today: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let w = lang.pick(&ES, &EN);
        let detail = self.meeting(meeting_id)?;
        let meeting = title(&detail, lang);
        let register = self.attendance(meeting_id)?;
        let checks = self.quorum_checks(meeting_id)?;
        let directory = self.directory(detail.meeting.starts_on)?;
        let offices = Offices::on(&directory);

        let mut doc = Document::new(format!("{} {meeting}", w.report_of), today).in_language(lang);
        doc.metadata.subject = format!("{} {meeting}", w.report_subject);
        doc.metadata.keywords = vec![w.report.to_lowercase(), w.quorum.to_lowercase(), meeting.clone()];
        running(&mut doc, format!("{} — {meeting}", w.report), today);
        doc.push(letterhead(&offices, lang));
        doc.push(Title::new(w.report_title).line(meeting.clone()).line(meeting_line(&detail, lang)));

        let report = Report { w, directory: &directory, register: &register, states: by_state(&directory, &register) };
        report.states_present(&mut doc, &meeting);
        report.people(&mut doc);
        report.checks(&mut doc, &checks, detail.meeting.ends_on > detail.meeting.starts_on);
        render(&doc)
    }
}

/// What the attendance report is made of, and its three sections.
struct Report<'a> {
    w: &'static Words,
    directory: &'a Directory,
    register: &'a [Attendee],
    states: Vec<(&'a StateCard, Vec<&'a Attendee>)>,
}

impl Report<'_> {
    fn recorded(&self) -> bool {
        self.register.iter().any(|a| a.status.is_some())
    }

    /// "Presentes: 7 de 9 — …", "No presentes: 2 — México (excusado), Nicaragua."
    fn states_present(&self, doc: &mut Document, meeting: &str) {
        let w = self.w;
        let here = |people: &[&Attendee]| people.iter().any(|a| !a.stays.is_empty());
        let present: Vec<&str> =
            self.states.iter().filter(|(_, people)| here(people)).map(|(s, _)| s.name_in(w.lang)).collect();
        let absent: Vec<String> = self
            .states
            .iter()
            .filter(|(_, people)| !here(people))
            .map(|(s, people)| {
                if people.iter().any(|a| a.status == Some(AttendanceStatus::Excusado)) {
                    format!("{} ({})", s.name_in(w.lang), w.excused)
                } else {
                    s.name_in(w.lang).to_string()
                }
            })
            .collect();
        doc.push(Heading::new(2, w.members_heading));
        if !self.recorded() {
            let names = self.states.iter().map(|(s, _)| s.name_in(w.lang)).collect::<Vec<_>>().join(", ");
            doc.push(Paragraph::new((w.nothing_recorded)(meeting, &names)));
            return;
        }
        let mut spans = vec![
            Span::bold(format!("{}: {} {} {}", w.present, present.len(), w.of, self.states.len())),
            Span::plain(if present.is_empty() { ".".to_string() } else { format!(" — {}.", present.join(", ")) }),
        ];
        if !absent.is_empty() {
            spans.push(Span::bold(format!("\n{}: {}", w.not_present, absent.len())));
            spans.push(Span::plain(format!(" — {}.", absent.join(", "))));
        }
        doc.push(Paragraph::from_spans(spans).align(Align::Left));
    }

    fn person_row(&self, a: &Attendee, quality: String) -> Row {
        let lang = self.w.lang;
        let (mode, times) = match a.status {
            _ if !a.stays.is_empty() => (words::participation(lang, a.mode).to_string(), stays(a, self.w)),
            Some(status) => ("—".to_string(), words::attendance(lang, status).to_string()),
            None => ("—".to_string(), self.w.no_record.to_string()),
        };
        let institution = a.organisation.clone().unwrap_or_else(|| a.institution.clone());
        Row::new(vec![
            Cell::new(a.name.clone()),
            Cell::new(quality),
            Cell::new(institution),
            Cell::new(mode),
            Cell::new(times),
        ])
    }

    /// Everyone the Secretariat recorded, by state, then the others.
    fn people(&self, doc: &mut Document) {
        const COLUMNS: usize = 5;
        let w = self.w;
        let recorded = self.recorded();
        doc.push(Heading::new(2, w.people_heading));
        if !recorded {
            doc.push(Paragraph::new(w.nobody));
            return;
        }
        let mut rows = Vec::new();
        for (state, people) in &self.states {
            let here = people.iter().any(|a| !a.stays.is_empty());
            let excused = people.iter().any(|a| a.status == Some(AttendanceStatus::Excusado));
            let label = match (here, excused) {
                (true, _) => w.state_labels[0],
                (false, true) => w.state_labels[1],
                (false, false) => w.state_labels[2],
            };
            let name = state.name_in(w.lang).to_string();
            rows.push(group_row(vec![Span::bold(name), Span::plain(format!(" — {label}"))], COLUMNS));
            let marked: Vec<&&Attendee> = people.iter().filter(|a| a.status.is_some()).collect();
            if marked.is_empty() {
                rows.push(note_row(w.delegation_unrecorded, COLUMNS));
            }
            for a in marked {
                rows.push(self.person_row(a, quality(a, Some(state), w)));
            }
        }
        let marked = |role: MeetingRole| -> Vec<&Attendee> {
            self.register.iter().filter(|a| a.role == role && a.status.is_some()).collect()
        };
        let others: Vec<&Attendee> =
            stateless(self.directory, self.register).into_iter().filter(|a| a.status.is_some()).collect();
        let groups = [
            (w.others, others),
            (w.observers, marked(MeetingRole::Observador)),
            (w.guests, marked(MeetingRole::Invitado)),
        ];
        for (title, people) in groups.iter().filter(|(_, people)| !people.is_empty()) {
            rows.push(group_row(vec![Span::bold(*title)], COLUMNS));
            for a in people {
                rows.push(self.person_row(a, words::role(w.lang, a.role).to_string()));
            }
        }
        let c = w.report_columns;
        doc.push(Table {
            columns: vec![
                Column::new(c[0], ColumnWidth::Relative(2.0)),
                Column::new(c[1], ColumnWidth::Relative(1.1)),
                Column::new(c[2], ColumnWidth::Relative(2.0)),
                Column::new(c[3], ColumnWidth::Fixed(23.0)),
                Column::new(c[4], ColumnWidth::Fixed(29.0)),
            ],
            rows,
        });
    }

    /// Every verification of quorum, with the rule it applied.
    fn checks(&self, doc: &mut Document, checks: &[QuorumCheck], multi_day: bool) {
        let w = self.w;
        doc.push(Heading::new(2, w.checks_heading));
        if checks.is_empty() {
            doc.push(Paragraph::new(w.no_checks));
            return;
        }
        let names = |codes: &[String]| {
            codes
                .iter()
                .map(|c| self.directory.states.iter().find(|s| &s.code == c).map_or(c.as_str(), |s| s.name_in(w.lang)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let rows = checks
            .iter()
            .map(|c| {
                let when = if multi_day {
                    format!("{} {}", c.checked_at.format("%d/%m"), hm(c.checked_at))
                } else {
                    hm(c.checked_at)
                };
                let count = &c.count;
                let states = if count.present_states.is_empty() {
                    String::new()
                } else {
                    format!(": {}", names(&count.present_states))
                };
                Row::new(vec![
                    Cell::new(when),
                    Cell::new(words::reason(w.lang, &c.reason)),
                    Cell::from_spans(vec![
                        Span::bold(format!("{} {} {}", count.present_states.len(), w.of, count.member_states)),
                        Span::plain(states),
                    ]),
                    Cell::new(count.required.to_string()),
                    Cell::from_spans(vec![if count.quorate {
                        Span::plain(w.quorate)
                    } else {
                        Span::bold(w.not_quorate)
                    }]),
                ])
            })
            .collect();
        let c = w.check_columns;
        doc.push(Table {
            columns: vec![
                Column::new(c[0], ColumnWidth::Fixed(16.0)).align(Align::Center),
                Column::new(c[1], ColumnWidth::Relative(1.2)),
                Column::new(c[2], ColumnWidth::Relative(3.0)),
                Column::new(c[3], ColumnWidth::Fixed(22.0)).align(Align::Center),
                Column::new(c[4], ColumnWidth::Fixed(24.0)),
            ],
            rows,
        });
        let mut rules: Vec<String> = checks.iter().map(|c| c.rule.describe_in(w.lang)).collect();
        rules.dedup();
        doc.push(Paragraph::new((w.rule_note)(&rules.join("; "))).size(TextSize::Small));
    }
}

/// The people expected at a meeting, grouped as the sheet lists them.
struct Sheet<'a> {
    states: Vec<(&'a StateCard, Vec<&'a Attendee>)>,
    others: Vec<&'a Attendee>,
    observers: Vec<&'a Attendee>,
    guests: Vec<&'a Attendee>,
    register: &'a [Attendee],
}

impl<'a> Sheet<'a> {
    fn of(directory: &'a Directory, register: &'a [Attendee]) -> Self {
        let with = |role: MeetingRole| register.iter().filter(|a| a.role == role).collect();
        Sheet {
            states: by_state(directory, register),
            others: stateless(directory, register),
            observers: with(MeetingRole::Observador),
            guests: with(MeetingRole::Invitado),
            register,
        }
    }

    /// One numbered row per person, with room to sign when the meeting is not virtual.
    fn table(&self, w: &Words, signing: bool) -> Table {
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
        for (state, people) in &self.states {
            rows.push(group_row(
                vec![
                    Span::bold(state.name_in(w.lang).to_string()),
                    Span::plain(format!(" — {}", mechanism(state, w.lang))),
                ],
                COLUMNS,
            ));
            if people.is_empty() {
                rows.push(note_row(w.no_delegates, COLUMNS));
            }
            for a in people {
                rows.push(person_row(a, a.institution.clone(), quality(a, Some(state), w)));
            }
        }
        if !self.others.is_empty() {
            rows.push(group_row(vec![Span::bold(w.others)], COLUMNS));
            for a in &self.others {
                rows.push(person_row(a, a.institution.clone(), quality(a, None, w)));
            }
        }
        for (title, people) in [(w.observers, &self.observers), (w.guests, &self.guests)] {
            if people.is_empty() {
                continue;
            }
            rows.push(group_row(vec![Span::bold(title)], COLUMNS));
            for a in people.iter() {
                let institution = a.organisation.clone().unwrap_or_else(|| a.institution.clone());
                rows.push(person_row(a, institution, words::role(w.lang, a.role).to_string()));
            }
        }
        let c = w.sheet_columns;
        Table {
            columns: vec![
                Column::new(c[0], ColumnWidth::Fixed(10.0)).align(Align::Right),
                Column::new(c[1], ColumnWidth::Relative(2.1)),
                Column::new(c[2], ColumnWidth::Relative(2.2)),
                Column::new(c[3], ColumnWidth::Relative(1.2)),
                Column::new(if signing { w.sign } else { w.connection }, ColumnWidth::Relative(1.9)),
            ],
            rows,
        }
    }

    /// People expected, states present (or a blank to fill in) and the quorum.
    fn totals(&self, doc: &mut Document, w: &Words, rule: pleno_domain::quorum::QuorumRule) {
        let delegates = self.states.iter().map(|(_, p)| p.len()).sum::<usize>() + self.others.len();
        let members = self.states.len();
        let expected = delegates + self.observers.len() + self.guests.len();
        let n = |i: usize, count: usize| plural(count as u64, w.counts[i].0, w.counts[i].1);
        let totals = format!(
            "{} — {} {} {members} {}, {} {} {}.",
            n(0, expected),
            n(1, delegates),
            w.of,
            w.of_members,
            n(2, self.observers.len()),
            w.and,
            n(3, self.guests.len()),
        );
        doc.push(
            Paragraph::from_spans(vec![Span::bold(w.totals), Span::plain(totals)]).align(Align::Left).keep_with_next(),
        );
        let present = self.states.iter().filter(|(_, people)| people.iter().any(|a| !a.stays.is_empty())).count();
        let counted = if self.register.iter().any(|a| !a.stays.is_empty()) {
            format!("{present} {} {members} {}", w.of, w.by_register)
        } else {
            format!("______ {} {members}", w.of)
        };
        let quorum = format!(
            "{counted}. {}: {} {} ({}).",
            w.quorum,
            rule.required(members as u32),
            w.states,
            words::quorum_rule(w.lang, rule)
        );
        doc.push(
            Paragraph::from_spans(vec![Span::bold(w.states_present), Span::plain(quorum)])
                .align(Align::Left)
                .keep_with_next(),
        );
    }
}
