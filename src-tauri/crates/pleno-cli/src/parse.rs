//! Clap speaks English; the Secretariat reads Spanish. This module gives every
//! command Spanish help (headings, usage, the possible and default values of each
//! flag) and turns clap's parse errors into sentences in the language asked for
//! with `--lang` (Spanish unless `--lang en` is on the command line: a command
//! line that does not parse is answered before any database is read).

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use pleno_domain::Language;

use crate::cli::Cli;

const TEMPLATE: &str = "\
{before-help}{about-with-newline}
Uso: {usage}

{all-args}{after-help}";

pub fn parse() -> Result<Cli, ExitCode> {
    let lang = asked_language(std::env::args_os());
    let matches = command().try_get_matches().map_err(|e| report(e, lang))?;
    Cli::from_arg_matches(&matches).map_err(|e| report(e, lang))
}

/// The whole command line, with its help in Spanish.
fn command() -> Command {
    let mut command = spanish(Cli::command()).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help("Muestra la versión")
            .display_order(991),
    );
    command.build();
    spanish_usage(&mut command);
    command
}

/// The `--lang` of a command line, read before clap so that its own errors
/// follow it; Spanish when absent or mistyped.
fn asked_language(args: impl IntoIterator<Item = OsString>) -> Language {
    let args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let value = args.iter().enumerate().find_map(|(i, arg)| match arg.strip_prefix("--lang") {
        Some("") => args.get(i + 1).cloned(),
        Some(rest) => rest.strip_prefix('=').map(str::to_string),
        None => None,
    });
    value.and_then(|v| Language::parse(&v).ok()).unwrap_or_default()
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
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Muestra esta ayuda")
                .display_order(990),
        )
        .mut_args(spanish_arg)
        .mut_subcommands(spanish)
}

/// A flag's help in Spanish: its heading, and its possible and default values in
/// words (clap would write "[possible values: …]" and "[default: …]").
fn spanish_arg(arg: Arg) -> Arg {
    let mut arg = match arg.get_help_heading() {
        Some(_) => arg,
        None => arg.help_heading("Opciones"),
    };
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        // A help that already names every value says it in its own words.
        let words: Vec<&str> = help.split(|c: char| !(c.is_alphanumeric() || c == '-')).collect();
        if !values.iter().all(|v| words.contains(&v.as_str())) {
            help = format!("{help} (valores: {})", values.join(", ")).trim_start().to_string();
        }
        arg = arg.hide_possible_values(true);
    }
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        if defaults.iter().any(|d| !d.is_empty()) && !help.contains("por defecto") {
            help = format!("{help} (por defecto: {})", defaults.join(", ")).trim_start().to_string();
        }
        arg = arg.hide_default_value(true);
    }
    if help.is_empty() {
        arg
    } else {
        arg.help(help)
    }
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

/// Why a command line was refused, in words of either language.
enum Refusal {
    UnknownArgument(String),
    UnknownCommand(String),
    NotAValue { value: String, argument: String, valid: String },
    MissingValue(String),
    MissingArgument(String),
    MissingCommand,
    Invalid { value: String, argument: String },
    Misused(String),
    Other,
}

impl Refusal {
    fn of(error: &clap::Error) -> Refusal {
        let context = |wanted: ContextKind| {
            error.context().find(|(k, _)| *k == wanted).map(|(_, value)| match value {
                ContextValue::String(s) => s.clone(),
                ContextValue::Strings(v) => v.join(", "),
                other => other.to_string(),
            })
        };
        let argument = context(ContextKind::InvalidArg).unwrap_or_default();
        let value = context(ContextKind::InvalidValue).unwrap_or_default();
        match error.kind() {
            ErrorKind::UnknownArgument => Refusal::UnknownArgument(argument),
            ErrorKind::InvalidSubcommand => {
                Refusal::UnknownCommand(context(ContextKind::InvalidSubcommand).unwrap_or_default())
            }
            ErrorKind::InvalidValue => match context(ContextKind::ValidValue) {
                Some(valid) => Refusal::NotAValue { value, argument, valid },
                None => Refusal::MissingValue(argument),
            },
            ErrorKind::MissingRequiredArgument => Refusal::MissingArgument(argument),
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                Refusal::MissingCommand
            }
            ErrorKind::ValueValidation => Refusal::Invalid { value, argument },
            ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => Refusal::Misused(argument),
            _ => Refusal::Other,
        }
    }

    fn words(&self, lang: Language) -> String {
        use Refusal::*;
        match (self, lang) {
            (UnknownArgument(a), Language::Es) => format!("argumento desconocido «{a}»"),
            (UnknownArgument(a), Language::En) => format!("unknown argument «{a}»"),
            (UnknownCommand(c), Language::Es) => format!("comando desconocido «{c}»"),
            (UnknownCommand(c), Language::En) => format!("unknown command «{c}»"),
            (NotAValue { value, argument, valid }, Language::Es) => {
                format!("«{value}» no es un valor válido para {argument}; valores posibles: {valid}")
            }
            (NotAValue { value, argument, valid }, Language::En) => {
                format!("«{value}» is not a valid value for {argument}; possible values: {valid}")
            }
            (MissingValue(a), Language::Es) => format!("falta el valor de {a}"),
            (MissingValue(a), Language::En) => format!("the value of {a} is missing"),
            (MissingArgument(a), Language::Es) => format!("falta el argumento obligatorio {a}"),
            (MissingArgument(a), Language::En) => format!("the required argument {a} is missing"),
            (MissingCommand, Language::Es) => "falta el comando".into(),
            (MissingCommand, Language::En) => "the command is missing".into(),
            (Invalid { value, argument }, Language::Es) => format!("«{value}» no es válido para {argument}"),
            (Invalid { value, argument }, Language::En) => format!("«{value}» is not valid for {argument}"),
            (Misused(a), Language::Es) => format!("el argumento {a} no se puede usar así"),
            (Misused(a), Language::En) => format!("the argument {a} cannot be used this way"),
            (Other, Language::Es) => "los argumentos no son válidos".into(),
            (Other, Language::En) => "the arguments are not valid".into(),
        }
    }
}

/// A refusal our own value parsers already worded, in Spanish then English.
fn worded(error: &clap::Error, lang: Language) -> Option<String> {
    match error.get(ContextKind::Custom) {
        Some(ContextValue::Strings(words)) => {
            let index = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
            words.get(index).map(|w| w.trim_end_matches('.').to_string())
        }
        _ => None,
    }
}

fn report(error: clap::Error, lang: Language) -> ExitCode {
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let message = worded(&error, lang).unwrap_or_else(|| Refusal::of(&error).words(lang));
    let help = lang.pick("Consulte «pleno --help».", "See «pleno --help».");
    eprintln!("Error: {message}. {help}");
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_read_from_either_spelling_of_the_flag() {
        let cases = [
            (&["pleno", "--lang", "en", "meeting"][..], Language::En),
            (&["pleno", "meeting", "--lang=en"], Language::En),
            (&["pleno", "--lang", "xx"], Language::Es),
            (&["pleno", "meeting", "list"], Language::Es),
        ];
        for (args, expected) in cases {
            assert_eq!(asked_language(args.iter().map(OsString::from)), expected, "{args:?}");
        }
    }

    #[test]
    fn every_command_parses_and_its_help_is_built() {
        command().debug_assert();
    }
}
