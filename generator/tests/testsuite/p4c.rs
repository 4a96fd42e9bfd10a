//! P4C, the Platform for Cooperation (issue 12): the directory, its
//! filtered lists, entry pages, the checks on entries, the pillar guides'
//! links and `p4c.json`, on the fixture's three entries.

use serde_json::Value;

use crate::html::hrefs;
use crate::prelude::*;

#[test]
fn the_directory_lists_entries_with_filters_that_link_to_static_lists() {
    let page = BUILT.html("public/en/p4c/index.html");
    let filters = hrefs(&page, "#p4c-filters a");
    for list in [
        "/mip/en/p4c/training/",
        "/mip/en/p4c/legal/",
        "/mip/en/p4c/pillar/career/",
        "/mip/en/p4c/region/IT/",
        "/mip/en/p4c/region/CY/",
        "/mip/en/p4c/language/ar/",
    ] {
        assert!(filters.contains(&list.to_string()), "{list} in {filters:?}");
        let file = format!("public{}index.html", list.trim_start_matches("/mip"));
        assert!(BUILT.path(&file).is_file(), "{file}");
    }
    // Only filters that some entry has.
    assert!(!filters.iter().any(|f| f.ends_with("/p4c/emergency/")));
    let cards = text(&page, ".p4c-entries .card h3");
    assert!(cards.contains("Example Training Centre"), "{cards}");
    assert!(cards.contains("Example Legal Clinic"), "{cards}");
    assert!(cards.contains("Apprenticeship in a bakery"), "{cards}");
    // Cards carry what the script filters on.
    let training = select(&page, ".card[data-region=IT][data-category~=training]");
    assert_eq!(training.len(), 1);
    assert_eq!(training[0].value().attr("data-language"), Some("it en ar "));
    // Only the directory loads the filtering script.
    BUILT.check_file_contains("public/en/p4c/index.html", "p4c.js");
    BUILT.check_file_doesnt_contain("public/en/p4c/legal/index.html", "p4c.js");
}

#[test]
fn a_filtered_list_shows_only_its_entries_and_marks_its_filter() {
    let legal = BUILT.html("public/en/p4c/legal/index.html");
    assert_eq!(text(&legal, "h1"), "Legal advice and rights");
    let cards = text(&legal, ".card h3");
    assert!(cards.contains("Example Legal Clinic"), "{cards}");
    assert!(!cards.contains("Training Centre"), "{cards}");
    assert_eq!(
        attr(&legal, "#p4c-filters a[aria-current=page]", "href"),
        "/mip/en/p4c/legal/"
    );
    let arabic = BUILT.html("public/en/p4c/language/ar/index.html");
    let cards = text(&arabic, ".card h3");
    assert!(cards.contains("Example Training Centre"), "{cards}");
    assert!(!cards.contains("Legal Clinic"), "{cards}");
    // The list of a language is named in that language.
    assert_eq!(attr(&arabic, "h1 span", "lang"), "ar");
}

#[test]
fn an_entry_page_says_whether_a_person_confirmed_it() {
    let unchecked = BUILT.html("public/en/p4c/example-legal-clinic/index.html");
    assert!(text(&unchecked, ".p4c-check.unconfirmed")
        .contains("Not yet confirmed by a partner: check before you refer a young person."));
    let checked = BUILT.html("public/en/p4c/example-training-centre/index.html");
    assert!(select(&checked, ".p4c-check.unconfirmed").is_empty());
    assert!(text(&checked, ".p4c-check").contains("2026-11-01"));
    let facts = text(&checked, ".p4c-facts");
    for fact in [
        "Training",
        "Housing",
        "Italy",
        "Palermo",
        "العربية",
        "A fixture for the tests.",
    ] {
        assert!(facts.contains(fact), "{fact} in {facts}");
    }
    assert!(hrefs(&checked, ".p4c-facts a").contains(&"https://example.org/training/".to_string()));
    // An opportunity links to its organisation and says until when.
    let offer = BUILT.html("public/en/p4c/example-apprenticeship/index.html");
    assert!(
        hrefs(&offer, ".p4c-facts a").contains(&"/mip/en/p4c/example-training-centre/".to_string())
    );
    assert_eq!(attr(&offer, ".p4c-facts time", "datetime"), "2099-12-31");
}

#[test]
fn entries_translate_and_fall_back_like_other_pages() {
    let fr = BUILT.html("public/fr/p4c/example-training-centre/index.html");
    assert_eq!(text(&fr, "h1"), "Centre de formation exemple");
    // The French directory shows the English entries by fallback, labelled.
    let list = BUILT.html("public/fr/p4c/index.html");
    let clinic = select(&list, ".card[lang=en]");
    assert!(clinic.iter().any(|c| c
        .text()
        .collect::<String>()
        .contains("Example Legal Clinic")));
    let ar = BUILT.read("public/ar/p4c/example-legal-clinic/index.html");
    assert!(ar.contains("fallback"), "no fallback notice");
}

#[test]
fn each_pillar_guide_links_to_the_entries_for_its_pillar() {
    let career = BUILT.html("public/en/pillars/career/index.html");
    let links = hrefs(&career, "section.p4c-entries a");
    assert!(
        links.contains(&"/mip/en/p4c/example-training-centre/".to_string()),
        "{links:?}"
    );
    assert!(
        links.contains(&"/mip/en/p4c/example-apprenticeship/".to_string()),
        "{links:?}"
    );
    assert!(
        links.contains(&"/mip/en/p4c/pillar/career/".to_string()),
        "{links:?}"
    );
    assert!(!links.contains(&"/mip/en/p4c/example-legal-clinic/".to_string()));
    // A pillar without entries has no such section.
    let health = BUILT.html("public/en/pillars/health/index.html");
    assert!(select(&health, "section.p4c-entries").is_empty());
}

#[test]
fn entries_are_in_search_and_in_the_offline_pack() {
    BUILT.check_file_contains(
        "public/en/search/docs.json",
        "/mip/en/p4c/example-legal-clinic/",
    );
    let offline = std::fs::read_dir(BUILT.path("public/en"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<String>();
    assert!(
        offline.contains("p4c/example-legal-clinic/"),
        "not in the offline list"
    );
    // The filtered lists are views of the directory, which filters in
    // place offline: the pack leaves them out.
    assert!(!offline.contains("p4c/legal/"), "lists in the offline list");
}

#[test]
fn p4c_json_holds_every_entry_of_every_locale() {
    let data: Value = serde_json::from_str(&BUILT.read("public/p4c.json")).unwrap();
    assert_eq!(data["schema"], 1);
    let en = data["locales"]["en"].as_array().unwrap();
    assert_eq!(en.len(), 3);
    let centre = en
        .iter()
        .find(|e| e["name"] == "example-training-centre")
        .unwrap();
    assert_eq!(centre["kind"], "organisation");
    assert_eq!(
        centre["categories"],
        serde_json::json!(["training", "housing"])
    );
    assert_eq!(centre["pillars"], serde_json::json!(["career", "housing"]));
    assert_eq!(centre["country"], "IT");
    assert_eq!(centre["city"], "Palermo");
    assert_eq!(centre["last_checked"], "2026-11-01");
    assert_eq!(
        centre["permalink"],
        "https://example.org/mip/en/p4c/example-training-centre/"
    );
    assert_eq!(centre["fallback"], false);
    let offer = en
        .iter()
        .find(|e| e["name"] == "example-apprenticeship")
        .unwrap();
    assert_eq!(offer["valid_until"], "2099-12-31");
    assert_eq!(offer["places"], 4);
    assert_eq!(
        offer["organisation"]["url"],
        "/mip/en/p4c/example-training-centre/"
    );
    let fr = data["locales"]["fr"].as_array().unwrap();
    let clinic = fr
        .iter()
        .find(|e| e["name"] == "example-legal-clinic")
        .unwrap();
    assert_eq!(clinic["fallback"], true);
    assert_eq!(clinic["lang"], "en");
}

#[test]
fn an_expired_opportunity_is_left_out_with_a_warning() {
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/en/p4c/example-apprenticeship.md",
        "valid_until = 2099-12-31",
        "valid_until = 2020-01-31",
    )
    .build();
    site.check_errors(&[]);
    assert!(site.warnings().iter().any(|w| w.starts_with(
        "content/en/p4c/example-apprenticeship.md: this opportunity closed on 2020-01-31, so the site leaves it out"
    )), "{:?}", site.warnings());
    assert!(!site.path("public/en/p4c/example-apprenticeship").exists());
    assert!(!site
        .read("public/p4c.json")
        .contains("example-apprenticeship"));
    let page = site.html("public/en/p4c/index.html");
    assert!(text(&page, ".p4c-entries")
        .contains("No opportunities are listed at the moment. The organisations below can tell you what they offer now."));
}

#[test]
fn an_entry_not_confirmed_for_twelve_months_gets_a_warning() {
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/en/p4c/example-training-centre.md",
        "last_checked = 2026-11-01",
        "last_checked = 2024-03-15",
    )
    .build();
    assert!(site.warnings().iter().any(|w| w.starts_with(
        "content/en/p4c/example-training-centre.md: this entry was last confirmed on 2024-03-15, more than 12 months ago"
    )), "{:?}", site.warnings());
    let page = site.html("public/en/p4c/example-training-centre/index.html");
    assert!(text(&page, ".p4c-check").contains("2024-03-15"));
}

#[test]
fn invalid_values_are_errors_at_their_line_and_column() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "categories = [\"legal\"]",
            "categories = [\"lawyers\"]",
            "content/en/p4c/example-legal-clinic.md:5:[..]unknown variant `lawyers`[..]",
        ),
        (
            "languages = [\"el\", \"en\"]",
            "languages = [\"el\", \"english\"]",
            "content/en/p4c/example-legal-clinic.md:8:20: `english` is not a language code integra knows[..]",
        ),
        (
            "region = { country = \"CY\" }",
            "region = { country = \"Cyprus\" }",
            "content/en/p4c/example-legal-clinic.md:7:[..]`Cyprus` is not a country code[..]",
        ),
        (
            "pillars = [\"bureaucracy\"]",
            "pillars = [\"papers\"]",
            "content/en/p4c/example-legal-clinic.md:6:[..]papers[..]",
        ),
        (
            "region = { country = \"CY\" }",
            "region = { country = \"DE\" }",
            "content/en/p4c/example-legal-clinic.md:7:[..]no message `p4c-country-DE` names this country[..]",
        ),
    ];
    for (from, to, error) in cases {
        let mut site = SiteTest::from_fixture("site");
        site.replace_in_file("content/en/p4c/example-legal-clinic.md", from, to)
            .build_fails();
        site.check_errors(&[error, "..."]);
    }
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/en/p4c/example-apprenticeship.md",
        "organisation = \"example-training-centre\"",
        "organisation = \"example-legal-clinc\"",
    )
    .build_fails();
    site.check_errors(&[
        "content/en/p4c/example-apprenticeship.md:5:16: `example-legal-clinc` is not an organisation's entry[..]",
    ]);
    let mut site = SiteTest::from_fixture("site");
    let text = site.read("content/en/p4c/example-legal-clinic.md");
    site.change_file("content/en/p4c/housing.md", &text)
        .build_fails();
    site.check_errors(&[
        "content/en/p4c/housing.md: an entry cannot be called `housing`: /p4c/housing/ is the address of a list[..]",
    ]);
}

#[test]
fn a_translation_keeps_its_sources_facts() {
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/fr/p4c/example-training-centre.md",
        "categories = [\"training\", \"housing\"]",
        "categories = [\"training\"]",
    )
    .build_fails();
    site.check_errors(&[
        "content/fr/p4c/example-training-centre.md: this translation's facts differ from its source[..]",
    ]);
}

// ---- in a phone-sized browser ------------------------------------------

use fantoccini::{Client, Locator};

use crate::assessment::{css, script};
use crate::browser::Driver;
use crate::server::Server;

/// The titles of the cards a reader sees.
async fn visible_cards(client: &Client) -> Vec<String> {
    let found = script(
        client,
        "return [...document.querySelectorAll('.p4c-entries li.card')].filter(c => c.checkVisibility()).map(c => c.querySelector('h3').textContent)",
    )
    .await;
    serde_json::from_value(found).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_directory_filters_in_place_and_keeps_its_filters_in_the_address() {
    let driver = Driver::start();
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let profile = tempfile::tempdir().unwrap();
    let client = driver.browser(true, profile.path()).await;

    // A shared link: what is offered in Italy, for the career pillar.
    client
        .goto(&server.url("/mip/en/p4c/?region=IT&pillar=career"))
        .await
        .unwrap();
    css(&client, "#p4c-filters.p4c-live").await;
    assert_eq!(
        visible_cards(&client).await,
        ["Apprenticeship in a bakery", "Example Training Centre"]
    );
    assert_eq!(
        script(
            &client,
            "return document.querySelector('.p4c-status').textContent"
        )
        .await,
        serde_json::json!("\u{2068}2\u{2069} entries match.")
    );
    // A tap on a filter link filters in place: no new page.
    client
        .find(Locator::Css(
            "#p4c-filters a[data-field=category][data-value=apprenticeship]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(visible_cards(&client).await, ["Apprenticeship in a bakery"]);
    let address = client.current_url().await.unwrap();
    assert_eq!(address.path(), "/mip/en/p4c/");
    let query: Vec<(String, String)> = address.query_pairs().into_owned().collect();
    for pair in [
        ("region", "IT"),
        ("pillar", "career"),
        ("category", "apprenticeship"),
    ] {
        assert!(
            query.contains(&(pair.0.to_string(), pair.1.to_string())),
            "{query:?}"
        );
    }
    // Tapping the chosen region again lifts it; Cyprus then shows the clinic only.
    client
        .find(Locator::Css(
            "#p4c-filters a[data-field=region][data-value=IT]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for (field, value) in [("category", "apprenticeship"), ("pillar", "career")] {
        client
            .find(Locator::Css(&format!(
                "#p4c-filters a[data-field={field}][data-value={value}]"
            )))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    client
        .find(Locator::Css(
            "#p4c-filters a[data-field=region][data-value=CY]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(visible_cards(&client).await, ["Example Legal Clinic"]);
    // With nothing left to show, the opportunities' list hides.
    let hidden = script(
        &client,
        "return document.querySelector('.p4c-entries ul.cards').hidden",
    )
    .await;
    assert_eq!(hidden, serde_json::json!(true));
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn without_javascript_a_filter_link_opens_its_static_list() {
    let driver = Driver::start();
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let profile = tempfile::tempdir().unwrap();
    let client = driver.browser(false, profile.path()).await;
    client.goto(&server.url("/mip/en/p4c/")).await.unwrap();
    assert_eq!(visible_cards(&client).await.len(), 3);
    client
        .find(Locator::Css(
            "#p4c-filters a[data-field=category][data-value=legal]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    css(&client, "#p4c-filters a[aria-current=page]").await;
    assert_eq!(
        client.current_url().await.unwrap().path(),
        "/mip/en/p4c/legal/"
    );
    assert_eq!(visible_cards(&client).await, ["Example Legal Clinic"]);
    client.close().await.unwrap();
}
