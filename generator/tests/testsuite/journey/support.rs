//! What the journey tests share: the shipped site, a browser, saving and
//! reading files, and checks that nothing is kept.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use fantoccini::Client;
use serde_json::{json, Value};

use crate::assessment::{answer_for, css, script};
use crate::browser::{pdf_text, require_pdftotext, Driver};
use crate::prelude::*;

/// The repository's own content, locales and configuration with the theme
/// under test, published below `/mip/` as the fixture is.
pub(crate) fn shipped_site() -> SiteTest {
    let site = SiteTest::from_fixture("site");
    let root = repo_root();
    for dir in ["content", "locales"] {
        std::fs::remove_dir_all(site.path(dir)).unwrap();
        for entry in walkdir::WalkDir::new(root.join(dir)) {
            let entry = entry.unwrap();
            let to = site
                .path(dir)
                .join(entry.path().strip_prefix(root.join(dir)).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
    }
    let config = std::fs::read_to_string(root.join("config.toml")).unwrap();
    let config = config.replacen(
        "base_url = \"https://mip.example.org/\"",
        "base_url = \"https://example.org/mip/\"",
        1,
    );
    assert!(config.contains("https://example.org/mip/"), "{config}");
    std::fs::write(site.path("config.toml"), config).unwrap();
    site
}

pub(super) async fn run_async(client: &Client, code: &str) -> Value {
    client.execute_async(code, vec![]).await.unwrap()
}

/// Nothing in the browser's storage, and no request but the page's own
/// static files and `posts` POSTs to the endpoint.
pub(super) async fn nothing_kept(client: &Client, posts: usize) {
    let found = run_async(
        client,
        "const done = arguments[arguments.length - 1];
         indexedDB.databases().then(dbs => done([localStorage.length, sessionStorage.length,
           document.cookie, dbs.length,
           performance.getEntriesByType('resource').map(e => [new URL(e.name).pathname, e.initiatorType])]))",
    )
    .await;
    assert_eq!(
        found.as_array().unwrap()[..4],
        [json!(0), json!(0), json!(""), json!(0)],
        "{found}"
    );
    let mut seen_posts = 0;
    for entry in found[4].as_array().unwrap() {
        let path = entry[0].as_str().unwrap();
        let own = [
            "style.css",
            "assessment.css",
            "toolkit.css",
            "print-pack.css",
            "print-pack.js",
            "site.js",
            "assessment.js",
            "toolkit.js",
            "favicon.svg",
            "offline.js",
            "icon-192.png",
            "icon-512.png",
        ]
        .iter()
        .any(|f| path == format!("/mip/{f}"))
            // The locale's web app manifest, which the page links to.
            || (path.starts_with("/mip/") && path.ends_with("/manifest.webmanifest"));
        // `integra serve` adds its live reload (a script and its event
        // stream); the site has neither.
        let preview = path.starts_with("/_tower-livereload/") || path == "/_integra/reload.js";
        if path == "/api/assessment" && entry[1] == "fetch" {
            seen_posts += 1;
        } else {
            assert!(own || preview, "an unexpected request: {entry}");
        }
    }
    assert_eq!(seen_posts, posts, "{found}");
}

/// The page's statements per pillar, in questionnaire order.
pub(super) async fn statement_counts(client: &Client) -> Vec<usize> {
    let counts = script(
        client,
        "return [...document.querySelectorAll('fieldset.step')].map(s => s.querySelectorAll(':scope > fieldset').length)",
    )
    .await;
    serde_json::from_value(counts).unwrap()
}

/// The digits of `take_assessment`'s answers: pillar `i` answered `answer_for(i)`.
pub(super) fn digits(counts: &[usize]) -> String {
    counts
        .iter()
        .enumerate()
        .map(|(i, n)| answer_for(i).to_string().repeat(*n))
        .collect()
}

pub(super) fn version() -> String {
    crate::assessment::mip_version()
}

pub(super) async fn start(site: &SiteTest, driver: &Driver, profile: &str, path: &str) -> Client {
    let client = driver.browser(true, &site.path(profile)).await;
    client.goto(path).await.unwrap();
    client
}

pub(super) async fn wait_for(client: &Client, condition: &str) {
    for _ in 0..200 {
        if script(client, &format!("return !!({condition})")).await == json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("never true: {condition}");
}

/// Clicks "Save the file" and returns the file the page made, caught before
/// it is downloaded.
pub(super) async fn save(client: &Client, passphrase: &str, with_plan: bool) -> String {
    script(
        client,
        "window.saved = []; URL.createObjectURL = b => { window.saved.push(b); return 'about:blank'; };
         HTMLAnchorElement.prototype.click = function () { window.savedName = this.download; };",
    )
    .await;
    let field = css(client, "#save-passphrase").await;
    field.clear().await.unwrap();
    if !passphrase.is_empty() {
        field.send_keys(passphrase).await.unwrap();
    }
    let plan = css(client, "#save-plan").await;
    if plan.is_selected().await.unwrap() != with_plan {
        plan.click().await.unwrap();
    }
    css(client, "[data-save]").await.click().await.unwrap();
    wait_for(client, "window.saved.length === 1").await;
    let name = script(client, "return window.savedName").await;
    let today = script(client, "return new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10)").await;
    assert_eq!(
        name,
        json!(format!("self-assessment-{}.html", today.as_str().unwrap()))
    );
    run_async(
        client,
        "window.saved[0].text().then(arguments[arguments.length - 1])",
    )
    .await
    .as_str()
    .unwrap()
    .to_string()
}

/// The JSON a saved file embeds.
pub(super) fn embedded(file: &str) -> Value {
    let html = scraper::Html::parse_document(file);
    let selector =
        scraper::Selector::parse("script#integra-results[type='application/json']").unwrap();
    let json = html
        .select(&selector)
        .next()
        .expect("the results JSON")
        .text()
        .collect::<String>();
    serde_json::from_str(&json).unwrap()
}

/// The embedded JSON exactly as the file has it.
pub(super) fn raw_json(file: &str) -> &str {
    let start = file.find(r#"id="integra-results">"#).unwrap() + r#"id="integra-results">"#.len();
    &file[start..start + file[start..].find("</script>").unwrap()]
}

pub(super) fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

pub(super) async fn overflow(client: &Client) -> Value {
    script(
        client,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await
}

/// The page printed to PDF by Chromium, as text.
pub(super) async fn printed(client: &Client, pdf: &Path) -> String {
    require_pdftotext();
    let bytes = client
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .unwrap();
    std::fs::write(pdf, bytes).unwrap();
    pdf_text(pdf)
}

/// Decodes the QR code in `png` with zbarimg, which must be installed.
pub(super) fn decode_qr(png: &Path) -> String {
    let output = Command::new("zbarimg").args(["--raw", "-q"]).arg(png).output().unwrap_or_else(|e| {
        panic!("this test needs zbarimg (Debian's zbar-tools), which is missing ({e}): add zbar-tools to .ci/run")
    });
    assert!(
        output.status.success(),
        "zbarimg found no code in {}",
        png.display()
    );
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}
