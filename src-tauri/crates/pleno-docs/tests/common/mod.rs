//! Helpers shared by the integration tests: write a PDF to a temporary file and ask
//! poppler and qpdf about it, as a person checking the file would.
#![allow(dead_code)]

pub mod minutes;

use std::path::PathBuf;
use std::process::Command;

use chrono::NaiveDate;

pub fn issued() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date")
}

pub struct PdfFile {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn write_pdf(bytes: &[u8]) -> PdfFile {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("documento.pdf");
    std::fs::write(&path, bytes).expect("the PDF is written");
    PdfFile { _dir: dir, path }
}

/// Runs a command-line tool on the file and returns what it printed; the tool must succeed.
pub fn run(tool: &str, args: &[&str], pdf: &PdfFile) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(&pdf.path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| panic!("{tool} could not run: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{tool} {args:?} failed: {stdout}{}", String::from_utf8_lossy(&output.stderr));
    stdout
}

/// The whole text as pdftotext reads it.
pub fn text(pdf: &PdfFile) -> String {
    run("pdftotext", &[], pdf)
}

/// The text in the order it was drawn (pdftotext -raw): for a table, row by row and
/// cell by cell, the way a person reads it; plain pdftotext may read a table's
/// columns as separate text columns.
pub fn raw_text(pdf: &PdfFile) -> String {
    run("pdftotext", &["-raw"], pdf)
}

/// The text of one page (counted from 1).
pub fn page_text(pdf: &PdfFile, page: usize) -> String {
    let n = page.to_string();
    run("pdftotext", &["-f", &n, "-l", &n], pdf)
}

pub fn page_count(pdf: &PdfFile) -> usize {
    let info = run("pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports the page count")
}

/// Line breaks and runs of spaces become one space, so a title wrapped over several
/// lines is found whole.
pub fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
