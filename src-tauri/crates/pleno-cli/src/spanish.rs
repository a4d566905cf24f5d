//! Clap speaks English; the Secretariat reads Spanish. This module gives every
//! command Spanish help headings and turns clap's parse errors into Spanish
//! sentences, so `pleno --help` and a mistyped flag both read naturally.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::args::Cli;

const TEMPLATE: &str = "\
{before-help}{about-with-newline}
Uso: {usage}

{all-args}{after-help}";

pub fn parse() -> Result<Cli, ExitCode> {
    let command = spanish(Cli::command())
        .subcommand_help_heading("Comandos")
        .subcommand_value_name("COMANDO")
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help("Muestra la versión"));
    let mut command = command;
    command.build();
    spanish_usage(&mut command);
    let matches = command.try_get_matches().map_err(report)?;
    Cli::from_arg_matches(&matches).map_err(report)
}

fn spanish(command: Command) -> Command {
    command
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .help_template(TEMPLATE)
        .next_help_heading("Opciones")
        .subcommand_help_heading("Comandos")
        .subcommand_value_name("COMANDO")
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("Muestra esta ayuda"))
        .mut_args(|arg| match arg.get_help_heading() {
            Some(_) => arg,
            None => arg.help_heading("Opciones"),
        })
        .mut_subcommands(spanish)
}

/// Clap writes "[OPTIONS]" and "<COMMAND>" into usage lines; after `build()` every
/// subcommand knows its full name, so each usage is rendered once and translated.
fn spanish_usage(command: &mut Command) {
    let usage = command.render_usage().to_string().trim_start_matches("Usage: ").replace("[OPTIONS]", "[OPCIONES]");
    *command = command.clone().override_usage(usage);
    for sub in command.get_subcommands_mut() {
        spanish_usage(sub);
    }
}

fn report(error: clap::Error) -> ExitCode {
    let kind = error.kind();
    if matches!(kind, ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let context = |wanted: ContextKind| {
        error.context().find(|(k, _)| *k == wanted).map(|(_, value)| match value {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(v) => v.join(", "),
            other => other.to_string(),
        })
    };
    let argument = context(ContextKind::InvalidArg).unwrap_or_default();
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    let valid = context(ContextKind::ValidValue);
    let message = match kind {
        ErrorKind::UnknownArgument => format!("argumento desconocido «{argument}»"),
        ErrorKind::InvalidSubcommand => {
            format!("comando desconocido «{}»", context(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue => match valid {
            Some(valid) => format!("«{value}» no es un valor válido para {argument}; valores posibles: {valid}"),
            None => format!("falta el valor de {argument}"),
        },
        ErrorKind::MissingRequiredArgument => format!("falta el argumento obligatorio {argument}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "falta el comando".to_string()
        }
        ErrorKind::ValueValidation => format!("«{value}» no es válido para {argument}"),
        ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => {
            format!("el argumento {argument} no se puede usar así")
        }
        _ => "los argumentos no son válidos".to_string(),
    };
    eprintln!("Error: {message}. Consulte «pleno --help».");
    ExitCode::from(2)
}
