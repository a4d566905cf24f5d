//! Minutes through the API on the demo archive: drafted from the record, notes
//! kept across regenerations, approval at a later meeting, the lock, the hash
//! chain and errata.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use expect_test::expect_file;
use pleno_api::Api;
use pleno_domain::meeting::AgendaItemKind;
use pleno_domain::meeting_model::QuorumReason;
use pleno_domain::minutes::{chained_hash, render_text, render_text_in, MinutesStatus};
use pleno_domain::Language;

const XIII: i64 = 1;
const XIV: i64 = 2;
const XV: i64 = 3;

fn at(date: &str, hm: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("{date} {hm}"), "%Y-%m-%d %H:%M").unwrap()
}

fn demo_file() -> (tempfile::TempDir, PathBuf, Api) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pleno.db");
    let (mut api, _) = Api::init(&path).unwrap();
    api.load_demo().unwrap();
    (dir, path, api)
}

fn item(api: &Api, meeting: i64, kind: AgendaItemKind) -> i64 {
    api.meeting(meeting).unwrap().agenda.iter().find(|i| i.kind == kind).unwrap().id
}

#[test]
fn the_draft_says_what_the_record_holds() {
    let (_dir, _path, api) = demo_file();
    let minutes = api.minutes(XIII).unwrap();
    expect_file!["snapshots/acta-xiii.txt"].assert_eq(&render_text(&minutes.content));
}

#[test]
fn the_secretariats_notes_survive_regenerating_the_draft() {
    let (_dir, _path, mut api) = demo_file();
    assert!(!api.minutes(XIV).unwrap().changed_since_circulated, "as circulated");
    let follow_up = item(&api, XIV, AgendaItemKind::FollowUp);
    api.set_minutes_note(XIV, follow_up, "Relación revisada por la Secretaría.").unwrap();
    let before = api.draft_minutes(XIV).unwrap();
    assert!(before.changed_since_circulated, "a new narrative makes a new version due");
    // The record changes: the ST reopens nothing, but a verification is recorded.
    let checks_before = before.content.quorum.len();
    api.check_quorum(XIV, at("2026-06-10", "16:55"), QuorumReason::Solicitud).unwrap();
    let after = api.draft_minutes(XIV).unwrap();
    assert_eq!(after.content.quorum.len(), checks_before + 1, "the draft follows the record");
    let notes = &after.content.items.iter().find(|i| i.title == "Seguimiento de acuerdos").unwrap().notes;
    assert_eq!(notes, "Relación revisada por la Secretaría.", "and keeps the narrative");
}

#[test]
fn approval_needs_circulation_a_later_meeting_its_item_and_quorum() {
    let (_dir, _path, mut api) = demo_file();
    let now = at("2026-12-10", "09:30");
    // XIV is circulated; XIII is approved already.
    assert!(api.approve_minutes(XIII, XV, None, now).unwrap_err().message.contains("ya está aprobada"));
    assert!(api.approve_minutes(XIV, XIII, None, now).unwrap_err().message.contains("reunión posterior"));
    // XV has no quorum yet (nobody arrived): the consensus decision is refused.
    let error = api.approve_minutes(XIV, XV, None, now).unwrap_err();
    assert!(error.message.contains("sin quórum"), "{}", error.message);
    assert_eq!(api.minutes(XIV).unwrap().status, MinutesStatus::Circulada);
}

#[test]
fn approved_minutes_refuse_changes_through_the_api_and_raw_sql() {
    let (_dir, path, mut api) = demo_file();
    let view = api.minutes(XIII).unwrap();
    assert_eq!((view.status, view.version), (MinutesStatus::Aprobada, 1));
    assert_eq!(view.approved_by.as_deref(), Some("XIV Reunión Ordinaria"));
    assert_eq!(view.hash.as_ref().unwrap().len(), 64);

    let follow_up = item(&api, XIII, AgendaItemKind::FollowUp);
    assert!(api.set_minutes_note(XIII, follow_up, "x").unwrap_err().message.contains("está aprobada"));
    assert!(api.check_quorum(XIII, at("2025-11-20", "17:00"), QuorumReason::Solicitud).is_err());
    drop(api);

    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE vote SET choice = 'no' WHERE decision_id = 2",
        "DELETE FROM attendance_stay WHERE attendance_id IN (SELECT id FROM attendance WHERE meeting_id = 1)",
        "UPDATE agreement SET text = 'Otro texto' WHERE meeting_id = 1",
        "UPDATE minutes SET content = '{}' WHERE meeting_id = 1",
        "INSERT INTO quorum_check (meeting_id, checked_at, reason, rule, member_states, present_states, required, quorate) VALUES (1, '2025-11-20T18:00:00', 'solicitud', 'x', 9, '', 5, 0)",
        "UPDATE meeting SET city = 'Otra' WHERE id = 1",
    ] {
        let error = conn.execute(sql, []).expect_err(sql).to_string();
        assert!(error.contains("acta_aprobada"), "{sql}: {error}");
    }
    // Agreements keep receiving follow-ups; their status may change.
    conn.execute(
        "INSERT INTO agreement_follow_up (agreement_id, reported_on, text, new_status) VALUES (2, '2026-12-01', 'Avance', 'en_curso')",
        [],
    )
    .unwrap();
    conn.execute("UPDATE agreement SET status = 'en_curso' WHERE id = 2", []).unwrap();
}

fn patch_all(path: &Path, from: &str, to: &str) -> usize {
    assert_eq!(from.len(), to.len(), "a patch keeps the length");
    let mut bytes = std::fs::read(path).unwrap();
    let mut count = 0;
    let mut i = 0;
    while let Some(pos) = bytes[i..].windows(from.len()).position(|w| w == from.as_bytes()) {
        bytes[i + pos..i + pos + from.len()].copy_from_slice(to.as_bytes());
        count += 1;
        i += pos + from.len();
    }
    std::fs::write(path, bytes).unwrap();
    count
}

#[test]
fn verify_names_the_minutes_whose_bytes_were_edited_by_hand() {
    let (_dir, path, api) = demo_file();
    assert!(api.verify_minutes().unwrap().ok);
    drop(api);
    // Only the frozen acta (typed, format 2) holds Panamá's reservation as JSON
    // text, "Sujeto a la confirmación de su Cancillería"; change one letter of it
    // in the file itself.
    let edited = patch_all(&path, "\"text\":\"Sujeto a la", "\"text\":\"sujeto a la");
    assert!(edited >= 1, "the acta text is in the file");
    let api = Api::open(&path).unwrap();
    let report = api.verify_minutes().unwrap();
    assert!(!report.ok);
    assert_eq!(report.first_mismatch.as_deref(), Some("XIII Reunión Ordinaria"));
}

#[test]
fn errata_are_recorded_approved_later_and_shown_with_the_minutes() {
    let (_dir, _path, mut api) = demo_file();
    let error = api.add_erratum(XIV, "x", NaiveDate::from_ymd_opt(2026, 7, 2).unwrap()).unwrap_err();
    assert!(error.message.contains("acta aprobada"), "XIV's minutes are only circulated");
    let view = api
        .add_erratum(
            XIII,
            "Donde dice «siete Estados», debe decir «siete Estados miembros».",
            NaiveDate::from_ymd_opt(2026, 6, 20).unwrap(),
        )
        .unwrap();
    let erratum = view.errata[0].id;
    assert!(view.errata[0].approved_by.is_none());
    let view = api.approve_erratum(erratum, XV, at("2026-12-10", "10:00")).unwrap();
    assert_eq!(view.errata[0].approved_by.as_deref(), Some("XV Reunión Ordinaria"));
    assert!(api.verify_minutes().unwrap().ok, "errata sit beside the acta, outside its hash");
}

/// Rewrites the approved acta of `meeting` in the file as the previous release
/// stored it (format 1: the worded Spanish content, hashed as is), then re-chains
/// every approval after it, as that release would have. The lock on approved
/// minutes is lifted for the rewrite and put back as the schema has it.
fn store_as_format_one(path: &Path, meeting: i64, worded: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let trigger: String = conn
        .query_row("SELECT sql FROM sqlite_master WHERE name = 'minutes_approved_frozen'", [], |r| r.get(0))
        .unwrap();
    conn.execute_batch("DROP TRIGGER minutes_approved_frozen").unwrap();
    conn.execute("UPDATE minutes SET content = ?1 WHERE meeting_id = ?2", rusqlite::params![worded, meeting]).unwrap();
    let chain: Vec<(i64, String)> = conn
        .prepare("SELECT meeting_id, content FROM minutes WHERE status = 'aprobada' ORDER BY approved_at, meeting_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut previous: Option<String> = None;
    for (id, content) in chain {
        let hash = chained_hash(previous.as_deref(), &content);
        conn.execute(
            "UPDATE minutes SET previous_hash = ?1, hash = ?2 WHERE meeting_id = ?3",
            rusqlite::params![previous, hash, id],
        )
        .unwrap();
        previous = Some(hash);
    }
    conn.execute_batch(&trigger).unwrap();
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acta.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new("pdftotext").arg(&file).arg("-").output().unwrap();
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn an_acta_approved_in_the_old_format_still_verifies_and_prints() {
    let (_dir, path, api) = demo_file();
    // The previous release worded the tally without "votos"; its stored JSON is
    // the worded content in that form.
    let old = api.minutes(XIII).unwrap().content.canonical().replace("votos a favor", "a favor");
    assert!(old.contains("6 a favor, 0 en contra, 1 abstención"), "the XIII acta has a vote");
    drop(api);
    store_as_format_one(&path, XIII, &old);

    let api = Api::open(&path).unwrap();
    let report = api.verify_minutes().unwrap();
    assert!(report.ok, "format 1 is verified over its stored bytes: {report:?}");
    assert!(report.minutes.iter().all(|m| m.intact));
    let view = api.minutes(XIII).unwrap();
    assert_eq!(view.content.canonical(), old, "read back exactly as approved");
    assert!(view.record.is_none(), "an old acta has no typed record");
    assert_eq!(view.content_en, view.content, "and reads as approved, in Spanish, in English too");

    let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let english = pdf_text(&api.pdf_minutes(XIII, today, Language::En).unwrap());
    assert!(english.contains("6 a favor, 0 en contra, 1 abstención"), "the approved words: {english}");
    assert!(english.contains("ATTENDANCE") && english.contains("Page 1 of"), "under English labels");
    let spanish = pdf_text(&api.pdf_minutes(XIII, today, Language::Es).unwrap());
    assert!(spanish.contains("ASISTENCIA") && spanish.contains("Página 1 de"));
}

#[test]
fn new_approvals_store_the_typed_record_and_word_it_in_either_language() {
    let (_dir, path, api) = demo_file();
    let view = api.minutes(XIII).unwrap();
    assert!(view.record.is_some(), "the demo approves in format 2");
    drop(api);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let stored: String =
        conn.query_row("SELECT content FROM minutes WHERE meeting_id = ?1", [XIII], |r| r.get(0)).unwrap();
    assert!(stored.starts_with("{\"format\":2,"), "the stored acta says its format first");
    let english = render_text_in(Language::En, &view.content_en);
    assert!(english.starts_with("MINUTES OF THE XIII ORDINARY MEETING"), "{english}");
    assert!(english.contains("Count: 6 votes in favour, 0 against, 1 abstention."), "{english}");
    assert!(english.contains("at the opening of the session"), "{english}");
}
