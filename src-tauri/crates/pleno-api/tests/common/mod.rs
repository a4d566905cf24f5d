//! Helpers shared by the tests of XLSX workbooks: a workbook filled in as a
//! person would, saved again by a spreadsheet program.

#![allow(dead_code)]

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

/// A value a person types into a cell.
pub enum Typed {
    Number(f64),
    Text(&'static str),
}

pub fn cell_position(name: &str) -> (u32, u16) {
    let letters: String = name.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let col = letters.bytes().fold(0u16, |n, b| n * 26 + u16::from(b - b'A' + 1)) - 1;
    let row: u32 = name[letters.len()..].parse().unwrap();
    (row - 1, col)
}

/// The template as a person sends it back: every cell of every sheet as Pleno
/// wrote it, with `typed` entered on the sheet `sheet_name` (written again with
/// rust_xlsxwriter, as a spreadsheet program saves a file).
pub fn filled_sheet(template: &[u8], sheet_name: &str, typed: &[(&str, Typed)]) -> Vec<u8> {
    let mut source: Xlsx<_> = open_workbook_from_rs(Cursor::new(template)).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).unwrap();
        let sheet = out.add_worksheet();
        sheet.set_name(&name).unwrap();
        let overridden: Vec<(u32, u16)> =
            if name == sheet_name { typed.iter().map(|(cell, _)| cell_position(cell)).collect() } else { Vec::new() };
        for (row, col, value) in range.used_cells() {
            let (row, col) = (row as u32, col as u16);
            if overridden.contains(&(row, col)) {
                continue; // What the person typed replaces it; "" leaves the cell empty.
            }
            match value {
                Data::String(s) => sheet.write_string(row, col, s).map(|_| ()),
                Data::Float(f) => sheet.write_number(row, col, *f).map(|_| ()),
                Data::Int(i) => sheet.write_number(row, col, *i as f64).map(|_| ()),
                Data::DateTime(d) => sheet.write_number_with_format(row, col, d.as_f64(), &date_format).map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
        if name == sheet_name {
            for (cell, value) in typed {
                let (row, col) = cell_position(cell);
                match value {
                    Typed::Number(n) => sheet.write_number(row, col, *n).map(|_| ()),
                    Typed::Text("") => Ok(()),
                    Typed::Text(t) => sheet.write_string(row, col, *t).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    out.save_to_buffer().unwrap()
}

/// The monitoring matrix filled in.
pub fn filled(template: &[u8], typed: &[(&str, Typed)]) -> Vec<u8> {
    filled_sheet(template, "Matriz", typed)
}
