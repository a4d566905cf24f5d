//! Flows a document's blocks into pages: where each line, table row and rule goes, with
//! the rules that make a page read well (a heading stays with what follows it, a
//! paragraph leaves no single line behind, a table repeats its header), then adds
//! the running header and the "Página N de M" footer once the page count is known.

use std::collections::BTreeSet;

use crate::document::{Align, Block, Document, FontStyle, List, ListMarker, PageSetup, Span, TitlePage};
use crate::fonts::Fonts;
use crate::positioned::{Item, LaidOut, Page, Rect, Rgb, Rule};
use crate::table::PreparedTable;
use crate::text::{self, Line};
use crate::{theme, DocsError};

/// Lines a paragraph keeps together at the foot and at the head of a page.
const ORPHANS: usize = 2;
const WIDOWS: usize = 2;
/// Space between a chapter heading's last line and its rule.
const RULE_GAP: f32 = 2.0;

/// Lays `doc` out without producing PDF: the positions [`crate::render`] prints.
pub fn layout(doc: &Document) -> Result<LaidOut, DocsError> {
    let fonts = Fonts::get()?;
    check_characters(doc, fonts)?;
    let frame = Frame::new(&doc.page)?;
    let blocks = measure(doc, fonts, &frame)?;
    let mut flow = Flow::new(fonts, frame);
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Measured::Lines(lines) => {
                let lead = if lines.keep_with_next { lead_height(lines.after, &blocks[i + 1..], &frame) } else { 0.0 };
                flow.place_lines(lines, lead);
            }
            Measured::Table(table) => table.place(&mut flow),
            Measured::Space(points) => {
                if !flow.at_top {
                    flow.y += points;
                }
            }
            Measured::PageBreak => {
                if !flow.at_top {
                    flow.new_page();
                }
            }
            Measured::TitlePage(title) => flow.place_title_page(title),
        }
    }
    let mut pages = flow.finish();
    decorate(&mut pages, doc, fonts, &frame);
    let (width, height) = (frame.page_width, frame.page_height);
    Ok(LaidOut { pages: pages.into_iter().map(|items| Page { width, height, items }).collect() })
}

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
    fn new(setup: &PageSetup) -> Result<Self, DocsError> {
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

/// A run of lines that flows as one: a heading, a paragraph or a list item.
#[derive(Debug)]
pub(crate) struct LinesBlock {
    lines: Vec<Line>,
    x: f32,
    width: f32,
    size: f32,
    line_height: f32,
    color: Rgb,
    align: Align,
    before: f32,
    after: f32,
    /// Headings: never the last thing on a page, never split.
    keep_with_next: bool,
    /// A list marker drawn left of the first line.
    label: Option<(FontStyle, String, f32)>,
    rule_below: bool,
}

impl LinesBlock {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.line_height + if self.rule_below { RULE_GAP } else { 0.0 }
    }

    /// What must fit on a page before the block may start there.
    fn head_height(&self) -> f32 {
        let n = self.lines.len();
        let kept = if self.keep_with_next || n < ORPHANS + WIDOWS { n } else { ORPHANS };
        kept as f32 * self.line_height
    }
}

enum Measured {
    Lines(LinesBlock),
    Table(PreparedTable),
    Space(f32),
    PageBreak,
    TitlePage(TitlePage),
}

fn measure(doc: &Document, fonts: &Fonts, frame: &Frame) -> Result<Vec<Measured>, DocsError> {
    let mut out = Vec::with_capacity(doc.blocks.len());
    let mut table_number = 0;
    for block in &doc.blocks {
        match block {
            Block::Heading(h) => {
                let style = theme::heading(h.level);
                let spans = [Span { text: h.text.clone(), style: theme::HEADING_FONT }];
                out.push(Measured::Lines(LinesBlock {
                    lines: text::wrap(fonts, &spans, style.size, frame.width()),
                    x: frame.left,
                    width: frame.width(),
                    size: style.size,
                    line_height: style.size * 1.25,
                    color: style.color,
                    align: Align::Left,
                    before: style.before,
                    after: style.after,
                    keep_with_next: true,
                    label: None,
                    rule_below: style.rule,
                }));
            }
            Block::Paragraph(p) => {
                let size = theme::text_size(p.size);
                out.push(Measured::Lines(LinesBlock {
                    lines: text::wrap(fonts, &p.spans, size, frame.width()),
                    x: frame.left,
                    width: frame.width(),
                    size,
                    line_height: size * theme::LEADING,
                    color: theme::TEXT,
                    align: p.align,
                    before: 0.0,
                    after: if p.keep_with_next { theme::LIST_ITEM_AFTER } else { theme::PARAGRAPH_AFTER },
                    keep_with_next: p.keep_with_next,
                    label: None,
                    rule_below: false,
                }));
            }
            Block::List(list) => measure_list(list, fonts, frame, &mut out),
            Block::Table(table) => {
                table_number += 1;
                out.push(Measured::Table(PreparedTable::prepare(table, table_number, fonts, frame)?));
            }
            Block::Space(points) => out.push(Measured::Space(*points)),
            Block::PageBreak => out.push(Measured::PageBreak),
            Block::TitlePage(t) => out.push(Measured::TitlePage(t.clone())),
        }
    }
    Ok(out)
}

fn measure_list(list: &List, fonts: &Fonts, frame: &Frame, out: &mut Vec<Measured>) {
    let size = theme::BODY_SIZE;
    let labels: Vec<(FontStyle, String)> = list
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| match list.marker {
            ListMarker::Bullet => (FontStyle::Regular, "•".to_string()),
            ListMarker::Numbered => (FontStyle::Regular, format!("{}.", i + 1)),
            ListMarker::Labels => (FontStyle::Bold, item.label.clone().unwrap_or_default()),
        })
        .collect();
    let widest = labels.iter().map(|(style, text)| text::measure(fonts, *style, text, size)).fold(0.0, f32::max);
    let indent = theme::LIST_INDENT.max(widest + theme::LABEL_GAP);
    let count = list.items.len();
    for (i, (item, (style, label))) in list.items.iter().zip(labels).enumerate() {
        let width = frame.width() - indent;
        out.push(Measured::Lines(LinesBlock {
            lines: text::wrap(fonts, &item.spans, size, width),
            x: frame.left + indent,
            width,
            size,
            line_height: size * theme::LEADING,
            color: theme::TEXT,
            align: Align::Left,
            before: 0.0,
            after: if i + 1 == count { theme::PARAGRAPH_AFTER } else { theme::LIST_ITEM_AFTER },
            keep_with_next: false,
            label: Some((style, label, frame.left)),
            rule_below: false,
        }));
    }
}

/// How much of what follows a heading (which asked for `after` below it) must fit
/// beside it on the page, the gap between them included.
fn lead_height(after: f32, rest: &[Measured], frame: &Frame) -> f32 {
    let lead = match rest.first() {
        Some(Measured::Lines(b)) if b.keep_with_next => {
            after.max(b.before) + b.height() + lead_height(b.after, &rest[1..], frame)
        }
        Some(Measured::Lines(b)) => after.max(b.before) + b.head_height(),
        Some(Measured::Table(t)) => after.max(theme::TABLE_BEFORE) + t.head_height(frame),
        Some(Measured::Space(points)) => points + lead_height(after, &rest[1..], frame),
        _ => 0.0,
    };
    lead.min(frame.height())
}

/// The cursor that moves down the pages as blocks are placed.
pub(crate) struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub frame: Frame,
    pages: Vec<Vec<Item>>,
    /// Top of the free space on the current page.
    pub y: f32,
    /// Nothing placed on this page yet: spacing above a block is dropped.
    pub at_top: bool,
    /// Space the previous block asked to keep below it.
    pending_after: f32,
}

impl<'f> Flow<'f> {
    fn new(fonts: &'f Fonts, frame: Frame) -> Self {
        Flow { fonts, frame, pages: vec![Vec::new()], y: frame.top, at_top: true, pending_after: 0.0 }
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

    fn place_lines(&mut self, block: &LinesBlock, lead: f32) {
        let lh = block.line_height;
        let mut gap = self.gap(block.before);
        let n = block.lines.len();
        let need = if block.keep_with_next { block.height() + lead } else { block.head_height() };
        if gap + need > self.remaining() + 0.01 && !self.at_top {
            self.new_page();
            gap = 0.0;
        }
        self.y += gap;
        let mut index = 0;
        while index < n {
            let rest = n - index;
            let fit = ((self.remaining() + 0.01) / lh).floor().max(0.0) as usize;
            let take = if rest <= fit {
                rest
            } else if block.keep_with_next || rest < ORPHANS + WIDOWS {
                0
            } else {
                let k = fit.min(rest - WIDOWS);
                if k >= ORPHANS {
                    k
                } else {
                    0
                }
            };
            // A page already empty must take something, or the flow never ends.
            let take = if take == 0 && self.at_top { fit.max(1).min(rest) } else { take };
            for (offset, line) in block.lines[index..index + take].iter().enumerate() {
                if index + offset == 0 {
                    if let Some((style, label, x)) = &block.label {
                        let baseline = self.y + self.baseline(block.size, lh);
                        self.push(Item::Text(crate::positioned::TextRun {
                            x: *x,
                            y: baseline,
                            font: *style,
                            size: block.size,
                            color: block.color,
                            text: label.clone(),
                            word_spacing: 0.0,
                        }));
                    }
                }
                self.draw_line(line, self.y, block.x, block.width, block.align, block.size, lh, block.color);
                self.y += lh;
            }
            index += take;
            if index < n {
                self.new_page();
            }
        }
        if block.rule_below {
            let y = self.y + RULE_GAP;
            self.push(Item::Rule(Rule {
                x1: self.frame.left,
                y1: y,
                x2: self.frame.right,
                y2: y,
                color: theme::RULE,
                width: 0.6,
            }));
            self.y += RULE_GAP;
        }
        self.finish_block(block.after);
    }

    /// A page of its own, centred: the organisation high, the title at two fifths,
    /// the issuer at the foot.
    fn place_title_page(&mut self, title: &TitlePage) {
        if !self.at_top || self.pages.last().is_some_and(|p| !p.is_empty()) {
            self.new_page();
        }
        let frame = self.frame;
        let width = frame.width() * 0.85;
        let x = frame.left + (frame.width() - width) / 2.0;
        let centred = |flow: &mut Flow, spans: &[Span], size: f32, leading: f32, color: Rgb| {
            let lh = size * leading;
            for line in text::wrap(flow.fonts, spans, size, width) {
                flow.draw_line(&line, flow.y, x, width, Align::Center, size, lh, color);
                flow.y += lh;
            }
        };

        self.y = frame.top + frame.height() * 0.08;
        centred(self, &[Span::bold(title.organisation.clone())], 13.0, 1.35, theme::ACCENT);
        self.y += 10.0;
        let rule_half = frame.width() * 0.18;
        let centre = frame.left + frame.width() / 2.0;
        self.push(Item::Rule(Rule {
            x1: centre - rule_half,
            y1: self.y,
            x2: centre + rule_half,
            y2: self.y,
            color: theme::ACCENT,
            width: 1.2,
        }));

        self.y = frame.top + frame.height() * 0.36;
        centred(self, &[Span::bold(title.title.clone())], 26.0, 1.2, theme::ACCENT);
        if let Some(subtitle) = &title.subtitle {
            self.y += 12.0;
            centred(self, &[Span::plain(subtitle.clone())], 13.0, 1.35, theme::MUTED);
        }

        let lh = theme::BODY_SIZE * theme::LEADING;
        self.y = frame.bottom - lh * title.issued_by.len() as f32;
        for (i, line) in title.issued_by.iter().enumerate() {
            let span = if i == 0 { Span::bold(line.clone()) } else { Span::plain(line.clone()) };
            centred(self, &[span], theme::BODY_SIZE, theme::LEADING, theme::TEXT);
        }
        self.new_page();
    }

    fn finish(mut self) -> Vec<Vec<Item>> {
        // A page break or title page at the very end leaves an empty page behind.
        if self.pages.len() > 1 && self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.pop();
        }
        self.pages
    }
}

/// Adds the running header (above the text block) and footer (below it) to every page
/// but a plain first page.
fn decorate(pages: &mut [Vec<Item>], doc: &Document, fonts: &Fonts, frame: &Frame) {
    let total = pages.len();
    let size = theme::RUNNING_SIZE;
    let lh = size * 1.3;
    let run = |x: f32, y: f32, text: &str| {
        Item::Text(crate::positioned::TextRun {
            x,
            y,
            font: FontStyle::Regular,
            size,
            color: theme::MUTED,
            text: text.to_string(),
            word_spacing: 0.0,
        })
    };
    let width = |text: &str| text::measure(fonts, FontStyle::Regular, text, size);
    for (index, items) in pages.iter_mut().enumerate() {
        if index == 0 && doc.plain_first_page {
            continue;
        }
        let mut header = Vec::new();
        if let Some(h) = &doc.header {
            let baseline = frame.top - theme::RUNNING_GAP;
            let (left_w, right_w) = (width(&h.left), width(&h.right));
            if left_w + right_w + 18.0 <= frame.width() {
                header.push(run(frame.left, baseline, &h.left));
                header.push(run(frame.right - right_w, baseline, &h.right));
            } else {
                header.push(run(frame.left, baseline - lh, &h.left));
                header.push(run(frame.right - right_w, baseline, &h.right));
            }
            let rule_y = baseline + 5.0;
            header.push(Item::Rule(Rule {
                x1: frame.left,
                y1: rule_y,
                x2: frame.right,
                y2: rule_y,
                color: theme::RULE,
                width: 0.5,
            }));
        }
        items.splice(0..0, header);
        if let Some(f) = &doc.footer {
            let baseline = frame.bottom + theme::RUNNING_GAP + size;
            if f.page_numbers {
                let label = format!("Página {} de {}", index + 1, total);
                items.push(run(frame.left + (frame.width() - width(&label)) / 2.0, baseline, &label));
            }
            if let Some(right) = &f.right {
                items.push(run(frame.right - width(right), baseline, right));
            }
        }
    }
}

/// Every character must exist in the embedded font before anything is laid out.
fn check_characters(doc: &Document, fonts: &Fonts) -> Result<(), DocsError> {
    let mut missing = BTreeSet::new();
    let mut check = |text: &str, style: FontStyle| {
        for c in text.chars() {
            // Breaking whitespace is set as a plain space, never drawn as itself.
            let drawn = !c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}';
            if drawn && fonts.style(style).glyph(c).is_none() {
                missing.insert(c);
            }
        }
    };
    if let Some(h) = &doc.header {
        check(&h.left, FontStyle::Regular);
        check(&h.right, FontStyle::Regular);
    }
    if let Some(right) = doc.footer.as_ref().and_then(|f| f.right.as_ref()) {
        check(right, FontStyle::Regular);
    }
    let spans = |spans: &[Span], check: &mut dyn FnMut(&str, FontStyle)| {
        for s in spans {
            check(&s.text, s.style);
        }
    };
    for block in &doc.blocks {
        match block {
            Block::TitlePage(t) => {
                check(&t.organisation, FontStyle::Bold);
                check(&t.title, FontStyle::Bold);
                t.subtitle.iter().for_each(|s| check(s, FontStyle::Regular));
                t.issued_by.iter().for_each(|s| check(s, FontStyle::Bold));
            }
            Block::Heading(h) => check(&h.text, theme::HEADING_FONT),
            Block::Paragraph(p) => spans(&p.spans, &mut check),
            Block::List(l) => {
                for item in &l.items {
                    item.label.iter().for_each(|s| check(s, FontStyle::Bold));
                    spans(&item.spans, &mut check);
                }
            }
            Block::Table(t) => {
                for c in &t.columns {
                    check(&c.title, FontStyle::Bold);
                }
                for cell in t.rows.iter().flat_map(|r| &r.cells) {
                    spans(&cell.spans, &mut check);
                }
            }
            Block::Space(_) | Block::PageBreak => {}
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(DocsError::UnsupportedCharacters(missing.into_iter().collect()))
    }
}

/// A filled or stroked box, for tables.
pub(crate) fn cell_box(x: f32, y: f32, width: f32, height: f32, fill: Option<Rgb>) -> Item {
    Item::Rect(Rect { x, y, width, height, fill, stroke: Some((theme::BORDER, theme::BORDER_WIDTH)) })
}
