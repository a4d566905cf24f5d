#![cfg(feature = "e2e")]
//! End-to-end: the real Pleno app, driven through tauri-driver and WebKitWebDriver
//! under Xvfb (`make e2e`). Each test starts the app on its own fresh database.

mod support;

use support::App;

#[test]
fn the_plan_page_shows_the_four_axes_of_the_strategic_plan() {
    let app = App::start();
    app.wait_for("[data-testid=nav-plan]").click();
    let axes = app.wait_for_all("[data-testid=axis]", 4);
    let titles: Vec<String> = axes.iter().map(|a| a.text()).collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    for expected in ["Prevención", "Atención integral", "Persecución", "Fortalecimiento institucional"] {
        assert!(titles.iter().any(|t| t.contains(expected)), "no axis titled {expected}: {titles:?}");
    }
    app.screenshot("plan");
}

#[test]
fn the_plan_pages_save_pdf_command_writes_the_strategic_plan() {
    // The native save dialog cannot be driven through WebDriver; the button's
    // command is called as the button calls it once a path is chosen.
    let app = App::start();
    app.wait_for("[data-testid=nav-plan]").click();
    app.wait_for("[data-testid=save-pdf]");
    let out = app.db.with_file_name("plan.pdf");
    let result = app.execute_async(
        "const [path, done] = arguments;
         window.__TAURI__.core.invoke('pdf_save', { request: { kind: 'strategic_plan' }, path })
           .then(() => done('ok'), (e) => done(JSON.stringify(e)));",
        serde_json::json!([out.to_str().unwrap()]),
    );
    assert_eq!(result, "ok");
    let text = std::process::Command::new("pdftotext").arg(&out).arg("-").output().unwrap().stdout;
    assert!(String::from_utf8(text).unwrap().contains("Número de acuerdos de la Coalición Regional cumplidos."));
}

#[test]
fn the_quorum_rule_chosen_in_ajustes_is_the_one_pleno_applies() {
    let app = App::start();
    app.wait_for("[data-testid=nav-ajustes]").click();
    app.wait_for("[data-testid=rules-form]");
    app.click("input[name=quorum][value=two_thirds]");
    app.click("[data-testid=rules-save]");
    app.wait_for_text("[data-testid=rules-form] [role=status]", "Reglas guardadas");
    let settings: serde_json::Value =
        serde_json::from_str(&support::pleno(&app.db, &["settings", "show", "--json"])).unwrap();
    assert_eq!(settings["quorum_rule"]["kind"], "two_thirds", "{settings}");
    assert_eq!(settings["language"], "es", "the language was kept");
}
