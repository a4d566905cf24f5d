//! Publishing the archive from the app («Publicar archivo…»): the UI asks for a
//! folder in the system's dialog and Pleno writes the static site there, as
//! `pleno publish -o DIR` does, in the language the interface is shown in.

use std::path::PathBuf;

use pleno_api::{ApiError, Language};
use pleno_domain::Text;
use tauri::State;

use crate::AppState;

/// Writes the published archive into `path`; answers with what was published and
/// what was withheld, in both languages.
#[tauri::command(async)]
pub fn site_publish(state: State<'_, AppState>, path: PathBuf, language: Language) -> Result<Text, ApiError> {
    crate::commands::with_api(&state, |api| {
        let today = chrono::Local::now().date_naive();
        Ok(pleno_site::publish(api, &path, language, today)?.summary())
    })
}

#[cfg(test)]
mod tests {
    use pleno_api::Api;

    use crate::test_ipc::{app_over, invoke};

    #[test]
    fn the_app_publishes_the_archive_into_the_folder_chosen_and_says_what_it_left_out() {
        let mut api = Api::in_memory().unwrap();
        api.load_demo().unwrap();
        let (_app, webview) = app_over(api);
        let dir = std::env::temp_dir().join(format!("pleno-publicado-{}", std::process::id()));
        let said = invoke(&webview, "site_publish", serde_json::json!({ "path": dir, "language": "en" })).unwrap();
        let published = std::fs::read_to_string(dir.join("agreements/2.html"));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(said["es"].as_str().unwrap().contains("1 acta aprobada"), "{said}");
        assert!(said["en"].as_str().unwrap().contains("Not published: 5 unapproved minutes"), "{said}");
        assert!(published.unwrap().contains("<html lang=\"en\">"), "the site is in the language asked for");
    }
}
