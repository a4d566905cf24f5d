//! The typeface every document is set in, compiled into the binary so nothing has to
//! sit beside it, and the metrics (advances, kerning) the layout measures text with.
//!
//! Measuring reads the same font files printpdf embeds, so a line the layout thinks is
//! 300 pt wide is 300 pt wide on paper.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
use ttf_parser::{Face, GlyphId, Tag};

use crate::document::FontStyle;
use crate::DocsError;

pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");
pub(crate) const ITALIC_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Italic.ttf");

pub(crate) const STYLES: [FontStyle; 3] = [FontStyle::Regular, FontStyle::Bold, FontStyle::Italic];

pub(crate) fn font_bytes(style: FontStyle) -> &'static [u8] {
    match style {
        FontStyle::Regular => REGULAR_TTF,
        FontStyle::Bold => BOLD_TTF,
        FontStyle::Italic => ITALIC_TTF,
    }
}

pub(crate) fn font_name(style: FontStyle) -> &'static str {
    match style {
        FontStyle::Regular => "NotoSans-Regular",
        FontStyle::Bold => "NotoSans-Bold",
        FontStyle::Italic => "NotoSans-Italic",
    }
}

/// Code points below this are looked up in a table rather than the font's cmap: it
/// covers Latin, its punctuation and the typographic quotes and dashes.
const FAST_LIMIT: u32 = 0x2200;

/// The characters between which kerning is looked up. Kerning pairs outside it (Greek,
/// Cyrillic) are not applied; the text still prints, only unkerned.
fn kerning_repertoire() -> impl Iterator<Item = char> {
    (0x20u32..0x7f).chain(0xa0..0x250).chain(0x2010..0x2027).chain(0x2030..0x203b).filter_map(char::from_u32)
}

pub(crate) struct FontMetrics {
    face: Face<'static>,
    units_per_em: f32,
    /// Above and below the baseline, in em.
    pub ascent: f32,
    pub descent: f32,
    fast_glyphs: Vec<u16>,
    advances: Vec<u16>,
    kern_slot: Vec<u16>,
    kern_pairs: Vec<i16>,
    kern_size: usize,
}

pub(crate) struct Fonts {
    regular: FontMetrics,
    bold: FontMetrics,
    italic: FontMetrics,
}

impl Fonts {
    /// Parsed once per process; every later document reuses the tables.
    pub fn get() -> Result<&'static Fonts, DocsError> {
        static FONTS: OnceLock<Result<Fonts, DocsError>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Ok(Fonts {
                    regular: FontMetrics::parse(REGULAR_TTF, "NotoSans-Regular.ttf")?,
                    bold: FontMetrics::parse(BOLD_TTF, "NotoSans-Bold.ttf")?,
                    italic: FontMetrics::parse(ITALIC_TTF, "NotoSans-Italic.ttf")?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn style(&self, style: FontStyle) -> &FontMetrics {
        match style {
            FontStyle::Regular => &self.regular,
            FontStyle::Bold => &self.bold,
            FontStyle::Italic => &self.italic,
        }
    }
}

impl FontMetrics {
    fn parse(bytes: &'static [u8], name: &'static str) -> Result<Self, DocsError> {
        let face = Face::parse(bytes, 0).map_err(|_| DocsError::Font(name))?;
        let units_per_em = f32::from(face.units_per_em());
        let glyph_count = face.number_of_glyphs();
        let advances = (0..glyph_count).map(|g| face.glyph_hor_advance(GlyphId(g)).unwrap_or(0)).collect();
        let fast_glyphs =
            (0..FAST_LIMIT).map(|cp| char::from_u32(cp).and_then(|c| face.glyph_index(c)).map_or(0, |g| g.0)).collect();

        let repertoire: Vec<u16> = kerning_repertoire()
            .filter_map(|c| face.glyph_index(c).map(|g| g.0))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut kern_slot = vec![u16::MAX; usize::from(glyph_count)];
        for (slot, gid) in repertoire.iter().enumerate() {
            kern_slot[usize::from(*gid)] = slot as u16;
        }
        let kern_pairs = kerning_table(&face, &repertoire);

        Ok(FontMetrics {
            ascent: f32::from(face.ascender()) / units_per_em,
            descent: -f32::from(face.descender()) / units_per_em,
            units_per_em,
            fast_glyphs,
            advances,
            kern_slot,
            kern_size: repertoire.len(),
            kern_pairs,
            face,
        })
    }

    pub fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    pub fn glyph(&self, c: char) -> Option<u16> {
        let cp = u32::from(c);
        if cp < FAST_LIMIT {
            Some(self.fast_glyphs[cp as usize]).filter(|g| *g != 0)
        } else {
            self.face.glyph_index(c).map(|g| g.0)
        }
    }

    pub fn advance(&self, gid: u16) -> i32 {
        i32::from(self.advances.get(usize::from(gid)).copied().unwrap_or(0))
    }

    /// The advance adjustment between two glyphs, in font units (negative tightens).
    pub fn kerning(&self, left: u16, right: u16) -> i32 {
        let slot = |g: u16| self.kern_slot.get(usize::from(g)).copied().filter(|s| *s != u16::MAX);
        match (slot(left), slot(right)) {
            (Some(l), Some(r)) => i32::from(self.kern_pairs[usize::from(l) * self.kern_size + usize::from(r)]),
            _ => 0,
        }
    }

    /// The outline of a glyph in font units (y up), quadratic curves raised to cubic:
    /// for drawing text as shapes that text extraction does not read.
    pub fn outline(&self, gid: u16) -> Vec<Segment> {
        let mut collect = Collect::default();
        self.face.outline_glyph(GlyphId(gid), &mut collect);
        collect.segments
    }

    /// Width of `text` set at `size` points, kerning included.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut units = 0i32;
        let mut previous: Option<u16> = None;
        for c in text.chars() {
            let gid = self.glyph(c).unwrap_or(0);
            if let Some(p) = previous {
                units += self.kerning(p, gid);
            }
            units += self.advance(gid);
            previous = Some(gid);
        }
        units as f32 * size / self.units_per_em
    }
}

/// A piece of a glyph's outline: a contour starts with `Move`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Segment {
    Move(f32, f32),
    Line(f32, f32),
    Cubic([f32; 6]),
}

#[derive(Default)]
struct Collect {
    segments: Vec<Segment>,
    current: (f32, f32),
}

impl ttf_parser::OutlineBuilder for Collect {
    fn move_to(&mut self, x: f32, y: f32) {
        self.segments.push(Segment::Move(x, y));
        self.current = (x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.segments.push(Segment::Line(x, y));
        self.current = (x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x0, y0) = self.current;
        let third = 2.0 / 3.0;
        self.segments.push(Segment::Cubic([
            x0 + third * (x1 - x0),
            y0 + third * (y1 - y0),
            x + third * (x1 - x),
            y + third * (y1 - y),
            x,
            y,
        ]));
        self.current = (x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.segments.push(Segment::Cubic([x1, y1, x2, y2, x, y]));
        self.current = (x, y);
    }

    fn close(&mut self) {}
}

/// Pair kerning from the GPOS "kern" feature (or the legacy "kern" table) for every
/// pair of glyphs in the repertoire, as a dense square table.
fn kerning_table(face: &Face<'_>, repertoire: &[u16]) -> Vec<i16> {
    let n = repertoire.len();
    let mut table = vec![0i16; n * n];
    if let Some(gpos) = face.tables().gpos {
        for lookup_index in kern_lookups(&gpos) {
            let Some(lookup) = gpos.lookups.get(lookup_index) else { continue };
            // Within one lookup the first subtable that applies to a pair decides it.
            let mut decided = vec![false; n * n];
            for subtable in lookup.subtables.into_iter::<PositioningSubtable>() {
                let PositioningSubtable::Pair(pairs) = subtable else { continue };
                apply_pair_subtable(&pairs, repertoire, &mut table, &mut decided);
            }
        }
    } else if let Some(kern) = face.tables().kern {
        for subtable in kern.subtables.into_iter().filter(|s| s.horizontal && !s.variable && !s.has_cross_stream) {
            for (i, left) in repertoire.iter().enumerate() {
                for (j, right) in repertoire.iter().enumerate() {
                    if let Some(k) = subtable.glyphs_kerning(GlyphId(*left), GlyphId(*right)) {
                        table[i * n + j] = table[i * n + j].saturating_add(k);
                    }
                }
            }
        }
    }
    table
}

/// The lookups of the "kern" feature for Latin (falling back to the default script).
fn kern_lookups(gpos: &ttf_parser::opentype_layout::LayoutTable<'_>) -> BTreeSet<u16> {
    let kern = Tag::from_bytes(b"kern");
    let script = gpos.scripts.find(Tag::from_bytes(b"latn")).or_else(|| gpos.scripts.find(Tag::from_bytes(b"DFLT")));
    let feature_indices: Vec<u16> = match script.and_then(|s| s.default_language) {
        Some(language) => language.feature_indices.into_iter().collect(),
        None => (0..gpos.features.len()).collect(),
    };
    feature_indices
        .into_iter()
        .filter_map(|i| gpos.features.get(i))
        .filter(|f| f.tag == kern)
        .flat_map(|f| f.lookup_indices.into_iter())
        .collect()
}

fn apply_pair_subtable(pairs: &PairAdjustment<'_>, repertoire: &[u16], table: &mut [i16], decided: &mut [bool]) {
    let n = repertoire.len();
    match pairs {
        PairAdjustment::Format1 { coverage, sets } => {
            for (i, left) in repertoire.iter().enumerate() {
                let Some(set) = coverage.get(GlyphId(*left)).and_then(|index| sets.get(index)) else { continue };
                for (j, right) in repertoire.iter().enumerate() {
                    if decided[i * n + j] {
                        continue;
                    }
                    if let Some((first, _)) = set.get(GlyphId(*right)) {
                        table[i * n + j] = table[i * n + j].saturating_add(first.x_advance);
                        decided[i * n + j] = true;
                    }
                }
            }
        }
        PairAdjustment::Format2 { coverage, classes, matrix } => {
            let right_classes: Vec<u16> = repertoire.iter().map(|g| classes.1.get(GlyphId(*g))).collect();
            let mut by_class: std::collections::HashMap<(u16, u16), i16> = std::collections::HashMap::new();
            for (i, left) in repertoire.iter().enumerate() {
                if coverage.get(GlyphId(*left)).is_none() {
                    continue;
                }
                let left_class = classes.0.get(GlyphId(*left));
                for (j, right_class) in right_classes.iter().enumerate() {
                    if decided[i * n + j] {
                        continue;
                    }
                    let value = *by_class.entry((left_class, *right_class)).or_insert_with(|| {
                        matrix.get((left_class, *right_class)).map_or(0, |(first, _)| first.x_advance)
                    });
                    table[i * n + j] = table[i * n + j].saturating_add(value);
                    decided[i * n + j] = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spanish_character_has_a_glyph_in_every_style() {
        let fonts = Fonts::get().unwrap();
        for style in STYLES {
            for c in "áéíóúüñÁÉÍÓÚÜÑ¿¡ºª«»–—…“”‘’•".chars() {
                assert!(fonts.style(style).glyph(c).is_some(), "{c} in {style:?}");
            }
        }
    }

    #[test]
    fn kerning_tightens_the_classic_pairs() {
        let regular = Fonts::get().unwrap().style(FontStyle::Regular);
        let (a, v) = (regular.glyph('A').unwrap(), regular.glyph('V').unwrap());
        assert!(regular.kerning(a, v) < 0, "A–V kerning is {}", regular.kerning(a, v));
        let (t, o) = (regular.glyph('T').unwrap(), regular.glyph('o').unwrap());
        assert!(regular.kerning(t, o) < 0);
        assert!(regular.width("AV", 10.0) < regular.width("A", 10.0) + regular.width("V", 10.0));
    }
}
