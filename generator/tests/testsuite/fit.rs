//! Mentors on phones (issue 10): the workshop finder, pages that fit a
//! 320 px screen, contents lists of long pages, the print button at the top
//! of a workshop, the self-assessment's start link, and which language each
//! listed page and each language of the menu has.

use std::path::Path;
use std::time::Duration;

use fantoccini::{Client, Locator};
use scraper::Html;
use serde_json::{json, Value};

use crate::assessment::{css, script};
use crate::browser::Driver;
use crate::html::plain;
use crate::journey::shipped_site;
use crate::prelude::*;
use crate::server::Server;

/// Which stylesheets and scripts of the theme a built page loads.
fn page_assets(html: &Html) -> Vec<String> {
    select(html, "link[rel=stylesheet], script[src]")
        .iter()
        .map(|e| {
            let at = e.value().attr("href").or(e.value().attr("src")).unwrap();
            let file = at.rsplit('/').next().unwrap();
            file.split('?').next().unwrap().to_string()
        })
        .collect()
}

/// Every page of `locales` in a built site's `public/`.
fn every_page(site: &SiteTest, locales: &[&str]) -> Vec<String> {
    locales
        .iter()
        .flat_map(|l| addresses(&site.path("public"), l))
        .collect()
}

/// Every page a locale has in a built site's `public/`, as addresses below
/// `/mip/`, the fixture's base path.
fn addresses(public: &Path, locale: &str) -> Vec<String> {
    let root = public.join(locale);
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let relative = path.strip_prefix(&root).unwrap().to_string_lossy();
        let relative = relative.replace('\\', "/");
        let address = match relative.strip_suffix("index.html") {
            Some(folder) => format!("/mip/{locale}/{folder}"),
            None => format!("/mip/{locale}/{relative}"),
        };
        found.push(address);
    }
    assert!(found.len() > 5, "too few pages in {}", root.display());
    found
}

// ---- the workshop finder ---------------------------------------------

#[test]
fn the_workshop_list_carries_what_the_finder_filters_by() {
    let page = BUILT.html("public/en/workshops/index.html");
    // The finder waits, hidden, for its script: without JavaScript the page
    // is the grouped list.
    let finder = select(&page, "form#finder");
    assert_eq!(finder.len(), 1);
    assert!(finder[0].value().attr("hidden").is_some());
    for field in ["pillar", "duration", "size", "format", "level"] {
        assert_eq!(
            select(&page, &format!("form#finder [name={field}]")).len(),
            1,
            "{field}"
        );
    }
    // What network-map.md's front matter says, on its card.
    let card = select(
        &page,
        "li.card:has(a[href='/mip/en/workshops/network-map/'])",
    );
    let card = card.first().expect("network-map is listed").value();
    let data: Vec<_> = ["pillar", "duration", "min", "max", "format", "level"]
        .iter()
        .map(|k| card.attr(&format!("data-{k}")).unwrap())
        .collect();
    assert_eq!(
        data,
        ["community", "45", "1", "6", "either", "introductory"]
    );
    // Every workshop is a card with them, in its pillar's group, and the
    // count of matches can be said for every number of them.
    let workshops = std::fs::read_dir(BUILT.path("content/en/workshops"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != "_index.md")
        .count();
    let cards = select(&page, "section.workshops li.card[data-pillar]");
    assert_eq!(cards.len(), workshops);
    for card in &cards {
        let pillar = card.value().attr("data-pillar").unwrap();
        let group = card
            .ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .find(|e| e.value().name() == "section")
            .unwrap();
        assert_eq!(
            group.value().attr("aria-labelledby"),
            Some(format!("pillar-{pillar}").as_str())
        );
    }
    // (A <template>'s content is not part of the document: count in the text.)
    let main = BUILT.main("public/en/workshops/index.html");
    let counts = &main[main.find("<template id=\"finder-counts\">").unwrap()..];
    let counts = &counts[..counts.find("</template>").unwrap()];
    assert_eq!(counts.matches("data-count=").count(), workshops + 1);
    assert!(
        counts.contains(&format!(
            "data-count=\"{workshops}\">\u{2068}{workshops}\u{2069} workshops match."
        )),
        "{counts}"
    );
}

#[test]
fn page_styles_and_scripts_load_only_where_they_are_used() {
    let only_on = [
        ("finder.js", "workshops"),
        ("finder.css", "workshops"),
        ("toolkit.css", "toolkit"),
        ("assessment.css", "self_assessment"),
        ("white-paper.css", "white_paper"),
        ("chooser.css", "chooser"),
        ("p4c.js", "p4c_directory"),
        ("p4c.css", "p4c"),
        ("home.css", "home"),
        ("handout.css", "handout"),
    ];
    let mut seen = Vec::new();
    for (path, html) in crate::html::pages(&BUILT.path("public")) {
        let assets = page_assets(&html);
        for (asset, where_) in only_on {
            let wanted = match where_ {
                "workshops" => path.ends_with("/workshops/index.html"),
                "toolkit" => path.ends_with("/mentors/toolkit/index.html"),
                "white_paper" => path.contains("/white-paper/"),
                "chooser" => path.ends_with("/public/index.html"),
                "p4c_directory" => path.ends_with("/p4c/index.html"),
                "p4c" => path.contains("/p4c/") && !path.contains("/p4c/join/"),
                // public/<locale>/index.html
                "home" => path
                    .strip_suffix("/index.html")
                    .and_then(|p| p.rsplit_once("/public/"))
                    .is_some_and(|(_, locale)| !locale.contains('/')),
                "handout" => path.contains("/handouts/") && !path.ends_with("/handouts/index.html"),
                _ => path.ends_with("/self-assessment/index.html"),
            };
            assert_eq!(
                assets.iter().any(|a| a == asset),
                wanted,
                "{path} loads {assets:?}"
            );
            if wanted {
                seen.push(asset);
            }
        }
    }
    for (asset, _) in only_on {
        assert!(seen.contains(&asset), "no page loads {asset}");
    }
}

#[test]
fn a_workshop_sheet_has_its_print_button_at_the_top_and_the_bottom() {
    let page = BUILT.main("public/en/workshops/network-map/index.html");
    let buttons: Vec<usize> = page.match_indices("data-print").map(|(at, _)| at).collect();
    assert_eq!(buttons.len(), 2, "{page}");
    let facts = page.find("class=\"facts\"").unwrap();
    let body = page.find("</article>").unwrap();
    assert!(buttons[0] < facts, "the first is above the facts");
    assert!(buttons[1] > body, "the second is below the sheet");
}

#[test]
fn the_self_assessment_has_a_start_link_near_the_top() {
    let page = BUILT.html("public/en/self-assessment/index.html");
    let href = attr(&page, "article .start-link a", "href");
    assert_eq!(href, "#assessment-heading");
    assert_eq!(text(&page, "article .start-link a"), "Start");
    assert_eq!(select(&page, "#assessment-heading").len(), 1);
    // Right below the title, before the introduction.
    let main = BUILT.main("public/en/self-assessment/index.html");
    let (h1, start) = (
        main.find("</h1>").unwrap(),
        main.find("start-link").unwrap(),
    );
    assert!(start > h1 && start - h1 < 40, "{main}");
}

#[test]
fn long_pages_get_a_contents_list_of_their_sections() {
    let mut site = SiteTest::from_fixture("site");
    site.change_file(
        "content/en/white-paper/second.md",
        "+++\ntitle = \"Second\"\nweight = 2\n+++\n\nIntro.\n\n## Why it matters\n\nText.\n\n### A detail\n\nMore.\n\n## What the research found {#findings}\n\nText.\n\n## What to do\n\nText.\n",
    )
    .build();
    let page = site.html("public/en/white-paper/second/index.html");
    let links: Vec<(String, String)> = select(&page, "article nav.contents a")
        .iter()
        .map(|a| {
            (
                a.value().attr("href").unwrap().to_string(),
                a.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            ("#why-it-matters".into(), "Why it matters".into()),
            ("#findings".into(), "What the research found".into()),
            ("#what-to-do".into(), "What to do".into()),
        ]
    );
    for (href, _) in &links {
        assert_eq!(select(&page, &format!("h2{href}")).len(), 1, "{href}");
    }
    assert_eq!(text(&page, "nav.contents h2"), "On this page");
    // A page with fewer sections has no list.
    let short = BUILT.html("public/en/about/index.html");
    assert!(select(&short, "nav.contents").is_empty());
    // The toolkit lists its nine pillars.
    let toolkit = BUILT.html("public/en/mentors/toolkit/index.html");
    let targets: Vec<String> = select(&toolkit, "nav.contents a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(targets.len(), 9);
    for target in targets {
        assert_eq!(
            select(&toolkit, &format!("h2{target}")).len(),
            1,
            "{target}"
        );
    }
}

#[test]
fn pages_shown_in_another_language_are_labelled_in_lists() {
    let fr = BUILT.html("public/fr/workshops/index.html");
    let label = |href: &str| plain(&text(&fr, &format!("li.card:has(a[href='{href}']) .meta")));
    // network-map is translated into French; first-talk is shown in English.
    let translated = label("/mip/fr/workshops/network-map/");
    assert!(!translated.contains("English"), "{translated}");
    let fallback = label("/mip/fr/workshops/first-talk/");
    assert!(fallback.ends_with("Language: English"), "{fallback}");
    // The home page of pt-BR lists the pillars, written in English.
    let home = BUILT.html("public/pt-BR/index.html");
    let labels = select(&home, ".pillars .language-label");
    assert_eq!(labels.len(), 9);
    assert_eq!(attr(&home, ".pillars .language-label", "lang"), "pt-BR");
}

#[test]
fn the_language_menu_marks_the_languages_that_lack_the_page() {
    let page = BUILT.html("public/en/pillars/health/index.html");
    let marked = |code: &str| {
        !select(
            &page,
            &format!("details.languages a[hreflang='{code}'] .not-translated"),
        )
        .is_empty()
    };
    // French has its own health guide; Arabic and Portuguese show English.
    assert!(!marked("en"));
    assert!(!marked("fr"));
    assert!(marked("ar"));
    assert!(marked("pt"));
    assert_eq!(
        text(&page, "details.languages a[hreflang=ar] .not-translated"),
        "(not translated yet)"
    );
    // Every locale of the fixture has a home page but pt-BR, shown in Portuguese.
    let home = BUILT.html("public/en/index.html");
    let marked: Vec<String> = select(&home, "details.languages a:has(.not-translated)")
        .iter()
        .map(|a| a.value().attr("hreflang").unwrap().to_string())
        .collect();
    assert_eq!(marked, ["pt-BR"]);
}

// ---- in the browser ------------------------------------------------------

async fn visible_workshops(client: &Client) -> Vec<String> {
    let found = script(
        client,
        "return [...document.querySelectorAll('li.card[data-pillar]')]
           .filter(c => c.offsetParent !== null)
           .map(c => c.querySelector('a').getAttribute('href'))",
    )
    .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// The workshops of the built fixture that match, by their front matter as
/// the cards carry it.
fn expected(filter: impl Fn(&scraper::node::Element) -> bool) -> Vec<String> {
    let page = BUILT.html("public/en/workshops/index.html");
    select(&page, "li.card[data-pillar]")
        .iter()
        .filter(|c| filter(c.value()))
        .map(|c| attr(&Html::parse_fragment(&c.html()), "a", "href"))
        .collect()
}

fn num(e: &scraper::node::Element, key: &str) -> u32 {
    e.attr(key).unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_finder_filters_workshops_and_keeps_its_filters_in_the_address() {
    let driver = Driver::start();
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let profile = tempfile::tempdir().unwrap();
    let client = driver.browser(true, profile.path()).await;

    // A shared link: the community workshops for a group of five.
    client
        .goto(&server.url("/mip/en/workshops/?pillar=community&size=5"))
        .await
        .unwrap();
    let finder = css(&client, "form#finder").await;
    assert!(finder.is_displayed().await.unwrap());
    let want = expected(|e| {
        e.attr("data-pillar") == Some("community")
            && num(e, "data-min") <= 5
            && 5 <= num(e, "data-max")
    });
    assert_eq!(want, ["/mip/en/workshops/network-map/"]);
    assert_eq!(visible_workshops(&client).await, want);
    assert_eq!(
        script(
            &client,
            "return document.querySelector('.finder-status').textContent"
        )
        .await,
        json!("One workshop matches.")
    );
    // Only the community group is left on the page.
    let groups = script(
        &client,
        "return [...document.querySelectorAll('section.workshops')].filter(s => !s.hidden).map(s => s.id || s.getAttribute('aria-labelledby'))",
    )
    .await;
    assert_eq!(groups, json!(["pillar-community"]));

    // Change the filters as a mentor would: any pillar, one-to-one, advanced.
    client
        .find(Locator::Css("#finder-pillar option[value='']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let size = client.find(Locator::Css("#finder-size")).await.unwrap();
    size.clear().await.unwrap();
    client
        .find(Locator::Css("#finder-format option[value='one-to-one']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .find(Locator::Css("#finder-level option[value='advanced']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let want = expected(|e| {
        matches!(e.attr("data-format"), Some("one-to-one" | "either"))
            && e.attr("data-level") == Some("advanced")
    });
    assert_eq!(want, ["/mip/en/workshops/first-talk/"]);
    assert_eq!(visible_workshops(&client).await, want);
    let address = client.current_url().await.unwrap();
    assert_eq!(address.query(), Some("format=one-to-one&level=advanced"));

    // Reload: the same filters, the same list.
    client.refresh().await.unwrap();
    css(&client, "form#finder:not([hidden])").await;
    assert_eq!(visible_workshops(&client).await, want);
    assert_eq!(
        script(
            &client,
            "return document.querySelector('#finder-level').value"
        )
        .await,
        json!("advanced")
    );

    // Open the workshop and come back: still filtered.
    client
        .find(Locator::Css("a[href='/mip/en/workshops/first-talk/']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    css(&client, "article.workshop-sheet").await;
    client.back().await.unwrap();
    css(&client, "form#finder:not([hidden])").await;
    assert_eq!(visible_workshops(&client).await, want);

    // Time: 30 minutes or less leaves out the 45-minute workshop.
    client
        .goto(&server.url("/mip/en/workshops/?duration=30"))
        .await
        .unwrap();
    css(&client, "form#finder:not([hidden])").await;
    let want = expected(|e| num(e, "data-duration") <= 30);
    assert!(!want.contains(&"/mip/en/workshops/network-map/".to_string()));
    assert_eq!(visible_workshops(&client).await, want);

    // "Show all" empties the filters and the query.
    client
        .find(Locator::Css("form#finder button[type=reset]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(visible_workshops(&client).await, expected(|_| true));
    assert_eq!(client.current_url().await.unwrap().query(), None);

    // A value the form does not offer is dropped, not a filter that hides all.
    client
        .goto(&server.url("/mip/en/workshops/?pillar=nowhere&size=-3"))
        .await
        .unwrap();
    css(&client, "form#finder:not([hidden])").await;
    assert_eq!(visible_workshops(&client).await, expected(|_| true));
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn without_javascript_the_workshops_page_is_the_whole_grouped_list() {
    let driver = Driver::start();
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let profile = tempfile::tempdir().unwrap();
    let client = driver.browser(false, profile.path()).await;
    client
        .goto(&server.url("/mip/en/workshops/?pillar=community"))
        .await
        .unwrap();
    let finder = client.find(Locator::Css("form#finder")).await.unwrap();
    assert!(!finder.is_displayed().await.unwrap());
    let shown = client
        .find_all(Locator::Css("li.card[data-pillar]"))
        .await
        .unwrap();
    let mut displayed = 0;
    for card in &shown {
        if card.is_displayed().await.unwrap() {
            displayed += 1;
        }
    }
    assert_eq!(displayed, expected(|_| true).len());
    client.close().await.unwrap();
}

/// Run in a page: what sticks out of a `clientWidth`-wide viewport, on
/// either side (right-to-left pages overflow to the left), with every
/// `<details>` open, the language menu included. An element inside a box
/// that scrolls or clips on its own is that box's business; the box itself
/// is checked like any other. Elements not rendered are skipped.
const OVERFLOW: &str = r#"
for (const d of document.querySelectorAll("details")) d.open = true;
const root = document.documentElement;
const width = root.clientWidth;
const found = [];
if (root.scrollWidth > width) found.push(`the page is ${root.scrollWidth} px wide`);
const contained = (el) => {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
  }
  return false;
};
const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "")
  + (el.classList.length ? `.${[...el.classList].join(".")}` : "");
const out = [];
for (const el of document.body.querySelectorAll("*")) {
  if (!el.checkVisibility()) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if ((r.right > width + 0.5 || r.left < -0.5) && !contained(el)) out.push([el, r]);
}
// The innermost first: they are the cause, their ancestors only follow.
out.sort(([a], [b]) => Number(a.contains(b)) - Number(b.contains(a)));
for (const [el, r] of out) {
  found.push(`${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)}: `
    + (el.textContent || "").trim().slice(0, 40));
}
return [width, found.slice(0, 6)];
"#;

/// Visits each of `pages` in a 320 px wide window and returns the
/// pages that are wider, with what sticks out.
async fn too_wide(site: &SiteTest, pages: &[String]) -> (usize, Vec<String>) {
    let driver = Driver::start();
    let server = Server::start(site);
    let profile = tempfile::tempdir().unwrap();
    let client = driver.browser_sized(320, 640, true, profile.path()).await;
    let mut visited = 0;
    let mut problems = Vec::new();
    for address in pages {
        client.goto(&server.url(address)).await.unwrap();
        let found: Value = script(&client, OVERFLOW).await;
        assert_eq!(found[0], json!(320), "the window is 320 px wide");
        visited += 1;
        let found = found[1].as_array().unwrap();
        if !found.is_empty() {
            problems.push(format!(
                "{address}:\n  {}",
                found
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
        }
    }
    client.close().await.unwrap();
    (visited, problems)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn no_page_of_the_fixture_is_wider_than_a_320_px_phone() {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    let pages = every_page(&site, &["en", "ar"]);
    let (visited, problems) = too_wide(&site, &pages).await;
    assert!(visited > 40, "{visited} pages");
    assert!(
        problems.is_empty(),
        "wider than 320 px:\n{}",
        problems.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn no_page_of_the_shipped_site_in_english_arabic_or_farsi_is_wider_than_a_320_px_phone() {
    let mut site = shipped_site();
    site.build();
    let pages = every_page(&site, &["en", "ar", "fa"]);
    let (visited, problems) = too_wide(&site, &pages).await;
    assert!(visited > 150, "{visited} pages");
    assert!(
        problems.is_empty(),
        "wider than 320 px:\n{}",
        problems.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_translated_pages_of_the_new_languages_fit_a_320_px_phone() {
    let mut site = shipped_site();
    site.build();
    // Their own pages: the rest falls back to pages the test above checks.
    let mut pages = Vec::new();
    for locale in ["uk", "ps", "ur", "so", "ti"] {
        let content = site.path(&format!("content/{locale}"));
        for address in addresses(&site.path("public"), locale) {
            let page = address
                .trim_start_matches(&format!("/mip/{locale}/"))
                .trim_end_matches('/');
            let file = if page.is_empty() {
                content.join("_index.md")
            } else {
                content.join(format!("{page}.md"))
            };
            if file.is_file() {
                pages.push(address);
            }
        }
    }
    assert!(pages.len() >= 4 * 13, "{} translated pages", pages.len());
    let (_, problems) = too_wide(&site, &pages).await;
    assert!(
        problems.is_empty(),
        "wider than 320 px:\n{}",
        problems.join("\n")
    );
}
