fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        // Every command the UI may call is listed here and granted in capabilities/.
        tauri_build::AppManifest::new().commands(&[
            "app_info",
            "plan_get",
            "country_list",
            "settings_get",
            "settings_set",
            "directory_get",
            "people_list",
            "person_get",
            "person_add",
            "person_update",
            "seat_assign",
            "seat_end",
            "organisation_list",
            "organisation_add",
            "representative_add",
            "directory_export",
            "person_vcard_export",
            "directory_import",
        ]),
    ))
    .expect("failed to run tauri-build");
}
