//! Pages of the long lists (the register of agreements, the meetings, search
//! results, the directory's people): what a page carries, and the cursor that says where the next one
//! starts. A cursor is opaque to the UI and to scripts: they pass back what they
//! were given. Inside, it is the place in the list's order of the page's last row
//! (a keyset), so a page deep in the register costs what the first one does.

use chrono::NaiveDate;
use pleno_domain::agreement::ShownStatus;
use pleno_domain::{Language, Localized};
use pleno_store::register_db::RegisterKey;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{ApiError, ErrorCode};

/// The most rows one page may hold; more would be the whole list again.
pub const MAX_PAGE: u32 = 500;

/// A page of a list: its rows, the cursor of the next page (`None` on the last),
/// and how many rows the whole list has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
    pub total: u32,
}

/// How many agreements of the filtered register are in each shown status (the
/// status filter itself left out, so every choice shows what it would give).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusCount {
    pub status: ShownStatus,
    pub count: u32,
}

/// A page of the register of agreements, with the counts beside its status filter
/// (on the first page; the pages after it carry the first page's total and no counts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgreementPage {
    #[serde(flatten)]
    #[ts(flatten)]
    pub page: Page<pleno_domain::agreement::Agreement>,
    pub facets: Vec<StatusCount>,
}

/// Why a page could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum PageError {
    /// The cursor was not one Pleno gave (or was given by another list).
    BadCursor { cursor: String },
    /// Zero rows, or more than `MAX_PAGE`.
    BadLimit { limit: u32, max: u32 },
}

impl Localized for PageError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (PageError::BadCursor { cursor }, Language::Es) => {
                format!("«{cursor}» no es un cursor de esta lista: use el next_cursor de la página anterior")
            }
            (PageError::BadCursor { cursor }, Language::En) => {
                format!("«{cursor}» is not a cursor of this list: use the previous page's next_cursor")
            }
            (PageError::BadLimit { max, .. }, Language::Es) => format!("una página tiene de 1 a {max} filas"),
            (PageError::BadLimit { max, .. }, Language::En) => format!("a page holds 1 to {max} rows"),
        }
    }
}

impl From<PageError> for ApiError {
    fn from(error: PageError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}

/// `rows` read with one row more than `limit`: the page's rows, and the cursor of
/// its last row when that extra row shows another page follows.
pub(crate) fn cut<T>(mut rows: Vec<T>, limit: u32, cursor_of: impl Fn(&T) -> String) -> (Vec<T>, Option<String>) {
    if rows.len() <= limit as usize {
        return (rows, None);
    }
    rows.truncate(limit as usize);
    let next = rows.last().map(cursor_of);
    (rows, next)
}

pub(crate) fn checked_limit(limit: u32) -> Result<u32, PageError> {
    if limit == 0 || limit > MAX_PAGE {
        return Err(PageError::BadLimit { limit, max: MAX_PAGE });
    }
    Ok(limit)
}

/// "a2026-06-10.14.3.30005": the register's place of an agreement (meeting date,
/// meeting, order in the meeting), and the total the first page counted, so the
/// pages after it are not counted again (counting reads every matching row).
pub(crate) fn register_cursor(k: RegisterKey, total: u32) -> String {
    format!("a{}.{}.{}.{total}", k.starts_on, k.meeting_id, k.sequence)
}

pub(crate) fn parse_register_cursor(cursor: &str) -> Result<(RegisterKey, u32), PageError> {
    let bad = || PageError::BadCursor { cursor: cursor.to_string() };
    let mut parts = cursor.strip_prefix('a').ok_or_else(bad)?.split('.');
    let (Some(day), Some(meeting), Some(seq), Some(total), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let key = RegisterKey {
        starts_on: NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| bad())?,
        meeting_id: meeting.parse().map_err(|_| bad())?,
        sequence: seq.parse().map_err(|_| bad())?,
    };
    Ok((key, total.parse().map_err(|_| bad())?))
}

/// "m2026-06-10.14": the meetings list's place of a meeting (newest first).
pub(crate) fn meeting_cursor(starts_on: NaiveDate, id: i64) -> String {
    format!("m{starts_on}.{id}")
}

pub(crate) fn parse_meeting_cursor(cursor: &str) -> Result<(NaiveDate, i64), PageError> {
    let bad = || PageError::BadCursor { cursor: cursor.to_string() };
    let (day, id) = cursor.strip_prefix('m').and_then(|c| c.split_once('.')).ok_or_else(bad)?;
    Ok((NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| bad())?, id.parse().map_err(|_| bad())?))
}

/// "s40": search results are ranked, so their cursor is the rank of the next one.
pub(crate) fn search_cursor(offset: u32) -> String {
    format!("s{offset}")
}

pub(crate) fn parse_search_cursor(cursor: &str) -> Result<u32, PageError> {
    cursor
        .strip_prefix('s')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| PageError::BadCursor { cursor: cursor.to_string() })
}

/// "p14.maria lopez ministerio…": the directory's place of a person (search key, id).
pub(crate) fn person_cursor(search_key: &str, id: i64) -> String {
    format!("p{id}.{search_key}")
}

pub(crate) fn parse_person_cursor(cursor: &str) -> Result<(String, i64), PageError> {
    let bad = || PageError::BadCursor { cursor: cursor.to_string() };
    let (id, key) = cursor.strip_prefix('p').and_then(|c| c.split_once('.')).ok_or_else(bad)?;
    Ok((key.to_string(), id.parse().map_err(|_| bad())?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_as_the_place_it_was_made_from_and_a_foreign_one_is_refused() {
        let key = RegisterKey { starts_on: NaiveDate::from_ymd_opt(2026, 6, 10).unwrap(), meeting_id: 14, sequence: 3 };
        assert_eq!(parse_register_cursor(&register_cursor(key, 30_005)), Ok((key, 30_005)));
        let day = key.starts_on;
        assert_eq!(parse_meeting_cursor(&meeting_cursor(day, 9)), Ok((day, 9)));
        assert_eq!(parse_search_cursor(&search_cursor(40)), Ok(40));
        for foreign in ["", "a2026-06-10.14", "m2026-06-10.x", "s-1", "a2026-13-01.1.1", "x"] {
            assert!(parse_register_cursor(foreign).is_err(), "{foreign}");
            assert!(parse_search_cursor(foreign).is_err() || foreign.starts_with('s'), "{foreign}");
        }
        assert!(parse_meeting_cursor("m2026-06-10.x").is_err());
        assert_eq!(
            parse_person_cursor(&person_cursor("maria lopez. ministerio", 7)),
            Ok(("maria lopez. ministerio".into(), 7))
        );
        assert!(parse_person_cursor("px.maria").is_err() && parse_person_cursor("s40").is_err());
    }
}
