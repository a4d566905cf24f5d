//! A bare Tauri 2 window: what any Tauri app costs before it does anything. Pleno's
//! start time and idle memory are measured against it (tools/compare-start.sh).

// As in src-tauri: no console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the bare window could not start");
}
