//! Turns a laid-out document into PDF bytes with printpdf: fonts embedded as subsets,
//! metadata (dates from the document, never the clock), the catalogue's language, and
//! an identifier derived from the content so the same description gives the same file.

use std::sync::OnceLock;

use chrono::Datelike;
use lopdf::{Dictionary as LoDictionary, Object, StringFormat};
use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfDocumentInfo, PdfFont, PdfFontHandle,
    PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem, WindingOrder,
};

use crate::document::{FontStyle, Metadata};
use crate::fonts::{self, Fonts, Segment};
use crate::positioned::{Item, LaidOut, Rgb, TextRun, Watermark};
use crate::DocsError;

/// printpdf names a subset font after the first six characters of its resource id;
/// fixed ids keep the file the same from one run to the next.
fn font_id(style: FontStyle) -> FontId {
    FontId(
        match style {
            FontStyle::Regular => "PLNREG",
            FontStyle::Bold => "PLNBLD",
            FontStyle::Italic => "PLNITA",
        }
        .to_string(),
    )
}

fn parsed_fonts() -> Result<&'static Vec<(FontStyle, ParsedFont)>, DocsError> {
    static PARSED: OnceLock<Result<Vec<(FontStyle, ParsedFont)>, DocsError>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            fonts::STYLES
                .iter()
                .map(|style| {
                    ParsedFont::from_bytes(fonts::font_bytes(*style), 0, &mut Vec::new())
                        .map(|font| (*style, font))
                        .ok_or(DocsError::Font(fonts::font_name(*style)))
                })
                .collect()
        })
        .as_ref()
        .map_err(Clone::clone)
}

pub(crate) fn write(laid: &LaidOut, metadata: &Metadata) -> Result<Vec<u8>, DocsError> {
    let fonts = Fonts::get()?;
    let mut pdf = PdfDocument::new(&metadata.title);
    pdf.metadata.info = document_info(metadata);
    for (style, parsed) in parsed_fonts()? {
        pdf.resources.fonts.map.insert(font_id(*style), PdfFont::new(parsed.clone()));
    }
    pdf.pages = laid.pages.iter().map(|page| page_ops(page, fonts)).collect();

    let options = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&options, &mut warnings);
    if let Some(error) = warnings.iter().find(|w| w.severity == PdfParseErrorSeverity::Error) {
        return Err(DocsError::Pdf(error.msg.clone()));
    }
    lo.version = "1.7".to_string();
    finish_catalog(&mut lo, metadata)?;
    let id = content_id(laid, metadata);
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone().into_bytes(), StringFormat::Literal),
            Object::String(id.into_bytes(), StringFormat::Literal),
        ]),
    );
    compress_streams(&mut lo);
    let mut bytes = Vec::new();
    lo.save_modern(&mut bytes).map_err(|e| DocsError::Pdf(e.to_string()))?;
    Ok(bytes)
}

fn document_info(metadata: &Metadata) -> PdfDocumentInfo {
    let created = printpdf::DateTime {
        date: printpdf::Date {
            year: metadata.created.year(),
            month: metadata.created.month() as u8,
            day: metadata.created.day() as u8,
        },
        time: printpdf::Time { hour: 0, minute: 0, second: 0, millisecond: 0 },
        offset: printpdf::Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    };
    PdfDocumentInfo {
        document_title: metadata.title.clone(),
        author: metadata.author.clone(),
        creator: "Pleno".to_string(),
        producer: "Pleno (printpdf 0.12)".to_string(),
        subject: metadata.subject.clone(),
        keywords: metadata.keywords.clone(),
        creation_date: created,
        modification_date: created,
        metadata_date: created,
        ..PdfDocumentInfo::default()
    }
}

/// The language for screen readers and the title, not the file name, in the viewer's
/// title bar; printpdf writes neither.
fn finish_catalog(lo: &mut lopdf::Document, metadata: &Metadata) -> Result<(), DocsError> {
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| DocsError::Pdf(format!("sin catálogo: {e}")))?;
    let catalog = lo
        .get_object_mut(root)
        .and_then(Object::as_dict_mut)
        .map_err(|e| DocsError::Pdf(format!("catálogo ilegible: {e}")))?;
    catalog.set("Lang", Object::string_literal(metadata.language.as_str()));
    catalog.set("ViewerPreferences", LoDictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]));
    Ok(())
}

/// FNV-1a over what the pages say and where: two renders of one description get one
/// identifier, and any change of content or position gets another.
fn content_id(laid: &LaidOut, metadata: &Metadata) -> String {
    let mut hashes = [0xcbf2_9ce4_8422_2325u64, 0x8422_2325_cbf2_9ce4u64];
    let mut feed = |bytes: &[u8]| {
        for (i, h) in hashes.iter_mut().enumerate() {
            for b in bytes {
                *h ^= u64::from(*b) + i as u64;
                *h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
    };
    feed(metadata.title.as_bytes());
    feed(metadata.created.to_string().as_bytes());
    for page in &laid.pages {
        for item in &page.items {
            match item {
                Item::Text(t) => {
                    feed(t.text.as_bytes());
                    feed(&t.x.to_bits().to_le_bytes());
                    feed(&t.y.to_bits().to_le_bytes());
                }
                Item::Watermark(w) => {
                    feed(b"\x0b");
                    feed(w.text.as_bytes());
                }
                Item::Rect(_) | Item::Rule(_) => {}
            }
        }
        feed(b"\x0c");
    }
    format!("{:016x}{:016x}", hashes[0], hashes[1])
}

/// Hundredths of a point are far below what a printer resolves, and short numbers
/// keep the content streams small and quick to write.
fn round(value: f32) -> f32 {
    (value * 100.0).round() / 100.0
}

fn color(rgb: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb::new(f32::from(rgb.0) / 255.0, f32::from(rgb.1) / 255.0, f32::from(rgb.2) / 255.0, None))
}

/// Only emits a state change when the state changes: a 300-row table would
/// otherwise repeat the same colour thousands of times.
#[derive(Default)]
struct GraphicsState {
    fill: Option<Rgb>,
    stroke: Option<Rgb>,
    line_width: Option<f32>,
    font: Option<(FontStyle, f32)>,
    in_text: bool,
    /// Where the current text line starts; BT puts it back at the origin.
    line_origin: (f32, f32),
}

impl GraphicsState {
    fn fill(&mut self, ops: &mut Vec<Op>, rgb: Rgb) {
        if self.fill != Some(rgb) {
            ops.push(Op::SetFillColor { col: color(rgb) });
            self.fill = Some(rgb);
        }
    }

    fn stroke(&mut self, ops: &mut Vec<Op>, rgb: Rgb, width: f32) {
        if self.stroke != Some(rgb) {
            ops.push(Op::SetOutlineColor { col: color(rgb) });
            self.stroke = Some(rgb);
        }
        if self.line_width != Some(width) {
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.line_width = Some(width);
        }
    }

    fn text_mode(&mut self, ops: &mut Vec<Op>, on: bool) {
        if self.in_text != on {
            ops.push(if on { Op::StartTextSection } else { Op::EndTextSection });
            self.in_text = on;
            self.line_origin = (0.0, 0.0);
        }
    }
}

fn page_ops(page: &crate::positioned::Page, fonts: &Fonts) -> PdfPage {
    let height = page.height;
    let mut ops = Vec::with_capacity(page.items.len() * 3);
    let mut state = GraphicsState::default();
    for item in &page.items {
        match item {
            Item::Text(run) => {
                state.text_mode(&mut ops, true);
                if state.font != Some((run.font, run.size)) {
                    ops.push(Op::SetFont { font: PdfFontHandle::External(font_id(run.font)), size: Pt(run.size) });
                    state.font = Some((run.font, run.size));
                }
                state.fill(&mut ops, run.color);
                // Td moves from the previous line's start: two short numbers instead
                // of a six-number Tm for every run.
                let (x, y) = (round(run.x - state.line_origin.0), round(height - run.y - state.line_origin.1));
                ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
                state.line_origin = (state.line_origin.0 + x, state.line_origin.1 + y);
                ops.push(Op::ShowText { items: text_items(run, fonts) });
            }
            Item::Rect(r) => {
                state.text_mode(&mut ops, false);
                let mode = match (r.fill, r.stroke) {
                    (Some(fill), Some((stroke, width))) => {
                        state.fill(&mut ops, fill);
                        state.stroke(&mut ops, stroke, width);
                        PaintMode::FillStroke
                    }
                    (Some(fill), None) => {
                        state.fill(&mut ops, fill);
                        PaintMode::Fill
                    }
                    (None, Some((stroke, width))) => {
                        state.stroke(&mut ops, stroke, width);
                        PaintMode::Stroke
                    }
                    (None, None) => continue,
                };
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(round(r.x)),
                        y: Pt(round(height - r.y - r.height)),
                        width: Pt(round(r.width)),
                        height: Pt(round(r.height)),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Item::Watermark(w) => {
                // Drawn as filled glyph outlines, not text: behind everything, and
                // invisible to text extraction, so the body still reads in order.
                state.text_mode(&mut ops, false);
                state.fill(&mut ops, w.color);
                ops.push(Op::DrawPolygon { polygon: watermark_outline(w, height, fonts) });
            }
            Item::Rule(rule) => {
                state.text_mode(&mut ops, false);
                state.stroke(&mut ops, rule.color, rule.width);
                let point = |x: f32, y: f32| LinePoint {
                    p: Point { x: Pt(round(x)), y: Pt(round(height - y)) },
                    bezier: false,
                };
                ops.push(Op::DrawLine {
                    line: Line { points: vec![point(rule.x1, rule.y1), point(rule.x2, rule.y2)], is_closed: false },
                });
            }
        }
    }
    state.text_mode(&mut ops, false);
    let mut pdf_page = PdfPage::new(printpdf::Mm(0.0), printpdf::Mm(0.0), ops);
    let media = Rect::from_wh(Pt(page.width), Pt(page.height));
    pdf_page.media_box = media.clone();
    pdf_page.trim_box = media.clone();
    pdf_page.crop_box = media;
    pdf_page
}

/// The watermark's glyphs as one filled path in page coordinates: each glyph's
/// outline scaled, advanced along the baseline (kerning included) and turned.
fn watermark_outline(w: &Watermark, page_height: f32, fonts: &Fonts) -> Polygon {
    let metrics = fonts.style(w.font);
    let scale = w.size / metrics.units_per_em();
    let (sin, cos) = w.angle.to_radians().sin_cos();
    let (ox, oy) = (w.x, page_height - w.y);
    let point = |pen: f32, x: f32, y: f32, bezier: bool| {
        let (lx, ly) = (pen + x * scale, y * scale);
        LinePoint {
            p: Point { x: Pt(round(ox + cos * lx - sin * ly)), y: Pt(round(oy + sin * lx + cos * ly)) },
            bezier,
        }
    };
    let mut rings: Vec<PolygonRing> = Vec::new();
    let mut pen = 0.0;
    let mut previous: Option<u16> = None;
    for c in w.text.chars() {
        let gid = metrics.glyph(c).unwrap_or(0);
        if let Some(p) = previous {
            pen += metrics.kerning(p, gid) as f32 * scale;
        }
        for segment in metrics.outline(gid) {
            match segment {
                Segment::Move(x, y) => rings.push(PolygonRing { points: vec![point(pen, x, y, false)] }),
                Segment::Line(x, y) => {
                    if let Some(ring) = rings.last_mut() {
                        ring.points.push(point(pen, x, y, false));
                    }
                }
                Segment::Cubic([x1, y1, x2, y2, x, y]) => {
                    if let Some(ring) = rings.last_mut() {
                        ring.points.extend([
                            point(pen, x1, y1, true),
                            point(pen, x2, y2, true),
                            point(pen, x, y, false),
                        ]);
                    }
                }
            }
        }
        pen += metrics.advance(gid) as f32 * scale;
        previous = Some(gid);
    }
    Polygon { rings, mode: PaintMode::Fill, winding_order: WindingOrder::NonZero }
}

/// The run as a TJ array: kerning between glyphs and the justification stretch after
/// each space become position adjustments, in thousandths of an em (positive moves
/// the next glyph left).
fn text_items(run: &TextRun, fonts: &Fonts) -> Vec<TextItem> {
    let metrics = fonts.style(run.font);
    let per_unit = 1000.0 / metrics.units_per_em();
    let stretch = round(-run.word_spacing * 1000.0 / run.size);
    let mut items = Vec::new();
    let mut chunk = String::new();
    let mut previous: Option<u16> = None;
    let adjust = |items: &mut Vec<TextItem>, chunk: &mut String, amount: f32| {
        if amount != 0.0 {
            if !chunk.is_empty() {
                items.push(TextItem::Text(std::mem::take(chunk)));
            }
            match items.last_mut() {
                Some(TextItem::Offset(o)) => *o += amount,
                _ => items.push(TextItem::Offset(amount)),
            }
        }
    };
    for c in run.text.chars() {
        let gid = metrics.glyph(c).unwrap_or(0);
        if let Some(p) = previous {
            adjust(&mut items, &mut chunk, -(metrics.kerning(p, gid) as f32) * per_unit);
        }
        chunk.push(c);
        if c == ' ' {
            adjust(&mut items, &mut chunk, stretch);
        }
        previous = Some(gid);
    }
    if !chunk.is_empty() {
        items.push(TextItem::Text(chunk));
    }
    items
}

/// Deflate at level 3: lopdf's own `compress` uses the best level, which took half the
/// time of a 100-page document (61 ms against 17 ms) to save about 12 % of its size.
fn compress_streams(lo: &mut lopdf::Document) {
    use std::io::Write;
    for object in lo.objects.values_mut() {
        let Object::Stream(stream) = object else { continue };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(3));
        let compressed = encoder.write_all(&stream.content).and_then(|_| encoder.finish());
        if let Some(compressed) = compressed.ok().filter(|c| c.len() + 19 < stream.content.len()) {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}
