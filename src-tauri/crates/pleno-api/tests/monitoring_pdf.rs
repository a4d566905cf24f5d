//! The monitoring PDFs through the API, read back with pdftotext: one state's
//! report as the seed's matrix (its header block, its figures), the regional
//! matrix with completeness, weighted results and chart legends, in Spanish and
//! English, landscape; and the refusal when a state has not reported.

use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::monitoring::ReportDraft;
use pleno_api::printing::{PrintDocument, PrintRequest};
use pleno_api::Api;
use pleno_domain::monitoring::{GoalStatus, ReportEntry, Semester};
use pleno_domain::plan::Percent;
use pleno_domain::Language;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn now() -> NaiveDateTime {
    day("2018-12-20").and_hms_opt(10, 0, 0).unwrap()
}

fn entry(activity: &str, progress: i64, status: GoalStatus, justification: &str) -> ReportEntry {
    ReportEntry {
        activity: activity.into(),
        progress: Percent::new(progress).unwrap(),
        status,
        justification: justification.into(),
    }
}

/// Guatemala and Costa Rica report on 2018; seven states do not.
fn two_reports() -> Api {
    let mut api = Api::in_memory().unwrap();
    let reports = [
        (
            "GT",
            "2018-12-14",
            vec![
                entry("1.1.1", 40, GoalStatus::ConRetraso, "La sesión técnica se pospuso a enero."),
                entry("1.1.2", 100, GoalStatus::Cumplida, ""),
            ],
        ),
        ("CR", "2018-12-10", vec![entry("1.1.1", 100, GoalStatus::Cumplida, "")]),
    ];
    for (country, on, entries) in reports {
        let draft = ReportDraft {
            year: 2018,
            semester: Semester::SECOND,
            country: Some(country.into()),
            reported_on: day(on),
            entries,
        };
        api.add_monitoring_report(&draft, now()).unwrap();
    }
    api
}

struct Printed {
    text: String,
    page_size: String,
}

fn print(api: &Api, document: PrintDocument, language: Language) -> Printed {
    let bytes = api.print(&PrintRequest { document, language: Some(language) }, day("2019-01-15")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("monitoring.pdf");
    std::fs::write(&path, bytes).unwrap();
    let text = tool("pdftotext", &path, &["-"]).split_whitespace().collect::<Vec<_>>().join(" ");
    let info = tool("pdfinfo", &path, &[]);
    let page_size = info.lines().find(|l| l.starts_with("Page size:")).unwrap_or_default().to_string();
    Printed { text, page_size }
}

fn tool(name: &str, path: &Path, after: &[&str]) -> String {
    let out = Command::new(name).arg(path).args(after).output().unwrap_or_else(|e| panic!("{name} runs: {e}"));
    assert!(out.status.success(), "{name} reads the PDF");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_monitoring_document_says_what_its_reader_expects_in_either_language() {
    let api = two_reports();
    let state = |country: &str| PrintDocument::Monitoring { year: 2018, country: Some(country.into()) };
    let region = PrintDocument::Monitoring { year: 2018, country: None };
    let cases: Vec<(PrintDocument, Language, &[&str], &[&str])> = vec![
        (
            state("GT"),
            Language::Es,
            &[
                "MATRIZ DE MONITOREO",
                "INFORME DE SEGUIMIENTO AL PLAN OPERATIVO ANUAL 2018",
                "FECHA",
                "PAÍS",
                "COALICIÓN/COMITÉ/COMISIÓN Y/O CONSEJO NACIONAL",
                "14 de diciembre de 2018",
                "Guatemala Comisión Interinstitucional contra la Trata de Personas",
                "Objetivo Operativo",
                "Meta",
                "Indicador",
                "% de avance",
                "Estado de las metas",
                "Justificación",
                "40% Con retraso La sesión técnica se pospuso a enero.",
                "100% Cumplida",
                "sin informe",
                "Semestre II · versión 1",
                "Página 1 de",
            ],
            &["Page 1 of"],
        ),
        (
            state("gt"),
            Language::En,
            &["MONITORING MATRIX", "DATE", "COUNTRY", "40% Delayed", "% progress", "Status of targets", "Page 1 of"],
            &["Página", "Con retraso"],
        ),
        (
            region.clone(),
            Language::Es,
            &[
                "MATRIZ DE MONITOREO CONSOLIDADA",
                "Informaron 2 de 9 Estados miembros. No han informado: Belice, El Salvador,",
                "70,0 % 2/9",
                "Resultados ponderados",
                "Previsto al cierre del año",
                "Reportado (ponderado)",
            ],
            &["Page 1 of"],
        ),
        (
            region,
            Language::En,
            &[
                "CONSOLIDATED MONITORING MATRIX",
                "2 of 9 member states reported.",
                "70.0% 2/9",
                "Weighted results",
                "Planned by year end",
                "Page 1 of",
            ],
            &["Página", "Informaron"],
        ),
    ];
    for (document, lang, present, absent) in cases {
        let printed = print(&api, document.clone(), lang);
        for words in present {
            assert!(printed.text.contains(words), "{document:?} in {lang:?} says {words:?}: {}", printed.text);
        }
        for words in absent {
            assert!(!printed.text.contains(words), "{document:?} in {lang:?} does not say {words:?}");
        }
        assert!(printed.page_size.contains("792 x 612"), "landscape Letter: {}", printed.page_size);
    }
}

#[test]
fn a_state_without_a_report_is_refused_in_both_languages() {
    let api = two_reports();
    let request =
        PrintRequest { document: PrintDocument::Monitoring { year: 2018, country: Some("NI".into()) }, language: None };
    let error = api.print(&request, day("2019-01-15")).unwrap_err();
    assert_eq!(error.kind, "no_report");
    assert_eq!(error.message, "NI no tiene informe de seguimiento del POA 2018");
    assert_eq!(error.message_en, "NI has no monitoring report on the POA 2018");
}

#[test]
fn the_print_request_for_monitoring_keeps_its_json_shape() {
    let request: PrintRequest = serde_json::from_str(r#"{"kind":"monitoring","year":2018,"country":"CR"}"#).unwrap();
    assert_eq!(request.document, PrintDocument::Monitoring { year: 2018, country: Some("CR".into()) });
}
