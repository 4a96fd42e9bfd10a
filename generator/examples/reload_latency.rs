//! Edit-to-reload latency of `integra serve` on the shipped site: the time
//! from saving a file to the open page being told to reload, and to the new
//! page being served.
//!
//! cargo build --release && cargo run --release -p integra --example reload_latency -- [EDITS]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

fn get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

fn summary(name: &str, mut samples: Vec<f64>) {
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name:<44} n={:<3} min {:6.1} ms  median {:6.1} ms  p95 {:6.1} ms  max {:6.1} ms",
        samples.len(),
        samples[0],
        at(0.5),
        at(0.95),
        samples[samples.len() - 1]
    );
}

/// An open page's reload channel, as the injected script opens it.
fn open_events(port: u16, stream_path: &str) -> std::io::Lines<BufReader<TcpStream>> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {stream_path} HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut lines = BufReader::new(stream).lines();
    for line in lines.by_ref() {
        if line.unwrap().starts_with("event: init") {
            break;
        }
    }
    lines
}

/// Edits `file` `edits` times (replacing `from` with a numbered marker) and
/// measures until the reload event and until `page` serves the marker. Like
/// a browser, it opens a new reload channel for every page load.
fn measure(
    project: &Path,
    port: u16,
    stream_path: &str,
    file: &str,
    from: &str,
    page: &str,
    edits: usize,
) -> (Vec<f64>, Vec<f64>) {
    let path = project.join(file);
    let original = std::fs::read_to_string(&path).unwrap();
    assert!(original.contains(from), "{file} lacks {from:?}");
    let (mut to_reload, mut to_page) = (Vec::new(), Vec::new());
    for i in 0..edits {
        let marker = format!("{from} edit{i}x");
        let mut events = open_events(port, stream_path);
        std::thread::sleep(Duration::from_millis(100));
        let started = Instant::now();
        std::fs::write(&path, original.replacen(from, &marker, 1)).unwrap();
        let reloaded = events
            .by_ref()
            .map_while(Result::ok)
            .any(|l| l.starts_with("event: reload"));
        assert!(reloaded, "no reload event");
        to_reload.push(started.elapsed().as_secs_f64() * 1000.0);
        while !get(port, page).contains(&format!("edit{i}x")) {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "edit {i} never showed"
            );
        }
        to_page.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    std::fs::write(&path, original).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    (to_reload, to_page)
}

fn main() {
    let edits: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(30);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let binary: PathBuf = std::env::var_os("INTEGRA_BIN")
        .map_or_else(|| root.join("target/release/integra"), PathBuf::from);
    let project = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("config.toml"), project.path().join("config.toml")).unwrap();
    for folder in ["content", "locales", "themes"] {
        copy_dir(&root.join(folder), &project.path().join(folder));
    }

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(&binary)
        .current_dir(project.path())
        .args(["serve", "--port", &port.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run `cargo build --release` first");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    for line in lines.by_ref() {
        let line = line.unwrap();
        if line.starts_with("Built ") {
            println!("{line}");
        }
        if line.starts_with("Serving") {
            break;
        }
    }
    // Keep reading so that the server never writes to a closed pipe.
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if std::env::var_os("VERBOSE").is_some() {
                eprintln!("serve: {line}");
            }
        }
    });

    let page = "/en/workshops/mapping-my-support-network/";
    let html = get(port, page);
    let stream_path = html
        .split("data-event-stream=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the reload script")
        .to_string();

    let (reload, served) = measure(
        project.path(),
        port,
        &stream_path,
        "content/en/workshops/mapping-my-support-network.md",
        "## Overview",
        page,
        edits,
    );
    summary("workshop body edited -> reload event", reload);
    summary("workshop body edited -> new page served", served);
    let (reload, served) = measure(
        project.path(),
        port,
        &stream_path,
        "content/en/workshops/mapping-my-support-network.md",
        "title = \"Mapping my support network",
        page,
        edits.min(10),
    );
    summary("workshop title edited -> reload event", reload);
    summary("workshop title edited -> new page served", served);
    let (reload, served) = measure(
        project.path(),
        port,
        &stream_path,
        "locales/en/main.ftl",
        "workshop-sheet = Facilitator sheet",
        page,
        edits.min(10),
    );
    summary("Fluent message edited -> reload event", reload);
    summary("Fluent message edited -> new page served", served);

    let _ = child.kill();
    let _ = child.wait();
}
