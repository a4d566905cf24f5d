//! Headless Chromium through chromedriver (Debian's `chromium` and
//! `chromium-driver`), for pages served over HTTP rather than the app: the same
//! W3C WebDriver calls as `support/mod.rs`, over the same client (ureq), and a
//! small static file server on 127.0.0.1 for what the browser loads.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Serves `root` under the address prefix `prefix` ("/archivo/") on 127.0.0.1,
/// on a thread, for as long as the test runs; returns the base address.
pub fn serve(root: &Path, prefix: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || answer(stream, &root, prefix));
        }
    });
    format!("http://127.0.0.1:{port}{prefix}")
}

fn answer(mut stream: TcpStream, root: &Path, prefix: &str) {
    let mut request = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The rest of the request's head, read and ignored.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").split(['?', '#']).next().unwrap().to_string();
    let file = path.strip_prefix(prefix).filter(|rest| !rest.contains("..")).map(|rest| root.join(rest));
    let file = file.map(|p| if p.is_dir() { p.join("index.html") } else { p });
    let (status, body, kind) = match file.and_then(|p| std::fs::read(&p).ok().map(|b| (b, p))) {
        Some((body, p)) => ("200 OK", body, content_type(&p)),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body));
}

/// Module scripts are refused by the browser unless served as JavaScript.
fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("json") => "application/json",
        Some("pdf") => "application/pdf",
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// A headless Chromium with a WebDriver session; dropping it ends both.
pub struct Browser {
    agent: ureq::Agent,
    base: String,
    session: String,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut command = Command::new("chromedriver");
        command.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
        // Its own process group, so that Drop stops Chromium with it.
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let driver = command.spawn().expect("chromedriver is on PATH (make setup installs chromium-driver)");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,1000",
            &format!("--user-data-dir={}", profile.path().display()),
        ];
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium(), "args": args}
        }}});
        let mut browser = Browser { agent, base, session: String::new(), driver, _profile: profile };
        let created = browser.request("POST", "/session", Some(capabilities));
        browser.session = created["sessionId"].as_str().expect("a WebDriver session").to_string();
        browser
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

    pub fn goto(&self, url: &str) {
        self.request("POST", &self.session_path("/url"), Some(json!({ "url": url })));
    }

    pub fn url(&self) -> String {
        self.request("GET", &self.session_path("/url"), None).as_str().unwrap_or_default().to_string()
    }

    /// The elements matching `css` once at least `count` of them exist.
    pub fn wait_for_all(&self, css: &str, count: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found = self.request(
                "POST",
                &self.session_path("/elements"),
                Some(json!({"using": "css selector", "value": css})),
            );
            let ids: Vec<String> =
                found.as_array().unwrap().iter().map(|e| e[ELEMENT_KEY].as_str().unwrap().to_string()).collect();
            if ids.len() >= count {
                return ids;
            }
            assert!(Instant::now() < deadline, "waited in vain for {count} × {css}; found {}", ids.len());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn wait_for(&self, css: &str) -> String {
        self.wait_for_all(css, 1).remove(0)
    }

    pub fn text(&self, element: &str) -> String {
        self.request("GET", &self.session_path(&format!("/element/{element}/text")), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Waits until some element matching `css` has text containing `needle`; returns it.
    pub fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let texts: Vec<String> = self.wait_for_all(css, 0).iter().map(|e| self.text(e)).collect();
            if let Some(text) = texts.iter().find(|t| t.contains(needle)) {
                return text.clone();
            }
            assert!(Instant::now() < deadline, "no {css} ever said «{needle}»; they say {texts:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn send_keys(&self, element: &str, text: &str) {
        self.request("POST", &self.session_path(&format!("/element/{element}/value")), Some(json!({ "text": text })));
    }

    pub fn click(&self, element: &str) {
        self.request("POST", &self.session_path(&format!("/element/{element}/click")), None);
    }

    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.request("POST", &self.session_path("/execute/sync"), Some(json!({"script": script, "args": args})))
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

fn chromium() -> String {
    std::env::var("PLENO_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string())
}

impl Drop for Browser {
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
