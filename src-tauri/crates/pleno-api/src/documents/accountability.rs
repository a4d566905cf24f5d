//! The end-of-term and biennial accountability reports as PDF: the figures of
//! `AccountabilityReport` (accountability_report.rs) in tables, with vector bar
//! charts of the meetings by kind, the agreements by axis and the weighted POA
//! results, in Spanish or English. Nothing is computed here but the layout.

use chrono::NaiveDate;
use pleno_docs::{
    Align, BarGroup, BarScale, Bars, Cell, Column, ColumnWidth, Document, Heading, Paragraph, Row, Table, Title,
};
use pleno_domain::directory_model::Office;
use pleno_domain::lang::long_date;
use pleno_domain::meeting::MeetingKind;
use pleno_domain::Language;

use super::{render, running};
use crate::accountability_report::{AccountabilityReport, AgreementCounts};
use crate::{Api, Result};

/// A figure as the report prints it: whole numbers without decimals, others with
/// one, in the language's decimal mark; "—" for none.
pub(crate) fn number(value: Option<f64>, lang: Language) -> String {
    match value {
        None => "—".into(),
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) if lang == Language::Es => format!("{v:.1}").replace('.', ","),
        Some(v) => format!("{v:.1}"),
    }
}

fn table(columns: Vec<Column>, rows: Vec<Vec<String>>) -> Table {
    Table { columns, rows: rows.into_iter().map(|r| Row::new(r.into_iter().map(Cell::new).collect())).collect() }
}

fn col(title: &str, width: ColumnWidth) -> Column {
    Column::new(title, width)
}

fn figure_col(title: &str) -> Column {
    Column::new(title, ColumnWidth::Fixed(24.0)).align(Align::Center)
}

fn counts_row(c: &AgreementCounts) -> Vec<String> {
    [c.adopted, c.fulfilled, c.in_progress, c.overdue, c.withdrawn].iter().map(u32::to_string).collect()
}

struct Builder<'a> {
    doc: Document,
    r: &'a AccountabilityReport,
    lang: Language,
    section: u32,
}

impl Builder<'_> {
    fn t<'b>(&self, es: &'b str, en: &'b str) -> &'b str {
        self.lang.pick(es, en)
    }

    fn heading(&mut self, es: &str, en: &str) {
        self.section += 1;
        let text = format!("{}. {}", self.section, self.t(es, en));
        self.doc.push(Heading::new(1, text));
    }

    fn date(&self, d: NaiveDate) -> String {
        long_date(self.lang, d)
    }

    fn title(&mut self) {
        let period = match self.lang {
            Language::Es => format!("Del {} al {}", self.date(self.r.from), self.date(self.r.to)),
            Language::En => format!("From {} to {}", self.date(self.r.from), self.date(self.r.to)),
        };
        let title = self.lang.pick(&self.r.title.es, &self.r.title.en).to_string();
        self.doc.push(Title::new(title).line(period));
    }

    fn meetings(&mut self) {
        self.heading("Reuniones celebradas", "Meetings held");
        let lang = self.lang;
        let kinds: Vec<(MeetingKind, u32)> =
            MeetingKind::ALL.iter().map(|k| (*k, self.r.meetings.get(k.as_str()).copied().unwrap_or(0))).collect();
        let rows = kinds.iter().map(|(k, n)| vec![k.label(lang).to_string(), n.to_string()]).collect();
        let columns = vec![
            col(self.t("Tipo de reunión", "Kind of meeting"), ColumnWidth::Relative(1.0)),
            figure_col(self.t("Celebradas", "Held")),
        ];
        self.doc.push(table(columns, rows));
        self.doc.push(Bars {
            series: vec![self.t("Reuniones celebradas", "Meetings held").into()],
            groups: kinds
                .iter()
                .map(|(k, n)| BarGroup { label: k.label(lang).into(), values: vec![Some(f64::from(*n))] })
                .collect(),
            missing: "—".into(),
            scale: BarScale::Count,
        });
        self.doc.push(Heading::new(2, self.t("Asistencia por Estado", "Attendance by state")));
        let mut columns = vec![col(self.t("Estado", "State"), ColumnWidth::Relative(1.0))];
        columns.extend(
            MeetingKind::ALL.iter().map(|k| Column::new(k.label(lang), ColumnWidth::Fixed(27.0)).align(Align::Center)),
        );
        let rows = self
            .r
            .attendance
            .iter()
            .map(|s| {
                let mut row = vec![s.name.clone()];
                row.extend(
                    MeetingKind::ALL.iter().map(|k| s.attended.get(k.as_str()).copied().unwrap_or(0).to_string()),
                );
                row
            })
            .collect();
        self.doc.push(table(columns, rows));
    }

    fn agreement_columns(&self, first: &str) -> Vec<Column> {
        vec![
            col(first, ColumnWidth::Relative(1.0)),
            figure_col(self.t("Adoptados", "Adopted")),
            figure_col(self.t("Cumplidos", "Fulfilled")),
            figure_col(self.t("En curso", "In progress")),
            figure_col(self.t("Vencidos", "Overdue")),
            figure_col(self.t("Sin efecto", "Withdrawn")),
        ]
    }

    fn axis_label(&self, axis: &str, title: &str) -> String {
        if axis.is_empty() {
            self.t("Sin vínculo con el plan", "Not linked to the plan").to_string()
        } else {
            format!("{} {axis}. {title}", self.t("Eje", "Axis"))
        }
    }

    fn agreements(&mut self) {
        self.heading("Acuerdos", "Agreements");
        let mut total = vec![self.t("Total del período", "Total of the period").to_string()];
        total.extend(counts_row(&self.r.agreements));
        self.doc.push(table(self.agreement_columns(""), vec![total]));
        self.doc.push(Heading::new(2, self.t("Por eje estratégico", "By strategic axis")));
        let rows = self
            .r
            .agreements_by_axis
            .iter()
            .map(|a| {
                let mut row = vec![self.axis_label(&a.axis, &a.title)];
                row.extend(counts_row(&a.counts));
                row
            })
            .collect();
        self.doc.push(table(self.agreement_columns(self.t("Eje", "Axis")), rows));
        let groups = self
            .r
            .agreements_by_axis
            .iter()
            .map(|a| BarGroup {
                label: self.axis_label(&a.axis, &a.title),
                values: [a.counts.adopted, a.counts.fulfilled, a.counts.overdue]
                    .iter()
                    .map(|n| Some(f64::from(*n)))
                    .collect(),
            })
            .collect();
        self.doc.push(Bars {
            series: [("Adoptados", "Adopted"), ("Cumplidos", "Fulfilled"), ("Vencidos", "Overdue")]
                .iter()
                .map(|(es, en)| self.t(es, en).to_string())
                .collect(),
            groups,
            missing: "—".into(),
            scale: BarScale::Count,
        });
    }

    fn indicators(&mut self) {
        self.heading("Indicadores del Plan Estratégico", "Indicators of the Strategic Plan");
        let lang = self.lang;
        let source = |s: &str| match s {
            "computed" => self.t("calculado", "computed"),
            _ => self.t("reportado", "reported"),
        };
        let rows = self
            .r
            .indicators
            .iter()
            .map(|i| {
                let breakdown = i
                    .breakdown
                    .iter()
                    .map(|b| format!("{}: {}", lang.pick(&b.label.es, &b.label.en), b.value))
                    .collect::<Vec<_>>()
                    .join("; ");
                let title = if breakdown.is_empty() { i.title.clone() } else { format!("{} ({breakdown})", i.title) };
                vec![i.code.clone(), title, number(i.target, lang), number(i.value, lang), source(&i.source).into()]
            })
            .collect();
        let columns = vec![
            col(self.t("Código", "Code"), ColumnWidth::Fixed(16.0)),
            col(self.t("Indicador", "Indicator"), ColumnWidth::Relative(1.0)),
            figure_col(self.t("Meta", "Target")),
            figure_col(self.t("Valor", "Value")),
            col(self.t("Fuente", "Source"), ColumnWidth::Fixed(22.0)),
        ];
        self.doc.push(table(columns, rows));
        self.doc.push(Heading::new(
            2,
            self.t("Indicadores del POA calculados del registro", "POA indicators computed from the record"),
        ));
        let rows = self
            .r
            .poa_indicators
            .iter()
            .map(|i| vec![i.code.clone(), lang.pick(&i.title.es, &i.title.en).to_string(), i.value.to_string()])
            .collect();
        let columns = vec![
            col(self.t("Código", "Code"), ColumnWidth::Fixed(16.0)),
            col(self.t("Indicador", "Indicator"), ColumnWidth::Relative(1.0)),
            figure_col(self.t("Valor", "Value")),
        ];
        self.doc.push(table(columns, rows));
    }

    fn poa(&mut self) {
        self.heading("Resultados ponderados del POA", "Weighted POA results");
        if let Some(note) = &self.r.poa.note {
            self.doc.push(Paragraph::new(self.lang.pick(&note.es, &note.en)).align(Align::Left));
        }
        for year in &self.r.poa.years {
            let lang = self.lang;
            let axis = self.t("Eje", "Axis");
            let label = |code: &str| format!("{axis} {code}");
            self.doc.push(Heading::new(2, format!("POA {}", year.year)));
            let rows = year
                .axes
                .iter()
                .map(|a| {
                    vec![
                        label(&a.code),
                        number(a.weighted, lang),
                        format!("{} / {}", a.activities_reported, a.activities),
                    ]
                })
                .collect();
            let columns = vec![
                col(self.t("Eje", "Axis"), ColumnWidth::Relative(1.0)),
                figure_col(self.t("Resultado (%)", "Result (%)")),
                figure_col(self.t("Actividades informadas", "Activities reported")),
            ];
            self.doc.push(table(columns, rows));
            self.doc.push(Bars {
                series: vec![self.t("Resultado ponderado", "Weighted result").into()],
                groups: year
                    .axes
                    .iter()
                    .map(|a| BarGroup { label: label(&a.code), values: vec![a.weighted] })
                    .collect(),
                missing: self.t("sin informes", "no reports").into(),
                scale: BarScale::Percent,
            });
        }
    }

    fn representations(&mut self) {
        self.heading("Representaciones de la Presidencia", "Representations of the Presidency");
        let rows = self
            .r
            .representations
            .iter()
            .map(|x| {
                let reported = match &x.reported_at {
                    Some(b) => self.lang.pick(&b.meeting_title.es, &b.meeting_title.en).to_string(),
                    None => self.t("pendiente de informar", "not yet reported").to_string(),
                };
                vec![self.date(x.held_on), x.event.clone(), x.place.clone(), x.representative_name.clone(), reported]
            })
            .collect();
        let columns = vec![
            col(self.t("Fecha", "Date"), ColumnWidth::Fixed(34.0)),
            col(self.t("Evento", "Event"), ColumnWidth::Relative(2.0)),
            col(self.t("Lugar", "Place"), ColumnWidth::Relative(1.0)),
            col(self.t("Representó", "Represented by"), ColumnWidth::Relative(1.0)),
            col(self.t("Informada en", "Reported at"), ColumnWidth::Relative(1.2)),
        ];
        self.doc.push(table(columns, rows));
    }

    fn alliances(&mut self) {
        self.heading("Alianzas y acciones conjuntas", "Alliances and joint actions");
        let lang = self.lang;
        let rows = self
            .r
            .alliances
            .iter()
            .map(|a| {
                let actions = a.actions.iter().filter(|x| self.r.from <= x.done_on && x.done_on <= self.r.to).count();
                vec![
                    a.partner.clone(),
                    a.kind.label(lang).into(),
                    a.support.label(lang).into(),
                    a.scope.label(lang).into(),
                    self.date(a.starts_on),
                    actions.to_string(),
                ]
            })
            .collect();
        let columns = vec![
            col(self.t("Socio", "Partner"), ColumnWidth::Relative(1.0)),
            col(self.t("Actor", "Actor"), ColumnWidth::Fixed(30.0)),
            col(self.t("Apoyo", "Support"), ColumnWidth::Fixed(21.0)),
            col(self.t("Nivel", "Level"), ColumnWidth::Fixed(25.0)),
            col(self.t("Desde", "Since"), ColumnWidth::Fixed(34.0)),
            Column::new(self.t("Acciones", "Actions"), ColumnWidth::Fixed(18.0)).align(Align::Center),
        ];
        self.doc.push(table(columns, rows));
    }

    fn country_reports(&mut self) {
        self.heading("Informes de país presentados", "Country reports presented");
        let lang = self.lang;
        let rows = self
            .r
            .country_reports
            .iter()
            .map(|s| {
                let rate = s.rate.map(|r| r * 100.0);
                vec![
                    s.name.clone(),
                    s.sessions.to_string(),
                    s.presented.to_string(),
                    format!("{} %", number(rate, lang)),
                ]
            })
            .collect();
        let columns = vec![
            col(self.t("Estado", "State"), ColumnWidth::Relative(1.0)),
            figure_col(self.t("Sesiones", "Sessions")),
            figure_col(self.t("Presentados", "Presented")),
            figure_col(self.t("Tasa", "Rate")),
        ];
        self.doc.push(table(columns, rows));
    }

    fn comparison(&mut self) {
        let Some(before) = &self.r.previous else { return };
        self.heading("Comparación con el período anterior", "Comparison with the previous period");
        let lang = self.lang;
        let period = match lang {
            Language::Es => format!("Período anterior: del {} al {}.", self.date(before.from), self.date(before.to)),
            Language::En => format!("Previous period: from {} to {}.", self.date(before.from), self.date(before.to)),
        };
        self.doc.push(Paragraph::new(period).align(Align::Left));
        let mut rows: Vec<Vec<String>> = MeetingKind::ALL
            .iter()
            .map(|k| {
                let of =
                    |m: &std::collections::BTreeMap<String, u32>| m.get(k.as_str()).copied().unwrap_or(0).to_string();
                vec![
                    format!("{}: {}", self.t("Reuniones", "Meetings"), k.label(lang)),
                    of(&before.meetings),
                    of(&self.r.meetings),
                ]
            })
            .collect();
        let (a, b) = (&before.agreements, &self.r.agreements);
        rows.push(vec![
            self.t("Acuerdos adoptados", "Agreements adopted").into(),
            a.adopted.to_string(),
            b.adopted.to_string(),
        ]);
        rows.push(vec![
            self.t("Acuerdos cumplidos", "Agreements fulfilled").into(),
            a.fulfilled.to_string(),
            b.fulfilled.to_string(),
        ]);
        for i in self.r.indicators.iter().filter(|i| i.source == "computed") {
            let prev = before.indicators.iter().find(|p| p.code == i.code).and_then(|p| p.value);
            rows.push(vec![
                format!("{} {}", self.t("Indicador", "Indicator"), i.code),
                number(prev, lang),
                number(i.value, lang),
            ]);
        }
        let columns = vec![
            col("", ColumnWidth::Relative(1.0)),
            figure_col(self.t("Anterior", "Previous")),
            figure_col(self.t("Este período", "This period")),
        ];
        self.doc.push(table(columns, rows));
    }
}

/// The report as a document in `lang`, dated `issued`.
pub(crate) fn report_document(r: &AccountabilityReport, issued: NaiveDate, lang: Language) -> Document {
    let title = lang.pick(&r.title.es, &r.title.en).to_string();
    let mut doc = Document::new(title.clone(), issued).in_language(lang);
    running(&mut doc, title, issued);
    let mut b = Builder { doc, r, lang, section: 0 };
    b.title();
    b.meetings();
    b.agreements();
    b.indicators();
    b.poa();
    b.representations();
    b.alliances();
    b.country_reports();
    b.comparison();
    b.doc
}

impl Api {
    pub fn pdf_term_report(&self, office: Office, on: NaiveDate, issued: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        render(&report_document(&self.term_report(office, on)?, issued, lang))
    }

    pub fn pdf_accountability_report(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        issued: NaiveDate,
        lang: Language,
    ) -> Result<Vec<u8>> {
        render(&report_document(&self.accountability_report(from, to)?, issued, lang))
    }
}
