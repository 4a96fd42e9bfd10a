//! Edit-to-reload latency of `integra serve`: the time from saving a file to
//! the open page being told to reload, to the new page being served, and,
//! for edits every page shows, to a page that was not open serving it too.
//!
//! cargo build --release && cargo run --release -p integra --example reload_latency -- [EDITS] [PROJECT]
//!
//! PROJECT is a copy of the shipped site by default; `bench/corpus.py DIR`
//! makes the 8,400-page benchmark corpus.

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
/// measures until the reload event, until `page` serves the marker, and
/// until the next of `others`, a page never asked for before, serves it.
/// Like a browser, it opens a new reload channel for every page load.
#[allow(clippy::too_many_arguments)]
fn measure(
    project: &Path,
    port: u16,
    stream_path: &str,
    file: &str,
    from: &str,
    page: &str,
    others: &mut dyn Iterator<Item = String>,
    edits: usize,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let path = project.join(file);
    let original = std::fs::read_to_string(&path).unwrap();
    assert!(original.contains(from), "{file} lacks {from:?}");
    let (mut to_reload, mut to_page, mut to_other) = (Vec::new(), Vec::new(), Vec::new());
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
        if let Some(other) = others.next() {
            while !get(port, &other).contains(&format!("edit{i}x")) {
                assert!(
                    started.elapsed() < Duration::from_secs(30),
                    "edit {i} never showed on {other}"
                );
            }
            to_other.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        // Let the rest of the site catch up before the next edit.
        std::thread::sleep(Duration::from_millis(200));
    }
    std::fs::write(&path, original).unwrap();
    std::thread::sleep(Duration::from_secs(3));
    (to_reload, to_page, to_other)
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
    let source = std::env::args()
        .nth(2)
        .map_or_else(|| root.clone(), PathBuf::from);
    let project = tempfile::tempdir().unwrap();
    std::fs::copy(
        source.join("config.toml"),
        project.path().join("config.toml"),
    )
    .unwrap();
    for folder in ["content", "locales", "themes"] {
        copy_dir(&source.join(folder), &project.path().join(folder));
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

    // Workshops never asked for, one per edit that every page shows: a page
    // that was served lately counts as open and is rendered first.
    let mut sheets: Vec<String> = std::fs::read_dir(project.path().join("content/en/workshops"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "_index.md" && n != "mapping-my-support-network.md")
        .map(|n| format!("/en/workshops/{}/", n.trim_end_matches(".md")))
        .collect();
    sheets.sort();
    let mut others = sheets.into_iter();
    let sheet = "content/en/workshops/mapping-my-support-network.md";
    let cases = [
        ("workshop body edited", sheet, "## Overview", false, edits),
        (
            "workshop title edited",
            sheet,
            "title = \"Mapping my support network",
            false,
            edits.min(10),
        ),
        (
            "Fluent message edited",
            "locales/en/main.ftl",
            "workshop-sheet = Facilitator sheet",
            true,
            edits.min(10),
        ),
        (
            "template edited",
            "themes/default/templates/base.html",
            "</footer>",
            true,
            edits.min(10),
        ),
    ];
    for (name, file, from, everywhere, edits) in cases {
        let mut none = std::iter::empty();
        let others: &mut dyn Iterator<Item = String> =
            if everywhere { &mut others } else { &mut none };
        let (reload, served, others) = measure(
            project.path(),
            port,
            &stream_path,
            file,
            from,
            page,
            others,
            edits,
        );
        summary(&format!("{name} -> reload event"), reload);
        summary(&format!("{name} -> open page served"), served);
        if !others.is_empty() {
            summary(&format!("{name} -> page not open served"), others);
        }
    }

    let _ = child.kill();
    let _ = child.wait();
}
