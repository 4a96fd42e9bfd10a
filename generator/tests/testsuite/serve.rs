//! `integra serve` run for real, and pages opened and printed in Chromium.

use std::process::Stdio;

use crate::browser::{headless, pdf_text, require_pdftotext};
use crate::prelude::*;
use crate::server::{without_reload_script, Server};

#[test]
fn serve_builds_and_serves_the_same_files_below_the_base_path() {
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let (status, body) = server.get("/mip/en/pillars/health/");
    assert_eq!(status, 200);
    assert_eq!(
        without_reload_script(&body),
        site.read("public/en/pillars/health/index.html")
    );
    let (status, body) = server.get("/mip/");
    assert_eq!(status, 200);
    assert!(body.contains("/mip/chooser.js?v="));
    let (status, _) = server.get("/mip/style.css");
    assert_eq!(status, 200);

    // The reload script is inside <body>, so the page stays valid HTML,
    // and is a file, which the site's policy allows.
    let (_, body) = server.get("/mip/en/about/");
    let script = body
        .find("<script data-event-stream=")
        .expect("a reload script");
    let body_end = body.rfind("</body>").unwrap();
    assert!(script < body_end, "{body}");
    assert!(body.trim_end().ends_with("</html>"), "{body}");
    assert!(body[script..].starts_with(
        "<script data-event-stream=\"/_tower-livereload/event-stream\" src=\"/_integra/reload.js\"></script>"
    ));
    let (status, head, reload) = server.get_with_head("/_integra/reload.js");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/javascript"), "{head}");
    assert!(reload.contains("EventSource"), "{reload}");

    // Unknown addresses get the 404 page of their locale.
    let (status, body) = server.get("/mip/ar/no-such-page/");
    assert_eq!(status, 404);
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#), "{body}");
    let (status, body) = server.get("/mip/nowhere");
    assert_eq!(status, 404);
    assert!(body.contains(r#"<html lang="en" dir="ltr">"#), "{body}");
}

/// What `serve` sends with each file is what the host is told in
/// `_headers`: the security headers, on pages, assets and 404 pages alike.
#[test]
fn serve_sends_the_headers_of_the_host() {
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let headers = site.read("public/_headers");
    let expected: Vec<String> = headers
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| line.trim().to_ascii_lowercase())
        .collect();
    assert_eq!(expected.len(), 5, "{headers}");
    for path in [
        "/mip/en/about/",
        "/mip/style.css",
        "/mip/nowhere",
        "/mip/sitemap.xml",
    ] {
        let (_, head, _) = server.get_with_head(path);
        for header in &expected {
            assert!(head.contains(header.as_str()), "{path}: {header} in {head}");
        }
    }
    // The endpoint's pages carry their own policy, and nothing is added to
    // them: they are what the Lambda function answers.
    let form = format!("version={}&lang=en&s1=3", crate::assessment::mip_version());
    let (status, head, body) = server.post(
        "/api/assessment",
        "application/x-www-form-urlencoded",
        form.as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    assert!(
        head.contains("content-security-policy: default-src 'none'; style-src 'sha256-"),
        "{head}"
    );
    assert!(!body.contains("<script"), "{body}");
    assert!(body.trim_end().ends_with("</html>"), "{body}");
}

#[test]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
fn a_printed_workshop_is_a_clean_sheet() {
    require_pdftotext();
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let pdf = site.path("sheet.pdf");
    let status = headless(&site.path("profile"))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(server.url("/mip/en/workshops/network-map/"))
        .status()
        .unwrap();
    assert!(status.success());
    // Bidi isolation marks are invisible on paper but kept in the text layer.
    // Its columns break lines anywhere, so compare without white space.
    let text: String = pdf_text(&pdf)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    let squeeze = |s: &str| s.replace(' ', "");
    for expected in [
        "Network map",
        "Objectives",
        "Materials",
        "A3 paper",
        "Preparation",
        "45 minutes",
        "Introductory",
    ] {
        assert!(
            text.contains(&squeeze(expected)),
            "{expected} missing from the printed sheet:\n{text}"
        );
    }
    for chrome in [
        "Skip to content",
        "The 9 pillars",
        "Language:",
        "Print this sheet",
        "Privacy",
    ] {
        assert!(
            !text.contains(&squeeze(chrome)),
            "{chrome} should not be printed:\n{text}"
        );
    }
}

#[test]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
fn an_arabic_page_renders_right_to_left_in_a_browser() {
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let dom = headless(&site.path("profile"))
        .arg("--dump-dom")
        .arg(server.url("/mip/ar/"))
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains(r#"<html lang="ar" dir="rtl">"#), "{dom}");
    // The layout uses logical properties only, so nothing needs mirroring.
    // Every stylesheet of the theme, not only style.css.
    let sheets: Vec<_> = std::fs::read_dir(site.path("public"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "css"))
        .collect();
    assert!(sheets.len() >= 4, "{sheets:?}");
    let css: String = sheets
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "text-align: right",
        "float: left",
        "float: right",
    ] {
        assert!(!css.contains(physical), "a stylesheet uses {physical}");
    }
}
