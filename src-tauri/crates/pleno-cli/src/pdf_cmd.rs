//! `pleno pdf …`: every printed document, written atomically (a failure leaves no
//! partial file).

use chrono::NaiveDate;
use pleno_api::{Api, ApiError, Language};

use crate::cli::pdf::PdfCommand;

pub fn run(api: &Api, command: PdfCommand, today: NaiveDate, _lang: Language) -> Result<(), ApiError> {
    let (bytes, path) = match command {
        PdfCommand::Plan { output } => (api.pdf_strategic_plan(today)?, output),
        PdfCommand::Poa { year, output } => (api.pdf_operating_plan(year, today)?, output),
        PdfCommand::Notice { meeting, output } => (api.pdf_notice(meeting, today)?, output),
        PdfCommand::Agenda { meeting, output } => (api.pdf_agenda(meeting, today)?, output),
        PdfCommand::AttendanceSheet { meeting, output } => (api.pdf_attendance_sheet(meeting, today)?, output),
        PdfCommand::Attendance { meeting, output } => (api.pdf_attendance_report(meeting, today)?, output),
        PdfCommand::Agreements { meeting, axis, output } => {
            (api.pdf_agreements(meeting, axis.as_deref(), today)?, output)
        }
        PdfCommand::Directory { on, output } => (api.pdf_directory(on.unwrap_or(today), today)?, output),
        PdfCommand::Minutes { meeting, output } => (api.pdf_minutes(meeting, today)?, output),
    };
    pleno_api::write_file_atomically(&path, &bytes)?;
    eprintln!("Escrito {} ({} KB)", path.display(), bytes.len().div_ceil(1024));
    Ok(())
}
