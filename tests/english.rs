#![cfg(feature = "e2e")]
//! End-to-end: a session in English, as Belize's delegation works. The language
//! chosen in Ajustes reaches the screens (the API's own words included) and every
//! document printed without naming a language.

mod support;

use std::process::Command;

use serde_json::json;
use support::App;

fn pdf_text(path: &std::path::Path) -> String {
    String::from_utf8(Command::new("pdftotext").arg(path).arg("-").output().unwrap().stdout).unwrap()
}

#[test]
fn a_session_switched_to_english_reads_and_prints_in_english() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-ajustes]").click();
    app.click("[data-testid=language-en]");
    app.wait_for_text("[data-testid=nav-reuniones]", "Meetings");

    app.wait_for("[data-testid=nav-reuniones]").click();
    app.wait_for_text(
        "[data-testid=meeting-row][data-meeting-id='1'] [data-testid=meeting-link]",
        "XIII Ordinary Meeting",
    );
    app.screenshot("english-meetings");

    app.wait_for("[data-testid=nav-archivo]").click();
    app.wait_for_text("[data-testid=archive-acta-approved]", "XIV Ordinary Meeting");
    app.screenshot("english-archive");

    // The request names no language, as a script's would: the one chosen in Ajustes
    // decides. (The native save dialog cannot be driven; the button calls this.)
    let out = app.db.with_file_name("minutes-en.pdf");
    let result = app.execute_async(
        "const [path, done] = arguments;
         window.__TAURI__.core.invoke('pdf_save', { request: { kind: 'minutes', meeting_id: 1 }, path })
           .then(() => done('ok'), (e) => done(JSON.stringify(e)));",
        json!([out.to_str().unwrap()]),
    );
    assert_eq!(result, "ok");
    let text = pdf_text(&out);
    assert!(text.contains("Page 1 of"), "English page labels: {text}");
    assert!(text.contains("XIII ORDINARY MEETING") || text.contains("XIII Ordinary Meeting"), "{text}");
    assert!(!text.contains("Página 1 de"), "no Spanish page label: {text}");
}
