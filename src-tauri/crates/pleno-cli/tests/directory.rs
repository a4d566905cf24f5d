//! The directory through the `pleno` command: persons, seats over time, exports
//! and imports, on temporary databases.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", "2026-11-28").arg("--db").arg(db);
    cmd
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", String::from_utf8_lossy(&out)))
}

fn database(command: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg(command).assert().success();
    (dir, db)
}

fn add_person(db: &Path, name: &str) -> i64 {
    let person = json_of(pleno(db).args(["person", "add", "--name", name, "--email", "x@mecanismo.example", "--json"]));
    person["id"].as_i64().unwrap()
}

fn seat_of<'a>(directory: &'a Value, country: &str, mandate: &str, role: &str) -> &'a Value {
    let state = directory["states"].as_array().unwrap().iter().find(|s| s["code"] == country).unwrap();
    let seat = state["seats"].as_array().unwrap().iter().find(|s| s["mandate"] == mandate && s["role"] == role);
    &seat.unwrap()["holder"]
}

#[test]
fn person_add_prints_the_new_person_with_its_id_and_contacts() {
    let (_dir, db) = database("init");
    let person = json_of(pleno(&db).args([
        "person",
        "add",
        "--name",
        "Ana Lucía Vargas",
        "--title",
        "Licda.",
        "--position",
        "Secretaria Técnica",
        "--institution",
        "CONATT",
        "--email",
        "ana@conatt.example",
        "--email",
        "ana.vargas@correo.example",
        "--phone",
        "+506 2222 3333",
        "--json",
    ]));
    assert!(person["id"].as_i64().unwrap() > 0);
    assert_eq!(person["name"], "Ana Lucía Vargas");
    assert_eq!(person["honorific"], "Licda.");
    let contacts = person["contacts"].as_array().unwrap();
    assert_eq!(contacts.len(), 3);
    assert_eq!(contacts[0]["preferred"], true, "the first e-mail given is the preferred one");
    assert_eq!(contacts[1]["preferred"], false);
}

#[test]
fn a_malformed_email_or_phone_is_refused_naming_the_value() {
    let (_dir, db) = database("init");
    pleno(&db)
        .args(["person", "add", "--name", "X", "--email", "ana@", "--json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("«ana@»"));
    pleno(&db)
        .args(["person", "add", "--name", "X", "--phone", "12-34"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("«12-34» no es un teléfono"));
    pleno(&db)
        .args(["person", "add", "--name", "  "])
        .assert()
        .failure()
        .stderr(predicate::str::contains("Falta el nombre"));
    let people = json_of(pleno(&db).args(["person", "list", "--json"]));
    assert_eq!(people.as_array().unwrap().len(), 0, "nothing was written");
}

#[test]
fn seats_are_assigned_ended_and_read_back_on_past_dates() {
    let (_dir, db) = database("init");
    let ana = add_person(&db, "Ana Pérez");
    let luis = add_person(&db, "Luis Mora");
    let assign = |person: i64, from: &str| {
        let mut cmd = pleno(&db);
        cmd.args(["seat", "assign", "--person", &person.to_string(), "--country", "CR", "--mandate", "tdp"])
            .args(["--role", "titular", "--from", from]);
        cmd
    };
    assign(ana, "2020-01-01").assert().success();
    assign(luis, "2024-01-01")
        .assert()
        .failure()
        .stderr(predicate::str::contains("Costa Rica ya tiene titular de trata de personas: Ana Pérez"));
    pleno(&db)
        .args([
            "seat",
            "end",
            "--person",
            &ana.to_string(),
            "--country",
            "CR",
            "--mandate",
            "tdp",
            "--on",
            "2024-01-01",
        ])
        .assert()
        .success();
    assign(luis, "2024-01-01").assert().success();

    let on = |date: &str| json_of(pleno(&db).args(["directory", "--on", date, "--json"]));
    assert_eq!(seat_of(&on("2023-12-31"), "CR", "tdp", "titular")["name"], "Ana Pérez");
    assert_eq!(seat_of(&on("2024-01-01"), "CR", "tdp", "titular")["name"], "Luis Mora");
    assert!(seat_of(&on("2019-06-01"), "CR", "tdp", "titular").is_null(), "vacant before anyone was appointed");
    assert!(seat_of(&on("2024-01-01"), "CR", "tdp", "suplente").is_null());

    let countries = json_of(pleno(&db).args(["country", "list", "--json"]));
    let cr = countries.as_array().unwrap().iter().find(|c| c["code"] == "CR").unwrap();
    let titular =
        cr["seats"].as_array().unwrap().iter().find(|s| s["mandate"] == "tdp" && s["role"] == "titular").unwrap();
    assert_eq!((titular["person_id"].as_i64(), titular["name"].as_str()), (Some(luis), Some("Luis Mora")));

    let history = json_of(pleno(&db).args(["person", "show", &ana.to_string(), "--json"]));
    assert_eq!(history["seats"][0]["ends_on"], "2024-01-01");
}

#[test]
fn appointments_outside_membership_and_backwards_terms_are_refused() {
    let (_dir, db) = database("init");
    let ana = add_person(&db, "Ana Pérez").to_string();
    pleno(&db)
        .args(["member", "add", "--code", "CO", "--name", "Colombia", "--since", "2027-01-01"])
        .assert()
        .success();
    let assign = |country: &str, from: &str, to: Option<&str>| {
        let mut cmd = pleno(&db);
        cmd.args(["seat", "assign", "--person", &ana, "--country", country, "--mandate", "tim", "--role", "suplente"])
            .args(["--from", from]);
        if let Some(to) = to {
            cmd.args(["--to", to]);
        }
        cmd
    };
    assign("CO", "2026-06-01", None).assert().failure().stderr(predicate::str::contains("Colombia no era miembro"));
    assign("CO", "2027-01-01", None).assert().success();
    assign("GT", "2026-06-01", Some("2026-01-01"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("debe terminar después de empezar"));
    assign("XX", "2026-06-01", None).assert().failure().stderr(predicate::str::contains("código XX"));
    assign("GT", "2026-02-30", None)
        .assert()
        .failure()
        .stderr(predicate::str::contains("«2026-02-30» no es una fecha válida"));
}

#[test]
fn organisations_and_their_representatives_appear_in_the_directory() {
    let (_dir, db) = database("init");
    let org = json_of(pleno(&db).args([
        "org",
        "add",
        "--name",
        "Save the Children",
        "--kind",
        "civil-society",
        "--since",
        "2011-09-16",
        "--json",
    ]));
    let person = add_person(&db, "Verónica Aguilar");
    pleno(&db)
        .args([
            "org",
            "represent",
            "--org",
            &org["id"].to_string(),
            "--person",
            &person.to_string(),
            "--from",
            "2025-01-01",
        ])
        .assert()
        .success();
    let directory = json_of(pleno(&db).args(["directory", "--on", "2026-01-01", "--json"]));
    let card = &directory["organisations"][0];
    assert_eq!(card["organisation"]["kind"], "civil_society");
    assert_eq!(card["representatives"][0]["name"], "Verónica Aguilar");
}

#[test]
fn search_ignores_accents_and_case() {
    let (_dir, db) = database("demo");
    let found = json_of(pleno(&db).args(["person", "list", "--search", "NUNEZ", "--json"]));
    let names: Vec<&str> = found.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Gabriela Núñez Castillo"]);
}

#[test]
fn the_demo_fills_every_state_with_fictional_delegates_and_flags_vacancies() {
    let (_dir, db) = database("demo");
    let directory = json_of(pleno(&db).args(["directory", "--json"]));
    let states = directory["states"].as_array().unwrap();
    assert_eq!(states.len(), 9);
    let holders: Vec<&Value> =
        states.iter().flat_map(|s| s["seats"].as_array().unwrap()).map(|s| &s["holder"]).collect();
    assert!(holders.iter().filter(|h| h.is_null()).count() >= 1, "some seats are vacant");
    assert!(holders.iter().filter(|h| !h.is_null()).all(|h| h["email"].as_str().unwrap().ends_with(".example")));
    assert!(directory["organisations"].as_array().unwrap().len() >= 3);
    pleno(&db).arg("demo").assert().success().stdout(predicate::str::contains("no se añadieron"));
}

#[test]
fn csv_export_then_import_into_an_empty_database_gives_the_same_directory() {
    let (dir, db) = database("demo");
    let csv = dir.path().join("directorio.csv");
    pleno(&db).args(["directory", "export", "--format", "csv", "-o"]).arg(&csv).assert().success();
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with('\u{feff}'), "a BOM for spreadsheet programs");

    let empty = dir.path().join("vacia.db");
    pleno(&empty).arg("init").assert().success();
    pleno(&empty).args(["directory", "import", "--format", "csv"]).arg(&csv).assert().success();

    let again = dir.path().join("otra-vez.csv");
    pleno(&empty).args(["directory", "export", "--format", "csv", "-o"]).arg(&again).assert().success();
    assert_eq!(std::fs::read_to_string(&again).unwrap(), std::fs::read_to_string(&csv).unwrap());
    // The CSV carries persons, contacts and appointments (committees and offices
    // are not part of it): the seats and representatives on any date must match.
    let holders = |db: &Path, date: &str| -> Vec<String> {
        let d = json_of(pleno(db).args(["directory", "--on", date, "--json"]));
        let seats = d["states"].as_array().unwrap().iter().flat_map(|s| s["seats"].as_array().unwrap().clone());
        let seat_holders = seats.map(|s| {
            format!(
                "{}/{}: {} {} {}",
                s["mandate"], s["role"], s["holder"]["name"], s["holder"]["email"], s["holder"]["since"]
            )
        });
        let reps = d["organisations"].as_array().unwrap().iter().flat_map(|o| {
            let name = o["organisation"]["name"].to_string();
            o["representatives"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |r| format!("{name}: {}", r["name"]))
                .collect::<Vec<_>>()
        });
        seat_holders.chain(reps).collect()
    };
    for date in ["2023-01-01", "2026-11-28"] {
        assert_eq!(holders(&db, date), holders(&empty, date), "same directory on {date}");
    }
}

#[test]
fn a_malformed_csv_is_rejected_with_line_numbers_and_nothing_is_written() {
    let (dir, db) = database("init");
    let csv = dir.path().join("malo.csv");
    std::fs::write(
        &csv,
        "persona,nombre,tratamiento,cargo,institucion,idiomas,correos,telefonos,mensajeria,direcciones,nombramiento,pais,mandato,organizacion,tipo_organizacion,desde,hasta\n\
         1,Ana Pérez,,,,,ana@mec.example,,,,titular,CR,tdp,,,2024-01-01,\n\
         2,,,,,,,,,,,,,,,,\n\
         3,Luis Mora,,,,,luis@,,,,,,,,,,\n\
         4,Eva Solís,,,,,,,,,titular,CR,tdp,,,2025-01-01,\n\
         5,Juan Ruiz,,,,,,,,,jefe,CR,tdp,,,2025-01-01,\n\
         6,Rosa Díaz,,,,,,,,,suplente,CR,tdp,,,2025-13-01,\n",
    )
    .unwrap();
    let assert = pleno(&db).args(["directory", "import", "--format", "csv"]).arg(&csv).assert().failure();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for expected in [
        "Línea 3: Falta el nombre",
        "Línea 4: «luis@»",
        "Línea 5: Costa Rica ya tiene titular de trata de personas: Ana Pérez",
        "Línea 6: «jefe» no es un nombramiento válido",
        "Línea 7: «2025-13-01» no es una fecha válida para desde",
        "no se escribió nada",
    ] {
        assert!(stderr.contains(expected), "missing «{expected}» in:\n{stderr}");
    }
    assert!(!stderr.contains("Línea 2"), "line 2 is valid:\n{stderr}");
    let people = json_of(pleno(&db).args(["person", "list", "--json"]));
    assert_eq!(people.as_array().unwrap().len(), 0, "nothing was written");

    let out = pleno(&db)
        .args(["directory", "import", "--format", "csv", "--dry-run", "--json"])
        .arg(&csv)
        .assert()
        .failure()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["written"], false);
    assert_eq!(report["problems"].as_array().unwrap().len(), 5);
}

#[test]
fn a_dry_run_of_a_valid_file_writes_nothing() {
    let (dir, db) = database("demo");
    let csv = dir.path().join("d.csv");
    pleno(&db).args(["directory", "export", "--format", "csv", "-o"]).arg(&csv).assert().success();
    let empty = dir.path().join("vacia.db");
    pleno(&empty).arg("init").assert().success();
    pleno(&empty)
        .args(["directory", "import", "--format", "csv", "--dry-run"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("Revisado (sin escribir)"));
    assert_eq!(json_of(pleno(&empty).args(["person", "list", "--json"])).as_array().unwrap().len(), 0);
}

#[test]
fn vcards_parse_back_with_a_vcard_parser() {
    let (_dir, db) = database("demo");
    let out =
        pleno(&db).args(["directory", "export", "--format", "vcf"]).assert().success().get_output().stdout.clone();
    let cards = vcard4::parse(String::from_utf8(out).unwrap()).expect("valid vCard 4.0");
    assert!(cards.len() >= 39, "everyone: {}", cards.len());
    let ana = cards.iter().find(|c| c.formatted_name[0].value == "Licda. Ana Lucía Vargas Solís").expect("Ana's card");
    assert_eq!(ana.email[0].value, "ana.vargas@conatt.example");
    assert!(ana.note[0].value.contains("Titular de trata de personas por Costa Rica"));

    let out = pleno(&db)
        .args(["directory", "export", "--format", "vcf", "--country", "SV"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let cards = vcard4::parse(String::from_utf8(out).unwrap()).unwrap();
    assert_eq!(cards.len(), 3, "El Salvador has three seats filled and one vacant");
}
