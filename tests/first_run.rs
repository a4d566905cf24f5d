#![cfg(feature = "e2e")]
//! End-to-end: the first run. An empty archive opens on the setup, not on empty
//! pages; what is chosen there is what Inicio shows; the demo opens in a file of
//! its own; and the log the session leaves holds no person's name.

mod support;

use serde_json::{json, Value};
use support::{pleno, App};

/// Sets a form control's value as a person choosing it would (the native date and
/// select pickers cannot be driven through WebDriver).
fn choose(app: &App, css: &str, value: &str) {
    app.wait_for(css);
    app.execute(
        "const el = document.querySelector(arguments[0]);
         el.value = arguments[1];
         el.dispatchEvent(new Event('input', { bubbles: true }));
         el.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([css, value]),
    );
}

#[test]
fn an_empty_archive_opens_on_the_setup_and_inicio_then_shows_the_offices_chosen() {
    let app = App::start_empty();
    app.wait_for("[data-testid=setup-page]");
    app.screenshot("first-run-setup");
    choose(&app, "[data-testid=setup-presidency-country]", "PA");
    choose(&app, "[data-testid=setup-presidency-from]", "2026-01-01");
    choose(&app, "[data-testid=setup-secretariat-country]", "CR");
    choose(&app, "[data-testid=setup-secretariat-from]", "2025-07-01");
    app.click("[data-testid=setup-quorum-two-thirds]");
    app.click("[data-testid=setup-start]");
    app.wait_for("[data-testid=page-inicio]");
    let presidency = app.wait_for_text("[data-testid=home-office-presidencia]", "Panamá");
    assert!(presidency.contains("1 de enero de 2026"), "{presidency}");
    app.wait_for_text("[data-testid=home-office-secretaria_tecnica]", "Costa Rica");
    app.screenshot("first-run-inicio");
    let settings: Value = serde_json::from_str(&pleno(&app.db, &["settings", "show", "--json"])).unwrap();
    assert_eq!(settings["quorum_rule"]["kind"], "two_thirds", "{settings}");
}

#[test]
fn the_demo_opens_in_its_own_file_and_the_log_names_commands_but_no_person() {
    let app = App::start_empty();
    app.click("[data-testid=setup-demo]");
    app.wait_for("[data-testid=page-inicio]");
    app.wait_for("[data-testid=nav-directorio]").click();
    app.wait_for("[data-testid=page-directorio]");
    app.wait_for("[data-testid=nav-ajustes]").click();
    app.wait_for_text("[data-testid=about-panel]", "pleno-demo.db");

    let demo = app.db.with_file_name("pleno-demo.db");
    let demo_people: Value = serde_json::from_str(&pleno(&demo, &["person", "list", "--json"])).unwrap();
    let names: Vec<String> =
        demo_people.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect();
    assert!(names.len() > 5, "the demo file has its delegations: {names:?}");
    let real_people: Value = serde_json::from_str(&pleno(&app.db, &["person", "list", "--json"])).unwrap();
    assert_eq!(real_people, json!([]), "no demo person in the real archive");

    // The UI reports each command after its answer; give the last reports a moment.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let log: String = std::fs::read_dir(app.log_dir())
        .expect("the app writes its log in the log folder")
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .collect();
    assert!(log.contains("command=directory_get ms="), "each command is logged: {log}");
    assert!(log.contains("outcome=ok"), "{log}");
    for name in &names {
        assert!(!log.contains(name.as_str()), "the log holds a person's name: {name}");
    }

    // «Copiar diagnóstico»: the report and the log's last lines, as the button copies them.
    app.click("[data-testid=about-copy]");
    app.wait_for_text("[data-testid=about-panel] [role=status]", "Diagnóstico copiado");
    let text = app.execute_async(
        "const done = arguments[0];
         window.__TAURI__.core.invoke('diagnostics_text', { language: 'es' }).then(done, (e) => done(JSON.stringify(e)));",
        json!([]),
    );
    let text = text.as_str().unwrap();
    assert!(text.contains("Versión del esquema") && text.contains("command=diagnostics_get"), "{text}");
    assert!(names.iter().all(|name| !text.contains(name.as_str())), "no name in the diagnostic");
}
