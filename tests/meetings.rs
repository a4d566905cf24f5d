#![cfg(feature = "e2e")]
//! End-to-end: the live session of a plenary meeting — roll call by keyboard, the
//! quorum banner that follows it, and a vote entered state by state.

mod support;

use serde_json::Value;
use support::{pleno, App};

/// The demo's convened meeting (XV Reunión Ordinaria), found by its title.
fn convened_meeting(app: &App) -> String {
    let list: Value = serde_json::from_str(&pleno(&app.db, &["meeting", "list", "--json"])).unwrap();
    let meeting = list.as_array().unwrap().iter().find(|m| m["title"] == "XV Reunión Ordinaria").expect("meeting XV");
    assert_eq!(meeting["status"], "convocada");
    meeting["id"].to_string()
}

/// From the meetings list to the live session of meeting XV, opening it on the way.
fn open_the_session(app: &App, id: &str) {
    app.wait_for("[data-testid=nav-reuniones]").click();
    app.wait_for(&format!("[data-testid=meeting-row][data-meeting-id='{id}'] [data-testid=meeting-link]")).click();
    app.wait_for_text("[data-testid=meeting-title]", "XV Reunión Ordinaria");
    app.wait_for_text("[data-testid=meeting-convened-by]", "Presidencia de");
    app.wait_for_text("[data-testid=meeting-advance]", "Abrir la sesión");
    app.wait_for("[data-testid=meeting-advance]").click();
    app.wait_for("[data-testid=confirm-dialog] [data-testid=confirm-accept]").click();
    app.wait_for("[data-testid=live-session]");
}

/// Clicks an element that may be below the fold. The page scrolls smoothly, and
/// WebDriver would click before a smooth scroll ends; so scroll at once first.
fn click(app: &App, css: &str) {
    let element = app.wait_for(css);
    app.execute(
        "document.querySelector(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'})",
        serde_json::json!([css]),
    );
    element.click();
}

/// Marks the first titular of each state present, with the P key on their row.
fn mark_titulares_present(app: &App, states: &[&str]) {
    for state in states {
        // The name, not the row's centre: the active row also shows its quick buttons.
        click(app, &format!("[data-testid=rollcall-row][data-country={state}][data-role=titular] .name"));
        app.type_keys("p");
        app.wait_for_text(
            &format!(
                "[data-testid=rollcall-row][data-country={state}][data-role=titular] [data-testid=rollcall-state]"
            ),
            "Presente desde las",
        );
    }
}

/// The quorum as the CLI counts it now. The app records a live session at the clock's
/// time on the meeting's own date (the demo's meeting XV is in December), so the CLI
/// is asked about the same minute with --at.
fn quorum(app: &App, id: &str) -> Value {
    let clock = std::process::Command::new("date").arg("+%H:%M").output().unwrap().stdout;
    let clock = String::from_utf8(clock).unwrap();
    serde_json::from_str(&pleno(&app.db, &["quorum", id, "--at", clock.trim(), "--json"])).unwrap()
}

#[test]
fn a_roll_call_in_the_live_session_changes_the_quorum_banner() {
    let app = App::start_demo();
    let id = convened_meeting(&app);
    open_the_session(&app, &id);

    let banner = app.wait_for_text("[data-testid=quorum-banner]", "sin quórum");
    assert!(banner.contains("Quórum: 0 de 9 Estados"), "{banner}");
    assert!(pleno(&app.db, &["meeting", "show", &id, "--json"]).contains("\"status\": \"en_curso\""));

    mark_titulares_present(&app, &["BZ", "CR", "SV", "GT"]);
    let banner = app.wait_for_text("[data-testid=quorum-banner]", "4 de 9 Estados");
    assert!(banner.contains("sin quórum"), "four states are not quorum: {banner}");
    assert_eq!(quorum(&app, &id)["quorate"], false);

    mark_titulares_present(&app, &["HN"]);
    let banner = app.wait_for_text("[data-testid=quorum-banner]", "hay quórum");
    assert!(banner.contains("Quórum: 5 de 9 Estados — hay quórum"), "{banner}");
    assert_eq!(app.wait_for("[data-testid=quorum-banner]").attribute("data-quorate").as_deref(), Some("true"));
    app.screenshot("meetings-session-quorum");

    let count = quorum(&app, &id);
    assert_eq!(count["quorate"], true, "{count}");
    assert_eq!(count["present_states"], serde_json::json!(["BZ", "CR", "SV", "GT", "HN"]));
}

#[test]
fn votes_cast_in_the_ui_give_the_result() {
    let app = App::start_demo();
    let id = convened_meeting(&app);
    open_the_session(&app, &id);
    mark_titulares_present(&app, &["BZ", "CR", "SV", "GT", "HN"]);
    app.wait_for_text("[data-testid=quorum-banner]", "hay quórum");

    click(&app, "[data-testid=decision-new]");
    app.wait_for("[data-testid=decision-text]").send_keys("Aprobar el calendario de reuniones de 2027.");
    click(&app, "[data-testid=decision-method-vote]");
    app.wait_for_text("[data-testid=decision-rule]", "más de la mitad de los votos emitidos");
    click(&app, "[data-testid=decision-submit]");

    // The keyboard lands on the first state present; each key votes and moves on.
    app.wait_for_all("[data-testid=vote-row]", 5);
    assert_eq!(app.wait_for_all("[data-testid=vote-row-absent]", 4).len(), 4);
    click(&app, "[data-testid=vote-row][data-country=BZ] .state");
    for key in ["f", "f", "f", "c", "a"] {
        app.type_keys(key);
    }
    let line = app.wait_for_text("[data-testid=vote-result]", "1 abstención");
    assert_eq!(line, "3 votos a favor, 1 en contra, 1 abstención, 4 ausentes; se requieren 3 de 4: adoptada");
    app.wait_for("[data-testid=agreement-open]");
    app.screenshot("meetings-session-vote");

    let decision = app.wait_for("[data-testid=decision-card]").attribute("data-decision-id").unwrap();
    let result: Value = serde_json::from_str(&pleno(&app.db, &["decision", "result", &decision, "--json"])).unwrap();
    assert_eq!(result["method"], "vote");
    assert_eq!(
        (result["yes"].as_u64(), result["no"].as_u64(), result["abstain"].as_u64()),
        (Some(3), Some(1), Some(1))
    );
    assert_eq!(result["absent"], 4);
    assert_eq!(result["required"], 3);
    assert_eq!(result["adopted"], true);
    assert_eq!(result["pending"], 0);
}
