#![cfg(feature = "e2e")]
//! End-to-end: the Directorio, driven through the real app on the demo archive, where
//! the alternate (suplente) seats for smuggling of migrants of El Salvador and
//! Nicaragua are vacant.

mod support;

use serde_json::Value;
use support::{pleno, App};

/// The holder of one seat as `pleno directory --json` reports it, or None if vacant.
fn holder_in_database(app: &App, country: &str, mandate: &str, role: &str) -> Option<Value> {
    let directory: Value = serde_json::from_str(&pleno(&app.db, &["directory", "--json"])).unwrap();
    let state = directory["states"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == country)
        .unwrap_or_else(|| panic!("no state {country} in {directory}"))
        .clone();
    let seat = state["seats"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["mandate"] == mandate && s["role"] == role)
        .unwrap_or_else(|| panic!("no seat {mandate} {role} in {state}"))
        .clone();
    if seat["holder"].is_null() {
        None
    } else {
        Some(seat["holder"].clone())
    }
}

/// Clicks an element that may be below the fold. The page scrolls smoothly, and the
/// driver would try the click before a smooth scroll has brought the element into view.
fn click_in_view(app: &App, css: &str) {
    app.wait_for(css);
    app.execute(
        "document.querySelector(arguments[0]).scrollIntoView({ block: 'center', behavior: 'instant' });",
        serde_json::json!([css]),
    );
    app.wait_for(css).click();
}

#[test]
fn an_alternate_added_through_the_ui_appears_on_the_countrys_card() {
    let app = App::start_demo();
    assert!(holder_in_database(&app, "SV", "tim", "suplente").is_none(), "the demo should leave this seat vacant");

    app.wait_for("[data-testid=nav-directorio]").click();
    let seat = "[data-testid=seat-SV-tim-suplente]";
    app.wait_for_text(seat, "Vacante");
    click_in_view(&app, "[data-testid=appoint-SV-tim-suplente]");

    // The person is not in the directory yet: add them from the appointment form.
    app.wait_for("[data-testid=seat-form]");
    app.wait_for("[data-testid=seat-new-person]").click();
    app.wait_for("[data-testid=person-form]");
    let name = "Verónica Alejandra Campos Durán";
    app.wait_for("[data-testid=person-name-input]").send_keys(name);
    app.wait_for("[data-testid=person-position-input]").send_keys("Jefa de la Unidad contra el Tráfico de Migrantes");
    app.wait_for("[data-testid=person-institution-input]").send_keys("Dirección General de Migración y Extranjería");
    click_in_view(&app, "[data-testid=contact-add]");
    let email = app.wait_for("[data-testid=contact-value]");
    // A malformed address is refused as it is typed, before any save.
    email.send_keys("veronica.campos");
    app.wait_for_text("[data-testid=contact-row]", "Falta la @");
    app.screenshot("directory-person-form-invalid-email");
    email.send_keys("@cnctp.example");
    app.wait_gone("[data-testid=contact-row] .field-error:not(:empty)");
    click_in_view(&app, "[data-testid=person-save]");

    // Back on the appointment, with the new person chosen and the seat prefilled.
    app.wait_for_text("[data-testid=picker-chosen]", name);
    let from = app.wait_for("[data-testid=seat-from]").attribute("value").unwrap_or_default();
    assert_eq!(from.len(), 10, "the start date is prefilled with today: {from:?}");
    app.screenshot("directory-seat-form");
    click_in_view(&app, "[data-testid=seat-submit]");

    // The state's card now shows them in that seat.
    let card = app.wait_for_text(seat, name);
    assert!(!card.contains("Vacante"), "the seat still says vacant: {card}");
    assert!(card.contains("veronica.campos@cnctp.example"), "the card shows the preferred e-mail: {card}");
    app.wait_for_text("[data-testid=directory-notice]", name);
    app.screenshot("directory-alternate-appointed");

    let holder = holder_in_database(&app, "SV", "tim", "suplente").expect("the seat is filled in the database");
    assert_eq!(holder["name"], name);
    assert_eq!(holder["email"], "veronica.campos@cnctp.example");
    assert_eq!(holder["since"].as_str().unwrap(), from, "the appointment starts on the date shown in the form");
}

#[test]
fn searching_nunez_without_accents_finds_gabriela_nunez_castillo() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-directorio]").click();
    app.wait_for("[data-testid=directory-search]").send_keys("nunez");

    let results = app.wait_for_all("[data-testid=search-result]", 1);
    let names: Vec<String> = results.iter().map(|r| r.text()).collect();
    assert!(names.iter().any(|n| n.contains("Gabriela Núñez Castillo")), "results: {names:?}");

    results.iter().find(|r| r.text().contains("Gabriela Núñez Castillo")).unwrap().click();
    app.wait_for_text("[data-testid=person-name]", "Gabriela Núñez Castillo");
    let history = app.wait_for_text("[data-testid=person-history]", "Honduras");
    assert!(history.contains("Tráfico ilícito de migrantes · Titular"), "history: {history}");
    assert!(history.contains("desde el 1 de marzo de 2024"), "history: {history}");
}

#[test]
fn a_seat_already_held_is_refused_with_the_servers_reason_and_nothing_changes() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-directorio]").click();
    app.wait_for("[data-testid=directory-search]").send_keys("nunez");
    app.wait_for("[data-testid=search-result]").click();
    app.wait_for("[data-testid=person-appoint]").click();

    // Gabriela Núñez Castillo is chosen already; ask for Costa Rica's principal seat.
    app.wait_for_text("[data-testid=picker-chosen]", "Gabriela Núñez Castillo");
    app.wait_for("[data-testid=seat-country] option[value=CR]").click();
    app.wait_for("[data-testid=seat-role-titular]").click();
    click_in_view(&app, "[data-testid=seat-submit]");

    let refusal = app.wait_for_text("[role=alert]", "Costa Rica ya tiene titular de trata de personas");
    assert!(refusal.contains("Ana Lucía Vargas Solís"), "the refusal names the holder: {refusal}");
    // The form keeps what the user chose, ready to be corrected.
    app.wait_for_text("[data-testid=picker-chosen]", "Gabriela Núñez Castillo");
    app.screenshot("directory-seat-refused");

    let holder = holder_in_database(&app, "CR", "tdp", "titular").unwrap();
    assert_eq!(holder["name"], "Ana Lucía Vargas Solís");
}

#[test]
fn an_office_assigned_in_the_directory_is_recorded_and_overlaps_are_refused() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-directorio]").click();
    app.click("[data-testid=office-add]");
    app.wait_for("[data-testid=office-form]");
    // The Presidency 2027 goes to Honduras.
    app.execute(
        "const set = (css, value) => { const el = document.querySelector(css); el.value = value;
           el.dispatchEvent(new Event('change', { bubbles: true })); el.dispatchEvent(new Event('input', { bubbles: true })); };
         set('[data-testid=office-kind]', 'presidencia');
         set('[data-testid=office-country]', 'HN');
         set('[data-testid=office-from]', '2027-01-01');
         set('[data-testid=office-to]', '2028-01-01');",
        serde_json::json!([]),
    );
    app.click("[data-testid=office-save]");
    app.wait_gone("[data-testid=office-form]");
    let offices: Value = serde_json::from_str(&pleno(&app.db, &["office", "list", "--json"])).unwrap();
    let honduras = offices.as_array().unwrap().iter().find(|t| t["country"] == "HN" && t["office"] == "presidencia");
    assert_eq!(honduras.expect("Honduras holds the Presidency")["starts_on"], "2027-01-01");

    // Panamá holds it during 2026 in the demo: an overlapping term is refused with Pleno's reason.
    app.click("[data-testid=office-add]");
    app.execute(
        "const set = (css, value) => { const el = document.querySelector(css); el.value = value;
           el.dispatchEvent(new Event('change', { bubbles: true })); el.dispatchEvent(new Event('input', { bubbles: true })); };
         set('[data-testid=office-country]', 'CR');
         set('[data-testid=office-from]', '2026-06-01');",
        serde_json::json!([]),
    );
    app.click("[data-testid=office-save]");
    app.wait_for_text("[data-testid=office-form]", "ya la ejerce Panamá");
}

#[test]
fn a_committee_created_in_the_directory_takes_member_states() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-directorio]").click();
    app.click("[data-testid=committee-add]");
    app.wait_for("[data-testid=committee-name]").send_keys("Comité de Movilización de Recursos");
    app.wait_for("[data-testid=committee-mandate]")
        .send_keys("Diseñar la estrategia de movilización de recursos (POA 4.1.3).");
    app.click("[data-testid=committee-save]");
    app.wait_gone("[data-testid=committee-form]");
    app.wait_for_text("[data-testid=committees]", "Comité de Movilización de Recursos");

    // The new committee is the last row; add Guatemala to it.
    app.wait_for_all("[data-testid=committee-member-add]", 3);
    app.execute(
        "const buttons = document.querySelectorAll('[data-testid=committee-member-add]');
         const last = buttons[buttons.length - 1];
         last.scrollIntoView({ block: 'center', behavior: 'instant' }); last.click();",
        serde_json::json!([]),
    );
    app.execute(
        "const el = document.querySelector('[data-testid=committee-member-country]'); el.value = 'GT';
         el.dispatchEvent(new Event('change', { bubbles: true }));",
        serde_json::json!([]),
    );
    app.click("[data-testid=committee-member-save]");
    app.wait_gone("[data-testid=committee-member-form]");

    let committees: Value = serde_json::from_str(&pleno(&app.db, &["committee", "list", "--json"])).unwrap();
    let created = committees
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Comité de Movilización de Recursos")
        .expect("the committee is in the database");
    assert_eq!(created["members"][0]["country"], "GT", "{created}");
}

#[test]
fn a_state_that_joins_gets_its_card_and_counts_from_its_date() {
    let app = App::start_demo();
    app.wait_for("[data-testid=nav-directorio]").click();
    app.click("[data-testid=member-add]");
    app.wait_for("[data-testid=member-code]").send_keys("co");
    app.wait_for("[data-testid=member-name]").send_keys("Colombia");
    app.execute(
        "const el = document.querySelector('[data-testid=member-since]'); el.value = '2026-01-01';
         el.dispatchEvent(new Event('input', { bubbles: true }));",
        serde_json::json!([]),
    );
    app.click("[data-testid=member-save]");
    app.wait_gone("[data-testid=member-form]");
    app.wait_for_text("[data-testid=state-CO]", "Colombia");
    let countries: Value = serde_json::from_str(&pleno(&app.db, &["country", "list", "--json"])).unwrap();
    assert!(countries.as_array().unwrap().iter().any(|c| c["code"] == "CO" && c["name"] == "Colombia"));
    // From 2026 Colombia is one of ten member states for quorum.
    let quorum: Value = serde_json::from_str(&pleno(&app.db, &["quorum", "3", "--at", "10:00", "--json"])).unwrap();
    assert_eq!(quorum["member_states"], 10, "{quorum}");
}
