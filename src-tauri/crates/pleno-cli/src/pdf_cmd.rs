//! `pleno pdf …`: every printed document, written atomically (a failure leaves no
//! partial file).

use chrono::NaiveDate;
use pleno_api::{Api, ApiError, Language};

use crate::cli::pdf::PdfCommand;

/// Writes the document in `lang` (the global `--lang`, else the settings' language).
pub fn run(api: &Api, command: PdfCommand, today: NaiveDate, lang: Language) -> Result<(), ApiError> {
    let (bytes, path) = match command {
        PdfCommand::Plan { output } => (api.pdf_strategic_plan(today, lang)?, output),
        PdfCommand::Poa { year, output } => (api.pdf_operating_plan(year, today, lang)?, output),
        PdfCommand::Notice { meeting, output } => (api.pdf_notice(meeting, today, lang)?, output),
        PdfCommand::Agenda { meeting, output } => (api.pdf_agenda(meeting, today, lang)?, output),
        PdfCommand::AttendanceSheet { meeting, output } => (api.pdf_attendance_sheet(meeting, today, lang)?, output),
        PdfCommand::Attendance { meeting, output } => (api.pdf_attendance_report(meeting, today, lang)?, output),
        PdfCommand::Agreements { meeting, axis, output } => {
            (api.pdf_agreements(meeting, axis.as_deref(), today, lang)?, output)
        }
        PdfCommand::Directory { on, output } => (api.pdf_directory(on.unwrap_or(today), today, lang)?, output),
        PdfCommand::Minutes { meeting, output } => (api.pdf_minutes(meeting, today, lang)?, output),
        PdfCommand::Monitoring { year, country: Some(country), output } => {
            (api.pdf_monitoring_report(year, &country, today, lang)?, output)
        }
        PdfCommand::Monitoring { year, country: None, output } => {
            (api.pdf_monitoring_rollup(year, today, lang)?, output)
        }
    };
    pleno_api::write_file_atomically(&path, &bytes)?;
    let written = lang.pick("Escrito", "Written");
    eprintln!("{written} {} ({} KB)", path.display(), bytes.len().div_ceil(1024));
    Ok(())
}
