//! Accountability through `pleno`: the registers recorded from the command line
//! (a committee session, a country report with its file, a representation
//! reported back, an alliance and its action, a milestone, a good practice), and
//! the end-of-term and biennial reports, whose PDFs are read back with pdftotext
//! and checked figure by figure against the JSON of the same command.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", "2026-12-15").arg("--db").arg(db);
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

/// The PDF's text in one line: as read (`layout` false), a cell wrapped over
/// lines reads whole; with `-layout`, each table row keeps its line, so a row
/// reads as its cells in order.
fn pdftotext(path: &Path, layout: bool) -> String {
    let mut cmd = Process::new("pdftotext");
    if layout {
        cmd.arg("-layout");
    }
    let out = cmd.arg(path).arg("-").output().expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn n(v: &Value) -> String {
    v.as_u64().unwrap_or_else(|| panic!("{v} is a count")).to_string()
}

#[test]
fn every_register_is_recorded_from_the_command_line() {
    let (dir, db) = demo();
    let session = json(
        &db,
        &["meeting", "create", "--kind", "comite", "--committee", "2", "--date", "2026-12-01", "--modality", "virtual"]
            .iter()
            .chain(&["--link", "https://videoconferencia.example/c"])
            .copied()
            .collect::<Vec<_>>(),
    );
    assert_eq!(session["title"], "I Sesión — Comité de Estrategia de Comunicación");
    assert_eq!(session["committee"].as_i64(), Some(2));
    let file = dir.path().join("informe-cr.txt");
    std::fs::write(&file, "hello world").unwrap();
    let id = session["id"].to_string();
    let report = json(&db, &["report", "presented", &id, "--country", "CR", "--file", file.to_str().unwrap()]);
    assert_eq!(report["sha256"], "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
    let r = json(
        &db,
        &["representation", "add", "--event", "Foro", "--date", "2026-11-20", "--place", "Lima"]
            .iter()
            .chain(&["--country", "PA"])
            .copied()
            .collect::<Vec<_>>(),
    );
    let rid = r["id"].to_string();
    let pending = json(&db, &["representation", "list", "--pending"]);
    assert!(pending.as_array().unwrap().iter().any(|x| x["id"] == r["id"]), "flagged until reported");
    let xv = json(&db, &["meeting", "list"]).as_array().unwrap().iter().find(|m| m["number"] == 15).unwrap()["id"]
        .to_string();
    let back = json(&db, &["representation", "report-back", &rid, "--meeting", &xv]);
    assert_eq!(back["reported_at"]["meeting_title"]["es"], "XV Reunión Ordinaria");
    let pending = json(&db, &["representation", "list", "--pending"]);
    assert!(!pending.as_array().unwrap().iter().any(|x| x["id"] == r["id"]), "no longer flagged");
    let a = json(
        &db,
        &["alliance", "add", "--partner", "UNODC", "--kind", "no-gubernamental", "--support", "tecnico"]
            .iter()
            .chain(&["--scope", "extrarregional", "--from", "2026-01-01"])
            .copied()
            .collect::<Vec<_>>(),
    );
    let with_action =
        json(&db, &["alliance", "action", "add", &a["id"].to_string(), "--title", "Curso", "--date", "2026-03-01"]);
    assert_eq!(with_action["action"]["title"], "Curso");
    let m = json(
        &db,
        &["milestone", "add", "--country", "BZ", "--instrument", "protocolo", "--stage", "implementado"]
            .iter()
            .chain(&["--date", "2026-10-01", "--title", "Protocolo de repatriación"])
            .copied()
            .collect::<Vec<_>>(),
    );
    assert_eq!(m["stage"], "implementado");
    let p = json(&db, &["practice", "add", "--title", "Mesa técnica", "--origin", "BZ", "--date", "2026-01-01"]);
    let p = json(&db, &["practice", "replicate", &p["id"].to_string(), "--country", "CR", "--date", "2026-05-01"]);
    assert_eq!(p["replications"][0]["country"], "CR");
    let term = json(&db, &["report", "term", "--office", "presidencia"]);
    let protocols = term["indicators"].as_array().unwrap().iter().find(|i| i["code"] == "2.2.1").unwrap();
    assert_eq!(protocols["value"].as_f64(), Some(2.0), "Guatemala's and now Belize's protocol are implemented");
}

#[test]
fn the_term_report_pdf_prints_the_figures_of_its_json() {
    let (dir, db) = demo();
    let pdf = dir.path().join("term.pdf");
    let report = json(&db, &["report", "term", "--office", "presidencia", "-o", pdf.to_str().unwrap()]);
    assert_eq!(report["holder"], "PA");
    let (text, rows) = (pdftotext(&pdf, false), pdftotext(&pdf, true));
    assert!(text.contains("Informe de fin de período de la Presidencia — Panamá"), "{text}");
    assert!(text.contains("Del 1 de enero de 2026 al 15 de diciembre de 2026"));
    for (kind, label) in [
        ("ordinaria", "Ordinaria"),
        ("comite", "Sesión de Comité"),
        ("tecnica", "Sesión Técnica"),
        ("evento", "Evento"),
    ] {
        let row = format!("{label} {}", n(&report["meetings"][kind]));
        assert!(rows.contains(&row), "«{row}» in the meetings table");
    }
    let a = &report["agreements"];
    let total = format!(
        "Total del período {} {} {} {} {}",
        n(&a["adopted"]),
        n(&a["fulfilled"]),
        n(&a["in_progress"]),
        n(&a["overdue"]),
        n(&a["withdrawn"])
    );
    assert!(rows.contains(&total), "«{total}» in the agreements table");
    for r in report["representations"].as_array().unwrap() {
        assert!(text.contains(r["event"].as_str().unwrap()), "representation {} printed", r["event"]);
    }
    let pending = report["representations"].as_array().unwrap().iter().filter(|r| r["reported_at"].is_null()).count();
    assert_eq!(text.matches("pendiente de informar").count(), pending, "each pending representation is flagged");
    for i in report["indicators"].as_array().unwrap().iter().filter(|i| i["source"] == "computed") {
        let value = i["value"].as_f64().unwrap();
        let row = format!("{} ", i["code"].as_str().unwrap());
        assert!(text.contains(&row), "indicator {} printed", i["code"]);
        assert!(rows.contains(&format!("— {value:.0} calculado")), "indicator {} with its value {value}", i["code"]);
    }
    for a in report["alliances"].as_array().unwrap() {
        assert!(text.contains(a["partner"].as_str().unwrap()), "alliance {} printed", a["partner"]);
    }
    for s in report["country_reports"].as_array().unwrap() {
        let row = format!("{} {} {}", s["name"].as_str().unwrap(), n(&s["sessions"]), n(&s["presented"]));
        assert!(rows.contains(&row), "«{row}» in the country reports");
    }
}

#[test]
fn the_biennial_report_compares_with_the_previous_period_in_english() {
    let (dir, db) = demo();
    let pdf = dir.path().join("accountability.pdf");
    let args = ["report", "accountability", "--from", "2025-01-01", "--to", "2026-12-31", "--lang", "en", "-o"];
    let report = json(&db, &args.iter().copied().chain([pdf.to_str().unwrap()]).collect::<Vec<_>>());
    for key in ["meetings", "agreements", "representations", "alliances", "indicators", "poa"] {
        assert!(!report[key].is_null(), "the JSON has «{key}»");
    }
    for kind in ["ordinaria", "extraordinaria", "comite", "tecnica", "evento"] {
        assert!(report["meetings"][kind].is_u64(), "meetings.{kind} is counted");
    }
    for key in ["adopted", "fulfilled", "in_progress", "overdue"] {
        assert!(report["agreements"][key].is_u64(), "agreements.{key} is counted");
    }
    assert!(report["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i.get("code").is_some() && i.get("target").is_some()));
    let previous = &report["previous"];
    assert_eq!((previous["from"].as_str(), previous["to"].as_str()), (Some("2023-01-01"), Some("2024-12-31")));
    let (text, rows) = (pdftotext(&pdf, false), pdftotext(&pdf, true));
    assert!(text.contains("Accountability report"), "{text}");
    assert!(text.contains("Comparison with the previous period"));
    let a = &report["agreements"];
    let adopted = format!("Agreements adopted {} {}", n(&previous["agreements"]["adopted"]), n(&a["adopted"]));
    assert!(rows.contains(&adopted), "«{adopted}» in the comparison");
    let committees = format!("Committee Session {}", n(&report["meetings"]["comite"]));
    assert!(rows.contains(&committees), "«{committees}»");
    assert!(text.contains("Weighted POA results") && text.contains("POA 2018"), "the latest POA with reports");
}
