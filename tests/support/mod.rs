//! A small W3C WebDriver client for driving the real Pleno app through
//! tauri-driver (which starts WebKitWebDriver, which starts the app).
//!
//! ureq keeps one HTTP connection alive between requests; tauri-driver is known to
//! drop requests at random from clients that close the connection every time.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A running app with a WebDriver session on it, and the temporary database it uses.
/// Dropping it ends the session and stops the driver and everything it started.
pub struct App {
    agent: ureq::Agent,
    base: String,
    session: String,
    driver: Child,
    _dir: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("PLENO_APP") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let binary = target.join("debug").join("pleno-app");
    assert!(binary.exists(), "build the app first (make app): {} is missing", binary.display());
    binary
}

impl App {
    /// Starts the app on a fresh database in a temporary folder.
    pub fn start() -> App {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("pleno.db");
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new("tauri-driver");
        driver
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("PLENO_DB", &db)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group, so that Drop can stop WebKitWebDriver and the app
        // too: tauri-driver only stops its direct child.
        std::os::unix::process::CommandExt::process_group(&mut driver, 0);
        let driver = driver.spawn().expect("tauri-driver is on PATH (make setup-test installs it)");

        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not answer on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "tauri:options": {"application": app_binary()}
        }}});
        let mut app = App { agent, base, session: String::new(), driver, _dir: dir };
        let created = app.request("POST", "/session", Some(capabilities));
        app.session = created["sessionId"].as_str().expect("a WebDriver session").to_string();
        app
    }

    fn request(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{}", self.base, path);
        let response = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self.agent.post(&url).send_json(body.unwrap_or_else(|| json!({}))),
        };
        let mut response = response.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = response.status();
        let value: Value = response.body_mut().read_json().unwrap_or(Value::Null);
        assert!(status.is_success(), "{method} {path} answered {status}: {value}");
        value["value"].clone()
    }

    fn session_path(&self, rest: &str) -> String {
        format!("/session/{}{}", self.session, rest)
    }

    /// Every element matching `css` once at least `count` of them exist (the UI
    /// renders after asynchronous calls, so we wait rather than sleep).
    pub fn wait_for_all(&self, css: &str, count: usize) -> Vec<Element<'_>> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let found = self.request(
                "POST",
                &self.session_path("/elements"),
                Some(json!({"using": "css selector", "value": css})),
            );
            let elements: Vec<Element> = found
                .as_array()
                .unwrap()
                .iter()
                .map(|e| Element { app: self, id: e[ELEMENT_KEY].as_str().unwrap().to_string() })
                .collect();
            if elements.len() >= count {
                return elements;
            }
            assert!(Instant::now() < deadline, "waited in vain for {count} × {css}; found {}", elements.len());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn wait_for(&self, css: &str) -> Element<'_> {
        self.wait_for_all(css, 1).into_iter().next().unwrap()
    }

    /// Saves a screenshot under target/e2e/ for a person to look at.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        use base64::Engine;
        let data = self.request("GET", &self.session_path("/screenshot"), None);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("e2e");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, base64::engine::general_purpose::STANDARD.decode(data.as_str().unwrap()).unwrap())
            .unwrap();
        path
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let url = format!("{}{}", self.base, self.session_path(""));
            let _ = self.agent.delete(&url).call();
        }
        let group = self.driver.id() as i32;
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{group}")]).status();
        let _ = self.driver.wait();
    }
}

pub struct Element<'a> {
    app: &'a App,
    id: String,
}

impl Element<'_> {
    pub fn click(&self) {
        self.app.request("POST", &self.app.session_path(&format!("/element/{}/click", self.id)), None);
    }

    pub fn text(&self) -> String {
        self.app
            .request("GET", &self.app.session_path(&format!("/element/{}/text", self.id)), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}
