//! SQL for the `person` and `contact` tables.

use pleno_domain::directory::{fold, Contact, ContactKind};
use pleno_domain::directory_model::{Person, PersonDraft};
use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::country_db::parsed;
use crate::Result;

/// Inserts a person whose draft the caller has validated; returns the new id.
pub fn insert(tx: &Transaction, draft: &PersonDraft) -> Result<i64> {
    tx.execute(
        "INSERT INTO person (name, honorific, position, institution, languages, notes, search_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            draft.name,
            draft.honorific,
            draft.position,
            draft.institution,
            draft.languages.join(", "),
            draft.notes,
            search_key(draft)
        ],
    )?;
    let id = tx.last_insert_rowid();
    replace_contacts(tx, id, &draft.contacts)?;
    Ok(id)
}

/// Rewrites a person's details and contacts. Appointments are untouched: they
/// are history, ended and started, never edited through the person.
pub fn update(tx: &Transaction, id: i64, draft: &PersonDraft) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE person SET name = ?2, honorific = ?3, position = ?4, institution = ?5, languages = ?6, notes = ?7,
                           search_key = ?8
         WHERE id = ?1",
        params![
            id,
            draft.name,
            draft.honorific,
            draft.position,
            draft.institution,
            draft.languages.join(", "),
            draft.notes,
            search_key(draft)
        ],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    replace_contacts(tx, id, &draft.contacts)?;
    Ok(true)
}

fn search_key(draft: &PersonDraft) -> String {
    fold(&format!("{} {} {}", draft.name, draft.institution, draft.position))
}

fn replace_contacts(tx: &Transaction, person_id: i64, contacts: &[Contact]) -> Result<()> {
    tx.execute("DELETE FROM contact WHERE person_id = ?1", [person_id])?;
    let mut stmt = tx.prepare(
        "INSERT INTO contact (person_id, kind, value, label, preferred, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, c) in contacts.iter().enumerate() {
        stmt.execute(params![person_id, c.kind.as_str(), c.value, c.label, c.preferred, position as i64])?;
    }
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Person>> {
    let person = conn
        .query_row(
            "SELECT id, name, honorific, position, institution, languages, notes FROM person WHERE id = ?1",
            [id],
            person_row,
        )
        .optional()?;
    match person {
        None => Ok(None),
        Some(mut p) => {
            p.contacts = contacts(conn, id)?;
            Ok(Some(p))
        }
    }
}

/// Every person, by name; with `search`, those whose name, institution or position
/// contains it, ignoring case and accents.
pub fn list(conn: &Connection, search: Option<&str>) -> Result<Vec<Person>> {
    let pattern = pattern(search);
    let mut stmt = conn.prepare(
        "SELECT id, name, honorific, position, institution, languages, notes FROM person
         WHERE search_key LIKE ?1 ORDER BY search_key, id",
    )?;
    let mut people = stmt.query_map([pattern], person_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    let mut all_contacts = all_contacts(conn)?;
    for p in &mut people {
        p.contacts = all_contacts.remove(&p.id).unwrap_or_default();
    }
    Ok(people)
}

fn person_row(row: &rusqlite::Row) -> rusqlite::Result<Person> {
    let languages: String = row.get(5)?;
    Ok(Person {
        id: row.get(0)?,
        name: row.get(1)?,
        honorific: row.get(2)?,
        position: row.get(3)?,
        institution: row.get(4)?,
        languages: languages.split(',').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        notes: row.get(6)?,
        contacts: Vec::new(),
    })
}

fn contact_row(row: &rusqlite::Row) -> rusqlite::Result<Contact> {
    Ok(Contact {
        kind: parsed(row, 0, |t| ContactKind::parse(t).ok())?,
        value: row.get(1)?,
        label: row.get(2)?,
        preferred: row.get(3)?,
    })
}

fn contacts(conn: &Connection, person_id: i64) -> Result<Vec<Contact>> {
    let mut stmt =
        conn.prepare("SELECT kind, value, label, preferred FROM contact WHERE person_id = ?1 ORDER BY position")?;
    let rows = stmt.query_map([person_id], contact_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn all_contacts(conn: &Connection) -> Result<HashMap<i64, Vec<Contact>>> {
    contacts_where(conn, None)
}

/// The contacts of the people in the JSON array `ids`, or of everyone.
fn contacts_where(conn: &Connection, ids: Option<&str>) -> Result<HashMap<i64, Vec<Contact>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, value, label, preferred, person_id FROM contact
         WHERE ?1 IS NULL OR person_id IN (SELECT value FROM json_each(?1)) ORDER BY person_id, position",
    )?;
    let mut map: HashMap<i64, Vec<Contact>> = HashMap::new();
    for row in stmt.query_map([ids], |row| Ok((row.get::<_, i64>(4)?, contact_row(row)?)))? {
        let (person_id, contact) = row?;
        map.entry(person_id).or_default().push(contact);
    }
    Ok(map)
}

/// The pattern `search` gives to `LIKE` over the search key.
fn pattern(search: Option<&str>) -> String {
    format!("%{}%", fold(search.unwrap_or("")).replace(['%', '_'], ""))
}

/// Up to `limit` people of the list's order (as `list`) after `after`, the search
/// key and id of the last one shown; each with its search key, for the next page.
/// The index `person_search_key` serves the order, so a page reads about
/// `limit` rows however long the directory is.
pub fn page(
    conn: &Connection,
    search: Option<&str>,
    after: Option<(&str, i64)>,
    limit: u32,
) -> Result<Vec<(Person, String)>> {
    let (key, id) = after.unzip();
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, honorific, position, institution, languages, notes, search_key FROM person
         WHERE search_key LIKE ?1 AND (?2 IS NULL OR (search_key, id) > (?2, ?3))
         ORDER BY search_key, id LIMIT ?4",
    )?;
    let rows = stmt.query_map(params![pattern(search), key, id, limit], |r| Ok((person_row(r)?, r.get(7)?)))?;
    let mut people = rows.collect::<rusqlite::Result<Vec<(Person, String)>>>()?;
    let ids = format!("[{}]", people.iter().map(|(p, _)| p.id.to_string()).collect::<Vec<_>>().join(","));
    let mut contacts = contacts_where(conn, Some(&ids))?;
    for (p, _) in &mut people {
        p.contacts = contacts.remove(&p.id).unwrap_or_default();
    }
    Ok(people)
}

/// How many people `list` would give for `search`.
pub fn count(conn: &Connection, search: Option<&str>) -> Result<u32> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM person WHERE search_key LIKE ?1")?
        .query_row([pattern(search)], |r| r.get(0))?)
}

/// The people with these ids (those that exist), with their contacts.
pub fn with_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<Person>> {
    let list = format!("[{}]", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, honorific, position, institution, languages, notes FROM person
         WHERE id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut people = stmt.query_map([&list], person_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    let mut contacts = contacts_where(conn, Some(&list))?;
    for p in &mut people {
        p.contacts = contacts.remove(&p.id).unwrap_or_default();
    }
    Ok(people)
}
