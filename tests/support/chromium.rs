//! Headless Chromium through chromedriver (Debian's `chromium` and
//! `chromium-driver`), for pages served over HTTP rather than the app: the
//! suites' one WebDriver client (`webdriver.rs`) on another driver, and a small
//! static file server on 127.0.0.1 for what the browser loads.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::webdriver::{free_port, spawn_driver, Session};

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
    web: Session,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub fn start() -> Browser {
        let port = free_port();
        let mut command = Command::new("chromedriver");
        command.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
        let driver = spawn_driver(&mut command, "chromedriver is on PATH (make setup installs chromium-driver)");
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
        Browser { web: Session::open(driver, port, Duration::from_secs(60), capabilities), _profile: profile }
    }

    pub fn goto(&self, url: &str) {
        self.web.call("POST", "/url", Some(json!({ "url": url })));
    }

    pub fn url(&self) -> String {
        self.web.call("GET", "/url", None).as_str().unwrap_or_default().to_string()
    }

    /// The elements matching `css` once at least `count` of them exist.
    pub fn wait_for_all(&self, css: &str, count: usize) -> Vec<String> {
        self.web.wait_for_ids(css, count, PATIENCE)
    }

    pub fn wait_for(&self, css: &str) -> String {
        self.wait_for_all(css, 1).remove(0)
    }

    pub fn text(&self, element: &str) -> String {
        self.web.element_text(element)
    }

    /// Waits until some element matching `css` has text containing `needle`; returns it.
    pub fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
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
        self.web.send_keys(element, text);
    }

    pub fn click(&self, element: &str) {
        self.web.click_element(element);
    }

    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.web.execute(script, args)
    }

    /// Saves a screenshot under target/e2e/ for a person to look at.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        self.web.screenshot(name)
    }
}

/// How long a page may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(20);

fn chromium() -> String {
    std::env::var("PLENO_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string())
}
