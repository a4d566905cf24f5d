//! The first run: an empty archive is set up from one draft, and the demo lives in
//! a file of its own.

use chrono::NaiveDate;
use pleno_api::setup::{OfficeChoice, SetupDraft, DEMO_FILE_NAME};
use pleno_api::{Api, Language};
use pleno_domain::directory_model::Office;
use pleno_domain::quorum::QuorumRule;

const HEADER: &str = "persona,nombre,tratamiento,cargo,institucion,idiomas,correos,telefonos,mensajeria,direcciones,nombramiento,pais,mandato,organizacion,tipo_organizacion,desde,hasta";
const ANA: &str = "1,Ana Pérez Núñez,Licda.,Directora,CONATT,español,ana@conatt.example,+506 2222 3333,,,titular,CR,tdp,,,2024-03-01,";

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn draft() -> SetupDraft {
    SetupDraft {
        language: Language::En,
        presidency: Some(OfficeChoice { country: "pa".into(), starts_on: date("2026-01-01") }),
        secretariat: Some(OfficeChoice { country: "CR".into(), starts_on: date("2025-07-01") }),
        quorum_rule: QuorumRule::TwoThirds,
        agreement_numbering: "{año}-{n}".into(),
        directory_csv: None,
    }
}

#[test]
fn an_empty_archive_needs_the_setup_and_after_it_holds_the_offices_and_rules_chosen() {
    let mut api = Api::in_memory().unwrap();
    assert!(api.setup_status().unwrap().needed, "nothing recorded yet");
    let report = api.setup(&draft()).unwrap();
    assert_eq!(report.settings.language, Language::En);
    assert_eq!(report.settings.quorum_rule, QuorumRule::TwoThirds);
    assert_eq!(report.settings.agreement_numbering.to_string(), "{año}-{n}");
    let presidency = api.office_terms(Office::Presidencia).unwrap();
    assert_eq!((presidency[0].country.as_str(), presidency[0].starts_on), ("PA", date("2026-01-01")));
    let secretariat = api.office_terms(Office::SecretariaTecnica).unwrap();
    assert_eq!(secretariat[0].country, "CR");
    assert!(!api.setup_status().unwrap().needed);
    let again = api.setup(&draft()).unwrap_err();
    assert_eq!(again.kind, "already_set_up", "a second setup is refused; Ajustes changes it");
}

#[test]
fn a_bad_numbering_or_an_unknown_state_is_refused_before_anything_is_written() {
    type Spoil = fn(&mut SetupDraft);
    let cases: [(&str, Spoil); 2] = [
        ("numbering", |d| d.agreement_numbering = "{año}".into()),
        ("country", |d| d.secretariat = Some(OfficeChoice { country: "ZZ".into(), starts_on: date("2025-07-01") })),
    ];
    for (what, spoil) in cases {
        let mut api = Api::in_memory().unwrap();
        let mut bad = draft();
        spoil(&mut bad);
        let error = api.setup(&bad).unwrap_err();
        assert!(!error.message_en.is_empty(), "{what}");
        assert_eq!(api.settings().unwrap().language, Language::Es, "{what}: the settings were not saved");
        assert!(api.setup_status().unwrap().needed, "{what}: the setup can be run again");
        // The setup runs again once the draft is right, even after an office was kept.
        api.setup(&draft()).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(api.office_terms(Office::Presidencia).unwrap().len(), 1, "{what}: one Presidency term");
    }
}

#[test]
fn the_directory_file_is_imported_with_the_setup_or_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("directorio.csv");
    std::fs::write(&good, format!("{HEADER}\n{ANA}\n")).unwrap();
    let bad = dir.path().join("malo.csv");
    std::fs::write(&bad, format!("{HEADER}\n{}\n", ANA.replace(",CR,", ",ZZ,"))).unwrap();

    let mut api = Api::in_memory().unwrap();
    let refused = api.setup(&SetupDraft { directory_csv: Some(bad), ..draft() }).unwrap_err();
    assert_eq!(refused.kind, "directory_rejected");
    assert!(api.office_terms(Office::Presidencia).unwrap().is_empty(), "nothing written");
    let report = api.setup(&SetupDraft { directory_csv: Some(good), ..draft() }).unwrap();
    assert_eq!(report.directory.map(|d| (d.persons, d.written)), Some((1, true)));
    assert_eq!(api.people(None).unwrap().len(), 1);
}

#[test]
fn the_demo_opens_in_a_file_of_its_own_and_the_real_archive_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("pleno.db");
    let (api, _) = Api::init(&real).unwrap();
    drop(api);
    let (demo, path) = Api::open_demo_beside(&real).unwrap();
    assert_eq!(path, dir.path().join(DEMO_FILE_NAME));
    assert!(!demo.people(None).unwrap().is_empty(), "the demo has its delegations");
    drop(demo);
    let real_api = Api::open(&real).unwrap();
    assert!(real_api.people(None).unwrap().is_empty(), "no demo person in the real archive");
    assert!(real_api.setup_status().unwrap().needed);
    let (again, _) = Api::open_demo_beside(&real).unwrap();
    assert_eq!(again.meetings().unwrap().len(), Api::open(&path).unwrap().meetings().unwrap().len());
}
