//! The plan's two documents as descriptions: the Strategic Plan (title page, then
//! axes → strategic objectives → results → indicators, with the data's codes) and a
//! year's operating plan (POA) as the seed's landscape matrix, one table per axis.

use chrono::NaiveDate;
use pleno_domain::plan::{Activity, OperatingPlan, OperationalObjective, Percent, StrategicPlan};

use crate::document::{
    Align, Cell, Column, ColumnWidth, Document, Heading, List, ListItem, ListMarker, PageSetup, Paragraph, Row,
    RunningFooter, RunningHeader, Span, Table, TextSize, TitlePage, COALITION,
};
use pleno_domain::spanish_long_date;

/// "2018–2027": a range of years takes an en dash in print.
fn period(plan: &StrategicPlan) -> String {
    format!("{}–{}", plan.period.start_year, plan.period.end_year)
}

/// The plan's title with its period typeset ("Plan Estratégico 2018–2027 de la …").
fn typeset_title(plan: &StrategicPlan) -> String {
    let plain = format!("{}-{}", plan.period.start_year, plan.period.end_year);
    plan.title.replace(&plain, &period(plan))
}

/// The title without the Coalition's name, which the page already carries.
fn short_title(plan: &StrategicPlan) -> String {
    let title = typeset_title(plan);
    match title.strip_suffix(COALITION).and_then(|t| t.strip_suffix(" de la ")) {
        Some(short) if !short.is_empty() => short.to_string(),
        _ => title,
    }
}

fn running(doc: &mut Document, right: String, issued: NaiveDate) {
    doc.header = Some(RunningHeader { left: COALITION.to_string(), right });
    doc.footer = Some(RunningFooter::new(Some(spanish_long_date(issued))));
}

/// The Strategic Plan as the Secretariat issues it on `issued`.
pub fn strategic_plan(plan: &StrategicPlan, issued: NaiveDate) -> Document {
    let short = short_title(plan);
    let mut doc = Document::new(typeset_title(plan), issued);
    doc.metadata.subject = format!("{short}: ejes, objetivos estratégicos, resultados e indicadores");
    doc.metadata.keywords = ["plan estratégico", "trata de personas", "tráfico ilícito de migrantes", "indicadores"]
        .map(String::from)
        .to_vec();
    running(&mut doc, short.clone(), issued);
    doc.plain_first_page = true;

    doc.push(TitlePage {
        organisation: COALITION.to_string(),
        title: short,
        subtitle: Some("Ejes, objetivos estratégicos, resultados e indicadores".to_string()),
        issued_by: vec!["Secretaría Técnica".to_string(), spanish_long_date(issued)],
    });

    let objectives = plan.objectives().count();
    let results = plan.results().count();
    let indicators = plan.indicators().count();
    doc.push(Heading::new(1, "Objetivo general"));
    doc.push(Paragraph::new(plan.general_objective.clone()));
    doc.push(Paragraph::new(format!(
        "El plan se organiza en {} {}, {objectives} {}, {results} {} y {indicators} {}. \
         Cada eje, objetivo, resultado e indicador conserva el código con el que fue aprobado.",
        plan.axes.len(),
        plural(plan.axes.len(), "eje", "ejes"),
        plural(objectives, "objetivo estratégico", "objetivos estratégicos"),
        plural(results, "resultado", "resultados"),
        plural(indicators, "indicador", "indicadores"),
    )));

    for axis in &plan.axes {
        doc.push(Heading::new(1, format!("Eje {}. {}", axis.code, axis.title)));
        doc.push(Paragraph::new(axis.description.clone()));
        for objective in &axis.objectives {
            doc.push(Heading::new(2, format!("Objetivo estratégico {}", objective.code)));
            doc.push(Paragraph::new(objective.title.clone()));
            for result in &objective.results {
                doc.push(Heading::new(3, format!("Resultado {}", result.code)));
                doc.push(Paragraph::new(result.title.clone()));
                if result.indicators.is_empty() {
                    continue;
                }
                let label = plural(result.indicators.len(), "Indicador", "Indicadores");
                doc.push(
                    Paragraph::from_spans(vec![Span::italic(label)])
                        .align(Align::Left)
                        .size(TextSize::Small)
                        .keep_with_next(),
                );
                doc.push(List {
                    marker: ListMarker::Labels,
                    items: result.indicators.iter().map(|i| ListItem::labelled(&i.code, &i.title)).collect(),
                });
            }
        }
    }
    doc
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The POA matrix: landscape, one table per axis with the seed's columns.
pub fn operating_plan(poa: &OperatingPlan, plan: &StrategicPlan, issued: NaiveDate) -> Document {
    let mut doc = Document::new(format!("{} — {}", poa.title, typeset_title(plan)), issued);
    doc.page = PageSetup::landscape();
    doc.metadata.subject = format!(
        "Matriz del {}: objetivos operativos, actividades, metas, indicadores, responsables y planificación semestral",
        poa.title
    );
    doc.metadata.keywords = [
        "plan operativo anual",
        "POA",
        poa.year.to_string().as_str(),
        "trata de personas",
        "tráfico ilícito de migrantes",
    ]
    .map(String::from)
    .to_vec();
    running(&mut doc, poa.title.clone(), issued);

    doc.push(Heading::new(1, poa.title.clone()));
    doc.push(Paragraph::new(format!(
        "Matriz de objetivos operativos y actividades del año {}, ordenada por los ejes del {}. \
         Las columnas de semestre indican la parte de cada actividad planificada para el I y el II semestre.",
        poa.year,
        short_title(plan)
    )));

    for axis in &plan.axes {
        let objectives: Vec<&OperationalObjective> =
            poa.objectives.iter().filter(|o| axis_of(o, plan).is_some_and(|code| code == axis.code)).collect();
        if objectives.is_empty() {
            continue;
        }
        doc.push(Heading::new(2, format!("Eje {}. {}", axis.code, axis.title)));
        doc.push(matrix(&objectives));
    }
    // Objectives whose axis the plan does not know still print, rather than vanish.
    let orphans: Vec<&OperationalObjective> = poa.objectives.iter().filter(|o| axis_of(o, plan).is_none()).collect();
    if !orphans.is_empty() {
        doc.push(Heading::new(2, "Objetivos sin eje identificado"));
        doc.push(matrix(&orphans));
    }
    doc
}

fn axis_of<'p>(objective: &'p OperationalObjective, plan: &'p StrategicPlan) -> Option<&'p str> {
    if !objective.axis.is_empty() {
        return Some(objective.axis.as_str());
    }
    plan.objectives().find(|(_, o)| o.code == objective.strategic_objective).map(|(axis, _)| axis.code.as_str())
}

fn matrix(objectives: &[&OperationalObjective]) -> Table {
    let columns = vec![
        Column::new("Objetivo operativo", ColumnWidth::Relative(21.0)),
        Column::new("Actividad", ColumnWidth::Relative(22.0)),
        Column::new("Meta", ColumnWidth::Relative(18.0)),
        Column::new("Indicador", ColumnWidth::Relative(18.0)),
        Column::new("Responsable", ColumnWidth::Relative(18.0)),
        Column::new("I Semestre", ColumnWidth::Fixed(24.0)).align(Align::Center),
        Column::new("II Semestre", ColumnWidth::Fixed(24.0)).align(Align::Center),
    ];
    let mut rows = Vec::new();
    for objective in objectives {
        let label = Cell::from_spans(coded(&objective.code, &objective.title));
        if objective.activities.is_empty() {
            let mut cells = vec![label];
            cells.extend((0..6).map(|_| Cell::new("")));
            rows.push(Row::new(cells));
            continue;
        }
        for (i, activity) in objective.activities.iter().enumerate() {
            let mut cells = Vec::with_capacity(7);
            if i == 0 {
                cells.push(label.clone().rowspan(objective.activities.len()));
            }
            cells.extend(activity_cells(activity));
            rows.push(Row::new(cells));
        }
    }
    Table { columns, rows }
}

fn coded(code: &str, title: &str) -> Vec<Span> {
    vec![Span::bold(code.to_string()), Span::plain(format!(" {title}"))]
}

fn activity_cells(activity: &Activity) -> [Cell; 6] {
    [
        Cell::from_spans(coded(&activity.code, &activity.title)),
        Cell::new(activity.target.clone()),
        Cell::new(activity.indicator.clone()),
        Cell::new(activity.responsible.clone()),
        Cell::new(share(activity.semester_1)),
        Cell::new(share(activity.semester_2)),
    ]
}

/// A planned share as the seed writes it ("50%"); a dash where none is planned.
fn share(percent: Option<Percent>) -> String {
    percent.map_or_else(|| "—".to_string(), |p| format!("{}%", p.value()))
}
