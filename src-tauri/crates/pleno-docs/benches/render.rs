//! How long a long document takes: a synthetic 100-page minutes-like document
//! (headings, paragraphs, lists, a 300-row table). Target: ≤ 100 ms in release.

#[path = "../tests/common/minutes.rs"]
mod minutes;

use chrono::NaiveDate;

fn main() {
    let doc = minutes::minutes(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date"));
    // Fonts are parsed once per process; the app pays that once, not per document.
    let bytes = pleno_docs::render(&doc).expect("the document renders");
    let pages = pleno_docs::layout(&doc).expect("the document lays out").pages.len();
    println!("synthetic minutes: {pages} pages, {} bytes", bytes.len());
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn render_100_page_minutes(bencher: divan::Bencher) {
    let doc = minutes::minutes(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date"));
    bencher.bench(|| pleno_docs::render(divan::black_box(&doc)).expect("the document renders"));
}

#[divan::bench(sample_count = 20)]
fn layout_100_page_minutes(bencher: divan::Bencher) {
    let doc = minutes::minutes(NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date"));
    bencher.bench(|| pleno_docs::layout(divan::black_box(&doc)).expect("the document lays out"));
}
