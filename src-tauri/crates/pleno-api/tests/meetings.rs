//! Meetings through the API on an in-memory archive with the demo directory:
//! the expected attendance, quorum scenarios over a day, and the agenda.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::directory::MemberDraft;
use pleno_api::meetings::{AgendaItemDraft, MeetingDraft};
use pleno_api::Api;
use pleno_domain::meeting::{AgendaItemKind, AttendanceStatus, MeetingKind, MeetingRole, Modality};
use pleno_domain::meeting_model::QuorumReason;
use pleno_domain::quorum::QuorumRule;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(hm: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("2026-12-10 {hm}"), "%Y-%m-%d %H:%M").unwrap()
}

fn archive_with_meeting() -> (Api, i64) {
    let mut api = Api::in_memory().unwrap();
    api.load_demo_directory().unwrap();
    let meeting = api
        .create_meeting(&MeetingDraft {
            kind: MeetingKind::Ordinaria,
            number: Some(15),
            starts_on: date("2026-12-10"),
            ends_on: None,
            start_time: None,
            city: "Ciudad de Panamá".into(),
            country: Some("PA".into()),
            host: Some("PA".into()),
            modality: Modality::Hibrida,
            link: "https://videoconferencia.example/xv".into(),
        })
        .unwrap();
    (api, meeting.meeting.id)
}

/// The person holding `role` for `country` on the register.
fn holder(api: &Api, meeting: i64, country: &str, role: MeetingRole) -> i64 {
    api.attendance(meeting)
        .unwrap()
        .into_iter()
        .find(|a| a.country.as_deref() == Some(country) && a.role == role)
        .unwrap_or_else(|| panic!("no {role:?} for {country}"))
        .person_id
}

fn arrive(api: &mut Api, meeting: i64, person: i64, hm: &str) {
    api.mark_attendance(meeting, person, AttendanceStatus::Presente, at(hm), None).unwrap();
}

#[test]
fn the_expected_list_comes_from_the_directory_on_the_meeting_date() {
    let (api, meeting) = archive_with_meeting();
    let list = api.attendance(meeting).unwrap();
    let seat_holders = list.iter().filter(|a| matches!(a.role, MeetingRole::Titular | MeetingRole::Suplente)).count();
    assert_eq!(seat_holders, 34, "36 seats, two vacant in the demo");
    assert_eq!(list.iter().filter(|a| a.role == MeetingRole::Observador).count(), 4);
    assert!(list.iter().all(|a| a.status.is_none()), "nobody has been marked yet");
    assert_eq!(list[0].country.as_deref(), Some("BZ"), "states in the Coalition's order, titular first");
    assert_eq!(list[0].role, MeetingRole::Titular);
}

#[test]
fn quorum_over_a_day_with_people_leaving_and_returning() {
    let (mut api, m) = archive_with_meeting();
    for country in ["CR", "SV", "GT", "HN"] {
        let titular = holder(&api, m, country, MeetingRole::Titular);
        arrive(&mut api, m, titular, "09:00");
    }
    // Costa Rica's suplente also present: Costa Rica still counts once.
    let cr_suplente = holder(&api, m, "CR", MeetingRole::Suplente);
    arrive(&mut api, m, cr_suplente, "09:00");
    // Observers never count.
    let observers: Vec<i64> =
        api.attendance(m).unwrap().iter().filter(|a| a.role == MeetingRole::Observador).map(|a| a.person_id).collect();
    for o in observers {
        arrive(&mut api, m, o, "09:00");
    }
    assert_eq!(api.quorum(m, at("09:30")).unwrap().banner(), "Quórum: 4 de 9 Estados — sin quórum");

    let mx = holder(&api, m, "MX", MeetingRole::Suplente);
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
    let (mut api, m) = archive_with_meeting();
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

#[test]
fn every_verification_is_recorded_with_its_time_states_and_result() {
    let (mut api, m) = archive_with_meeting();
    let cr = holder(&api, m, "CR", MeetingRole::Titular);
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
    let (mut api, m) = archive_with_meeting();
    let cr = holder(&api, m, "CR", MeetingRole::Titular);
    arrive(&mut api, m, cr, "09:00");
    let error = api.mark_attendance(m, cr, AttendanceStatus::Presente, at("09:30"), None).unwrap_err();
    assert!(
        error.message.contains("Ana Lucía Vargas Solís") && error.message.contains("ya está presente"),
        "{}",
        error.message
    );
    let error = api.mark_attendance(m, cr, AttendanceStatus::Ausente, at("09:30"), None).unwrap_err();
    assert!(error.message.contains("registre su salida"), "{}", error.message);
    let stranger = api.people(Some("Rodrigo Alvarado")).unwrap()[0].id;
    let error = api.mark_attendance(m, stranger, AttendanceStatus::Presente, at("09:30"), None).unwrap_err();
    assert!(error.message.contains("añádala como invitada"), "{}", error.message);
    api.add_guest(m, stranger).unwrap();
    arrive(&mut api, m, stranger, "09:30");
    assert_eq!(api.quorum(m, at("10:00")).unwrap().present_states, ["CR"], "guests never count");
}

#[test]
fn the_standard_agenda_is_inserted_once_and_items_can_be_reordered() {
    let (mut api, m) = archive_with_meeting();
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
    let (mut api, m) = archive_with_meeting();
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
    let (mut api, _) = archive_with_meeting();
    let draft = |kind, number| MeetingDraft {
        kind,
        number,
        starts_on: date("2027-03-01"),
        ends_on: None,
        start_time: chrono::NaiveTime::from_hms_opt(10, 0, 0),
        city: "San José".into(),
        country: Some("CR".into()),
        host: None,
        modality: Modality::Virtual,
        link: "https://reunion.example/xvi".into(),
    };
    assert_eq!(
        api.create_meeting(&draft(MeetingKind::Ordinaria, None)).unwrap().meeting.title,
        "XVI Reunión Ordinaria"
    );
    assert_eq!(
        api.create_meeting(&draft(MeetingKind::Extraordinaria, None)).unwrap().meeting.title,
        "I Reunión Extraordinaria"
    );
    let error = api.create_meeting(&draft(MeetingKind::Ordinaria, Some(15))).unwrap_err();
    assert_eq!(error.message, "Ya existe la XV Reunión Ordinaria");
}

#[test]
fn the_calendar_file_parses_back_with_the_meeting() {
    let (api, m) = archive_with_meeting();
    let ics = api.meeting_ics(m, at("08:00"), pleno_domain::Language::Es).unwrap();
    let calendar: icalendar::Calendar = ics.parse().expect("valid iCalendar");
    let event = calendar.components.iter().find_map(|c| c.as_event()).expect("one event");
    use icalendar::{Component, EventLike};
    assert_eq!(event.get_summary(), Some("XV Reunión Ordinaria — Coalición Regional"));
    assert_eq!(event.get_location(), Some("Ciudad de Panamá, Panamá · https://videoconferencia.example/xv"));
    assert!(event.get_start().is_some() && event.get_end().is_some());
}
