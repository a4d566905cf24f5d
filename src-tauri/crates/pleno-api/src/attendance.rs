//! The attendance register and quorum. The expected list comes from the
//! directory on the meeting's first day (every seat holder of every member state,
//! the observer organisations' representatives) plus any guests; each mark is one
//! transaction; quorum is counted in states at a moment and every verification
//! is recorded. A committee session expects and counts the committee's member
//! states; an event keeps its participants but has no quorum.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use pleno_domain::directory::SeatRole;
use pleno_domain::meeting::{
    check_arrival, check_departure, present_at, AttendanceStatus, MeetingRole, ParticipationMode,
};
use pleno_domain::meeting_model::{Attendee, Meeting, QuorumCheck, QuorumReason};
use pleno_domain::quorum::{self, QuorumCount, QuorumRule};
use pleno_domain::{DomainError, Language, Localized, Text};
use pleno_store::attendance_db::{self, AttendanceRow};
use pleno_store::{appointment_db, committee_db, country_db, organisation_db, person_db, Connection, Transaction};
use serde::Serialize;

use crate::meetings::{meeting, title_text};
use crate::{Api, ApiError, ErrorCode, Result};

/// Why the API refused an attendance mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum AttendanceError {
    PersonNotFound {
        id: i64,
    },
    NotOnRegister {
        person_id: i64,
        meeting: Text,
    },
    AlreadyOnRegister {
        person_id: i64,
    },
    StillPresent {
        name: String,
        status: AttendanceStatus,
    },
    /// A mark that does not fit the person's stays (arriving twice, leaving before arriving).
    Stay {
        name: String,
        why: DomainError,
    },
    /// Events keep participants and outcomes, not quorum.
    EventHasNoQuorum {
        meeting: Text,
    },
}

impl Localized for AttendanceError {
    fn localized(&self, lang: Language) -> String {
        use AttendanceError::*;
        match (self, lang) {
            (PersonNotFound { id }, Language::Es) => format!("no existe la persona {id}"),
            (PersonNotFound { id }, Language::En) => format!("there is no person {id}"),
            (NotOnRegister { person_id, meeting }, Language::Es) => format!(
                "la persona {person_id} no está en la lista de asistencia de la {}: añádala como invitada",
                meeting.es
            ),
            (NotOnRegister { person_id, meeting }, Language::En) => format!(
                "person {person_id} is not on the attendance register of the {}: add them as a guest",
                meeting.en
            ),
            (AlreadyOnRegister { .. }, Language::Es) => "esa persona ya está en la lista de asistencia".into(),
            (AlreadyOnRegister { .. }, Language::En) => "that person is already on the attendance register".into(),
            (StillPresent { name, status }, Language::Es) => {
                format!("{name} está presente: registre su salida en lugar de marcarlo {}", status.spanish())
            }
            (StillPresent { name, status }, Language::En) => {
                format!("{name} is present: record their departure instead of marking them {}", status.english())
            }
            (Stay { name, why }, lang) => format!("{name}: {}", why.localized(lang)),
            (EventHasNoQuorum { meeting }, Language::Es) => {
                format!("el {} es un evento: registra participantes y resultados, no quórum", meeting.es)
            }
            (EventHasNoQuorum { meeting }, Language::En) => {
                format!("the {} is an event: it records participants and outcomes, not quorum", meeting.en)
            }
        }
    }
}

impl From<AttendanceError> for ApiError {
    fn from(error: AttendanceError) -> Self {
        let code = match error {
            AttendanceError::PersonNotFound { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &error)
    }
}

/// The moment an action in a meeting refers to: the time typed or, if none, the
/// clock's time of day — on today's date when the meeting runs today, else on the
/// meeting's first day, so that a meeting's record entered before or after it
/// lands on the meeting's own date. The app and the CLI both use this.
pub fn moment(meeting: &Meeting, time: Option<NaiveTime>, now: NaiveDateTime) -> NaiveDateTime {
    // The record keeps minutes, as the Secretariat writes times: a mark at
    // 09:05:40 and a check "at 09:05" must agree.
    let time = time.unwrap_or_else(|| NaiveTime::from_hms_opt(now.hour(), now.minute(), 0).expect("valid time"));
    let day = now.date();
    let date = if (meeting.starts_on..=meeting.ends_on).contains(&day) { day } else { meeting.starts_on };
    date.and_time(time)
}

impl Api {
    /// `moment` for a meeting by its id.
    pub fn meeting_moment(
        &self,
        meeting_id: i64,
        time: Option<NaiveTime>,
        now: NaiveDateTime,
    ) -> Result<NaiveDateTime> {
        let m = self.store.read(|conn| meeting(conn, meeting_id))?;
        Ok(moment(&m, time, now))
    }
}

/// The states a meeting expects and its quorum counts: the member states on its
/// first day or, for a committee session, the committee's member states then.
pub(crate) fn counted_states(conn: &Connection, m: &Meeting) -> Result<Vec<String>> {
    let Some(committee) = m.committee else {
        return Ok(country_db::members_on(conn, m.starts_on)?);
    };
    let members = country_db::members_on(conn, m.starts_on)?;
    let committee = committee_db::list(conn, Some(m.starts_on))?.into_iter().find(|c| c.id == committee);
    Ok(committee
        .into_iter()
        .flat_map(|c| c.members)
        .filter_map(|member| member.country)
        .filter(|c| members.contains(c))
        .collect())
}

/// Who is expected, from the directory on `date`: seat holders (titular before
/// suplente) of `members`, and observer representatives.
fn expected_rows(
    conn: &Connection,
    date: NaiveDate,
    members: &[String],
    mode: ParticipationMode,
) -> Result<Vec<AttendanceRow>> {
    let mut seats = appointment_db::seats_on(conn, date)?;
    seats.retain(|s| members.contains(&s.country));
    let position = |code: &str| members.iter().position(|m| m == code).unwrap_or(usize::MAX);
    seats.sort_by_key(|s| (position(&s.country), s.role != SeatRole::Titular, s.mandate.as_str()));
    let mut rows: Vec<AttendanceRow> = Vec::new();
    for s in seats {
        if rows.iter().any(|r| r.person_id == s.person_id) {
            continue; // One person holding two seats is one line on the register.
        }
        rows.push(AttendanceRow {
            person_id: s.person_id,
            role: match s.role {
                SeatRole::Titular => MeetingRole::Titular,
                SeatRole::Suplente => MeetingRole::Suplente,
            },
            country: Some(s.country),
            organisation_id: None,
            status: AttendanceStatus::Ausente,
            mode,
            stays: Vec::new(),
        });
    }
    for r in appointment_db::representations_on(conn, date)? {
        if rows.iter().any(|row| row.person_id == r.person_id) {
            continue;
        }
        rows.push(AttendanceRow {
            person_id: r.person_id,
            role: MeetingRole::Observador,
            country: None,
            organisation_id: Some(r.organisation_id),
            status: AttendanceStatus::Ausente,
            mode,
            stays: Vec::new(),
        });
    }
    Ok(rows)
}

/// The register: the expected list with what has been recorded, then guests.
fn register(conn: &Connection, m: &Meeting) -> Result<Vec<(AttendanceRow, bool)>> {
    let recorded = attendance_db::list(conn, m.id)?;
    let mode = ParticipationMode::default_for(m.modality);
    let members = counted_states(conn, m)?;
    let mut rows: Vec<(AttendanceRow, bool)> = expected_rows(conn, m.starts_on, &members, mode)?
        .into_iter()
        .map(|expected| match recorded.iter().find(|r| r.person_id == expected.person_id) {
            Some(r) => (r.clone(), true),
            None => (expected, false),
        })
        .collect();
    for r in recorded {
        if !rows.iter().any(|(row, _)| row.person_id == r.person_id) {
            rows.push((r, true));
        }
    }
    Ok(rows)
}

fn attendee(conn: &Connection, m: &Meeting, row: &AttendanceRow, recorded: bool) -> Result<Attendee> {
    let person = person_db::get(conn, row.person_id)?.ok_or(AttendanceError::PersonNotFound { id: row.person_id })?;
    let organisation = match row.organisation_id {
        Some(id) => organisation_db::get(conn, id)?.map(|o| o.name),
        None => None,
    };
    // The mandate of the seat held on the meeting's first day tells the two titulares apart.
    let mandate = match (&row.country, row.role) {
        (Some(country), MeetingRole::Titular | MeetingRole::Suplente) => appointment_db::seats_on(conn, m.starts_on)?
            .into_iter()
            .filter(|s| s.person_id == row.person_id && &s.country == country)
            .map(|s| s.mandate)
            .min_by_key(|c| c.as_str()),
        _ => None,
    };
    Ok(Attendee {
        person_id: row.person_id,
        mandate,
        name: person.display_name(),
        institution: person.institution,
        role: row.role,
        country: row.country.clone(),
        organisation,
        status: recorded.then_some(row.status),
        mode: row.mode,
        stays: row.stays.clone(),
    })
}

fn present_states(rows: &[(AttendanceRow, bool)], at: NaiveDateTime) -> Vec<String> {
    rows.iter()
        .filter(|(r, _)| matches!(r.role, MeetingRole::Titular | MeetingRole::Suplente))
        .filter(|(r, _)| present_at(&r.stays, at))
        .filter_map(|(r, _)| r.country.clone())
        .collect()
}

fn count_at(conn: &Connection, m: &Meeting, rule: QuorumRule, at: NaiveDateTime) -> Result<QuorumCount> {
    if !m.kind.has_quorum() {
        return Err(AttendanceError::EventHasNoQuorum { meeting: title_text(m) }.into());
    }
    let members = counted_states(conn, m)?;
    Ok(quorum::count(rule, &members, &present_states(&register(conn, m)?, at)))
}

impl Api {
    pub fn attendance(&self, meeting_id: i64) -> Result<Vec<Attendee>> {
        self.store.read(|conn| {
            let m = meeting(conn, meeting_id)?;
            register(conn, &m)?.iter().map(|(row, recorded)| attendee(conn, &m, row, *recorded)).collect()
        })
    }

    /// Marks a person present (opening a stay at `at`), absent or excused.
    pub fn mark_attendance(
        &mut self,
        meeting_id: i64,
        person_id: i64,
        status: AttendanceStatus,
        at: NaiveDateTime,
        mode: Option<ParticipationMode>,
    ) -> Result<Vec<Attendee>> {
        self.store.write(|tx| {
            let m = meeting(tx, meeting_id)?;
            let mut row = row_for(tx, &m, person_id)?;
            let name = person_db::get(tx, person_id)?.map(|p| p.name).unwrap_or_default();
            match status {
                AttendanceStatus::Presente => {
                    check_arrival(&row.stays, at).map_err(|why| AttendanceError::Stay { name: name.clone(), why })?
                }
                _ if row.stays.iter().any(|s| s.left.is_none()) => {
                    return Err(AttendanceError::StillPresent { name, status }.into())
                }
                _ => {}
            }
            // Someone who came and left stays "presente" for the register.
            row.status = if row.stays.is_empty() || status == AttendanceStatus::Presente { status } else { row.status };
            if let Some(mode) = mode {
                row.mode = mode;
            }
            let id = attendance_db::upsert(tx, meeting_id, &row)?;
            if status == AttendanceStatus::Presente {
                attendance_db::arrive(tx, id, at)?;
            }
            Ok::<_, ApiError>(())
        })?;
        self.attendance(meeting_id)
    }

    /// Records that a present person left at `at`; they may come back later.
    pub fn record_departure(&mut self, meeting_id: i64, person_id: i64, at: NaiveDateTime) -> Result<Vec<Attendee>> {
        self.store.write(|tx| {
            let m = meeting(tx, meeting_id)?;
            let row = row_for(tx, &m, person_id)?;
            let name = person_db::get(tx, person_id)?.map(|p| p.name).unwrap_or_default();
            check_departure(&row.stays, at).map_err(|why| AttendanceError::Stay { name, why })?;
            let id = attendance_db::upsert(tx, meeting_id, &row)?;
            attendance_db::leave(tx, id, at)?;
            Ok::<_, ApiError>(())
        })?;
        self.attendance(meeting_id)
    }

    /// Adds a guest (invitado) to the register; guests never count for quorum.
    pub fn add_guest(&mut self, meeting_id: i64, person_id: i64) -> Result<Vec<Attendee>> {
        self.store.write(|tx| {
            let m = meeting(tx, meeting_id)?;
            person_db::get(tx, person_id)?.ok_or(AttendanceError::PersonNotFound { id: person_id })?;
            if register(tx, &m)?.iter().any(|(r, _)| r.person_id == person_id) {
                return Err(AttendanceError::AlreadyOnRegister { person_id }.into());
            }
            attendance_db::upsert(
                tx,
                meeting_id,
                &AttendanceRow {
                    person_id,
                    role: MeetingRole::Invitado,
                    country: None,
                    organisation_id: None,
                    status: AttendanceStatus::Ausente,
                    mode: ParticipationMode::default_for(m.modality),
                    stays: Vec::new(),
                },
            )?;
            Ok::<_, ApiError>(())
        })?;
        self.attendance(meeting_id)
    }

    /// The quorum at `at`, under the rule in the settings; nothing is recorded.
    pub fn quorum(&self, meeting_id: i64, at: NaiveDateTime) -> Result<QuorumCount> {
        let rule = self.settings()?.quorum_rule;
        self.store.read(|conn| count_at(conn, &meeting(conn, meeting_id)?, rule, at))
    }

    /// Verifies quorum at `at` and records the verification.
    pub fn check_quorum(&mut self, meeting_id: i64, at: NaiveDateTime, reason: QuorumReason) -> Result<QuorumCheck> {
        let rule = self.settings()?.quorum_rule;
        self.store.write(|tx| record_check(tx, meeting_id, rule, at, reason))
    }

    pub fn quorum_checks(&self, meeting_id: i64) -> Result<Vec<QuorumCheck>> {
        self.store.read(|conn| {
            meeting(conn, meeting_id)?;
            Ok(attendance_db::quorum_checks(conn, meeting_id)?)
        })
    }
}

/// Records a verification inside the caller's transaction (a decision records
/// one in the same transaction as itself).
pub(crate) fn record_check(
    tx: &Transaction,
    meeting_id: i64,
    rule: QuorumRule,
    at: NaiveDateTime,
    reason: QuorumReason,
) -> Result<QuorumCheck> {
    let m = meeting(tx, meeting_id)?;
    let count = count_at(tx, &m, rule, at)?;
    let id = attendance_db::record_quorum(tx, meeting_id, at, &reason, rule, &count)?;
    Ok(QuorumCheck { id, checked_at: at, reason, rule, count })
}

/// The register row of someone expected or already recorded; strangers must be
/// added as guests first.
fn row_for(conn: &Connection, m: &Meeting, person_id: i64) -> Result<AttendanceRow> {
    let row = register(conn, m)?.into_iter().map(|(row, _)| row).find(|r| r.person_id == person_id);
    row.ok_or_else(|| AttendanceError::NotOnRegister { person_id, meeting: title_text(m) }.into())
}
