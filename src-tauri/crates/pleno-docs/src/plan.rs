//! The plan's two documents as descriptions: the Strategic Plan (title page, then
//! axes → strategic objectives → results → indicators, with the data's codes) and a
//! year's operating plan (POA) as the seed's landscape matrix, one table per axis.
//! Both print in Spanish or English; the plan's official titles (axes, objectives,
//! results, indicators, activities) stay in the seed's Spanish, as approved.

use chrono::NaiveDate;
use pleno_domain::plan::{Activity, OperatingPlan, OperationalObjective, Percent, StrategicPlan};

use crate::document::{
    Align, Cell, Column, ColumnWidth, Document, Heading, List, ListItem, ListMarker, PageSetup, Paragraph, Row,
    RunningFooter, RunningHeader, Span, Table, TextSize, TitlePage, COALITION,
};
use pleno_domain::lang::{long_date, plural};
use pleno_domain::Language;

/// Every word the two plan documents print, in one language.
struct Words {
    subject: &'static str,
    keywords: [&'static str; 4],
    subtitle: &'static str,
    secretariat: &'static str,
    general_objective: &'static str,
    /// (one, other) for axes, strategic objectives, results, indicators.
    counts: [(&'static str, &'static str); 4],
    organised_in: &'static str,
    and: &'static str,
    codes_kept: &'static str,
    axis: &'static str,
    strategic_objective: &'static str,
    result: &'static str,
    indicator: (&'static str, &'static str),
    poa_subject: &'static str,
    poa_keywords: [&'static str; 4],
    poa_intro: fn(i32, &str) -> String,
    no_axis: &'static str,
    columns: [&'static str; 7],
}

const ES: Words = Words {
    subject: "ejes, objetivos estratégicos, resultados e indicadores",
    keywords: ["plan estratégico", "trata de personas", "tráfico ilícito de migrantes", "indicadores"],
    subtitle: "Ejes, objetivos estratégicos, resultados e indicadores",
    secretariat: "Secretaría Técnica",
    general_objective: "Objetivo general",
    counts: [
        ("eje", "ejes"),
        ("objetivo estratégico", "objetivos estratégicos"),
        ("resultado", "resultados"),
        ("indicador", "indicadores"),
    ],
    organised_in: "El plan se organiza en",
    and: "y",
    codes_kept: "Cada eje, objetivo, resultado e indicador conserva el código con el que fue aprobado.",
    axis: "Eje",
    strategic_objective: "Objetivo estratégico",
    result: "Resultado",
    indicator: ("Indicador", "Indicadores"),
    poa_subject: "objetivos operativos, actividades, metas, indicadores, responsables y planificación semestral",
    poa_keywords: ["plan operativo anual", "POA", "trata de personas", "tráfico ilícito de migrantes"],
    poa_intro: |year, plan| {
        format!(
            "Matriz de objetivos operativos y actividades del año {year}, ordenada por los ejes del {plan}. \
             Las columnas de semestre indican la parte de cada actividad planificada para el I y el II semestre."
        )
    },
    no_axis: "Objetivos sin eje identificado",
    columns: ["Objetivo operativo", "Actividad", "Meta", "Indicador", "Responsable", "I Semestre", "II Semestre"],
};

const EN: Words = Words {
    subject: "axes, strategic objectives, results and indicators",
    keywords: ["strategic plan", "trafficking in persons", "smuggling of migrants", "indicators"],
    subtitle: "Axes, strategic objectives, results and indicators",
    secretariat: "Technical Secretariat",
    general_objective: "General objective",
    counts: [
        ("axis", "axes"),
        ("strategic objective", "strategic objectives"),
        ("result", "results"),
        ("indicator", "indicators"),
    ],
    organised_in: "The plan is organised in",
    and: "and",
    codes_kept: "Each axis, objective, result and indicator keeps the code it was approved with; \
                 their titles are quoted in the original Spanish.",
    axis: "Axis",
    strategic_objective: "Strategic objective",
    result: "Result",
    indicator: ("Indicator", "Indicators"),
    poa_subject: "operational objectives, activities, targets, indicators, responsible parties and half-year planning",
    poa_keywords: ["annual operating plan", "POA", "trafficking in persons", "smuggling of migrants"],
    poa_intro: |year, plan| {
        format!(
            "Matrix of the operational objectives and activities for {year}, ordered by the axes of the {plan}. \
             The half-year columns give the share of each activity planned for the first and the second half of the year."
        )
    },
    no_axis: "Objectives without an identified axis",
    columns: ["Operational objective", "Activity", "Target", "Indicator", "Responsible", "1st half", "2nd half"],
};

fn words(lang: Language) -> &'static Words {
    lang.pick(&ES, &EN)
}

/// "2018–2027": a range of years takes an en dash in print.
fn period(plan: &StrategicPlan) -> String {
    format!("{}–{}", plan.period.start_year, plan.period.end_year)
}

/// The plan's title with its period typeset ("Plan Estratégico 2018–2027 de la …").
fn typeset_title(plan: &StrategicPlan) -> String {
    let plain = format!("{}-{}", plan.period.start_year, plan.period.end_year);
    plan.title.replace(&plain, &period(plan))
}

/// The title without the Coalition's name, which the page already carries; in
/// English, "Strategic Plan 2018–2027".
fn short_title(plan: &StrategicPlan, lang: Language) -> String {
    if lang == Language::En {
        return format!("Strategic Plan {}", period(plan));
    }
    let title = typeset_title(plan);
    match title.strip_suffix(COALITION).and_then(|t| t.strip_suffix(" de la ")) {
        Some(short) if !short.is_empty() => short.to_string(),
        _ => title,
    }
}

/// The full title in the document's language.
fn full_title(plan: &StrategicPlan, lang: Language) -> String {
    match lang {
        Language::Es => typeset_title(plan),
        Language::En => format!("{} of the {}", short_title(plan, lang), crate::COALITION_EN),
    }
}

/// "Plan Operativo Anual 2018" / "Annual Operating Plan 2018".
fn poa_title(poa: &OperatingPlan, lang: Language) -> String {
    match lang {
        Language::Es => poa.title.clone(),
        Language::En => format!("Annual Operating Plan {}", poa.year),
    }
}

fn running(doc: &mut Document, right: String, issued: NaiveDate, lang: Language) {
    doc.header = Some(RunningHeader { left: crate::coalition(lang).to_string(), right });
    doc.footer = Some(RunningFooter::new(Some(long_date(lang, issued))));
}

/// The Strategic Plan as the Secretariat issues it on `issued`, in `lang`.
pub fn strategic_plan(plan: &StrategicPlan, issued: NaiveDate, lang: Language) -> Document {
    let w = words(lang);
    let short = short_title(plan, lang);
    let mut doc = Document::new(full_title(plan, lang), issued).in_language(lang);
    doc.metadata.subject = format!("{short}: {}", w.subject);
    doc.metadata.keywords = w.keywords.map(String::from).to_vec();
    running(&mut doc, short.clone(), issued, lang);
    doc.plain_first_page = true;

    doc.push(TitlePage {
        organisation: crate::coalition(lang).to_string(),
        title: short,
        subtitle: Some(w.subtitle.to_string()),
        issued_by: vec![w.secretariat.to_string(), long_date(lang, issued)],
    });
    doc.push(Heading::new(1, w.general_objective));
    doc.push(Paragraph::new(plan.general_objective.clone()));
    doc.push(Paragraph::new(summary(plan, w)));
    for axis in &plan.axes {
        doc.push(Heading::new(1, format!("{} {}. {}", w.axis, axis.code, axis.title)));
        doc.push(Paragraph::new(axis.description.clone()));
        for objective in &axis.objectives {
            doc.push(Heading::new(2, format!("{} {}", w.strategic_objective, objective.code)));
            doc.push(Paragraph::new(objective.title.clone()));
            for result in &objective.results {
                push_result(&mut doc, result, w);
            }
        }
    }
    doc
}

/// "El plan se organiza en 4 ejes, 9 objetivos estratégicos, …".
fn summary(plan: &StrategicPlan, w: &Words) -> String {
    let numbers = [plan.axes.len(), plan.objectives().count(), plan.results().count(), plan.indicators().count()];
    let parts: Vec<String> =
        numbers.iter().zip(w.counts).map(|(n, (one, other))| plural(*n as u64, one, other)).collect();
    format!("{} {} {} {}. {}", w.organised_in, parts[..3].join(", "), w.and, parts[3], w.codes_kept)
}

/// A result with its indicators under it.
fn push_result(doc: &mut Document, result: &pleno_domain::plan::PlanResult, w: &Words) {
    doc.push(Heading::new(3, format!("{} {}", w.result, result.code)));
    doc.push(Paragraph::new(result.title.clone()));
    if result.indicators.is_empty() {
        return;
    }
    let label = if result.indicators.len() == 1 { w.indicator.0 } else { w.indicator.1 };
    doc.push(
        Paragraph::from_spans(vec![Span::italic(label)]).align(Align::Left).size(TextSize::Small).keep_with_next(),
    );
    doc.push(List {
        marker: ListMarker::Labels,
        items: result.indicators.iter().map(|i| ListItem::labelled(&i.code, &i.title)).collect(),
    });
}

/// The POA matrix: landscape, one table per axis with the seed's columns, in `lang`.
pub fn operating_plan(poa: &OperatingPlan, plan: &StrategicPlan, issued: NaiveDate, lang: Language) -> Document {
    let w = words(lang);
    let title = poa_title(poa, lang);
    let mut doc = Document::new(format!("{title} — {}", full_title(plan, lang)), issued).in_language(lang);
    doc.page = PageSetup::landscape();
    doc.metadata.subject = format!("{title}: {}", w.poa_subject);
    doc.metadata.keywords = w.poa_keywords.iter().map(|k| k.to_string()).chain([poa.year.to_string()]).collect();
    running(&mut doc, title.clone(), issued, lang);

    doc.push(Heading::new(1, title));
    doc.push(Paragraph::new((w.poa_intro)(poa.year, &short_title(plan, lang))));
    for axis in &plan.axes {
        let objectives: Vec<&OperationalObjective> =
            poa.objectives.iter().filter(|o| axis_of(o, plan).is_some_and(|code| code == axis.code)).collect();
        if objectives.is_empty() {
            continue;
        }
        doc.push(Heading::new(2, format!("{} {}. {}", w.axis, axis.code, axis.title)));
        doc.push(matrix(&objectives, w));
    }
    // Objectives whose axis the plan does not know still print, rather than vanish.
    let orphans: Vec<&OperationalObjective> = poa.objectives.iter().filter(|o| axis_of(o, plan).is_none()).collect();
    if !orphans.is_empty() {
        doc.push(Heading::new(2, w.no_axis));
        doc.push(matrix(&orphans, w));
    }
    doc
}

fn axis_of<'p>(objective: &'p OperationalObjective, plan: &'p StrategicPlan) -> Option<&'p str> {
    if !objective.axis.is_empty() {
        return Some(objective.axis.as_str());
    }
    plan.objectives().find(|(_, o)| o.code == objective.strategic_objective).map(|(axis, _)| axis.code.as_str())
}

fn matrix(objectives: &[&OperationalObjective], w: &Words) -> Table {
    let [objective, activity, target, indicator, responsible, first, second] = w.columns;
    let columns = vec![
        Column::new(objective, ColumnWidth::Relative(21.0)),
        Column::new(activity, ColumnWidth::Relative(22.0)),
        Column::new(target, ColumnWidth::Relative(18.0)),
        Column::new(indicator, ColumnWidth::Relative(18.0)),
        Column::new(responsible, ColumnWidth::Relative(18.0)),
        Column::new(first, ColumnWidth::Fixed(24.0)).align(Align::Center),
        Column::new(second, ColumnWidth::Fixed(24.0)).align(Align::Center),
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
