//! Search in every locale: the index the build writes under
//! `/<locale>/search/`, looked up as `search.js` looks it up, and the page
//! in a phone-sized Chromium, with and without JavaScript.

use std::time::Duration;

use fantoccini::Locator;
use serde_json::{json, Value};

use crate::assessment::{css, script};
use crate::browser::Driver;
use crate::html::plain;
use crate::journey::shipped_site;
use crate::prelude::*;
use crate::server::Server;
use crate::site_test::tree;

/// The pages of `locale` that have every word of `query` (a word matching
/// the terms it starts), as `search.js` finds them: the reader's language
/// first. Returns (address, shown by fallback).
fn lookup(site: &SiteTest, locale: &str, query: &str) -> Vec<(String, bool)> {
    let read = |file: &str| -> Value {
        serde_json::from_str(&site.read(&format!("public/{locale}/search/{file}"))).unwrap()
    };
    let index = read("docs.json");
    let docs = index["docs"].as_array().unwrap();
    let shards = index["term_shards"].as_u64().unwrap() as usize;
    assert_eq!(shards, integra::search::TERM_SHARDS);
    // search.js reads the folding table from docs.json: it must be the one
    // the pages were folded with.
    let folds = index["folds"].as_object().unwrap();
    assert_eq!(folds.len(), integra::search::FOLDS.len());
    let folded = integra::search::fold(query);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    assert!(!words.is_empty(), "no word in {query:?}");
    // Per page, the sum over words of its best weight for each word.
    let mut found: Option<Vec<(usize, u64)>> = None;
    for word in words {
        let shard = read(&format!("t/{}.json", integra::search::shard_of(word)));
        let mut with: std::collections::BTreeMap<usize, u64> = Default::default();
        for (term, postings) in shard.as_object().unwrap() {
            if !term.starts_with(word) {
                continue;
            }
            for p in postings.as_array().unwrap() {
                let (doc, weight) = (p[0].as_u64().unwrap() as usize, p[1].as_u64().unwrap());
                let best = with.entry(doc).or_default();
                *best = (*best).max(weight);
            }
        }
        found = Some(match found {
            None => with.into_iter().collect(),
            Some(before) => before
                .into_iter()
                .filter_map(|(d, w)| with.get(&d).map(|v| (d, w + v)))
                .collect(),
        });
    }
    let mut results: Vec<(String, bool, u64)> = found
        .unwrap()
        .into_iter()
        .map(|(d, weight)| {
            let doc = &docs[d];
            (doc[0].as_str().unwrap().to_string(), doc[3] == 1, weight)
        })
        .collect();
    results.sort_by_key(|(_, fallback, weight)| (*fallback, std::cmp::Reverse(*weight)));
    results.into_iter().map(|(a, f, _)| (a, f)).collect()
}

fn addresses(results: &[(String, bool)]) -> Vec<&str> {
    results.iter().map(|(a, _)| a.as_str()).collect()
}

#[test]
fn every_locale_has_a_search_page_and_an_index_beside_it() {
    for locale in ["en", "fr", "ar", "pt", "pt-BR"] {
        BUILT
            .check_file_contains(
                &format!("public/{locale}/search/index.html"),
                "<input type=\"search\" id=\"search-q\" name=\"q\"",
            )
            .check_file_contains(&format!("public/{locale}/search/docs.json"), "\"folds\"");
        assert!(BUILT
            .path(&format!("public/{locale}/search/t/0.json"))
            .is_file());
        assert!(BUILT
            .path(&format!("public/{locale}/search/x/0.json"))
            .is_file());
    }
    // The menu links to it; the page loads its script and styles, which
    // other pages do not.
    BUILT.check_file_contains("public/en/about/index.html", "href=\"/mip/en/search/\"");
    BUILT.check_file_doesnt_contain("public/en/about/index.html", "search.js");
    // Search engines and Lighthouse want a description on every page.
    BUILT.check_file_contains(
        "public/en/search/index.html",
        "<meta name=\"description\" content=\"Find a guide, a workshop sheet",
    );
    let page = BUILT.read("public/ar/search/index.html");
    assert!(page.contains("search.js") && page.contains("search.css"));
}

#[test]
fn without_javascript_the_search_page_says_so_and_links_to_the_lists() {
    let html = BUILT.html("public/en/search/index.html");
    let noscript = select(&html, "noscript");
    assert_eq!(noscript.len(), 1);
    let inside = noscript[0].inner_html();
    assert!(inside.contains("Search needs JavaScript"), "{inside}");
    for list in [
        "/mip/en/pillars/",
        "/mip/en/workshops/",
        "/mip/en/white-paper/",
    ] {
        assert!(
            inside.contains(&format!("href=\"{list}\"")),
            "{list} in {inside}"
        );
    }
}

#[test]
fn an_english_word_is_found_with_its_page_title_weighing_most() {
    let results = lookup(&BUILT, "en", "health");
    assert_eq!(
        results.first().map(|(a, _)| a.as_str()),
        Some("/mip/en/pillars/health/")
    );
    // The start of a word finds it too.
    assert!(addresses(&lookup(&BUILT, "en", "heal")).contains(&"/mip/en/pillars/health/"));
}

#[test]
fn pages_shown_by_fallback_are_indexed_labelled_and_ranked_after() {
    // The Arabic home page is Arabic; its health guide is the English one.
    let results = lookup(&BUILT, "ar", "health");
    assert!(
        results.contains(&("/mip/ar/pillars/health/".to_string(), true)),
        "{results:?}"
    );
    let site = BUILT.read("public/ar/search/docs.json");
    let index: Value = serde_json::from_str(&site).unwrap();
    let docs = index["docs"].as_array().unwrap();
    let home = docs.iter().find(|d| d[0] == "/mip/ar/").unwrap();
    assert_eq!(home[2], "ar");
    assert_eq!(home[3], 0);
    let guide = docs
        .iter()
        .find(|d| d[0] == "/mip/ar/pillars/health/")
        .unwrap();
    assert_eq!(guide[2], "en");
    assert_eq!(guide[3], 1);
}

/// The fixture with Farsi and Greek locales, and pages in Arabic, Farsi and
/// Greek written the usual way.
fn site_with_rtl_and_greek_pages() -> SiteTest {
    let mut site = SiteTest::from_fixture("site");
    let config = site.read("config.toml");
    site.change_file(
        "config.toml",
        &format!(
            "{config}\n[[locales]]\ncode = \"fa\"\nname = \"فارسی\"\ndir = \"rtl\"\n\n[[locales]]\ncode = \"el\"\nname = \"Ελληνικά\"\n"
        ),
    )
    .change_file(
        "content/ar/pillars/health.md",
        "+++\ntitle = \"الصحة\"\n+++\n\n## لماذا {#why-this-matters}\n\nصحتك هي الأساس. سجّل عند طبيبٍ قريب منك.\n\n## للمرشدين {#for-mentors}\n\nخطوة بخطوة.\n",
    )
    .change_file(
        "content/fa/pillars/health.md",
        "+++\ntitle = \"سلامت\"\n+++\n\n## چرا {#why-this-matters}\n\nشما می‌توانید نزد پزشک بروید. زندگی سالم.\n\n## برای منتورها {#for-mentors}\n\nگام به گام.\n",
    )
    .change_file(
        "content/el/pillars/health.md",
        "+++\ntitle = \"Υγεία\"\n+++\n\n## Γιατί {#why-this-matters}\n\nΜπορείς να κλείσεις ραντεβού με γιατρό.\n\n## Για μέντορες {#for-mentors}\n\nΒήμα βήμα.\n",
    )
    .build();
    site
}

#[test]
fn arabic_words_are_found_whatever_their_alef_diacritics_or_tatweel() {
    let site = site_with_rtl_and_greek_pages();
    let guide = ("/mip/ar/pillars/health/".to_string(), false);
    for query in [
        "طبيب",    // as written, without its tanwin
        "طَبِيب",    // with diacritics
        "طبـــيب", // with tatweel
        "أساس",    // alef with hamza, where the page has the article
        "الاساس",   // bare alef and the article
        "إساس",    // another alef
    ] {
        let results = lookup(&site, "ar", query);
        assert!(results.contains(&guide), "{query}: {results:?}");
    }
}

#[test]
fn farsi_words_are_found_with_arabic_letters_or_without_the_zwnj() {
    let site = site_with_rtl_and_greek_pages();
    let guide = ("/mip/fa/pillars/health/".to_string(), false);
    for query in [
        "پزشک",     // as written
        "پزشك",     // Arabic kaf
        "زندگي",    // Arabic yeh
        "میتوانید", // without the zero-width non-joiner
        "می\u{200C}توانید",
    ] {
        let results = lookup(&site, "fa", query);
        assert!(results.contains(&guide), "{query}: {results:?}");
    }
}

#[test]
fn greek_words_are_found_typed_without_accents_or_in_capitals() {
    let site = site_with_rtl_and_greek_pages();
    let guide = ("/mip/el/pillars/health/".to_string(), false);
    for query in ["γιατρο", "ΓΙΑΤΡΟ", "υγεια", "ραντεβου"] {
        let results = lookup(&site, "el", query);
        assert!(results.contains(&guide), "{query}: {results:?}");
    }
    // And the English pages Greek readers are shown come after.
    let results = lookup(&site, "el", "health");
    assert!(results.iter().all(|(_, fallback)| *fallback), "{results:?}");
}

#[test]
fn search_can_be_switched_off() {
    let mut site = SiteTest::from_fixture("site");
    let config = site.read("config.toml");
    site.change_file(
        "config.toml",
        &config.replace(
            "default_locale = \"en\"\n",
            "default_locale = \"en\"\nsearch = false\n",
        ),
    )
    .build();
    assert!(!site.path("public/en/search").exists());
    site.check_file_doesnt_contain("public/en/about/index.html", "/search/");
}

/// Types `query` into the search field of `locale` and waits for results.
async fn search_for(
    client: &fantoccini::Client,
    server: &Server,
    locale: &str,
    query: &str,
) -> Value {
    client
        .goto(&server.url(&format!("/mip/{locale}/search/")))
        .await
        .unwrap();
    css(client, "#search-q")
        .await
        .send_keys(query)
        .await
        .unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#search-results li a"))
        .await
        .unwrap_or_else(|e| panic!("no result for {query} in {locale}: {e}"));
    script(
        client,
        "return [...document.querySelectorAll('#search-results li')].map(li => [li.querySelector('a').getAttribute('href'), li.querySelector('a').textContent, li.querySelector('.search-snippet')?.textContent ?? null, li.querySelector('mark')?.textContent ?? null, li.querySelector('.search-fallback')?.textContent ?? null])",
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn a_mentor_searches_in_arabic_farsi_and_greek_on_a_phone() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = driver.browser(true, &site.path("profile")).await;

    // Arabic, typed with diacritics and tatweel: the health guide among the
    // first results (Arabic workshop sheets about doctors rank with it),
    // with its title and a snippet marking the word.
    let results = search_for(&client, &server, "ar", "طَبـيب").await;
    let found = results.as_array().unwrap();
    let first = found[..3]
        .iter()
        .find(|r| r[0] == "/mip/ar/pillars/health/")
        .unwrap_or_else(|| panic!("the health guide is not in the first three: {results}"));
    assert_eq!(first[1], json!("الصحة"));
    assert!(
        first[2].as_str().is_some_and(|s| s.contains("طبيب")),
        "{first}"
    );
    assert!(
        first[3].as_str().is_some_and(|m| m.contains("طبيب")),
        "{first}"
    );
    assert_eq!(first[4], Value::Null, "an Arabic page is not labelled");
    // A heading's own id (`{#step-by-step}`, written by translations) is
    // not text: no snippet shows it.
    for r in found {
        assert!(!r[2].as_str().unwrap_or("").contains("{#"), "{r}");
    }
    // The query is kept in the address.
    let address = client.current_url().await.unwrap();
    assert!(
        address.query().is_some_and(|q| q.starts_with("q=")),
        "{address}"
    );

    // Farsi, with an Arabic kaf; Greek, without accents.
    let results = search_for(&client, &server, "fa", "پزشك").await;
    assert!(
        results
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r[0] == "/mip/fa/pillars/health/"),
        "{results}"
    );
    let results = search_for(&client, &server, "el", "γιατρο").await;
    assert!(
        results
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r[0] == "/mip/el/pillars/health/"),
        "{results}"
    );

    // An English word on the Urdu site, also right to left, where most pages
    // are still shown in English (Arabic now has its own): pages shown in
    // English, labelled.
    let results = search_for(&client, &server, "ur", "workshop").await;
    let labelled = results
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r[4] != Value::Null)
        .count();
    assert!(labelled > 0, "{results}");
    assert!(
        plain(results[0][4].as_str().unwrap()).contains("English"),
        "{results}"
    );

    // Readable on the phone.
    let fits = script(
        &client,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    assert_eq!(fits, json!(true));
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn without_javascript_the_search_page_points_to_the_lists() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = driver.browser(false, &site.path("profile")).await;
    client.goto(&server.url("/mip/ar/search/")).await.unwrap();
    let body = client
        .find(Locator::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("JavaScript"), "{body}");
    // With scripts off, what <noscript> holds is on the page.
    let lists = client
        .find_all(Locator::Css("noscript a[href$='/workshops/']"))
        .await
        .unwrap();
    assert_eq!(lists.len(), 1);
    assert!(lists[0].is_displayed().await.unwrap());
    client.close().await.unwrap();
}

/// `integra build` keeps each page's terms beside the output, and the next
/// build (another process) takes the terms of unchanged pages from there:
/// the index it writes is the one a clean build writes, after an edit, and
/// when what was kept is damaged.
#[test]
fn terms_kept_between_builds_give_the_index_a_clean_build_gives() {
    let mut site = SiteTest::from_fixture("site");
    let guide = "content/en/pillars/health.md";
    let page = "/mip/en/pillars/health/";
    let same_as_clean = |site: &SiteTest, step: &str| {
        let clean = format!("clean-{step}");
        site.run(&["build", "--clean", "--output", &clean])
            .expect_success();
        let differences =
            crate::incremental::compare(&tree(&site.path("public")), &tree(&site.path(&clean)));
        assert!(differences.is_empty(), "{step}: {differences}");
    };
    site.run(&["build"]).expect_success();
    let kept = site.path(".public.search-terms");
    assert!(kept.join("en.postcard").is_file());

    let text = site.read(guide);
    site.change_file(guide, &format!("{text}\nA wombat visits.\n"));
    site.run(&["build"]).expect_success();
    assert!(addresses(&lookup(&site, "en", "wombat")).contains(&page));
    same_as_clean(&site, "edited");

    for file in std::fs::read_dir(&kept).unwrap() {
        std::fs::write(file.unwrap().path(), b"not terms").unwrap();
    }
    site.replace_in_file(guide, "wombat", "quokka");
    let run = site.run(&["build"]);
    run.expect_success();
    assert!(!run.stderr.contains("search terms"), "{}", run.stderr);
    assert!(addresses(&lookup(&site, "en", "quokka")).contains(&page));
    assert!(lookup(&site, "en", "wombat").is_empty());
    same_as_clean(&site, "damaged");
}
