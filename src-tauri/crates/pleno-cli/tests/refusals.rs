//! The CLI refuses what the app's forms refuse: the same table of cases as the
//! API's and the UI's tests (`tests/fixtures/meeting-refusals.json`), each given
//! to `pleno meeting create`.

use assert_cmd::Command;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    modality: String,
    city: String,
    link: String,
    refused: Option<String>,
}

#[derive(Deserialize)]
struct Table {
    cases: Vec<Case>,
}

#[test]
fn the_cli_refuses_the_meetings_the_form_refuses_and_says_why() {
    let table: Table = serde_json::from_str(include_str!("../../../../tests/fixtures/meeting-refusals.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    Command::cargo_bin("pleno").unwrap().arg("--db").arg(&db).arg("init").assert().success();
    for (n, case) in table.cases.iter().enumerate() {
        let number = (n + 1).to_string();
        let mut cmd = Command::cargo_bin("pleno").unwrap();
        cmd.env_remove("PLENO_DB").arg("--db").arg(&db);
        cmd.args(["meeting", "create", "--kind", "ordinaria", "--date", "2027-03-01", "--number", &number]);
        cmd.args(["--modality", &case.modality, "--place", &case.city, "--link", &case.link]);
        let output = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        match &case.refused {
            None => assert!(output.status.success(), "{}: refused: {stderr}", case.name),
            Some(kind) => {
                assert_eq!(output.status.code(), Some(1), "{}: accepted, but the form refuses it ({kind})", case.name);
                let why = match kind.as_str() {
                    "city_required" => "Falta la ciudad",
                    "link_required" => "Falta el enlace",
                    _ => "no es un enlace web",
                };
                assert!(stderr.contains(why), "{}: {stderr}", case.name);
            }
        }
    }
}
