//! The store holds the shipped reference data faithfully and changes atomically.

use pleno_domain::directory_model::Office;
use pleno_domain::reference::ReferenceData;
use pleno_domain::CountryCode;
use pleno_store::{appointment_db, country_db, Store, StoreError};

fn loaded() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store.load_reference(&ReferenceData::shipped()).unwrap());
    store
}

#[test]
fn the_plan_read_back_equals_the_plan_shipped() {
    let store = loaded();
    assert_eq!(store.plan().unwrap(), ReferenceData::shipped().plan());
}

#[test]
fn countries_read_back_in_the_shipped_order_with_their_mechanisms() {
    let store = loaded();
    let shipped: Vec<_> = ReferenceData::shipped().countries.into_iter().map(|c| c.country).collect();
    assert_eq!(store.countries().unwrap(), shipped);
}

#[test]
fn loading_the_reference_twice_changes_nothing() {
    let mut store = loaded();
    assert!(!store.load_reference(&ReferenceData::shipped()).unwrap());
    assert_eq!(store.countries().unwrap().len(), 9);
    assert_eq!(store.plan().unwrap().strategic_plan.axes.len(), 4);
}

#[test]
fn a_fresh_archive_gets_the_shipped_membership_dates_and_founding_offices() {
    let store = loaded();
    let data = ReferenceData::shipped();
    for shipped in &data.countries {
        let terms = store.read(|conn| country_db::memberships(conn, &shipped.country.code)).unwrap();
        let starts: Vec<_> = terms.iter().map(|t| (t.starts_on(), t.ends_on())).collect();
        assert_eq!(starts, [(shipped.member_since, None)], "{}", shipped.country.code);
    }
    let mexico = CountryCode::parse("MX").unwrap();
    let members_2011 = store.read(|conn| country_db::members_on(conn, data.countries[0].member_since)).unwrap();
    assert_eq!(members_2011.len(), 7, "seven states at the first meeting");
    assert!(!members_2011.contains(&mexico.to_string()));
    for office in &data.offices {
        let held = store.read(|conn| appointment_db::office_terms(conn, office.office)).unwrap();
        let terms: Vec<_> = held.iter().map(|t| (t.country.clone(), t.starts_on, t.ends_on)).collect();
        assert_eq!(terms, [(office.country.to_string(), office.starts_on, Some(office.ends_on))]);
    }
    assert!(store.read(|conn| appointment_db::office_terms(conn, Office::Presidencia)).unwrap().is_empty());
}

#[test]
fn an_empty_database_has_an_empty_plan_rather_than_an_error() {
    let store = Store::open_in_memory().unwrap();
    let plan = store.plan().unwrap();
    assert!(plan.strategic_plan.axes.is_empty() && plan.operating_plans.is_empty());
}

#[test]
fn a_failed_change_leaves_nothing_half_written() {
    let mut store = loaded();
    let result: Result<(), StoreError> = store.write(|tx| {
        tx.execute("INSERT INTO setting (key, value) VALUES ('idioma', 'en')", [])?;
        // The second statement breaks a constraint: the first must not survive.
        tx.execute("INSERT INTO country (code, name, name_en, position) VALUES ('cr', '', '', 0)", [])?;
        Ok(())
    });
    assert!(result.is_err());
    assert_eq!(store.setting("idioma").unwrap(), None);
}

#[test]
fn settings_are_kept_and_overwritten_by_key() {
    let mut store = loaded();
    store.set_setting("language", "en").unwrap();
    store.set_setting("language", "es").unwrap();
    assert_eq!(store.setting("language").unwrap().as_deref(), Some("es"));
}
