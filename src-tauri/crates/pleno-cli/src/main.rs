//! `pleno`: the Secretariat's command line. Parses arguments, calls `pleno_api`,
//! prints the result; every decision is the API's, as in the app. Each noun
//! (`meeting`, `agreement`, …) is one arm here and one module under `cli/`.

mod cli;
mod error;
mod output;
mod parse;
mod pdf_cmd;
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
        Command::Demo(args) => session.init(|api, report, ctx| cli::archive::demo(api, report, args, ctx)),
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
    }
}

/// The global flags of one run, before the archive is opened.
struct Session {
    db: PathBuf,
    json: bool,
    /// `--lang`; without it, the language of the archive's settings once it is read.
    lang: Option<Language>,
}

impl Session {
    fn new(global: Global) -> Self {
        Session { db: pleno_api::resolve_db_path(global.db), json: global.json, lang: global.lang }
    }

    /// Opens an existing archive and runs a command on it.
    fn open<R: Finish>(&self, command: impl FnOnce(&mut Api, &Ctx) -> Result<R>) -> ExitCode {
        let ready = Api::open(&self.db).and_then(|api| Ok((self.ctx(&api)?, api)));
        match ready {
            Ok((ctx, mut api)) => finish(command(&mut api, &ctx), ctx.lang),
            Err(error) => fail(&error, self.lang.unwrap_or_default()),
        }
    }

    /// Creates or upgrades the archive (`init`, `demo`) and runs a command on it.
    fn init(&self, command: impl FnOnce(&mut Api, InitReport, &Ctx) -> Result<()>) -> ExitCode {
        let ready = Api::init(&self.db).and_then(|(api, report)| Ok((self.ctx(&api)?, api, report)));
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

fn fail(error: &ApiError, lang: Language) -> ExitCode {
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
