//! `pleno setup` does from flags what the app's first-run screen does.

use assert_cmd::Command;
use predicates::prelude::*;

#[test]
fn setup_records_the_offices_and_rules_and_refuses_to_run_twice() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    let pleno = || {
        let mut cmd = Command::cargo_bin("pleno").unwrap();
        cmd.env_remove("PLENO_DB").arg("--db").arg(&db);
        cmd
    };
    let flags = ["setup", "--language", "en", "--presidency", "PA", "--presidency-from", "2026-01-01"];
    let out = pleno().args(flags).args(["--quorum", "dos-tercios", "--json"]).assert().success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["settings"]["language"], "en");
    assert_eq!(report["offices"][0]["country"], "PA");
    assert_eq!(report["settings"]["quorum_rule"]["kind"], "two_thirds", "{report}");
    pleno().args(["setup"]).assert().failure().stderr(predicate::str::contains("already set up"));
    pleno().args(["setup", "--presidency", "PA"]).assert().failure().code(2);
}
