//! SQL for the `agenda_item` and `agenda_document` tables.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use pleno_domain::meeting::AgendaItemKind;
use pleno_domain::meeting_model::{AgendaDocument, AgendaItem};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

pub fn list(conn: &Connection, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    let mut documents: HashMap<i64, Vec<AgendaDocument>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT d.agenda_item_id, d.id, d.file_name, d.sha256, length(d.content)
         FROM agenda_document d JOIN agenda_item i ON i.id = d.agenda_item_id
         WHERE i.meeting_id = ?1 ORDER BY d.id",
    )?;
    for row in stmt.query_map([meeting_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            AgendaDocument { id: r.get(1)?, file_name: r.get(2)?, sha256: r.get(3)?, size: r.get(4)? },
        ))
    })? {
        let (item, document) = row?;
        documents.entry(item).or_default().push(document);
    }
    // The stored positions may have gaps (a removed item); the agenda counts 1, 2, 3…
    let mut stmt = conn.prepare(
        "SELECT id, kind, title, presenter, country_code, minutes, notes,
                row_number() OVER (ORDER BY position, id)
         FROM agenda_item WHERE meeting_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([meeting_id], |r| {
        let id = r.get(0)?;
        Ok(AgendaItem {
            id,
            position: r.get(7)?,
            kind: parsed(r, 1, |t| AgendaItemKind::parse(t).ok())?,
            title: r.get(2)?,
            presenter: r.get(3)?,
            country: r.get(4)?,
            minutes: r.get(5)?,
            notes: r.get(6)?,
            documents: documents.remove(&id).unwrap_or_default(),
        })
    })?;
    let items = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(items)
}

/// What an agenda item's form writes: the row without its id, its position (the
/// agenda's order) or its documents (attached one by one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemFields {
    pub kind: AgendaItemKind,
    pub title: String,
    pub presenter: String,
    pub country: Option<String>,
    pub minutes: u32,
    pub notes: String,
}

/// Appends an item at the end of the agenda; returns its id.
pub fn append(tx: &Transaction, meeting_id: i64, item: &ItemFields) -> Result<i64> {
    tx.execute(
        "INSERT INTO agenda_item (meeting_id, position, kind, title, presenter, country_code, minutes, notes)
         VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = ?1),
                 ?2, ?3, ?4, ?5, ?6, ?7)",
        params![meeting_id, item.kind.as_str(), item.title, item.presenter, item.country, item.minutes, item.notes],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Writes the form's fields over item `id`.
pub fn update(tx: &Transaction, id: i64, item: &ItemFields) -> Result<()> {
    tx.execute(
        "UPDATE agenda_item SET kind = ?2, title = ?3, presenter = ?4, country_code = ?5, minutes = ?6, notes = ?7
         WHERE id = ?1",
        params![id, item.kind.as_str(), item.title, item.presenter, item.country, item.minutes, item.notes],
    )?;
    Ok(())
}

pub fn remove(tx: &Transaction, item_id: i64) -> Result<()> {
    tx.execute("DELETE FROM agenda_item WHERE id = ?1", [item_id])?;
    Ok(())
}

/// Rewrites the order of a meeting's items: `ids` in their new order.
pub fn reorder(tx: &Transaction, ids: &[i64]) -> Result<()> {
    let mut stmt = tx.prepare("UPDATE agenda_item SET position = ?2 WHERE id = ?1")?;
    for (position, id) in ids.iter().enumerate() {
        stmt.execute(params![id, position as i64 + 1])?;
    }
    Ok(())
}

pub fn meeting_of(conn: &Connection, item_id: i64) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT meeting_id FROM agenda_item WHERE id = ?1", [item_id], |r| r.get(0)).optional()?)
}

pub fn attach(
    tx: &Transaction,
    item_id: i64,
    file_name: &str,
    sha256: &str,
    content: &[u8],
    at: NaiveDateTime,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO agenda_document (agenda_item_id, file_name, sha256, content, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![item_id, file_name, sha256, content, at],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A stored document: its name, its recorded hash and its bytes.
pub fn document(conn: &Connection, id: i64) -> Result<Option<(String, String, Vec<u8>)>> {
    Ok(conn
        .query_row("SELECT file_name, sha256, content FROM agenda_document WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?)
}
