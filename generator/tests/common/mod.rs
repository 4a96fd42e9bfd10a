//! Builds fixture sites with the real `integra` binary and reads what it wrote.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use scraper::{Html, Selector};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A copy of `tests/fixtures/site` in a temporary folder, with the shipped
/// theme and English interface strings, so the tests exercise those too.
pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = repo_root();
        copy_dir(&root.join("generator/tests/fixtures/site"), dir.path());
        copy_dir(
            &root.join("themes/default"),
            &dir.path().join("themes/default"),
        );
        std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
        for file in ["main.ftl", "assessment.ftl"] {
            let to = dir.path().join("locales/en").join(file);
            std::fs::copy(root.join("locales/en").join(file), to).unwrap();
        }
        Fixture { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.write(relative, &text.replacen(from, to, 1));
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_integra"))
            .current_dir(self.root())
            .args(args)
            .output()
            .unwrap();
        Run::from(output)
    }

    /// Builds into `public/` and insists that it worked.
    pub fn build(&self) -> Run {
        let run = self.run(&["build"]);
        assert!(run.success, "build failed:\n{}", run.stderr);
        run
    }

    pub fn html(&self, relative: &str) -> Html {
        Html::parse_document(&self.read(relative))
    }
}

pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

pub fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

pub fn attr(html: &Html, css: &str, name: &str) -> String {
    let found = select(html, css);
    let element = found
        .first()
        .unwrap_or_else(|| panic!("nothing matches {css}"));
    element
        .value()
        .attr(name)
        .unwrap_or_else(|| panic!("{css} has no {name}"))
        .to_string()
}

pub fn text(html: &Html, css: &str) -> String {
    select(html, css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Follows every link and reference inside the site in `public` (served
/// below `base_path`) and returns the ones that lead nowhere, as
/// `page -> target`.
pub fn broken_links(public: &Path, base_path: &str) -> Vec<String> {
    let selector = Selector::parse("a[href], link[href], script[src]").unwrap();
    let mut broken = Vec::new();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = Html::parse_document(&std::fs::read_to_string(entry.path()).unwrap());
        for element in html.select(&selector) {
            let target = element
                .value()
                .attr("href")
                .or(element.value().attr("src"))
                .unwrap();
            let Some(path) = target.strip_prefix(base_path) else {
                assert!(
                    target.starts_with('#')
                        || target.starts_with("https://example.org/")
                        || target.starts_with("https://mip.example.org/"),
                    "{} links outside the site: {target}",
                    entry.path().display()
                );
                continue;
            };
            let (path, fragment) = match path.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (path, None),
            };
            let path = path.split('?').next().unwrap();
            let mut file = public.join(path);
            if path.is_empty() || path.ends_with('/') {
                file = file.join("index.html");
            }
            if !file.is_file() {
                broken.push(format!("{} -> {target}", entry.path().display()));
                continue;
            }
            if let (Some(fragment), true) =
                (fragment, file.extension().is_some_and(|e| e == "html"))
            {
                let page = std::fs::read_to_string(&file).unwrap();
                if !page.contains(&format!("id=\"{fragment}\"")) {
                    broken.push(format!(
                        "{} -> {target} (no such anchor)",
                        entry.path().display()
                    ));
                }
            }
        }
    }
    assert!(pages > 0, "no pages in {}", public.display());
    broken
}

/// Every file below `root`, with its bytes, in path order.
pub fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, std::fs::read(e.path()).unwrap())
        })
        .collect();
    found.sort();
    found
}

/// A running `integra serve`, stopped when dropped. Its standard output
/// is collected as it runs.
pub struct Server {
    child: Child,
    port: u16,
    output: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Server {
    pub fn start(site: &Fixture) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_integra"))
            .current_dir(site.root())
            .args(["serve", "--port", &port.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let output = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let collected = std::sync::Arc::clone(&output);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("Serving the site at") {
                    let _ = ready_tx.send(line.clone());
                }
                let mut all = collected.lock().unwrap();
                all.push_str(&line);
                all.push('\n');
            }
        });
        let serving = ready_rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("integra serve starts");
        assert_eq!(
            serving,
            format!("Serving the site at http://127.0.0.1:{port}/mip/ (Ctrl-C to stop)")
        );
        assert!(
            output.lock().unwrap().starts_with("Built "),
            "{}",
            output.lock().unwrap()
        );
        Server {
            child,
            port,
            output,
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server and returns what it printed.
    pub fn stop(&mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::thread::sleep(std::time::Duration::from_millis(50));
        self.output.lock().unwrap().clone()
    }

    /// GET `path`: status code and body.
    pub fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response[9..12].parse().unwrap();
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// POST `body` to `path`: status, raw head and body.
    pub fn post(&self, path: &str, content_type: &str, body: &[u8]) -> (u16, String, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "POST {path} HTTP/1.0\r\nHost: localhost\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .unwrap();
        stream.write_all(body).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response[9..12].parse().unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        (status, head.to_ascii_lowercase(), body.to_string())
    }
}

/// Debian's Chromium, which CI installs; tests that need it are skipped
/// elsewhere, but never in CI.
pub fn chromium() -> Option<&'static str> {
    if Path::new("/usr/bin/chromium").exists() {
        return Some("/usr/bin/chromium");
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install Debian's chromium (see .ci/run)"
    );
    eprintln!("skipping: /usr/bin/chromium is not installed");
    None
}

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

/// A served page without the live-reload script `serve` adds: the rest is
/// the same bytes `build` writes.
pub fn without_reload_script(html: &str) -> String {
    match html.find("<script data-event-stream=") {
        Some(start) => {
            let end = html[start..].find("</script>").expect("a closed script")
                + start
                + "</script>".len();
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    }
}
