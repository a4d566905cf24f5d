//! Limits that say no: a text beyond its field's length or a date outside
//! 2000–2100 is refused by the API, naming the field in both languages; the UI's
//! forms take the same numbers from `ui/src/lib/limits.ts`, generated here from
//! `pleno_domain::limits` (run with `UPDATE_BINDINGS=1` to write it again).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pleno_api::agreements::{AgreementDraft, FollowUpDraft};
use pleno_api::directory::{OrganisationDraft, SeatAssignment};
use pleno_api::meetings::MeetingDraft;
use pleno_api::{Api, ApiError, ErrorCode};
use pleno_domain::country::Crime;
use pleno_domain::directory::SeatRole;
use pleno_domain::directory_model::{OrganisationKind, PersonDraft};
use pleno_domain::limits::{Field, LIMITS};
use pleno_domain::meeting::{MeetingKind, Modality};

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn meeting_on(starts_on: &str, city: &str) -> MeetingDraft {
    MeetingDraft {
        committee: None,
        event_kind: None,
        kind: MeetingKind::Ordinaria,
        number: None,
        starts_on: date(starts_on),
        ends_on: None,
        start_time: None,
        city: city.into(),
        country: Some("CR".into()),
        host: None,
        modality: Modality::Presencial,
        link: String::new(),
    }
}

fn person(name: &str) -> PersonDraft {
    PersonDraft { name: name.into(), ..Default::default() }
}

/// The refusal's kind and the field it names.
fn refused(result: Result<impl std::fmt::Debug, ApiError>) -> (String, String, ApiError) {
    let error = result.expect_err("beyond the limit");
    assert_eq!(error.code, ErrorCode::Invalid, "{error:?}");
    let field = error.params["field"].as_str().unwrap_or_default().to_string();
    (error.kind.clone(), field, error)
}

#[test]
fn texts_beyond_their_length_and_dates_outside_2000_to_2100_are_refused_naming_the_field() {
    let mut api = Api::in_memory().unwrap();
    let someone = api.add_person(&person("Ana Pérez")).unwrap();
    let meeting = api.create_meeting(&meeting_on("2026-03-10", "San José")).unwrap().meeting.id;
    let agreement = api
        .add_agreement(
            &AgreementDraft {
                meeting_id: meeting,
                decision_id: None,
                text: "Texto".into(),
                responsible: vec![],
                due_on: None,
            },
            date("2026-03-10"),
        )
        .unwrap()
        .id;
    let long = |n: usize| "a".repeat(n);
    let today = date("2026-03-10");
    let cases: Vec<(&str, &str, Field, Result<(), ApiError>)> = vec![
        ("a 10 000-character name", "too_long", Field::PersonName, api.add_person(&person(&long(10_000))).map(drop)),
        (
            "a meeting on 31 December 9999",
            "date_out_of_range",
            Field::MeetingStart,
            api.create_meeting(&meeting_on("9999-12-31", "San José")).map(drop),
        ),
        (
            "a meeting in 1999",
            "date_out_of_range",
            Field::MeetingStart,
            api.create_meeting(&meeting_on("1999-12-31", "San José")).map(drop),
        ),
        (
            "a city of 201 characters",
            "too_long",
            Field::City,
            api.create_meeting(&meeting_on("2026-05-10", &long(201))).map(drop),
        ),
        (
            "an agreement of 20 001 characters",
            "too_long",
            Field::AgreementText,
            api.add_agreement(
                &AgreementDraft {
                    meeting_id: meeting,
                    decision_id: None,
                    text: long(20_001),
                    responsible: vec![],
                    due_on: None,
                },
                today,
            )
            .map(drop),
        ),
        (
            "an agreement due in 2101",
            "date_out_of_range",
            Field::DueDate,
            api.add_agreement(
                &AgreementDraft {
                    meeting_id: meeting,
                    decision_id: None,
                    text: "x".into(),
                    responsible: vec![],
                    due_on: Some(date("2101-01-01")),
                },
                today,
            )
            .map(drop),
        ),
        (
            "a follow-up reported in 1990",
            "date_out_of_range",
            Field::FollowUpDate,
            api.add_follow_up(
                agreement,
                &FollowUpDraft { text: "x".into(), status: None, meeting_id: None, reported_on: date("1990-01-01") },
                today,
            )
            .map(drop),
        ),
        (
            "a seat until 2200",
            "date_out_of_range",
            Field::TermEnd,
            api.assign_seat(&SeatAssignment {
                person_id: someone.id,
                country: "CR".into(),
                mandate: Crime::Tdp,
                role: SeatRole::Titular,
                starts_on: date("2024-01-01"),
                ends_on: Some(date("2200-01-01")),
            })
            .map(drop),
        ),
        (
            "an organisation's name of 501 characters",
            "too_long",
            Field::OrganisationName,
            api.add_organisation(&OrganisationDraft {
                name: long(501),
                acronym: String::new(),
                kind: OrganisationKind::International,
                starts_on: None,
            })
            .map(drop),
        ),
    ];
    for (what, kind, field, result) in cases {
        let (got_kind, got_field, error) = refused(result);
        assert_eq!(got_kind, kind, "{what}");
        assert_eq!(got_field, serde_json::to_value(field).unwrap().as_str().unwrap(), "{what}");
        assert!(
            error.message.starts_with(&pleno_domain::text::capitalise(field.label(pleno_domain::Language::Es))),
            "{what}: {}",
            error.message
        );
        assert!(
            error.message_en.starts_with(&pleno_domain::text::capitalise(field.label(pleno_domain::Language::En))),
            "{what}: {}",
            error.message_en
        );
    }
}

#[test]
fn values_at_the_limits_are_accepted_and_the_founding_date_is_inside() {
    let mut api = Api::in_memory().unwrap();
    api.add_person(&person(&"ñ".repeat(LIMITS.name))).unwrap();
    api.create_meeting(&meeting_on("2011-09-16", "Managua")).unwrap();
    api.create_meeting(&meeting_on("2100-12-31", "San José")).unwrap();
}

fn limits_ts() -> String {
    let fields: Vec<String> = Field::ALL
        .iter()
        .filter_map(|f| {
            let name = serde_json::to_value(f).unwrap();
            f.max_chars().map(|max| format!("    {}: {max},", name.as_str().unwrap()))
        })
        .collect();
    format!(
        "// Generated from pleno_domain::limits by `cargo test -p pleno-api --test limits`\n\
         // (UPDATE_BINDINGS=1 writes it again). The API refuses beyond these; the forms\n\
         // take them as maxlength/min/max so a person meets the limit while typing.\n\
         export const LIMITS = {{\n  name: {},\n  title: {},\n  longText: {},\n  earliestDate: '{}',\n  latestDate: '{}',\n  fields: {{\n{}\n  }},\n}} as const;\n",
        LIMITS.name,
        LIMITS.title,
        LIMITS.long_text,
        LIMITS.earliest,
        LIMITS.latest,
        fields.join("\n")
    )
}

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/limits.ts")
}

#[test]
fn the_uis_limits_are_the_apis() {
    let fresh = limits_ts();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(committed(), &fresh).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(committed()).unwrap_or_default();
    assert_eq!(
        on_disk, fresh,
        "ui/src/lib/limits.ts is stale: run UPDATE_BINDINGS=1 cargo test -p pleno-api --test limits"
    );
}
