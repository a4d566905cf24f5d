//! `pleno`: the Secretariat's command line. Parses arguments, calls `pleno_api`,
//! prints the result; every decision is the API's, as in the app. Each noun
//! (`meeting`, `agreement`, …) is one arm here and one module under `cli/`.

mod cli;
mod error;
mod output;
mod parse;
mod pdf_cmd;
#[cfg(test)]
mod read_only_tests;
mod values;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDateTime;
use cli::{Cli, Command, Ctx, Global, Result};
use pleno_api::{Api, ApiError, InitReport, Language};

fn main() -> ExitCode {
    restore_default_sigpipe();
    match parse::parse() {
        Ok(cli) => run(cli),
        Err(exit) => exit,
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
fn now() -> Result<NaiveDateTime> {
    let now = chrono::Local::now().naive_local();
    match std::env::var("PLENO_TODAY") {
        Ok(text) if !text.is_empty() => Ok(pleno_domain::dates::parse_date("PLENO_TODAY", &text)?.and_time(now.time())),
        _ => Ok(now),
    }
}

/// One top-level noun, one arm: each module owns its subcommands and handler.
fn run(cli: Cli) -> ExitCode {
    let Cli { global, command } = cli;
    let session = Session::new(global);
    match command {
        Command::Init => session.init(cli::archive::init),
        Command::Setup(args) => session.init(|api, init, ctx| cli::setup::run(api, init, args, ctx)),
        Command::Demo(args) => session.init(|api, report, ctx| cli::archive::demo(api, report, args, ctx)),
        Command::Doctor(args) => session.open(|api, ctx| cli::doctor::run(api, args, ctx)),
        Command::Plan { command } => session.open(|api, ctx| cli::plan::run(api, command, ctx)),
        Command::Poa { command } => session.open(|api, ctx| cli::poa::run(api, command, ctx)),
        Command::Indicator { command } => session.open(|api, ctx| cli::indicator::run(api, command, ctx)),
        Command::Monitoring { command } => session.open(|api, ctx| cli::monitoring::run(api, command, ctx)),
        Command::Country { command } => session.open(|api, ctx| cli::country::run(api, command, ctx)),
        Command::Person { command } => session.open(|api, ctx| cli::person::run(api, command, ctx)),
        Command::Seat { command } => session.open(|api, ctx| cli::seat::run(api, command, ctx)),
        Command::Directory(args) => session.open(|api, ctx| cli::directory::run(api, args, ctx)),
        Command::Org { command } => session.open(|api, ctx| cli::org::run(api, command, ctx)),
        Command::Member { command } => session.open(|api, ctx| cli::member::run(api, command, ctx)),
        Command::Office { command } => session.open(|api, ctx| cli::office::run(api, command, ctx)),
        Command::Committee { command } => session.open(|api, ctx| cli::committee::run(api, command, ctx)),
        Command::Meeting { command } => session.open(|api, ctx| cli::meeting::run(api, command, ctx)),
        Command::Agenda { command } => session.open(|api, ctx| cli::agenda::run(api, command, ctx)),
        Command::Attendance { command } => session.open(|api, ctx| cli::attendance::run(api, command, ctx)),
        Command::Quorum(args) => session.open(|api, ctx| cli::quorum::run(api, args, ctx)),
        Command::Settings { command } => session.open(|api, ctx| cli::settings::run(api, command, ctx)),
        Command::Decision { command } => session.open(|api, ctx| cli::decision::run(api, command, ctx)),
        Command::Vote { command } => session.open(|api, ctx| cli::vote::run(api, command, ctx)),
        Command::Consensus { command } => session.open(|api, ctx| cli::consensus::run(api, command, ctx)),
        Command::Agreement { command } => session.open(|api, ctx| cli::agreement::run(api, command, ctx)),
        Command::Indicators(args) => session.open(|api, ctx| cli::indicators::run(api, args, ctx)),
        Command::Minutes { command } => session.open(|api, ctx| cli::minutes::run(api, command, ctx)),
        Command::Erratum { command } => session.open(|api, ctx| cli::erratum::run(api, command, ctx)),
        Command::Pdf { command } => session.open(|api, ctx| cli::pdf::run(api, command, ctx)),
        Command::Search(args) => session.open(|api, ctx| cli::search::run(api, args, ctx)),
        Command::Publish(args) => session.open(|api, ctx| cli::publish::run(api, args, ctx)),
        Command::Backup(args) => session.open(|api, ctx| cli::backup::backup(api, args, ctx)),
        Command::Restore(args) => session.replace(|db, ctx| cli::backup::restore(db, args, ctx)),
        Command::Archive { command } if command.reads_archive() => {
            session.open(|api, ctx| cli::bundle::export(api, command, ctx))
        }
        Command::Archive { command: command @ cli::bundle::ArchiveCommand::Verify { .. } } => {
            session.on_files(|db, ctx| cli::bundle::run_on_files(db, command, ctx))
        }
        Command::Archive { command } => session.replace(|db, ctx| cli::bundle::run_on_files(db, command, ctx)),
        Command::Report { command } => session.open(|api, ctx| cli::report::run(api, command, ctx)),
        Command::Representation { command } => session.open(|api, ctx| cli::representation::run(api, command, ctx)),
        Command::Alliance { command } => session.open(|api, ctx| cli::alliance::run(api, command, ctx)),
        Command::Milestone { command } => session.open(|api, ctx| cli::milestone::run(api, command, ctx)),
        Command::Practice { command } => session.open(|api, ctx| cli::practice::run(api, command, ctx)),
    }
}

/// The global flags of one run, before the archive is opened.
struct Session {
    db: PathBuf,
    json: bool,
    /// `--lang`; without it, the language of the archive's settings once it is read.
    lang: Option<Language>,
    /// `--read-only`: the archive is opened as a copy to consult, and a command
    /// that would create, upgrade or replace it is refused before it starts.
    read_only: bool,
}

impl Session {
    fn new(global: Global) -> Self {
        Session {
            db: pleno_api::resolve_db_path(global.db),
            json: global.json,
            lang: global.lang,
            read_only: global.read_only,
        }
    }

    /// Opens an existing archive and runs a command on it.
    fn open<R: Finish>(&self, command: impl FnOnce(&mut Api, &Ctx) -> Result<R>) -> ExitCode {
        let opened = if self.read_only { Api::open_read_only(&self.db) } else { Api::open(&self.db) };
        let ready = opened.and_then(|api| Ok((self.ctx(&api)?, api)));
        match ready {
            Ok((ctx, mut api)) => finish(command(&mut api, &ctx), ctx.lang),
            Err(error) => fail(&error, self.lang.unwrap_or_default()),
        }
    }

    /// Runs a command on files rather than an open archive (`archive verify`); the
    /// language is `--lang` or Spanish, as no archive is read.
    fn on_files<R: Finish>(&self, command: impl FnOnce(&std::path::Path, &Ctx) -> Result<R>) -> ExitCode {
        let lang = self.lang.unwrap_or_default();
        match now() {
            Ok(now) => finish(command(&self.db, &Ctx { json: self.json, lang, now }), lang),
            Err(error) => fail(&error, lang),
        }
    }

    /// As `on_files`, for a command that replaces the archive at `--db`
    /// (`restore`, `archive import`): refused under `--read-only`.
    fn replace<R: Finish>(&self, command: impl FnOnce(&std::path::Path, &Ctx) -> Result<R>) -> ExitCode {
        match self.refuse_if_read_only() {
            Ok(()) => self.on_files(command),
            Err(error) => fail(&error, self.lang.unwrap_or_default()),
        }
    }

    fn refuse_if_read_only(&self) -> Result<()> {
        match self.read_only {
            true => Err(pleno_api::read_only::refusal()),
            false => Ok(()),
        }
    }

    /// Creates or upgrades the archive (`init`, `demo`) and runs a command on it.
    fn init(&self, command: impl FnOnce(&mut Api, InitReport, &Ctx) -> Result<()>) -> ExitCode {
        let ready = self
            .refuse_if_read_only()
            .and_then(|()| Api::init(&self.db))
            .and_then(|(api, report)| Ok((self.ctx(&api)?, api, report)));
        match ready {
            Ok((ctx, mut api, report)) => finish(command(&mut api, report, &ctx), ctx.lang),
            Err(error) => fail(&error, self.lang.unwrap_or_default()),
        }
    }

    /// The language is `--lang`, else the archive's; a failure before the archive
    /// is read is told in `--lang` or Spanish.
    fn ctx(&self, api: &Api) -> Result<Ctx> {
        let lang = match self.lang {
            Some(lang) => lang,
            None => api.settings()?.language,
        };
        Ok(Ctx { json: self.json, lang, now: now()? })
    }
}

fn finish<R: Finish>(outcome: Result<R>, lang: Language) -> ExitCode {
    match outcome {
        Ok(done) => done.exit_code(),
        Err(error) => fail(&error, lang),
    }
}

#[cfg(test)]
thread_local! {
    /// The kind of the last error a command ended with, for the tests that run
    /// commands in this process (`read_only_tests`).
    static LAST_ERROR: std::cell::Cell<Option<String>> = const { std::cell::Cell::new(None) };
}

fn fail(error: &ApiError, lang: Language) -> ExitCode {
    #[cfg(test)]
    LAST_ERROR.with(|e| e.set(Some(error.kind.clone())));
    eprintln!("Error: {}", error.message_in(lang));
    ExitCode::from(1)
}

/// What a command answers besides its output: success, or a status of its own
/// (`minutes verify` fails when an acta no longer matches its hash).
trait Finish {
    fn exit_code(self) -> ExitCode;
}

impl Finish for () {
    fn exit_code(self) -> ExitCode {
        ExitCode::SUCCESS
    }
}

impl Finish for ExitCode {
    fn exit_code(self) -> ExitCode {
        self
    }
}
