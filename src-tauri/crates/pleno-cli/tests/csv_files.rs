//! `pleno directory import --format csv` with the files spreadsheet programs
//! really save (a Spanish-locale Excel's `;` and Windows-1252, "Unicode text",
//! CSV UTF-8 with its BOM), and `pleno directory export --format csv` with names
//! and phones a spreadsheet would otherwise run as formulas.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const HEADER: &str = "persona,nombre,tratamiento,cargo,institucion,idiomas,correos,telefonos,mensajeria,direcciones,nombramiento,pais,mandato,organizacion,tipo_organizacion,desde,hasta";
const ANA: &str = "1,Ana Pérez Núñez,Licda.,Directora,CONATT,español,ana@conatt.example,+506 2222 3333,,,titular,CR,tdp,,,2024-03-01,";
const JOSE: &str = "2,José Ángel Güell,,,Cancillería,,,,,,suplente,GT,tim,,,2024-03-01,";

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

fn empty_archive() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("init").assert().success();
    (dir, db)
}

fn names(db: &Path) -> Vec<String> {
    let people = json_of(pleno(db).args(["person", "list", "--json"]));
    let mut names: Vec<String> =
        people.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().into()).collect();
    names.sort();
    names
}

/// The directory CSV with `delimiter` between the columns and CRLF line ends,
/// as Excel writes it.
fn excel_text(delimiter: &str) -> String {
    [HEADER, ANA, JOSE].iter().map(|line| line.replace(',', delimiter) + "\r\n").collect()
}

/// Windows-1252, byte by byte: the accents used here are Latin-1 (é is 0xE9).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect()
}

fn utf16_le_with_bom(text: &str) -> Vec<u8> {
    [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
}

#[test]
fn the_files_excel_saves_are_imported_with_their_accents_after_a_dry_run_that_says_how_they_were_read() {
    let cases = [
        (
            "a Spanish-locale Excel CSV",
            windows_1252(&excel_text(";")),
            "Leído como Windows-1252 (Excel antiguo), columnas separadas por punto y coma (;).",
            ("windows1252", "semicolon"),
        ),
        (
            "Excel's Unicode text",
            utf16_le_with_bom(&excel_text("\t")),
            "Leído como UTF-16 LE («texto Unicode»), columnas separadas por tabulador.",
            ("utf16_le", "tab"),
        ),
        (
            "Excel's CSV UTF-8",
            [&[0xEF, 0xBB, 0xBF][..], excel_text(",").as_bytes()].concat(),
            "Leído como UTF-8 con marca de orden (BOM), columnas separadas por coma (,).",
            ("utf8_bom", "comma"),
        ),
    ];
    for (what, bytes, detected, (encoding, delimiter)) in cases {
        let (dir, db) = empty_archive();
        let file = dir.path().join("directorio.csv");
        std::fs::write(&file, bytes).unwrap();
        pleno(&db).args(["directory", "import", "--format", "csv", "--dry-run"]).arg(&file).assert().success().stdout(
            predicate::str::contains(detected).and(predicate::str::contains("Revisado (sin escribir): 2 personas")),
        );
        assert!(names(&db).is_empty(), "{what}: a dry run writes nothing");

        let report = json_of(pleno(&db).args(["directory", "import", "--format", "csv", "--json"]).arg(&file));
        assert_eq!(
            (report["encoding"].as_str(), report["delimiter"].as_str()),
            (Some(encoding), Some(delimiter)),
            "{what}"
        );
        assert_eq!(report["written"], true, "{what}");
        assert_eq!(names(&db), ["Ana Pérez Núñez", "José Ángel Güell"], "{what}");
        let directory = json_of(pleno(&db).args(["directory", "--on", "2026-01-01", "--json"]));
        let costa_rica = directory["states"].as_array().unwrap().iter().find(|s| s["code"] == "CR").unwrap();
        assert!(costa_rica.to_string().contains("Ana Pérez Núñez"), "{what}: Ana holds her seat");
    }
}

#[test]
fn the_detected_encoding_is_said_in_english_too() {
    let (dir, db) = empty_archive();
    let file = dir.path().join("directorio.csv");
    std::fs::write(&file, windows_1252(&excel_text(";"))).unwrap();
    pleno(&db)
        .args(["--lang", "en", "directory", "import", "--format", "csv", "--dry-run"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Read as Windows-1252 (older Excel), columns separated by semicolon (;)."));
}

#[test]
fn the_exported_csv_runs_no_formula_and_imports_back_exactly() {
    let (dir, db) = empty_archive();
    let hostile = ["=HYPERLINK(\"http://x\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "'t Hooft"];
    for name in hostile {
        pleno(&db)
            .args(["person", "add", &format!("--name={name}"), "--phone", "+506 5555 1234", "--json"])
            .assert()
            .success();
    }
    let csv = dir.path().join("directorio.csv");
    pleno(&db).args(["directory", "export", "--format", "csv", "-o"]).arg(&csv).assert().success();
    let text = std::fs::read_to_string(&csv).unwrap();
    for cell in [
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"",
        "'+cmd|' /C calc'!A0",
        "'-2+3",
        "'@SUM(A1:A9)",
        ",'t Hooft,",
        ",'+506 5555 1234,",
    ] {
        assert!(text.contains(cell), "missing {cell} in:\n{text}");
    }
    // No cell, quoted or not, begins with what a spreadsheet runs.
    for start in ["=", "+", "-", "@", "\t"] {
        for line in text.trim_start_matches('\u{feff}').lines() {
            let bare = line.starts_with(start) || line.contains(&format!(",{start}"));
            let quoted = line.starts_with(&format!("\"{start}")) || line.contains(&format!(",\"{start}"));
            assert!(!bare && !quoted, "a cell begins with {start:?} in: {line}");
        }
    }

    let (_again_dir, again) = empty_archive();
    pleno(&again).args(["directory", "import", "--format", "csv"]).arg(&csv).assert().success();
    let mut expected: Vec<String> = hostile.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(names(&again), expected, "every name exactly as typed");
    let people = json_of(pleno(&again).args(["person", "list", "--json"]));
    for person in people.as_array().unwrap() {
        assert_eq!(person["contacts"][0]["value"], "+506 5555 1234", "the phone keeps its +");
    }
    let exported_again =
        pleno(&again).args(["directory", "export", "--format", "csv"]).assert().success().get_output().stdout.clone();
    assert_eq!(String::from_utf8(exported_again).unwrap(), text, "the same file again");
}

#[test]
fn a_file_whose_byte_order_mark_lies_is_refused_in_plain_words_and_nothing_is_written() {
    let (dir, db) = empty_archive();
    let file = dir.path().join("roto.csv");
    let mut bytes = utf16_le_with_bom(&excel_text("\t"));
    bytes.push(b'x');
    std::fs::write(&file, bytes).unwrap();
    pleno(&db)
        .args(["directory", "import", "--format", "csv"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("dice ser UTF-16 LE («texto Unicode») (por su marca de orden de bytes)"));
    assert!(names(&db).is_empty());
}
