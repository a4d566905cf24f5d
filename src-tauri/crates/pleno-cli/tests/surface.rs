//! The command line's surface as scripts and people meet it: the global flags
//! (`--json`, `--lang`) anywhere on the line, values typed and refused before any
//! command runs, created records answered with their id, and help for every noun.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn pleno(db: &Path) -> Command {
    let mut cmd = bare();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", "2026-11-28").arg("--db").arg(db);
    cmd
}

/// `pleno` with no archive at all: help and parse errors must not depend on
/// whatever database the machine running the tests happens to have.
fn bare() -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env("PLENO_DB", std::env::temp_dir().join("pleno-surface-tests-no-such.db"));
    cmd
}

fn initialised() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("init").assert().success();
    (dir, db)
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

fn stderr_of(cmd: &mut Command, code: i32) -> String {
    String::from_utf8(cmd.assert().code(code).get_output().stderr.clone()).unwrap()
}

/// A meeting to hang agenda items and attendance on; answers its id.
fn meeting(db: &Path) -> String {
    let created = json_of(pleno(db).args(["meeting", "create", "--kind", "ordinaria", "--date", "2026-12-10"]).args([
        "--place",
        "San José",
        "--json",
    ]));
    created["id"].to_string()
}

#[test]
fn json_is_accepted_before_and_after_the_command_and_gives_the_same_answer() {
    let (_dir, db) = initialised();
    meeting(&db);
    for (before, after) in [
        (&["--json", "meeting", "list"][..], &["meeting", "list", "--json"][..]),
        (&["--json", "country", "list"], &["country", "list", "--json"]),
        (&["--json", "settings", "show"], &["settings", "show", "--json"]),
    ] {
        let first = json_of(pleno(&db).args(before));
        assert_eq!(first, json_of(pleno(&db).args(after)), "{before:?} and {after:?} must agree");
        assert!(first.is_array() || first.is_object(), "{before:?} answers JSON, not text");
    }
}

#[test]
fn lang_decides_the_language_of_an_error() {
    let (dir, db) = initialised();
    let missing = dir.path().join("otra.db");
    let cases: [(&[&str], &str, &str); 3] = [
        (&["quorum"], "Error: Indique la reunión", "Error: Give the meeting"),
        (
            &["agenda", "attach", "1", "/no/such/acta.pdf"],
            "No se pudo leer /no/such/acta.pdf",
            "Could not read /no/such/acta.pdf",
        ),
        (&["settings", "set", "--quorum", "muchos"], "Regla de quórum no válida", "Invalid quorum rule"),
    ];
    for (args, spanish, english) in cases {
        let es = stderr_of(pleno(&db).args(["--lang", "es"]).args(args), 1);
        assert!(es.contains(spanish), "{args:?} in Spanish: {es}");
        let en = stderr_of(pleno(&db).args(args).args(["--lang", "en"]), 1);
        assert!(en.contains(english), "{args:?} in English: {en}");
    }
    let en = stderr_of(pleno(&missing).args(["--lang", "en", "meeting", "list"]), 1);
    assert!(en.contains(&format!("The database {} does not exist", missing.display())), "{en}");
}

#[test]
fn without_lang_errors_speak_the_language_of_the_archive() {
    let (_dir, db) = initialised();
    assert!(stderr_of(pleno(&db).arg("quorum"), 1).contains("Indique la reunión"), "Spanish by default");
    pleno(&db).args(["settings", "set", "--language", "en"]).assert().success();
    assert!(stderr_of(pleno(&db).arg("quorum"), 1).contains("Give the meeting"), "the archive says English");
    assert!(stderr_of(pleno(&db).args(["quorum", "--lang", "es"]), 1).contains("Indique la reunión"));
}

#[test]
fn a_mistyped_choice_is_refused_with_every_valid_value() {
    let (_dir, db) = initialised();
    let cases: [(&[&str], &str); 4] = [
        (&["decision", "add", "1", "--item", "1", "--text", "x", "--method", "mayoria"], "consensus, vote"),
        (
            &["office", "assign", "--office", "rey", "--country", "CR", "--from", "2026-01-01"],
            "coordinador, presidencia, secretaria-tecnica, vocal",
        ),
        (
            &["agreement", "follow-up", "1", "--text", "x", "--status", "vencido"],
            "pendiente, en-curso, cumplido, sin-efecto",
        ),
        (
            &["attendance", "mark", "1", "--person", "1", "tarde"],
            "present, absent, excused, presente, ausente, excusado",
        ),
    ];
    for (args, valid) in cases {
        let es = stderr_of(pleno(&db).args(args), 2);
        assert!(es.contains("no es un valor válido") && es.contains(&format!("valores posibles: {valid}")), "{es}");
        let en = stderr_of(pleno(&db).arg("--lang=en").args(args), 2);
        assert!(en.contains(&format!("possible values: {valid}")), "{en}");
    }
}

#[test]
fn hyphen_and_stored_spellings_of_a_choice_are_both_accepted() {
    let (_dir, db) = initialised();
    for threshold in ["two-thirds", "two_thirds"] {
        pleno(&db).args(["settings", "set", "--threshold", threshold]).assert().success();
    }
    let settings = json_of(pleno(&db).args(["settings", "show", "--json"]));
    assert_eq!(settings["majority_rule"]["threshold"], "two_thirds");
}

#[test]
fn a_bad_date_or_time_names_its_flag_and_runs_nothing() {
    let (_dir, db) = initialised();
    let cases: [(&[&str], &str); 4] = [
        (&["indicators", "--from", "2026-13-01"], "«2026-13-01» no es una fecha válida para --from"),
        (
            &["meeting", "create", "--kind", "ordinaria", "--place", "X", "--date", "10/12/2026"],
            "no es una fecha válida para --date",
        ),
        (&["directory", "--on", "ayer"], "«ayer» no es una fecha válida para --on"),
        (&["quorum", "1", "--at", "9h30"], "«9h30» no es una hora válida para --at"),
    ];
    for (args, expected) in cases {
        let stderr = stderr_of(pleno(&db).args(args), 2);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let stderr = stderr_of(pleno(&db).args(["--lang", "en", "directory", "--on", "ayer"]), 2);
    assert!(stderr.contains("«ayer» is not a valid date for --on"), "{stderr}");
    assert_eq!(json_of(pleno(&db).args(["meeting", "list", "--json"])), Value::Array(vec![]), "nothing was created");
}

#[test]
fn commands_that_create_something_answer_with_its_id_under_json() {
    let (dir, db) = initialised();
    let id = meeting(&db);
    let item = json_of(pleno(&db).args(["agenda", "add", &id, "--title", "Informe de la Presidencia", "--json"]));
    assert_eq!(item["title"], "Informe de la Presidencia");
    let agenda = json_of(pleno(&db).args(["agenda", "list", &id, "--json"]));
    assert_eq!(agenda[0]["id"], item["id"], "the id printed is the item's, not the meeting's");

    let file = dir.path().join("informe.txt");
    std::fs::write(&file, "informe").unwrap();
    let document = json_of(pleno(&db).args(["--json", "agenda", "attach", &item["id"].to_string()]).arg(&file));
    assert_eq!((document["file_name"].as_str(), document["id"].is_i64()), (Some("informe.txt"), true));

    let person = json_of(pleno(&db).args(["person", "add", "--name", "Invitada Uno", "--json"]));
    let guest = json_of(pleno(&db).args(["attendance", "guest", &id, "--person", &person["id"].to_string(), "--json"]));
    assert_eq!((guest["person_id"].clone(), guest["role"].clone()), (person["id"].clone(), Value::from("invitado")));

    let committee =
        json_of(pleno(&db).args(["committee", "add", "--name", "Petit Comité", "--from", "2026-01-01"]).arg("--json"));
    assert!(committee["id"].is_i64(), "{committee}");
    let joined =
        json_of(pleno(&db).args(["committee", "member", &committee["id"].to_string(), "--country", "CR"]).args([
            "--from",
            "2026-01-01",
            "--json",
        ]));
    assert_eq!(joined["id"], committee["id"], "the committee, as before");
    assert_eq!(joined["member"]["id"], joined["members"][0]["id"], "and the member just added, with its id");

    let agreement = json_of(pleno(&db).args(["agreement", "add", "--meeting", &id, "--text", "Informar", "--json"]));
    let followed = json_of(pleno(&db).args(["agreement", "follow-up", &agreement["id"].to_string()]).args([
        "--text",
        "Informe enviado",
        "--status",
        "en-curso",
        "--on",
        "2026-12-10",
        "--json",
    ]));
    assert_eq!(followed["number"], agreement["number"], "the agreement, as before");
    assert_eq!(followed["follow_up"]["text"], "Informe enviado");
    assert_eq!(followed["follow_up"]["id"], followed["follow_ups"][0]["id"]);
}

const NOUNS: &[&str] = &[
    "init",
    "setup",
    "demo",
    "doctor",
    "plan",
    "poa",
    "indicator",
    "monitoring",
    "country",
    "person",
    "seat",
    "directory",
    "org",
    "member",
    "office",
    "committee",
    "meeting",
    "agenda",
    "attendance",
    "quorum",
    "settings",
    "decision",
    "vote",
    "consensus",
    "agreement",
    "indicators",
    "minutes",
    "erratum",
    "pdf",
    "search",
    "publish",
    "backup",
    "restore",
    "archive",
    "report",
    "representation",
    "alliance",
    "milestone",
    "practice",
];

/// The subcommands a help lists under «Comandos:».
fn subcommands(help: &str) -> Vec<String> {
    help.split("Comandos:")
        .nth(1)
        .map(|rest| rest.split("\n\n").next().unwrap_or_default())
        .unwrap_or_default()
        .lines()
        // A subcommand's line is indented two spaces; a wrapped description, more.
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect()
}

/// The help as one line, so a check does not depend on where it wraps.
fn unwrapped(help: &[u8]) -> String {
    String::from_utf8_lossy(help).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_noun_and_every_subcommand_has_spanish_help() {
    let top = bare().arg("--help").assert().success().get_output().stdout.clone();
    assert_eq!(subcommands(&String::from_utf8(top).unwrap()), NOUNS, "the table lists every noun");
    for &noun in NOUNS {
        let out = bare().args([noun, "--help"]).assert().success().get_output().stdout.clone();
        let help = String::from_utf8(out).unwrap();
        let mut helps = vec![(noun.to_string(), help.clone())];
        for sub in subcommands(&help) {
            let out = bare().args([noun, &sub, "--help"]).assert().success();
            helps.push((format!("{noun} {sub}"), String::from_utf8(out.get_output().stdout.clone()).unwrap()));
        }
        for (name, help) in helps {
            assert!(help.contains(&format!("Uso: pleno {name}")), "{name}:\n{help}");
            for english in ["Usage", "[possible values", "[default", "Options:", "Print help"] {
                assert!(!help.contains(english), "{name} says «{english}»:\n{help}");
            }
            assert!(help.contains("--json") && help.contains("--lang"), "{name} lists the global flags");
        }
    }
}

#[test]
fn help_lists_the_values_of_a_domain_choice() {
    let out = bare().args(["agenda", "add", "--help"]).assert().success().get_output().stdout.clone();
    let help = unwrapped(&out);
    assert!(help.contains("valores: quorum, agenda-approval, previous-minutes"), "{help}");
    assert!(help.contains("(por defecto: 15)"), "{help}");
}
