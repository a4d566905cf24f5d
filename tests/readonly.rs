#![cfg(feature = "e2e")]
//! End-to-end: a delegate opens the Secretariat's handover bundle read-only
//! (`pleno-app --read-only coalicion.pleno`). The banner says it is a copy and of
//! when; no screen offers a control that would change the archive; search, the
//! agreements and the plan still answer.

mod support;

use serde_json::json;
use support::{pleno, App};

/// Screens a delegate reads, as the router names them.
const SCREENS: [&str; 9] = [
    "#/inicio",
    "#/reuniones",
    "#/reuniones/3",
    "#/reuniones/1",
    "#/acuerdos",
    "#/plan",
    "#/directorio",
    "#/archivo",
    "#/ajustes",
];

/// Words that begin a control that changes something, whether or not it is
/// tagged `data-edit`, so an untagged one is caught too ("Quitar filtros" reads,
/// so "Quitar" is not among them).
const EDITING_WORDS: [&str; 11] = [
    "Nueva",
    "Nuevo",
    "Añadir",
    "Agregar",
    "Editar",
    "Aprobar",
    "Circular",
    "Registrar",
    "Importar",
    "Restaurar",
    "Copiar ahora",
];

const VISIBLE_CONTROLS: &str = "
    const visible = (e) => e.getClientRects().length > 0;
    const controls = [...document.querySelectorAll('button, a.button, input, select, textarea')].filter(visible);
    return {
        tagged: [...document.querySelectorAll('[data-edit]')].filter(visible).map((e) => e.outerHTML.slice(0, 120)),
        labels: controls.map((e) => (e.innerText || e.value || '').trim()).filter((t) => t !== ''),
    };";

#[test]
fn a_bundle_opened_read_only_shows_its_date_and_no_editing_control() {
    let app = App::start_launched(|db| {
        pleno(db, &["demo"]);
        let bundle = db.with_file_name("coalicion.pleno");
        pleno(db, &["archive", "export", "-o", bundle.to_str().unwrap()]);
        vec!["--read-only".into(), bundle.display().to_string()]
    });
    let banner = app.wait_for_text("[data-testid=read-only-banner]", "Copia de consulta — datos al");
    assert!(banner.contains(" de 20"), "the banner dates the data in words: {banner}");

    for screen in SCREENS {
        app.execute(&format!("window.location.hash = '{screen}';"), json!([]));
        let section = screen.trim_start_matches("#/").split('/').next().unwrap();
        app.wait_for(&format!("[data-testid=page-{section}]"));
        // Let the screen's own reads arrive before looking at what it offers.
        std::thread::sleep(std::time::Duration::from_millis(700));
        let found = app.execute(VISIBLE_CONTROLS, json!([]));
        assert_eq!(found["tagged"], json!([]), "{screen} shows an editing control");
        let labels: Vec<String> =
            found["labels"].as_array().unwrap().iter().map(|l| l.as_str().unwrap().to_string()).collect();
        let editing: Vec<&String> = labels.iter().filter(|l| EDITING_WORDS.iter().any(|w| l.starts_with(w))).collect();
        assert!(editing.is_empty(), "{screen} offers {editing:?} among {labels:?}");
        if screen == "#/reuniones/1" {
            app.screenshot("readonly-meeting");
        }
    }
    app.execute("window.location.hash = '#/ajustes';", json!([]));
    app.wait_for_text("[data-testid=consult-open]", "Abrir copia de consulta");
    app.screenshot("readonly-settings");

    app.execute("window.location.hash = '#/acuerdos';", json!([]));
    app.wait_for("[data-testid=agreement-row]");
    app.wait_for("[data-testid=agreement-search]").send_keys("repatriacion");
    app.wait_for("[data-testid=search-hit][data-number='XIII-RO-2025-02']");
    app.screenshot("readonly-search");
}
