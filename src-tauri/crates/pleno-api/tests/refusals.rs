//! Refusals cross as a stable kind with typed parameters, the code the UI acts
//! on, and the message in Spanish and English: the meetings the app's form
//! refuses (the table in `tests/fixtures/meeting-refusals.json`, shared with the
//! CLI's and the UI's tests), and the refusals of the directory, decisions,
//! agreements and the archive; the texts these modules put in a payload come in
//! both languages too.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_api::agreements::{AgreementDraft, FollowUpDraft};
use pleno_api::archive::ArchiveError;
use pleno_api::decisions::DecisionDraft;
use pleno_api::meetings::MeetingDraft;
use pleno_api::{Api, ApiError, ErrorCode};
use pleno_domain::agreement::LinkTarget;
use pleno_domain::decision::{DecisionMethod, VoteChoice};
use pleno_domain::directory_model::Office;
use pleno_domain::meeting::{MeetingKind, Modality};
use pleno_domain::plan::ComputedIndicator;
use serde::Deserialize;
use serde_json::json;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(hm: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("2026-06-10 {hm}"), "%Y-%m-%d %H:%M").unwrap()
}

/// The demo directory and a meeting in session on 2026-06-10 with nobody marked
/// present; the meeting's id and its "Seguimiento de acuerdos" item.
fn session() -> (Api, i64, i64) {
    let mut api = Api::in_memory().unwrap();
    api.load_demo_directory().unwrap();
    let m = api
        .create_meeting(&MeetingDraft {
            committee: None,
            event_kind: None,
            kind: MeetingKind::Ordinaria,
            number: Some(14),
            starts_on: date("2026-06-10"),
            ends_on: None,
            start_time: None,
            city: "Ciudad de Guatemala".into(),
            country: Some("GT".into()),
            host: Some("GT".into()),
            modality: Modality::Presencial,
            link: String::new(),
        })
        .unwrap()
        .meeting
        .id;
    let agenda = api.insert_standard_agenda(m).unwrap().agenda;
    let item = agenda.iter().find(|i| i.title == "Seguimiento de acuerdos").unwrap().id;
    for _ in 0..2 {
        api.advance_meeting(m, at("08:00")).unwrap(); // convened, then in session
    }
    (api, m, item)
}

/// One row of the shared table of meetings the form refuses (or accepts).
#[derive(Deserialize)]
struct MeetingCase {
    name: String,
    modality: Modality,
    city: String,
    link: String,
    /// The refusal's kind; `None` when the meeting is accepted.
    refused: Option<String>,
}

#[derive(Deserialize)]
struct MeetingTable {
    cases: Vec<MeetingCase>,
}

#[test]
fn the_api_refuses_the_meetings_the_form_refuses_with_the_same_kind() {
    let table: MeetingTable =
        serde_json::from_str(include_str!("../../../../tests/fixtures/meeting-refusals.json")).unwrap();
    let mut api = Api::in_memory().unwrap();
    for (n, case) in table.cases.iter().enumerate() {
        let draft = MeetingDraft {
            committee: None,
            event_kind: None,
            kind: MeetingKind::Ordinaria,
            number: Some(n as u32 + 1),
            starts_on: date("2027-03-01"),
            ends_on: None,
            start_time: None,
            city: case.city.clone(),
            country: None,
            host: None,
            modality: case.modality,
            link: case.link.clone(),
        };
        match (&case.refused, api.create_meeting(&draft)) {
            (None, result) => assert!(result.is_ok(), "{}: refused: {:?}", case.name, result.err()),
            (Some(kind), Ok(_)) => panic!("{}: accepted, but the form refuses it ({kind})", case.name),
            (Some(kind), Err(error)) => {
                assert_eq!((&error.kind, error.code), (kind, ErrorCode::Invalid), "{}", case.name);
                assert!(!error.message.is_empty() && error.message != error.message_en, "{}: {error:?}", case.name);
            }
        }
    }
}

fn agreement_draft(meeting_id: i64, responsible: &[&str]) -> AgreementDraft {
    AgreementDraft {
        meeting_id,
        decision_id: None,
        text: "Elaborar la línea base".into(),
        responsible: responsible.iter().map(|r| r.to_string()).collect(),
        due_on: None,
    }
}

/// What a refusal should carry: its kind, code, parameters and both messages.
struct Expected {
    kind: &'static str,
    code: ErrorCode,
    params: serde_json::Value,
    es: &'static str,
    en: &'static str,
}

fn check(what: &str, error: ApiError, expected: Expected) {
    assert_eq!(error.kind, expected.kind, "{what}: {error:?}");
    assert_eq!(error.code, expected.code, "{what}: {error:?}");
    assert_eq!(error.params, expected.params, "{what}");
    assert_eq!(error.message, expected.es, "{what}");
    assert_eq!(error.message_en, expected.en, "{what}");
}

#[test]
fn a_missing_record_is_refused_as_not_found_in_both_languages_by_each_module() {
    let (api, _, _) = session();
    let today = date("2026-06-10");
    let cases = [
        (
            "an agreement",
            api.agreement(999, today).unwrap_err(),
            Expected {
                kind: "agreement_not_found",
                code: ErrorCode::NotFound,
                params: json!({ "id": 999 }),
                es: "No existe el acuerdo 999",
                en: "There is no agreement 999",
            },
        ),
        (
            "a decision",
            api.decision(999).unwrap_err(),
            Expected {
                kind: "decision_not_found",
                code: ErrorCode::NotFound,
                params: json!({ "id": 999 }),
                es: "No existe la decisión 999",
                en: "There is no decision 999",
            },
        ),
        (
            "a person of the directory",
            api.person(999).unwrap_err(),
            Expected {
                kind: "person_not_found",
                code: ErrorCode::NotFound,
                params: json!({ "id": 999 }),
                es: "No existe la persona con el número 999",
                en: "There is no person number 999",
            },
        ),
    ];
    for (what, error, expected) in cases {
        check(what, error, expected);
    }
}

#[test]
fn a_refused_change_names_its_kind_and_parameters_in_both_languages() {
    let (mut api, m, item) = session();
    let today = date("2026-06-10");
    let consensus = DecisionDraft {
        agenda_item_id: item,
        text: "Aprobar la Estrategia Regional".into(),
        method: DecisionMethod::Consensus,
        threshold: None,
        base: None,
    };
    let cases = [
        (
            "a decision without quorum",
            api.add_decision(m, &consensus, at("10:00")).unwrap_err(),
            Expected {
                kind: "no_quorum",
                code: ErrorCode::Invalid,
                params: json!({ "present": 0, "member_states": 9, "at": "10:00" }),
                es: "No se puede tomar la decisión: Quórum: 0 de 9 Estados — sin quórum (verificado a las 10:00). \
                     Registre la asistencia o espere a que haya quórum.",
                en: "The decision cannot be taken: Quorum: 0 of 9 states — no quorum (checked at 10:00). \
                     Record attendance or wait until there is quorum.",
            },
        ),
        (
            "a responsible party that is none",
            api.add_agreement(&agreement_draft(m, &["ZZ"]), today).unwrap_err(),
            Expected {
                kind: "unknown_responsible",
                code: ErrorCode::Invalid,
                params: json!({ "token": "ZZ" }),
                es: "«ZZ» no es un responsable: use el código de un Estado (CR), presidencia, secretaria-tecnica, \
                     comite:N o persona:N",
                en: "«ZZ» is not a responsible party: use a state's code (CR), presidencia, secretaria-tecnica, \
                     comite:N or persona:N",
            },
        ),
        (
            "an office already held",
            api.assign_office(Office::Presidencia, "MX", date("2026-06-01"), None).unwrap_err(),
            Expected {
                kind: "office_taken",
                code: ErrorCode::Invalid,
                params: json!({
                    "office": "presidencia",
                    "country": { "es": "Panamá", "en": "Panama" },
                    "starts_on": "2026-01-01",
                    "ends_on": "2027-01-01",
                }),
                es: "La Presidencia ya la ejerce Panamá del 1 de enero de 2026 al 1 de enero de 2027",
                en: "The Presidency is already held by Panama from 1 January 2026 to 1 January 2027",
            },
        ),
        (
            "the archive's CSV writer failing",
            ApiError::from(ArchiveError::CsvWrite { why: "disco lleno".into() }),
            Expected {
                kind: "csv_write",
                code: ErrorCode::Invalid,
                params: json!({ "why": "disco lleno" }),
                es: "No se pudo escribir el CSV: disco lleno",
                en: "The CSV could not be written: disco lleno",
            },
        ),
    ];
    for (what, error, expected) in cases {
        check(what, error, expected);
    }
}

#[test]
fn a_plan_code_that_does_not_exist_is_not_found_and_an_early_follow_up_names_both_dates() {
    let (mut api, m, _) = session();
    let today = date("2026-06-10");
    let a = api.add_agreement(&agreement_draft(m, &[]), today).unwrap();
    let error = api.link_agreement(a.id, LinkTarget::Activity, "9.9.9", "", today).unwrap_err();
    assert_eq!((error.kind.as_str(), error.code), ("activity_not_found", ErrorCode::NotFound));
    assert_eq!(error.message_en, "No operating plan has an activity 9.9.9");
    let early = FollowUpDraft { text: "Antes".into(), status: None, meeting_id: None, reported_on: date("2026-01-01") };
    let error = api.add_follow_up(a.id, &early, today).unwrap_err();
    assert_eq!(error.kind, "follow_up_before_adoption");
    assert_eq!(error.params, json!({ "reported_on": "2026-01-01", "adopted_on": "2026-06-10" }));
    assert_eq!(error.message_en, "A follow-up cannot be earlier than the agreement's adoption");
    // A vote on a decision that does not exist: not found, from the decisions' module.
    let error = api.cast_vote(999, "CR", VoteChoice::Yes).unwrap_err();
    assert_eq!(error.code, ErrorCode::NotFound);
}

#[test]
fn responsible_offices_and_states_are_labelled_in_both_languages() {
    let (mut api, m, _) = session();
    let a =
        api.add_agreement(&agreement_draft(m, &["BZ", "presidencia", "st", "comite:1"]), date("2026-06-10")).unwrap();
    let labels: Vec<(&str, &str)> = a.responsible.iter().map(|r| (r.label.as_str(), r.label_en.as_str())).collect();
    assert_eq!(
        labels,
        [
            ("Belice", "Belize"),
            ("Presidencia", "Presidency"),
            ("Secretaría Técnica", "Technical Secretariat"),
            ("Petit Comité", "Petit Comité"),
        ]
    );
}

#[test]
fn the_computed_indicators_explain_themselves_in_both_languages() {
    let (api, _, _) = session();
    let values = api.computed_indicators(Some(date("2026-01-01")), Some(date("2026-12-31"))).unwrap();
    let explained = |which| {
        let v = values.iter().find(|v| v.computed == which).unwrap();
        (v.explanation.clone(), v.explanation_en.clone())
    };
    assert_eq!(
        explained(ComputedIndicator::AcuerdosCumplidos),
        (
            "Acuerdos cuyo seguimiento los declaró cumplidos del 1 de enero de 2026 al 31 de diciembre de 2026.".into(),
            "Agreements whose follow-up declared them fulfilled from 1 January 2026 to 31 December 2026.".into()
        )
    );
    assert_eq!(
        explained(ComputedIndicator::ParticipacionReuniones),
        (
            "Suma, en la única reunión celebrada del 1 de enero de 2026 al 31 de diciembre de 2026, de los Estados \
             miembros con titular o suplente presente."
                .into(),
            "Sum, over the only meeting held from 1 January 2026 to 31 December 2026, of the member states with a \
             principal or alternate present."
                .into()
        )
    );
}
