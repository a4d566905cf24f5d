#![cfg(feature = "e2e")]
//! End-to-end: the minutes (acta) of a meeting, from the circulated draft to the
//! approved, locked record.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};
use support::{pleno, App};

fn pleno_json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&pleno(db, args)).unwrap_or_else(|e| panic!("pleno {args:?} did not answer JSON: {e}"))
}

/// The CLI's answer to a call that must be refused: its error message.
fn pleno_refuses(db: &Path, args: &[&str]) -> String {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let out = Command::new(target.join("debug").join("pleno")).arg("--db").arg(db).args(args).output().unwrap();
    assert!(!out.status.success(), "pleno {args:?} should have been refused: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Gives the XV meeting (id 3) a quorum: the titular of five member states present
/// from the first minute of its day, so that the app's "now" (the clock's time on the
/// meeting's date) always finds them there.
fn quorum_at_the_fifteenth_meeting(db: &Path) {
    let expected = pleno_json(db, &["attendance", "expected", "3", "--json"]);
    let mut states: Vec<&str> = Vec::new();
    for person in expected.as_array().unwrap() {
        let country = person["country"].as_str().unwrap_or_default();
        if person["role"] != "titular" || country.is_empty() || states.contains(&country) || states.len() == 5 {
            continue;
        }
        states.push(country);
        let id = person["person_id"].to_string();
        pleno(db, &["attendance", "mark", "3", "--person", &id, "present", "--at", "00:00"]);
    }
    assert_eq!(states.len(), 5, "the demo should have titulares for five states: {states:?}");
    let quorum = pleno_json(db, &["quorum", "3", "--at", "12:00", "--json"]);
    assert_eq!(quorum["quorate"], true, "{quorum}");
}

#[test]
fn approving_minutes_in_the_ui_locks_them() {
    let app = App::start_with(|db| {
        pleno(db, &["demo"]);
        quorum_at_the_fifteenth_meeting(db);
    });
    let before = pleno_json(&app.db, &["minutes", "show", "2", "--json"]);
    assert_eq!(before["status"], "circulada", "the demo circulates the XIV minutes");

    // From the meetings list to the XIV meeting, then to its acta.
    app.wait_for("[data-testid=nav-reuniones]").click();
    app.wait_for("[data-testid=meeting-row][data-meeting-id='2'] [data-testid=meeting-link]").click();
    app.wait_for("[data-testid=meeting-minutes-link]").click();
    app.wait_for_text("[data-testid=minutes-status]", "Circulada — versión 1");
    let editors = app.wait_for_all("[data-testid=narrative-editor]", 16);
    assert_eq!(editors.len(), 16, "one narrative editor per agenda item of the draft");
    app.screenshot("minutes-circulated");

    // Approve at the XV meeting, the only later one.
    app.wait_for("[data-testid=minutes-approve]").click();
    app.wait_for("[data-testid=minutes-approve-meeting]");
    let chosen = app.execute(
        "return document.querySelector('[data-testid=minutes-approve-meeting]').selectedOptions[0].textContent",
        json!([]),
    );
    assert!(chosen.as_str().unwrap().contains("XV Reunión Ordinaria"), "{chosen}");
    app.wait_for_text("[data-testid=confirm-dialog]", "Lectura y aprobación del acta anterior");
    app.wait_for("[data-testid=confirm-dialog] [data-testid=confirm-accept]").click();

    app.wait_for_text("[data-testid=minutes-status]", "Aprobada");
    let notice = app.wait_for_text("[data-testid=minutes-lock-notice]", "No se puede modificar");
    assert!(notice.contains("Acta aprobada en la XV Reunión Ordinaria el 10 de diciembre de 2026"), "{notice}");
    app.wait_gone("[data-testid=narrative-editor]");
    app.wait_gone("[data-testid=minutes-approve]");
    let shown_hash = app.wait_for("[data-testid=minutes-hash]").text();
    app.screenshot("minutes-approved");

    // What the database holds: approved at XV, with the hash the screen shows.
    let after = pleno_json(&app.db, &["minutes", "show", "2", "--json"]);
    assert_eq!(after["status"], "aprobada");
    assert_eq!(after["approved_by"], "XV Reunión Ordinaria");
    assert_eq!(after["hash"].as_str().unwrap(), shown_hash.trim());
    assert_eq!(shown_hash.trim().len(), 64, "a SHA-256 in hex: {shown_hash}");
    let previous = app.wait_for("[data-testid=minutes-previous-hash]").text();
    assert_eq!(after["previous_hash"].as_str().unwrap(), previous.trim());
    let decisions = pleno_json(&app.db, &["decision", "list", "3", "--json"]);
    assert!(
        decisions.as_array().unwrap().iter().any(|d| d["text"] == "Aprobar el acta de la XIV Reunión Ordinaria."),
        "the approval is a decision of the XV meeting: {decisions}"
    );

    // The store refuses any change to the approved acta.
    let item = after["notes"][0][0].to_string();
    let refusal = pleno_refuses(&app.db, &["minutes", "note", "2", "--item", &item, "--text", "x"]);
    assert!(refusal.contains("está aprobada"), "{refusal}");

    // And the integrity check confirms it.
    app.wait_for("[data-testid=minutes-verify]").click();
    let verdict = app.wait_for_text("[data-testid=minutes-verify-result]", "Íntegra");
    assert!(verdict.contains("sigue redactando la misma acta"), "{verdict}");
}

#[test]
fn the_minutes_pages_save_pdf_command_writes_the_acta() {
    // The native save dialog cannot be driven through WebDriver; the button's
    // command is called as the button calls it once a path is chosen.
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-reuniones]").click();
    app.wait_for("[data-testid=meeting-row][data-meeting-id='1'] [data-testid=meeting-link]").click();
    app.wait_for("[data-testid=meeting-minutes-link]").click();
    app.wait_for_text("[data-testid=minutes-status]", "Aprobada");
    app.wait_for("[data-testid=minutes-page] [data-testid=save-pdf]");
    let out = app.db.with_file_name("acta.pdf");
    let result = app.execute_async(
        "const [path, done] = arguments;
         window.__TAURI__.core.invoke('pdf_save', { request: { kind: 'minutes', meeting_id: 1 }, path })
           .then(() => done('ok'), (e) => done(JSON.stringify(e)));",
        json!([out.to_str().unwrap()]),
    );
    assert_eq!(result, "ok");
    let text = Command::new("pdftotext").arg(&out).arg("-").output().unwrap().stdout;
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("XIII REUNIÓN ORDINARIA"), "{text}");
}
