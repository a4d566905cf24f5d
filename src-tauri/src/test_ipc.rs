//! The commands as the UI reaches them, for the tests of every command module:
//! the app built on Tauri's mock runtime over a given archive, and one call
//! through its IPC with the JSON arguments the UI would send.

use pleno_api::Api;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;

pub type Window = tauri::WebviewWindow<MockRuntime>;

/// The app over `api` with its main window; keep the app alive while the window is used.
pub fn app_over(api: Api) -> (tauri::App<MockRuntime>, Window) {
    let app = crate::build_app(mock_builder(), api, mock_context(noop_assets()));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    (app, webview)
}

/// Calls command `cmd` with `args`: its answer, or its error, as JSON.
pub fn invoke(webview: &Window, cmd: &str, args: serde_json::Value) -> Result<serde_json::Value, serde_json::Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(webview, request).map(|body| body.deserialize().unwrap())
}
