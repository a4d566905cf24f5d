#![cfg(feature = "e2e")]
//! End-to-end: plan monitoring on the demo archive — the POA 2018 roll-up with
//! Nicaragua's report missing, a report for Nicaragua entered in the form (the
//! form's mirror of the API's rules refusing an inconsistent row first), the
//! matrix and the roll-up changed by it, and the state's profile listing it.

mod support;

use support::App;

fn open_monitoring_2018(app: &App) {
    app.wait_for("[data-testid=nav-plan]").click();
    app.click("[data-testid=plan-tab-seguimiento]");
    // The latest POA comes first; the demo's 2019 has no report yet, and says what to do.
    app.wait_for_text("[data-testid=monitoring]", "Todavía no hay informes de seguimiento para 2019");
    app.wait_for_text("[data-testid=monitoring]", "Descargue la plantilla");
    // Give the webview a frame to paint before the screenshot.
    std::thread::sleep(std::time::Duration::from_millis(300));
    app.screenshot("monitoring-empty-2019");
    app.click("[data-testid=monitoring-year] option[value='2018']");
    app.wait_for("[data-testid=monitoring-matrix]");
}

#[test]
fn a_report_entered_in_the_form_fills_the_matrix_and_completes_the_rollup() {
    let app = App::start_demo();
    open_monitoring_2018(&app);

    app.wait_for_text("[data-testid=completeness-summary]", "8 de 9");
    app.wait_for("[data-testid=completeness-NI][data-reported=false]");
    let missing = app.wait_for("[data-testid=completeness-missing]").text();
    assert!(missing.contains("Nicaragua"), "the state that has not reported is named: {missing}");
    let empty = app.wait_for("[data-testid='cell-1.1.1-NI']");
    assert_eq!(empty.attribute("data-progress"), None, "Nicaragua has no figure yet");
    assert!(empty.attribute("aria-label").unwrap().contains("sin informe"), "an empty cell says so to a screen reader");
    let mean_before = app.wait_for("[data-testid='mean-1.1.2']").text();
    let weighted_before = app.wait_for("[data-testid='weighted-objective-value-1.1']").text();
    app.screenshot("monitoring-before");
    app.click("[data-testid=monitoring-template]");
    app.wait_for("[data-testid=template-country] option[value=NI]");
    std::thread::sleep(std::time::Duration::from_millis(300));
    app.screenshot("monitoring-template-panel");

    app.click("[data-testid=monitoring-add]");
    app.wait_for("[data-testid=report-form]");
    app.click("[data-testid=report-country] option[value=NI]");
    app.click("[data-testid=report-semester] option[value='2']");

    // The form mirrors the API's rules at once: a % out of range, a delay without a reason.
    app.wait_for("[data-testid='entry-progress-1.1.1']").send_keys("120");
    app.click("[data-testid='entry-status-1.1.1'] option[value=en_proceso]");
    app.wait_for_text("[data-testid='entry-1.1.1']", "entre 0 y 100");
    let progress = app.wait_for("[data-testid='entry-progress-1.1.1']");
    progress.clear();
    progress.send_keys("100");
    app.click("[data-testid='entry-status-1.1.1'] option[value=cumplida]");

    app.wait_for("[data-testid='entry-progress-1.1.2']").send_keys("0");
    app.click("[data-testid='entry-status-1.1.2'] option[value=con_retraso]");
    app.wait_for_text("[data-testid='entry-1.1.2']", "necesita una justificación");
    app.screenshot("monitoring-form-refusal");
    app.wait_for("[data-testid='entry-justification-1.1.2']").send_keys("El comité nacional no ha sesionado.");

    app.click("[data-testid=report-save]");
    app.wait_for_text("[data-testid=monitoring-notice]", "Nicaragua");

    app.wait_for_text("[data-testid=completeness-summary]", "9 de 9");
    app.wait_for("[data-testid=completeness-NI][data-reported=true]");
    app.wait_gone("[data-testid=completeness-missing]");
    let filled = app.wait_for("[data-testid='cell-1.1.1-NI']");
    assert_eq!(filled.attribute("data-progress").as_deref(), Some("100"));
    assert_eq!(app.wait_for("[data-testid='cell-1.1.2-NI']").attribute("data-progress").as_deref(), Some("0"));
    assert_eq!(app.wait_for("[data-testid='reported-1.1.2']").text(), "9/9");
    let mean_after = app.wait_for("[data-testid='mean-1.1.2']").text();
    assert_ne!(mean_before, mean_after, "Nicaragua's 0 % moves the mean of 1.1.2");
    let weighted_after = app.wait_for("[data-testid='weighted-objective-value-1.1']").text();
    assert_ne!(weighted_before, weighted_after, "and the weighted result of objective 1.1");
    app.screenshot("monitoring-after");
    for (part, name) in [
        ("monitoring-matrix", "monitoring-after-matrix"),
        ("weighted-results", "monitoring-after-results"),
        ("chart-1.1", "monitoring-after-charts"),
    ] {
        let css = format!("[data-testid='{part}']");
        app.execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: 'center', behavior: 'instant' });",
            serde_json::json!([css]),
        );
        std::thread::sleep(std::time::Duration::from_millis(300));
        app.screenshot(name);
    }

    // The state's profile, from its card in the Directorio, lists the report.
    app.wait_for("[data-testid=nav-directorio]").click();
    app.click("[data-testid=profile-link-NI]");
    app.wait_for_text("[data-testid=profile-title]", "Nicaragua");
    app.wait_for_text("[data-testid=profile-reports]", "POA 2018, II semestre, versión 1");
    app.wait_for("[data-testid=profile-ordinarias]");
    app.screenshot("monitoring-profile");

    // The import starts from a file dialog, which WebDriver cannot drive; the page is there.
    app.execute("window.location.hash = '#/plan/seguimiento/2018/importar';", serde_json::json!([]));
    app.wait_for("[data-testid=monitoring-import-choose]");
    std::thread::sleep(std::time::Duration::from_millis(300));
    app.screenshot("monitoring-import-page");
}
