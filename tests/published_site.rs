#![cfg(feature = "e2e")]
//! The published archive in a real browser: `pleno demo`, then `pleno publish`,
//! served over HTTP on 127.0.0.1 from a subfolder (as a ministry's intranet would
//! serve it) and read by headless Chromium. The search, typed without accents,
//! finds the agreement on the repatriation of victims ("repatriación"), narrows by
//! member state, and its result leads to the agreement's page. Screenshots of the
//! front page, an agreement and the search land in target/e2e/.

mod support;

use serde_json::json;
use support::chromium::{serve, Browser};

#[test]
fn the_published_archive_is_read_and_searched_without_accents_in_a_real_browser() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    let site = dir.path().join("sitio");
    support::pleno(&db, &["demo"]);
    support::pleno(&db, &["publish", "-o", site.to_str().unwrap()]);
    let base = serve(&site, "/archivo/");
    let browser = Browser::start();

    browser.goto(&format!("{base}index.html"));
    assert!(browser.text(&browser.wait_for("h1")).contains("Archivo público"));
    browser.screenshot("published-index");

    browser.goto(&format!("{base}agreements/2.html"));
    assert_eq!(browser.text(&browser.wait_for("h1")), "Acuerdo XIII-RO-2025-02");
    browser.screenshot("published-agreement");

    browser.goto(&format!("{base}search/index.html"));
    let input = browser.wait_for("#search-form:not([hidden]) #q");
    browser.wait_for("#search-filters:not([hidden]) select");
    browser.send_keys(&input, "repatriacion");
    browser.wait_for_text("#search-results li", "repatriación");
    let found = browser.wait_for_text("#search-results h2", "XIII-RO-2025-02");
    assert!(found.contains("Acuerdo"), "the result is named by its page's heading: {found}");
    browser.screenshot("published-search");

    // Narrowed to a member state that answers for it, it is still found.
    browser.execute(
        "const s = document.querySelector('select[name=\"Estado miembro\"]');
         s.value = 'Guatemala'; s.dispatchEvent(new Event('change'));",
        json!([]),
    );
    browser.wait_for_text("#search-status", "resultado");
    browser.wait_for_text("#search-results h2", "XIII-RO-2025-02");

    // The result leads to the agreement's page, under the subfolder it is served from.
    let link = browser.wait_for("#search-results a[href*='agreements/2.html']");
    browser.click(&link);
    browser.wait_for_text("h1", "XIII-RO-2025-02");
    assert!(browser.url().starts_with(&base), "{} is under {base}", browser.url());
}
