//! The files Pleno writes for spreadsheets and the ones spreadsheets write back:
//! no exported cell runs as a formula (and the directory round trip is still
//! exact), the directory import reads what Excel and LibreOffice really save
//! (UTF-8 with or without BOM, UTF-16, Windows-1252; `,` `;` or tab), and no file
//! at all — random bytes, malformed rows — makes it panic or write half a file.

mod common;

use std::cell::RefCell;
use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::agreements::{AgreementDraft, AgreementFilter};
use pleno_api::directory_csv::{CsvDelimiter, CsvEncoding, ImportMode, ImportReport};
use pleno_api::meetings::MeetingDraft;
use pleno_api::monitoring::ReportDraft;
use pleno_api::monitoring_xlsx::MATRIX_SHEET;
use pleno_api::poa::{ObjectiveDraft, PoaEdit};
use pleno_api::poa_xlsx::POA_SHEET;
use pleno_api::Api;
use pleno_domain::directory::{Contact, ContactKind};
use pleno_domain::directory_model::PersonDraft;
use pleno_domain::meeting::{MeetingKind, Modality};
use pleno_domain::monitoring::{GoalStatus, ReportEntry, Semester};
use pleno_domain::plan::Percent;
use pleno_domain::poa::{ActivityDraft, ResponsibleParty};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestRunner};

const HEADERS: [&str; 17] = [
    "persona",
    "nombre",
    "tratamiento",
    "cargo",
    "institucion",
    "idiomas",
    "correos",
    "telefonos",
    "mensajeria",
    "direcciones",
    "nombramiento",
    "pais",
    "mandato",
    "organizacion",
    "tipo_organizacion",
    "desde",
    "hasta",
];

/// What a spreadsheet program would run as a formula, and a name that merely
/// begins with an apostrophe (which must stay as it is).
const HOSTILE_NAMES: [&str; 6] = [
    "=HYPERLINK(\"http://x\",\"x\")",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "'t Hooft",
    "'=ya con apóstrofo",
];
const PHONE: &str = "+506 5555 1234";

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn person(name: &str, phone: Option<&str>) -> PersonDraft {
    let contacts = phone
        .map(|value| Contact { kind: ContactKind::Phone, value: value.into(), label: "móvil".into(), preferred: true })
        .into_iter()
        .collect();
    PersonDraft { name: name.into(), contacts, ..Default::default() }
}

/// Every person with their contacts, in a stable order.
fn people(api: &Api) -> Vec<(String, Vec<Contact>)> {
    let mut people: Vec<_> = api.people(None).unwrap().into_iter().map(|p| (p.name, p.contacts)).collect();
    people.sort_by_key(|p| format!("{p:?}"));
    people
}

/// What an import could change: the rows of the people table, and the whole
/// directory (persons, contacts, seats, representatives) as exported.
fn snapshot(api: &Api) -> (usize, String, usize) {
    (api.people(None).unwrap().len(), api.export_directory_csv().unwrap(), api.organisations().unwrap().len())
}

fn records(csv_text: &str) -> Vec<Vec<String>> {
    let text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn starts_like_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

// ── No formula injection ──

#[test]
fn names_and_phones_a_spreadsheet_would_run_are_exported_with_an_apostrophe_and_come_back_exactly() {
    let mut api = Api::in_memory().unwrap();
    for name in HOSTILE_NAMES {
        api.add_person(&person(name, Some(PHONE))).unwrap();
    }
    let exported = api.export_directory_csv().unwrap();
    let rows = records(&exported);
    for cell in rows.iter().flatten() {
        assert!(!starts_like_a_formula(cell), "a spreadsheet would run {cell:?}");
    }
    let names: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert!(names.contains(&"'=HYPERLINK(\"http://x\",\"x\")"), "{names:?}");
    assert!(names.contains(&"'+cmd|' /C calc'!A0"), "{names:?}");
    assert!(names.contains(&"'t Hooft"), "a name that is no formula is written as it is: {names:?}");
    assert!(names.contains(&"''=ya con apóstrofo"), "{names:?}");
    assert!(rows[1..].iter().all(|r| r[7] == "'+506 5555 1234 [móvil]"), "the phone is neutralised too");

    let mut again = Api::in_memory().unwrap();
    let report = again.import_directory_csv(&exported, ImportMode::Write).unwrap();
    assert!(report.written, "{:?}", report.problems);
    assert_eq!(people(&again), people(&api), "names and phones come back exactly, apostrophes and '+' included");
    assert!(people(&again).iter().all(|(_, contacts)| contacts[0].value == PHONE));
    assert_eq!(again.export_directory_csv().unwrap(), exported, "and export the same file again");
}

#[test]
fn a_cell_a_spreadsheet_saved_without_the_apostrophe_is_read_as_it_was_typed() {
    let mut api = Api::in_memory().unwrap();
    let text = file(',', &["1,=1+1,,,,,,+506 5555 1234,,,,,,,,,", "2,'t Hooft,,,,,,,,,,,,,,,"]);
    assert!(api.import_directory_csv(&text, ImportMode::Write).unwrap().written);
    let names: Vec<_> = people(&api).into_iter().map(|(name, _)| name).collect();
    assert_eq!(names, ["'t Hooft", "=1+1"]);
    assert_eq!(people(&api)[1].1[0].value, PHONE, "the phone as typed");
}

/// A meeting in session, where agreements can be recorded.
fn meeting_in_session(api: &mut Api) -> i64 {
    api.load_demo_directory().unwrap();
    let draft = MeetingDraft {
        committee: None,
        event_kind: None,
        kind: MeetingKind::Ordinaria,
        number: Some(9),
        starts_on: date("2026-06-10"),
        ends_on: None,
        start_time: None,
        city: "San José".into(),
        country: Some("CR".into()),
        host: Some("CR".into()),
        modality: Modality::Presencial,
        link: String::new(),
    };
    let m = api.create_meeting(&draft).unwrap().meeting.id;
    api.insert_standard_agenda(m).unwrap();
    for _ in 0..2 {
        api.advance_meeting(m, at("2026-06-10 08:00")).unwrap();
    }
    m
}

#[test]
fn the_agreements_csv_neutralises_a_text_a_spreadsheet_would_run() {
    let mut api = Api::in_memory().unwrap();
    let meeting = meeting_in_session(&mut api);
    let today = date("2026-06-10");
    for text in ["=HYPERLINK(\"http://x\",\"x\")", "Elaborar la línea base"] {
        let draft = AgreementDraft {
            meeting_id: meeting,
            decision_id: None,
            text: text.into(),
            responsible: vec!["CR".into()],
            due_on: None,
        };
        api.add_agreement(&draft, today).unwrap();
    }
    let rows = records(&api.export_agreements_csv(&AgreementFilter::default(), today).unwrap());
    for cell in rows.iter().flatten() {
        assert!(!starts_like_a_formula(cell), "a spreadsheet would run {cell:?}");
    }
    let texts: Vec<&str> = rows[1..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(texts, ["'=HYPERLINK(\"http://x\",\"x\")", "Elaborar la línea base"]);
}

fn zipped(book: &[u8], path: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut text = String::new();
    zip.by_name(path).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// Whether the cell `name` of the sheet at `sheet_path` has the style that
/// marks it as typed text (what Excel stores for a leading apostrophe).
fn quote_prefixed(book: &[u8], sheet_path: &str, name: &str) -> bool {
    let sheet = zipped(book, sheet_path);
    let cell = &sheet[sheet.find(&format!("<c r=\"{name}\"")).unwrap_or_else(|| panic!("no cell {name}"))..];
    let cell = &cell[..cell.find('>').unwrap()];
    let style: usize = match cell.find(" s=\"") {
        Some(i) => cell[i + 4..].split('"').next().unwrap().parse().unwrap(),
        None => 0,
    };
    let styles = zipped(book, "xl/styles.xml");
    let xfs = &styles[styles.find("<cellXfs").unwrap()..styles.find("</cellXfs>").unwrap()];
    xfs.split("<xf ").nth(style + 1).unwrap().contains("quotePrefix=\"1\"")
}

fn read_cell(book: &[u8], sheet: &str, name: &str) -> Data {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(book)).unwrap();
    let range = workbook.worksheet_range(sheet).unwrap();
    let (row, col) = common::cell_position(name);
    range.get_value((row, u32::from(col))).cloned().unwrap_or(Data::Empty)
}

#[test]
fn a_poa_workbook_marks_a_text_a_spreadsheet_would_run_as_text_and_reads_it_back_unchanged() {
    let mut api = Api::in_memory().unwrap();
    let edit = PoaEdit { by: "Secretaría Técnica".into(), at: at("2018-11-01 10:00"), decision_id: None };
    api.create_operating_plan(2019, None, &edit).unwrap();
    let objective =
        ObjectiveDraft { code: "1.1.1".into(), title: "-Objetivo con guion".into(), strategic_objective: "1.1".into() };
    api.add_operational_objective(2019, &objective, &edit).unwrap();
    let activity = ActivityDraft {
        objective: "1.1.1".into(),
        code: "1.1.1.1".into(),
        title: "=HYPERLINK(\"http://x\",\"x\")".into(),
        target: "+cmd|' /C calc'!A0".into(),
        indicator: "Memoria del taller".into(),
        parties: vec![ResponsibleParty::SecretariaTecnica],
        semester_1: None,
        semester_2: Some(Percent::new(100).unwrap()),
        weight: None,
    };
    api.add_activity(2019, &activity, &edit).unwrap();
    let book = api.export_poa_xlsx(2019).unwrap();
    // Row 4 is the first activity: B objective, D activity, E target, F indicator.
    for (cell, text, marked) in [
        ("B4", "-Objetivo con guion", true),
        ("D4", "=HYPERLINK(\"http://x\",\"x\")", true),
        ("E4", "+cmd|' /C calc'!A0", true),
        ("F4", "Memoria del taller", false),
    ] {
        assert_eq!(read_cell(&book, POA_SHEET, cell), Data::String(text.into()), "{cell} reads back unchanged");
        assert_eq!(quote_prefixed(&book, "xl/worksheets/sheet1.xml", cell), marked, "{cell} marked as text");
    }
    assert!(!zipped(&book, "xl/worksheets/sheet1.xml").contains("<f>"), "no cell is a formula");
    let again = api.import_poa_xlsx(2019, &book, ImportMode::DryRun, &edit).unwrap();
    assert!(again.problems.is_empty() && again.edited.is_empty() && again.added.is_empty(), "{again:?}");
}

#[test]
fn a_monitoring_matrix_marks_a_justification_a_spreadsheet_would_run_as_text_and_reads_it_back_unchanged() {
    let mut api = Api::in_memory().unwrap();
    let activity = api.operating_plan(2018).unwrap().activities().next().unwrap().code.clone();
    let justification = "=HYPERLINK(\"http://x\",\"x\")";
    let entry = ReportEntry {
        activity,
        progress: Percent::new(40).unwrap(),
        status: GoalStatus::ConRetraso,
        justification: justification.into(),
    };
    let draft = ReportDraft {
        year: 2018,
        semester: Semester::FIRST,
        country: Some("CR".into()),
        reported_on: date("2018-06-15"),
        entries: vec![entry.clone()],
    };
    api.add_monitoring_report(&draft, at("2018-06-20 10:00")).unwrap();
    let book = api.monitoring_template(2018, Semester::FIRST, "CR").unwrap();
    assert_eq!(read_cell(&book, MATRIX_SHEET, "G7"), Data::String(justification.into()));
    assert!(quote_prefixed(&book, "xl/worksheets/sheet2.xml", "G7"), "the justification is marked as text");
    assert!(!quote_prefixed(&book, "xl/worksheets/sheet2.xml", "A7"), "an ordinary text is not");
    let import = api.import_monitoring_xlsx(&book, ImportMode::DryRun, at("2018-06-21 10:00")).unwrap();
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert_eq!(import.entries, [entry], "read back exactly");
}

// ── The CSV files spreadsheets really save ──

/// A directory CSV with the header and `rows`, columns separated by `delimiter`
/// (the rows are given with commas).
fn file(delimiter: char, rows: &[&str]) -> String {
    let mut lines = vec![HEADERS.join(",")];
    lines.extend(rows.iter().map(|r| r.to_string()));
    lines.iter().map(|l| l.replace(',', &delimiter.to_string())).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

/// The bytes of `text` as a spreadsheet program saves them, written by hand.
fn saved(text: &str, encoding: CsvEncoding) -> Vec<u8> {
    match encoding {
        CsvEncoding::Utf8 => text.as_bytes().to_vec(),
        CsvEncoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        CsvEncoding::Utf16Le => {
            [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
        }
        CsvEncoding::Utf16Be => {
            [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect()
        }
        // Windows-1252 agrees with Unicode on the Latin-1 letters; others become "?".
        CsvEncoding::Windows1252 => text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect(),
    }
}

const ANA: &str = "1,Ana Pérez Núñez,Licda.,Directora,CONATT,español,ana@conatt.example,+506 2222 3333,,,titular,CR,tdp,,,2024-03-01,";
const JOSE: &str = "2,José Ángel Güell,,,Cancillería,,,,,,suplente,GT,tim,,,2024-03-01,";

#[test]
fn every_file_a_spreadsheet_saves_is_read_with_its_accents_and_the_report_says_how() {
    let cases = [
        ("Excel in a Spanish locale", CsvEncoding::Windows1252, ';', CsvDelimiter::Semicolon),
        ("Excel's Unicode text", CsvEncoding::Utf16Le, '\t', CsvDelimiter::Tab),
        ("Excel's CSV UTF-8", CsvEncoding::Utf8Bom, ',', CsvDelimiter::Comma),
        ("CSV UTF-8 in a Spanish locale", CsvEncoding::Utf8Bom, ';', CsvDelimiter::Semicolon),
        ("UTF-16 big-endian", CsvEncoding::Utf16Be, ';', CsvDelimiter::Semicolon),
        ("LibreOffice, UTF-8 without BOM", CsvEncoding::Utf8, ',', CsvDelimiter::Comma),
        ("Windows-1252 with commas", CsvEncoding::Windows1252, ',', CsvDelimiter::Comma),
    ];
    for (what, encoding, separator, delimiter) in cases {
        let bytes = saved(&file(separator, &[ANA, JOSE]), encoding);
        let mut api = Api::in_memory().unwrap();
        let report = api.import_directory_bytes(&bytes, ImportMode::Write).unwrap();
        assert!(report.problems.is_empty(), "{what}: {:?}", report.problems);
        assert_eq!((report.encoding, report.delimiter), (encoding, delimiter), "{what}");
        assert_eq!((report.persons, report.seats, report.written), (2, 2, true), "{what}");
        let names: Vec<_> = people(&api).into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["Ana Pérez Núñez", "José Ángel Güell"], "{what}");
        assert_eq!(api.people(Some("perez")).unwrap()[0].institution, "CONATT", "{what}");
    }
}

#[test]
fn the_report_words_what_was_detected_in_both_languages() {
    let bytes = saved(&file(';', &[ANA]), CsvEncoding::Windows1252);
    let mut api = Api::in_memory().unwrap();
    let report: ImportReport = api.import_directory_bytes(&bytes, ImportMode::DryRun).unwrap();
    assert!(!report.written, "a dry run writes nothing");
    assert_eq!(report.detected.es, "Leído como Windows-1252 (Excel antiguo), columnas separadas por punto y coma (;).");
    assert_eq!(report.detected.en, "Read as Windows-1252 (older Excel), columns separated by semicolon (;).");
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!((json["encoding"].as_str(), json["delimiter"].as_str()), (Some("windows1252"), Some("semicolon")));
    assert!(api.people(None).unwrap().is_empty());
}

#[test]
fn text_already_read_is_reported_as_utf8_with_or_without_its_mark() {
    for (text, encoding) in
        [(file(',', &[ANA]), CsvEncoding::Utf8), (format!("\u{feff}{}", file('\t', &[ANA])), CsvEncoding::Utf8Bom)]
    {
        let report = Api::in_memory().unwrap().import_directory_csv(&text, ImportMode::DryRun).unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.encoding, encoding);
    }
}

#[test]
fn a_file_that_breaks_the_encoding_its_mark_promises_is_refused_and_nothing_is_written() {
    let header = saved(&file(',', &[]), CsvEncoding::Utf16Le);
    for (what, bytes, words) in [
        ("UTF-8 BOM, then a byte UTF-8 never has", [&[0xEF, 0xBB, 0xBF][..], b"persona\xFF"].concat(), "UTF-8"),
        ("UTF-16 LE with a lone surrogate", [&header[..], &[0x00, 0xD8, b'a', 0]].concat(), "UTF-16 LE"),
        ("UTF-16 LE cut in the middle of a character", [&header[..], b"a"].concat(), "UTF-16 LE"),
    ] {
        let mut api = Api::in_memory().unwrap();
        let e = api.import_directory_bytes(&bytes, ImportMode::Write).unwrap_err();
        assert_eq!(e.kind, "undecodable", "{what}: {}", e.message);
        assert!(e.message.contains(words) && e.message_en.contains(words), "{what}: {} / {}", e.message, e.message_en);
        assert!(api.people(None).unwrap().is_empty());
    }
}

#[test]
fn a_header_that_is_not_the_directorys_says_how_the_file_was_read() {
    let bytes = saved("nombre;apellido\r\nAna;Pérez\r\n", CsvEncoding::Windows1252);
    let e = Api::in_memory().unwrap().import_directory_bytes(&bytes, ImportMode::Write).unwrap_err();
    assert_eq!(e.kind, "wrong_headers");
    assert!(e.message.contains("Tiene: nombre,apellido"), "{}", e.message);
    assert!(
        e.message.contains("leído como Windows-1252 (Excel antiguo), separado por punto y coma (;)"),
        "{}",
        e.message
    );
    assert!(
        e.message_en.contains("read as Windows-1252 (older Excel), separated by semicolon (;)"),
        "{}",
        e.message_en
    );
}

// ── Whatever the file: no panic, nothing written on error ──

const ENCODINGS: [CsvEncoding; 5] =
    [CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Utf16Le, CsvEncoding::Utf16Be, CsvEncoding::Windows1252];
const SEPARATORS: [char; 3] = [',', ';', '\t'];

/// Cells that are valid, nearly valid, or plainly wrong, and the characters
/// that trouble a CSV reader (quotes, delimiters, line breaks, a BOM, NUL).
const CELLS: [&str; 38] = [
    "",
    "1",
    "2",
    "Ana Pérez",
    "=1+1",
    "'=x",
    "'",
    "\"",
    "\"\"",
    "a\"b",
    "\"abierta",
    "titular",
    "suplente",
    "representante",
    "jefe",
    "CR",
    "ZZ",
    "tdp",
    "tim",
    "2024-01-01",
    "2025-13-01",
    "2026-01-01",
    "x@",
    "ana@mec.example",
    "+506 5555 1234",
    "OIM",
    "internacional",
    "|",
    " | ",
    ";",
    ",",
    "\t",
    "\r\n",
    "\n",
    "ñ",
    "\u{feff}",
    "\0",
    "[x]",
];

/// Imports `bytes` for real and checks the all-or-nothing promise.
fn import_checked(api: &RefCell<Api>, bytes: &[u8]) -> Result<(), TestCaseError> {
    let before = snapshot(&api.borrow());
    let result = api.borrow_mut().import_directory_bytes(bytes, ImportMode::Write);
    let after = snapshot(&api.borrow());
    match result {
        Ok(report) if report.written => {
            prop_assert!(report.problems.is_empty());
            prop_assert_eq!(after.0, before.0 + report.persons as usize, "the persons reported were written");
        }
        Ok(report) => {
            prop_assert!(!report.problems.is_empty(), "a write refused says why");
            prop_assert_eq!(after, before, "nothing written when a row is refused");
        }
        Err(_) => prop_assert_eq!(after, before, "nothing written when the file is refused"),
    }
    Ok(())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

#[test]
fn random_bytes_never_panic_and_never_write() {
    let api = RefCell::new(Api::in_memory().unwrap());
    let marks: [&[u8]; 4] = [&[0xEF, 0xBB, 0xBF], &[0xFF, 0xFE], &[0xFE, 0xFF], b""];
    let header = (select(ENCODINGS.to_vec()), select(SEPARATORS.to_vec()))
        .prop_map(|(encoding, separator)| saved(&file(separator, &[]), encoding));
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        (select(marks.to_vec()), prop::collection::vec(any::<u8>(), 0..600)).prop_map(|(m, b)| [m, &b[..]].concat()),
        (header, prop::collection::vec(any::<u8>(), 0..600)).prop_map(|(h, b)| [h, b].concat()),
    ];
    runner(192).run(&bytes, |bytes| import_checked(&api, &bytes)).unwrap();
}

#[test]
fn malformed_rows_in_every_encoding_and_delimiter_never_panic_and_write_all_or_nothing() {
    let api = RefCell::new(Api::in_memory().unwrap());
    let row = prop::collection::vec(select(CELLS.to_vec()), 0..22);
    let rows = prop::collection::vec(row, 1..8);
    let files = (select(ENCODINGS.to_vec()), select(SEPARATORS.to_vec()), rows, any::<bool>()).prop_map(
        |(encoding, separator, rows, crlf)| {
            let mut lines = vec![HEADERS.join(&separator.to_string())];
            lines.extend(rows.iter().map(|cells| cells.join(&separator.to_string())));
            saved(&lines.join(if crlf { "\r\n" } else { "\n" }), encoding)
        },
    );
    runner(192).run(&files, |bytes| import_checked(&api, &bytes)).unwrap();
}

/// A name as people write it, with accents, quotes and delimiters inside, and
/// sometimes a first character a spreadsheet would run.
fn any_name() -> impl Strategy<Value = String> {
    "[=+@'-]?[A-Za-zÁÉÍÓÚÑáéíóúñü][A-Za-zÁÉÍÓÚÑáéíóúñü\"';,|]{0,10}( [A-Za-zÁÉÍÓÚÑáéíóúñü\"';,|]{1,10}){0,2}"
}

/// The same CSV with another delimiter, as a spreadsheet program saves it.
fn with_delimiter(csv_text: &str, separator: char) -> String {
    let mut out = csv::WriterBuilder::new().delimiter(separator as u8).from_writer(Vec::new());
    for record in records(csv_text) {
        out.write_record(record).unwrap();
    }
    String::from_utf8(out.into_inner().unwrap()).unwrap()
}

#[test]
fn a_valid_directory_in_every_encoding_and_delimiter_comes_back_exactly() {
    let someone = (any_name(), proptest::option::of("\\+?[1-9][0-9]{2} [0-9]{4} [0-9]{4}"));
    let directories = (prop::collection::vec(someone, 1..5), select(ENCODINGS.to_vec()), select(SEPARATORS.to_vec()));
    runner(48)
        .run(&directories, |(persons, encoding, separator)| {
            let mut source = Api::in_memory().unwrap();
            for (name, phone) in &persons {
                source.add_person(&person(name, phone.as_deref())).unwrap();
            }
            let exported = source.export_directory_csv().unwrap();
            let text = with_delimiter(&exported, separator);
            let bytes = saved(&text, encoding);
            // Plain ASCII is the same in Windows-1252 and UTF-8, and read as UTF-8.
            let expected =
                if encoding == CsvEncoding::Windows1252 && text.is_ascii() { CsvEncoding::Utf8 } else { encoding };
            let mut target = Api::in_memory().unwrap();
            let report = target.import_directory_bytes(&bytes, ImportMode::Write).unwrap();
            prop_assert!(report.written, "{:?}", report.problems);
            prop_assert_eq!(report.encoding, expected);
            prop_assert_eq!(
                report.delimiter,
                match separator {
                    ',' => CsvDelimiter::Comma,
                    ';' => CsvDelimiter::Semicolon,
                    _ => CsvDelimiter::Tab,
                }
            );
            prop_assert_eq!(people(&target), people(&source));
            prop_assert_eq!(target.export_directory_csv().unwrap(), exported);
            Ok(())
        })
        .unwrap();
}
