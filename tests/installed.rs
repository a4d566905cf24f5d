#![cfg(feature = "e2e")]
//! The app as a package installs it: `.ci/package-test` installs the .deb and runs
//! this suite with `PLENO_APP=/usr/bin/pleno-app PLENO_CLI=/usr/bin/pleno`. (Under
//! `make e2e` it checks the debug build the same way.) The shipped app has no
//! `window.__TAURI__`, so this suite only looks at what the window shows.

mod support;

use support::App;

#[test]
fn the_installed_app_opens_an_empty_archive_on_the_first_run_setup() {
    let app = App::start_empty();
    app.wait_for_text("[data-testid=setup-page] h1", "Pleno");
    app.screenshot("installed-first-screen");
    assert!(app.db.exists(), "the app created its archive where PLENO_DB points");
}

#[test]
fn the_installed_app_opens_a_set_up_archive_on_inicio() {
    let app = App::start();
    app.wait_for("[data-testid=page-inicio]");
    app.wait_for("[data-testid=home-offices]");
}
