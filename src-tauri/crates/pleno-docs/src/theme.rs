//! The house style in one place: sizes, spacing and colours, so every document prints
//! with the same hierarchy and a change of taste is one edit.

use crate::document::{FontStyle, TextSize};
use crate::positioned::Rgb;

/// Line height as a multiple of the font size.
pub const LEADING: f32 = 1.35;
pub const TABLE_LEADING: f32 = 1.25;

pub const BODY_SIZE: f32 = 10.5;
pub const SMALL_SIZE: f32 = 9.0;
pub const LARGE_SIZE: f32 = 12.0;
pub const TABLE_SIZE: f32 = 8.5;
pub const RUNNING_SIZE: f32 = 7.5;

pub const PARAGRAPH_AFTER: f32 = 6.0;
pub const LIST_ITEM_AFTER: f32 = 3.0;
pub const LIST_INDENT: f32 = 14.0;
pub const LABEL_GAP: f32 = 6.0;
pub const TABLE_BEFORE: f32 = 4.0;
pub const TABLE_AFTER: f32 = 10.0;

/// Inner spacing of a table cell. Two paddings side by side must exceed 1.5 em of
/// table text: closer than that, pdftotext reads neighbouring cells as one line.
pub const CELL_PAD_X: f32 = 7.0;
pub const CELL_PAD_Y: f32 = 3.5;
pub const BORDER_WIDTH: f32 = 0.5;

pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
pub const ACCENT: Rgb = Rgb(0x1f, 0x3a, 0x5f);
pub const MUTED: Rgb = Rgb(0x5f, 0x66, 0x70);
pub const BORDER: Rgb = Rgb(0x8c, 0x9b, 0xae);
pub const HEADER_FILL: Rgb = Rgb(0xdc, 0xe5, 0xef);
pub const RULE: Rgb = Rgb(0xa9, 0xb6, 0xc6);
/// A group's title row in a table: lighter than the column titles.
pub const SHADE: Rgb = Rgb(0xee, 0xf2, 0xf7);
/// Light enough to read through, dark enough to be seen on every page.
pub const WATERMARK: Rgb = Rgb(0xe2, 0xe2, 0xe2);

/// The watermark's main line spans this share of the page's diagonal, at most
/// `WATERMARK_MAX` points tall; further lines are `WATERMARK_SMALL` of its size.
pub const WATERMARK_SPAN: f32 = 0.62;
pub const WATERMARK_MAX: f32 = 120.0;
pub const WATERMARK_SMALL: f32 = 0.3;

pub const LETTERHEAD_SIZE: f32 = 11.5;
pub const LETTERHEAD_LINE_SIZE: f32 = 8.5;
pub const LETTERHEAD_AFTER: f32 = 20.0;

pub const TITLE_SIZE: f32 = 15.0;
pub const TITLE_LINE_SIZE: f32 = 10.0;
pub const TITLE_BEFORE: f32 = 6.0;
pub const TITLE_AFTER: f32 = 16.0;

/// Room above the signature line for a hand to sign, and the space between rows of
/// signatures and between two signatures side by side.
pub const SIGNATURE_ROOM: f32 = 46.0;
pub const SIGNATURE_BEFORE: f32 = 18.0;
pub const SIGNATURE_ROW_GAP: f32 = 20.0;
pub const SIGNATURE_GUTTER: f32 = 40.0;

/// Gap between the running header's baseline and the text block, and the same below
/// the text block for the footer.
pub const RUNNING_GAP: f32 = 22.0;

pub struct HeadingStyle {
    pub size: f32,
    pub color: Rgb,
    pub before: f32,
    pub after: f32,
    /// A hairline under level-1 headings marks a chapter.
    pub rule: bool,
}

pub fn heading(level: u8) -> HeadingStyle {
    match level {
        0 | 1 => HeadingStyle { size: 15.0, color: ACCENT, before: 20.0, after: 8.0, rule: true },
        2 => HeadingStyle { size: 12.0, color: ACCENT, before: 12.0, after: 4.0, rule: false },
        _ => HeadingStyle { size: 10.5, color: TEXT, before: 8.0, after: 2.0, rule: false },
    }
}

pub fn text_size(size: TextSize) -> f32 {
    match size {
        TextSize::Small => SMALL_SIZE,
        TextSize::Body => BODY_SIZE,
        TextSize::Large => LARGE_SIZE,
    }
}

pub const HEADING_FONT: FontStyle = FontStyle::Bold;
