//! Measuring and wrapping: turns styled spans into lines that fit a width, using the
//! font's real advances and kerning, and places a line as positioned text runs.

use crate::document::{Align, FontStyle, Span};
use crate::fonts::Fonts;
use crate::positioned::{Rgb, TextRun};

/// Room for float rounding when a word exactly fills the line.
const EPSILON: f32 = 0.01;

/// Justified lines never stretch a space beyond this share of the font size; a line
/// that would is left ragged rather than printed with holes in it.
const MAX_STRETCH: f32 = 1.0;

/// A run of one style inside a line; `x` is from the line's start, unjustified.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Fragment {
    pub style: FontStyle,
    pub text: String,
    pub x: f32,
    pub width: f32,
    pub spaces: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub fragments: Vec<Fragment>,
    pub width: f32,
    pub spaces: usize,
    /// The last line of a paragraph, or one ended by "\n": never justified.
    pub ends_paragraph: bool,
}

#[derive(Debug, Default)]
struct Word {
    parts: Vec<(FontStyle, String)>,
    width: f32,
    /// The style of the space before the word, if the text had one.
    space_before: Option<FontStyle>,
    break_before: bool,
}

fn split_words(fonts: &Fonts, spans: &[Span], size: f32) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current = Word::default();
    let mut pending_space: Option<FontStyle> = None;
    let mut pending_break = false;
    let finish = |current: &mut Word, words: &mut Vec<Word>| {
        if !current.parts.is_empty() {
            current.width = current.parts.iter().map(|(style, text)| fonts.style(*style).width(text, size)).sum();
            words.push(std::mem::take(current));
        }
    };
    for span in spans {
        for c in span.text.chars() {
            match c {
                '\n' => {
                    finish(&mut current, &mut words);
                    pending_break = true;
                    pending_space = None;
                }
                c if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' => {
                    finish(&mut current, &mut words);
                    pending_space.get_or_insert(span.style);
                }
                c => {
                    if current.parts.is_empty() {
                        current.space_before = pending_space.take();
                        current.break_before = std::mem::take(&mut pending_break);
                    }
                    match current.parts.last_mut() {
                        Some((style, text)) if *style == span.style => text.push(c),
                        _ => current.parts.push((span.style, c.to_string())),
                    }
                }
            }
        }
    }
    finish(&mut current, &mut words);
    words
}

/// Wraps `spans` set at `size` points into lines no wider than `width`. Words break
/// at spaces; a word wider than the whole line is cut between characters.
pub(crate) fn wrap(fonts: &Fonts, spans: &[Span], size: f32, width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut builder = LineBuilder::default();
    for word in split_words(fonts, spans, size) {
        if word.break_before && !builder.is_empty() {
            lines.push(builder.finish(fonts, size, true));
        }
        let space = word.space_before.map_or(0.0, |style| fonts.style(style).width(" ", size));
        if builder.is_empty() || builder.width + space + word.width <= width + EPSILON {
            if word.width > width + EPSILON && builder.is_empty() {
                cut_word(fonts, word, size, width, &mut builder, &mut lines);
            } else {
                builder.push(word, space);
            }
        } else {
            lines.push(builder.finish(fonts, size, false));
            if word.width > width + EPSILON {
                cut_word(fonts, word, size, width, &mut builder, &mut lines);
            } else {
                builder.push(Word { space_before: None, ..word }, 0.0);
            }
        }
    }
    if !builder.is_empty() || lines.is_empty() {
        lines.push(builder.finish(fonts, size, true));
    } else if let Some(last) = lines.last_mut() {
        last.ends_paragraph = true;
    }
    lines
}

/// Where a word too long for its line may break: before "@" and ".", after "/", "-"
/// and "_" — an e-mail address or a link reads "ana.vargas" / "@conatt.example"
/// rather than being cut in the middle of a name.
fn may_break_between(before: char, after: char) -> bool {
    matches!(after, '@' | '.') && before != '.' || matches!(before, '/' | '-' | '_') && after != before
}

fn cut_word(fonts: &Fonts, word: Word, size: f32, width: f32, builder: &mut LineBuilder, lines: &mut Vec<Line>) {
    let chars: Vec<(FontStyle, char, f32)> = word
        .parts
        .iter()
        .flat_map(|(style, text)| {
            let metrics = fonts.style(*style);
            text.chars().map(move |c| (*style, c, metrics.width(c.encode_utf8(&mut [0; 4]), size)))
        })
        .collect();
    let push = |builder: &mut LineBuilder, chars: &[(FontStyle, char, f32)]| {
        for (style, c, w) in chars {
            builder.push(Word { parts: vec![(*style, c.to_string())], width: *w, ..Word::default() }, 0.0);
        }
    };
    let mut start = 0;
    while start < chars.len() {
        let room = width - builder.width;
        let mut end = start;
        let mut used = 0.0;
        while end < chars.len() && used + chars[end].2 <= room + EPSILON {
            used += chars[end].2;
            end += 1;
        }
        if end == chars.len() {
            push(builder, &chars[start..]);
            break;
        }
        // At least one character per line, or the loop never ends.
        let end = end.max(start + 1);
        let cut = (start + 1..end).rev().find(|&p| may_break_between(chars[p - 1].1, chars[p].1)).unwrap_or(end);
        push(builder, &chars[start..cut]);
        lines.push(builder.finish(fonts, size, false));
        start = cut;
    }
}

#[derive(Default)]
struct LineBuilder {
    parts: Vec<(FontStyle, String)>,
    width: f32,
}

impl LineBuilder {
    fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    fn push(&mut self, word: Word, space: f32) {
        let glue = !self.parts.is_empty() && word.space_before.is_some();
        if let (true, Some((_, text))) = (glue, self.parts.last_mut()) {
            text.push(' ');
        }
        self.width += word.width + if glue { space } else { 0.0 };
        for (style, text) in word.parts {
            match self.parts.last_mut() {
                Some((last, existing)) if *last == style => existing.push_str(&text),
                _ => self.parts.push((style, text)),
            }
        }
    }

    fn finish(&mut self, fonts: &Fonts, size: f32, ends_paragraph: bool) -> Line {
        let mut x = 0.0;
        let fragments: Vec<Fragment> = std::mem::take(&mut self.parts)
            .into_iter()
            .map(|(style, text)| {
                let width = fonts.style(style).width(&text, size);
                let spaces = text.chars().filter(|c| *c == ' ').count();
                let fragment = Fragment { style, text, x, width, spaces };
                x += width;
                fragment
            })
            .collect();
        self.width = 0.0;
        Line { spaces: fragments.iter().map(|f| f.spaces).sum(), fragments, width: x, ends_paragraph }
    }
}

/// Width of the widest line, for shrink-wrapped labels.
pub(crate) fn measure(fonts: &Fonts, style: FontStyle, text: &str, size: f32) -> f32 {
    fonts.style(style).width(text, size)
}

/// The text runs of `line` with its left edge at `x` in a box `width` wide, baseline
/// at `y`.
pub(crate) fn place(line: &Line, x: f32, y: f32, width: f32, align: Align, size: f32, color: Rgb) -> Vec<TextRun> {
    let free = (width - line.width).max(0.0);
    let (offset, word_spacing) = match align {
        Align::Left => (0.0, 0.0),
        Align::Center => (free / 2.0, 0.0),
        Align::Right => (free, 0.0),
        Align::Justify => {
            let stretch = if line.spaces > 0 { free / line.spaces as f32 } else { 0.0 };
            if line.ends_paragraph || stretch > size * MAX_STRETCH {
                (0.0, 0.0)
            } else {
                (0.0, stretch)
            }
        }
    };
    let mut cursor = x + offset;
    line.fragments
        .iter()
        .map(|f| {
            let run = TextRun {
                x: cursor,
                y,
                font: f.style,
                size,
                color,
                text: f.text.clone(),
                word_spacing: if f.spaces > 0 { word_spacing } else { 0.0 },
            };
            cursor += f.width + word_spacing * f.spaces as f32;
            run
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.fragments.iter().map(|f| f.text.as_str()).collect::<String>()).collect()
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_every_word() {
        let fonts = Fonts::get().unwrap();
        let spans = [Span::plain("Estrategia Regional para la prevención de la trata de personas elaborada")];
        let lines = wrap(fonts, &spans, 10.0, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 120.01));
        assert_eq!(texts(&lines).join(" "), spans[0].text);
        assert!(lines.last().unwrap().ends_paragraph);
    }

    #[test]
    fn a_new_line_in_the_text_starts_a_new_line_on_paper() {
        let fonts = Fonts::get().unwrap();
        let lines = wrap(fonts, &[Span::plain("Número de minutos\nNúmero de protocolos")], 10.0, 400.0);
        assert_eq!(texts(&lines), ["Número de minutos", "Número de protocolos"]);
        assert!(lines[0].ends_paragraph);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_between_characters() {
        let fonts = Fonts::get().unwrap();
        let lines = wrap(fonts, &[Span::plain("Interinstitucionalidad")], 10.0, 40.0);
        assert!(lines.len() > 2);
        assert_eq!(texts(&lines).concat(), "Interinstitucionalidad");
    }

    #[test]
    fn an_address_too_long_for_its_line_breaks_before_the_at_sign() {
        let fonts = Fonts::get().unwrap();
        let text = "marcus.flowers@antitrafficking.example";
        let width = fonts.style(FontStyle::Regular).width("marcus.flowers@antitraffic", 10.0);
        let lines = wrap(fonts, &[Span::plain(text)], 10.0, width);
        assert_eq!(texts(&lines), ["marcus.flowers", "@antitrafficking.example"]);
        let narrow = wrap(fonts, &[Span::plain("https://videoconferencia.example/coalicion")], 10.0, 100.0);
        assert_eq!(texts(&narrow), ["https://", "videoconferencia", ".example/coalicion"]);
        assert!(narrow.iter().all(|l| l.width <= 100.01));
    }

    #[test]
    fn styles_change_inside_a_line_without_losing_the_space() {
        let fonts = Fonts::get().unwrap();
        let lines = wrap(fonts, &[Span::bold("1.1.1"), Span::plain(" Estrategia")], 10.0, 400.0);
        assert_eq!(lines.len(), 1);
        let parts: Vec<_> = lines[0].fragments.iter().map(|f| (f.style, f.text.as_str())).collect();
        assert_eq!(parts, [(FontStyle::Bold, "1.1.1 "), (FontStyle::Regular, "Estrategia")]);
    }

    #[test]
    fn justified_lines_fill_the_width_except_the_last() {
        let fonts = Fonts::get().unwrap();
        let spans = [Span::plain("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece")];
        let lines = wrap(fonts, &spans, 10.0, 150.0);
        let first = place(&lines[0], 0.0, 0.0, 150.0, Align::Justify, 10.0, Rgb(0, 0, 0));
        assert!(first[0].word_spacing > 0.0);
        let last = place(lines.last().unwrap(), 0.0, 0.0, 150.0, Align::Justify, 10.0, Rgb(0, 0, 0));
        assert_eq!(last[0].word_spacing, 0.0);
    }
}
