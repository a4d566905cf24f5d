//! Pleno at a thousand times its archive, in process, in release: the register's
//! first, filtered and deep pages, the computed indicators, search (p50 and p95 over
//! one and two words, accented or not, common and rare), the minutes PDF of the
//! biggest session, and quorum with tally for 100 states.
//!
//! The archives are `demo --scale N` (30 agreements per unit), built once and kept
//! under target/tmp keyed by scale. By default 30 000 agreements (scale 1 000);
//! `PLENO_BENCH_MILLION=1` adds 1 000 000 (scale 33 334, some minutes to build once).
//! Targets (issue 15): a page ≤ 20 ms and indicators ≤ 50 ms at 1 000 000, search
//! p50 ≤ 5 ms, the minutes PDF ≤ 50 ms.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use pleno_api::agreements::AgreementFilter;
use pleno_api::printing::{PrintDocument, PrintRequest};
use pleno_api::Api;
use pleno_domain::agreement::ShownStatus;

fn main() {
    for &scale in scales() {
        let api = archive(scale);
        let n = api.agreements_page(&AgreementFilter::default(), None, 1, today()).unwrap().page.total;
        println!("archive at scale {scale}: {n} agreements");
        if scale == *scales().last().unwrap() {
            search_percentiles(&api);
        }
    }
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// 1 000 → 30 000 agreements; 33 334 → 1 000 000.
fn scales() -> &'static [u32] {
    if std::env::var("PLENO_BENCH_MILLION").is_ok_and(|v| v == "1") {
        &[1_000, 33_334]
    } else {
        &[1_000]
    }
}

/// The archive of `scale`, built on the first run and kept for the next ones;
/// each bench opens its own connection (a connection is not shared between threads).
fn archive(scale: u32) -> Api {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("pleno-scale-{scale}.db"));
    if !path.exists() {
        let building = dir.join(format!("pleno-scale-{scale}.building.db"));
        let _ = std::fs::remove_file(&building);
        let started = Instant::now();
        let (mut api, _) = Api::init(&building).unwrap();
        api.load_demo_scaled(scale).unwrap();
        drop(api);
        std::fs::rename(&building, &path).unwrap();
        println!("built {} in {:.1} s", path.display(), started.elapsed().as_secs_f64());
    }
    Api::open(&path).unwrap()
}

/// A cursor about nine tenths down the register, found by reading pages of 500.
fn deep_cursor(api: &Api) -> String {
    let total = api.agreements_page(&AgreementFilter::default(), None, 1, today()).unwrap().page.total;
    // One read of the keys would be quicker, but the API gives only pages: take them.
    let mut cursor = None;
    let mut read = 0;
    while read + 500 < total * 9 / 10 {
        let page = api.agreements_page(&AgreementFilter::default(), cursor.as_deref(), 500, today()).unwrap();
        read += page.page.items.len() as u32;
        cursor = page.page.next_cursor;
    }
    cursor.unwrap()
}

const PAGE: u32 = 60;

#[divan::bench(args = scales(), sample_count = 30)]
fn register_first_page(bencher: divan::Bencher, scale: u32) {
    let api = archive(scale);
    bencher.bench_local(|| api.agreements_page(&AgreementFilter::default(), None, PAGE, today()).unwrap());
}

#[divan::bench(args = scales(), sample_count = 30)]
fn register_filtered_page(bencher: divan::Bencher, scale: u32) {
    let api = archive(scale);
    let filter =
        AgreementFilter { status: Some(ShownStatus::Cumplido), country: Some("CR".into()), ..Default::default() };
    bencher.bench_local(|| api.agreements_page(&filter, None, PAGE, today()).unwrap());
}

/// A year at the far end of the register (its agreements are the last 8 %).
#[divan::bench(args = scales(), sample_count = 30)]
fn register_page_of_a_late_year(bencher: divan::Bencher, scale: u32) {
    let api = archive(scale);
    let filter = AgreementFilter { year: Some(2024), ..Default::default() };
    bencher.bench_local(|| api.agreements_page(&filter, None, PAGE, today()).unwrap());
}

#[divan::bench(args = scales(), sample_count = 30)]
fn register_deep_page(bencher: divan::Bencher, scale: u32) {
    let api = archive(scale);
    let cursor = deep_cursor(&api);
    bencher.bench_local(|| api.agreements_page(&AgreementFilter::default(), Some(&cursor), PAGE, today()).unwrap());
}

#[divan::bench(args = scales(), sample_count = 20)]
fn indicators(bencher: divan::Bencher, scale: u32) {
    let api = archive(scale);
    bencher.bench_local(|| api.computed_indicators(None, None).unwrap());
}

#[divan::bench(args = scales(), sample_count = 20)]
fn meetings_first_page(bencher: divan::Bencher, scale: u32) {
    let api = archive(scale);
    bencher.bench_local(|| api.meetings_page(None, PAGE).unwrap());
}

/// The queries of the search table: one and two words, accented or not, common and rare.
const QUERIES: [&str; 8] = [
    "repatriación",
    "repatriacion",
    "protocolo",
    "repatriación víctimas",
    "albergues acogida",
    "Quetzaltenango",
    "quetzaltenango centroamerica",
    "sensibilizacion operadores",
];

/// Each query 40 times on the largest archive: p50 and p95 in milliseconds.
fn search_percentiles(api: &Api) {
    println!("\n| search (largest archive) | hits | p50 ms | p95 ms |\n|---|---|---|---|");
    for q in QUERIES {
        let mut times: Vec<Duration> = (0..40)
            .map(|_| {
                let t = Instant::now();
                divan::black_box(api.search_page(q, None, 20).unwrap());
                t.elapsed()
            })
            .collect();
        times.sort();
        let hits = api.search_page(q, None, 20).unwrap().total;
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!("| {q} | {hits} | {:.2} | {:.2} |", ms(times[times.len() / 2]), ms(times[times.len() * 95 / 100]));
    }
    println!();
}

#[divan::bench(args = QUERIES, sample_count = 30)]
fn search(bencher: divan::Bencher, query: &str) {
    let api = archive(*scales().last().unwrap());
    bencher.bench_local(|| api.search_page(query, None, 20).unwrap());
}

/// The three-day session: 216 items, 60 present, 40 votes, 80 agreements.
fn big_session() -> (Api, i64) {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let id = api.load_big_session().unwrap();
    (api, id)
}

#[divan::bench(sample_count = 20)]
fn minutes_pdf_of_the_big_session(bencher: divan::Bencher) {
    let (api, id) = big_session();
    let request = PrintRequest { document: PrintDocument::Minutes { meeting_id: id }, language: None };
    bencher.bench_local(|| api.print(&request, today()).unwrap());
}

#[divan::bench(sample_count = 50)]
fn quorum_and_tally_for_100_states(bencher: divan::Bencher) {
    use pleno_domain::decision::{outcome, Base, MajorityRule, Tally, Threshold};
    use pleno_domain::quorum::{count, QuorumRule};
    let members: Vec<String> = (0..100).map(|i| format!("S{i:02}")).collect();
    let present: Vec<String> = members.iter().filter(|c| !c.ends_with('7')).cloned().collect();
    let choices: Vec<u8> = (0..present.len()).map(|i| (i % 5) as u8).collect();
    let rule = MajorityRule { threshold: Threshold::TwoThirds, base: Base::Present };
    bencher.bench_local(|| {
        let quorum = count(QuorumRule::MoreThanHalf, divan::black_box(&members), divan::black_box(&present));
        let mut tally = Tally::default();
        for c in &choices {
            match c {
                0 => tally.no += 1,
                1 => tally.abstain += 1,
                _ => tally.yes += 1,
            }
        }
        (quorum, outcome(rule, tally, present.len() as u32, members.len() as u32))
    });
}
