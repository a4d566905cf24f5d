//! Flows a document's blocks into pages: where each line, table row and rule goes, with
//! the rules that make a page read well (a heading stays with what follows it, a
//! paragraph leaves no single line behind, a table repeats its header), then adds
//! the running header and the "Página N de M" footer once the page count is known.

use std::collections::BTreeSet;

use crate::document::{
    Align, Block, Document, FontStyle, Letterhead, List, ListMarker, Signatures, Span, Title, TitlePage,
};
use crate::flow::{Flow, Frame};
use crate::fonts::Fonts;
use crate::positioned::{Item, LaidOut, Page, Rgb, Rule, Watermark};
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
                let lead = if lines.keep_with_next {
                    lead_height(lines.after, lines.heading_level, &blocks[i + 1..], &frame)
                } else {
                    0.0
                };
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
            Measured::Signatures(block) => flow.place_signatures(block),
            Measured::Bars(bars) => flow.place_bars(bars, doc.language),
        }
    }
    let letterhead_pages = std::mem::take(&mut flow.letterhead_pages);
    let mut pages = flow.finish();
    decorate(&mut pages, doc, fonts, &frame, &letterhead_pages);
    let (width, height) = (frame.page_width, frame.page_height);
    Ok(LaidOut { pages: pages.into_iter().map(|items| Page { width, height, items }).collect() })
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
    /// A heading's level (1 the highest); `None` for other lines.
    heading_level: Option<u8>,
    /// A list marker drawn left of the first line.
    label: Option<(FontStyle, String, f32)>,
    /// A line across the text block under the last line: colour, width and gap.
    rule_below: Option<(Rgb, f32, f32)>,
    /// A letterhead: the page it lands on carries no running header.
    letterhead: bool,
}

impl LinesBlock {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.line_height + self.rule_below.map_or(0.0, |(_, _, gap)| gap)
    }

    /// Centred lines that stay with what follows: letterheads and titles.
    #[allow(clippy::too_many_arguments)]
    fn centred(
        fonts: &Fonts,
        frame: &Frame,
        spans: &[Span],
        size: f32,
        leading: f32,
        color: Rgb,
        before: f32,
        after: f32,
    ) -> Self {
        LinesBlock {
            lines: text::wrap(fonts, spans, size, frame.width()),
            x: frame.left,
            width: frame.width(),
            size,
            line_height: size * leading,
            color,
            align: Align::Center,
            before,
            after,
            keep_with_next: true,
            heading_level: None,
            label: None,
            rule_below: None,
            letterhead: false,
        }
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
    Signatures(SignaturesBlock),
    Bars(crate::bars::Bars),
}

/// One person's signature: the wrapped lines under the line to sign on, each with
/// its size, style and colour.
struct SignatureBox {
    lines: Vec<(Vec<Line>, f32, Rgb)>,
}

impl SignatureBox {
    fn text_height(&self) -> f32 {
        self.lines.iter().map(|(lines, size, _)| lines.len() as f32 * size * theme::LEADING).sum()
    }
}

pub(crate) struct SignaturesBlock {
    /// Rows of one or two signatures.
    rows: Vec<Vec<SignatureBox>>,
    width: f32,
}

impl SignaturesBlock {
    fn row_height(row: &[SignatureBox]) -> f32 {
        theme::SIGNATURE_ROOM + 4.0 + row.iter().map(SignatureBox::text_height).fold(0.0, f32::max)
    }

    fn height(&self) -> f32 {
        let rows: f32 = self.rows.iter().map(|r| Self::row_height(r)).sum();
        rows + theme::SIGNATURE_ROW_GAP * self.rows.len().saturating_sub(1) as f32
    }
}

fn measure_signatures(signatures: &Signatures, fonts: &Fonts, frame: &Frame) -> SignaturesBlock {
    let width = ((frame.width() - theme::SIGNATURE_GUTTER) / 2.0).min(260.0);
    let boxes = signatures.signatures.iter().map(|signature| SignatureBox {
        lines: signature
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let (span, size, color) = if i == 0 {
                    (Span::bold(line.clone()), theme::BODY_SIZE, theme::TEXT)
                } else {
                    (Span::plain(line.clone()), theme::SMALL_SIZE, theme::MUTED)
                };
                (text::wrap(fonts, &[span], size, width), size, color)
            })
            .collect(),
    });
    let mut rows: Vec<Vec<SignatureBox>> = Vec::new();
    for b in boxes {
        match rows.last_mut() {
            Some(row) if row.len() < 2 => row.push(b),
            _ => rows.push(vec![b]),
        }
    }
    SignaturesBlock { rows, width }
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
                    heading_level: Some(h.level),
                    label: None,
                    rule_below: style.rule.then_some((theme::RULE, 0.6, RULE_GAP)),
                    letterhead: false,
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
                    heading_level: None,
                    label: None,
                    rule_below: None,
                    letterhead: false,
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
            Block::Letterhead(l) => measure_letterhead(l, fonts, frame, &mut out),
            Block::Title(t) => measure_title(t, fonts, frame, &mut out),
            Block::Signatures(s) => out.push(Measured::Signatures(measure_signatures(s, fonts, frame))),
            Block::Bars(bars) => out.push(Measured::Bars(bars.clone())),
        }
    }
    Ok(out)
}

fn measure_letterhead(letterhead: &Letterhead, fonts: &Fonts, frame: &Frame, out: &mut Vec<Measured>) {
    let first = out.len();
    out.push(Measured::Lines(LinesBlock::centred(
        fonts,
        frame,
        &[Span::bold(letterhead.organisation.clone())],
        theme::LETTERHEAD_SIZE,
        1.3,
        theme::ACCENT,
        0.0,
        2.0,
    )));
    for line in &letterhead.lines {
        out.push(Measured::Lines(LinesBlock::centred(
            fonts,
            frame,
            &[Span::plain(line.clone())],
            theme::LETTERHEAD_LINE_SIZE,
            1.35,
            theme::MUTED,
            0.0,
            0.0,
        )));
    }
    if let Some(Measured::Lines(last)) = out.last_mut() {
        last.rule_below = Some((theme::ACCENT, 0.9, 5.0));
        last.after = theme::LETTERHEAD_AFTER;
    }
    if let Some(Measured::Lines(head)) = out.get_mut(first) {
        head.letterhead = true;
    }
}

fn measure_title(title: &Title, fonts: &Fonts, frame: &Frame, out: &mut Vec<Measured>) {
    out.push(Measured::Lines(LinesBlock::centred(
        fonts,
        frame,
        &[Span::bold(title.text.clone())],
        theme::TITLE_SIZE,
        1.25,
        theme::ACCENT,
        theme::TITLE_BEFORE,
        4.0,
    )));
    for line in &title.lines {
        out.push(Measured::Lines(LinesBlock::centred(
            fonts,
            frame,
            &[Span::plain(line.clone())],
            theme::TITLE_LINE_SIZE,
            theme::LEADING,
            theme::MUTED,
            0.0,
            0.0,
        )));
    }
    if let Some(Measured::Lines(last)) = out.last_mut() {
        last.after = theme::TITLE_AFTER;
    }
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
            heading_level: None,
            label: Some((style, label, frame.left)),
            rule_below: None,
            letterhead: false,
        }));
    }
}

/// How much of what follows a heading (which asked for `after` below it) must fit
/// beside it on the page, the gap between them included. A heading followed by a
/// heading of its own level or above has a section with nothing in it (an agenda
/// item without notes): it is complete in its own lines and keeps nothing with it,
/// so a run of such items takes the lines it needs, not a page each.
fn lead_height(after: f32, level: Option<u8>, rest: &[Measured], frame: &Frame) -> f32 {
    let lead = match rest.first() {
        Some(Measured::Lines(b)) if b.keep_with_next => match (level, b.heading_level) {
            (Some(mine), Some(next)) if next <= mine => 0.0,
            _ => after.max(b.before) + b.height() + lead_height(b.after, b.heading_level, &rest[1..], frame),
        },
        Some(Measured::Lines(b)) => after.max(b.before) + b.head_height(),
        Some(Measured::Table(t)) => after.max(theme::TABLE_BEFORE) + t.head_height(frame),
        Some(Measured::Space(points)) => points + lead_height(after, level, &rest[1..], frame),
        Some(Measured::Signatures(s)) => after.max(theme::SIGNATURE_BEFORE) + s.height(),
        Some(Measured::Bars(bars)) => after.max(theme::TABLE_BEFORE) + bars.head_height(),
        _ => 0.0,
    };
    lead.min(frame.height())
}

impl Flow<'_> {
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
        if block.letterhead {
            self.letterhead_pages.insert(self.pages.len() - 1);
        }
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
        if let Some((color, width, gap)) = block.rule_below {
            let y = self.y + gap;
            self.push(Item::Rule(Rule { x1: self.frame.left, y1: y, x2: self.frame.right, y2: y, color, width }));
            self.y += gap;
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

    /// Signatures side by side under room to sign, the whole block on one page.
    fn place_signatures(&mut self, block: &SignaturesBlock) {
        let mut gap = self.gap(theme::SIGNATURE_BEFORE);
        if gap + block.height() > self.remaining() + 0.01 && !self.at_top {
            self.new_page();
            gap = 0.0;
        }
        self.y += gap;
        let frame = self.frame;
        for (r, row) in block.rows.iter().enumerate() {
            if r > 0 {
                self.y += theme::SIGNATURE_ROW_GAP;
            }
            let total = row.len() as f32 * block.width + (row.len() as f32 - 1.0) * theme::SIGNATURE_GUTTER;
            let line_y = self.y + theme::SIGNATURE_ROOM;
            for (i, signature) in row.iter().enumerate() {
                let x = frame.left + (frame.width() - total) / 2.0 + i as f32 * (block.width + theme::SIGNATURE_GUTTER);
                self.push(Item::Rule(Rule {
                    x1: x,
                    y1: line_y,
                    x2: x + block.width,
                    y2: line_y,
                    color: theme::TEXT,
                    width: 0.6,
                }));
                let mut top = line_y + 4.0;
                for (lines, size, color) in &signature.lines {
                    let lh = size * theme::LEADING;
                    for line in lines {
                        self.draw_line(line, top, x, block.width, Align::Center, *size, lh, *color);
                        top += lh;
                    }
                }
            }
            self.y += SignaturesBlock::row_height(row);
        }
        self.finish_block(theme::PARAGRAPH_AFTER);
    }
}

/// "Página 3 de 12" / "Page 3 of 12".
fn page_label(lang: pleno_domain::Language, page: usize, total: usize) -> String {
    match lang {
        pleno_domain::Language::Es => format!("Página {page} de {total}"),
        pleno_domain::Language::En => format!("Page {page} of {total}"),
    }
}

/// Adds the running header (above the text block) and footer (below it) to every page
/// but a plain first page.
fn decorate(pages: &mut [Vec<Item>], doc: &Document, fonts: &Fonts, frame: &Frame, letterheads: &BTreeSet<usize>) {
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
    let watermark = doc.watermark.as_deref().map(|text| watermark(text, fonts, frame)).unwrap_or_default();
    for (index, items) in pages.iter_mut().enumerate() {
        items.splice(0..0, watermark.iter().cloned());
        if index == 0 && doc.plain_first_page {
            continue;
        }
        let mut header = Vec::new();
        let header_wanted = doc.header.as_ref().filter(|_| !letterheads.contains(&index));
        if let Some(h) = header_wanted {
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
        let behind = watermark.len();
        items.splice(behind..behind, header);
        if let Some(f) = &doc.footer {
            let baseline = frame.bottom + theme::RUNNING_GAP + size;
            let left: Vec<&str> = f.left.as_deref().map(|l| l.lines().collect()).unwrap_or_default();
            let label = f.page_numbers.then(|| page_label(doc.language, index + 1, total));
            let centred_x = label.as_ref().map(|l| frame.left + (frame.width() - width(l)) / 2.0);
            let left_end = frame.left + left.iter().map(|l| width(l)).fold(0.0, f32::max);
            // A long left text pushes the page number to the right, and the right
            // text to the line under it.
            let crowded = centred_x.is_some_and(|x| left_end + 12.0 > x);
            for (i, line) in left.iter().enumerate() {
                items.push(run(frame.left, baseline + i as f32 * lh, line));
            }
            let mut right_line = 0.0;
            if let Some(label) = &label {
                if crowded {
                    items.push(run(frame.right - width(label), baseline, label));
                    right_line = lh;
                } else {
                    items.push(run(centred_x.unwrap_or(frame.left), baseline, label));
                }
            }
            if let Some(right) = &f.right {
                items.push(run(frame.right - width(right), baseline + right_line, right));
            }
        }
    }
}

/// The watermark's lines, centred on the page along its rising diagonal: the first
/// line large, the others smaller beneath it.
fn watermark(text: &str, fonts: &Fonts, frame: &Frame) -> Vec<Item> {
    let style = FontStyle::Bold;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let Some(first) = lines.first() else { return Vec::new() };
    let (w, h) = (frame.page_width, frame.page_height);
    let diagonal = (w * w + h * h).sqrt();
    let unit = text::measure(fonts, style, first, 1.0).max(0.01);
    let big = (diagonal * theme::WATERMARK_SPAN / unit).min(theme::WATERMARK_MAX);
    let sizes: Vec<f32> =
        lines.iter().enumerate().map(|(i, _)| if i == 0 { big } else { big * theme::WATERMARK_SMALL }).collect();
    // Noto Sans's cap height, in em: it centres capitals and lower case alike well enough.
    let cap = 0.714;
    let gap = big * 0.12;
    let heights: Vec<f32> = sizes.iter().map(|s| s * cap).collect();
    let block = heights.iter().sum::<f32>() + gap * (lines.len() as f32 - 1.0);
    // Rising to the right; in page coordinates (y down) "up" the text is -y.
    let angle = h.atan2(w);
    let (along, up) = ((angle.cos(), -angle.sin()), (-angle.sin(), -angle.cos()));
    let (cx, cy) = (w / 2.0, h / 2.0);
    let mut offset = block / 2.0; // From the block's centre to the current line's top.
    let mut items = Vec::new();
    for ((line, size), height) in lines.iter().zip(&sizes).zip(&heights) {
        let baseline_offset = offset - height; // How far above the centre this baseline lies.
        let half = text::measure(fonts, style, line, *size) / 2.0;
        items.push(Item::Watermark(Watermark {
            x: cx - along.0 * half + up.0 * baseline_offset,
            y: cy - along.1 * half + up.1 * baseline_offset,
            angle: angle.to_degrees(),
            font: style,
            size: *size,
            color: theme::WATERMARK,
            text: line.to_string(),
        }));
        offset -= height + gap;
    }
    items
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
    if let Some(f) = &doc.footer {
        f.right.iter().chain(&f.left).for_each(|t| check(t, FontStyle::Regular));
    }
    if let Some(w) = &doc.watermark {
        check(w, FontStyle::Bold);
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
            Block::Letterhead(l) => {
                check(&l.organisation, FontStyle::Bold);
                l.lines.iter().for_each(|s| check(s, FontStyle::Regular));
            }
            Block::Title(t) => {
                check(&t.text, FontStyle::Bold);
                t.lines.iter().for_each(|s| check(s, FontStyle::Regular));
            }
            Block::Signatures(s) => {
                for line in s.signatures.iter().flat_map(|s| &s.lines) {
                    check(line, FontStyle::Bold);
                    check(line, FontStyle::Regular);
                }
            }
            Block::Bars(bars) => bars.texts().for_each(|t| check(t, FontStyle::Regular)),
            Block::Space(_) | Block::PageBreak => {}
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(DocsError::UnsupportedCharacters(missing.into_iter().collect()))
    }
}
