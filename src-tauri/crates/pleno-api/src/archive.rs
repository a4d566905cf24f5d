//! The archive's views over agreements: full-text search, the indicators Pleno
//! computes from its own record, what each part of the plan has received from
//! the meetings, and the register as CSV.

use chrono::NaiveDate;
use pleno_domain::agreement::{shown_status, LinkTarget, ShownStatus};
use pleno_domain::plan::ComputedIndicator;
use pleno_domain::{Language, Localized};
use pleno_store::{agreement_db, computed_db, register_db};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::paging::{self, Page};
use crate::{Api, ApiError, ErrorCode, Result};

/// A piece of matched text: hits are the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchHit {
    /// "agreement", "follow_up" or "decision".
    pub kind: String,
    pub agreement_id: Option<i64>,
    pub agreement_number: Option<String>,
    pub decision_id: Option<i64>,
    pub snippet: Vec<SnippetPart>,
}

/// A computed indicator's value over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicatorValue {
    pub code: String,
    pub title: String,
    pub computed: ComputedIndicator,
    pub value: u32,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// How the value was reached, in a sentence, in Spanish.
    pub explanation: String,
    /// The same sentence in English.
    pub explanation_en: String,
}

/// Why the archive could not give what was asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum ArchiveError {
    /// The CSV writer failed (`why` is the writer's own words).
    CsvWrite { why: String },
}

impl Localized for ArchiveError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (ArchiveError::CsvWrite { why }, Language::Es) => format!("no se pudo escribir el CSV: {why}"),
            (ArchiveError::CsvWrite { why }, Language::En) => format!("the CSV could not be written: {why}"),
        }
    }
}

impl From<ArchiveError> for ApiError {
    fn from(error: ArchiveError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}

/// "desde el inicio del registro", "del 1 de enero de 2026 al …": the period an
/// indicator was computed over, as its explanation words it.
fn period_words(lang: Language, from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    use pleno_domain::lang::long_date;
    match (lang, from, to) {
        (Language::Es, None, None) => "desde el inicio del registro".to_string(),
        (Language::Es, Some(f), None) => format!("desde el {}", long_date(lang, f)),
        (Language::Es, None, Some(t)) => format!("hasta el {}", long_date(lang, t)),
        (Language::Es, Some(f), Some(t)) => format!("del {} al {}", long_date(lang, f), long_date(lang, t)),
        (Language::En, None, None) => "since the record began".to_string(),
        (Language::En, Some(f), None) => format!("since {}", long_date(lang, f)),
        (Language::En, None, Some(t)) => format!("up to {}", long_date(lang, t)),
        (Language::En, Some(f), Some(t)) => format!("from {} to {}", long_date(lang, f), long_date(lang, t)),
    }
}

/// How a computed indicator's value was reached, in a sentence; `meetings` is
/// the number of meetings held in the period.
fn explanation(lang: Language, computed: ComputedIndicator, period: &str, meetings: u32) -> String {
    match (computed, lang) {
        (ComputedIndicator::AcuerdosCumplidos, Language::Es) => {
            format!("Acuerdos cuyo seguimiento los declaró cumplidos {period}.")
        }
        (ComputedIndicator::AcuerdosCumplidos, Language::En) => {
            format!("Agreements whose follow-up declared them fulfilled {period}.")
        }
        (ComputedIndicator::ParticipacionReuniones, Language::Es) => format!(
            "Suma, en {}, de los Estados miembros con titular o suplente presente.",
            if meetings == 1 {
                format!("la única reunión celebrada {period}")
            } else {
                format!("las {meetings} reuniones celebradas {period}")
            }
        ),
        (ComputedIndicator::ParticipacionReuniones, Language::En) => format!(
            "Sum, over {}, of the member states with a principal or alternate present.",
            if meetings == 1 {
                format!("the only meeting held {period}")
            } else {
                format!("the {meetings} meetings held {period}")
            }
        ),
    }
}

/// What an indicator or activity has received from the meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanProgress {
    pub target: LinkTarget,
    pub code: String,
    /// How many agreements advance it.
    pub total: u32,
    /// The newest of them, at most `SHOWN_LINKED`.
    pub agreements: Vec<LinkedAgreement>,
}

/// How many of an indicator's or activity's agreements the Plan lists under it;
/// the register, filtered by the indicator, has them all.
pub const SHOWN_LINKED: u32 = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LinkedAgreement {
    pub id: i64,
    pub number: String,
    pub text: String,
    pub shown_status: ShownStatus,
    pub note: String,
}

/// One indicator's or activity's agreements (over every id its code has): how
/// many, and the newest `SHOWN_LINKED` in the register's order.
fn progress_of(
    conn: &rusqlite::Connection,
    target: LinkTarget,
    code: String,
    ids: &[(i64, u32)],
    today: NaiveDate,
) -> pleno_store::Result<PlanProgress> {
    let mut newest = Vec::new();
    for (id, _) in ids {
        newest.extend(register_db::newest_linked(conn, target, *id, SHOWN_LINKED)?);
    }
    newest.sort_by(|(a, _, day_a), (b, _, day_b)| {
        (day_b, b.meeting_id, b.sequence).cmp(&(day_a, a.meeting_id, a.sequence))
    });
    newest.dedup_by_key(|(a, _, _)| a.id);
    newest.truncate(SHOWN_LINKED as usize);
    let agreements = newest
        .into_iter()
        .map(|(a, note, _)| LinkedAgreement {
            id: a.id,
            shown_status: shown_status(a.status, a.due_on, today),
            number: a.number,
            text: a.text,
            note,
        })
        .collect();
    Ok(PlanProgress { target, code, total: ids.iter().map(|(_, n)| n).sum(), agreements })
}

fn split_snippet(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    for (i, piece) in snippet.split(['\u{1}', '\u{2}']).enumerate() {
        if !piece.is_empty() {
            parts.push(SnippetPart { text: piece.to_string(), hit: i % 2 == 1 });
        }
    }
    parts
}

/// The hits `offset..offset + limit` of a search, with the number of ranked matches.
fn hits(conn: &pleno_store::Connection, text: &str, offset: u32, limit: u32) -> Result<(Vec<SearchHit>, u32)> {
    let (rows, total) = agreement_db::search(conn, text, offset, limit)?;
    let mut hits = Vec::with_capacity(rows.len());
    for r in rows {
        let agreement = match r.agreement_id {
            Some(id) => agreement_db::get(conn, id)?,
            None => None,
        };
        hits.push(SearchHit {
            decision_id: (r.kind == "decision").then_some(r.ref_id),
            agreement_id: r.agreement_id,
            agreement_number: agreement.map(|a| a.number),
            kind: r.kind,
            snippet: split_snippet(&r.snippet),
        });
    }
    Ok((hits, total))
}

impl Api {
    /// Searches agreement texts, follow-ups and decision texts, ignoring accents
    /// and case ("repatriacion" finds "Repatriación"), the most relevant first
    /// among the newest matches (see `agreement_db::RANKED`).
    pub fn search(&self, text: &str, limit: u32) -> Result<Vec<SearchHit>> {
        self.store.read(|conn| hits(conn, text, 0, limit).map(|(hits, _)| hits))
    }

    /// A page of `search`: `limit` hits after `cursor`; `total` counts the ranked
    /// matches, at most `agreement_db::RANKED`.
    pub fn search_page(&self, text: &str, cursor: Option<&str>, limit: u32) -> Result<Page<SearchHit>> {
        let limit = paging::checked_limit(limit)?;
        let offset = cursor.map(paging::parse_search_cursor).transpose()?.unwrap_or(0);
        self.store.read(|conn| {
            let (items, total) = hits(conn, text, offset, limit)?;
            let next = offset + items.len() as u32;
            Ok(Page { next_cursor: (next < total).then(|| paging::search_cursor(next)), items, total })
        })
    }

    /// The indicators Pleno computes (4.3: agreements fulfilled; member states'
    /// participation in meetings) over a period; open ends mean "since/until always".
    pub fn computed_indicators(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<IndicatorValue>> {
        let plan = self.plan()?;
        let fulfilled = self.store.read(|conn| computed_db::fulfilled(conn, from, to))?;
        let (participations, meetings) = self.store.read(|conn| computed_db::participation(conn, from, to))?;
        Ok(plan
            .strategic_plan
            .indicators()
            .filter_map(|i| {
                let computed = i.computed?;
                let value = match computed {
                    ComputedIndicator::AcuerdosCumplidos => fulfilled,
                    ComputedIndicator::ParticipacionReuniones => participations,
                };
                let words = |lang| explanation(lang, computed, &period_words(lang, from, to), meetings);
                Some(IndicatorValue {
                    code: i.code.clone(),
                    title: i.title.clone(),
                    computed,
                    value,
                    from,
                    to,
                    explanation: words(Language::Es),
                    explanation_en: words(Language::En),
                })
            })
            .collect())
    }

    /// For each indicator and activity that has agreements: how many, and the newest
    /// `SHOWN_LINKED` of them.
    pub fn plan_progress(&self, today: NaiveDate) -> Result<Vec<PlanProgress>> {
        Ok(self.store.read(|conn| {
            let mut progress = Vec::new();
            for target in [LinkTarget::Indicator, LinkTarget::Activity] {
                // An activity's code can stand in several operating plans: one entry per code.
                let mut by_code: Vec<(String, Vec<(i64, u32)>)> = Vec::new();
                for (id, total) in register_db::linked_counts(conn, target)? {
                    let Some(code) = agreement_db::plan_code(conn, target, id)? else { continue };
                    match by_code.iter_mut().find(|(c, _)| *c == code) {
                        Some((_, ids)) => ids.push((id, total)),
                        None => by_code.push((code, vec![(id, total)])),
                    }
                }
                for (code, ids) in by_code {
                    progress.push(progress_of(conn, target, code, &ids, today)?);
                }
            }
            Ok::<_, pleno_store::StoreError>(progress)
        })?)
    }

    /// The register of agreements as CSV (with a byte-order mark for spreadsheets).
    /// `export_agreements_csv`, written to the file the user chose.
    pub fn save_agreements_csv(
        &self,
        filter: &AgreementFilter,
        today: NaiveDate,
        path: &std::path::Path,
    ) -> Result<()> {
        crate::write_file_atomically(path, self.export_agreements_csv(filter, today)?.as_bytes())
    }

    pub fn export_agreements_csv(&self, filter: &AgreementFilter, today: NaiveDate) -> Result<String> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| ApiError::from(ArchiveError::CsvWrite { why: e.to_string() });
        out.write_record([
            "numero",
            "reunion",
            "fecha",
            "texto",
            "responsables",
            "fecha_limite",
            "estado",
            "ultimo_seguimiento",
            "indicadores",
            "actividades",
        ])
        .map_err(fail)?;
        for a in self.agreements(filter, today)? {
            let codes = |target| {
                a.links.iter().filter(|l| l.target == target).map(|l| l.code.as_str()).collect::<Vec<_>>().join(" | ")
            };
            let last = a.follow_ups.last().map(|f| format!("{}: {}", f.reported_on, f.text)).unwrap_or_default();
            let cells = [
                a.number.as_str(),
                a.meeting_title.as_str(),
                &a.adopted_on.to_string(),
                a.text.as_str(),
                &a.responsible.iter().map(|r| r.label.as_str()).collect::<Vec<_>>().join(" | "),
                &a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                a.shown_status.spanish(),
                &last,
                &codes(LinkTarget::Indicator),
                &codes(LinkTarget::Activity),
            ];
            // A text a spreadsheet would run as a formula gets a leading apostrophe.
            out.write_record(cells.map(|cell| crate::spreadsheet_cells::neutralise(cell).into_owned()))
                .map_err(fail)?;
        }
        let bytes = out.into_inner().map_err(|e| ArchiveError::CsvWrite { why: e.to_string() })?;
        Ok(format!("\u{feff}{}", String::from_utf8(bytes).expect("CSV of UTF-8 strings")))
    }
}
