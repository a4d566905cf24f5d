//! What the published archive may show, decided by `Api::publication` on the demo
//! archive: the XIII's acta is approved, the XIV's circulated, the XV's a draft.

use chrono::NaiveDate;
use pleno_api::Api;
use pleno_domain::agreement::{AgreementStatus, ShownStatus};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn only_approved_actas_and_what_they_adopted_are_published_and_the_rest_is_counted() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let p = api.publication(day(2026, 12, 1)).unwrap();
    let titles: Vec<&str> = p.meetings.iter().map(|m| m.meeting.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "XV Reunión Ordinaria",
            "I Encuentro Regional",
            "XIV Reunión Ordinaria",
            "I Sesión Técnica",
            "I Sesión — Petit Comité",
            "XIII Reunión Ordinaria"
        ],
        "latest first, committee sessions and events among them"
    );
    let with_acta: Vec<&str> =
        p.meetings.iter().filter(|m| m.minutes.is_some()).map(|m| m.meeting.title.as_str()).collect();
    assert_eq!(with_acta, ["XIII Reunión Ordinaria"]);
    assert!(p.meetings.iter().all(|m| m.meeting.link.is_empty()), "no videoconference link is published");
    let xiii = p.meetings.iter().find(|m| m.minutes.is_some()).unwrap().meeting.id;
    assert_eq!(p.agreements.len(), 3);
    assert!(p.agreements.iter().all(|a| a.meeting_id == xiii), "only the XIII's agreements");
    assert_eq!((p.withheld.minutes, p.withheld.agreements, p.withheld.follow_ups), (5, 5, 3));
}

#[test]
fn an_agreement_shows_the_status_its_published_follow_ups_give() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let p = api.publication(day(2026, 12, 1)).unwrap();
    let first = p.agreements.iter().find(|a| a.number == "XIII-RO-2025-01").unwrap();
    // Declared fulfilled at the XIV, whose acta is not approved: not yet public.
    assert_eq!(api.agreement(first.id, day(2026, 12, 1)).unwrap().status, AgreementStatus::Cumplido);
    assert!(first.follow_ups.is_empty());
    assert_eq!(first.status, AgreementStatus::Pendiente);
    assert_eq!(first.shown_status, ShownStatus::Vencido, "due 31 March 2026, as of 1 December 2026");
    assert_eq!(p.pending_follow_ups.get(&first.id), Some(&1));
}

#[test]
fn the_computed_indicators_stop_at_the_last_meeting_whose_acta_is_approved() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let p = api.publication(day(2026, 12, 1)).unwrap();
    assert_eq!(p.indicators.len(), 2);
    assert!(p.indicators.iter().all(|i| i.to == Some(day(2025, 11, 20)) && i.from.is_none()));
    let fulfilled = p.indicators.iter().find(|i| i.code == "4.3.1").unwrap();
    assert_eq!(fulfilled.value, 0, "nothing was declared fulfilled by the XIII");
}

#[test]
fn an_archive_without_approved_actas_publishes_no_agreement_and_no_indicator() {
    let api = Api::in_memory().unwrap();
    let p = api.publication(day(2026, 12, 1)).unwrap();
    assert!(p.meetings.is_empty() && p.agreements.is_empty() && p.indicators.is_empty());
    assert_eq!(p.plan.axes.len(), 4, "the plan is always there");
}
