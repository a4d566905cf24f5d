//! The register of agreements (landscape): number, date and meeting, text,
//! responsible parties, due date, status ("vencido" as of the day printed), the
//! last follow-up and what each agreement advances in the plan.

use chrono::NaiveDate;
use pleno_docs::{Align, Cell, Column, ColumnWidth, Document, Heading, PageSetup, Paragraph, Row, Span, Table};
use pleno_domain::agreement::{Agreement, ShownStatus};
use pleno_domain::lang::{long_date, plural};
use pleno_domain::minutes::words::link_target;
use pleno_domain::{Language, Localized};

use super::{render, running};
use crate::agreements::AgreementFilter;
use crate::{Api, ApiError, ErrorCode, Result};

const STATUS_ORDER: [ShownStatus; 5] =
    [ShownStatus::Cumplido, ShownStatus::EnCurso, ShownStatus::Pendiente, ShownStatus::Vencido, ShownStatus::SinEfecto];

/// Every word the register of agreements uses, in one language.
struct Words {
    lang: Language,
    register: &'static str,
    all: &'static str,
    agreements: &'static str,
    subject: &'static str,
    keywords: [&'static str; 3],
    situation: fn(&str) -> String,
    empty: &'static str,
    columns: [&'static str; 7],
    no_due: &'static str,
    total: &'static str,
    agreement: (&'static str, &'static str),
    of_meeting: &'static str,
    advancing_axis: &'static str,
    axis: &'static str,
    and: &'static str,
}

const ES: Words = Words {
    lang: Language::Es,
    register: "Registro de acuerdos",
    all: "Todos los acuerdos",
    agreements: "Acuerdos",
    subject: "Registro de acuerdos de la Coalición Regional",
    keywords: ["registro de acuerdos", "seguimiento", "indicadores"],
    situation: |day| {
        format!("Situación al {day}: un acuerdo pendiente o en curso cuyo plazo ha pasado figura como «vencido».")
    },
    empty: "No hay acuerdos en esta selección.",
    columns: [
        "Número, fecha y reunión",
        "Acuerdo",
        "Responsables",
        "Plazo",
        "Estado",
        "Último seguimiento",
        "Contribuye a",
    ],
    no_due: "sin plazo",
    total: "Total: ",
    agreement: ("acuerdo", "acuerdos"),
    of_meeting: "de la",
    advancing_axis: "que contribuyen al",
    axis: "Eje",
    and: "y",
};

const EN: Words = Words {
    lang: Language::En,
    register: "Register of agreements",
    all: "All agreements",
    agreements: "Agreements",
    subject: "Register of agreements of the Regional Coalition",
    keywords: ["register of agreements", "follow-up", "indicators"],
    situation: |day| {
        format!("Status as of {day}: a pending or ongoing agreement past its due date shows as “overdue”.")
    },
    empty: "There are no agreements in this selection.",
    columns: [
        "Number, date and meeting",
        "Agreement",
        "Responsible",
        "Due",
        "Status",
        "Last follow-up",
        "Contributes to",
    ],
    no_due: "no due date",
    total: "Total: ",
    agreement: ("agreement", "agreements"),
    of_meeting: "of the",
    advancing_axis: "contributing to",
    axis: "Axis",
    and: "and",
};

impl Words {
    /// "cumplido" / "cumplidos", "fulfilled".
    fn status(&self, status: ShownStatus, n: usize) -> String {
        match (self.lang, status) {
            (Language::En, ShownStatus::Cumplido) => "fulfilled".into(),
            (Language::En, ShownStatus::EnCurso) => "in progress".into(),
            (Language::En, ShownStatus::Pendiente) => "pending".into(),
            (Language::En, ShownStatus::Vencido) => "overdue".into(),
            (Language::En, ShownStatus::SinEfecto) => "void".into(),
            (Language::Es, ShownStatus::EnCurso | ShownStatus::SinEfecto) => status.spanish().into(),
            (Language::Es, _) if n != 1 => format!("{}s", status.spanish()),
            (Language::Es, _) => status.spanish().into(),
        }
    }
}

/// Why the register could not be printed.
#[derive(Debug, serde::Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum RegisterError {
    UnknownAxis { code: String, axes: Vec<String> },
}

impl Localized for RegisterError {
    fn localized(&self, lang: Language) -> String {
        let RegisterError::UnknownAxis { code, axes } = self;
        match lang {
            Language::Es => {
                format!("no existe el eje «{code}» en el Plan Estratégico; los ejes son: {}", axes.join(", "))
            }
            Language::En => format!("the Strategic Plan has no axis “{code}”; its axes are: {}", axes.join(", ")),
        }
    }
}

impl From<RegisterError> for ApiError {
    fn from(e: RegisterError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &e)
    }
}

fn row(a: &Agreement, w: &Words) -> Row {
    let d = |date| long_date(w.lang, date);
    let number = Cell::from_spans(vec![
        Span::bold(a.number.clone()),
        Span::plain(format!("\n{}\n", d(a.adopted_on))),
        Span::italic(w.lang.pick(&a.meeting_title, &a.meeting_title_en).to_string()),
    ]);
    let responsible = if a.responsible.is_empty() {
        "—".to_string()
    } else {
        a.responsible.iter().map(|r| w.lang.pick(&r.label, &r.label_en).as_str()).collect::<Vec<_>>().join(", ")
    };
    let status = match a.shown_status {
        ShownStatus::Vencido => Span::bold(w.status(ShownStatus::Vencido, 1)),
        other => Span::plain(w.status(other, 1)),
    };
    let follow_up = match a.follow_ups.iter().max_by_key(|f| (f.reported_on, f.id)) {
        Some(f) => {
            let title = w.lang.pick(&f.meeting_title, &f.meeting_title_en);
            let place = title.as_deref().map(|t| format!(", {t}")).unwrap_or_default();
            vec![Span::italic(format!("{}{place}: ", d(f.reported_on))), Span::plain(f.text.clone())]
        }
        None => vec![Span::plain("—")],
    };
    let mut advances = Vec::new();
    for (i, link) in a.links.iter().enumerate() {
        let what = pleno_domain::text::capitalise(link_target(w.lang, link.target));
        advances.push(Span::bold(format!("{}{what} {}", if i > 0 { "\n" } else { "" }, link.code)));
        advances.push(Span::plain(format!(" {}", link.title)));
    }
    if advances.is_empty() {
        advances.push(Span::plain("—"));
    }
    Row::new(vec![
        number,
        Cell::new(a.text.clone()),
        Cell::new(responsible),
        Cell::new(a.due_on.map_or_else(|| w.no_due.to_string(), d)),
        Cell::from_spans(vec![status]),
        Cell::from_spans(follow_up),
        Cell::from_spans(advances),
    ])
}

impl Api {
    /// The axis code asked for (checked against the plan) and the selection in
    /// words: "Acuerdos de la XV Reunión Ordinaria y que contribuyen al Eje 1. …".
    fn selection(&self, meeting_id: Option<i64>, axis: Option<&str>, w: &Words) -> Result<(Option<String>, String)> {
        let mut selection = Vec::new();
        if let Some(id) = meeting_id {
            let detail = self.meeting(id)?;
            selection.push(format!("{} {}", w.of_meeting, super::title(&detail, w.lang)));
        }
        let axis = match axis.map(str::trim) {
            Some(code) => {
                let plan = self.plan()?;
                let found = plan.strategic_plan.axes.iter().find(|a| a.code == code).ok_or_else(|| {
                    let axes = plan.strategic_plan.axes.iter().map(|a| a.code.clone()).collect();
                    RegisterError::UnknownAxis { code: code.to_string(), axes }
                })?;
                selection.push(format!("{} {} {}. {}", w.advancing_axis, w.axis, found.code, found.title));
                Some(found.code.clone())
            }
            None => None,
        };
        let described = if selection.is_empty() {
            w.all.to_string()
        } else {
            format!("{} {}", w.agreements, selection.join(&format!(" {} ", w.and)))
        };
        Ok((axis, described))
    }

    /// The register of agreements, all of them or those of one meeting or one axis
    /// of the plan (both filters apply when both are given); statuses as of `today`.
    pub fn pdf_agreements(
        &self,
        meeting_id: Option<i64>,
        axis: Option<&str>,
        today: NaiveDate,
        lang: Language,
    ) -> Result<Vec<u8>> {
        let w = lang.pick(&ES, &EN);
        let (axis, described) = self.selection(meeting_id, axis, w)?;
        let filter = AgreementFilter { meeting_id, axis, ..AgreementFilter::default() };
        let agreements = self.agreements(&filter, today)?;

        let mut doc = Document::new(format!("{} — {described}", w.register), today).in_language(lang);
        doc.page = PageSetup::landscape();
        doc.metadata.subject = format!("{}: {described}", w.subject);
        doc.metadata.keywords = w.keywords.map(String::from).to_vec();
        running(&mut doc, w.register, today);

        doc.push(Heading::new(1, w.register));
        doc.push(
            Paragraph::from_spans(vec![
                Span::bold(format!("{described}. ")),
                Span::plain((w.situation)(&long_date(lang, today))),
            ])
            .align(Align::Left),
        );
        if agreements.is_empty() {
            doc.push(Paragraph::new(w.empty));
            return render(&doc);
        }
        let [number, agreement, responsible, due, status, follow_up, advances] = w.columns;
        doc.push(Table {
            columns: vec![
                Column::new(number, ColumnWidth::Fixed(36.0)),
                Column::new(agreement, ColumnWidth::Relative(3.0)),
                Column::new(responsible, ColumnWidth::Relative(1.5)),
                Column::new(due, ColumnWidth::Fixed(24.0)),
                Column::new(status, ColumnWidth::Fixed(22.0)),
                Column::new(follow_up, ColumnWidth::Relative(2.2)),
                Column::new(advances, ColumnWidth::Relative(2.3)),
            ],
            rows: agreements.iter().map(|a| row(a, w)).collect(),
        });
        let counts: Vec<String> = STATUS_ORDER
            .iter()
            .filter_map(|s| {
                let n = agreements.iter().filter(|a| a.shown_status == *s).count();
                (n > 0).then(|| format!("{n} {}", w.status(*s, n)))
            })
            .collect();
        let total = plural(agreements.len() as u64, w.agreement.0, w.agreement.1);
        doc.push(Paragraph::from_spans(vec![
            Span::bold(w.total),
            Span::plain(format!("{total}: {}.", counts.join(", "))),
        ]));
        render(&doc)
    }
}
