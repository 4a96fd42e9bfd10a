//! `integra serve` as a live preview: edits show up, errors show in the page
//! and in the terminal, and the server recovers when the file is fixed.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::prelude::*;
use crate::server::{without_reload_script, Server};

/// Asks `server` for `path` until `ready` says yes, for at most 10 s.
fn wait_for(server: &Server, path: &str, ready: impl Fn(u16, &str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, body) = server.get(path);
        if ready(status, &body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "{path} never became ready; last:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn an_edited_workshop_is_served_as_build_would_write_it() {
    let mut site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    site.replace_in_file(
        "content/en/workshops/network-map.md",
        "## Overview",
        "## Overview\n\nBring coloured pens.",
    );
    let page = wait_for(&server, "/mip/en/workshops/network-map/", |_, body| {
        body.contains("Bring coloured pens.")
    });
    // French shows its own translation, untouched; Arabic shows the English
    // page through fallback, updated.
    let (_, fr) = server.get("/mip/fr/workshops/network-map/");
    assert!(!fr.contains("Bring coloured pens."));
    let (_, ar) = server.get("/mip/ar/workshops/network-map/");
    assert!(ar.contains("Bring coloured pens."));

    site.output("fresh").build();
    assert_eq!(
        without_reload_script(&page),
        site.read("fresh/en/workshops/network-map/index.html")
    );
    assert_eq!(
        without_reload_script(&ar),
        site.read("fresh/ar/workshops/network-map/index.html")
    );
}

#[test]
fn a_changed_title_updates_every_list_that_shows_it() {
    let mut site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    site.replace_in_file(
        "content/en/workshops/first-talk.md",
        "title = \"First talk\"",
        "title = \"A first conversation\"",
    );
    wait_for(&server, "/mip/en/pillars/community/", |_, body| {
        body.contains("A first conversation")
    });
    let (_, index) = server.get("/mip/en/workshops/");
    assert!(index.contains("A first conversation"));
    let (_, pt) = server.get("/mip/pt/pillars/community/");
    assert!(pt.contains("A first conversation"));
}

#[test]
fn a_fluent_message_and_a_template_change_show_everywhere() {
    let mut site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    site.replace_in_file(
        "locales/en/main.ftl",
        "skip-to-content = Skip to content",
        "skip-to-content = Jump to the page",
    );
    wait_for(&server, "/mip/en/about/", |_, body| {
        body.contains("Jump to the page")
    });
    // French has no such message and falls back to English.
    let (_, fr) = server.get("/mip/fr/white-paper/first/");
    assert!(fr.contains("Jump to the page"));

    site.replace_in_file(
        "themes/default/templates/base.html",
        "<footer class=\"site-footer\">",
        "<footer class=\"site-footer\" data-edited>",
    );
    wait_for(&server, "/mip/ar/pillars/health/", |_, body| {
        body.contains("data-edited")
    });
}

#[test]
fn a_broken_file_shows_an_overlay_and_the_preview_recovers() {
    let mut site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    site.replace_in_file(
        "content/en/privacy.md",
        "We store nothing.",
        "We store nothing. [Gone](@/gone.md)",
    );
    let page = wait_for(&server, "/mip/en/about/", |_, body| {
        body.contains("integra-build-errors")
    });
    assert!(page.contains("content/en/privacy.md:6:"), "{page}");
    assert!(
        page.contains("link to `@/gone.md`, which is not a page"),
        "{page}"
    );
    // The last good page is still served under the overlay.
    assert!(page.contains("<h1>About</h1>"));

    // Broken front matter: still serving, still explaining.
    site.replace_in_file("content/en/about.md", "title = \"About\"", "title = About");
    wait_for(&server, "/mip/en/", |_, body| {
        body.contains("content/en/about.md:2:")
    });

    site.replace_in_file(
        "content/en/about.md",
        "title = About",
        "title = \"About us\"",
    );
    site.replace_in_file("content/en/privacy.md", " [Gone](@/gone.md)", "");
    let fixed = wait_for(&server, "/mip/en/about/", |_, body| {
        body.contains("<h1>About us</h1>")
    });
    assert!(!fixed.contains("integra-build-errors"), "{fixed}");
}

#[test]
fn open_pages_are_told_to_reload_after_the_new_page_is_in_place() {
    let mut site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let (_, page) = server.get("/mip/en/about/");
    let stream_path = page
        .split("data-event-stream=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page carries the reload script")
        .to_string();
    let mut stream = TcpStream::connect(("127.0.0.1", server.port())).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {stream_path} HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut lines = BufReader::new(stream).lines();
    // Wait until the stream is open before editing.
    for line in lines.by_ref() {
        if line.unwrap().starts_with("event: init") {
            break;
        }
    }
    site.replace_in_file(
        "content/en/about.md",
        "with smart punctuation",
        "with smarter punctuation",
    );
    let reloaded = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line.starts_with("event: reload"));
    assert!(reloaded, "no reload event");
    let (_, now) = server.get("/mip/en/about/");
    assert!(
        now.contains("smarter punctuation"),
        "the page was reloaded before it was rebuilt"
    );
}

#[test]
fn editor_temporary_files_do_not_trigger_rebuilds() {
    let mut site = SiteTest::from_fixture("site");
    let mut server = Server::start(&site);
    site.change_file("content/en/.about.md.swp", "binary junk");
    site.change_file("content/en/about.md~", "+++\nbroken");
    site.change_file("content/en/4913", "");
    std::thread::sleep(Duration::from_millis(400));
    site.replace_in_file(
        "content/en/privacy.md",
        "We store nothing.",
        "We keep nothing.",
    );
    wait_for(&server, "/mip/en/privacy/", |_, body| {
        body.contains("We keep nothing.")
    });
    let output = server.stop();
    let rebuilds = output.matches("Rebuilt ").count();
    assert_eq!(rebuilds, 1, "{output}");
}
