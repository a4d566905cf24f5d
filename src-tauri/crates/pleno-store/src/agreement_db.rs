//! SQL for the agreement tables (`agreement`, `agreement_responsible`,
//! `agreement_follow_up`, `agreement_link`) and the full-text `search_index`.

use std::collections::HashMap;

use chrono::NaiveDate;
use pleno_domain::agreement::{AgreementStatus, FollowUp, LinkTarget, PlanLink, Responsible, ResponsibleKind};
use pleno_domain::meeting::{meeting_title, MeetingKind};
use pleno_domain::Language;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// An agreement as stored, before the API adds what it derives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementRow {
    pub id: i64,
    pub number: String,
    pub meeting_id: i64,
    pub decision_id: Option<i64>,
    pub sequence: u32,
    pub text: String,
    pub adopted_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub status: AgreementStatus,
}

const COLUMNS: &str = "id, number, meeting_id, decision_id, sequence, text, adopted_on, due_on, status";
/// `COLUMNS` of the table aliased `a`, in the same order, for joins.
pub(crate) const COLUMNS_OF_A: &str =
    "a.id, a.number, a.meeting_id, a.decision_id, a.sequence, a.text, a.adopted_on, a.due_on, a.status";

/// The condition `alias.agreement_id` is among the JSON array `?1`, or no condition.
fn among(alias: &str, ids: Option<&str>) -> String {
    match ids {
        Some(_) => format!("WHERE {alias}.agreement_id IN (SELECT value FROM json_each(?1))"),
        None => String::new(),
    }
}

fn bound(ids: Option<&str>) -> Vec<&str> {
    ids.into_iter().collect()
}

pub(crate) fn row(r: &rusqlite::Row) -> rusqlite::Result<AgreementRow> {
    Ok(AgreementRow {
        id: r.get(0)?,
        number: r.get(1)?,
        meeting_id: r.get(2)?,
        decision_id: r.get(3)?,
        sequence: r.get(4)?,
        text: r.get(5)?,
        adopted_on: r.get(6)?,
        due_on: r.get(7)?,
        status: parsed(r, 8, |t| AgreementStatus::parse(t).ok())?,
    })
}

/// An agreement to record: what the table holds before it gives the row an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgreement {
    pub number: String,
    pub meeting_id: i64,
    pub decision_id: Option<i64>,
    pub sequence: u32,
    pub text: String,
    pub adopted_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub status: AgreementStatus,
}

/// Records an agreement; returns its id.
pub fn insert(tx: &Transaction, a: &NewAgreement) -> Result<i64> {
    tx.execute(
        "INSERT INTO agreement (number, meeting_id, decision_id, sequence, text, adopted_on, due_on, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![a.number, a.meeting_id, a.decision_id, a.sequence, a.text, a.adopted_on, a.due_on, a.status.as_str()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn next_sequence(conn: &Connection, meeting_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT coalesce(max(sequence), 0) + 1 FROM agreement WHERE meeting_id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?)
}

pub fn number_taken(conn: &Connection, number: &str) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM agreement WHERE number = ?1)", [number], |r| r.get(0))?)
}

pub fn of_decision(conn: &Connection, decision_id: i64) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT id FROM agreement WHERE decision_id = ?1", [decision_id], |r| r.get(0)).optional()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<AgreementRow>> {
    Ok(conn.query_row(&format!("SELECT {COLUMNS} FROM agreement WHERE id = ?1"), [id], row).optional()?)
}

/// All agreements, in the register's order: by meeting date, then sequence.
pub fn list(conn: &Connection) -> Result<Vec<AgreementRow>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS_OF_A} FROM agreement a JOIN meeting m ON m.id = a.meeting_id ORDER BY m.starts_on, a.sequence"
    ))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_status(tx: &Transaction, id: i64, status: AgreementStatus) -> Result<()> {
    tx.execute("UPDATE agreement SET status = ?2 WHERE id = ?1", params![id, status.as_str()])?;
    Ok(())
}

pub fn add_responsible(tx: &Transaction, agreement_id: i64, r: &Responsible) -> Result<()> {
    tx.execute(
        "INSERT INTO agreement_responsible (agreement_id, kind, country_code, committee_id, person_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![agreement_id, r.kind.as_str(), r.country, r.committee_id, r.person_id],
    )?;
    Ok(())
}

/// Responsible parties of every agreement, with the label to print.
pub fn responsible(conn: &Connection) -> Result<HashMap<i64, Vec<Responsible>>> {
    responsible_where(conn, None)
}

/// Responsible parties of the agreements in the JSON array `ids`, or of all.
pub(crate) fn responsible_where(conn: &Connection, ids: Option<&str>) -> Result<HashMap<i64, Vec<Responsible>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT r.agreement_id, r.kind, r.country_code, r.committee_id, r.person_id,
                coalesce(c.name, k.name, p.name, ''), coalesce(c.name_en, k.name, p.name, '')
         FROM agreement_responsible r LEFT JOIN country c ON c.code = r.country_code
         LEFT JOIN committee k ON k.id = r.committee_id LEFT JOIN person p ON p.id = r.person_id
         {} ORDER BY r.agreement_id, r.id",
        among("r", ids)
    ))?;
    let mut map: HashMap<i64, Vec<Responsible>> = HashMap::new();
    for item in stmt.query_map(rusqlite::params_from_iter(bound(ids)), |r| {
        let kind = parsed(r, 1, |t| ResponsibleKind::parse(t).ok())?;
        let name: String = r.get(5)?;
        let name_en: String = r.get(6)?;
        Ok((
            r.get::<_, i64>(0)?,
            Responsible {
                kind,
                country: r.get(2)?,
                committee_id: r.get(3)?,
                person_id: r.get(4)?,
                label: if name.is_empty() { kind.spanish().to_string() } else { name },
                label_en: if name_en.is_empty() { kind.english().to_string() } else { name_en },
            },
        ))
    })? {
        let (id, r) = item?;
        map.entry(id).or_default().push(r);
    }
    Ok(map)
}

pub fn add_follow_up(
    tx: &Transaction,
    agreement_id: i64,
    reported_on: NaiveDate,
    meeting_id: Option<i64>,
    text: &str,
    new_status: Option<AgreementStatus>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO agreement_follow_up (agreement_id, reported_on, meeting_id, text, new_status)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![agreement_id, reported_on, meeting_id, text, new_status.map(|s| s.as_str())],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Follow-ups of every agreement, oldest first, with the meeting's title.
pub fn follow_ups(conn: &Connection) -> Result<HashMap<i64, Vec<FollowUp>>> {
    follow_ups_where(conn, None)
}

/// Follow-ups of the agreements in the JSON array `ids`, or of all.
pub(crate) fn follow_ups_where(conn: &Connection, ids: Option<&str>) -> Result<HashMap<i64, Vec<FollowUp>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT f.agreement_id, f.id, f.reported_on, f.meeting_id, f.text, f.new_status, m.kind, m.number
         FROM agreement_follow_up f LEFT JOIN meeting m ON m.id = f.meeting_id {}
         ORDER BY f.agreement_id, f.reported_on, f.id",
        among("f", ids)
    ))?;
    let mut map: HashMap<i64, Vec<FollowUp>> = HashMap::new();
    for item in stmt.query_map(rusqlite::params_from_iter(bound(ids)), |r| {
        let status: Option<String> = r.get(5)?;
        let kind: Option<String> = r.get(6)?;
        let meeting = match kind {
            Some(_) => Some((parsed(r, 6, |t| MeetingKind::parse(t).ok())?, r.get::<_, u32>(7)?)),
            None => None,
        };
        Ok((
            r.get::<_, i64>(0)?,
            FollowUp {
                id: r.get(1)?,
                reported_on: r.get(2)?,
                meeting_id: r.get(3)?,
                meeting_title: meeting.map(|(kind, number)| meeting_title(kind, number, Language::Es)),
                meeting_title_en: meeting.map(|(kind, number)| meeting_title(kind, number, Language::En)),
                text: r.get(4)?,
                new_status: match status {
                    Some(_) => Some(parsed(r, 5, |t| AgreementStatus::parse(t).ok())?),
                    None => None,
                },
            },
        ))
    })? {
        let (id, f) = item?;
        map.entry(id).or_default().push(f);
    }
    Ok(map)
}

/// The date an agreement was last set to `cumplido`, if it is.
pub fn fulfilled_on(conn: &Connection) -> Result<HashMap<i64, NaiveDate>> {
    let mut stmt = conn.prepare(
        "SELECT agreement_id, max(reported_on) FROM agreement_follow_up WHERE new_status = 'cumplido' GROUP BY agreement_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn indicator_id(conn: &Connection, code: &str) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT id FROM indicator WHERE code = ?1", [code], |r| r.get(0)).optional()?)
}

/// The code of the indicator or activity with this id.
pub fn plan_code(conn: &Connection, target: LinkTarget, id: i64) -> Result<Option<String>> {
    let query = match target {
        LinkTarget::Indicator => "SELECT code FROM indicator WHERE id = ?1",
        LinkTarget::Activity => "SELECT code FROM activity WHERE id = ?1",
    };
    Ok(conn.prepare_cached(query)?.query_row([id], |r| r.get(0)).optional()?)
}

/// An activity by code, in the most recent operating plan that has it.
pub fn activity_id(conn: &Connection, code: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT a.id FROM activity a JOIN operational_objective o ON o.id = a.operational_objective_id
             JOIN operating_plan p ON p.id = o.operating_plan_id WHERE a.code = ?1 ORDER BY p.year DESC LIMIT 1",
            [code],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn link(
    tx: &Transaction,
    agreement_id: i64,
    indicator_id: Option<i64>,
    activity_id: Option<i64>,
    note: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO agreement_link (agreement_id, indicator_id, activity_id, note) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (agreement_id, indicator_id, activity_id) DO UPDATE SET note = excluded.note",
        params![agreement_id, indicator_id, activity_id, note],
    )?;
    Ok(())
}

/// Links of every agreement to indicators and activities, with their codes and titles.
pub fn links(conn: &Connection) -> Result<HashMap<i64, Vec<PlanLink>>> {
    links_where(conn, None)
}

/// Links of the agreements in the JSON array `ids`, or of all.
pub(crate) fn links_where(conn: &Connection, ids: Option<&str>) -> Result<HashMap<i64, Vec<PlanLink>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.agreement_id, l.indicator_id IS NOT NULL, coalesce(i.code, a.code), coalesce(i.title, a.title), l.note
         FROM agreement_link l LEFT JOIN indicator i ON i.id = l.indicator_id LEFT JOIN activity a ON a.id = l.activity_id
         {} ORDER BY l.agreement_id, l.indicator_id IS NULL, coalesce(i.code, a.code)",
        among("l", ids)
    ))?;
    let mut map: HashMap<i64, Vec<PlanLink>> = HashMap::new();
    for item in stmt.query_map(rusqlite::params_from_iter(bound(ids)), |r| {
        let is_indicator: bool = r.get(1)?;
        Ok((
            r.get::<_, i64>(0)?,
            PlanLink {
                target: if is_indicator { LinkTarget::Indicator } else { LinkTarget::Activity },
                code: r.get(2)?,
                title: r.get(3)?,
                note: r.get(4)?,
            },
        ))
    })? {
        let (id, l) = item?;
        map.entry(id).or_default().push(l);
    }
    Ok(map)
}

/// One match of a full-text search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRow {
    /// "agreement", "follow_up" or "decision".
    pub kind: String,
    pub ref_id: i64,
    pub agreement_id: Option<i64>,
    /// The matched text with hits between \u{1} and \u{2}.
    pub snippet: String,
}

/// A match as read for ranking: rowid, kind, ref_id, agreement_id and the text.
type Candidate = (i64, String, i64, Option<i64>, String);

/// How many of the newest matches are ranked by relevance (see `search_rank`).
pub const RANKED: u32 = 1_000;

/// Searches agreements, follow-ups and decisions, ignoring accents and case. Each
/// word of `text` must appear (as a word or the start of one), a quoted phrase as a
/// phrase; what a person types is never FTS5 syntax (see `search_query`). The newest
/// `RANKED` matches are ranked by relevance (`search_rank`), follow-ups weighted
/// below agreements and decisions; the rows `offset..offset + limit` of that
/// ranking are returned, with the number of matches ranked. Whole words are asked
/// first, prefixes only when whole words give fewer than `RANKED` matches.
pub fn search(conn: &Connection, text: &str, offset: u32, limit: u32) -> Result<(Vec<SearchRow>, u32)> {
    let (Some(whole), Some(prefixed)) =
        (crate::search_query::fts_query_whole(text), crate::search_query::fts_query(text))
    else {
        return Ok((Vec::new(), 0));
    };
    // Whole words first: when they fill the candidates, the newest matches where a
    // word only starts a longer one are left out (the README states the trade-off).
    let mut found = candidates(conn, &whole)?;
    if found.len() < RANKED as usize {
        found = candidates(conn, &prefixed)?;
    }
    let terms = crate::search_rank::terms(text);
    let bodies: Vec<&str> = found.iter().map(|f| f.4.as_str()).collect();
    let scores = crate::search_rank::scores(&terms, &bodies);
    let mut ranked: Vec<(f64, &Candidate)> =
        found.iter().zip(scores).map(|(f, score)| (score * crate::search_rank::kind_weight(&f.1), f)).collect();
    // Most relevant first; among equals, the newest.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1 .0.cmp(&a.1 .0)));
    let numbered = numbered(conn, text)?;
    let by_number = numbered
        .iter()
        .map(|(kind, ref_id, agreement_id, body)| (kind.as_str(), *ref_id, *agreement_id, body.as_str()));
    let by_text = ranked
        .iter()
        .map(|(_, (_, kind, ref_id, agreement_id, body))| (kind.as_str(), *ref_id, *agreement_id, body.as_str()))
        .filter(|(kind, ref_id, _, _)| !(*kind == "agreement" && hits_number(&numbered, *ref_id)));
    let hits: Vec<(&str, i64, Option<i64>, &str)> = by_number.chain(by_text).collect();
    let rows = hits
        .iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|(kind, ref_id, agreement_id, body)| SearchRow {
            kind: kind.to_string(),
            ref_id: *ref_id,
            agreement_id: *agreement_id,
            snippet: crate::search_rank::snippet(&terms, body, SNIPPET_WORDS),
        })
        .collect();
    let total = hits.len() as u32;
    Ok((rows, total))
}

/// How many words a search result shows around its hits.
const SNIPPET_WORDS: usize = 24;

/// The newest `RANKED` matches of a MATCH expression.
fn candidates(conn: &Connection, query: &str) -> Result<Vec<Candidate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid, kind, ref_id, agreement_id, body FROM search_index
         WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
    )?;
    let found =
        stmt.query_map(params![query, RANKED], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
    Ok(found.collect::<rusqlite::Result<_>>()?)
}

/// A result before its snippet: kind, ref_id, agreement_id and the text.
type Hit = (String, i64, Option<i64>, String);

/// Whether the agreement `id` is among the hits found by number.
fn hits_number(hits: &[Hit], id: i64) -> bool {
    hits.iter().any(|h| h.0 == "agreement" && h.1 == id)
}

/// The agreements whose number starts with what was typed ("XIV-2026" gives the
/// fourteenth meeting's), first in the results: a number is no word of the text.
fn numbered(conn: &Connection, text: &str) -> Result<Vec<Hit>> {
    let typed = text.trim().to_uppercase();
    if typed.len() < 2 || !typed.contains('-') || typed.contains(char::is_whitespace) {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, text FROM agreement WHERE number >= ?1 AND number < ?1 || '~' ORDER BY number LIMIT ?2",
    )?;
    let rows =
        stmt.query_map(params![typed, NUMBERED], |r| Ok(("agreement".to_string(), r.get(0)?, r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// At most this many agreements found by their number.
const NUMBERED: u32 = 100;
