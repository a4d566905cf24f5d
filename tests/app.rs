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
