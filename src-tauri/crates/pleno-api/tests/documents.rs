//! Every printed document in English through the API, read back with pdftotext:
//! English headings and long dates, and none of the Spanish labels the same
//! document prints in Spanish (official plan titles and names stay as they are).

use std::path::PathBuf;
use std::process::Command;

use chrono::NaiveDate;
use pleno_api::meetings::AgendaItemDraft;
use pleno_api::printing::{PrintDocument, PrintRequest};
use pleno_api::Api;
use pleno_domain::meeting::AgendaItemKind;
use pleno_domain::Language;

const XIII: i64 = 1;
const XV: i64 = 3;

fn demo() -> (tempfile::TempDir, Api) {
    let dir = tempfile::tempdir().unwrap();
    let (mut api, _) = Api::init(&dir.path().join("pleno.db")).unwrap();
    api.load_demo().unwrap();
    (dir, api)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 10).unwrap()
}

/// The text of a PDF as pdftotext reads it, lines joined by spaces.
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).unwrap();
    if let Ok(keep) = std::env::var("PLENO_KEEP_PDF") {
        let name = format!("{keep}/{}.pdf", bytes.len());
        std::fs::write(name, bytes).unwrap();
    }
    let out = Command::new("pdftotext").arg("-layout").arg(&path).arg("-").output().expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext reads the PDF");
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn print(api: &Api, document: PrintDocument, language: Option<Language>) -> String {
    pdf_text(&api.print(&PrintRequest { document, language }, today()).unwrap())
}

#[test]
fn every_document_prints_in_english_without_its_spanish_labels() {
    let (_dir, api) = demo();
    use PrintDocument::*;
    // (document, English words that must appear, Spanish words that must not)
    let cases: Vec<(PrintDocument, &[&str], &[&str])> = vec![
        (
            Notice { meeting_id: XV },
            &[
                "NOTICE OF MEETING",
                "XV Ordinary Meeting",
                "Provisional agenda",
                "Page 1 of",
                "Regional Coalition against Trafficking in Persons and Smuggling of Migrants",
            ],
            &["CONVOCATORIA", "Agenda provisional", "Página", "Fecha:", "Modalidad:", "diciembre"],
        ),
        (
            Agenda { meeting_id: XV },
            &["AGENDA", "Order of business of the XV Ordinary Meeting", "Reference documents", "Page 1 of"],
            &["Orden del día", "Documentos de referencia", "Duración prevista", "Página"],
        ),
        (
            AttendanceSheet { meeting_id: XV },
            &["ATTENDANCE SHEET", "Capacity", "Totals:", "Member states present:"],
            &["LISTA DE ASISTENCIA", "Calidad", "Totales:", "Firma", "Página"],
        ),
        (
            AttendanceReport { meeting_id: XIII },
            &["ATTENDANCE REPORT", "Verifications of quorum", "People recorded", "Quorum rule applied"],
            &["INFORME DE ASISTENCIA", "Verificaciones del quórum", "Personas registradas", "hay quórum", "Página"],
        ),
        (
            Minutes { meeting_id: XIII },
            &[
                "MINUTES OF THE XIII ORDINARY MEETING",
                "Minutes No. XIII-RO-2025",
                "ATTENDANCE",
                "VERIFICATION OF QUORUM",
                "20 November 2025",
                "votes in favour",
                "AGREEMENTS",
                "Approved at the XIV Ordinary Meeting on 10 June 2026",
            ],
            &["ACTA DE LA", "ASISTENCIA", "Conteo", "Resultado", "noviembre", "Página", "a favor"],
        ),
        (Minutes { meeting_id: XV }, &["DRAFT", "PROCEEDINGS", "Page 1 of"], &["BORRADOR", "DESARROLLO DE LA SESIÓN"]),
        (
            Agreements { meeting_id: None, axis: None },
            &["Register of agreements", "All agreements", "Last follow-up", "Status as of 10 December 2026"],
            &["Registro de acuerdos", "Último seguimiento", "Responsables", "diciembre", "Página"],
        ),
        (
            Directory { on: None },
            &[
                "DIRECTORY",
                "Member states",
                "Observer organisations",
                "Offices of the Coalition",
                "as of 10 December 2026",
            ],
            &[
                "DIRECTORIO",
                "Organizaciones observadoras",
                "Cargos de la Coalición",
                "Mecanismo nacional",
                "sociedad civil",
                "organismo internacional",
                "Página",
            ],
        ),
        (
            StrategicPlan,
            &["Strategic Plan 2018–2027", "General objective", "Axis 1.", "Strategic objective", "10 December 2026"],
            &["Objetivo general", "Objetivo estratégico", "Página", "El plan se organiza"],
        ),
        (
            OperatingPlan { year: 2018 },
            &["Annual Operating Plan 2018", "Operational objective", "Target", "1st half"],
            &["Objetivo operativo", "I Semestre", "Página"],
        ),
    ];
    for (document, english, spanish) in cases {
        let text = print(&api, document.clone(), Some(Language::En));
        for word in english {
            assert!(text.contains(word), "{document:?} in English says «{word}»:\n{text}");
        }
        for word in spanish {
            assert!(!text.contains(word), "{document:?} in English has no «{word}»:\n{text}");
        }
    }
}

#[test]
fn a_request_without_a_language_prints_in_the_language_of_the_settings() {
    let (_dir, mut api) = demo();
    let spanish = print(&api, PrintDocument::Notice { meeting_id: XV }, None);
    assert!(spanish.contains("CONVOCATORIA") && spanish.contains("Página 1 de"));
    let mut settings = api.settings().unwrap();
    settings.language = Language::En;
    api.update_settings(&settings.into()).unwrap();
    let english = print(&api, PrintDocument::Notice { meeting_id: XV }, None);
    assert!(english.contains("NOTICE OF MEETING") && english.contains("Page 1 of"));
}

/// The Spanish default titles of the standard agenda ("Verificación del quórum",
/// "Informe de país", "Cierre" …), which an English document must not print.
fn spanish_default_titles() -> Vec<&'static str> {
    AgendaItemKind::ALL.iter().map(|kind| kind.spanish()).collect()
}

#[test]
fn default_agenda_titles_print_in_english_and_a_typed_title_as_typed() {
    let (_dir, mut api) = demo();
    let closing = api.meeting(XV).unwrap().agenda.into_iter().find(|i| i.item.kind == AgendaItemKind::Closing).unwrap();
    let typed = AgendaItemDraft {
        kind: AgendaItemKind::Closing,
        title: "Clausura y fotografía oficial".into(),
        presenter: "Presidencia".into(),
        country: None,
        minutes: closing.item.minutes,
        notes: String::new(),
    };
    api.update_agenda_item(closing.item.id, &typed).unwrap();
    use PrintDocument::*;
    let cases: [(PrintDocument, &[&str]); 4] = [
        (Notice { meeting_id: XV }, &["Verification of quorum", "Follow-up of agreements", "Country report: "]),
        (Agenda { meeting_id: XV }, &["Verification of quorum", "Technical Secretariat", "Any other business"]),
        (Minutes { meeting_id: XIII }, &["1. Verification of quorum", "Presented by: Presidency", "16. Closing"]),
        (Minutes { meeting_id: XV }, &["Verification of quorum", "Follow-up of agreements"]),
    ];
    for (document, english) in cases {
        let text = print(&api, document.clone(), Some(Language::En));
        for word in english {
            assert!(text.contains(word), "{document:?} in English says «{word}»:\n{text}");
        }
        for word in spanish_default_titles() {
            assert!(!text.contains(word), "{document:?} in English has no «{word}»:\n{text}");
        }
        let spanish = print(&api, document.clone(), Some(Language::Es));
        assert!(spanish.contains("Verificación del quórum"), "{document:?} in Spanish keeps its titles");
    }
    for document in [Notice { meeting_id: XV }, Agenda { meeting_id: XV }] {
        let text = print(&api, document.clone(), Some(Language::En));
        assert!(text.contains("Clausura y fotografía oficial"), "{document:?}: a typed title stays as typed");
    }
}

#[test]
fn the_quorum_rule_of_each_check_prints_in_the_documents_language() {
    let (_dir, api) = demo();
    let english = print(&api, PrintDocument::AttendanceReport { meeting_id: XIII }, Some(Language::En));
    assert!(english.contains("more than half of the member states"), "{english}");
    assert!(!english.contains("más de la mitad"), "{english}");
    let spanish = print(&api, PrintDocument::AttendanceReport { meeting_id: XIII }, Some(Language::Es));
    assert!(spanish.contains("más de la mitad de los Estados miembros"), "{spanish}");
}

#[test]
fn the_register_names_meetings_and_offices_in_english() {
    let (_dir, api) = demo();
    let text = print(&api, PrintDocument::Agreements { meeting_id: None, axis: None }, Some(Language::En));
    // A column wraps "Technical Secretariat" over two lines.
    for word in ["XIII Ordinary Meeting", "I Session — Petit", "Presidency", "Secretariat", "Dominican"] {
        assert!(text.contains(word), "the register in English says «{word}»:\n{text}");
    }
    for word in ["Reunión Ordinaria", "Presidencia", "República"] {
        assert!(!text.contains(word), "the register in English has no «{word}»:\n{text}");
    }
}

#[test]
fn member_states_are_named_in_the_documents_language() {
    let (_dir, api) = demo();
    use PrintDocument::*;
    for document in [
        Notice { meeting_id: XV },
        Agenda { meeting_id: XV },
        AttendanceSheet { meeting_id: XIII },
        AttendanceReport { meeting_id: XIII },
        Directory { on: None },
    ] {
        let english = print(&api, document.clone(), Some(Language::En));
        assert!(english.contains("Belize") && english.contains("Dominican Republic"), "{document:?}:\n{english}");
        if matches!(document, Agenda { .. } | Notice { .. }) {
            assert!(english.contains("Country report: Belize"), "{document:?}:\n{english}");
        }
        assert!(!english.contains("Belice") && !english.contains("República Dominicana"), "{document:?}:\n{english}");
        let spanish = print(&api, document.clone(), Some(Language::Es));
        assert!(spanish.contains("Belice") && spanish.contains("República Dominicana"), "{document:?} in Spanish");
    }
}
