//! Print packs: a pillar's mentor section and workshop sheets in one page,
//! and the same pack printed by Chromium on A4 and on Letter.

use std::path::Path;

use fantoccini::wd::{PrintConfiguration, PrintSize};
use fantoccini::{Client, Locator};

use crate::browser::{pdf_text, Driver};
use crate::journey::shipped_site;
use crate::prelude::*;
use crate::server::Server;

const PACK: &str = "public/en/pillars/housing/print/index.html";

/// Text without Fluent's bidi isolation marks, which are invisible.
fn plain(text: &str) -> String {
    crate::html::plain(text).trim().to_string()
}

fn texts(html: &scraper::Html, css: &str) -> Vec<String> {
    select(html, css)
        .iter()
        .map(|e| plain(&e.text().collect::<String>()))
        .collect()
}

#[test]
fn a_pack_has_the_mentor_section_and_every_sheet_of_its_pillar() {
    let built = &*BUILT;
    let pack = built.html(PACK);
    let main = built.main(PACK);
    assert!(main.contains("Mentor notes about housing."), "{main}");
    // Only the section for mentors: not the guide's other sections.
    assert!(!main.contains("Text about housing."), "{main}");
    assert!(!main.contains("Signs."), "{main}");

    // Every sheet the guide lists, in its order, each with its body.
    let guide = built.html("public/en/pillars/housing/index.html");
    let listed = texts(&guide, ".workshops .card h3 a");
    assert!(listed.len() >= 2, "{listed:?}");
    assert_eq!(texts(&pack, ".workshop-sheet h1"), listed);
    assert!(main.contains("<h2 id=\"sheet-1-objectives\""), "{main}");
    for a in select(&guide, ".workshops .card h3 a") {
        let href = a.value().attr("href").unwrap();
        let sheet = built.main(&format!(
            "public{}index.html",
            href.trim_start_matches("/mip")
        ));
        // The sheet's body: after its three columns, to the article's end.
        let body = sheet
            .split_once("</section>\n  </div>")
            .and_then(|(_, rest)| rest.split_once("</article>"))
            .map(|(body, _)| body.trim().to_string())
            .unwrap_or_else(|| panic!("no body in {sheet}"));
        assert!(!body.is_empty(), "{sheet}");
        assert!(main.contains(&body), "the pack lacks the body of {href}");
    }

    // The guide links to it; the footer names the pack, its address and
    // its language, and the date comes from the script.
    assert_eq!(
        select(&guide, "a[href=\"/mip/en/pillars/housing/print/\"]").len(),
        1
    );
    let footer = plain(&text(&pack, "footer.print-footer"));
    assert!(footer.contains("Guide housing: print pack"), "{footer}");
    assert!(
        footer.contains("https://example.org/mip/en/pillars/housing/print/"),
        "{footer}"
    );
    assert!(footer.contains("English"), "{footer}");
    assert_eq!(select(&pack, "[data-print-date]").len(), 1);
    assert_eq!(
        select(&pack, "script[src^=\"/mip/print-pack.js\"]").len(),
        1
    );
    // No inline scripts or styles: a Content-Security-Policy is coming.
    let html = built.read(PACK);
    assert!(!html.contains("style=\""), "{html}");
    assert!(!html.contains("<script>"), "{html}");
}

#[test]
fn a_pack_labels_what_it_shows_in_another_language() {
    let built = &*BUILT;
    // French has its own health guide, so its own mentor section, and one
    // of the pillar's sheets in English.
    let main = built.main("public/fr/pillars/health/print/index.html");
    assert!(main.contains("Notes pour les mentors."), "{main}");
    let pack = built.html("public/fr/pillars/health/print/index.html");
    let labels = texts(&pack, ".pack-part > .pack-language");
    let english = select(&pack, ".workshop-sheet[lang=\"en\"]").len();
    assert!(english > 0);
    assert_eq!(labels.len(), english, "{labels:?}");
    assert!(
        labels.iter().all(|l| l == "Written in English"),
        "{labels:?}"
    );
    // In Arabic, everything is shown in English, and said to be.
    let pack = built.html("public/ar/pillars/housing/print/index.html");
    assert_eq!(attr(&pack, ".pack-guide", "lang"), "en");
    assert!(plain(&text(&pack, ".pack-guide .eyebrow")).contains("Written in English"));
}

#[test]
fn a_guide_must_mark_its_section_for_mentors() {
    SiteTest::from_fixture("site")
        .replace_in_file("content/en/pillars/housing.md", " {#for-mentors}", "")
        .replace_in_file(
            "content/en/pillars/health.md",
            "## For mentors: week by week {#for-mentors}",
            "### For mentors {#for-mentors}",
        )
        .replace_in_file(
            "content/en/pillars/career.md",
            "## Signs of progress",
            "## Signs of progress {#for-mentors}",
        )
        .build_fails()
        .check_errors(&[
            "content/en/pillars/career.md:14:1: a second heading with the id `for-mentors`",
            "content/en/pillars/health.md:10:1: the section for mentors must start with a `##` heading, not a level-3 one",
            "content/en/pillars/housing.md:1:1: this pillar guide has no section for mentors (a `##` heading with the id `for-mentors`)",
        ]);
}

/// A long section for mentors, with headings and a table, so that page
/// breaks fall among them.
fn long_mentor_section() -> String {
    let mut text = String::from("## For mentors: week by week {#for-mentors}\n\n");
    for week in 1..=24 {
        text.push_str(&format!("### Week {week} plan\n\n"));
        // Paragraphs of varying length, so that page breaks fall at many
        // places among the headings, on both paper sizes.
        for _ in 0..1 + week * 7 % 5 {
            text.push_str("Talk with the young person about what went well and what was hard this week, and agree one small next step together. ");
        }
        text.push_str("\n\n");
        if week % 5 == 0 {
            text.push_str("| Step | Who | When |\n|---|---|---|\n");
            for row in 1..=12 {
                text.push_str(&format!(
                    "| Table {week} row {row} step | Mentor | Day {row} |\n"
                ));
            }
            text.push('\n');
        }
    }
    text
}

/// The pack at `path` printed on `size`: the text of each page, with what
/// the footer says.
async fn print_pages(
    client: &Client,
    server: &Server,
    path: &str,
    size: PrintSize,
    pdf: &Path,
) -> (Vec<String>, Vec<String>) {
    client.goto(&server.url(path)).await.unwrap();
    let footer: Vec<String> = {
        let mut parts = Vec::new();
        for span in client
            .find_all(Locator::Css("footer.print-footer span"))
            .await
            .unwrap()
        {
            // Hidden on screen: read its text, not what is shown.
            let t = span.prop("textContent").await.unwrap().unwrap_or_default();
            parts.push(plain(&t));
        }
        parts
    };
    assert_eq!(footer.len(), 4, "{footer:?}");
    assert!(!footer[3].is_empty(), "the script fills in the date");
    let config = PrintConfiguration::builder().size(size).build().unwrap();
    let bytes = client.print(config).await.unwrap();
    std::fs::write(pdf, bytes).unwrap();
    let text = pdf_text(pdf);
    let pages: Vec<String> = text
        .split('\u{c}')
        .map(|p| p.replace(['\u{2068}', '\u{2069}'], ""))
        .filter(|p| !p.trim().is_empty())
        .collect();
    (pages, footer)
}

/// What is left of a text to compare with what pdftotext makes of it:
/// letters and digits only, lowercase. pdftotext adds bidi controls and
/// spaces, reorders Arabic lam-alef ligatures and vowel marks and prints
/// Arabic-Indic digits, so alef, lam and the marks are left out and digits
/// made ASCII.
fn skeleton(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        // Arabic vowel marks, which pdftotext may put after the next letter.
        .filter(|c| !matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}'))
        .filter(|c| !matches!(c, 'ا' | 'أ' | 'إ' | 'آ' | 'ل'))
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Checks every page of a printed pack: the footer, no heading at the foot
/// of a page, no first or last row of a table alone on a page.
fn check_pages(
    pages: &[String],
    footer: &[String],
    headings: &[String],
    rows: &[Vec<String>],
    what: &str,
) {
    assert!(pages.len() >= 3, "{what}: {} pages", pages.len());
    // Word by word: pdftotext may give the words of a right-to-left footer
    // in another order.
    let footer: Vec<String> = footer
        .iter()
        .flat_map(|f| f.split_whitespace())
        .map(skeleton)
        .filter(|w| !w.is_empty())
        .collect();
    let headings: Vec<String> = headings.iter().map(|h| skeleton(h)).collect();
    let all = skeleton(&pages.join("\n"));
    // The checks below compare lines with these texts: each must be found.
    for h in &headings {
        assert!(
            all.contains(h.as_str()),
            "{what}: heading {h:?} not found in the PDF's text:\n{all}"
        );
    }
    for (n, page) in pages.iter().enumerate() {
        let n = n + 1;
        let whole = skeleton(page);
        for part in &footer {
            assert!(
                whole.contains(part.as_str()),
                "{what}: page {n} lacks the footer's word {part:?}:\n{page}"
            );
        }
        // The page's own lines: not the footer's.
        let lines: Vec<String> = page
            .lines()
            .filter(|l| {
                !l.split_whitespace()
                    .map(skeleton)
                    .all(|w| w.is_empty() || footer.contains(&w))
            })
            .map(skeleton)
            .collect();
        let last = lines
            .last()
            .unwrap_or_else(|| panic!("{what}: page {n} is empty:\n{page}"));
        for h in &headings {
            // A heading's last line, when it wraps, is the end of its text.
            let is_heading = last == h || (h.ends_with(last.as_str()) && last.chars().count() >= 8);
            assert!(
                !is_heading,
                "{what}: page {n} ends with the heading {h:?}:\n{page}"
            );
        }
        // A table's first and last rows each share their page with the
        // row next to them: no row alone at the foot or the top of a page.
        for table in rows.iter().filter(|t| t.len() >= 2) {
            let t: Vec<String> = table.iter().map(|c| skeleton(c)).collect();
            let k = t.len() - 1;
            for (edge, neighbour) in [(&t[0], &t[1]), (&t[k], &t[k - 1])] {
                assert!(
                    !whole.contains(edge.as_str()) || whole.contains(neighbour.as_str()),
                    "{what}: page {n} has the row {edge:?} without {neighbour:?}:\n{page}"
                );
            }
        }
    }
}

/// The texts of the pack's headings, and the first cells of each table's
/// rows.
async fn headings_and_rows(client: &Client) -> (Vec<String>, Vec<Vec<String>>) {
    let headings = client
        .execute(
            "return [...document.querySelectorAll('.print-pack :is(h1,h2,h3,h4)')].map(h => h.textContent.trim())",
            vec![],
        )
        .await
        .unwrap();
    let rows = client
        .execute(
            "return [...document.querySelectorAll('.print-pack table')].map(t => [...t.tBodies[0].rows].map(r => r.cells[0].textContent.trim()))",
            vec![],
        )
        .await
        .unwrap();
    let headings: Vec<String> = serde_json::from_value(headings).unwrap();
    let rows: Vec<Vec<String>> = serde_json::from_value(rows).unwrap();
    (
        headings.iter().map(|h| plain(h)).collect(),
        rows.iter()
            .map(|r| r.iter().map(|c| plain(c)).collect())
            .collect(),
    )
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn a_printed_pack_has_a_footer_on_every_page_and_no_orphans() {
    let mut site = SiteTest::from_fixture("site");
    let guide = site.read("content/en/pillars/housing.md");
    let (before, after) = guide
        .split_once("## For mentors: week by week {#for-mentors}")
        .unwrap();
    let after = &after[after.find("## Signs").unwrap()..];
    site.change_file(
        "content/en/pillars/housing.md",
        &format!("{before}{}{after}", long_mentor_section()),
    );
    let server = Server::start(&site);
    let driver = Driver::start();
    let client = driver.browser(true, &site.path("profile")).await;
    for (size, name) in [(PrintSize::A4, "A4"), (PrintSize::US_LETTER, "Letter")] {
        let pdf = site.path(&format!("pack-{name}.pdf"));
        let (pages, footer) = print_pages(
            &client,
            &server,
            "/mip/en/pillars/housing/print/",
            size,
            &pdf,
        )
        .await;
        assert_eq!(footer[0], "Guide housing: print pack");
        assert_eq!(
            footer[1],
            "https://example.org/mip/en/pillars/housing/print/"
        );
        assert_eq!(footer[2], "English");
        let (headings, rows) = headings_and_rows(&client).await;
        assert_eq!(rows.len(), 4, "{rows:?}");
        check_pages(
            &pages,
            &footer,
            &headings,
            &rows,
            &format!("fixture on {name}"),
        );
    }
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_shipped_housing_pack_prints_cleanly_in_english_and_arabic() {
    let site = shipped_site();
    let server = Server::start(&site);
    let driver = Driver::start();
    let client = driver.browser(true, &site.path("profile")).await;
    for locale in ["en", "ar"] {
        for (size, name) in [(PrintSize::A4, "A4"), (PrintSize::US_LETTER, "Letter")] {
            let pdf = site.path(&format!("housing-{locale}-{name}.pdf"));
            let path = format!("/mip/{locale}/pillars/housing/print/");
            let (pages, footer) = print_pages(&client, &server, &path, size, &pdf).await;
            let (headings, rows) = headings_and_rows(&client).await;
            check_pages(
                &pages,
                &footer,
                &headings,
                &rows,
                &format!("{locale} on {name}"),
            );
        }
    }
    client.close().await.unwrap();
}
