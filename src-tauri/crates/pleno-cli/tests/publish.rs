//! `pleno publish -o DIR` as a script meets it: the site written in the run's
//! `--lang`, a sentence saying what was published and what was withheld, the
//! same as JSON, and a refusal in plain words where the folder cannot be.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", "2026-12-01").arg("--db").arg(db);
    cmd
}

#[test]
fn publish_writes_the_site_and_says_what_it_published_and_withheld() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("demo").assert().success();
    let site = dir.path().join("sitio");
    let out = pleno(&db).args(["publish", "-o"]).arg(&site).assert().success().get_output().stdout.clone();
    let said = String::from_utf8(out).unwrap();
    assert!(said.contains("1 acta aprobada y 3 acuerdos"), "{said}");
    assert!(said.contains("No se publicaron 5 actas sin aprobar"), "{said}");
    for file in ["index.html", "meetings/1.html", "meetings/1-acta.pdf", "agreements/2.html", "plan/index.html"] {
        assert!(site.join(file).is_file(), "{file} is published");
    }
    assert!(site.join("pagefind/pagefind.js").is_file(), "the search bundle is written");
}

#[test]
fn publish_answers_in_json_and_writes_english_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("demo").assert().success();
    let site = dir.path().join("site");
    let out = pleno(&db).args(["--json", "--lang", "en", "publish", "-o"]).arg(&site).assert().success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["minutes"], 1);
    assert_eq!(report["agreements"], 3);
    assert_eq!(report["withheld_agreements"], 5);
    assert_eq!(report["indexed"], 4);
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(index.contains("<html lang=\"en\">"), "the site is in English");
}

#[test]
fn publishing_onto_a_file_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("init").assert().success();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let out = pleno(&db).args(["publish", "-o"]).arg(&file).assert().code(1).get_output().stderr.clone();
    let said = String::from_utf8(out).unwrap();
    assert!(said.contains("existe y no es una carpeta"), "{said}");
}
