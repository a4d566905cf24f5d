//! The `pleno` command as a user or a script meets it, on temporary databases.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").arg("--db").arg(db);
    cmd
}

fn initialised() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("init").assert().success();
    (dir, db)
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

#[test]
fn init_creates_the_database_and_a_second_init_changes_nothing() {
    let (_dir, db) = initialised();
    let before = json_of(pleno(&db).args(["plan", "export", "--format", "json"]));
    pleno(&db).arg("init").assert().success().stdout(predicate::str::contains("no se cambió nada"));
    let after = json_of(pleno(&db).args(["plan", "export", "--format", "json"]));
    assert_eq!(before, after);
    let countries = json_of(pleno(&db).args(["country", "list", "--json"]));
    assert_eq!(countries.as_array().unwrap().len(), 9, "no state was loaded twice");
}

#[test]
fn plan_export_gives_the_whole_plan_with_the_seeds_counts() {
    let (_dir, db) = initialised();
    let plan = json_of(pleno(&db).args(["plan", "export", "--format", "json"]));
    let sp = &plan["strategic_plan"];
    assert_eq!(sp["period"], "2018-2027");
    assert!(sp["title"].as_str().unwrap().starts_with("Plan Estratégico 2018-2027"));
    let axes = sp["axes"].as_array().unwrap();
    let objectives: Vec<&Value> = axes.iter().flat_map(|a| a["objectives"].as_array().unwrap()).collect();
    let results: Vec<&Value> = objectives.iter().flat_map(|o| o["results"].as_array().unwrap()).collect();
    let indicators: Vec<&Value> = results.iter().flat_map(|r| r["indicators"].as_array().unwrap()).collect();
    assert_eq!((axes.len(), objectives.len(), results.len(), indicators.len()), (4, 6, 9, 12));
    assert!(indicators.iter().all(|i| i["code"].is_string() && i["title"].is_string()));

    let poa = &plan["operating_plans"][0];
    assert_eq!(poa["year"], 2018);
    let poa_objectives = poa["objectives"].as_array().unwrap();
    let activities: Vec<&Value> = poa_objectives.iter().flat_map(|o| o["activities"].as_array().unwrap()).collect();
    assert_eq!((poa_objectives.len(), activities.len()), (11, 19));
    assert!(poa_objectives.iter().all(|o| o["axis"].is_string()));
    for a in &activities {
        for key in ["code", "title", "target", "indicator", "responsible"] {
            assert!(a[key].is_string(), "activity {} lacks {key}", a["code"]);
        }
        for key in ["semester_1", "semester_2"] {
            let v = &a[key];
            assert!(v.is_null() || (v.is_u64() && v.as_u64().unwrap() <= 100), "{key} of {} is {v}", a["code"]);
        }
    }
    let first = activities[0];
    assert_eq!((first["semester_1"].clone(), first["semester_2"].clone()), (Value::from(100), Value::Null));
}

#[test]
fn country_list_json_lists_the_nine_member_states_with_their_mechanisms() {
    let (_dir, db) = initialised();
    let countries = json_of(pleno(&db).args(["country", "list", "--json"]));
    let codes: Vec<&str> = countries.as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO"]);
    let panama = &countries[7];
    assert_eq!(panama["name"], "Panamá");
    assert_eq!(panama["mechanism"], "Comisión Nacional contra la Trata de Personas");
}

#[test]
fn plan_export_can_write_to_a_file() {
    let (dir, db) = initialised();
    let out = dir.path().join("plan.json");
    pleno(&db).args(["plan", "export", "--format", "json", "-o"]).arg(&out).assert().success();
    let plan: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(plan["strategic_plan"]["axes"].as_array().unwrap().len(), 4);
}

#[test]
fn writing_into_a_missing_folder_fails_clearly_and_leaves_no_file() {
    let (dir, db) = initialised();
    let out = dir.path().join("no-such-folder").join("plan.json");
    pleno(&db)
        .args(["plan", "export", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("No se pudo escribir").and(predicate::str::contains("no existe")));
    assert!(!out.parent().unwrap().exists());
}

#[test]
fn a_corrupt_database_file_gets_a_clear_error_and_stays_byte_for_byte_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("corrupt.db");
    let bytes = b"Esto no es una base de datos, sino las notas de la sesion.\n".repeat(200);
    std::fs::write(&db, &bytes).unwrap();
    for args in [vec!["init"], vec!["plan", "export"], vec!["country", "list", "--json"]] {
        pleno(&db)
            .args(&args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("no es una base de datos de Pleno"));
    }
    assert_eq!(std::fs::read(&db).unwrap(), bytes);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_database_from_a_newer_pleno_is_refused_and_left_untouched() {
    let (_dir, db) = initialised();
    set_user_version(&db, 99);
    let before = std::fs::read(&db).unwrap();
    pleno(&db).arg("init").assert().failure().stderr(predicate::str::contains("versión más reciente de Pleno"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

/// Sets SQLite's user_version by patching the file header (bytes 60..64), as a newer
/// Pleno would have left it. Pleno's last connection merged the WAL into the file on close.
fn set_user_version(db: &Path, version: u32) {
    let mut bytes = std::fs::read(db).unwrap();
    bytes[60..64].copy_from_slice(&version.to_be_bytes());
    std::fs::write(db, bytes).unwrap();
}

#[test]
fn a_missing_folder_or_database_is_named_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("carpeta").join("p.db");
    pleno(&nowhere).arg("init").assert().failure().stderr(predicate::str::contains("no existe"));
    let missing = dir.path().join("p.db");
    pleno(&missing)
        .args(["plan", "export"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no existe").and(predicate::str::contains("init")));
    assert!(!missing.exists(), "reading must not create an empty archive");
}

#[test]
fn the_database_can_be_chosen_with_pleno_db() {
    let (_dir, db) = initialised();
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env("PLENO_DB", &db).args(["country", "list", "--json"]);
    assert_eq!(json_of(&mut cmd).as_array().unwrap().len(), 9);
}

#[test]
fn help_and_errors_speak_spanish() {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.arg("--help").assert().success().stdout(
        predicate::str::contains("Uso: pleno [OPCIONES] <COMANDO>")
            .and(predicate::str::contains("Comandos:"))
            .and(predicate::str::contains("Muestra esta ayuda"))
            .and(predicate::str::contains("Usage").not()),
    );
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.arg("--version").assert().success().stdout(predicate::str::starts_with("pleno "));
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.args(["plan", "export", "--format", "xml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("«xml» no es un valor válido"));
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.arg("--sin-sentido").assert().code(2).stderr(predicate::str::contains("argumento desconocido"));
}

#[test]
fn pdf_plan_and_poa_write_documents_with_every_title() {
    let (dir, db) = initialised();
    let plan = dir.path().join("plan.pdf");
    let poa = dir.path().join("poa.pdf");
    pleno(&db).args(["pdf", "plan", "-o"]).arg(&plan).assert().success();
    pleno(&db).args(["pdf", "poa", "--year", "2018", "-o"]).arg(&poa).assert().success();
    let text = |path: &Path| {
        let out =
            std::process::Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext (poppler-utils)");
        // Table cells wrap their text over lines; a person reads it as one sentence.
        String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let plan_text = text(&plan);
    assert!(plan_text.contains("Número de acuerdos de la Coalición Regional cumplidos."));
    assert!(text(&poa).contains("Elaboración un informe consolidado de los procesos realizados en cada país"));
    pleno(&db)
        .args(["pdf", "poa", "--year", "2030", "-o"])
        .arg(dir.path().join("x.pdf"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("No hay plan operativo de 2030"));
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn settings_hold_the_quorum_rule_the_default_majority_and_the_numbering() {
    let (_dir, db) = initialised();
    pleno(&db)
        .args(["settings", "set", "--quorum", "dos-tercios", "--threshold", "two-thirds", "--base", "present"])
        .args(["--numbering", "Acuerdo {n}/{reunion}-{año}"])
        .assert()
        .success();
    let settings = json_of(pleno(&db).args(["settings", "show", "--json"]));
    assert_eq!(settings["quorum_rule"]["kind"], "two_thirds");
    assert_eq!(settings["majority_rule"]["threshold"], "two_thirds");
    assert_eq!(settings["majority_rule"]["base"], "present");
    assert_eq!(settings["agreement_numbering"], "Acuerdo {n}/{reunion}-{año}");
    pleno(&db)
        .args(["settings", "set", "--numbering", "{reunion}-{año}"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("debe incluir {n}"));
    assert_eq!(
        json_of(pleno(&db).args(["settings", "show", "--json"]))["agreement_numbering"],
        "Acuerdo {n}/{reunion}-{año}"
    );
}
