//! The layout's result before it becomes PDF: pages of text runs, rectangles and rules
//! at absolute positions. Kept separate so tests can pin a layout as text and review
//! a change of position without reading PDF operators.

use std::fmt;

use crate::document::FontStyle;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Every document, laid out. Coordinates are points from the page's top-left corner;
/// a text run's `y` is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidOut {
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextRun),
    Rect(Rect),
    Rule(Rule),
    /// Drawn before anything else on its page, so it lies behind the content.
    Watermark(Watermark),
}

/// A line of text turned `angle` degrees counter-clockwise about its baseline's start
/// at (`x`, `y`).
#[derive(Debug, Clone, PartialEq)]
pub struct Watermark {
    pub x: f32,
    pub y: f32,
    pub angle: f32,
    pub font: FontStyle,
    pub size: f32,
    pub color: Rgb,
    pub text: String,
}

/// One line's worth of text in one style. `word_spacing` is added after every space
/// (justification).
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub font: FontStyle,
    pub size: f32,
    pub color: Rgb,
    pub text: String,
    pub word_spacing: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub fill: Option<Rgb>,
    pub stroke: Option<(Rgb, f32)>,
}

/// A horizontal or vertical line.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub color: Rgb,
    pub width: f32,
}

impl LaidOut {
    /// All the text of a page in drawing order, one run per line of output.
    pub fn page_text(&self, page: usize) -> Vec<&str> {
        self.pages[page]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// One line per item, positions to a tenth of a point: the form layout snapshots pin.
impl fmt::Display for LaidOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, page) in self.pages.iter().enumerate() {
            writeln!(f, "page {} {:.1}x{:.1}", n + 1, page.width, page.height)?;
            for item in &page.items {
                match item {
                    Item::Text(t) => {
                        write!(f, "  text {:.1},{:.1} {:?} {} {}", t.x, t.y, t.font, t.size, t.color)?;
                        if t.word_spacing != 0.0 {
                            write!(f, " ws={:.2}", t.word_spacing)?;
                        }
                        writeln!(f, " {:?}", t.text)?;
                    }
                    Item::Rect(r) => {
                        write!(f, "  rect {:.1},{:.1} {:.1}x{:.1}", r.x, r.y, r.width, r.height)?;
                        if let Some(fill) = r.fill {
                            write!(f, " fill {fill}")?;
                        }
                        if let Some((color, width)) = r.stroke {
                            write!(f, " stroke {color}/{width}")?;
                        }
                        writeln!(f)?;
                    }
                    Item::Watermark(w) => writeln!(
                        f,
                        "  watermark {:.1},{:.1} {:.1}° {:?} {:.1} {} {:?}",
                        w.x, w.y, w.angle, w.font, w.size, w.color, w.text
                    )?,
                    Item::Rule(r) => writeln!(
                        f,
                        "  rule {:.1},{:.1} -> {:.1},{:.1} {}/{}",
                        r.x1, r.y1, r.x2, r.y2, r.color, r.width
                    )?,
                }
            }
        }
        Ok(())
    }
}
