//! `--read-only` proven over the whole command line: every command in clap's
//! tree (so a command added later is included without anyone listing it) is run
//! with values made from its own argument definitions, first on a copy of a demo
//! archive to see whether it writes, then with `--read-only` on another copy. A
//! command that wrote must be refused as a read-only copy (`read_only`), and
//! under `--read-only` no command may change a byte of the database file. The
//! store refuses a write before the change's own checks run, so even a command
//! whose made-up values would be refused otherwise is seen refused here.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use clap::{Command, CommandFactory, Parser};
use sha2::{Digest, Sha256};

use crate::cli::Cli;

/// Flags every command has; they are set by the test itself.
const GLOBAL: [&str; 6] = ["db", "json", "lang", "read_only", "help", "version"];

/// Every runnable command line path (`["meeting", "create"]`): the leaves of the
/// tree and the nouns that take arguments of their own (`directory`, `quorum`).
fn runnable(command: &Command, path: &[String], out: &mut Vec<(Vec<String>, Command)>) {
    let subcommands: Vec<&Command> = command.get_subcommands().collect();
    if !path.is_empty() && (subcommands.is_empty() || command.is_args_conflicts_with_subcommands_set()) {
        out.push((path.to_vec(), command.clone()));
    }
    for sub in subcommands.into_iter().filter(|s| s.get_name() != "help") {
        let mut next = path.to_vec();
        next.push(sub.get_name().to_string());
        runnable(sub, &next, out);
    }
}

/// Files the commands may be given, made once.
struct Inputs {
    dir: PathBuf,
    demo: PathBuf,
    bundle: PathBuf,
    text: PathBuf,
}

/// A value for `arg` of the command at `path`, from its possible values or what
/// its value name says it is.
fn value_for(path: &[String], arg: &clap::Arg, inputs: &Inputs, n: usize) -> String {
    if let Some(first) = arg.get_possible_values().first() {
        return first.get_name().to_string();
    }
    let id = arg.get_id().as_str();
    let name = arg.get_value_names().and_then(|v| v.first()).map(|v| v.to_string()).unwrap_or_default().to_uppercase();
    let file = |p: &Path| p.display().to_string();
    match () {
        _ if id == "output" || id == "out" || id == "to" => file(&inputs.dir.join(format!("salida-{n}"))),
        _ if name.contains("ARCHIVO") || name.contains("RUTA") || name.contains("FILE") => {
            match path.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                ["restore"] => file(&inputs.demo),
                ["archive", _] => file(&inputs.bundle),
                _ => file(&inputs.text),
            }
        }
        _ if name.contains("FECHA") || name.contains("DATE") || name.contains("DESDE") || name.contains("HASTA") => {
            "2026-12-10".into()
        }
        _ if name.contains("HORA") || name.contains("HH") => "10:00".into(),
        _ if id == "country" || name.contains("PAÍS") || name.contains("COUNTRY") => "CR".into(),
        _ if name.contains("AÑO") || name.contains("YEAR") => "2018".into(),
        _ if name.contains("CÓDIGO") || name.contains("CODE") => "1.1.1".into(),
        // The demo's third meeting is convened, not yet held: its records are open.
        _ => "3".into(),
    }
}

/// The command line for `path`: every required argument given a value.
fn line(path: &[String], command: &Command, db: &Path, inputs: &Inputs, read_only: bool) -> Vec<String> {
    let mut args = vec!["pleno".to_string(), "--db".into(), db.display().to_string()];
    if read_only {
        args.push("--read-only".into());
    }
    args.extend(path.iter().cloned());
    for (n, arg) in command.get_arguments().enumerate() {
        if GLOBAL.contains(&arg.get_id().as_str()) || !arg.is_required_set() {
            continue;
        }
        match arg.get_long() {
            Some(long) => args.push(format!("--{long}")),
            None if arg.is_positional() => {}
            None => args.push(format!("-{}", arg.get_short().unwrap_or('x'))),
        }
        args.push(value_for(path, arg, inputs, n));
    }
    args
}

/// What a database file holds and is: its bytes and journal, and its inode.
fn fingerprint(db: &Path) -> (Vec<u8>, u64) {
    let mut hash = Sha256::new();
    for file in [db.to_path_buf(), PathBuf::from(format!("{}-wal", db.display()))] {
        if let Ok(bytes) = std::fs::read(&file) {
            hash.update(bytes);
        }
    }
    (hash.finalize().to_vec(), std::fs::metadata(db).map(|m| m.ino()).unwrap_or_default())
}

/// Every table's rows, so a write shows however SQLite laid out the file.
fn contents(db: &Path) -> Vec<u8> {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut hash = Sha256::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let width = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..width {
                hash.update(format!("{:?}", row.get_ref(i).unwrap()));
            }
        }
    }
    hash.finalize().to_vec()
}

fn succeeded(code: std::process::ExitCode) -> bool {
    format!("{code:?}") == format!("{:?}", std::process::ExitCode::SUCCESS)
}

fn inputs(dir: &Path) -> Inputs {
    let demo = dir.join("demo.db");
    let (mut api, _) = pleno_api::Api::init(&demo).unwrap();
    api.load_demo().unwrap();
    let bundle = dir.join("traspaso.pleno");
    let exporter = pleno_api::bundle::Exporter { by: "prueba".into(), at: chrono::Local::now().naive_local() };
    api.export_bundle(&bundle, &exporter).unwrap();
    drop(api);
    let text = dir.join("notas.txt");
    std::fs::write(&text, "nombre\nAna\n").unwrap();
    Inputs { dir: dir.to_path_buf(), demo, bundle, text }
}

#[test]
fn every_command_that_writes_is_refused_under_read_only_and_none_changes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = inputs(dir.path());
    let mut commands = Vec::new();
    let mut tree = Cli::command();
    tree.build();
    runnable(&tree, &[], &mut commands);
    let (mut writers, mut refused) = (Vec::new(), Vec::new());
    for (i, (path, command)) in commands.iter().enumerate() {
        let copy = |tag: &str| {
            let db = dir.path().join(format!("{i}-{tag}.db"));
            std::fs::copy(&inputs.demo, &db).unwrap();
            db
        };
        let normal = copy("normal");
        let before = contents(&normal);
        let ino = fingerprint(&normal).1;
        let Ok(cli) = Cli::try_parse_from(line(path, command, &normal, &inputs, false)) else { continue };
        crate::run(cli);
        let wrote = !normal.exists() || fingerprint(&normal).1 != ino || contents(&normal) != before;

        let read_only = copy("consulta");
        let untouched = fingerprint(&read_only);
        let cli = Cli::try_parse_from(line(path, command, &read_only, &inputs, true)).unwrap();
        let ok = succeeded(crate::run(cli));
        let refusal = crate::LAST_ERROR.with(|e| e.take());
        assert_eq!(fingerprint(&read_only), untouched, "{path:?} changed the file under --read-only");
        if wrote {
            assert!(!ok, "{path:?} writes, yet succeeded under --read-only");
            assert_eq!(refusal.as_deref(), Some("read_only"), "{path:?} writes: refused as a read-only copy");
            writers.push(path.join(" "));
        }
        if refusal.as_deref() == Some("read_only") {
            refused.push(path.join(" "));
        }
    }
    // The values made from the definitions reach the write in most commands that
    // have one; if they stopped doing so, this test would prove little.
    println!("{} commands run; {} seen writing: {writers:?}", commands.len(), writers.len());
    println!("{} refused as a read-only copy: {refused:?}", refused.len());
    assert!(writers.len() >= 20, "only {} commands were seen writing: {writers:?}", writers.len());
    assert!(refused.len() >= 40, "only {} commands were refused as a read-only copy: {refused:?}", refused.len());
    for expected in ["init", "demo", "restore", "archive import", "person edit", "meeting create", "settings set"] {
        assert!(refused.iter().any(|w| w == expected), "{expected} is refused under --read-only: {refused:?}");
    }
}
