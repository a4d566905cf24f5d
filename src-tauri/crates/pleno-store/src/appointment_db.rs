//! SQL for the appointment tables: `seat_appointment` (titular or suplente of a
//! member state), `representation` (of an observer organisation) and `office_term`
//! (a state holding the coordination, the Presidency, the Technical Secretariat or
//! a vocalía).

use chrono::NaiveDate;
use pleno_domain::country::Crime;
use pleno_domain::directory::{SeatRole, SeatTerm};
use pleno_domain::directory_model::{Office, OfficeTerm, Representation, SeatAppointment};
use pleno_domain::{CountryCode, Term};
use rusqlite::{params, Connection, Transaction};

use crate::country_db::parsed;
use crate::Result;

const SEAT_COLUMNS: &str = "s.id, s.person_id, p.name, s.country_code, s.mandate, s.role, s.starts_on, s.ends_on";

fn seat_row(row: &rusqlite::Row) -> rusqlite::Result<SeatAppointment> {
    Ok(SeatAppointment {
        id: row.get(0)?,
        person_id: row.get(1)?,
        person_name: row.get(2)?,
        country: row.get(3)?,
        mandate: parsed(row, 4, |t| Crime::parse(t).ok())?,
        role: parsed(row, 5, |t| SeatRole::parse(t).ok())?,
        starts_on: row.get(6)?,
        ends_on: row.get(7)?,
    })
}

pub fn insert_seat(
    tx: &Transaction,
    person_id: i64,
    country: &CountryCode,
    mandate: Crime,
    role: SeatRole,
    term: &Term,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO seat_appointment (person_id, country_code, mandate, role, starts_on, ends_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![person_id, country.as_str(), mandate.as_str(), role.as_str(), term.starts_on(), term.ends_on()],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The state's seat appointments as the rules see them.
pub fn seat_terms(conn: &Connection, country: &CountryCode) -> Result<Vec<SeatTerm>> {
    let seats = seats_of_country(conn, country)?.into_iter().map(|s| {
        Ok(SeatTerm {
            term: crate::country_db::stored_term(s.starts_on, s.ends_on)?,
            holder: s.person_name,
            role: s.role,
            mandate: s.mandate,
        })
    });
    seats.collect()
}

pub fn seats_of_country(conn: &Connection, country: &CountryCode) -> Result<Vec<SeatAppointment>> {
    let sql = format!(
        "SELECT {SEAT_COLUMNS} FROM seat_appointment s JOIN person p ON p.id = s.person_id
         WHERE s.country_code = ?1 ORDER BY s.mandate, s.role, s.starts_on"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([country.as_str()], seat_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn seats_of_person(conn: &Connection, person_id: i64) -> Result<Vec<SeatAppointment>> {
    let sql = format!(
        "SELECT {SEAT_COLUMNS} FROM seat_appointment s JOIN person p ON p.id = s.person_id
         WHERE s.person_id = ?1 ORDER BY s.starts_on DESC, s.id DESC"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([person_id], seat_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every seat appointment held on `date`.
pub fn seats_on(conn: &Connection, date: NaiveDate) -> Result<Vec<SeatAppointment>> {
    let sql = format!(
        "SELECT {SEAT_COLUMNS} FROM seat_appointment s JOIN person p ON p.id = s.person_id
         WHERE s.starts_on <= ?1 AND (s.ends_on IS NULL OR ?1 < s.ends_on)
         ORDER BY s.country_code, s.mandate, s.role"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([date], seat_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn all_seats(conn: &Connection) -> Result<Vec<SeatAppointment>> {
    let sql = format!(
        "SELECT {SEAT_COLUMNS} FROM seat_appointment s JOIN person p ON p.id = s.person_id
         ORDER BY s.person_id, s.starts_on, s.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], seat_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The open appointment of this person to this seat, if any.
pub fn open_seat(
    conn: &Connection,
    person_id: i64,
    country: &CountryCode,
    mandate: Crime,
) -> Result<Option<SeatAppointment>> {
    let sql = format!(
        "SELECT {SEAT_COLUMNS} FROM seat_appointment s JOIN person p ON p.id = s.person_id
         WHERE s.person_id = ?1 AND s.country_code = ?2 AND s.mandate = ?3 AND s.ends_on IS NULL"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query_map(params![person_id, country.as_str(), mandate.as_str()], seat_row)?;
    Ok(rows.next().transpose()?)
}

pub fn end_seat(tx: &Transaction, id: i64, on: NaiveDate) -> Result<()> {
    tx.execute("UPDATE seat_appointment SET ends_on = ?2 WHERE id = ?1 AND ends_on IS NULL", params![id, on])?;
    Ok(())
}

const REPRESENTATION_COLUMNS: &str = "r.id, r.person_id, p.name, r.organisation_id, o.name, r.starts_on, r.ends_on";

fn representation_row(row: &rusqlite::Row) -> rusqlite::Result<Representation> {
    Ok(Representation {
        id: row.get(0)?,
        person_id: row.get(1)?,
        person_name: row.get(2)?,
        organisation_id: row.get(3)?,
        organisation_name: row.get(4)?,
        starts_on: row.get(5)?,
        ends_on: row.get(6)?,
    })
}

pub fn insert_representation(tx: &Transaction, person_id: i64, organisation_id: i64, term: &Term) -> Result<i64> {
    tx.execute(
        "INSERT INTO representation (person_id, organisation_id, starts_on, ends_on) VALUES (?1, ?2, ?3, ?4)",
        params![person_id, organisation_id, term.starts_on(), term.ends_on()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn end_representation(tx: &Transaction, person_id: i64, organisation_id: i64, on: NaiveDate) -> Result<usize> {
    Ok(tx.execute(
        "UPDATE representation SET ends_on = ?3
         WHERE person_id = ?1 AND organisation_id = ?2 AND ends_on IS NULL AND starts_on < ?3",
        params![person_id, organisation_id, on],
    )?)
}

fn representations_where(conn: &Connection, clause: &str, param: &dyn rusqlite::ToSql) -> Result<Vec<Representation>> {
    let sql = format!(
        "SELECT {REPRESENTATION_COLUMNS} FROM representation r
         JOIN person p ON p.id = r.person_id JOIN organisation o ON o.id = r.organisation_id
         WHERE {clause} ORDER BY o.name, r.starts_on, r.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([param], representation_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn representations_on(conn: &Connection, date: NaiveDate) -> Result<Vec<Representation>> {
    representations_where(conn, "r.starts_on <= ?1 AND (r.ends_on IS NULL OR ?1 < r.ends_on)", &date)
}

pub fn representations_of_person(conn: &Connection, person_id: i64) -> Result<Vec<Representation>> {
    representations_where(conn, "r.person_id = ?1", &person_id)
}

pub fn all_representations(conn: &Connection) -> Result<Vec<Representation>> {
    representations_where(conn, "1 = ?1", &1)
}

pub fn insert_office(tx: &Transaction, office: Office, country: &CountryCode, term: &Term) -> Result<i64> {
    tx.execute(
        "INSERT INTO office_term (office, country_code, starts_on, ends_on) VALUES (?1, ?2, ?3, ?4)",
        params![office.as_str(), country.as_str(), term.starts_on(), term.ends_on()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn office_terms(conn: &Connection, office: Office) -> Result<Vec<OfficeTerm>> {
    let mut stmt = conn.prepare(
        "SELECT t.id, t.office, t.country_code, c.name, t.starts_on, t.ends_on
         FROM office_term t JOIN country c ON c.code = t.country_code
         WHERE t.office = ?1 ORDER BY t.starts_on",
    )?;
    let rows = stmt.query_map([office.as_str()], office_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn offices_on(conn: &Connection, date: NaiveDate) -> Result<Vec<OfficeTerm>> {
    let mut stmt = conn.prepare(
        "SELECT t.id, t.office, t.country_code, c.name, t.starts_on, t.ends_on
         FROM office_term t JOIN country c ON c.code = t.country_code
         WHERE t.starts_on <= ?1 AND (t.ends_on IS NULL OR ?1 < t.ends_on) ORDER BY t.office, t.starts_on",
    )?;
    let rows = stmt.query_map([date], office_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn office_row(row: &rusqlite::Row) -> rusqlite::Result<OfficeTerm> {
    Ok(OfficeTerm {
        id: row.get(0)?,
        office: parsed(row, 1, |t| Office::parse(t).ok())?,
        country: row.get(2)?,
        country_name: row.get(3)?,
        starts_on: row.get(4)?,
        ends_on: row.get(5)?,
    })
}
