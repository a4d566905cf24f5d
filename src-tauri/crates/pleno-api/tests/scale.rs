//! The archive at scale: `demo --scale` is deterministic; the register, the
//! meetings and search read in pages give exactly the whole list, page after page;
//! the counts beside the status filter are the counts of the whole list; the
//! indicators computed in SQL agree with counting the register by hand.

use chrono::NaiveDate;
use pleno_api::agreements::AgreementFilter;
use pleno_api::Api;
use pleno_domain::agreement::{AgreementStatus, ShownStatus};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn scaled(scale: u32) -> Api {
    let mut api = Api::in_memory().unwrap();
    api.load_demo_scaled(scale).unwrap();
    api
}

#[test]
fn the_same_scale_gives_the_same_archive() {
    let (a, b) = (scaled(3), scaled(3));
    let numbers = |api: &Api| -> Vec<(String, String)> {
        api.agreements(&AgreementFilter::default(), today()).unwrap().into_iter().map(|a| (a.number, a.text)).collect()
    };
    assert_eq!(numbers(&a).len(), 8 + 3 * 30, "the demo's 8 agreements and 30 per scale step");
    assert_eq!(numbers(&a), numbers(&b));
}

fn filters() -> Vec<AgreementFilter> {
    let f = AgreementFilter::default;
    vec![
        f(),
        AgreementFilter { status: Some(ShownStatus::Cumplido), ..f() },
        AgreementFilter { status: Some(ShownStatus::Vencido), ..f() },
        AgreementFilter { overdue: true, ..f() },
        AgreementFilter { country: Some("cr".into()), ..f() },
        AgreementFilter { year: Some(2016), ..f() },
        AgreementFilter { axis: Some("2".into()), ..f() },
        AgreementFilter { indicator: Some("4.1.1".into()), ..f() },
        AgreementFilter { meeting_id: Some(10), status: Some(ShownStatus::Pendiente), ..f() },
        AgreementFilter { country: Some("GT".into()), year: Some(2014), ..f() },
        AgreementFilter { axis: Some("1".into()), status: Some(ShownStatus::EnCurso), ..f() },
        AgreementFilter { indicator: Some("9.9.9".into()), ..f() },
        AgreementFilter { status: Some(ShownStatus::Pendiente), ..f() },
        AgreementFilter { status: Some(ShownStatus::SinEfecto), year: Some(2020), ..f() },
    ]
}

#[test]
fn the_register_read_page_after_page_is_the_whole_register_under_every_filter() {
    let api = scaled(8);
    for filter in filters() {
        let whole: Vec<i64> = api.agreements(&filter, today()).unwrap().iter().map(|a| a.id).collect();
        let mut paged = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page = api.agreements_page(&filter, cursor.as_deref(), 7, today()).unwrap();
            assert_eq!(page.page.total as usize, whole.len(), "{filter:?}");
            paged.extend(page.page.items.iter().map(|a| a.id));
            match page.page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(paged, whole, "{filter:?}");
    }
}

#[test]
fn the_counts_beside_the_status_filter_are_the_counts_of_the_register_under_every_filter() {
    let mut api = scaled(5);
    fulfil_and_reopen_some(&mut api);
    for filter in filters() {
        let all = api.agreements(&AgreementFilter { status: None, ..filter.clone() }, today()).unwrap();
        let page = api.agreements_page(&filter, None, 10, today()).unwrap();
        for count in &page.facets {
            let by_hand = all.iter().filter(|a| a.shown_status == count.status).count();
            assert_eq!(count.count as usize, by_hand, "{filter:?} {:?}", count.status);
        }
    }
}

/// Follow-ups that fulfil, reopen and void agreements, so the kept counts move.
fn fulfil_and_reopen_some(api: &mut Api) {
    use pleno_api::agreements::FollowUpDraft;
    let ids: Vec<i64> = api.agreements(&AgreementFilter::default(), today()).unwrap().iter().map(|a| a.id).collect();
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    for (n, id) in ids.iter().step_by(7).enumerate() {
        let status = [AgreementStatus::Cumplido, AgreementStatus::EnCurso, AgreementStatus::SinEfecto][n % 3];
        let draft = FollowUpDraft {
            text: "Informe de la Secretaría.".into(),
            status: Some(status),
            meeting_id: None,
            reported_on: day,
        };
        api.add_follow_up(*id, &draft, today()).unwrap();
    }
}

#[test]
fn the_counts_the_schema_keeps_agree_with_the_record_after_every_kind_of_write() {
    let mut api = scaled(3);
    fulfil_and_reopen_some(&mut api);
    let problems = api.diagnostics(pleno_api::diagnostics::CheckDepth::Full).unwrap().problems;
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn meetings_and_search_read_in_pages_give_the_whole_list() {
    let api = scaled(4);
    let whole: Vec<i64> = api.meetings().unwrap().iter().map(|m| m.id).collect();
    let (mut paged, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let page = api.meetings_page(cursor.as_deref(), 5).unwrap();
        assert_eq!(page.total as usize, whole.len());
        paged.extend(page.items.iter().map(|m| m.id));
        let Some(c) = page.next_cursor else { break };
        cursor = Some(c);
    }
    assert_eq!(paged, whole);
    let ranked = api.search("repatriacion", 500).unwrap();
    let (mut paged, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let page = api.search_page("repatriacion", cursor.as_deref(), 6).unwrap();
        paged.extend(page.items);
        let Some(c) = page.next_cursor else { break };
        cursor = Some(c);
    }
    assert_eq!(paged, ranked);
    assert!(ranked.len() > 10);
}

#[test]
fn a_bad_cursor_or_page_size_is_refused_with_its_reason() {
    let api = scaled(1);
    let bad =
        [(Some("m2026-01-01.1"), 10), (Some("a2026-01-01.1.1"), 10), (Some("nonsense"), 10), (None, 0), (None, 501)];
    for (cursor, limit) in bad {
        let error = api.agreements_page(&AgreementFilter::default(), cursor, limit, today()).unwrap_err();
        assert!(!error.message.is_empty() && !error.message_en.is_empty());
    }
}

#[test]
fn search_puts_an_agreements_own_text_above_a_follow_up_that_mentions_the_same_word() {
    let api = scaled(2);
    // "informe" is in agreements ("presentar un informe sobre …") and follow-ups
    // ("… presentó el informe solicitado …"), among the newest matches alike.
    let hits = api.search("informe", 50).unwrap();
    let kinds: Vec<&str> = hits.iter().map(|h| h.kind.as_str()).collect();
    let first_follow_up = kinds.iter().position(|k| *k == "follow_up").expect("follow-ups match");
    let last_agreement = kinds.iter().rposition(|k| *k == "agreement").expect("agreements match");
    assert!(last_agreement < first_follow_up, "{kinds:?}");
    let rare = api.search(pleno_api::demo_scale::RARE_WORD, 50).unwrap();
    assert_eq!(rare.len(), 1, "one generated agreement in 9 973 names it");
}

#[test]
fn the_fulfilled_agreements_indicator_counts_what_the_register_shows_fulfilled() {
    let mut api = scaled(6);
    fulfil_and_reopen_some(&mut api);
    let all = api.agreements(&AgreementFilter::default(), today()).unwrap();
    let fulfilled = all.iter().filter(|a| a.status == AgreementStatus::Cumplido).count() as u32;
    let computed = api.computed_indicators(None, None).unwrap();
    let value = computed.iter().find(|i| i.code == "4.3.1").unwrap().value;
    assert_eq!(value, fulfilled);
}

#[test]
fn an_agreements_number_typed_in_search_finds_it_first_and_a_prefix_its_meeting() {
    let api = scaled(2);
    let all = api.agreements(&AgreementFilter::default(), today()).unwrap();
    let wanted = &all[all.len() / 2];
    let hits = api.search(&wanted.number.to_lowercase(), 20).unwrap();
    assert_eq!(hits.first().and_then(|h| h.agreement_id), Some(wanted.id), "{hits:?}");
    let prefix = wanted.number.rsplit_once('-').unwrap().0;
    let of_prefix = all.iter().filter(|a| a.number.starts_with(prefix)).count();
    let hits = api.search_page(prefix, None, 100).unwrap();
    assert!(of_prefix > 1 && hits.items.iter().take(of_prefix).all(|h| h.kind == "agreement"));
    assert!(hits
        .items
        .iter()
        .take(of_prefix)
        .all(|h| { all.iter().any(|a| Some(a.id) == h.agreement_id && a.number.starts_with(prefix)) }));
}

#[test]
fn the_directorys_people_read_in_pages_give_the_whole_list_searched_or_not() {
    let api = scaled(1);
    for search in [None, Some("secretar"), Some("nadie se llama así")] {
        let whole: Vec<i64> = api.people(search).unwrap().iter().map(|p| p.id).collect();
        let (mut paged, mut cursor) = (Vec::new(), None::<String>);
        loop {
            let page = api.people_page(search, cursor.as_deref(), 4).unwrap();
            assert_eq!(page.total as usize, whole.len(), "{search:?}");
            paged.extend(page.items.iter().map(|p| p.id));
            let Some(c) = page.next_cursor else { break };
            cursor = Some(c);
        }
        assert_eq!(paged, whole, "{search:?}");
    }
    assert!(api.people_page(None, Some("m2026-01-01.1"), 4).is_err());
}

#[test]
fn the_archive_read_in_pages_gives_every_closed_meeting_newest_first_with_its_agreements() {
    let api = scaled(2);
    let closed: Vec<i64> = {
        let mut all: Vec<_> = api.meetings().unwrap().into_iter().filter(|m| m.status.as_str() == "cerrada").collect();
        all.sort_by_key(|m| std::cmp::Reverse((m.starts_on, m.id)));
        all.iter().map(|m| m.id).collect()
    };
    let (mut paged, mut cursor, mut actas) = (Vec::new(), None::<String>, 0);
    loop {
        let page = api.archive_page(cursor.as_deref(), 4, today()).unwrap();
        assert_eq!(page.page.total as usize, closed.len());
        for item in &page.page.items {
            assert!(item.agreements.iter().all(|a| a.meeting_id == item.meeting.id));
            actas += usize::from(item.acta.is_some());
        }
        paged.extend(page.page.items.iter().map(|i| i.meeting.id));
        let Some(c) = page.page.next_cursor else { break };
        cursor = Some(c);
    }
    assert_eq!(paged, closed);
    let awaiting = api.archive_page(None, 4, today()).unwrap().awaiting_acta as usize;
    assert_eq!(actas + awaiting, closed.len(), "every closed meeting has an approved acta or awaits one");
    assert!(actas >= 1, "the demo has an approved acta");
}

#[test]
fn under_the_plan_each_indicator_and_activity_counts_its_agreements_and_lists_the_newest() {
    let api = scaled(3);
    let all = api.agreements(&AgreementFilter::default(), today()).unwrap();
    let progress = api.plan_progress(today()).unwrap();
    assert!(!progress.is_empty());
    for p in &progress {
        let by_hand: Vec<&pleno_domain::agreement::Agreement> =
            all.iter().filter(|a| a.links.iter().any(|l| l.target == p.target && l.code == p.code)).collect();
        assert_eq!(p.total as usize, by_hand.len(), "{:?} {}", p.target, p.code);
        let shown = by_hand.len().min(pleno_api::archive::SHOWN_LINKED as usize);
        let newest: Vec<i64> = by_hand.iter().rev().take(shown).map(|a| a.id).collect();
        assert_eq!(p.agreements.iter().map(|a| a.id).collect::<Vec<_>>(), newest, "{}", p.code);
    }
}

#[test]
fn the_next_meeting_is_the_one_in_session_else_the_earliest_not_closed() {
    let api = scaled(1);
    let open: Vec<_> = api.meetings().unwrap().into_iter().filter(|m| m.status.as_str() != "cerrada").collect();
    let expected = open
        .iter()
        .find(|m| m.status.as_str() == "en_curso")
        .or_else(|| open.iter().min_by_key(|m| (m.starts_on, m.id)))
        .map(|m| m.id);
    assert!(expected.is_some(), "the demo has meetings still to hold");
    assert_eq!(api.next_meeting().unwrap().map(|m| m.id), expected);
}
