//! Every Tauri command is registered in three places — the handler list in
//! src-tauri/src/lib.rs, the app manifest in src-tauri/build.rs, and a grant in
//! capabilities/main.json. Tauri only notices some mismatches at run time; this
//! test notices all of them at `cargo test`.

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn quoted_names_after(text: &str, marker: &str, end: &str) -> BTreeSet<String> {
    let start = text.find(marker).unwrap_or_else(|| panic!("{marker} not found")) + marker.len();
    let block = &text[start..start + text[start..].find(end).unwrap()];
    block.split('"').skip(1).step_by(2).map(String::from).collect()
}

#[test]
fn handlers_manifest_and_capability_list_the_same_commands() {
    let lib = read("src-tauri/src/lib.rs");
    let start = lib.find("generate_handler![").unwrap();
    // Each handler is `commands::name` or `commands_<engineer>::name` (a module of new commands).
    let handlers: BTreeSet<String> = lib[start..start + lib[start..].find(']').unwrap()]
        .trim_start_matches("generate_handler![")
        .split(',')
        .filter_map(|entry| entry.trim().rsplit("::").next().filter(|name| !name.is_empty()).map(String::from))
        .collect();
    let manifest = quoted_names_after(&read("src-tauri/build.rs"), ".commands(&[", "]");
    let granted: BTreeSet<String> =
        quoted_names_after(&read("src-tauri/capabilities/main.json"), "\"permissions\"", "]")
            .into_iter()
            .filter_map(|p| p.strip_prefix("allow-").map(|c| c.replace('-', "_")))
            .collect();
    assert!(!handlers.is_empty());
    assert_eq!(handlers, manifest, "src-tauri/build.rs lists other commands than lib.rs registers");
    assert_eq!(handlers, granted, "capabilities/main.json grants other commands than lib.rs registers");
}

/// Every `.ts` and `.svelte` file under ui/src, with its text.
fn ui_sources() -> Vec<(std::path::PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src"), &mut out);
    out
}

/// The command names in `call('name'` or `call<T>(\n 'name'` (ui/src/lib/api.ts's
/// `call` is the one way the UI reaches a Pleno command), or `invoke('name'`.
fn called_commands(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (at, word) in text.match_indices("call").chain(text.match_indices("invoke")) {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') && !text[..at].ends_with("api.") {
            continue;
        }
        let mut rest = &text[at + word.len()..];
        if let Some(generic) = rest.strip_prefix('<') {
            let Some(close) = generic.find(">(") else { continue };
            rest = &generic[close + 1..];
        }
        let Some(args) = rest.strip_prefix('(') else { continue };
        let args = args.trim_start();
        if let Some(quoted) = args.strip_prefix('\'') {
            let name: String = quoted.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            if quoted[name.len()..].starts_with('\'') && !name.is_empty() {
                names.insert(name);
            }
        }
    }
    names
}

#[test]
fn the_capability_grants_exactly_what_the_ui_calls_and_nothing_else() {
    let sources = ui_sources();
    let called: BTreeSet<String> = sources.iter().flat_map(|(_, text)| called_commands(text)).collect();
    let permissions = quoted_names_after(&read("src-tauri/capabilities/main.json"), "\"permissions\"", "]");
    let granted: BTreeSet<String> =
        permissions.iter().filter_map(|p| p.strip_prefix("allow-").map(|c| c.replace('-', "_"))).collect();
    assert!(called.len() > 50, "the scan found the UI's calls: {called:?}");
    assert_eq!(
        granted.difference(&called).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "granted but never called by the UI: revoke them"
    );
    assert_eq!(called.difference(&granted).collect::<Vec<_>>(), Vec::<&String>::new(), "called but not granted");
    // Beyond Pleno's own commands, only the two file dialogs the UI opens.
    let dialogs: BTreeSet<&str> = ["open", "save"]
        .into_iter()
        .filter(|f| {
            sources.iter().any(|(_, t)| {
                t.lines().any(|l| l.contains("@tauri-apps/plugin-dialog") && l.contains(&format!(" {f}")))
            })
        })
        .collect();
    let others: BTreeSet<&str> = permissions.iter().filter(|p| !p.starts_with("allow-")).map(String::as_str).collect();
    let expected: BTreeSet<String> = dialogs.iter().map(|f| format!("dialog:allow-{f}")).collect();
    assert_eq!(others, expected.iter().map(String::as_str).collect(), "no core or plugin grant the UI does not use");
}

#[test]
fn the_shipped_app_has_no_global_tauri_object() {
    let config: serde_json::Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    assert_eq!(config["app"]["withGlobalTauri"], false, "only the e2e build (feature `e2e`) turns it on");
    let build = read("src-tauri/build.rs");
    assert!(build.contains(r#"if std::env::var_os("CARGO_FEATURE_E2E").is_some()"#), "the e2e overlay is gated");
}
