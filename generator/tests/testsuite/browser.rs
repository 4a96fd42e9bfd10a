//! Debian's Chromium, ChromeDriver and pdftotext for the browser tests.
//!
//! Those tests are `#[ignore]`d, so that `cargo test` needs no browser;
//! `.ci/run` installs the tools and runs them with `--include-ignored`.
//! When run, a missing tool is a failure, never a silent pass.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

pub const CHROMIUM: &str = "/usr/bin/chromium";

const INSTALL: &str =
    "install them with `apt-get install chromium chromium-driver poppler-utils zbar-tools` (as .ci/run does)";

/// Flags for Chromium on this machine: headless, and no background
/// connections to the closed network.
pub const CHROMIUM_FLAGS: [&str; 9] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
];

/// Panics unless `program version_flag` runs.
#[track_caller]
pub fn require(program: &str, version_flag: &str, package: &str) {
    let runs = Command::new(program)
        .arg(version_flag)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        runs,
        "this test needs {program} (Debian's {package}), which is missing: {INSTALL}"
    );
}

/// Panics unless Debian's Chromium is installed.
#[track_caller]
pub fn require_chromium() {
    require(CHROMIUM, "--version", "chromium");
}

/// Panics unless pdftotext is installed.
#[track_caller]
pub fn require_pdftotext() {
    require("pdftotext", "-v", "poppler-utils");
}

/// The text of `pdf`, as pdftotext reads it (which must be installed).
pub fn pdf_text(pdf: &Path) -> String {
    require_pdftotext();
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext reads {}", pdf.display());
    String::from_utf8(out.stdout).unwrap()
}

/// Headless Chromium with its own profile in `profile`.
pub fn headless(profile: &Path) -> Command {
    require_chromium();
    let mut command = Command::new(CHROMIUM);
    command
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A ChromeDriver process, stopped when dropped.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// Starts ChromeDriver; panics if it or Chromium is missing.
    #[track_caller]
    pub fn start() -> Driver {
        require_chromium();
        require("chromedriver", "--version", "chromium-driver");
        let port = crate::server::free_port();
        let mut child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Driver { child, port };
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("chromedriver did not start");
    }

    /// A phone-sized browser, with or without JavaScript.
    pub async fn browser(&self, javascript: bool, profile: &Path) -> Client {
        self.session(javascript, profile, (390, 844), None).await
    }

    /// A browser whose viewport is `width` × `height` CSS pixels, such as
    /// the 320 px of the smallest phones. Headless Chromium keeps a window
    /// at least 500 px wide, so the size is set by ChromeDriver's mobile
    /// emulation (device metrics), as a phone would report it.
    pub async fn browser_sized(
        &self,
        width: u32,
        height: u32,
        javascript: bool,
        profile: &Path,
    ) -> Client {
        let emulation =
            json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0}});
        self.session(
            javascript,
            profile,
            (width.max(500), height),
            Some(emulation),
        )
        .await
    }

    async fn session(
        &self,
        javascript: bool,
        profile: &Path,
        (width, height): (u32, u32),
        mobile_emulation: Option<serde_json::Value>,
    ) -> Client {
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--window-size={width},{height}"));
        args.push(format!("--user-data-dir={}", profile.display()));
        if !javascript {
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let mut options = json!({"binary": CHROMIUM, "args": args});
        if let Some(emulation) = mobile_emulation {
            options["mobileEmulation"] = emulation;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a ChromeDriver session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
