//! `pleno pdf …`: every printed document, written atomically (a failure leaves no
//! partial file).

use chrono::NaiveDate;
use pleno_api::{Api, ApiError};

use crate::args::PdfCommand;

pub fn run(api: &Api, command: PdfCommand, today: NaiveDate) -> Result<(), ApiError> {
    let (bytes, path) = match command {
        PdfCommand::Plan { output } => (api.pdf_strategic_plan(today)?, output),
        PdfCommand::Poa { year, output } => (api.pdf_operating_plan(year, today)?, output),
    };
    pleno_api::write_file_atomically(&path, &bytes)?;
    eprintln!("Escrito {} ({} KB)", path.display(), bytes.len().div_ceil(1024));
    Ok(())
}
