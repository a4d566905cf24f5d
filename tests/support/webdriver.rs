//! The one W3C WebDriver client of the end-to-end suites: a session on a driver
//! (tauri-driver for the app, chromedriver for served pages) over ureq, which
//! keeps one HTTP connection alive between requests (tauri-driver is known to drop
//! requests at random from clients that close the connection every time).
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The key under which WebDriver answers an element's id.
pub const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts a driver in its own process group, so that dropping the session stops
/// what the driver started too (tauri-driver only stops its direct child).
pub fn spawn_driver(command: &mut Command, missing: &str) -> Child {
    std::os::unix::process::CommandExt::process_group(command, 0);
    command.spawn().expect(missing)
}

/// A WebDriver session on a running driver; dropping it ends the session and
/// stops the driver's process group.
pub struct Session {
    agent: ureq::Agent,
    base: String,
    id: String,
    driver: Child,
}

impl Session {
    /// Waits until the driver on `port` answers, then opens a session with
    /// `capabilities`; each request may take up to `timeout`.
    pub fn open(driver: Child, port: u16, timeout: Duration, capabilities: Value) -> Session {
        let agent: ureq::Agent =
            ureq::Agent::config_builder().http_status_as_error(false).timeout_global(Some(timeout)).build().into();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "the WebDriver server did not answer on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut session = Session { agent, base, id: String::new(), driver };
        let created = session.request("POST", "/session", Some(capabilities));
        session.id = created["sessionId"].as_str().expect("a WebDriver session").to_string();
        session
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

    /// A command of this session: `rest` is the path after `/session/{id}`.
    pub fn call(&self, method: &str, rest: &str, body: Option<Value>) -> Value {
        self.request(method, &format!("/session/{}{}", self.id, rest), body)
    }

    /// The ids of the elements matching `css` now.
    pub fn element_ids(&self, css: &str) -> Vec<String> {
        let found = self.call("POST", "/elements", Some(json!({"using": "css selector", "value": css})));
        found.as_array().unwrap().iter().map(|e| e[ELEMENT_KEY].as_str().unwrap().to_string()).collect()
    }

    /// The ids of the elements matching `css` once at least `count` of them exist
    /// (pages render after asynchronous calls, so we wait rather than sleep).
    pub fn wait_for_ids(&self, css: &str, count: usize, patience: Duration) -> Vec<String> {
        let deadline = Instant::now() + patience;
        loop {
            let ids = self.element_ids(css);
            if ids.len() >= count {
                return ids;
            }
            assert!(Instant::now() < deadline, "waited in vain for {count} × {css}; found {}", ids.len());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn element_text(&self, element: &str) -> String {
        self.call("GET", &format!("/element/{element}/text"), None).as_str().unwrap_or_default().to_string()
    }

    pub fn send_keys(&self, element: &str, text: &str) {
        self.call("POST", &format!("/element/{element}/value"), Some(json!({ "text": text })));
    }

    pub fn click_element(&self, element: &str) {
        self.call("POST", &format!("/element/{element}/click"), None);
    }

    /// Runs JavaScript in the page and returns its value.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.call("POST", "/execute/sync", Some(json!({"script": script, "args": args})))
    }

    /// Saves a screenshot under target/e2e/ for a person to look at.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        use base64::Engine;
        let data = self.call("GET", "/screenshot", None);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("e2e");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, base64::engine::general_purpose::STANDARD.decode(data.as_str().unwrap()).unwrap())
            .unwrap();
        path
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.id.is_empty() {
            let url = format!("{}/session/{}", self.base, self.id);
            let _ = self.agent.delete(&url).call();
        }
        let group = self.driver.id() as i32;
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{group}")]).status();
        let _ = self.driver.wait();
    }
}
