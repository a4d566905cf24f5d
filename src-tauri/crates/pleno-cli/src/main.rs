//! `pleno`: the Secretariat's command line. Parses arguments, calls `pleno_api`,
//! prints the result; every decision is the API's, as in the app.

mod args;
mod output;
mod spanish;

use std::process::ExitCode;

use args::{Cli, Command, CountryCommand, PlanCommand};
use pleno_api::{Api, ApiError};

fn main() -> ExitCode {
    let cli = match spanish::parse() {
        Ok(cli) => cli,
        Err(exit) => return exit,
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Error: {}", error.message);
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<(), ApiError> {
    let db = pleno_api::resolve_db_path(cli.db);
    match cli.command {
        Command::Init => {
            let (_, report) = Api::init(&db)?;
            output::init_report(&report, false);
        }
        Command::Demo => {
            let (_, report) = Api::init(&db)?;
            output::init_report(&report, true);
        }
        Command::Plan {
            command: PlanCommand::Export { format: _, output },
        } => {
            let plan = Api::open(&db)?.plan()?;
            output::json(&plan, output.as_deref())?;
        }
        Command::Country {
            command: CountryCommand::List { json },
        } => {
            let countries = Api::open(&db)?.countries()?;
            if json {
                output::json(&countries, None)?;
            } else {
                output::country_table(&countries);
            }
        }
    }
    Ok(())
}
