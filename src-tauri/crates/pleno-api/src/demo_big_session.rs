//! The biggest session the Secretariat could record, for the minutes' tests and
//! benchmarks: three days, 216 agenda items (one in four with notes), 60 people
//! present, 40 decisions by vote and 80 agreements. Made through the API, as the
//! Secretariat would make it, on top of the demo archive.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::decision::{DecisionMethod, VoteChoice};
use pleno_domain::directory_model::PersonDraft;
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, MeetingStatus, Modality};

use crate::agreements::AgreementDraft;
use crate::decisions::DecisionDraft;
use crate::demo::demo_meeting;
use crate::meetings::{AgendaItemDraft, MeetingDraft};
use crate::{Api, Result};

pub const ITEMS: usize = 216;
pub const PRESENT: usize = 60;
pub const VOTES: usize = 40;
pub const AGREEMENTS: usize = 80;

const STATES: [&str; 9] = ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO"];

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 8, 3).expect("valid date")
}

fn at(days: u64, minutes: u32) -> NaiveDateTime {
    let d = day() + chrono::Days::new(days);
    d.and_hms_opt(9 + minutes / 60, minutes % 60, 0).expect("valid time")
}

impl Api {
    /// The big session (see the module's header) in an archive holding the demo;
    /// returns the meeting's id.
    pub fn load_big_session(&mut self) -> Result<i64> {
        let draft = MeetingDraft {
            ends_on: Some(day() + chrono::Days::new(2)),
            ..demo_meeting(16, day(), "Ciudad de Guatemala", "GT", Modality::Presencial)
        };
        let id = self.create_meeting(&draft)?.meeting.id;
        self.insert_standard_agenda(id)?;
        let standard = self.meeting(id)?.agenda.len();
        for n in standard..ITEMS {
            self.add_agenda_item(
                id,
                &AgendaItemDraft {
                    kind: AgendaItemKind::Discussion,
                    title: format!("Asunto {} para discusión y decisión de la sesión", n + 1),
                    presenter: String::new(),
                    country: None,
                    minutes: 10,
                    notes: String::new(),
                },
            )?;
        }
        self.advance_to(id, MeetingStatus::Convocada, at(0, 0) - chrono::Days::new(30))?;
        self.roll_call(id, day(), &STATES, &[])?;
        self.big_session_present(id)?;
        self.big_session_record(id)?;
        Ok(id)
    }

    /// Everyone expected is marked present, and guests fill the room to `PRESENT`.
    fn big_session_present(&mut self, id: i64) -> Result<()> {
        for a in self.attendance(id)? {
            if a.stays.is_empty() {
                self.mark_attendance(id, a.person_id, AttendanceStatus::Presente, at(0, 5), None)?;
            }
        }
        let mut present = self.attendance(id)?.len();
        let mut n = 0;
        while present < PRESENT {
            n += 1;
            let person = self.add_person(&PersonDraft {
                name: format!("Persona Invitada Número {n}"),
                honorific: String::new(),
                position: "Especialista".into(),
                institution: "Organismo invitado".into(),
                languages: Vec::new(),
                notes: String::new(),
                contacts: Vec::new(),
            })?;
            self.add_guest(id, person.id)?;
            self.mark_attendance(id, person.id, AttendanceStatus::Presente, at(0, 10), None)?;
            present += 1;
        }
        Ok(())
    }

    /// Notes on one item in four; a vote on 40 items, each giving an agreement;
    /// 40 more agreements recorded directly.
    fn big_session_record(&mut self, id: i64) -> Result<()> {
        let items: Vec<i64> = self.meeting(id)?.agenda.iter().map(|i| i.id).collect();
        for (n, item) in items.iter().enumerate().filter(|(n, _)| n % 4 == 1) {
            let text = format!(
                "La Secretaría Técnica presentó el punto {}. Los Estados miembros intercambiaron \
                 experiencias sobre la atención a víctimas y la persecución penal, y la Presidencia \
                 resumió las coincidencias.",
                n + 1
            );
            self.set_minutes_note(id, *item, &text)?;
        }
        for v in 0..VOTES {
            let item = items[items.len() - 1 - (v * 4 % (items.len() - 10))];
            let day_offset = (v * 3 / VOTES) as u64;
            let decision = self.add_decision(
                id,
                &DecisionDraft {
                    agenda_item_id: item,
                    text: format!("Aprobar la propuesta número {} presentada en la sesión.", v + 1),
                    method: DecisionMethod::Vote,
                    threshold: None,
                    base: None,
                },
                at(day_offset, 60 + v as u32 * 5),
            )?;
            for (s, state) in STATES.iter().enumerate() {
                let choice = if (s + v) % 7 == 0 { VoteChoice::Abstain } else { VoteChoice::Yes };
                self.cast_vote(decision.id, state, choice)?;
            }
            self.add_agreement(
                &AgreementDraft {
                    meeting_id: id,
                    decision_id: Some(decision.id),
                    text: format!("Ejecutar la propuesta número {} con el apoyo de la Secretaría Técnica.", v + 1),
                    responsible: vec![STATES[v % 9].into(), "secretaria-tecnica".into()],
                    due_on: Some(day() + chrono::Days::new(180)),
                },
                day(),
            )?;
        }
        for n in VOTES..AGREEMENTS {
            self.add_agreement(
                &AgreementDraft {
                    meeting_id: id,
                    decision_id: None,
                    text: format!("Informar en la próxima reunión sobre el asunto {} de la sesión.", n + 1),
                    responsible: vec![STATES[n % 9].into()],
                    due_on: Some(day() + chrono::Days::new(120)),
                },
                day(),
            )?;
        }
        self.advance_to(id, MeetingStatus::Cerrada, at(2, 480))?;
        Ok(())
    }
}
