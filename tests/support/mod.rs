//! Driving the real Pleno app through tauri-driver (which starts WebKitWebDriver,
//! which starts the app), over the suites' one WebDriver client (`webdriver.rs`).
// Each end-to-end test binary includes this module and uses a part of it.
#![allow(dead_code)]

pub mod chromium;
mod webdriver;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use webdriver::{free_port, spawn_driver, Session, ELEMENT_KEY};

/// How long the app may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(15);

/// A running app with a WebDriver session on it, and the temporary database it uses.
/// Dropping it ends the session and stops the driver and everything it started
/// (the session goes first, then the folder).
pub struct App {
    web: Session,
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
        let driver = spawn_driver(&mut driver, "tauri-driver is on PATH (make setup installs it)");
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "tauri:options": {"application": app_binary(), "args": args}
        }}});
        App { web: Session::open(driver, port, Duration::from_secs(30), capabilities), db, _dir: dir }
    }

    /// Every element matching `css` once at least `count` of them exist (the UI
    /// renders after asynchronous calls, so we wait rather than sleep).
    pub fn wait_for_all(&self, css: &str, count: usize) -> Vec<Element<'_>> {
        let ids = self.web.wait_for_ids(css, count, PATIENCE);
        ids.into_iter().map(|id| Element { app: self, id }).collect()
    }

    pub fn wait_for(&self, css: &str) -> Element<'_> {
        self.wait_for_all(css, 1).into_iter().next().unwrap()
    }

    /// Runs JavaScript in the page and returns its value.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.web.execute(script, args)
    }

    /// Runs asynchronous JavaScript: the script's last argument is a callback that
    /// it calls with the result.
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.web.call("POST", "/execute/async", Some(json!({"script": script, "args": args})))
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
        let deadline = Instant::now() + PATIENCE;
        loop {
            if self.web.element_ids(css).is_empty() {
                return;
            }
            assert!(Instant::now() < deadline, "{css} is still there");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the element matching `css` has text containing `needle`.
    pub fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
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
        let active = self.web.call("GET", "/element/active", None);
        let id = active[ELEMENT_KEY].as_str().unwrap().to_string();
        Element { app: self, id }.send_keys(text);
    }

    /// Saves a screenshot under target/e2e/ for a person to look at.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        self.web.screenshot(name)
    }
}

pub struct Element<'a> {
    app: &'a App,
    id: String,
}

impl Element<'_> {
    pub fn click(&self) {
        self.app.web.click_element(&self.id);
    }

    pub fn send_keys(&self, text: &str) {
        self.app.web.send_keys(&self.id, text);
    }

    pub fn clear(&self) {
        self.app.web.call("POST", &format!("/element/{}/clear", self.id), None);
    }

    pub fn attribute(&self, name: &str) -> Option<String> {
        let value = self.app.web.call("GET", &format!("/element/{}/attribute/{name}", self.id), None);
        value.as_str().map(String::from)
    }

    pub fn text(&self) -> String {
        self.app.web.element_text(&self.id)
    }
}
