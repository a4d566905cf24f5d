#![cfg(feature = "e2e")]
//! End-to-end: the register of agreements on the demo archive — the accent-blind
//! search and the follow-up history.

mod support;

use std::path::Path;

use serde_json::Value;
use support::{pleno, App};

/// An agreement as `pleno agreement show --json` prints it, found by its number.
fn agreement_numbered(db: &Path, number: &str) -> Value {
    let listed: Value = serde_json::from_str(&pleno(db, &["agreement", "list", "--json"])).unwrap();
    let id = listed.as_array().unwrap().iter().find(|a| a["number"] == number).expect("the demo agreement")["id"]
        .to_string();
    serde_json::from_str(&pleno(db, &["agreement", "show", &id, "--json"])).unwrap()
}

/// The demo's agreement XIII-RO-2025-02, on the national repatriation protocols.
const REPATRIATION: &str = "[data-testid=search-hit][data-number='XIII-RO-2025-02']";

#[test]
fn searching_without_accents_finds_agreements_with_accents() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-acuerdos]").click();
    app.wait_for("[data-testid=agreement-row]");

    app.wait_for("[data-testid=agreement-search]").send_keys("repatriacion");

    let mark = app.wait_for(&format!("{REPATRIATION} [data-testid=search-mark]"));
    assert_eq!(mark.text(), "repatriación", "the highlighted word is the one in the text, accent and all");
    let hit = app.wait_for(REPATRIATION).text();
    assert!(hit.contains("protocolo nacional de repatriación"), "the hit shows the matched passage: {hit}");
    app.screenshot("agreements-search");

    app.wait_for(&format!("{REPATRIATION} [data-testid=search-hit-link]")).click();
    app.wait_for_text("[data-testid=agreement-number]", "XIII-RO-2025-02");
    app.wait_for_text("[data-testid=agreement-text]", "repatriación de víctimas");
}

#[test]
fn a_follow_up_added_in_the_ui_changes_the_status_and_stays_in_the_history() {
    // The database is read before the app opens it, as a person would find it.
    let mut before = Value::Null;
    let app = App::start_with(|db| {
        pleno(db, &["demo"]);
        before = agreement_numbered(db, "XIV-RO-2026-01");
    });
    let id = before["id"].to_string();
    assert_eq!(before["shown_status"], "vencido", "due 2026-09-30 and not fulfilled");
    let history_before = before["follow_ups"].as_array().unwrap().len();

    app.wait_for("[data-testid=nav-acuerdos]").click();
    let row = "[data-testid=agreement-row][data-number='XIV-RO-2026-01'] [data-testid=agreement-link]";
    app.wait_for(row);
    // The fourth row is below the fold at 1280×800. The page scrolls smoothly, and the
    // driver would check the link before a smooth scroll has brought it into view.
    app.execute(
        "document.querySelector(arguments[0]).scrollIntoView({ block: 'center', behavior: 'instant' });",
        serde_json::json!([row]),
    );
    app.wait_for(row).click();
    app.wait_for_text("[data-testid=agreement-number]", "XIV-RO-2026-01");
    let badge = app.wait_for(".head [data-testid=status-badge]");
    assert_eq!(badge.attribute("data-status").as_deref(), Some("vencido"));
    assert_eq!(app.wait_for_all("[data-testid=followup-item]", 0).len(), history_before);

    app.wait_for("[data-testid=followup-open]").click();
    let text = "El Comité presentó el documento preliminar de la Estrategia Institucional de Comunicación.";
    app.wait_for("[data-testid=followup-text]").send_keys(text);
    app.wait_for("[data-testid=followup-status] option[value=cumplido]").click();
    app.wait_for("[data-testid=followup-save]").click();

    app.wait_gone("[data-testid=followup-form]");
    app.wait_for(".head [data-testid=status-badge][data-status=cumplido]");
    let items = app.wait_for_all("[data-testid=followup-item]", history_before + 1);
    assert_eq!(items.len(), history_before + 1, "the history grew by one");
    let last = items.last().unwrap().text();
    assert!(last.contains(text), "the new follow-up is at the end of the history: {last}");
    assert!(last.contains("Cumplido"), "it records the change of status: {last}");
    app.screenshot("agreements-follow-up");

    let after: Value = serde_json::from_str(&pleno(&app.db, &["agreement", "show", &id, "--json"])).unwrap();
    assert_eq!(after["status"], "cumplido");
    assert_eq!(after["shown_status"], "cumplido");
    let follow_ups = after["follow_ups"].as_array().unwrap();
    assert_eq!(follow_ups.len(), history_before + 1);
    let newest = follow_ups.last().unwrap();
    assert_eq!(newest["text"], text);
    assert_eq!(newest["new_status"], "cumplido");
    assert_eq!(before["follow_ups"].as_array().unwrap()[..], follow_ups[..history_before], "nothing earlier changed");
}
