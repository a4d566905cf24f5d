//! Meetings through the API on an in-memory archive whose directory each test
//! builds for itself (small fixtures below, not the demo): the expected attendance,
//! quorum scenarios over a day, and the agenda.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::directory::{MemberDraft, OrganisationDraft, SeatAssignment};
use pleno_api::meetings::{AgendaItemDraft, MeetingDraft};
use pleno_api::Api;
use pleno_domain::country::Crime;
use pleno_domain::directory::SeatRole;
use pleno_domain::directory_model::{OrganisationKind, PersonDraft};
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, MeetingKind, MeetingRole, Modality};
use pleno_domain::meeting_model::QuorumReason;
use pleno_domain::quorum::QuorumRule;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(hm: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("2026-12-10 {hm}"), "%Y-%m-%d %H:%M").unwrap()
}

/// A person appointed to a seat; what a test does not say is a current TdP titular.
struct Seat {
    name: &'static str,
    country: &'static str,
    mandate: Crime,
    role: SeatRole,
    starts_on: &'static str,
    ends_on: Option<&'static str>,
}

impl Default for Seat {
    fn default() -> Self {
        Seat {
            name: "",
            country: "CR",
            mandate: Crime::Tdp,
            role: SeatRole::Titular,
            starts_on: "2024-03-01",
            ends_on: None,
        }
    }
}

/// Adds the person and appoints them; returns the person's id.
fn seat(api: &mut Api, seat: Seat) -> i64 {
    let name = if seat.name.is_empty() {
        format!("Delegación {} {:?} {:?}", seat.country, seat.mandate, seat.role)
    } else {
        seat.name.into()
    };
    let person = api.add_person(&PersonDraft { name, ..Default::default() }).unwrap();
    api.assign_seat(&SeatAssignment {
        person_id: person.id,
        country: seat.country.into(),
        mandate: seat.mandate,
        role: seat.role,
        starts_on: date(seat.starts_on),
        ends_on: seat.ends_on.map(date),
    })
    .unwrap();
    person.id
}

/// An observer organisation with one representative; returns the representative's id.
fn observer(api: &mut Api, organisation: &str, representative: &str) -> i64 {
    let organisation = api
        .add_organisation(&OrganisationDraft {
            name: organisation.into(),
            acronym: String::new(),
            kind: OrganisationKind::International,
            starts_on: Some(date("2011-09-16")),
        })
        .unwrap();
    let person = api.add_person(&PersonDraft { name: representative.into(), ..Default::default() }).unwrap();
    api.add_representative(person.id, organisation.id, date("2024-03-01"), None).unwrap();
    person.id
}

/// A meeting as a test needs it; what it does not say is the XV Ordinary Meeting
/// in Panamá City on 10 December 2026.
struct Meeting {
    kind: MeetingKind,
    number: Option<u32>,
    starts_on: &'static str,
    city: &'static str,
    country: &'static str,
}

impl Default for Meeting {
    fn default() -> Self {
        Meeting {
            kind: MeetingKind::Ordinaria,
            number: Some(15),
            starts_on: "2026-12-10",
            city: "Ciudad de Panamá",
            country: "PA",
        }
    }
}

impl Meeting {
    fn draft(&self) -> MeetingDraft {
        MeetingDraft {
            committee: None,
            event_kind: None,
            kind: self.kind,
            number: self.number,
            starts_on: date(self.starts_on),
            ends_on: None,
            start_time: None,
            city: self.city.into(),
            country: Some(self.country.into()),
            host: None,
            modality: Modality::Hibrida,
            link: "https://videoconferencia.example/xv".into(),
        }
    }
}

fn create(api: &mut Api, meeting: Meeting) -> i64 {
    api.create_meeting(&meeting.draft()).unwrap().meeting.id
}

/// The persons of the quorum scenarios: Costa Rica with both TdP seats, the
/// titulares of El Salvador, Guatemala and Honduras, México's suplente, two observers.
struct Delegations {
    cr_titular: i64,
    cr_suplente: i64,
    titulares: Vec<i64>,
    mx_suplente: i64,
    observers: Vec<i64>,
}

fn delegations(api: &mut Api) -> Delegations {
    Delegations {
        cr_titular: seat(api, Seat { name: "Ana Lucía Vargas Solís", ..Default::default() }),
        cr_suplente: seat(api, Seat { role: SeatRole::Suplente, ..Default::default() }),
        titulares: ["SV", "GT", "HN"].map(|country| seat(api, Seat { country, ..Default::default() })).to_vec(),
        mx_suplente: seat(api, Seat { country: "MX", role: SeatRole::Suplente, ..Default::default() }),
        observers: vec![
            observer(api, "Organización Internacional para las Migraciones", "Daniela Cordero Méndez"),
            observer(api, "Save the Children", "Verónica Aguilar Pinto"),
        ],
    }
}

fn arrive(api: &mut Api, meeting: i64, person: i64, hm: &str) {
    api.mark_attendance(meeting, person, AttendanceStatus::Presente, at(hm), None).unwrap();
}

#[test]
fn the_expected_list_comes_from_the_directory_on_the_meeting_date() {
    let mut api = Api::in_memory().unwrap();
    seat(&mut api, Seat { country: "BZ", name: "Sharon Tillett", ..Default::default() });
    seat(&mut api, Seat { country: "BZ", mandate: Crime::Tim, role: SeatRole::Suplente, ..Default::default() });
    seat(&mut api, Seat { name: "Ana Lucía Vargas Solís", ..Default::default() });
    // Seats that are not held on the meeting day are not expected.
    seat(
        &mut api,
        Seat {
            name: "Rodrigo Alvarado Ureña",
            starts_on: "2021-03-01",
            ends_on: Some("2024-03-01"),
            ..Default::default()
        },
    );
    seat(&mut api, Seat { country: "SV", starts_on: "2027-01-01", ..Default::default() });
    observer(&mut api, "Organización Internacional para las Migraciones", "Daniela Cordero Méndez");
    let m = create(&mut api, Meeting::default());

    let list = api.attendance(m).unwrap();
    let names: Vec<(Option<&str>, MeetingRole)> = list.iter().map(|a| (a.country.as_deref(), a.role)).collect();
    assert_eq!(
        names,
        [
            (Some("BZ"), MeetingRole::Titular),
            (Some("BZ"), MeetingRole::Suplente),
            (Some("CR"), MeetingRole::Titular),
            (None, MeetingRole::Observador),
        ],
        "states in the Coalition's order, titular first, then observers"
    );
    assert!(list.iter().all(|a| a.status.is_none()), "nobody has been marked yet");
}

#[test]
fn quorum_over_a_day_with_people_leaving_and_returning() {
    let mut api = Api::in_memory().unwrap();
    let people = delegations(&mut api);
    let m = create(&mut api, Meeting::default());
    for person in [people.cr_titular].iter().chain(&people.titulares) {
        arrive(&mut api, m, *person, "09:00");
    }
    // Costa Rica's suplente also present: Costa Rica still counts once.
    arrive(&mut api, m, people.cr_suplente, "09:00");
    // Observers never count.
    for o in &people.observers {
        arrive(&mut api, m, *o, "09:00");
    }
    assert_eq!(
        api.quorum(m, at("09:30")).unwrap().banner(pleno_domain::Language::Es),
        "Quórum: 4 de 9 Estados — sin quórum"
    );

    let mx = people.mx_suplente;
    arrive(&mut api, m, mx, "09:45");
    let q = api.quorum(m, at("10:00")).unwrap();
    assert_eq!((q.present_states.len(), q.required, q.quorate), (5, 5, true));

    // Mexico's suplente steps out and comes back.
    api.record_departure(m, mx, at("11:00")).unwrap();
    assert!(!api.quorum(m, at("11:15")).unwrap().quorate);
    arrive(&mut api, m, mx, "11:30");
    assert!(api.quorum(m, at("11:30")).unwrap().quorate);
    assert!(!api.quorum(m, at("08:59")).unwrap().quorate, "before anyone arrived");

    // Two-thirds needs six of nine.
    let mut settings = api.settings().unwrap();
    settings.quorum_rule = QuorumRule::TwoThirds;
    api.update_settings(&settings.into()).unwrap();
    let q = api.quorum(m, at("11:30")).unwrap();
    assert_eq!((q.required, q.quorate), (6, false));
}

#[test]
fn a_state_not_yet_a_member_on_the_meeting_date_is_not_counted() {
    let mut api = Api::in_memory().unwrap();
    let m = create(&mut api, Meeting::default());
    api.add_member(&MemberDraft {
        code: "CO".into(),
        name: "Colombia".into(),
        name_en: String::new(),
        starts_on: date("2027-01-01"),
        ends_on: None,
    })
    .unwrap();
    assert_eq!(api.quorum(m, at("10:00")).unwrap().member_states, 9);
}

/// The seed (§II) puts seven states at the first meeting; México and República
/// Dominicana count as members from 2018, when the plan lists them.
#[test]
fn a_meeting_before_2018_counts_the_seven_founding_states() {
    let mut api = Api::in_memory().unwrap();
    let cases = [("2012-02-15", 1, 7), ("2017-12-31", 2, 7), ("2018-01-01", 3, 9)];
    for (day, number, members) in cases {
        let m = create(&mut api, Meeting { number: Some(number), starts_on: day, ..Default::default() });
        let noon = NaiveDateTime::parse_from_str(&format!("{day} 12:00"), "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(api.quorum(m, noon).unwrap().member_states, members, "on {day}");
    }
}

#[test]
fn every_verification_is_recorded_with_its_time_states_and_result() {
    let mut api = Api::in_memory().unwrap();
    let cr = seat(&mut api, Seat::default());
    let m = create(&mut api, Meeting::default());
    arrive(&mut api, m, cr, "09:00");
    api.check_quorum(m, at("09:10"), QuorumReason::Apertura).unwrap();
    api.check_quorum(m, at("12:00"), QuorumReason::Solicitud).unwrap();
    let checks = api.quorum_checks(m).unwrap();
    assert_eq!(checks.len(), 2);
    assert_eq!(checks[0].count.present_states, ["CR"]);
    assert_eq!(checks[0].reason, QuorumReason::Apertura);
    assert_eq!(checks[1].checked_at, at("12:00"));
    assert!(!checks[1].count.quorate);
}

#[test]
fn marks_that_make_no_sense_are_refused_with_the_persons_name() {
    let mut api = Api::in_memory().unwrap();
    let cr = seat(&mut api, Seat { name: "Ana Lucía Vargas Solís", ..Default::default() });
    let stranger = seat(
        &mut api,
        Seat {
            name: "Rodrigo Alvarado Ureña",
            starts_on: "2021-03-01",
            ends_on: Some("2024-03-01"),
            ..Default::default()
        },
    );
    let m = create(&mut api, Meeting::default());
    arrive(&mut api, m, cr, "09:00");
    let error = api.mark_attendance(m, cr, AttendanceStatus::Presente, at("09:30"), None).unwrap_err();
    assert!(
        error.message.contains("Ana Lucía Vargas Solís") && error.message.contains("ya está presente"),
        "{}",
        error.message
    );
    let error = api.mark_attendance(m, cr, AttendanceStatus::Ausente, at("09:30"), None).unwrap_err();
    assert!(error.message.contains("registre su salida"), "{}", error.message);
    let error = api.mark_attendance(m, stranger, AttendanceStatus::Presente, at("09:30"), None).unwrap_err();
    assert!(error.message.contains("añádala como invitada"), "{}", error.message);
    api.add_guest(m, stranger).unwrap();
    arrive(&mut api, m, stranger, "09:30");
    assert_eq!(api.quorum(m, at("10:00")).unwrap().present_states, ["CR"], "guests never count");
}

#[test]
fn the_standard_agenda_is_inserted_once_and_items_can_be_reordered() {
    let mut api = Api::in_memory().unwrap();
    let m = create(&mut api, Meeting::default());
    let detail = api.insert_standard_agenda(m).unwrap();
    assert_eq!(detail.agenda.len(), 7 + 9, "seven fixed items and one report per state");
    assert!(api.insert_standard_agenda(m).unwrap_err().message.contains("ya tiene puntos"));
    let detail = api
        .add_agenda_item(
            m,
            &AgendaItemDraft {
                kind: AgendaItemKind::Discussion,
                title: "Estrategia regional de prevención".into(),
                presenter: "Petit Comité".into(),
                country: None,
                minutes: 45,
                notes: String::new(),
            },
        )
        .unwrap();
    let new = detail.id;
    let detail = api.move_agenda_item(new, 5).unwrap();
    assert_eq!(detail.agenda[4].title, "Estrategia regional de prevención");
    assert_eq!(detail.agenda.iter().map(|i| i.position).collect::<Vec<_>>(), (1..=17).collect::<Vec<_>>());
}

#[test]
fn reference_documents_are_stored_with_their_sha256_and_checked_when_opened() {
    let mut api = Api::in_memory().unwrap();
    let m = create(&mut api, Meeting::default());
    let detail = api.insert_standard_agenda(m).unwrap();
    let item = detail.agenda[3].id;
    let detail = api.attach_document(item, "informe-presidencia.pdf", b"%PDF-1.7 informe", at("08:00")).unwrap();
    let document = &detail.agenda[3].documents[0];
    assert_eq!(document.sha256.len(), 64);
    assert_eq!(
        api.document(document.id).unwrap(),
        ("informe-presidencia.pdf".to_string(), b"%PDF-1.7 informe".to_vec())
    );
}

#[test]
fn a_meeting_number_is_suggested_per_kind_and_never_repeated() {
    let mut api = Api::in_memory().unwrap();
    create(&mut api, Meeting::default());
    let later = |kind, number| Meeting { kind, number, starts_on: "2027-03-01", city: "San José", country: "CR" };
    let title = |api: &mut Api, meeting: Meeting| api.create_meeting(&meeting.draft()).unwrap().meeting.title;
    assert_eq!(title(&mut api, later(MeetingKind::Ordinaria, None)), "XVI Reunión Ordinaria");
    assert_eq!(title(&mut api, later(MeetingKind::Extraordinaria, None)), "I Reunión Extraordinaria");
    let error = api.create_meeting(&later(MeetingKind::Ordinaria, Some(15)).draft()).unwrap_err();
    assert_eq!(error.message, "Ya existe la XV Reunión Ordinaria");
}

#[test]
fn the_calendar_file_parses_back_with_the_meeting() {
    let mut api = Api::in_memory().unwrap();
    let m = create(&mut api, Meeting::default());
    let ics = api.meeting_ics(m, at("08:00"), pleno_domain::Language::Es).unwrap();
    let calendar: icalendar::Calendar = ics.parse().expect("valid iCalendar");
    let event = calendar.components.iter().find_map(|c| c.as_event()).expect("one event");
    use icalendar::{Component, EventLike};
    assert_eq!(event.get_summary(), Some("XV Reunión Ordinaria — Coalición Regional"));
    assert_eq!(event.get_location(), Some("Ciudad de Panamá, Panamá · https://videoconferencia.example/xv"));
    assert!(event.get_start().is_some() && event.get_end().is_some());
}
