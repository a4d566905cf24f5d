//! The archive's views over agreements: full-text search, the indicators Pleno
//! computes from its own record, what each part of the plan has received from
//! the meetings, and the register as CSV.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use pleno_domain::agreement::{AgreementStatus, LinkTarget, ShownStatus};
use pleno_domain::meeting::{MeetingRole, MeetingStatus};
use pleno_domain::plan::ComputedIndicator;
use pleno_store::{agreement_db, attendance_db, country_db, meeting_db};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::{Api, ApiError, Result};

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
    /// How the value was reached, in a sentence.
    pub explanation: String,
}

/// What an indicator or activity has received from the meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanProgress {
    pub target: LinkTarget,
    pub code: String,
    pub agreements: Vec<LinkedAgreement>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LinkedAgreement {
    pub id: i64,
    pub number: String,
    pub text: String,
    pub shown_status: ShownStatus,
    pub note: String,
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

fn within(date: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| f <= date) && to.is_none_or(|t| date <= t)
}

impl Api {
    /// Searches agreement texts, follow-ups and decision texts, ignoring accents
    /// and case; "repatriacion" finds "Repatriación".
    pub fn search(&self, text: &str, limit: u32) -> Result<Vec<SearchHit>> {
        self.store.read(|conn| {
            let rows = agreement_db::search(conn, text, limit)?;
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
            Ok::<_, ApiError>(hits)
        })
    }

    /// The indicators Pleno computes (4.3: agreements fulfilled; member states'
    /// participation in meetings) over a period; open ends mean "since/until always".
    pub fn computed_indicators(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<IndicatorValue>> {
        let plan = self.plan()?;
        let fulfilled = self.store.read(|conn| {
            let rows = agreement_db::list(conn)?;
            let dates = agreement_db::fulfilled_on(conn)?;
            Ok::<_, ApiError>(
                rows.iter()
                    .filter(|a| a.status == AgreementStatus::Cumplido)
                    .filter(|a| dates.get(&a.id).is_some_and(|d| within(*d, from, to)))
                    .count() as u32,
            )
        })?;
        let (participations, meetings) = self.store.read(|conn| {
            let mut total = 0u32;
            let mut counted = 0u32;
            for m in meeting_db::list(conn)? {
                // A meeting still in draft or only convened has not been held.
                let held = matches!(m.status, MeetingStatus::EnCurso | MeetingStatus::Cerrada);
                if !held || !within(m.starts_on, from, to) {
                    continue;
                }
                counted += 1;
                let members = country_db::members_on(conn, m.starts_on)?;
                let present: BTreeSet<String> = attendance_db::list(conn, m.id)?
                    .into_iter()
                    .filter(|r| matches!(r.role, MeetingRole::Titular | MeetingRole::Suplente))
                    .filter(|r| !r.stays.is_empty())
                    .filter_map(|r| r.country)
                    .filter(|c| members.contains(c))
                    .collect();
                total += present.len() as u32;
            }
            Ok::<_, ApiError>((total, counted))
        })?;
        let period = match (from, to) {
            (None, None) => "desde el inicio del registro".to_string(),
            (Some(f), None) => format!("desde el {}", pleno_domain::spanish_long_date(f)),
            (None, Some(t)) => format!("hasta el {}", pleno_domain::spanish_long_date(t)),
            (Some(f), Some(t)) => {
                format!("del {} al {}", pleno_domain::spanish_long_date(f), pleno_domain::spanish_long_date(t))
            }
        };
        Ok(plan
            .strategic_plan
            .indicators()
            .filter_map(|i| {
                let computed = i.computed?;
                let (value, explanation) = match computed {
                    ComputedIndicator::AcuerdosCumplidos => {
                        (fulfilled, format!("Acuerdos cuyo seguimiento los declaró cumplidos {period}."))
                    }
                    ComputedIndicator::ParticipacionReuniones => (
                        participations,
                        format!(
                            "Suma, en {}, de los Estados miembros con titular o suplente presente.",
                            if meetings == 1 {
                                format!("la única reunión celebrada {period}")
                            } else {
                                format!("las {meetings} reuniones celebradas {period}")
                            }
                        ),
                    ),
                };
                Some(IndicatorValue {
                    code: i.code.clone(),
                    title: i.title.clone(),
                    computed,
                    value,
                    from,
                    to,
                    explanation,
                })
            })
            .collect())
    }

    /// For each indicator and activity that has agreements, those agreements.
    pub fn plan_progress(&self, today: NaiveDate) -> Result<Vec<PlanProgress>> {
        let agreements = self.agreements(&AgreementFilter::default(), today)?;
        let mut progress: Vec<PlanProgress> = Vec::new();
        for a in &agreements {
            for l in &a.links {
                let linked = LinkedAgreement {
                    id: a.id,
                    number: a.number.clone(),
                    text: a.text.clone(),
                    shown_status: a.shown_status,
                    note: l.note.clone(),
                };
                match progress.iter_mut().find(|p| p.target == l.target && p.code == l.code) {
                    Some(p) => p.agreements.push(linked),
                    None => {
                        progress.push(PlanProgress { target: l.target, code: l.code.clone(), agreements: vec![linked] })
                    }
                }
            }
        }
        Ok(progress)
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
        let fail = |e: csv::Error| ApiError::invalid(format!("No se pudo escribir el CSV: {e}"));
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
            out.write_record([
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
            ])
            .map_err(fail)?;
        }
        let bytes = out.into_inner().map_err(|e| ApiError::invalid(e.to_string()))?;
        Ok(format!("\u{feff}{}", String::from_utf8(bytes).expect("CSV of UTF-8 strings")))
    }
}
