//! `pleno`: the Secretariat's command line. Parses arguments, calls `pleno_api`,
//! prints the result; every decision is the API's, as in the app.

mod agreement_cmd;
mod args;
mod directory_cmd;
mod meeting_cmd;
mod minutes_cmd;
mod output;
mod pdf_cmd;
mod spanish;

use std::process::ExitCode;

use args::{Cli, Command, CountryCommand, PlanCommand};
use chrono::NaiveDateTime;
use pleno_api::{Api, ApiError};

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = match spanish::parse() {
        Ok(cli) => cli,
        Err(exit) => return exit,
    };
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("Error: {}", error.message);
            ExitCode::from(1)
        }
    }
}

/// Rust ignores SIGPIPE, so `pleno directory | head` would panic on a closed pipe;
/// a command-line tool should simply stop, as `cat` does.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread or output exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Now, read once at the boundary and passed in. `PLENO_TODAY` (AAAA-MM-DD)
/// lets a script ask as of another day.
fn now() -> Result<NaiveDateTime, ApiError> {
    let now = chrono::Local::now().naive_local();
    match std::env::var("PLENO_TODAY") {
        Ok(text) if !text.is_empty() => Ok(pleno_domain::dates::parse_date("PLENO_TODAY", &text)?.and_time(now.time())),
        _ => Ok(now),
    }
}

fn run(cli: Cli) -> Result<ExitCode, ApiError> {
    let db = pleno_api::resolve_db_path(cli.db);
    let now = now()?;
    let today = now.date();
    match cli.command {
        Command::Init => {
            let (_, report) = Api::init(&db)?;
            output::init_report(&report);
        }
        Command::Demo => {
            let (mut api, report) = Api::init(&db)?;
            output::init_report(&report);
            output::demo_report(&api.load_demo()?);
        }
        Command::Plan { command: PlanCommand::Export { format: _, output } } => {
            let plan = Api::open(&db)?.plan()?;
            output::json_to(&plan, output.as_deref())?;
        }
        Command::Country { command: CountryCommand::List { json } } => {
            let countries = Api::open(&db)?.countries_on(today)?;
            if json {
                output::json(&countries)?;
            } else {
                output::country_table(&countries);
            }
        }
        meeting @ (Command::Meeting { .. }
        | Command::Agenda { .. }
        | Command::Attendance { .. }
        | Command::Quorum { .. }
        | Command::Settings { .. }) => meeting_cmd::run(&mut Api::open(&db)?, meeting, now)?,
        record @ (Command::Decision { .. }
        | Command::Vote { .. }
        | Command::Consensus { .. }
        | Command::Agreement { .. }
        | Command::Indicators { .. }
        | Command::Search { .. }) => agreement_cmd::run(&mut Api::open(&db)?, record, now)?,
        minutes @ (Command::Minutes { .. } | Command::Erratum { .. }) => {
            return minutes_cmd::run(&mut Api::open(&db)?, minutes, now);
        }
        Command::Pdf { command } => {
            let api = Api::open(&db)?;
            let lang = api.settings()?.language;
            pdf_cmd::run(&api, command, today, lang)?
        }
        other => directory_cmd::run(&mut Api::open(&db)?, other, today)?,
    }
    Ok(ExitCode::SUCCESS)
}
