//! The page cursor every block is placed with: the text frame of a page, where the
//! free space starts, the pages filled so far. It is the lowest layer of the flow —
//! tables and the other blocks (in `layout`) place themselves through it, and it
//! knows nothing of them, so imports run one way: layout → table → flow.

use std::collections::BTreeSet;

use crate::document::{Align, FontStyle, PageSetup};
use crate::fonts::Fonts;
use crate::positioned::{Item, Rect, Rgb};
use crate::text::{self, Line};
use crate::{theme, DocsError};

/// The page and the text block inside its margins, in points from the top-left.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub page_width: f32,
    pub page_height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

const MM: f32 = 72.0 / 25.4;

impl Frame {
    pub(crate) fn new(setup: &PageSetup) -> Result<Self, DocsError> {
        let (page_width, page_height) = setup.size_pt();
        let m = setup.margins;
        if [m.top, m.right, m.bottom, m.left].iter().any(|v| !v.is_finite() || *v < 0.0) {
            return Err(DocsError::InvalidPageSetup("los márgenes deben ser cero o positivos".into()));
        }
        let frame = Frame {
            page_width,
            page_height,
            left: m.left * MM,
            right: page_width - m.right * MM,
            top: m.top * MM,
            bottom: page_height - m.bottom * MM,
        };
        // Below this a table cell or a heading cannot be set at all.
        if frame.width() < 144.0 || frame.height() < 144.0 {
            return Err(DocsError::InvalidPageSetup(format!(
                "los márgenes dejan solo {:.0} × {:.0} mm para el texto",
                frame.width() / MM,
                frame.height() / MM
            )));
        }
        Ok(frame)
    }

    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// The cursor that moves down the pages as blocks are placed.
pub(crate) struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub frame: Frame,
    pub(crate) pages: Vec<Vec<Item>>,
    /// Top of the free space on the current page.
    pub y: f32,
    /// Nothing placed on this page yet: spacing above a block is dropped.
    pub at_top: bool,
    /// Space the previous block asked to keep below it.
    pending_after: f32,
    /// Pages (from 0) that open with a letterhead.
    pub(crate) letterhead_pages: BTreeSet<usize>,
}

impl<'f> Flow<'f> {
    pub(crate) fn new(fonts: &'f Fonts, frame: Frame) -> Self {
        Flow {
            fonts,
            frame,
            pages: vec![Vec::new()],
            y: frame.top,
            at_top: true,
            pending_after: 0.0,
            letterhead_pages: BTreeSet::new(),
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.frame.top;
        self.at_top = true;
        self.pending_after = 0.0;
    }

    pub fn remaining(&self) -> f32 {
        self.frame.bottom - self.y
    }

    /// The space to leave above a block asking for `before`: the larger of that and
    /// what the previous block asked for below it, none at the top of a page.
    pub fn gap(&self, before: f32) -> f32 {
        if self.at_top {
            0.0
        } else {
            before.max(self.pending_after)
        }
    }

    pub fn push(&mut self, item: Item) {
        self.at_top = false;
        self.pages.last_mut().expect("a flow always has a page").push(item);
    }

    pub fn finish_block(&mut self, after: f32) {
        self.pending_after = after;
    }

    /// The baseline of a line of `size` text in a line box `line_height` tall.
    pub fn baseline(&self, size: f32, line_height: f32) -> f32 {
        let regular = self.fonts.style(FontStyle::Regular);
        let content = (regular.ascent + regular.descent) * size;
        (line_height - content) / 2.0 + regular.ascent * size
    }

    /// Draws `line` in the line box whose top is `top`.
    #[allow(clippy::too_many_arguments)]
    pub fn draw_line(
        &mut self,
        line: &Line,
        top: f32,
        x: f32,
        width: f32,
        align: Align,
        size: f32,
        line_height: f32,
        color: Rgb,
    ) {
        let baseline = top + self.baseline(size, line_height);
        for run in text::place(line, x, baseline, width, align, size, color) {
            self.push(Item::Text(run));
        }
    }

    pub(crate) fn finish(mut self) -> Vec<Vec<Item>> {
        // A page break or title page at the very end leaves an empty page behind.
        if self.pages.len() > 1 && self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.pop();
        }
        self.pages
    }
}

/// A filled or stroked box, for tables.
pub(crate) fn cell_box(x: f32, y: f32, width: f32, height: f32, fill: Option<Rgb>) -> Item {
    Item::Rect(Rect { x, y, width, height, fill, stroke: Some((theme::BORDER, theme::BORDER_WIDTH)) })
}
