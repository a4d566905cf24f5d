//! The archive screen a page at a time: the closed meetings, newest first, each
//! with its agreements and, once approved, its acta (number, version, approval,
//! hash). At a thousand times the archive there are thousands of closed meetings;
//! a page reads ten of them, never every meeting's minutes.

use chrono::NaiveDateTime;
use pleno_domain::agreement::Agreement;
use pleno_domain::meeting_model::Meeting;
use pleno_domain::minutes::MinutesStatus;
use pleno_store::{meeting_db, minutes_db};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::paging::{self, Page, MAX_PAGE};
use crate::{Api, Result};

/// A closed meeting as the archive shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ArchivedMeeting {
    pub meeting: Meeting,
    pub agreements: Vec<Agreement>,
    /// `None` while the meeting's acta is not approved.
    pub acta: Option<ApprovedActa>,
}

/// What the depositary keeps of an approved acta.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApprovedActa {
    pub number: String,
    pub version: u32,
    pub approved_at: Option<NaiveDateTime>,
    /// The meeting that approved it, in Spanish and English.
    pub approved_by: Option<String>,
    pub approved_by_en: Option<String>,
    pub hash: Option<String>,
}

/// A page of the archive, with how many closed meetings still await their acta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ArchivePage {
    #[serde(flatten)]
    #[ts(flatten)]
    pub page: Page<ArchivedMeeting>,
    pub awaiting_acta: u32,
}

impl Api {
    /// `limit` closed meetings after `cursor`, newest first.
    pub fn archive_page(&self, cursor: Option<&str>, limit: u32, today: chrono::NaiveDate) -> Result<ArchivePage> {
        let limit = paging::checked_limit(limit)?;
        let after = cursor.map(paging::parse_meeting_cursor).transpose()?;
        let (meetings, (total, awaiting_acta)) = self.store.read(|conn| {
            Ok::<_, pleno_store::StoreError>((
                meeting_db::closed_page(conn, after, limit + 1)?,
                meeting_db::closed_counts(conn)?,
            ))
        })?;
        let (meetings, next_cursor) = paging::cut(meetings, limit, |m| paging::meeting_cursor(m.starts_on, m.id));
        let items = meetings.into_iter().map(|m| self.archived(m, today)).collect::<Result<_>>()?;
        Ok(ArchivePage { page: Page { items, next_cursor, total }, awaiting_acta })
    }

    fn archived(&self, meeting: Meeting, today: chrono::NaiveDate) -> Result<ArchivedMeeting> {
        let filter = AgreementFilter { meeting_id: Some(meeting.id), ..Default::default() };
        let agreements = self.agreements_page(&filter, None, MAX_PAGE, today)?.page.items;
        // The row first: `minutes` drafts the record of an acta not yet approved.
        let approved = self
            .store
            .read(|conn| minutes_db::get(conn, meeting.id))?
            .is_some_and(|row| row.status == MinutesStatus::Aprobada);
        let acta = if approved {
            let view = self.minutes(meeting.id)?;
            Some(ApprovedActa {
                number: view.content.number,
                version: view.version,
                approved_at: view.approved_at,
                approved_by: view.approved_by,
                approved_by_en: view.approved_by_en,
                hash: view.hash,
            })
        } else {
            None
        };
        Ok(ArchivedMeeting { meeting, agreements, acta })
    }
}
