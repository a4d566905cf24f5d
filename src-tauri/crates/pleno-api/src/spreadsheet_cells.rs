//! Text cells that a spreadsheet program will not run (OWASP "CSV injection").
//!
//! Excel and LibreOffice read a cell that begins with `=`, `+`, `-`, `@`, a tab or
//! a carriage return as a formula, so a person named `=HYPERLINK(…)` in an export
//! would run when the file is opened. Every CSV Pleno writes passes its cells
//! through [`neutralise`], which puts an apostrophe before such a text, and the
//! directory import undoes it with [`restore`], so export → import gives back
//! exactly what was stored (a phone "+506 5555 1234" included).
//!
//! The apostrophe is added also before a text that already begins with
//! apostrophes followed by one of those characters (`'=x` becomes `''=x`), and
//! removed only before such a text, so the pair is a bijection: a name such as
//! "'t Hooft" is written and read as it is.
//!
//! In an XLSX workbook a string cell is never a formula, but a person who edits
//! the cell and presses Enter would turn it into one. [`write_text`] marks such
//! cells with the workbook's own "quote prefix" — what Excel stores when someone
//! types a leading apostrophe — so the value read back is unchanged.

use std::borrow::Cow;

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// True when a spreadsheet would read `text` as a formula: it begins (after any
/// apostrophes) with one of [`FORMULA_STARTS`].
fn looks_like_formula(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// The cell to write for `text`: with a leading apostrophe where a spreadsheet
/// would otherwise run it.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if looks_like_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text a cell written by [`neutralise`] stands for.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

/// Writes a text cell of an XLSX sheet, marked as text (quote prefix) when a
/// spreadsheet would otherwise read it as a formula once edited.
pub fn write_text(sheet: &mut Worksheet, row: u32, col: u16, text: &str, format: &Format) -> Result<(), XlsxError> {
    if looks_like_formula(text) {
        sheet.write_string_with_format(row, col, text, &format.clone().set_quote_prefix())?;
    } else {
        sheet.write_string_with_format(row, col, text, format)?;
    }
    Ok(())
}

/// [`write_text`] with the sheet's default format.
pub fn write_plain_text(sheet: &mut Worksheet, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
    write_text(sheet, row, col, text, &Format::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_a_spreadsheet_would_run_gets_an_apostrophe_and_gets_it_back_on_import() {
        for (text, cell) in [
            ("=HYPERLINK(\"http://x\",\"x\")", "'=HYPERLINK(\"http://x\",\"x\")"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("+506 5555 1234", "'+506 5555 1234"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''+x", "'''+x"),
            ("Ana Pérez", "Ana Pérez"),
            ("'t Hooft", "'t Hooft"),
            ("'", "'"),
            ("", ""),
            ("2024-01-01", "2024-01-01"),
        ] {
            assert_eq!(neutralise(text), cell, "written form of {text:?}");
            assert_eq!(restore(cell), text, "read form of {cell:?}");
        }
    }

    #[test]
    fn a_cell_that_a_person_typed_without_the_apostrophe_is_read_as_it_is() {
        for cell in ["=1+1", "+506 5555 1234", "'t Hooft", "Ana"] {
            assert_eq!(restore(cell), cell);
        }
    }
}
