//! The monitoring of a POA as PDF (seed §IX): one state's report laid out as the
//! seed's "MATRIZ DE MONITOREO — INFORME DE SEGUIMIENTO AL PLAN OPERATIVO ANUAL"
//! with its header block, and the consolidated regional matrix of a year —
//! planned against reported progress per activity, completeness, the weighted
//! results per objective and axis, and bar charts drawn as vectors.

use chrono::NaiveDate;
use pleno_docs::{
    Align, BarGroup, Bars, Cell, Column, ColumnWidth, Document, Heading, PageSetup, Paragraph, Row, Span, Table, Title,
};
use pleno_domain::country::Country;
use pleno_domain::lang::long_date;
use pleno_domain::monitoring::{ActivityRollup, MonitoringReport, Rollup, WeightedResult};
use pleno_domain::plan::{OperatingPlan, Percent};
use pleno_domain::{Language, Localized};
use serde::Serialize;

use super::{render, running};
use crate::{Api, ApiError, ErrorCode, Result};

/// Why a monitoring document cannot be printed.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum MonitoringPdfError {
    NoReport { year: i32, country: String },
}

impl Localized for MonitoringPdfError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (MonitoringPdfError::NoReport { year, country }, Language::Es) => {
                format!("{country} no tiene informe de seguimiento del POA {year}")
            }
            (MonitoringPdfError::NoReport { year, country }, Language::En) => {
                format!("{country} has no monitoring report on the POA {year}")
            }
        }
    }
}

impl From<MonitoringPdfError> for ApiError {
    fn from(e: MonitoringPdfError) -> Self {
        ApiError::refusal(ErrorCode::NotFound, &e)
    }
}

/// Every word the two monitoring documents use, in one language.
struct Words {
    lang: Language,
    matrix: &'static str,
    report: &'static str,
    consolidated: &'static str,
    header: [&'static str; 3],
    version: fn(u32, &str) -> String,
    columns: [&'static str; 7],
    no_entry: &'static str,
    regional_columns: [&'static str; 7],
    completeness: fn(usize, usize) -> String,
    missing: &'static str,
    weighted: &'static str,
    weighted_columns: [&'static str; 4],
    objective: &'static str,
    axis: &'static str,
    chart_objectives: &'static str,
    chart_axes: &'static str,
    series: [&'static str; 2],
    no_reports: &'static str,
    planned_note: &'static str,
    subject: &'static str,
}

const ES: Words = Words {
    lang: Language::Es,
    matrix: "MATRIZ DE MONITOREO",
    report: "INFORME DE SEGUIMIENTO AL PLAN OPERATIVO ANUAL",
    consolidated: "MATRIZ DE MONITOREO CONSOLIDADA",
    header: ["FECHA", "PAÍS", "COALICIÓN/COMITÉ/COMISIÓN Y/O CONSEJO NACIONAL"],
    version: |v, semester| format!("Semestre {semester} · versión {v}"),
    columns: [
        "Objetivo Operativo",
        "Actividad",
        "Meta",
        "Indicador",
        "% de avance",
        "Estado de las metas",
        "Justificación",
    ],
    no_entry: "sin informe",
    regional_columns: [
        "Actividad",
        "Peso",
        "Previsto I sem.",
        "Previsto II sem.",
        "Avance reportado (media)",
        "Informaron",
        "Sin informe",
    ],
    completeness: |n, of| format!("Informaron {n} de {of} Estados miembros."),
    missing: "No han informado:",
    weighted: "Resultados ponderados",
    weighted_columns: ["Código", "Objetivo operativo / eje", "Actividades con informe", "Resultado ponderado"],
    objective: "Objetivo",
    axis: "Eje",
    chart_objectives: "Previsto y reportado por objetivo operativo",
    chart_axes: "Previsto y reportado por eje",
    series: ["Previsto al cierre del año", "Reportado (ponderado)"],
    no_reports: "sin informes",
    planned_note: "El avance previsto de una actividad al cierre del año es la suma de lo previsto para sus dos semestres, hasta 100 %; el de un objetivo o eje, su media ponderada. El resultado ponderado es Σ(peso × media reportada) / Σ peso sobre las actividades con informe; las cifras se redondean a un decimal.",
    subject: "Seguimiento del Plan Operativo Anual",
};

const EN: Words = Words {
    lang: Language::En,
    matrix: "MONITORING MATRIX",
    report: "MONITORING REPORT ON THE ANNUAL OPERATING PLAN",
    consolidated: "CONSOLIDATED MONITORING MATRIX",
    header: ["DATE", "COUNTRY", "NATIONAL COALITION/COMMITTEE/COMMISSION AND/OR COUNCIL"],
    version: |v, semester| format!("Semester {semester} · version {v}"),
    columns: ["Operational objective", "Activity", "Target", "Indicator", "% progress", "Status of targets", "Justification"],
    no_entry: "not reported",
    regional_columns: [
        "Activity",
        "Weight",
        "Planned sem. I",
        "Planned sem. II",
        "Reported progress (mean)",
        "Reported",
        "Not reported",
    ],
    completeness: |n, of| format!("{n} of {of} member states reported."),
    missing: "Not yet reported:",
    weighted: "Weighted results",
    weighted_columns: ["Code", "Operational objective / axis", "Activities reported", "Weighted result"],
    objective: "Objective",
    axis: "Axis",
    chart_objectives: "Planned and reported by operational objective",
    chart_axes: "Planned and reported by axis",
    series: ["Planned by year end", "Reported (weighted)"],
    no_reports: "no reports",
    planned_note: "An activity's planned progress by year end is the sum of what is planned for its two semesters, up to 100%; an objective's or axis's is their weighted mean. The weighted result is Σ(weight × reported mean) / Σ weight over the activities with reports; figures are rounded to one decimal.",
    subject: "Monitoring of the Annual Operating Plan",
};

fn words(lang: Language) -> &'static Words {
    match lang {
        Language::Es => &ES,
        Language::En => &EN,
    }
}

fn percent(p: Option<Percent>) -> String {
    p.map_or_else(|| "—".into(), |p| format!("{}%", p.value()))
}

fn figure(v: Option<f64>, w: &Words) -> String {
    match (v, w.lang) {
        (None, _) => "—".into(),
        (Some(v), Language::Es) => format!("{v:.1} %").replace('.', ","),
        (Some(v), Language::En) => format!("{v:.1}%"),
    }
}

fn coded(code: &str, title: &str) -> Cell {
    Cell::from_spans(vec![Span::bold(code.to_string()), Span::plain(format!(" {title}"))])
}

fn country_name(countries: &[Country], code: &str, lang: Language) -> String {
    countries
        .iter()
        .find(|c| c.code.as_str() == code)
        .map_or_else(|| code.to_string(), |c| lang.pick(c.name.clone(), c.name_en.clone()))
}

fn new_document(title: String, issued: NaiveDate, w: &Words) -> Document {
    let mut doc = Document::new(title.clone(), issued).in_language(w.lang);
    doc.page = PageSetup::landscape();
    doc.metadata.subject = w.subject.to_string();
    running(&mut doc, title, issued);
    doc
}

/// One state's report: the header block, then the seed's seven columns.
fn report_document(
    plan: &OperatingPlan,
    report: &MonitoringReport,
    state: &str,
    issued: NaiveDate,
    w: &Words,
) -> Document {
    let mut doc = new_document(format!("{} {} — {state}", w.report, plan.year), issued, w);
    doc.push(Title::new(w.matrix).line(format!("{} {}", w.report, plan.year)));
    let [date, country, mechanism] = w.header;
    let header = Table {
        columns: vec![
            Column::new(date, ColumnWidth::Relative(25.0)),
            Column::new(country, ColumnWidth::Relative(20.0)),
            Column::new(mechanism, ColumnWidth::Relative(55.0)),
        ],
        rows: vec![Row::new(vec![
            Cell::new(long_date(w.lang, report.reported_on)),
            Cell::new(state.to_string()),
            Cell::new(report.mechanism.clone()),
        ])],
    };
    doc.push(header);
    doc.push(Paragraph::new((w.version)(report.version, report.semester.roman())).align(Align::Left));
    doc.push(report_matrix(plan, report, w));
    doc
}

fn report_matrix(plan: &OperatingPlan, report: &MonitoringReport, w: &Words) -> Table {
    let [objective, activity, target, indicator, progress, status, justification] = w.columns;
    let columns = vec![
        Column::new(objective, ColumnWidth::Relative(18.0)),
        Column::new(activity, ColumnWidth::Relative(20.0)),
        Column::new(target, ColumnWidth::Relative(15.0)),
        Column::new(indicator, ColumnWidth::Relative(15.0)),
        Column::new(progress, ColumnWidth::Fixed(20.0)).align(Align::Center),
        Column::new(status, ColumnWidth::Fixed(27.0)).align(Align::Center),
        Column::new(justification, ColumnWidth::Relative(18.0)),
    ];
    let mut rows = Vec::new();
    for o in plan.objectives.iter().filter(|o| !o.activities.is_empty()) {
        for (i, a) in o.activities.iter().enumerate() {
            let mut cells = Vec::with_capacity(7);
            if i == 0 {
                cells.push(coded(&o.code, &o.title).rowspan(o.activities.len()));
            }
            cells.extend([coded(&a.code, &a.title), Cell::new(a.target.clone()), Cell::new(a.indicator.clone())]);
            match report.entries.iter().find(|e| e.activity == a.code) {
                Some(e) => cells.extend([
                    Cell::new(format!("{}%", e.progress.value())),
                    Cell::new(e.status.label(w.lang)),
                    Cell::new(e.justification.clone()),
                ]),
                None => cells.extend([Cell::new("—"), Cell::new(w.no_entry), Cell::new("")]),
            }
            rows.push(Row::new(cells));
        }
    }
    Table { columns, rows }
}

/// An activity's planned progress by year end: what its two semesters plan, up to 100.
fn planned_by_year_end(a: &ActivityRollup) -> f64 {
    let share = |p: Option<Percent>| p.map_or(0.0, |p| f64::from(p.value()));
    (share(a.planned_s1) + share(a.planned_s2)).min(100.0)
}

/// The weighted mean of the planned progress of the activities `of` selects.
fn planned_weighted(activities: &[ActivityRollup], of: impl Fn(&ActivityRollup) -> bool) -> Option<f64> {
    let mine: Vec<&ActivityRollup> = activities.iter().filter(|a| of(a)).collect();
    let weights: f64 = mine.iter().map(|a| f64::from(a.weight.value())).sum();
    (weights > 0.0).then(|| {
        let sum: f64 = mine.iter().map(|a| f64::from(a.weight.value()) * planned_by_year_end(a)).sum();
        pleno_domain::monitoring::round1(sum / weights)
    })
}

/// The consolidated matrix of a year: per activity, completeness, weighted results, charts.
struct Regional<'a> {
    plan: &'a OperatingPlan,
    rollup: &'a Rollup,
    axes: Vec<(String, String)>,
    countries: &'a [Country],
}

fn regional_document(r: &Regional, issued: NaiveDate, w: &Words) -> Document {
    let mut doc = new_document(format!("{} {}", w.consolidated, r.plan.year), issued, w);
    doc.push(Title::new(w.consolidated).line(format!("{} {}", w.report, r.plan.year)));
    let reported = r.rollup.states.iter().filter(|s| s.reported_on.is_some()).count();
    let mut summary = (w.completeness)(reported, r.rollup.states.len());
    let silent: Vec<String> = r
        .rollup
        .states
        .iter()
        .filter(|s| s.reported_on.is_none())
        .map(|s| country_name(r.countries, &s.country, w.lang))
        .collect();
    if !silent.is_empty() {
        summary = format!("{summary} {} {}.", w.missing, silent.join(", "));
    }
    doc.push(Paragraph::new(summary).align(Align::Left));
    doc.push(regional_matrix(r, w));
    doc.push(Heading::new(2, w.weighted));
    doc.push(weighted_table(r, w));
    doc.push(Paragraph::new(w.planned_note).size(pleno_docs::TextSize::Small));
    doc.push(Heading::new(2, w.chart_objectives));
    doc.push(chart(
        &r.rollup.objectives,
        |code| format!("{code} {}", objective_title(r.plan, code)),
        |a, code| a.objective == code,
        r,
        w,
    ));
    doc.push(Heading::new(2, w.chart_axes));
    doc.push(chart(
        &r.rollup.axes,
        |code| format!("{} {code}. {}", w.axis, axis_title(r, code)),
        |a, code| axis_of_activity(r, a) == Some(code),
        r,
        w,
    ));
    doc
}

fn objective_title(plan: &OperatingPlan, code: &str) -> String {
    plan.objectives.iter().find(|o| o.code == code).map(|o| o.title.clone()).unwrap_or_default()
}

fn axis_title(r: &Regional, code: &str) -> String {
    r.axes.iter().find(|(c, _)| c == code).map(|(_, t)| t.clone()).unwrap_or_default()
}

fn axis_of_activity<'a>(r: &'a Regional, a: &ActivityRollup) -> Option<&'a str> {
    r.plan.objectives.iter().find(|o| o.code == a.objective).map(|o| o.axis.as_str())
}

fn regional_matrix(r: &Regional, w: &Words) -> Table {
    let [activity, weight, s1, s2, mean, reported, missing] = w.regional_columns;
    let columns = vec![
        Column::new(activity, ColumnWidth::Relative(40.0)),
        Column::new(weight, ColumnWidth::Fixed(17.0)).align(Align::Center),
        Column::new(s1, ColumnWidth::Fixed(21.0)).align(Align::Center),
        Column::new(s2, ColumnWidth::Fixed(21.0)).align(Align::Center),
        Column::new(mean, ColumnWidth::Fixed(26.0)).align(Align::Center),
        Column::new(reported, ColumnWidth::Fixed(20.0)).align(Align::Center),
        Column::new(missing, ColumnWidth::Relative(16.0)),
    ];
    let mut rows = Vec::new();
    for o in r.plan.objectives.iter().filter(|o| !o.activities.is_empty()) {
        rows.push(Row::new(vec![coded(&o.code, &o.title).colspan(7).shaded()]).keep_with_next());
        for a in r.rollup.activities.iter().filter(|a| a.objective == o.code) {
            let names: Vec<String> = a.missing.iter().map(|c| country_name(r.countries, c, w.lang)).collect();
            rows.push(Row::new(vec![
                coded(&a.code, &a.title),
                Cell::new(a.weight.value().to_string()),
                Cell::new(percent(a.planned_s1)),
                Cell::new(percent(a.planned_s2)),
                Cell::new(figure(a.reported_mean, w)),
                Cell::new(format!("{}/{}", a.reported, a.expected)),
                Cell::new(names.join(", ")),
            ]));
        }
    }
    Table { columns, rows }
}

fn weighted_table(r: &Regional, w: &Words) -> Table {
    let [code, title, reported, result] = w.weighted_columns;
    let columns = vec![
        Column::new(code, ColumnWidth::Fixed(26.0)),
        Column::new(title, ColumnWidth::Relative(60.0)),
        Column::new(reported, ColumnWidth::Fixed(34.0)).align(Align::Center),
        Column::new(result, ColumnWidth::Fixed(34.0)).align(Align::Center),
    ];
    let row = |label: String, title: String, x: &WeightedResult, shaded: bool| {
        let cells = vec![
            Cell::new(label),
            Cell::new(title),
            Cell::new(format!("{}/{}", x.activities_reported, x.activities)),
            Cell::new(figure(x.weighted, w)),
        ];
        Row::new(if shaded { cells.into_iter().map(Cell::shaded).collect() } else { cells })
    };
    let mut rows = Vec::new();
    for axis in &r.rollup.axes {
        rows.push(row(format!("{} {}", w.axis, axis.code), axis_title(r, &axis.code), axis, true));
        for o in r
            .rollup
            .objectives
            .iter()
            .filter(|o| r.plan.objectives.iter().any(|p| p.code == o.code && p.axis == axis.code))
        {
            rows.push(row(format!("{} {}", w.objective, o.code), objective_title(r.plan, &o.code), o, false));
        }
    }
    Table { columns, rows }
}

fn chart(
    results: &[WeightedResult],
    label: impl Fn(&str) -> String,
    of: impl Fn(&ActivityRollup, &str) -> bool,
    r: &Regional,
    w: &Words,
) -> Bars {
    let groups = results
        .iter()
        .map(|x| BarGroup {
            label: label(&x.code),
            values: vec![planned_weighted(&r.rollup.activities, |a| of(a, &x.code)), x.weighted],
        })
        .collect();
    Bars {
        series: w.series.iter().map(|s| s.to_string()).collect(),
        groups,
        missing: w.no_reports.into(),
        scale: pleno_docs::BarScale::Percent,
    }
}

impl Api {
    /// One state's latest report on the POA of `year` (latest semester, then
    /// latest version: the one the roll-up counts) as the seed's matrix.
    pub fn pdf_monitoring_report(
        &self,
        year: i32,
        country: &str,
        issued: NaiveDate,
        lang: Language,
    ) -> Result<Vec<u8>> {
        let plan = self.operating_plan(year)?;
        let reports = self.monitoring_reports(Some(year), Some(country))?;
        let code = country.trim().to_ascii_uppercase();
        let report = reports
            .into_iter()
            .filter(|r| !r.superseded)
            .max_by_key(|r| (r.semester.number(), r.version))
            .ok_or(MonitoringPdfError::NoReport { year, country: code.clone() })?;
        let countries = self.store.read(|conn| Ok::<_, ApiError>(pleno_store::country_db::list(conn)?))?;
        let state = country_name(&countries, report.country.as_deref().unwrap_or(&code), lang);
        render(&report_document(&plan, &report, &state, issued, words(lang)))
    }

    /// The consolidated regional matrix of the POA of `year`, with the weighted
    /// results and their bar charts.
    pub fn pdf_monitoring_rollup(&self, year: i32, issued: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let plan = self.operating_plan(year)?;
        let rollup = self.monitoring_rollup(year, None)?;
        let countries = self.store.read(|conn| Ok::<_, ApiError>(pleno_store::country_db::list(conn)?))?;
        let axes = self.plan()?.strategic_plan.axes.into_iter().map(|a| (a.code, a.title)).collect();
        let regional = Regional { plan: &plan, rollup: &rollup, axes, countries: &countries };
        render(&regional_document(&regional, issued, words(lang)))
    }
}
