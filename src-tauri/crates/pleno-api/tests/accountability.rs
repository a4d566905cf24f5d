//! The accountability registers through the API: every indicator they feed on
//! the demo's known record, as a table; a committee session's quorum counted
//! in the committee's states and an event's refused; agreements of a committee
//! numbered in its own series; representations flagged until reported back.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::accountability::RepresentationDraft;
use pleno_api::meetings::MeetingDraft;
use pleno_api::Api;
use pleno_domain::accountability::Representative;
use pleno_domain::meeting::{AttendanceStatus, EventKind, MeetingKind, MeetingRole, Modality};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn demo() -> Api {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    api
}

fn virtual_session(kind: MeetingKind, on: &str, committee: Option<i64>, event_kind: Option<EventKind>) -> MeetingDraft {
    MeetingDraft {
        kind,
        number: None,
        starts_on: date(on),
        ends_on: None,
        start_time: None,
        city: String::new(),
        country: None,
        host: None,
        modality: Modality::Virtual,
        link: "https://videoconferencia.example/sesion".into(),
        committee,
        event_kind,
    }
}

#[test]
fn every_indicator_the_registers_feed_is_computed_from_the_demo_record() {
    let api = demo();
    // (code, from, to, value, breakdown values in order)
    let cases: &[(&str, &str, &str, u32, &[u32])] = &[
        ("1.1.1", "2026-01-01", "2026-12-31", 2, &[2]),
        ("1.2.1", "2026-01-01", "2026-12-31", 1, &[1]),
        ("1.1.1", "2025-01-01", "2025-12-31", 0, &[]),
        ("2.1.1", "2026-01-01", "2026-12-31", 1, &[1, 0, 1]),
        ("2.1.1", "2025-01-01", "2025-12-31", 0, &[0, 1, 0]),
        ("2.2.1", "2026-01-01", "2026-12-31", 1, &[0, 1, 1]),
        ("2.2.1", "2025-01-01", "2025-12-31", 0, &[1, 1, 0]),
        ("3.1.1", "2026-01-01", "2026-12-31", 2, &[3, 3]),
        ("3.1.1", "2026-01-01", "2026-06-30", 1, &[3, 1]),
        ("3.2.1", "2026-01-01", "2026-12-31", 1, &[1, 0, 1]),
        ("3.2.1", "2025-01-01", "2025-12-31", 0, &[0, 1, 0]),
        ("4.1.1", "2026-01-01", "2026-12-31", 4, &[1, 1, 2]),
        ("4.1.1", "2025-01-01", "2025-12-31", 2, &[2]),
        ("4.1.1.2", "2025-01-01", "2025-12-31", 2, &[1, 1, 2, 2]),
        ("4.1.2", "2026-01-01", "2026-12-31", 3, &[1, 1, 1]),
        ("4.1.2", "2025-01-01", "2025-12-31", 1, &[1]),
    ];
    for (code, from, to, value, breakdown) in cases {
        let all = api.register_indicators(date(from), date(to)).unwrap();
        let i = all.iter().find(|i| i.code == *code).unwrap_or_else(|| panic!("{code} is computed"));
        assert_eq!(i.value, *value, "{code} from {from} to {to}");
        let got: Vec<u32> = i.breakdown.iter().map(|b| b.value).collect();
        assert_eq!(got, *breakdown, "{code} from {from} to {to}: breakdown {:?}", i.breakdown);
        assert!(*value == 0 || !i.records.is_empty(), "{code}: the records behind a figure are listed");
    }
}

#[test]
fn a_committee_session_counts_the_committees_member_states_for_quorum() {
    let mut api = demo();
    let m = api.create_meeting(&virtual_session(MeetingKind::Comite, "2026-11-05", Some(1), None)).unwrap().meeting;
    assert_eq!(m.title, "II Sesión — Petit Comité", "numbered within the committee, after its first session");
    assert_eq!(m.title_en, "II Session — Petit Comité");
    let register = api.attendance(m.id).unwrap();
    let states: Vec<&str> = register.iter().filter_map(|a| a.country.as_deref()).collect();
    assert!(
        states.iter().all(|s| ["GT", "MX", "PA"].contains(s)),
        "only the committee's states are expected: {states:?}"
    );
    let nine = at("2026-11-05 09:00");
    let titular = |c: &str| {
        register.iter().find(|a| a.country.as_deref() == Some(c) && a.role == MeetingRole::Titular).unwrap().person_id
    };
    api.mark_attendance(m.id, titular("GT"), AttendanceStatus::Presente, nine, None).unwrap();
    let one = api.quorum(m.id, at("2026-11-05 09:05")).unwrap();
    assert_eq!((one.member_states, one.required, one.quorate), (3, 2, false), "{one:?}");
    api.mark_attendance(m.id, titular("PA"), AttendanceStatus::Presente, nine, None).unwrap();
    let two = api.quorum(m.id, at("2026-11-05 09:05")).unwrap();
    assert_eq!((two.present_states.len(), two.quorate), (2, true), "two of the three states make quorum");
}

#[test]
fn an_event_keeps_participants_and_outcomes_but_refuses_a_quorum() {
    let mut api = demo();
    let draft = virtual_session(MeetingKind::Evento, "2026-11-12", None, Some(EventKind::Taller));
    let m = api.create_meeting(&draft).unwrap().meeting;
    assert_eq!(m.title, "II Taller", "events are numbered in one series, after the demo's encounter");
    let error = api.quorum(m.id, at("2026-11-12 10:00")).unwrap_err();
    assert_eq!(error.kind, "event_has_no_quorum", "{error:?}");
    assert!(error.message_en.contains("not quorum"), "{}", error.message_en);
    let outcomes = api.add_outcome(m.id, "Guía validada", date("2026-11-12")).unwrap();
    assert_eq!(outcomes, ["Guía validada"]);
}

#[test]
fn a_committee_session_must_name_its_committee_and_others_must_not() {
    let mut api = demo();
    let without = api.create_meeting(&virtual_session(MeetingKind::Comite, "2026-11-05", None, None)).unwrap_err();
    assert_eq!(without.kind, "committee_required");
    let plenary = api.create_meeting(&virtual_session(MeetingKind::Tecnica, "2026-11-05", Some(1), None)).unwrap_err();
    assert_eq!(plenary.kind, "committee_only_for_committee_sessions");
    let unknown = api.create_meeting(&virtual_session(MeetingKind::Comite, "2026-11-05", Some(99), None)).unwrap_err();
    assert_eq!(unknown.kind, "committee_not_found");
}

#[test]
fn a_committees_agreements_are_numbered_in_their_own_series() {
    let api = demo();
    let numbers: Vec<String> = api
        .agreements(&Default::default(), date("2026-12-31"))
        .unwrap()
        .into_iter()
        .map(|a| a.number)
        .filter(|n| n.contains("-SC"))
        .collect();
    assert_eq!(numbers, ["I-SC1-2026-01", "I-SC1-2026-02", "I-SC1-2026-03"]);
}

#[test]
fn a_representation_is_flagged_until_the_presidency_reports_it_back() {
    let mut api = demo();
    let pending_before = api.representations(true).unwrap().len();
    let r = api
        .add_representation(
            &RepresentationDraft {
                event: "Cumbre regional".into(),
                held_on: date("2026-06-01"),
                place: "Managua".into(),
                representative: Representative::State { country: "ni".into() },
            },
            at("2026-06-02 10:00"),
        )
        .unwrap();
    assert!(r.pending());
    assert_eq!(r.representative_name, "Nicaragua");
    assert_eq!(api.representations(true).unwrap().len(), pending_before + 1);
    let meetings = api.meetings().unwrap();
    let xiii = meetings.iter().find(|m| m.kind == MeetingKind::Ordinaria && m.number == 13).unwrap();
    let xv = meetings.iter().find(|m| m.kind == MeetingKind::Ordinaria && m.number == 15).unwrap();
    let early = api.report_back(r.id, xiii.id, None).unwrap_err();
    assert_eq!(early.kind, "reported_before_event", "a meeting before the event cannot hear its report");
    let item = api.meeting(xv.id).unwrap().agenda[3].item.id;
    let reported = api.report_back(r.id, xv.id, Some(item)).unwrap();
    let back = reported.reported_at.clone().unwrap();
    assert_eq!(back.meeting_title.es, "XV Reunión Ordinaria");
    assert_eq!(back.item_title.as_deref(), Some("Informe de la Presidencia sobre representaciones"));
    assert!(!reported.pending());
    assert_eq!(api.representations(true).unwrap().len(), pending_before, "no longer flagged");
    assert_eq!(api.report_back(r.id, xv.id, None).unwrap_err().kind, "already_reported");
}

#[test]
fn a_country_report_keeps_its_file_with_the_sha256() {
    let mut api = demo();
    let xv = api.meetings().unwrap().into_iter().find(|m| m.number == 15).unwrap();
    let report =
        api.record_country_report(xv.id, "BZ", Some(("bz.txt", b"hello world")), at("2026-12-10 10:00")).unwrap();
    assert_eq!(report.sha256.as_deref(), Some("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"));
    assert_eq!(api.country_report_file(report.id).unwrap(), ("bz.txt".to_string(), b"hello world".to_vec()));
}
