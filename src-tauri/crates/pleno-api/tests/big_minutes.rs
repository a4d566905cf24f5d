//! The minutes of the biggest session (three days, 216 agenda items, 60 present,
//! 40 votes, 80 agreements) read back with pdftotext: an item without notes takes
//! the lines it needs, not a page, and no page ends on an item's heading whose
//! notes are overleaf.

use std::process::Command;

use chrono::NaiveDate;
use pleno_api::printing::{PrintDocument, PrintRequest};
use pleno_api::Api;

fn pages_of(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acta.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-layout"]).arg(&path).arg("-").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().split('\u{c}').map(String::from).filter(|p| !p.trim().is_empty()).collect()
}

#[test]
fn the_minutes_of_a_three_day_session_take_the_pages_their_lines_need() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let id = api.load_big_session().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 8, 10).unwrap();
    let pdf = api
        .print(&PrintRequest { document: PrintDocument::Minutes { meeting_id: id }, language: None }, today)
        .unwrap();
    let pages = pages_of(&pdf);
    // 216 headings, 54 notes, 40 votes with nine states each, 80 agreements, 60
    // people: some 30 pages of lines; a page per item would be over 200.
    assert!((15..=60).contains(&pages.len()), "{} pages", pages.len());
    for (n, page) in pages.iter().enumerate() {
        let body: Vec<&str> = page.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        // The footer is the last line; the one above it is the page's last line of text.
        let last = body.iter().rev().nth(1).copied().unwrap_or_default();
        let item = last.split_once(". ").and_then(|(n, _)| n.parse::<usize>().ok());
        if let Some(position) = item {
            // Items at positions 2, 6, 10 … have notes, and 60, 64 … 216 a vote: what
            // follows their heading is theirs, so their heading never ends a page.
            let has_content = position % 4 == 2 || (position % 4 == 0 && position >= 60);
            assert!(
                !has_content || !last.contains("Asunto"),
                "page {} ends on item {position}, its content overleaf",
                n + 1
            );
        }
    }
    assert!(pages.iter().any(|p| p.contains("Asunto 216 para discusión")), "the last item is printed");
}
