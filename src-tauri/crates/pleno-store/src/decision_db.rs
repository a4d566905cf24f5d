//! SQL for the `decision`, `vote`, `recount` and `consensus_position` tables.

use chrono::NaiveDateTime;
use pleno_domain::decision::{
    Base, Decision, DecisionMethod, MajorityRule, Position, PositionKind, Tally, Threshold, Vote, VoteChoice,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// A decision about to be recorded.
pub struct NewDecision<'a> {
    pub meeting_id: i64,
    pub agenda_item_id: i64,
    pub text: &'a str,
    pub method: DecisionMethod,
    pub rule: Option<MajorityRule>,
    pub decided_at: NaiveDateTime,
    pub quorum_check_id: i64,
}

pub fn insert(tx: &Transaction, d: &NewDecision) -> Result<i64> {
    tx.execute(
        "INSERT INTO decision (meeting_id, agenda_item_id, text, method, threshold, base, decided_at, quorum_check_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            d.meeting_id,
            d.agenda_item_id,
            d.text,
            d.method.as_str(),
            d.rule.map(|r| r.threshold.as_str()),
            d.rule.map(|r| r.base.as_str()),
            d.decided_at,
            d.quorum_check_id
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Records (or changes, before the count is closed) a state's vote.
pub fn cast(tx: &Transaction, decision_id: i64, country: &str, choice: VoteChoice, voter: Option<i64>) -> Result<()> {
    tx.execute(
        "INSERT INTO vote (decision_id, country_code, choice, voter_person_id) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (decision_id, country_code) DO UPDATE SET choice = excluded.choice,
                                                              voter_person_id = excluded.voter_person_id",
        params![decision_id, country, choice.as_str(), voter],
    )?;
    Ok(())
}

pub fn set_recount(tx: &Transaction, decision_id: i64, tally: Tally, at: NaiveDateTime) -> Result<()> {
    tx.execute(
        "INSERT INTO recount (decision_id, yes, no, abstain, entered_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (decision_id) DO UPDATE SET yes = excluded.yes, no = excluded.no, abstain = excluded.abstain,
                                                entered_at = excluded.entered_at",
        params![decision_id, tally.yes, tally.no, tally.abstain, at],
    )?;
    Ok(())
}

pub fn set_position(tx: &Transaction, decision_id: i64, country: &str, kind: PositionKind, text: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO consensus_position (decision_id, country_code, kind, text) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (decision_id, country_code) DO UPDATE SET kind = excluded.kind, text = excluded.text",
        params![decision_id, country, kind.as_str(), text],
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Decision>> {
    let decision = conn
        .query_row(
            "SELECT d.id, d.meeting_id, d.agenda_item_id, d.text, d.method, d.threshold, d.base, d.decided_at,
                    q.present_states, q.member_states
             FROM decision d JOIN quorum_check q ON q.id = d.quorum_check_id WHERE d.id = ?1",
            [id],
            |r| {
                let threshold: Option<String> = r.get(5)?;
                let rule = match threshold {
                    Some(_) => Some(MajorityRule {
                        threshold: parsed(r, 5, |t| Threshold::parse(t).ok())?,
                        base: parsed(r, 6, |t| Base::parse(t).ok())?,
                    }),
                    None => None,
                };
                let present: String = r.get(8)?;
                Ok(Decision {
                    id: r.get(0)?,
                    meeting_id: r.get(1)?,
                    agenda_item_id: r.get(2)?,
                    text: r.get(3)?,
                    method: parsed(r, 4, |t| DecisionMethod::parse(t).ok())?,
                    rule,
                    decided_at: r.get(7)?,
                    present_states: present.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
                    member_states: r.get(9)?,
                    votes: Vec::new(),
                    recount: None,
                    positions: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut d) = decision else { return Ok(None) };
    let mut stmt = conn.prepare(
        "SELECT v.country_code, v.choice, v.voter_person_id, p.name FROM vote v
         LEFT JOIN person p ON p.id = v.voter_person_id
         JOIN country c ON c.code = v.country_code WHERE v.decision_id = ?1 ORDER BY c.position",
    )?;
    d.votes = stmt
        .query_map([id], |r| {
            Ok(Vote {
                country: r.get(0)?,
                choice: parsed(r, 1, |t| VoteChoice::parse(t).ok())?,
                voter_person_id: r.get(2)?,
                voter_name: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    d.recount = conn
        .query_row("SELECT yes, no, abstain FROM recount WHERE decision_id = ?1", [id], |r| {
            Ok(Tally { yes: r.get(0)?, no: r.get(1)?, abstain: r.get(2)? })
        })
        .optional()?;
    let mut stmt = conn.prepare(
        "SELECT p.country_code, p.kind, p.text FROM consensus_position p JOIN country c ON c.code = p.country_code
         WHERE p.decision_id = ?1 ORDER BY c.position",
    )?;
    d.positions = stmt
        .query_map([id], |r| {
            Ok(Position { country: r.get(0)?, kind: parsed(r, 1, |t| PositionKind::parse(t).ok())?, text: r.get(2)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(d))
}

pub fn ids_of_meeting(conn: &Connection, meeting_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT id FROM decision WHERE meeting_id = ?1 ORDER BY decided_at, id")?;
    let rows = stmt.query_map([meeting_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
