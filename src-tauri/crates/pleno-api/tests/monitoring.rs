//! Monitoring through the API: reports and their versions, the XLSX matrix
//! written, filled as a person would and read back (every bad cell named,
//! nothing written), the regional roll-up, indicator targets and measurements,
//! the country profile and the computed indicators in detail.

mod common;

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use chrono::{NaiveDate, NaiveDateTime};
use common::{cell_position, filled, Typed};
use pleno_api::agreements::AgreementDraft;
use pleno_api::indicator_targets::MeasurementDraft;
use pleno_api::meetings::MeetingDraft;
use pleno_api::monitoring::ReportDraft;
use pleno_api::monitoring_xlsx::{CellIssue, ImportMode, COLUMNS, DATA_SHEET};
use pleno_api::Api;
use pleno_domain::agreement::LinkTarget;
use pleno_domain::meeting::{MeetingKind, Modality};
use pleno_domain::monitoring::{GoalStatus, IndicatorSource, IndicatorTarget, ReportEntry, ReportSource, Semester};
use pleno_domain::plan::Percent;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2018-12-20 10:00", "%Y-%m-%d %H:%M").unwrap()
}

fn entry(activity: &str, progress: i64, status: GoalStatus, justification: &str) -> ReportEntry {
    ReportEntry {
        activity: activity.into(),
        progress: Percent::new(progress).unwrap(),
        status,
        justification: justification.into(),
    }
}

fn report(country: &str, semester: Semester, entries: Vec<ReportEntry>) -> ReportDraft {
    ReportDraft { year: 2018, semester, country: Some(country.into()), reported_on: date("2018-12-15"), entries }
}

// ── The XLSX round trip ──

fn sheet_xml(book: &[u8], path: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut text = String::new();
    zip.by_name(path).unwrap().read_to_string(&mut text).unwrap();
    text
}

#[test]
fn the_template_has_instructions_the_seed_header_block_locked_structure_and_validated_inputs() {
    let api = Api::in_memory().unwrap();
    let book = api.monitoring_template(2018, Semester::SECOND, "CR").unwrap();
    let mut xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(book.as_slice())).unwrap();
    assert_eq!(xlsx.sheet_names(), ["Instrucciones", "Matriz", "Pleno"]);
    let instructions = xlsx.worksheet_range("Instrucciones").unwrap();
    let text: Vec<String> = instructions.used_cells().map(|(_, _, v)| v.to_string()).collect();
    assert!(text.iter().any(|l| l.contains("número entero entre 0 y 100")), "{text:?}");
    let matrix = xlsx.worksheet_range("Matriz").unwrap();
    let at = |cell: &str| {
        matrix
            .get_value({
                let (r, c) = cell_position(cell);
                (r, c.into())
            })
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    assert!(at("A1").contains("INFORME DE SEGUIMIENTO AL PLAN OPERATIVO ANUAL 2018 — II SEMESTRE"), "{}", at("A1"));
    assert_eq!((at("A2"), at("A3"), at("B3")), ("FECHA:".into(), "PAÍS:".into(), "Costa Rica".into()));
    assert_eq!(at("A4"), "COALICIÓN, COMITÉ, COMISIÓN Y/O CONSEJO NACIONAL:");
    assert!(at("B4").contains("CONNATT"), "{}", at("B4"));
    let header: Vec<String> = ["A6", "B6", "C6", "D6", "E6", "F6", "G6"].iter().map(|c| at(c)).collect();
    assert_eq!(header, COLUMNS);
    assert!(at("B7").starts_with("1.1.1 Integrar un Comité de Trabajo"), "{}", at("B7"));
    assert!(at("B25").starts_with("4.1.3.2 "), "every activity of the POA has a row: {}", at("B25"));

    let matrix_xml = sheet_xml(&book, "xl/worksheets/sheet2.xml");
    assert!(matrix_xml.contains("<sheetProtection"), "the matrix is protected");
    assert!(matrix_xml.contains(r#"type="whole""#) && matrix_xml.contains(r#"sqref="E7:E25""#), "{matrix_xml}");
    assert!(
        matrix_xml.contains(r#"type="list""#)
            && matrix_xml.contains("No iniciada,En proceso,Cumplida,Con retraso,Suspendida")
    );
    let styles = sheet_xml(&book, "xl/styles.xml");
    assert!(styles.contains(r#"locked="0""#), "input cells are unlocked");
    let workbook = sheet_xml(&book, "xl/workbook.xml");
    assert!(workbook.contains(r#"name="Pleno" sheetId="3" state="hidden""#), "{workbook}");
}

#[test]
fn a_filled_template_is_imported_after_a_dry_run_and_a_second_one_is_a_new_version() {
    let mut api = Api::in_memory().unwrap();
    let template = api.monitoring_template(2018, Semester::SECOND, "GT").unwrap();
    let book = filled(
        &template,
        &[
            ("B2", Typed::Text("2018-12-14")),
            ("E7", Typed::Number(100.0)),
            ("F7", Typed::Text("Cumplida")),
            ("E8", Typed::Text("40 %")),
            ("F8", Typed::Text("en proceso")),
            ("E11", Typed::Number(20.0)),
            ("F11", Typed::Text("Con retraso")),
            ("G11", Typed::Text("La sesión técnica se pospuso a enero.")),
        ],
    );
    let preview = api.import_monitoring_xlsx(&book, ImportMode::DryRun, now()).unwrap();
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(
        (preview.country.as_str(), preview.semester, preview.reported_on),
        ("GT", Semester::SECOND, Some(date("2018-12-14")))
    );
    assert_eq!(
        preview.entries,
        [
            entry("1.1.1", 100, GoalStatus::Cumplida, ""),
            entry("1.1.2", 40, GoalStatus::EnProceso, ""),
            entry("2.1.1.1", 20, GoalStatus::ConRetraso, "La sesión técnica se pospuso a enero."),
        ]
    );
    assert!(preview.written.is_none());
    assert!(api.monitoring_reports(Some(2018), None).unwrap().is_empty(), "a dry run writes nothing");

    let imported = api.import_monitoring_xlsx(&book, ImportMode::Write, now()).unwrap();
    let first = imported.written.unwrap();
    assert_eq!((first.version, first.source, first.entries.len()), (1, ReportSource::Xlsx, 3));
    assert!(first.mechanism.contains("Comisión Interinstitucional contra la Trata de Personas"), "{}", first.mechanism);

    // The correction: the template now carries the figures reported, one is changed.
    let again = api.monitoring_template(2018, Semester::SECOND, "GT").unwrap();
    let corrected = filled(&again, &[("E8", Typed::Number(60.0))]);
    let second = api.import_monitoring_xlsx(&corrected, ImportMode::Write, now()).unwrap().written.unwrap();
    assert_eq!(second.version, 2);
    assert_eq!(second.entries[1], entry("1.1.2", 60, GoalStatus::EnProceso, ""));
    let earlier = api.monitoring_report(first.id).unwrap();
    assert!(earlier.superseded, "the first version is kept, read-only");
    assert_eq!(earlier.entries[1].progress, Percent::new(40).unwrap());
}

#[test]
fn every_kind_of_bad_cell_is_named_in_both_languages_and_nothing_is_written() {
    let mut api = Api::in_memory().unwrap();
    let template = api.monitoring_template(2018, Semester::FIRST, "HN").unwrap();
    let book = filled(
        &template,
        &[
            ("B2", Typed::Text("mañana")),
            ("E7", Typed::Number(120.0)),
            ("F7", Typed::Text("En proceso")),
            ("E8", Typed::Number(50.5)),
            ("F8", Typed::Text("En proceso")),
            ("E9", Typed::Number(30.0)),
            ("F9", Typed::Text("casi")),
            ("E10", Typed::Number(30.0)),
            ("F11", Typed::Text("En proceso")),
            ("E12", Typed::Number(90.0)),
            ("F12", Typed::Text("Cumplida")),
            ("E13", Typed::Number(10.0)),
            ("F13", Typed::Text("Suspendida")),
            ("E14", Typed::Text("mitad")),
            ("F14", Typed::Text("En proceso")),
            ("E15", Typed::Number(25.0)),
            ("F15", Typed::Text("En proceso")),
        ],
    );
    for mode in [ImportMode::DryRun, ImportMode::Write] {
        let import = api.import_monitoring_xlsx(&book, mode, now()).unwrap();
        let found: Vec<(&str, &CellIssue)> = import.problems.iter().map(|p| (p.cell.as_str(), &p.issue)).collect();
        let kinds: Vec<(&str, &str)> = found
            .iter()
            .map(|(cell, issue)| {
                let kind = serde_json::to_value(issue).unwrap()["kind"].as_str().unwrap().to_string();
                (*cell, Box::leak(kind.into_boxed_str()) as &str)
            })
            .collect();
        assert_eq!(
            kinds,
            [
                ("B2", "bad_date"),
                ("E7", "bad_percent"),
                ("E8", "bad_percent"),
                ("F9", "bad_status"),
                ("F10", "missing_status"),
                ("E11", "missing_percent"),
                ("E12", "inconsistent"),
                ("G13", "inconsistent"),
                ("E14", "bad_percent"),
            ]
        );
        let e7 = &import.problems[1].message;
        assert_eq!(e7.es, "Hoja Matriz, celda E7: «120» no es un porcentaje entre 0 y 100");
        assert_eq!(e7.en, "Sheet Matriz, cell E7: «120» is not a percentage between 0 and 100");
        assert!(
            import.problems[6].message.es.contains("«Cumplida» pero su avance es 90 %"),
            "{:?}",
            import.problems[6]
        );
        assert!(import.problems[7].message.en.contains("justification is missing"), "{:?}", import.problems[7]);
        assert!(import.written.is_none());
        assert_eq!(
            import.entries,
            [entry("2.1.3.3", 25, GoalStatus::EnProceso, "")],
            "the one good row is still shown"
        );
    }
    assert!(api.monitoring_reports(None, Some("HN")).unwrap().is_empty(), "nothing was written");

    let missing_date = filled(&template, &[("E7", Typed::Number(10.0)), ("F7", Typed::Text("En proceso"))]);
    let import = api.import_monitoring_xlsx(&missing_date, ImportMode::Write, now()).unwrap();
    assert_eq!(import.problems[0].message.es, "Hoja Matriz, celda B2: falta la fecha del informe");
    let early = filled(&template, &[("B2", Typed::Text("15/12/2017"))]);
    let import = api.import_monitoring_xlsx(&early, ImportMode::Write, now()).unwrap();
    assert_eq!(import.problems[0].issue, CellIssue::DateBeforeYear { year: 2018 });
}

#[test]
fn a_workbook_that_is_not_a_pleno_matrix_is_refused_whole() {
    let mut api = Api::in_memory().unwrap();
    let mut other = rust_xlsxwriter::Workbook::new();
    other.add_worksheet().write_string(0, 0, "hola").unwrap();
    let e = api.import_monitoring_xlsx(&other.save_to_buffer().unwrap(), ImportMode::DryRun, now()).unwrap_err();
    assert_eq!(e.kind, "not_a_template");
    assert!(e.message.contains(DATA_SHEET));
    let e = api.import_monitoring_xlsx(b"not a zip", ImportMode::DryRun, now()).unwrap_err();
    assert_eq!(e.kind, "unreadable");
}

// ── Reports, versions and the roll-up ──

#[test]
fn a_correction_is_a_new_version_and_the_earlier_one_stays_readable() {
    let mut api = Api::in_memory().unwrap();
    let first = api
        .add_monitoring_report(
            &report("CR", Semester::FIRST, vec![entry("1.1.1", 40, GoalStatus::EnProceso, "")]),
            now(),
        )
        .unwrap();
    assert_eq!((first.version, first.superseded), (1, false));
    let second = api
        .add_monitoring_report(
            &report("CR", Semester::FIRST, vec![entry("1.1.2", 10, GoalStatus::EnProceso, "")]),
            now(),
        )
        .unwrap();
    assert_eq!(second.version, 2);
    assert_eq!(second.entries.len(), 2, "the correction keeps the entries not given again");
    let e = api.set_monitoring_entry(first.id, &entry("1.1.1", 50, GoalStatus::EnProceso, "")).unwrap_err();
    assert_eq!(e.kind, "superseded");
    let updated = api.set_monitoring_entry(second.id, &entry("1.1.1", 50, GoalStatus::EnProceso, "")).unwrap();
    assert_eq!(updated.entries[0].progress, Percent::new(50).unwrap());
    assert_eq!(api.monitoring_report(first.id).unwrap().entries[0].progress, Percent::new(40).unwrap());
    assert_eq!(api.monitoring_reports(Some(2018), Some("CR")).unwrap().len(), 2);
}

#[test]
fn reports_with_bad_entries_or_for_unknown_states_are_refused() {
    let mut api = Api::in_memory().unwrap();
    let cases = [
        (report("CR", Semester::FIRST, vec![entry("9.9.9", 10, GoalStatus::EnProceso, "")]), "unknown_activity"),
        (
            report("CR", Semester::FIRST, vec![entry("1.1.1", 10, GoalStatus::NoIniciada, "")]),
            "not_started_with_progress",
        ),
        (report("CR", Semester::FIRST, vec![entry("1.1.1", 10, GoalStatus::ConRetraso, "")]), "justification_required"),
        (report("CO", Semester::FIRST, vec![]), "unknown_country"),
        (ReportDraft { year: 2019, ..report("CR", Semester::FIRST, vec![]) }, "no_plan"),
        (ReportDraft { reported_on: date("2017-12-01"), ..report("CR", Semester::FIRST, vec![]) }, "date_outside_year"),
    ];
    for (draft, kind) in cases {
        let e = api.add_monitoring_report(&draft, now()).unwrap_err();
        assert_eq!(e.kind, kind, "{}", e.message);
        assert_ne!(e.message, e.message_en, "{kind} is worded in both languages");
    }
    assert!(api.monitoring_reports(None, None).unwrap().is_empty(), "a refused report leaves nothing behind");
}

#[test]
fn evidence_files_are_kept_with_their_sha256() {
    let mut api = Api::in_memory().unwrap();
    let r = api.add_monitoring_report(&report("PA", Semester::FIRST, vec![]), now()).unwrap();
    let r = api.attach_report_evidence(r.id, "acta-conatt.pdf", b"%PDF-1.7 evidence", now()).unwrap();
    assert_eq!(r.evidence[0].file_name, "acta-conatt.pdf");
    assert_eq!(r.evidence[0].sha256.len(), 64);
    assert_eq!(api.report_evidence(r.evidence[0].id).unwrap().1, b"%PDF-1.7 evidence");
}

#[test]
fn the_rollup_counts_every_member_state_and_flags_the_one_that_did_not_report() {
    let mut api = Api::in_memory().unwrap();
    let states = ["BZ", "CR", "SV", "GT", "HN", "MX", "PA", "DO"]; // Nicaragua has not reported.
    for (i, state) in states.iter().enumerate() {
        let progress = 10 * (i as i64 + 1); // 10 … 80
        let entries =
            vec![entry("1.1.1", progress, GoalStatus::EnProceso, ""), entry("1.1.2", 50, GoalStatus::EnProceso, "")];
        api.add_monitoring_report(&report(state, Semester::SECOND, entries), now()).unwrap();
    }
    let rollup = api.monitoring_rollup(2018, None).unwrap();
    let a = &rollup.activities[0];
    assert_eq!(
        (a.code.as_str(), a.planned_s1, a.reported_mean, a.reported, a.expected, a.missing.clone()),
        ("1.1.1", Some(Percent::new(100).unwrap()), Some(45.0), 8, 9, vec!["NI".to_string()])
    );
    let objective = rollup.objectives.iter().find(|o| o.code == "1.1").unwrap();
    assert_eq!(objective.weighted, Some(47.5), "(45 + 50) / 2 with equal weights");
    let axis = rollup.axes.iter().find(|a| a.code == "1").unwrap();
    assert_eq!(axis.weighted, Some(47.5), "objective 1.2 has no reports, so it does not count");
    let ni = rollup.states.iter().find(|s| s.country == "NI").unwrap();
    assert_eq!((ni.semester, ni.activities_reported), (None, 0));

    let json = serde_json::to_value(&rollup).unwrap();
    for key in ["code", "planned_s1", "planned_s2", "reported_mean", "reported", "expected"] {
        assert!(json["activities"][0].get(key).is_some(), "activities carry {key}");
    }
    assert!(json["objectives"][0].get("weighted").is_some() && json["axes"][0].get("code").is_some());
}

// ── Indicator targets ──

#[test]
fn indicator_targets_start_empty_and_reported_indicators_take_dated_measurements() {
    let mut api = Api::in_memory().unwrap();
    let detail = api.indicator_detail("2.1.1").unwrap();
    assert_eq!((detail.source, detail.target.clone()), (IndicatorSource::Reported, IndicatorTarget::default()));
    let target = IndicatorTarget {
        baseline_value: Some(2.0),
        baseline_year: Some(2018),
        target_value: Some(9.0),
        target_year: Some(2027),
        unit: "estrategias nacionales".into(),
        periodicity: "anual".into(),
        means_of_verification: "Informes de país".into(),
        source: None,
    };
    api.set_indicator_target("2.1.1", &target).unwrap();
    let m = MeasurementDraft {
        measured_on: date("2018-12-31"),
        country: Some("CR".into()),
        value: 1.0,
        note: String::new(),
    };
    let detail = api.add_measurement("2.1.1", &m, now()).unwrap();
    assert_eq!(detail.target, target);
    assert_eq!((detail.measurements[0].country.as_deref(), detail.measurements[0].value), (Some("CR"), 1.0));
    let regional = MeasurementDraft { country: None, value: 3.0, ..m.clone() };
    api.add_measurement("2.1.1", &regional, now()).unwrap();
    let id = api.indicator_detail("2.1.1").unwrap().measurements[0].id;
    api.attach_measurement_evidence(id, "informe-cr.pdf", b"evidence", now()).unwrap();
    let detail = api.indicator_detail("2.1.1").unwrap();
    assert_eq!(detail.measurements.len(), 2);
    assert_eq!(detail.measurements[0].evidence[0].sha256.len(), 64);

    let refusals = [
        (api.add_measurement("4.3.1", &m, now()).unwrap_err(), "computed_not_measured"),
        (api.add_measurement("9.9.9", &m, now()).unwrap_err(), "no_indicator"),
        (
            api.set_indicator_target("2.1.1", &IndicatorTarget { target_year: Some(2010), ..target.clone() })
                .unwrap_err(),
            "target_before_baseline",
        ),
    ];
    for (e, kind) in refusals {
        assert_eq!(e.kind, kind, "{}", e.message);
    }
}

// ── The country profile and the computed indicators ──

#[test]
fn the_country_profile_counts_meetings_by_kind_agreements_by_status_and_lists_reports() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let today = date("2026-11-28");
    let profile = api.country_profile("CR", None, None, today).unwrap();
    assert_eq!(profile.name, "Costa Rica");
    let m = &profile.meetings;
    assert!(m.held > 0 && m.attended <= m.held, "{m:?}");
    assert_eq!(m.held, m.ordinarias.held + m.extraordinarias.held);
    assert_eq!(m.attended, m.ordinarias.attended + m.extraordinarias.attended);
    let a = profile.agreements;
    assert_eq!(a.total, a.fulfilled + a.in_progress + a.pending + a.overdue + a.without_effect);
    assert!(
        profile.reports.iter().any(|r| r.year == 2018),
        "the demo's 2018 report of Costa Rica: {:?}",
        profile.reports
    );
    let json = serde_json::to_value(&profile).unwrap();
    assert!(json["meetings"].get("held").is_some() && json["meetings"].get("attended").is_some());
    assert!(json.get("agreements").is_some() && json["reports"].is_array());

    let nothing = api.country_profile("CR", Some(date("2000-01-01")), Some(date("2000-12-31")), today).unwrap();
    assert_eq!((nothing.meetings.held, nothing.meetings.rate, nothing.reports.len()), (0, None, 0));
    assert_eq!(api.country_profile("ZZ", None, None, today).unwrap_err().kind, "unknown_country");
}

#[test]
fn participation_per_state_and_kind_adds_up_to_indicator_4_3_2() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo().unwrap();
    let breakdown = api.participation_breakdown(None, None).unwrap();
    let computed = api.computed_indicators(None, None).unwrap();
    let total = computed.iter().find(|i| i.code == "4.3.2").unwrap().value;
    assert_eq!(breakdown.total, total);
    assert_eq!(breakdown.total, breakdown.ordinarias + breakdown.extraordinarias);
    let per_state: u32 = breakdown.by_state.iter().map(|s| s.ordinarias + s.extraordinarias).sum();
    assert_eq!(per_state, total);
}

#[test]
fn activity_2_1_1_1_counts_the_agreements_linked_to_it() {
    let mut api = Api::in_memory().unwrap();
    api.load_demo_directory().unwrap();
    let m = api
        .create_meeting(&MeetingDraft {
            committee: None,
            event_kind: None,
            kind: MeetingKind::Ordinaria,
            number: Some(8),
            starts_on: date("2018-06-10"),
            ends_on: None,
            start_time: None,
            city: "Tegucigalpa".into(),
            country: Some("HN".into()),
            host: Some("HN".into()),
            modality: Modality::Presencial,
            link: String::new(),
        })
        .unwrap()
        .meeting
        .id;
    let today = date("2018-06-10");
    for text in ["Revisar la Estrategia en dos sesiones técnicas", "Aprobar los cambios a la Estrategia"] {
        let a = api
            .add_agreement(
                &AgreementDraft {
                    meeting_id: m,
                    decision_id: None,
                    text: text.into(),
                    responsible: vec!["secretaria-tecnica".into()],
                    due_on: None,
                },
                today,
            )
            .unwrap();
        api.link_agreement(a.id, LinkTarget::Activity, "2.1.1.1", "", today).unwrap();
    }
    let counts = api.activity_agreement_counts(2018, today).unwrap();
    assert_eq!(counts.len(), 1, "{counts:?}");
    assert_eq!((counts[0].code.as_str(), counts[0].agreements), ("2.1.1.1", 2));
}
