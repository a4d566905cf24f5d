//! Plan monitoring through `pleno`: a POA 2020 copied from 2018, edited,
//! approved and then amended only with a decision; its JSON and XLSX exports;
//! the monitoring matrix written, filled as a mechanism would and imported
//! (every bad cell named, nothing written); the roll-up on the demo; a report
//! entered by hand; indicator targets; the country profile; both PDFs read back.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2019-03-01";

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", TODAY).arg("--db").arg(db);
    cmd
}

fn demo() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("demo").assert().success();
    (dir, db)
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = pleno(db).args(args).arg("--json").assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{args:?} answers JSON: {e}"))
}

fn refused(db: &Path, args: &[&str], lang: &str, words: &str) {
    pleno(db).args(args).args(["--lang", lang]).assert().failure().stderr(predicate::str::contains(words));
}

/// A 2020 POA copied from 2018, on the demo.
fn with_poa_2020() -> (TempDir, PathBuf) {
    let (dir, db) = demo();
    let plan = json(&db, &["poa", "create", "--year", "2020", "--copy-from", "2018"]);
    assert_eq!(plan["status"], "borrador");
    (dir, db)
}

#[test]
fn a_poa_copied_from_2018_is_edited_approved_and_then_changed_only_with_a_decision() {
    let (_dir, db) = with_poa_2020();
    let edited =
        json(&db, &["poa", "activity", "edit", "--year", "2020", "--code", "1.1.2", "--s1", "70", "--s2", "30"]);
    assert_eq!((edited["semester_1"].as_u64(), edited["semester_2"].as_u64()), (Some(70), Some(30)));
    let added = json(
        &db,
        &["poa", "activity", "add", "--year", "2020", "--code", "1.1.3", "--title", "Validar la estrategia"]
            .iter()
            .chain(&[
                "--meta",
                "Estrategia validada",
                "--indicator",
                "Acta de validación",
                "--responsible",
                "st",
                "mecanismos",
            ])
            .copied()
            .collect::<Vec<_>>(),
    );
    assert_eq!(added["code"], "1.1.3");
    assert_eq!(added["responsible"], "Secretaría Técnica y Comisiones, Comités, Consejos y Coaliciones Nacionales");

    let approved = json(&db, &["poa", "approve", "--year", "2020", "--decision", "1"]);
    assert_eq!((approved["status"].as_str(), approved["approved_by_decision"].as_i64()), (Some("aprobado"), Some(1)));

    let edit = ["poa", "activity", "edit", "--year", "2020", "--code", "1.1.2", "--weight", "3"];
    refused(&db, &edit, "es", "un cambio necesita una enmienda que cite una decisión del pleno");
    refused(&db, &edit, "en", "a change needs an amendment citing a decision of the plenary");
    let amended = json(&db, &[&edit[..], &["--decision", "1"]].concat());
    assert_eq!(amended["weight"], 3);

    let history = json(&db, &["poa", "history", "--year", "2020"]);
    let kinds: Vec<&str> = history.as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["copied", "activity_edited", "activity_added", "approved", "activity_edited"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!((last["decision_id"].as_i64(), &last["fields"]), (Some(1), &serde_json::json!(["weight"])));
}

#[test]
fn the_json_export_nests_activities_under_their_objectives_and_the_xlsx_comes_back_unchanged() {
    let (dir, db) = with_poa_2020();
    let out = pleno(&db).args(["poa", "export", "--year", "2020", "--format", "json"]).assert().success();
    let plan: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let objectives = plan["objectives"].as_array().unwrap();
    assert_eq!(objectives[0]["code"], "1.1");
    assert_eq!(objectives[0]["activities"][0]["code"], "1.1.1", "activities are nested under their objective");
    let activities: usize = objectives.iter().map(|o| o["activities"].as_array().unwrap().len()).sum();
    assert_eq!(activities, 19);

    let book = dir.path().join("poa.xlsx");
    pleno(&db).args(["poa", "export", "--year", "2020", "--format", "xlsx", "-o"]).arg(&book).assert().success();
    let import = json(&db, &["poa", "import", "--year", "2020", book.to_str().unwrap(), "--dry-run"]);
    assert_eq!(import["problems"], serde_json::json!([]));
    assert_eq!((&import["added"], &import["removed"]), (&serde_json::json!([]), &serde_json::json!([])));
    refused(&db, &["poa", "export", "--year", "2020", "--format", "xlsx"], "en", "xlsx format needs a file");
}

/// A value typed into a cell of the matrix.
enum Typed {
    Number(f64),
    Text(&'static str),
}

fn position(cell: &str) -> (u32, u16) {
    let letters: String = cell.chars().take_while(char::is_ascii_alphabetic).collect();
    let col = letters.bytes().fold(0u16, |n, b| n * 26 + u16::from(b - b'A' + 1)) - 1;
    (cell[letters.len()..].parse::<u32>().unwrap() - 1, col)
}

/// The template as a mechanism sends it back: every sheet as Pleno wrote it,
/// with `typed` entered on the "Matriz" sheet, saved again as a spreadsheet program would.
fn filled(template: &[u8], typed: &[(&str, Typed)]) -> Vec<u8> {
    let mut source: Xlsx<_> = open_workbook_from_rs(Cursor::new(template)).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).unwrap();
        let sheet = out.add_worksheet();
        sheet.set_name(&name).unwrap();
        let mine = name == "Matriz";
        let typed_here: Vec<(u32, u16)> = if mine { typed.iter().map(|(c, _)| position(c)).collect() } else { vec![] };
        for (row, col, value) in range.used_cells() {
            let at = (row as u32, col as u16);
            if typed_here.contains(&at) {
                continue;
            }
            match value {
                Data::String(s) => sheet.write_string(at.0, at.1, s).map(|_| ()),
                Data::Float(f) => sheet.write_number(at.0, at.1, *f).map(|_| ()),
                Data::Int(i) => sheet.write_number(at.0, at.1, *i as f64).map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
        for (cell, value) in typed.iter().filter(|_| mine) {
            let (row, col) = position(cell);
            match value {
                Typed::Number(n) => sheet.write_number(row, col, *n).map(|_| ()),
                Typed::Text(t) => sheet.write_string(row, col, *t).map(|_| ()),
            }
            .unwrap();
        }
    }
    out.save_to_buffer().unwrap()
}

fn template(db: &Path, dir: &Path) -> Vec<u8> {
    let path = dir.join("ni.xlsx");
    pleno(db)
        .args(["monitoring", "template", "--year", "2018", "--semester", "2", "--country", "NI", "-o"])
        .arg(&path)
        .assert()
        .success();
    std::fs::read(path).unwrap()
}

fn reports(db: &Path) -> usize {
    json(db, &["monitoring", "list", "--year", "2018"]).as_array().unwrap().len()
}

#[test]
fn a_filled_matrix_is_checked_by_a_dry_run_then_imported_and_the_rollup_counts_it() {
    let (dir, db) = demo();
    let before = reports(&db);
    let typed = [
        ("B2", Typed::Text("2018-12-20")),
        ("E7", Typed::Number(100.0)),
        ("F7", Typed::Text("Cumplida")),
        ("E8", Typed::Number(50.0)),
        ("F8", Typed::Text("En proceso")),
        ("G8", Typed::Text("La línea base sigue en revisión.")),
    ];
    let file = dir.path().join("ni-filled.xlsx");
    std::fs::write(&file, filled(&template(&db, dir.path()), &typed)).unwrap();
    let file = file.to_str().unwrap();

    let preview = json(&db, &["monitoring", "import", file, "--dry-run"]);
    assert_eq!((preview["country"].as_str(), preview["problems"].as_array().map(Vec::len)), (Some("NI"), Some(0)));
    assert_eq!(preview["written"], Value::Null);
    assert_eq!(reports(&db), before, "a dry run writes nothing");

    let import = json(&db, &["monitoring", "import", file]);
    assert_eq!(import["written"]["country"], "NI");
    assert_eq!(reports(&db), before + 1);
    let rollup = json(&db, &["monitoring", "rollup", "--year", "2018"]);
    let first = &rollup["activities"][0];
    assert_eq!((first["reported"].as_u64(), first["expected"].as_u64()), (Some(9), Some(9)), "Nicaragua now counts");
}

#[test]
fn a_bad_cell_is_named_with_its_sheet_and_cell_in_either_language_and_nothing_is_written() {
    let (dir, db) = demo();
    let before = reports(&db);
    let typed = [("B2", Typed::Text("2018-12-20")), ("E7", Typed::Number(120.0)), ("F8", Typed::Text("a medias"))];
    let file = dir.path().join("bad.xlsx");
    std::fs::write(&file, filled(&template(&db, dir.path()), &typed)).unwrap();
    let file = file.to_str().unwrap();
    pleno(&db)
        .args(["monitoring", "import", file])
        .assert()
        .failure()
        .stdout(predicate::str::contains("Hoja Matriz, celda E7: «120» no es un porcentaje entre 0 y 100"))
        .stdout(predicate::str::contains("celda F8"))
        .stderr(predicate::str::contains("celda(s) con errores; no se escribió nada"));
    pleno(&db)
        .args(["monitoring", "import", file, "--lang", "en"])
        .assert()
        .failure()
        .stdout(predicate::str::contains("E7"))
        .stderr(predicate::str::contains("cell(s) with errors; nothing was written"));
    assert_eq!(reports(&db), before, "nothing was written");
}

#[test]
fn the_rollup_on_the_demo_has_the_issue_s_shape_and_its_figures() {
    let (_dir, db) = demo();
    let rollup = json(&db, &["monitoring", "rollup", "--year", "2018"]);
    let first = &rollup["activities"][0];
    for key in ["code", "planned_s1", "planned_s2", "reported_mean", "reported", "expected"] {
        assert!(first.get(key).is_some(), "activities have {key}: {first}");
    }
    assert_eq!(first["code"], "1.1.1");
    assert_eq!((first["planned_s1"].as_u64(), first["planned_s2"].as_u64()), (Some(100), None));
    assert_eq!(first["reported_mean"].as_f64(), Some(80.0));
    assert_eq!((first["reported"].as_u64(), first["expected"].as_u64()), (Some(8), Some(9)));
    assert_eq!(first["missing"], serde_json::json!(["NI"]), "the state that has not reported is flagged");
    let weighted = |list: &str, code: &str| {
        rollup[list].as_array().unwrap().iter().find(|x| x["code"] == code).unwrap()["weighted"].as_f64()
    };
    assert_eq!(weighted("objectives", "1.1"), Some(80.6), "(80 + 81.25) / 2, rounded once");
    assert_eq!(weighted("axes", "1"), Some(80.3));
}

#[test]
fn a_report_entered_by_hand_prints_its_id_and_takes_typed_entries() {
    let (_dir, db) = demo();
    let report = json(
        &db,
        &[
            "monitoring",
            "report",
            "add",
            "--year",
            "2018",
            "--semester",
            "1",
            "--country",
            "NI",
            "--date",
            "2018-07-02",
        ],
    );
    let id = report["id"].as_i64().expect("the new report's id");
    assert_eq!((report["version"].as_u64(), report["country"].as_str()), (Some(1), Some("NI")));
    let id = id.to_string();
    let args = ["monitoring", "entry", &id, "--activity", "1.1.1", "--progress", "30", "--status", "con-retraso"];
    let entered = json(&db, &[&args[..], &["--justification", "Falta quórum del comité."]].concat());
    assert_eq!(entered["entries"][0]["status"], "con_retraso");
    refused(
        &db,
        &["monitoring", "entry", &id, "--activity", "1.1.1", "--progress", "120", "--status", "cumplida"],
        "en",
        "120",
    );
    refused(
        &db,
        &["monitoring", "entry", &id, "--activity", "9.9.9", "--progress", "10", "--status", "cumplida"],
        "es",
        "9.9.9",
    );
    refused(
        &db,
        &[
            "monitoring",
            "report",
            "add",
            "--year",
            "2018",
            "--semester",
            "3",
            "--country",
            "NI",
            "--date",
            "2018-07-02",
        ],
        "en",
        "semester",
    );
}

#[test]
fn an_indicator_gets_a_baseline_a_target_and_dated_measurements() {
    let (_dir, db) = demo();
    let set = [
        "indicator",
        "set",
        "1.1.1",
        "--baseline",
        "0",
        "--baseline-year",
        "2018",
        "--target",
        "1",
        "--target-year",
        "2020",
    ];
    let detail = json(&db, &[&set[..], &["--unit", "estrategia"]].concat());
    assert_eq!(
        (detail["target"]["baseline_value"].as_f64(), detail["target"]["target_year"].as_i64()),
        (Some(0.0), Some(2020))
    );
    let measured =
        json(&db, &["indicator", "measure", "1.1.1", "--value", "0,5", "--date", "2019-02-01", "--country", "GT"]);
    assert_eq!(measured["measurement"]["value"].as_f64(), Some(0.5), "the new measurement is in the answer");
    let shown = json(&db, &["indicator", "show", "1.1.1"]);
    assert_eq!(
        (shown["target"]["unit"].as_str(), shown["measurements"][0]["country"].as_str()),
        (Some("estrategia"), Some("GT"))
    );
    refused(&db, &["indicator", "measure", "1.1.1", "--value", "mucho", "--date", "2019-02-01"], "es", "mucho");
}

#[test]
fn a_state_s_profile_counts_its_meetings_agreements_and_reports() {
    let (_dir, db) = demo();
    let profile = json(&db, &["country", "profile", "CR"]);
    assert_eq!((profile["meetings"]["held"].as_u64(), profile["meetings"]["attended"].as_u64()), (Some(2), Some(2)));
    assert!(profile["agreements"]["total"].as_u64().is_some(), "{profile}");
    let reports = profile["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 2, "the report and its correction");
    let narrow = json(&db, &["country", "profile", "CR", "--from", "2026-01-01", "--to", "2026-12-31"]);
    assert_eq!(narrow["meetings"]["held"].as_u64(), Some(1));
    refused(&db, &["country", "profile", "XX"], "en", "XX");
}

fn pdftotext(path: &Path) -> String {
    let out = Process::new("pdftotext").arg(path).arg("-").output().expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_state_s_report_prints_as_the_seed_s_matrix_and_the_regional_one_in_english() {
    let (dir, db) = demo();
    let state = dir.path().join("cr.pdf");
    pleno(&db).args(["pdf", "monitoring", "--year", "2018", "--country", "CR", "-o"]).arg(&state).assert().success();
    let text = pdftotext(&state);
    for expected in [
        "MATRIZ DE MONITOREO",
        "INFORME DE SEGUIMIENTO AL PLAN OPERATIVO ANUAL 2018",
        "FECHA",
        "PAÍS",
        "COALICIÓN/COMITÉ/COMISIÓN Y/O CONSEJO NACIONAL",
        "Objetivo Operativo",
        "% de avance",
        "Estado de las metas",
        "Justificación",
        "11 de diciembre de 2018",
        "Costa Rica",
        "Línea Base aprobada en la sesión de diciembre.",
        "Página 1 de",
    ] {
        assert!(text.contains(expected), "{expected:?} in the state's report: {text}");
    }
    let regional = dir.path().join("region.pdf");
    pleno(&db).args(["pdf", "monitoring", "--year", "2018", "--lang", "en", "-o"]).arg(&regional).assert().success();
    let text = pdftotext(&regional);
    for expected in [
        "CONSOLIDATED MONITORING MATRIX",
        "8 of 9 member states reported. Not yet reported: Nicaragua.",
        "Weighted results",
        "80.6%",
        "Planned by year end",
        "Reported (weighted)",
        "Page 1 of",
    ] {
        assert!(text.contains(expected), "{expected:?} in the regional matrix: {text}");
    }
    refused(
        &db,
        &["pdf", "monitoring", "--year", "2018", "--country", "NI", "-o", "/tmp/x.pdf"],
        "en",
        "NI has no monitoring report",
    );
}

#[test]
fn evidence_files_are_kept_with_their_sha256_beside_a_report_and_a_measurement() {
    use sha2::{Digest, Sha256};
    let (dir, db) = demo();
    let file = dir.path().join("acta-mecanismo.pdf");
    std::fs::write(&file, b"%PDF-1.4 evidencia").unwrap();
    let expected: String = Sha256::digest(b"%PDF-1.4 evidencia").iter().map(|b| format!("{b:02x}")).collect();

    let report = json(
        &db,
        &[
            "monitoring",
            "report",
            "add",
            "--year",
            "2018",
            "--semester",
            "1",
            "--country",
            "NI",
            "--date",
            "2018-07-10",
        ],
    );
    let id = report["id"].to_string();
    let kept = json(&db, &["monitoring", "report", "evidence", &id, file.to_str().unwrap()]);
    assert_eq!(kept["evidence"][0]["file_name"], "acta-mecanismo.pdf");
    assert_eq!(kept["evidence"][0]["sha256"], expected.as_str());

    json(&db, &["indicator", "set", "1.1.1", "--unit", "instrumentos"]);
    let measured = json(
        &db,
        &[
            "indicator",
            "measure",
            "1.1.1",
            "--value",
            "3",
            "--date",
            "2018-12-01",
            "--evidence",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(measured["measurement"]["evidence"][0]["sha256"], expected.as_str());
    refused(&db, &["monitoring", "report", "evidence", &id, "/no/such/file.pdf"], "en", "Could not read");
}
