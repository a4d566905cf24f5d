//! Decisions and the register of agreements through the API, on an in-memory
//! archive with one meeting in session whose delegations each test seats through
//! the API (the fixtures below), not the demo.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::agreements::{AgreementDraft, AgreementFilter, FollowUpDraft};
use pleno_api::decisions::DecisionDraft;
use pleno_api::directory::SeatAssignment;
use pleno_api::meetings::MeetingDraft;
use pleno_api::Api;
use pleno_domain::agreement::{AgreementStatus, LinkTarget, ShownStatus};
use pleno_domain::country::Crime;
use pleno_domain::decision::{Base, DecisionMethod, PositionKind, Tally, Threshold, VoteChoice};
use pleno_domain::directory::SeatRole;
use pleno_domain::directory_model::PersonDraft;
use pleno_domain::meeting::{AttendanceStatus, MeetingKind, Modality};
use pleno_domain::plan::ComputedIndicator;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(hm: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("2026-06-10 {hm}"), "%Y-%m-%d %H:%M").unwrap()
}

const NINE: [&str; 9] = ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO"];

/// The TdP titular of `country`, seated since March 2024; returns the person's id.
fn titular(api: &mut Api, country: &str) -> i64 {
    let name = if country == "CR" { "Ana Lucía Vargas Solís".to_string() } else { format!("Titular de {country}") };
    let person = api.add_person(&PersonDraft { name, ..Default::default() }).unwrap();
    api.assign_seat(&SeatAssignment {
        person_id: person.id,
        country: country.into(),
        mandate: Crime::Tdp,
        role: SeatRole::Titular,
        starts_on: date("2024-03-01"),
        ends_on: None,
    })
    .unwrap();
    person.id
}

/// The XIV Ordinary Meeting, 2026-06-10, in Guatemala.
fn meeting_xiv() -> MeetingDraft {
    MeetingDraft {
        committee: None,
        event_kind: None,
        kind: MeetingKind::Ordinaria,
        number: Some(14),
        starts_on: date("2026-06-10"),
        ends_on: None,
        start_time: None,
        city: "Ciudad de Guatemala".into(),
        country: Some("GT".into()),
        host: Some("GT".into()),
        modality: Modality::Presencial,
        link: String::new(),
    }
}

/// A meeting in session on 2026-06-10, with a titular seated for each of the nine
/// states and the Petit Comité as committee 1; the titulares of `present` arrived
/// at 09:00. Returns the API, the meeting and its "Seguimiento de acuerdos" item.
fn session(present: &[&str]) -> (Api, i64, i64) {
    let mut api = Api::in_memory().unwrap();
    let titulares: Vec<(&str, i64)> = NINE.iter().map(|c| (*c, titular(&mut api, c))).collect();
    api.add_committee("Petit Comité", "Elaborar la línea base.", date("2025-03-01"), None).unwrap();
    let m = api.create_meeting(&meeting_xiv()).unwrap().meeting.id;
    let item =
        api.insert_standard_agenda(m).unwrap().agenda.iter().find(|i| i.title == "Seguimiento de acuerdos").unwrap().id;
    for _ in 0..2 {
        api.advance_meeting(m, at("08:00")).unwrap(); // convened, then in session
    }
    for (country, person) in titulares {
        if present.contains(&country) {
            api.mark_attendance(m, person, AttendanceStatus::Presente, at("09:00"), None).unwrap();
        }
    }
    (api, m, item)
}

/// An agreement of the meeting with nothing but its text; tests add what they check.
fn agreement(meeting_id: i64, text: &str) -> AgreementDraft {
    AgreementDraft { meeting_id, decision_id: None, text: text.into(), responsible: vec![], due_on: None }
}

fn vote(method: DecisionMethod, item: i64) -> DecisionDraft {
    DecisionDraft {
        agenda_item_id: item,
        text: "Aprobar la Estrategia Regional de Prevención".into(),
        method,
        threshold: None,
        base: None,
    }
}

const SIX: [&str; 6] = ["CR", "SV", "GT", "HN", "MX", "PA"];

#[test]
fn a_decision_without_quorum_is_refused_and_the_verification_stays_on_record() {
    let (mut api, m, item) = session(&["CR", "SV", "GT"]);
    let error = api.add_decision(m, &vote(DecisionMethod::Vote, item), at("10:00")).unwrap_err();
    assert!(error.message.contains("Quórum: 3 de 9 Estados — sin quórum"), "{}", error.message);
    let checks = api.quorum_checks(m).unwrap();
    assert_eq!(checks.len(), 1);
    assert!(!checks[0].count.quorate);
    assert!(api.decisions_of_meeting(m).unwrap().is_empty());
}

#[test]
fn a_vote_counts_present_states_only_and_records_the_absent() {
    let (mut api, m, item) = session(&SIX);
    let d = api.add_decision(m, &vote(DecisionMethod::Vote, item), at("10:00")).unwrap();
    for (country, choice) in [
        ("CR", VoteChoice::Yes),
        ("SV", VoteChoice::Yes),
        ("GT", VoteChoice::Yes),
        ("HN", VoteChoice::No),
        ("MX", VoteChoice::Abstain),
    ] {
        api.cast_vote(d.id, country, choice).unwrap();
    }
    let error = api.cast_vote(d.id, "NI", VoteChoice::Yes).unwrap_err();
    assert!(error.message.contains("Nicaragua no estaba presente"), "{}", error.message);
    let r = api.decision_result(d.id).unwrap();
    assert_eq!((r.yes, r.no, r.abstain, r.absent, r.pending), (3, 1, 1, 3, 1));
    assert_eq!((r.base, r.required, r.adopted), (4, 3, true), "more than half of votes cast");
    let d = api.decision(d.id).unwrap();
    assert_eq!(d.votes[0].voter_name.as_deref(), Some("Ana Lucía Vargas Solís"), "the titular casts the vote");
}

#[test]
fn a_recount_that_differs_is_flagged_and_stands() {
    let (mut api, m, item) = session(&SIX);
    let draft = DecisionDraft {
        threshold: Some(Threshold::TwoThirds),
        base: Some(Base::Present),
        ..vote(DecisionMethod::Vote, item)
    };
    let d = api.add_decision(m, &draft, at("10:00")).unwrap();
    for country in ["CR", "SV", "GT", "HN"] {
        api.cast_vote(d.id, country, VoteChoice::Yes).unwrap();
    }
    let counted = api.decision_result(d.id).unwrap();
    assert_eq!((counted.required, counted.adopted), (4, true), "two thirds of six present");
    let recounted = api.recount(d.id, Tally { yes: 3, no: 1, abstain: 0 }, at("10:20")).unwrap();
    assert!(recounted.discrepancy && !recounted.adopted, "{recounted:?}");
    assert_eq!(recounted.count, Tally { yes: 4, no: 0, abstain: 0 });
    let error = api.recount(d.id, Tally { yes: 7, no: 0, abstain: 0 }, at("10:25")).unwrap_err();
    assert!(error.message.contains("solo había 6 Estados presentes"));
}

#[test]
fn a_consensus_keeps_reservations_and_falls_to_an_objection() {
    let (mut api, m, item) = session(&SIX);
    let d = api.add_decision(m, &vote(DecisionMethod::Consensus, item), at("11:00")).unwrap();
    let r =
        api.consensus_position(d.id, "GT", PositionKind::Reservation, "Sujeto a consulta con su Cancillería").unwrap();
    assert!(r.adopted);
    assert!(api.cast_vote(d.id, "CR", VoteChoice::Yes).is_err(), "no votes on a consensus");
    let r = api.consensus_position(d.id, "MX", PositionKind::Objection, "No acompaña la redacción").unwrap();
    assert!(!r.adopted);
    assert_eq!((r.reservations, r.objections), (1, 1));
}

#[test]
fn agreements_are_numbered_per_meeting_and_only_adopted_decisions_give_one() {
    let (mut api, m, item) = session(&SIX);
    let today = date("2026-06-10");
    let adopted = api.add_decision(m, &vote(DecisionMethod::Consensus, item), at("11:00")).unwrap();
    let draft = |decision_id, text: &str| AgreementDraft {
        decision_id,
        responsible: vec!["CR".into(), "secretaria-tecnica".into(), "comite:1".into()],
        due_on: Some(date("2026-12-31")),
        ..agreement(m, text)
    };
    let first = api.add_agreement(&draft(Some(adopted.id), "Aprobar la Estrategia"), today).unwrap();
    assert_eq!(first.number, "XIV-RO-2026-01");
    let labels: Vec<&str> = first.responsible.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Costa Rica", "Secretaría Técnica", "Petit Comité"]);
    assert!(api
        .add_agreement(&draft(Some(adopted.id), "Otra vez"), today)
        .unwrap_err()
        .message
        .contains("ya dio lugar"));
    let second = api.add_agreement(&draft(None, "Acuerdo de una reunión anterior"), today).unwrap();
    assert_eq!(second.number, "XIV-RO-2026-02");

    let rejected = api.add_decision(m, &vote(DecisionMethod::Consensus, item), at("11:30")).unwrap();
    api.consensus_position(rejected.id, "MX", PositionKind::Objection, "No").unwrap();
    assert!(api.add_agreement(&draft(Some(rejected.id), "x"), today).unwrap_err().message.contains("no fue adoptada"));
    let bad = AgreementDraft { responsible: vec!["ZZ".into()], ..draft(None, "x") };
    assert!(api.add_agreement(&bad, today).unwrap_err().message.contains("«ZZ» no es un responsable"));
}

#[test]
fn follow_ups_change_the_status_and_overdue_is_derived_with_the_clock_passed_in() {
    let (mut api, m, _) = session(&SIX);
    let a = api
        .add_agreement(
            &AgreementDraft {
                responsible: vec!["GT".into()],
                due_on: Some(date("2026-09-30")),
                ..agreement(m, "Elaborar la línea base")
            },
            date("2026-06-10"),
        )
        .unwrap();
    assert_eq!(api.agreement(a.id, date("2026-09-30")).unwrap().shown_status, ShownStatus::Pendiente);
    assert_eq!(api.agreement(a.id, date("2026-10-01")).unwrap().shown_status, ShownStatus::Vencido);
    let overdue = AgreementFilter { overdue: true, ..Default::default() };
    assert_eq!(api.agreements(&overdue, date("2026-10-01")).unwrap().len(), 1);
    let follow = |status, on: &str| FollowUpDraft {
        text: format!("Informe del {on}"),
        status,
        meeting_id: None,
        reported_on: date(on),
    };
    api.add_follow_up(a.id, &follow(Some(AgreementStatus::EnCurso), "2026-08-01"), date("2026-08-01")).unwrap();
    let done =
        api.add_follow_up(a.id, &follow(Some(AgreementStatus::Cumplido), "2026-11-15"), date("2026-11-15")).unwrap();
    assert_eq!(done.shown_status, ShownStatus::Cumplido, "fulfilled late is fulfilled, not overdue");
    assert_eq!(done.follow_ups.len(), 2, "follow-ups are appended");
    let by_country = AgreementFilter { country: Some("gt".into()), ..Default::default() };
    assert_eq!(api.agreements(&by_country, date("2026-12-01")).unwrap().len(), 1);
}

#[test]
fn links_to_the_plan_filter_the_archive_and_show_under_the_plan() {
    let (mut api, m, _) = session(&SIX);
    let today = date("2026-06-10");
    let a = api.add_agreement(&agreement(m, "Protocolo de repatriación"), today).unwrap();
    api.link_agreement(a.id, LinkTarget::Indicator, "2.2.1", "Protocolos nacionales", today).unwrap();
    let a = api.link_agreement(a.id, LinkTarget::Activity, "2.1.3.3", "", today).unwrap();
    assert_eq!(a.links.len(), 2);
    assert!(api.link_agreement(a.id, LinkTarget::Indicator, "9.9.9", "", today).unwrap_err().message.contains("9.9.9"));
    let axis2 = AgreementFilter { axis: Some("2".into()), ..Default::default() };
    assert_eq!(api.agreements(&axis2, today).unwrap().len(), 1);
    let axis1 = AgreementFilter { axis: Some("1".into()), ..Default::default() };
    assert!(api.agreements(&axis1, today).unwrap().is_empty());
    let progress = api.plan_progress(today).unwrap();
    let indicator = progress.iter().find(|p| p.code == "2.2.1").unwrap();
    assert_eq!(indicator.agreements[0].number, a.number);
}

#[test]
fn search_ignores_accents_and_case_and_marks_the_hits() {
    let (mut api, m, item) = session(&SIX);
    let today = date("2026-06-10");
    let a = api.add_agreement(&agreement(m, "Impulsar el Protocolo Regional de Repatriación"), today).unwrap();
    api.add_follow_up(
        a.id,
        &FollowUpDraft {
            text: "Panamá presentó su protocolo".into(),
            status: None,
            meeting_id: None,
            reported_on: today,
        },
        today,
    )
    .unwrap();
    api.add_decision(
        m,
        &DecisionDraft {
            text: "Revisar la REPATRIACIÓN de niñas y niños".into(),
            ..vote(DecisionMethod::Consensus, item)
        },
        at("12:00"),
    )
    .unwrap();

    let hits = api.search("repatriacion", 10).unwrap();
    let kinds: Vec<&str> = hits.iter().map(|h| h.kind.as_str()).collect();
    assert_eq!(hits.len(), 2, "{kinds:?}");
    assert!(kinds.contains(&"agreement") && kinds.contains(&"decision"));
    let marked: Vec<&str> =
        hits.iter().flat_map(|h| h.snippet.iter().filter(|p| p.hit).map(|p| p.text.as_str())).collect();
    assert!(marked.contains(&"Repatriación") && marked.contains(&"REPATRIACIÓN"), "{marked:?}");
    let panama = api.search("PANAMA protocolo", 10).unwrap();
    assert_eq!((panama.len(), panama[0].kind.as_str()), (1, "follow_up"));
    assert_eq!(panama[0].agreement_number.as_deref(), Some(a.number.as_str()));
    assert!(api.search("  ¿? ", 10).unwrap().is_empty());
}

#[test]
fn the_computed_indicators_come_from_the_record() {
    let (mut api, m, _) = session(&SIX);
    let today = date("2026-06-10");
    for (text, fulfilled_on) in [("A", Some("2026-07-01")), ("B", Some("2027-02-01")), ("C", None)] {
        let a = api.add_agreement(&agreement(m, text), today).unwrap();
        if let Some(on) = fulfilled_on {
            api.add_follow_up(
                a.id,
                &FollowUpDraft {
                    text: "Cumplido".into(),
                    status: Some(AgreementStatus::Cumplido),
                    meeting_id: None,
                    reported_on: date(on),
                },
                today,
            )
            .unwrap();
        }
    }
    let value = |from: Option<&str>, to: Option<&str>, which| {
        api.computed_indicators(from.map(date), to.map(date))
            .unwrap()
            .into_iter()
            .find(|v| v.computed == which)
            .unwrap()
            .value
    };
    assert_eq!(value(None, None, ComputedIndicator::AcuerdosCumplidos), 2);
    assert_eq!(value(Some("2026-01-01"), Some("2026-12-31"), ComputedIndicator::AcuerdosCumplidos), 1);
    assert_eq!(
        value(None, None, ComputedIndicator::ParticipacionReuniones),
        6,
        "six states present at the one meeting"
    );
    assert_eq!(value(Some("2027-01-01"), None, ComputedIndicator::ParticipacionReuniones), 0);
}
