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
        .split(',')
        .filter_map(|s| s.trim().rsplit_once("::").map(|(_, name)| name.trim().to_string()))
        .filter(|name| !name.is_empty())
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
