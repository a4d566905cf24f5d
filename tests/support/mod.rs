//! A small W3C WebDriver client for driving the real Pleno app through
//! tauri-driver (which starts WebKitWebDriver, which starts the app).
//!
//! ureq keeps one HTTP connection alive between requests; tauri-driver is known to
//! drop requests at random from clients that close the connection every time.
// Each end-to-end test binary includes this module and uses a part of it.
#![allow(dead_code)]

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
    /// The database the app runs on, for checking what the UI wrote.
    pub db: PathBuf,
    _dir: tempfile::TempDir,
}

/// WebDriver's codes for special keys, to put in `send_keys` text.
pub mod keys {
    pub const ENTER: &str = "\u{E007}";
    pub const TAB: &str = "\u{E004}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const ARROW_UP: &str = "\u{E013}";
    pub const ARROW_DOWN: &str = "\u{E015}";
    pub const ALT: &str = "\u{E00A}";
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// The `pleno` CLI: `PLENO_CLI` (the package test points it at /usr/bin/pleno),
/// else the one `make e2e` builds.
fn cli_binary() -> PathBuf {
    std::env::var_os("PLENO_CLI").map(PathBuf::from).unwrap_or_else(|| target_dir().join("debug").join("pleno"))
}

/// Runs the `pleno` CLI (built by `make e2e`) on a database and returns stdout.
pub fn pleno(db: &Path, args: &[&str]) -> String {
    let binary = cli_binary();
    let out = Command::new(&binary)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{} could not run ({e}); build it first (make cli)", binary.display()));
    assert!(out.status.success(), "pleno {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("PLENO_APP") {
        return PathBuf::from(path);
    }
    let binary = target_dir().join("debug").join("pleno-app");
    assert!(binary.exists(), "build the app first (make app): {} is missing", binary.display());
    binary
}

impl App {
    /// Starts the app on a fresh database in a temporary folder, already through the
    /// first-run setup (`pleno setup` with its defaults: no office chosen), so the
    /// window opens on Inicio as it always did.
    pub fn start() -> App {
        Self::start_with(|db| {
            pleno(db, &["setup"]);
        })
    }

    /// Starts the app on no database at all: the app creates it and opens the
    /// first-run setup.
    pub fn start_empty() -> App {
        Self::start_with(|_| {})
    }

    /// Where the app writes its log files in this run (its own XDG data folder).
    pub fn log_dir(&self) -> PathBuf {
        self._dir.path().join("xdg").join("org.coalicionregional.pleno").join("logs")
    }

    /// Starts the app on a database filled by `pleno demo`.
    pub fn start_demo() -> App {
        Self::start_with(|db| {
            pleno(db, &["demo"]);
        })
    }

    /// Starts the app after `prepare` has done what it wants with the database.
    pub fn start_with(prepare: impl FnOnce(&Path)) -> App {
        Self::start_launched(|db| {
            prepare(db);
            Vec::new()
        })
    }

    /// As `start_with`; `prepare` also answers the app's command-line arguments
    /// (`--read-only FILE`).
    pub fn start_launched(prepare: impl FnOnce(&Path) -> Vec<String>) -> App {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("pleno.db");
        let args = prepare(&db);
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new("tauri-driver");
        driver
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("PLENO_DB", &db)
            // The app's log, window state and WebKit data stay in the test's folder.
            .env("XDG_DATA_HOME", dir.path().join("xdg"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group, so that Drop can stop WebKitWebDriver and the app
        // too: tauri-driver only stops its direct child.
        std::os::unix::process::CommandExt::process_group(&mut driver, 0);
        let driver = driver.spawn().expect("tauri-driver is on PATH (make setup installs it)");

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
            "tauri:options": {"application": app_binary(), "args": args}
        }}});
        let mut app = App { agent, base, session: String::new(), driver, db, _dir: dir };
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

    /// Runs JavaScript in the page and returns its value.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.request("POST", &self.session_path("/execute/sync"), Some(json!({"script": script, "args": args})))
    }

    /// Runs asynchronous JavaScript: the script's last argument is a callback that
    /// it calls with the result.
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.request("POST", &self.session_path("/execute/async"), Some(json!({"script": script, "args": args})))
    }

    /// Scrolls the element matching `css` into view at once (the app scrolls
    /// smoothly, and WebDriver refuses to click what is still moving) and clicks it.
    pub fn click(&self, css: &str) {
        self.wait_for(css);
        self.execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: 'center', behavior: 'instant' });",
            json!([css]),
        );
        self.wait_for(css).click();
    }

    /// Waits until `css` matches nothing (a dialog closed, a row removed).
    pub fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let found = self.request(
                "POST",
                &self.session_path("/elements"),
                Some(json!({"using": "css selector", "value": css})),
            );
            if found.as_array().unwrap().is_empty() {
                return;
            }
            assert!(Instant::now() < deadline, "{css} is still there");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the element matching `css` has text containing `needle`.
    pub fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = self.wait_for(css).text();
            if text.contains(needle) {
                return text;
            }
            assert!(Instant::now() < deadline, "{css} never said «{needle}»; it says «{text}»");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Types into whatever has the keyboard focus (for shortcuts).
    pub fn type_keys(&self, text: &str) {
        let active = self.request("GET", &self.session_path("/element/active"), None);
        let id = active[ELEMENT_KEY].as_str().unwrap().to_string();
        Element { app: self, id }.send_keys(text);
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

    pub fn send_keys(&self, text: &str) {
        self.app.request(
            "POST",
            &self.app.session_path(&format!("/element/{}/value", self.id)),
            Some(json!({"text": text})),
        );
    }

    pub fn clear(&self) {
        self.app.request("POST", &self.app.session_path(&format!("/element/{}/clear", self.id)), None);
    }

    pub fn attribute(&self, name: &str) -> Option<String> {
        let value =
            self.app.request("GET", &self.app.session_path(&format!("/element/{}/attribute/{name}", self.id)), None);
        value.as_str().map(String::from)
    }

    pub fn text(&self) -> String {
        self.app
            .request("GET", &self.app.session_path(&format!("/element/{}/text", self.id)), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}
