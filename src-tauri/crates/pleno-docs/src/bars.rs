//! A bar chart drawn as vectors: one group per row (an objective, an axis), one
//! horizontal bar per series (planned, reported) on a 0–100 scale, each with its
//! figure at its end, and a legend above. Filled rectangles in the PDF, so the
//! chart prints sharp at any size and its figures can be read back as text.

use crate::document::{Align, Span};
use crate::flow::Flow;
use crate::positioned::{Item, Rect, Rgb, Rule};
use crate::{text, theme};

/// The colours of the series, in order; a chart with more series repeats them.
pub const SERIES_COLOURS: [Rgb; 3] = [Rgb(0xa9, 0xb6, 0xc6), Rgb(0x1f, 0x3a, 0x5f), Rgb(0xc0, 0x7a, 0x2c)];

const BAR: f32 = 9.0;
const GROUP_GAP: f32 = 7.0;
const LEGEND: f32 = 16.0;
const SWATCH: f32 = 8.0;
const LABEL_LINES: usize = 2;

/// A chart: what each series is (the legend), and the groups with one value
/// (0–100, or none when there is nothing to show) per series.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    pub series: Vec<String>,
    pub groups: Vec<BarGroup>,
    /// The text shown for a missing value ("sin informes").
    pub missing: String,
    pub scale: BarScale,
}

/// What the values are: percentages (0–100, shown "80,6 %") or counts (shown as
/// whole numbers, the longest bar the largest count).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum BarScale {
    #[default]
    Percent,
    Count,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

impl Bars {
    pub(crate) fn texts(&self) -> impl Iterator<Item = &str> {
        self.series
            .iter()
            .chain(self.groups.iter().map(|g| &g.label))
            .map(String::as_str)
            .chain([self.missing.as_str()])
    }

    /// What must fit on a page before the chart may start there: the legend and a group.
    pub(crate) fn head_height(&self) -> f32 {
        LEGEND + self.group_height()
    }

    fn group_height(&self) -> f32 {
        self.series.len().max(1) as f32 * BAR + GROUP_GAP
    }
}

fn colour(series: usize) -> Rgb {
    SERIES_COLOURS[series % SERIES_COLOURS.len()]
}

/// "80,6 %" in Spanish, "80.6%" in English: the value with one decimal.
fn figure(value: f64, scale: BarScale, lang: pleno_domain::Language) -> String {
    if scale == BarScale::Count {
        return format!("{value:.0}");
    }
    match lang {
        pleno_domain::Language::Es => format!("{:.1} %", value).replace('.', ","),
        pleno_domain::Language::En => format!("{value:.1}%"),
    }
}

impl Flow<'_> {
    /// Places the chart: the legend and the first group stay together; a page
    /// break falls only between groups.
    pub(crate) fn place_bars(&mut self, bars: &Bars, lang: pleno_domain::Language) {
        let before = self.gap(theme::TABLE_BEFORE);
        if self.remaining() < before + bars.head_height() {
            self.new_page();
        } else {
            self.y += before;
        }
        self.place_legend(bars);
        for group in &bars.groups {
            if self.remaining() < bars.group_height() {
                self.new_page();
            }
            self.place_group(group, bars, lang);
        }
        self.finish_block(theme::TABLE_AFTER);
    }

    fn place_legend(&mut self, bars: &Bars) {
        let size = theme::SMALL_SIZE;
        let mut x = self.frame.left + self.label_width();
        for (i, name) in bars.series.iter().enumerate() {
            self.push(Item::Rect(Rect {
                x,
                y: self.y,
                width: SWATCH,
                height: SWATCH,
                fill: Some(colour(i)),
                stroke: None,
            }));
            let line = text::wrap(self.fonts, &[Span::plain(name.clone())], size, 400.0).remove(0);
            let width = line.width;
            self.draw_line(
                &line,
                self.y - 1.0,
                x + SWATCH + 4.0,
                width + 1.0,
                Align::Left,
                size,
                SWATCH + 2.0,
                theme::TEXT,
            );
            x += SWATCH + 4.0 + width + 18.0;
        }
        self.y += LEGEND;
    }

    /// Room for the group labels: a third of the text block.
    fn label_width(&self) -> f32 {
        self.frame.width() / 3.0
    }

    fn place_group(&mut self, group: &BarGroup, bars: &Bars, lang: pleno_domain::Language) {
        let size = theme::TABLE_SIZE;
        let label_width = self.label_width();
        let x0 = self.frame.left + label_width;
        let full = match bars.scale {
            BarScale::Percent => 100.0,
            BarScale::Count => {
                bars.groups.iter().flat_map(|g| g.values.iter().flatten()).fold(1.0_f64, |m, v| m.max(*v))
            }
        };
        let scale = (self.frame.width() - label_width - 50.0) / full as f32;
        let top = self.y;
        let lines = self.label_lines(&group.label, size, label_width - 8.0);
        let lh = size * theme::TABLE_LEADING;
        for (i, line) in lines.iter().enumerate() {
            self.draw_line(
                line,
                top + i as f32 * lh,
                self.frame.left,
                label_width - 8.0,
                Align::Left,
                size,
                lh,
                theme::TEXT,
            );
        }
        for (i, value) in group.values.iter().enumerate() {
            let y = top + i as f32 * BAR;
            let width = value.map_or(0.0, |v| v.clamp(0.0, full) as f32 * scale);
            if width > 0.0 {
                self.push(Item::Rect(Rect {
                    x: x0,
                    y: y + 1.0,
                    width,
                    height: BAR - 2.0,
                    fill: Some(colour(i)),
                    stroke: None,
                }));
            }
            let words = value.map_or(bars.missing.clone(), |v| figure(v, bars.scale, lang));
            let line = text::wrap(self.fonts, &[Span::plain(words)], theme::RUNNING_SIZE, 200.0).remove(0);
            let w = line.width + 1.0;
            self.draw_line(&line, y, x0 + width + 3.0, w, Align::Left, theme::RUNNING_SIZE, BAR, theme::MUTED);
        }
        let height = bars.series.len().max(1) as f32 * BAR;
        self.push(Item::Rule(Rule { x1: x0, y1: top, x2: x0, y2: top + height, color: theme::BORDER, width: 0.6 }));
        self.y = top + height.max(lines.len() as f32 * lh) + GROUP_GAP;
    }

    /// A group's label in at most two lines; a longer one is cut after a word, with "…".
    fn label_lines(&self, label: &str, size: f32, width: f32) -> Vec<text::Line> {
        let wrap = |t: String| text::wrap(self.fonts, &[Span::plain(t)], size, width);
        let lines = wrap(label.to_string());
        if lines.len() <= LABEL_LINES {
            return lines;
        }
        let mut words: Vec<&str> = label.split_whitespace().collect();
        while words.len() > 1 {
            words.pop();
            let cut = wrap(format!("{}…", words.join(" ")));
            if cut.len() <= LABEL_LINES {
                return cut;
            }
        }
        lines.into_iter().take(LABEL_LINES).collect()
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::{layout, Document};

    fn chart() -> Bars {
        Bars {
            series: vec!["Previsto".into(), "Reportado".into()],
            groups: vec![
                BarGroup { label: "Objetivo 1.1".into(), values: vec![Some(100.0), Some(50.0)] },
                BarGroup { label: "Objetivo 1.2".into(), values: vec![Some(100.0), None] },
            ],
            missing: "sin informes".into(),
            scale: BarScale::Percent,
        }
    }

    #[test]
    fn each_value_is_a_filled_rectangle_as_long_as_its_share_of_the_scale() {
        let mut doc = Document::new("Gráfico", NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
        doc.push(chart());
        let page = &layout(&doc).unwrap().pages[0];
        let bars: Vec<&Rect> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Rect(r) if r.height == BAR - 2.0 => Some(r),
                _ => None,
            })
            .collect();
        assert_eq!(bars.len(), 3, "two values in the first group, one in the second (the missing one draws no bar)");
        assert!((bars[0].width - 2.0 * bars[1].width).abs() < 0.01, "100 is twice as long as 50");
        assert_eq!(bars[0].fill, Some(SERIES_COLOURS[0]));
        assert_eq!(bars[1].fill, Some(SERIES_COLOURS[1]));
        let texts: Vec<&str> = page
            .items
            .iter()
            .filter_map(|i| if let Item::Text(t) = i { Some(t.text.as_str()) } else { None })
            .collect();
        for expected in ["Previsto", "Reportado", "Objetivo 1.1", "100,0 %", "50,0 %", "sin informes"] {
            assert!(texts.iter().any(|t| t.contains(expected)), "{expected} is written: {texts:?}");
        }
    }

    #[test]
    fn a_label_longer_than_two_lines_is_cut_after_a_word_with_an_ellipsis() {
        let mut doc = Document::new("Gráfico", NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
        let mut bars = chart();
        let long = "Establecer alianzas estratégicas a nivel nacional y regional con las instancias competentes para la articulación y coordinación de acciones";
        bars.groups = vec![BarGroup { label: long.into(), values: vec![Some(10.0), Some(20.0)] }];
        doc.push(bars);
        let page = &layout(&doc).unwrap().pages[0];
        let label: Vec<&str> = page
            .items
            .iter()
            .filter_map(|i| if let Item::Text(t) = i { Some(t.text.as_str()) } else { None })
            .filter(|t| long.contains(t.trim_end_matches('…')) && t.len() > 3)
            .collect();
        assert_eq!(label.len(), 2, "two lines: {label:?}");
        assert!(label[1].ends_with('…'), "the second line ends the cut: {label:?}");
    }

    #[test]
    fn a_long_chart_breaks_between_groups_never_inside_one() {
        let mut doc = Document::new("Gráfico", NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
        let mut bars = chart();
        bars.groups =
            (0..60).map(|i| BarGroup { label: format!("Grupo {i}"), values: vec![Some(40.0), Some(60.0)] }).collect();
        doc.push(bars);
        let laid = layout(&doc).unwrap();
        assert!(laid.pages.len() > 1, "60 groups need more than a page");
        for page in &laid.pages {
            let n = page.items.iter().filter(|i| matches!(i, Item::Rect(r) if r.height == BAR - 2.0)).count();
            assert_eq!(n % 2, 0, "both bars of a group are on the same page");
        }
    }
}
