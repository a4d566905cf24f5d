//! The national mechanisms' monitoring reports (seed §IX "Matriz de monitoreo"):
//! one per state (or the region) and semester of a year's POA, in versions — a
//! correction is a new version and the earlier ones stay readable — and the
//! regional roll-up with completeness and the weighted results.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use pleno_domain::monitoring::{
    self, MonitoringError, MonitoringReport, ReportEntry, ReportForRollup, ReportSource, Rollup, Semester,
};
use pleno_domain::{CountryCode, Language, Localized, Term};
use pleno_store::monitoring_db::{self, NewReport, ReportQuery};
use pleno_store::{country_db, poa_db, Connection, Transaction};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::poa::{plan_of_year, read_plan};
use crate::{Api, ApiError, ErrorCode, Result};

/// Why a report was refused (beyond the domain's rules on its entries).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum ReportError {
    NoReport { id: i64 },
    Superseded { id: i64, version: u32 },
    UnknownCountry { country: String },
    NotAMember { country: String, year: i32 },
    UnknownActivity { year: i32, code: String },
    DateOutsideYear { date: NaiveDate, year: i32 },
    NoEvidenceFile,
    NoEvidence { id: i64 },
}

impl Localized for ReportError {
    fn localized(&self, lang: Language) -> String {
        use ReportError::*;
        match (self, lang) {
            (NoReport { id }, Language::Es) => format!("no existe el informe de seguimiento {id}"),
            (NoReport { id }, Language::En) => format!("there is no monitoring report {id}"),
            (Superseded { id, version }, Language::Es) => format!(
                "el informe {id} (versión {version}) ya fue corregido por una versión posterior y no se modifica: corrija la última versión"
            ),
            (Superseded { id, version }, Language::En) => format!(
                "report {id} (version {version}) has been corrected by a later version and is not changed: correct the latest version"
            ),
            (UnknownCountry { country }, Language::Es) => format!("no hay ningún Estado con el código {country} en Pleno"),
            (UnknownCountry { country }, Language::En) => format!("there is no state with code {country} in Pleno"),
            (NotAMember { country, year }, Language::Es) => format!("{country} no era miembro de la Coalición en {year}"),
            (NotAMember { country, year }, Language::En) => {
                format!("{country} was not a member of the Coalition in {year}")
            }
            (UnknownActivity { year, code }, Language::Es) => format!("el POA {year} no tiene la actividad {code}"),
            (UnknownActivity { year, code }, Language::En) => format!("the POA {year} has no activity {code}"),
            (DateOutsideYear { date, year }, Language::Es) => {
                format!("la fecha del informe ({date}) es anterior al año {year} que informa")
            }
            (DateOutsideYear { date, year }, Language::En) => {
                format!("the report's date ({date}) is before the year {year} it reports on")
            }
            (NoEvidenceFile, Language::Es) => "el archivo de evidencia está vacío o no tiene nombre".into(),
            (NoEvidenceFile, Language::En) => "the evidence file is empty or has no name".into(),
            (NoEvidence { id }, Language::Es) => format!("no existe el archivo de evidencia {id}"),
            (NoEvidence { id }, Language::En) => format!("there is no evidence file {id}"),
        }
    }
}

impl From<ReportError> for ApiError {
    fn from(e: ReportError) -> Self {
        let code = match e {
            ReportError::NoReport { .. } | ReportError::NoEvidence { .. } => ErrorCode::NotFound,
            _ => ErrorCode::Invalid,
        };
        ApiError::refusal(code, &e)
    }
}

impl From<MonitoringError> for ApiError {
    fn from(e: MonitoringError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &e)
    }
}

/// A report as entered: for a state (or the region, without a country), one
/// semester of a year's POA, dated, with its entries. A report for a state and
/// semester that already has one is its correction: a new version that keeps
/// the earlier entries not given again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportDraft {
    pub year: i32,
    pub semester: Semester,
    pub country: Option<String>,
    pub reported_on: NaiveDate,
    #[serde(default)]
    pub entries: Vec<ReportEntry>,
}

/// The states that were members at any time during `year`, in the Coalition's order.
pub(crate) fn members_in_year(conn: &Connection, year: i32) -> Result<Vec<String>> {
    let whole_year =
        Term::new(NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January"), NaiveDate::from_ymd_opt(year + 1, 1, 1))?;
    let mut members = Vec::new();
    for country in country_db::list(conn)? {
        if country_db::memberships(conn, &country.code)?.iter().any(|t| t.overlaps(&whole_year)) {
            members.push(country.code.to_string());
        }
    }
    Ok(members)
}

/// The state a report or a template is for: known, and a member during `year`.
pub(crate) fn reporting_state(conn: &Connection, country: &str, year: i32) -> Result<pleno_domain::country::Country> {
    let code = CountryCode::parse(country)?;
    let found = country_db::list(conn)?.into_iter().find(|c| c.code == code);
    let Some(found) = found else {
        return Err(ReportError::UnknownCountry { country: code.to_string() }.into());
    };
    if !members_in_year(conn, year)?.contains(&code.to_string()) {
        return Err(ReportError::NotAMember { country: code.to_string(), year }.into());
    }
    Ok(found)
}

fn write_entries(tx: &Transaction, plan_id: i64, year: i32, report_id: i64, entries: &[ReportEntry]) -> Result<()> {
    let ids = poa_db::activity_ids(tx, plan_id)?;
    for entry in entries {
        monitoring::check_entry(entry)?;
        let activity = ids
            .get(entry.activity.trim())
            .ok_or_else(|| ReportError::UnknownActivity { year, code: entry.activity.clone() })?;
        monitoring_db::set_entry(tx, report_id, *activity, entry)?;
    }
    Ok(())
}

/// Writes a new version of the report described by `draft` inside the caller's
/// transaction; the import of the XLSX matrix writes through here too.
pub(crate) fn write_report(
    tx: &Transaction,
    draft: &ReportDraft,
    source: ReportSource,
    now: NaiveDateTime,
) -> Result<i64> {
    let (plan_id, _) = plan_of_year(tx, draft.year)?;
    if draft.reported_on.year() < draft.year {
        return Err(ReportError::DateOutsideYear { date: draft.reported_on, year: draft.year }.into());
    }
    let (country, mechanism) = match &draft.country {
        Some(c) => {
            let state = reporting_state(tx, c, draft.year)?;
            let (code, mechanism) = (state.code.to_string(), state.mechanism.map(|m| m.name).unwrap_or_default());
            (Some(code), mechanism)
        }
        None => (None, String::new()),
    };
    let previous = monitoring_db::reports(tx, &ReportQuery { year: Some(draft.year), ..Default::default() })?
        .into_iter()
        .filter(|r| r.country == country && r.semester == draft.semester)
        .max_by_key(|r| r.version);
    let id = monitoring_db::insert(
        tx,
        &NewReport {
            plan_id,
            country: country.as_deref(),
            semester: draft.semester,
            reported_on: draft.reported_on,
            mechanism: &mechanism,
            source,
            recorded_at: now,
        },
    )?;
    if let Some(previous) = previous {
        monitoring_db::copy_entries(tx, previous.id, id)?;
    }
    write_entries(tx, plan_id, draft.year, id, &draft.entries)?;
    Ok(id)
}

fn report(conn: &Connection, id: i64) -> Result<MonitoringReport> {
    monitoring_db::reports(conn, &ReportQuery { id: Some(id), ..Default::default() })?
        .pop()
        .ok_or_else(|| ReportError::NoReport { id }.into())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Api {
    /// Records a report (version 1), or the correction of an existing one (the next version).
    pub fn add_monitoring_report(&mut self, draft: &ReportDraft, now: NaiveDateTime) -> Result<MonitoringReport> {
        self.store.write(|tx| {
            let id = write_report(tx, draft, ReportSource::Manual, now)?;
            report(tx, id)
        })
    }

    /// Sets one entry of the latest version of a report; a superseded version is read-only.
    pub fn set_monitoring_entry(&mut self, report_id: i64, entry: &ReportEntry) -> Result<MonitoringReport> {
        self.store.write(|tx| {
            let current = report(tx, report_id)?;
            if current.superseded {
                return Err(ReportError::Superseded { id: report_id, version: current.version }.into());
            }
            let (plan_id, _) = plan_of_year(tx, current.year)?;
            write_entries(tx, plan_id, current.year, report_id, std::slice::from_ref(entry))?;
            report(tx, report_id)
        })
    }

    pub fn monitoring_report(&self, id: i64) -> Result<MonitoringReport> {
        self.store.read(|conn| report(conn, id))
    }

    /// Reports, every version, by year, country, semester and version.
    pub fn monitoring_reports(&self, year: Option<i32>, country: Option<&str>) -> Result<Vec<MonitoringReport>> {
        let country = country.map(CountryCode::parse).transpose()?;
        self.store.read(|conn| {
            let q = ReportQuery { year, country: country.as_ref().map(CountryCode::as_str), ..Default::default() };
            Ok(monitoring_db::reports(conn, &q)?)
        })
    }

    /// Keeps an evidence file with a report, with its SHA-256.
    pub fn attach_report_evidence(
        &mut self,
        report_id: i64,
        file_name: &str,
        content: &[u8],
        now: NaiveDateTime,
    ) -> Result<MonitoringReport> {
        if file_name.trim().is_empty() || content.is_empty() {
            return Err(ReportError::NoEvidenceFile.into());
        }
        self.store.write(|tx| {
            report(tx, report_id)?;
            monitoring_db::add_evidence(tx, report_id, file_name.trim(), &hex(&Sha256::digest(content)), content, now)?;
            report(tx, report_id)
        })
    }

    /// An evidence file of a report: its name and content.
    pub fn report_evidence(&self, evidence_id: i64) -> Result<(String, Vec<u8>)> {
        let (name, _, content) = self
            .store
            .read(|conn| monitoring_db::evidence_file(conn, evidence_id))?
            .ok_or(ReportError::NoEvidence { id: evidence_id })?;
        Ok((name, content))
    }

    /// The regional roll-up of the POA of `year`, counting reports up to `up_to`
    /// (all semesters when `None`).
    pub fn monitoring_rollup(&self, year: i32, up_to: Option<Semester>) -> Result<Rollup> {
        self.store.read(|conn| {
            let plan = read_plan(conn, year)?;
            let members = members_in_year(conn, year)?;
            let q = ReportQuery { year: Some(year), ..Default::default() };
            let reports: Vec<ReportForRollup> = monitoring_db::reports(conn, &q)?
                .into_iter()
                .filter_map(|r| {
                    Some(ReportForRollup {
                        country: r.country?,
                        semester: r.semester,
                        version: r.version,
                        reported_on: r.reported_on,
                        entries: r.entries,
                    })
                })
                .collect();
            Ok(monitoring::rollup(&plan, &members, &reports, up_to))
        })
    }
}
