#![cfg(feature = "e2e")]
//! End-to-end: a representation of the Presidency recorded in the app's
//! «Rendición de cuentas» is flagged until reported, is in the database (read
//! back through the CLI), and then appears in the preview of the Presidency's
//! end-of-term report, flagged the same way.

mod support;

use serde_json::Value;
use support::{pleno, App};

fn pause() {
    // Give the webview a frame to paint before a screenshot.
    std::thread::sleep(std::time::Duration::from_millis(300));
}

const EVENT: &str = "Cumbre regional de prueba sobre trata de personas";

fn record_representation(app: &App) {
    app.wait_for("[data-testid=nav-plan]").click();
    app.click("[data-testid=plan-tab-cuentas]");
    app.click("[data-testid=accountability-tab-representaciones]");
    app.wait_for("[data-testid=representation-form]");
    app.execute(
        "const set = (css, value) => { const el = document.querySelector(css); el.value = value;
           el.dispatchEvent(new Event('change', { bubbles: true })); el.dispatchEvent(new Event('input', { bubbles: true })); };
         set('[data-testid=representation-event]', arguments[0]);
         set('[data-testid=representation-date]', '2026-11-20');
         set('[data-testid=representation-place]', 'Tegucigalpa');
         set('[data-testid=representation-country]', 'HN');",
        serde_json::json!([EVENT]),
    );
    pause();
    app.screenshot("accountability-representation-form");
    app.click("[data-testid=representation-save]");
    app.wait_for_text("[data-testid=representations-table]", EVENT);
    app.wait_for_text("[data-testid=representation-detail]", "Pendiente de informar");
    pause();
    app.screenshot("accountability-representations");
}

#[test]
fn a_representation_recorded_in_the_app_is_in_the_term_reports_preview() {
    let app = App::start_demo();
    record_representation(&app);

    let pending: Value =
        serde_json::from_str(&pleno(&app.db, &["representation", "list", "--pending", "--json"])).unwrap();
    let recorded = pending.as_array().unwrap().iter().find(|r| r["event"] == EVENT).expect("in the database, pending");
    assert_eq!(
        (recorded["held_on"].as_str(), recorded["representative"]["country"].as_str()),
        (Some("2026-11-20"), Some("HN"))
    );

    app.click("[data-testid=accountability-tab-informes]");
    app.wait_for_text("[data-testid=report-body]", "Informe de fin de período de la Presidencia");
    let row = app.wait_for_text("[data-testid=report-representations]", EVENT);
    assert!(row.contains("pendiente de informar"), "flagged in the preview too: {row}");
    pause();
    app.screenshot("accountability-term-report-preview");
}
