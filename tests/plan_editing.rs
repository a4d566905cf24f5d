#![cfg(feature = "e2e")]
//! End-to-end: editing the Plan on the demo archive — the POA 2020 created as a
//! copy of 2018, an activity changed while borrador, the POA approved by a decision
//! of a plenary, a later change refused without the decision that amends it and
//! saved with one, an activity removed after confirming, the history listing it
//! all; then the target of indicator 4.3.1 set and a measurement of 1.1.1 added.
//! Each step is checked through the CLI on the same database.

mod support;

use serde_json::Value;
use support::{pleno, App};

fn json(app: &App, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    serde_json::from_str(&pleno(&app.db, &all)).unwrap()
}

fn activity<'a>(plan: &'a Value, code: &str) -> Option<&'a Value> {
    plan["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| o["activities"].as_array().unwrap())
        .find(|a| a["code"] == code)
}

/// Picks `option` of the select matching `select`: the select is scrolled into view
/// first, since WebKit does not scroll to an option of a select off the screen.
fn choose(app: &App, select: &str, option: &str) {
    app.wait_for(select);
    app.execute(
        "document.querySelector(arguments[0]).scrollIntoView({ block: 'center', behavior: 'instant' });",
        serde_json::json!([select]),
    );
    app.wait_for(&format!("{select} {option}")).click();
}

fn pause() {
    // Give the webview a frame to paint before a screenshot.
    std::thread::sleep(std::time::Duration::from_millis(300));
}

fn create_2020_from_2018(app: &App) {
    app.wait_for("[data-testid=nav-plan]").click();
    app.click("[data-testid=plan-tab-poa]");
    app.click("[data-testid=poa-create]");
    choose(app, "[data-testid=poa-create-year]", "option[value='2020']");
    choose(app, "[data-testid=poa-create-copy]", "option[value='2018']");
    pause();
    app.screenshot("poa-create");
    app.click("[data-testid=poa-create-save]");
    app.wait_for("[data-testid=poa-status][data-status=borrador]");
    app.wait_for_text("[data-testid=poa-editor]", "Edición del POA 2020");
    app.wait_for("[data-testid=edit-activity][data-code='1.1.1']");
    pause();
    app.screenshot("poa-editor-2020");
}

fn edit_1_1_1_while_draft(app: &App) {
    app.click("[data-testid=edit-activity][data-code='1.1.1'] [data-testid=activity-edit]");
    let target = app.wait_for("[data-testid=activity-target]");
    target.clear();
    target.send_keys("Comité de elaboración conformado en 2020");
    let s2 = app.wait_for("[data-testid=activity-s2]");
    s2.clear();
    s2.send_keys("50");
    choose(app, "[data-testid=party-kind]", "option[value=presidencia]");
    app.click("[data-testid=party-add]");
    pause();
    app.screenshot("poa-activity-form");
    app.click("[data-testid=activity-save]");
    app.wait_for_text("[data-testid=poa-notice]", "Se guardó la actividad 1.1.1");
}

fn approve_with_first_decision(app: &App) -> i64 {
    let select = "[data-testid=poa-approve-decision]";
    let id: i64 = app.wait_for(&format!("{select} option:nth-child(2)")).attribute("value").unwrap().parse().unwrap();
    choose(app, select, "option:nth-child(2)");
    app.click("[data-testid=poa-approve]");
    app.wait_for("[data-testid=poa-status][data-status=aprobado]");
    id
}

fn amend_1_1_2(app: &App) {
    app.click("[data-testid=edit-activity][data-code='1.1.2'] [data-testid=activity-edit]");
    let weight = app.wait_for("[data-testid=activity-weight]");
    weight.clear();
    weight.send_keys("2");
    app.click("[data-testid=activity-save]");
    // Without the decision the API refuses, and its words are shown.
    app.wait_for_text("[data-testid=activity-form]", "necesita una enmienda que cite una decisión");
    pause();
    app.screenshot("poa-amendment-refused");
    choose(app, "[data-testid=activity-decision]", "option:nth-child(2)");
    app.click("[data-testid=activity-save]");
    app.wait_for_text("[data-testid=poa-notice]", "Se guardó la actividad 1.1.2");
}

fn remove_1_2_2(app: &App) {
    app.click("[data-testid=edit-activity][data-code='1.2.2'] [data-testid=activity-remove]");
    app.wait_for_text("[data-testid=confirm-dialog]", "¿Eliminar la actividad 1.2.2?");
    choose(app, "[data-testid=remove-decision]", "option:nth-child(2)");
    pause();
    app.screenshot("poa-remove-confirm");
    app.click("[data-testid=confirm-accept]");
    app.wait_gone("[data-testid=confirm-dialog]");
    app.wait_gone("[data-testid=edit-activity][data-code='1.2.2']");
}

#[test]
fn a_poa_copied_edited_approved_and_amended_in_the_app_reads_back_through_the_cli() {
    let app = App::start_demo();
    create_2020_from_2018(&app);
    edit_1_1_1_while_draft(&app);
    let decision = approve_with_first_decision(&app);
    amend_1_1_2(&app);
    remove_1_2_2(&app);
    app.wait_for_text("[data-testid=poa-history]", "POA aprobado");
    app.wait_for_text("[data-testid=poa-history]", "Actividad eliminada");
    app.execute(
        "document.querySelector('[data-testid=poa-history]').scrollIntoView({ block: 'start', behavior: 'instant' });",
        serde_json::json!([]),
    );
    pause();
    app.screenshot("poa-history");

    let plan = json(&app, &["poa", "show", "--year", "2020"]);
    assert_eq!(plan["status"], "aprobado", "{plan}");
    assert_eq!(plan["approved_by_decision"], decision);
    let first = activity(&plan, "1.1.1").unwrap();
    assert_eq!(first["target"], "Comité de elaboración conformado en 2020");
    assert_eq!(first["semester_2"], 50);
    assert!(first["parties"].as_array().unwrap().iter().any(|p| p["kind"] == "presidencia"), "{first}");
    assert_eq!(activity(&plan, "1.1.2").unwrap()["weight"], 2);
    assert!(activity(&plan, "1.2.2").is_none(), "the removed activity is gone");

    let history = json(&app, &["poa", "history", "--year", "2020"]);
    let kinds: Vec<&str> = history.as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["copied", "activity_edited", "approved", "activity_edited", "activity_removed"]);
    let amendment = &history[3];
    assert_eq!(amendment["decision_id"], decision, "the amendment cites its decision: {amendment}");
    assert_eq!(amendment["by"], "Secretaría Técnica");
}

#[test]
fn an_empty_poa_gets_its_first_objective_and_activity_in_the_app() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-plan]").click();
    app.click("[data-testid=plan-tab-poa]");
    app.click("[data-testid=poa-create]");
    choose(&app, "[data-testid=poa-create-year]", "option[value='2021']");
    app.click("[data-testid=poa-create-save]");
    app.wait_for_text("[data-testid=poa-editor]", "Edición del POA 2021");
    app.wait_for_text("[data-testid=poa-editor]", "todavía no tiene objetivos operativos");
    app.click("[data-testid=objective-add]");
    choose(&app, "[data-testid=objective-strategic]", "option[value='1.1']");
    app.wait_for("[data-testid=objective-code]").send_keys("1.1");
    app.wait_for("[data-testid=objective-title]").send_keys("Formular la estrategia regional de prevención");
    pause();
    app.screenshot("poa-objective-form");
    app.click("[data-testid=objective-save]");
    app.wait_for_text("[data-testid=poa-notice]", "Se añadió el objetivo operativo 1.1");

    app.click("[data-testid=activity-add]");
    app.wait_for("[data-testid=activity-code]").send_keys("1.1.1");
    app.wait_for("[data-testid=activity-title]").send_keys("Integrar un Comité de Trabajo");
    app.click("[data-testid=party-add]");
    app.wait_for("[data-testid=activity-s1]").send_keys("100");
    app.click("[data-testid=activity-save]");
    app.wait_for_text("[data-testid=poa-notice]", "Se añadió la actividad 1.1.1");

    let plan = json(&app, &["poa", "show", "--year", "2021"]);
    assert_eq!(plan["status"], "borrador", "{plan}");
    assert_eq!(plan["objectives"][0]["strategic_objective"], "1.1");
    let added = activity(&plan, "1.1.1").unwrap();
    assert_eq!(added["parties"], serde_json::json!([{ "kind": "secretaria_tecnica" }]));
    assert_eq!(added["semester_1"], 100);
}

#[test]
fn an_indicator_target_and_a_measurement_set_in_the_app_read_back_through_the_cli() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-plan]").click();
    app.click("[data-testid=plan-tab-estrategico]");
    let computed = "[data-testid=indicator-target][data-code='4.3.1']";
    app.wait_for_text(&format!("{computed} summary"), "sin meta definida");
    app.click(&format!("{computed} summary"));
    app.click(&format!("{computed} [data-testid=indicator-target-edit]"));
    for (field, value) in [
        ("target-baseline-value", "4"),
        ("target-baseline-year", "2018"),
        ("target-value", "12,5"),
        ("target-year", "2027"),
        ("target-unit", "acuerdos"),
        ("target-periodicity", "anual"),
        ("target-means", "Actas de las reuniones"),
    ] {
        app.wait_for(&format!("{computed} [data-testid={field}]")).send_keys(value);
    }
    app.click(&format!("{computed} [data-testid=target-save]"));
    app.wait_for_text(&format!("{computed} summary"), "meta 12,5 (2027) acuerdos");
    app.wait_for_text(computed, "Pleno calcula este indicador");
    pause();
    app.screenshot("indicator-target-computed");

    let detail = json(&app, &["indicator", "show", "4.3.1"]);
    assert_eq!(detail["target"]["target_value"], 12.5, "{detail}");
    assert_eq!(detail["target"]["baseline_year"], 2018);
    assert_eq!(detail["target"]["unit"], "acuerdos");
    assert_eq!(detail["target"]["means_of_verification"], "Actas de las reuniones");

    let reported = "[data-testid=indicator-target][data-code='1.1.1']";
    app.click(&format!("{reported} summary"));
    choose(&app, &format!("{reported} [data-testid=measurement-country]"), "option[value=CR]");
    app.wait_for(&format!("{reported} [data-testid=measurement-value]")).send_keys("3,5");
    app.wait_for(&format!("{reported} [data-testid=measurement-note]")).send_keys("Informe nacional");
    app.click(&format!("{reported} [data-testid=measurement-save]"));
    app.wait_for_text(&format!("{reported} [data-testid=indicator-measurements]"), "Costa Rica");
    pause();
    app.screenshot("indicator-measurement");

    let detail = json(&app, &["indicator", "show", "1.1.1"]);
    let measurement = &detail["measurements"][0];
    assert_eq!(measurement["country"], "CR", "{detail}");
    assert_eq!(measurement["value"], 3.5);
    assert_eq!(measurement["note"], "Informe nacional");
}
