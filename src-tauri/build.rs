fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        // Every command the UI may call is listed here and granted in capabilities/.
        tauri_build::AppManifest::new().commands(&[
            "app_info",
            "plan_get",
            "country_list",
            "settings_get",
            "settings_set",
        ]),
    ))
    .expect("failed to run tauri-build");
}
