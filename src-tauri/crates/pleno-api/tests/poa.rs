//! POAs for every year through the API: created empty or copied, edited while
//! borrador, approved by a decision, amended only with a decision, every change
//! kept in the history; the JSON export; the POA 2018 from the seed.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::{filled_sheet, Typed};
use pleno_api::decisions::DecisionDraft;
use pleno_api::meetings::MeetingDraft;
use pleno_api::monitoring_xlsx::ImportMode;
use pleno_api::poa::{ObjectiveDraft, PoaEdit};
use pleno_api::{Api, ErrorCode};
use pleno_domain::decision::DecisionMethod;
use pleno_domain::meeting::{AttendanceStatus, MeetingKind, MeetingRole, Modality};
use pleno_domain::plan::Percent;
use pleno_domain::poa::{
    ActivityDraft, ActivityField, ActivityPatch, PoaChangeKind, PoaStatus, ResponsibleParty, Weight,
};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn edit(when: &str, decision_id: Option<i64>) -> PoaEdit {
    PoaEdit { by: "Secretaría Técnica".into(), at: at(when), decision_id }
}

/// An archive with the demo directory and a meeting in session with every
/// titular present, and a decision taken by consensus in it.
fn with_decision() -> (Api, i64) {
    let mut api = Api::in_memory().unwrap();
    api.load_demo_directory().unwrap();
    let m = api
        .create_meeting(&MeetingDraft {
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
        })
        .unwrap()
        .meeting
        .id;
    let item = api.insert_standard_agenda(m).unwrap().agenda.last().unwrap().id;
    for _ in 0..2 {
        api.advance_meeting(m, at("2026-06-10 08:00")).unwrap();
    }
    for a in api.attendance(m).unwrap().iter().filter(|a| a.role == MeetingRole::Titular) {
        api.mark_attendance(m, a.person_id, AttendanceStatus::Presente, at("2026-06-10 09:00"), None).unwrap();
    }
    let decision = api
        .add_decision(
            m,
            &DecisionDraft {
                agenda_item_id: item,
                text: "Aprobar el Plan Operativo Anual 2019".into(),
                method: DecisionMethod::Consensus,
                threshold: None,
                base: None,
            },
            at("2026-06-10 11:00"),
        )
        .unwrap();
    (api, decision.id)
}

fn new_activity() -> ActivityDraft {
    ActivityDraft {
        objective: "2.1.1".into(),
        code: "2.1.1.2".into(),
        title: "Taller regional de validación de la Estrategia".into(),
        target: "Estrategia validada por los países miembros".into(),
        indicator: "Memoria del taller".into(),
        parties: vec![
            ResponsibleParty::SecretariaTecnica,
            ResponsibleParty::NationalMechanism { country: "GT".into() },
        ],
        semester_1: None,
        semester_2: Some(Percent::new(100).unwrap()),
        weight: Some(Weight::new(2).unwrap()),
    }
}

#[test]
fn the_seed_poa_2018_is_approved_and_keeps_its_wording_with_typed_parties() {
    let api = Api::in_memory().unwrap();
    let poa = api.operating_plan(2018).unwrap();
    assert_eq!(poa.status, PoaStatus::Aprobado);
    let a = poa.activities().find(|a| a.code == "2.1.3.2").unwrap();
    assert_eq!(
        a.responsible,
        "Comisiones, Comités, Consejos y Coaliciones Nacionales, ST y Presidencia de la Coalición"
    );
    assert_eq!(
        a.parties,
        [ResponsibleParty::NationalMechanisms, ResponsibleParty::SecretariaTecnica, ResponsibleParty::Presidencia]
    );
    assert!(poa.activities().all(|a| a.weight == Weight::EQUAL), "weights are equal by default");
}

#[test]
fn a_poa_copied_from_2018_is_a_borrador_with_the_same_structure() {
    let mut api = Api::in_memory().unwrap();
    let copy = api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let seed = api.operating_plan(2018).unwrap();
    assert_eq!(copy.status, PoaStatus::Borrador);
    assert_eq!(copy.title, "Plan Operativo Anual 2019");
    assert_eq!(copy.objectives, seed.objectives, "objectives, activities, parties and weights are copied");
    let empty = api.create_operating_plan(2020, None, &edit("2018-11-01 10:00", None)).unwrap();
    assert!(empty.objectives.is_empty());
    let history = api.poa_history(2019).unwrap();
    assert_eq!((history[0].kind, history[0].code.as_deref()), (PoaChangeKind::Copied, Some("2018")));
}

#[test]
fn years_outside_the_plan_and_repeated_years_are_refused() {
    let mut api = Api::in_memory().unwrap();
    let cases = [(2018, "ya existe el POA 2018"), (2028, "fuera del Plan Estratégico 2018-2027"), (2017, "fuera")];
    for (year, words) in cases {
        let e = api.create_operating_plan(year, None, &edit("2018-11-01 10:00", None)).unwrap_err();
        assert!(e.message.to_lowercase().contains(&words.to_lowercase()), "{year}: {}", e.message);
        assert!(!e.message_en.is_empty() && e.message_en != e.message, "an English wording too");
    }
    let e = api.create_operating_plan(2019, Some(2015), &edit("2018-11-01 10:00", None)).unwrap_err();
    assert_eq!((e.code, e.kind.as_str()), (ErrorCode::NotFound, "no_plan"));
}

#[test]
fn a_borrador_is_edited_freely_and_every_change_is_in_the_history() {
    let mut api = Api::in_memory().unwrap();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let added = api.add_activity(2019, &new_activity(), &edit("2018-11-02 10:00", None)).unwrap();
    assert_eq!(added.responsible, "Secretaría Técnica y Mecanismo nacional (GT)");
    let patch = ActivityPatch { target: Some("Estrategia validada".into()), ..Default::default() };
    api.edit_activity(2019, "2.1.1.2", &patch, &edit("2018-11-03 10:00", None)).unwrap();
    api.remove_activity(2019, "1.2.2", &edit("2018-11-04 10:00", None)).unwrap();
    api.add_operational_objective(
        2019,
        &ObjectiveDraft { code: "4.1.4".into(), title: "Rendir cuentas".into(), strategic_objective: "4.1".into() },
        &edit("2018-11-05 10:00", None),
    )
    .unwrap();
    let history = api.poa_history(2019).unwrap();
    let kinds: Vec<_> = history.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            PoaChangeKind::Copied,
            PoaChangeKind::ActivityAdded,
            PoaChangeKind::ActivityEdited,
            PoaChangeKind::ActivityRemoved,
            PoaChangeKind::ObjectiveAdded
        ]
    );
    let edited = &history[2];
    assert_eq!(edited.fields, [ActivityField::Target]);
    assert_eq!(edited.before.as_ref().unwrap().target, "Estrategia validada por los países miembros");
    assert_eq!(edited.after.as_ref().unwrap().target, "Estrategia validada");
    assert_eq!((edited.by.as_str(), edited.at), ("Secretaría Técnica", at("2018-11-03 10:00")));
    assert_eq!(history[3].before.as_ref().unwrap().code, "1.2.2", "a removed activity stays readable in the history");
    let poa = api.operating_plan(2019).unwrap();
    assert!(poa.activities().all(|a| a.code != "1.2.2"));
    assert_eq!(poa.objectives.last().unwrap().axis, "4");
}

#[test]
fn an_approved_poa_is_amended_only_with_a_decision_and_the_amendment_cites_it() {
    let (mut api, decision) = with_decision();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let approved = api.approve_operating_plan(2019, decision, "Secretaría Técnica", at("2026-06-10 11:05")).unwrap();
    assert_eq!((approved.status, approved.approved_by_decision), (PoaStatus::Aprobado, Some(decision)));

    let patch = ActivityPatch { semester_1: Some(Percent::new(80).unwrap()), ..Default::default() };
    let refused = api.edit_activity(2019, "1.1.1", &patch, &edit("2019-02-01 10:00", None)).unwrap_err();
    assert_eq!(refused.kind, "amendment_needs_decision");
    assert!(refused.message.contains("enmienda"), "{}", refused.message);
    assert!(refused.message_en.contains("amendment"), "{}", refused.message_en);
    let refused = api.add_activity(2019, &new_activity(), &edit("2019-02-01 10:00", None)).unwrap_err();
    assert_eq!(refused.kind, "amendment_needs_decision");
    let unknown = api.edit_activity(2019, "1.1.1", &patch, &edit("2019-02-01 10:00", Some(999))).unwrap_err();
    assert_eq!(unknown.kind, "no_decision");

    let amended = api.edit_activity(2019, "1.1.1", &patch, &edit("2019-02-01 10:00", Some(decision))).unwrap();
    assert_eq!(amended.semester_1, Some(Percent::new(80).unwrap()));
    let history = api.poa_history(2019).unwrap();
    let last = history.last().unwrap();
    assert_eq!(
        (last.kind, last.decision_id, last.fields.clone()),
        (PoaChangeKind::ActivityEdited, Some(decision), vec![ActivityField::Semester1])
    );
    assert!(history.iter().any(|c| c.kind == PoaChangeKind::Approved && c.decision_id == Some(decision)));
    let again = api.approve_operating_plan(2019, decision, "ST", at("2019-03-01 10:00")).unwrap_err();
    assert_eq!(again.kind, "already_approved");
}

#[test]
fn an_activity_with_agreements_or_reports_cannot_be_removed() {
    let (mut api, _) = with_decision();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let report = pleno_api::monitoring::ReportDraft {
        year: 2019,
        semester: pleno_domain::monitoring::Semester::FIRST,
        country: Some("CR".into()),
        reported_on: date("2019-06-30"),
        entries: vec![pleno_domain::monitoring::ReportEntry {
            activity: "1.1.1".into(),
            progress: Percent::new(40).unwrap(),
            status: pleno_domain::monitoring::GoalStatus::EnProceso,
            justification: String::new(),
        }],
    };
    api.add_monitoring_report(&report, at("2019-07-01 09:00")).unwrap();
    let e = api.remove_activity(2019, "1.1.1", &edit("2019-07-02 10:00", None)).unwrap_err();
    assert_eq!(e.kind, "activity_in_use");
}

#[test]
fn bad_activities_are_refused_with_their_reason() {
    let mut api = Api::in_memory().unwrap();
    api.create_operating_plan(2019, None, &edit("2018-11-01 10:00", None)).unwrap();
    let e = api.add_activity(2019, &new_activity(), &edit("2018-11-02 10:00", None)).unwrap_err();
    assert_eq!((e.code, e.kind.as_str()), (ErrorCode::NotFound, "no_objective"));
    api.add_operational_objective(
        2019,
        &ObjectiveDraft {
            code: "2.1.1".into(),
            title: "Actualizar la Estrategia".into(),
            strategic_objective: "2.1".into(),
        },
        &edit("2018-11-02 10:00", None),
    )
    .unwrap();
    let cases = [
        (ActivityDraft { code: "3.1.1.1".into(), ..new_activity() }, "code_outside_objective"),
        (ActivityDraft { title: " ".into(), ..new_activity() }, "title_required"),
        (ActivityDraft { parties: vec![], ..new_activity() }, "responsible_required"),
    ];
    for (draft, kind) in cases {
        let e = api.add_activity(2019, &draft, &edit("2018-11-02 10:00", None)).unwrap_err();
        assert_eq!(e.kind, kind, "{}", e.message);
    }
    api.add_activity(2019, &new_activity(), &edit("2018-11-02 10:00", None)).unwrap();
    let e = api.add_activity(2019, &new_activity(), &edit("2018-11-02 10:00", None)).unwrap_err();
    assert_eq!(e.kind, "activity_exists");
}

#[test]
fn the_json_export_nests_activities_under_their_objectives() {
    let api = Api::in_memory().unwrap();
    let json: serde_json::Value = serde_json::from_str(&api.export_poa_json(2018).unwrap()).unwrap();
    assert_eq!(json["year"], 2018);
    assert_eq!(json["status"], "aprobado");
    let objective = &json["objectives"][0];
    assert_eq!(objective["code"], "1.1");
    assert_eq!(objective["activities"][0]["code"], "1.1.1");
    assert_eq!(objective["activities"][0]["weight"], 1);
    assert_eq!(objective["activities"][0]["parties"][0]["kind"], "coalicion_regional");
}

// ── The POA as XLSX ──

#[test]
fn a_poa_exported_as_xlsx_and_imported_unchanged_changes_nothing() {
    let mut api = Api::in_memory().unwrap();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let book = api.export_poa_xlsx(2019).unwrap();
    let import = api.import_poa_xlsx(2019, &book, ImportMode::Write, &edit("2018-11-02 10:00", None)).unwrap();
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert_eq!((import.added.len(), import.edited.len(), import.removed.len()), (0, 0, 0), "{import:?}");
    assert_eq!(api.operating_plan(2019).unwrap().objectives, api.operating_plan(2018).unwrap().objectives);
}

#[test]
fn an_edited_poa_workbook_adds_changes_and_removes_with_history_after_a_dry_run() {
    let mut api = Api::in_memory().unwrap();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let book = api.export_poa_xlsx(2019).unwrap();
    // Row 4 is 1.1.1: a new meta and II semestre; row 5 (1.1.2) is emptied, so
    // removed; row 23 gains a new activity under a new objective.
    let blank = |cell: &'static str| (cell, Typed::Text(""));
    let mut typed = vec![("E4", Typed::Text("Comité conformado")), ("I4", Typed::Number(20.0))];
    typed.extend(["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5", "I5", "J5", "K5", "L5"].map(blank));
    typed.extend([
        ("A23", Typed::Text("4.1.4")),
        ("B23", Typed::Text("Rendir cuentas de la gestión")),
        ("C23", Typed::Text("4.1.4.1")),
        ("D23", Typed::Text("Informe de rendición de cuentas 2018-2019")),
        ("H23", Typed::Number(0.0)),
        ("I23", Typed::Number(100.0)),
        ("J23", Typed::Number(3.0)),
        ("K23", Typed::Text("4.1")),
        ("L23", Typed::Text("st; presidencia")),
    ]);
    let edited = filled_sheet(&book, "POA", &typed);
    let preview = api.import_poa_xlsx(2019, &edited, ImportMode::DryRun, &edit("2018-11-02 10:00", None)).unwrap();
    assert_eq!(
        (preview.edited.clone(), preview.removed.clone(), preview.added.clone()),
        (vec!["1.1.1".to_string()], vec!["1.1.2".to_string()], vec!["4.1.4.1".to_string()])
    );
    assert!(!preview.written);
    assert_eq!(api.poa_history(2019).unwrap().len(), 1, "a dry run changes nothing");

    let import = api.import_poa_xlsx(2019, &edited, ImportMode::Write, &edit("2018-11-02 10:00", None)).unwrap();
    assert!(import.written);
    assert_eq!(import.objectives_added, ["4.1.4"]);
    let poa = api.operating_plan(2019).unwrap();
    let a = poa.activities().find(|a| a.code == "1.1.1").unwrap();
    assert_eq!((a.target.as_str(), a.semester_2), ("Comité conformado", Some(Percent::new(20).unwrap())));
    assert_eq!(a.responsible, "Coalición Regional", "unchanged parties keep the seed's wording");
    let new = poa.activities().find(|a| a.code == "4.1.4.1").unwrap();
    assert_eq!(
        (new.weight, new.parties.clone()),
        (Weight::new(3).unwrap(), vec![ResponsibleParty::SecretariaTecnica, ResponsibleParty::Presidencia])
    );
    let kinds: Vec<_> = api.poa_history(2019).unwrap().iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            PoaChangeKind::Copied,
            PoaChangeKind::ActivityEdited,
            PoaChangeKind::ObjectiveAdded,
            PoaChangeKind::ActivityAdded,
            PoaChangeKind::ActivityRemoved
        ]
    );
}

#[test]
fn bad_cells_of_a_poa_workbook_are_named_and_nothing_changes() {
    let mut api = Api::in_memory().unwrap();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    let book = api.export_poa_xlsx(2019).unwrap();
    let edited = filled_sheet(
        &book,
        "POA",
        &[
            ("H4", Typed::Number(150.0)),
            ("J5", Typed::Number(0.0)),
            ("L6", Typed::Text("st; alcaldía")),
            ("C7", Typed::Text("9.9.9")),
        ],
    );
    let import = api.import_poa_xlsx(2019, &edited, ImportMode::Write, &edit("2018-11-02 10:00", None)).unwrap();
    let cells: Vec<&str> = import.problems.iter().map(|p| p.cell.as_str()).collect();
    assert_eq!(cells, ["H4", "J5", "L6", "C7"], "{:?}", import.problems);
    assert_eq!(import.problems[0].message.es, "Hoja POA, celda H4: «150» no es un porcentaje entre 0 y 100");
    assert!(
        import.problems[3].message.es.contains("no corresponde al objetivo operativo 1.2"),
        "{:?}",
        import.problems[3]
    );
    assert!(!import.written);
    assert_eq!(api.poa_history(2019).unwrap().len(), 1);
}

#[test]
fn an_approved_poa_is_imported_only_as_an_amendment_citing_a_decision() {
    let (mut api, decision) = with_decision();
    api.create_operating_plan(2019, Some(2018), &edit("2018-11-01 10:00", None)).unwrap();
    api.approve_operating_plan(2019, decision, "ST", at("2026-06-10 11:05")).unwrap();
    let book = filled_sheet(&api.export_poa_xlsx(2019).unwrap(), "POA", &[("E4", Typed::Text("Comité conformado"))]);
    let e = api.import_poa_xlsx(2019, &book, ImportMode::Write, &edit("2026-06-11 10:00", None)).unwrap_err();
    assert_eq!(e.kind, "amendment_needs_decision");
    let import =
        api.import_poa_xlsx(2019, &book, ImportMode::Write, &edit("2026-06-11 10:00", Some(decision))).unwrap();
    assert_eq!(import.edited, ["1.1.1"]);
    assert_eq!(api.poa_history(2019).unwrap().last().unwrap().decision_id, Some(decision));
}
