//! The questionnaire's links to workshops, as the build checks them and as
//! `questionnaire.json` and the endpoint's own results page show them.

use scraper::Html;
use serde_json::{json, Value};

use crate::prelude::*;
use crate::server::{without_reload_script, Server};

fn version() -> &'static str {
    &mip::Questionnaire::builtin().version
}

#[test]
fn questionnaire_json_lists_the_workshops_of_each_statement() {
    let json: Value = serde_json::from_str(&BUILT.read("public/questionnaire.json")).unwrap();
    assert_eq!(json["version"], json!(version()));
    assert_eq!(json["max_priorities"], json!(3));
    let items: Vec<&Value> = json["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["items"].as_array().unwrap())
        .collect();
    assert_eq!(items.len(), 68);
    let item = |id: &str| *items.iter().find(|i| i["id"] == id).unwrap();
    assert_eq!(
        item("finance-scams")["workshops"],
        json!(["spotting-scams-debt-traps-and-risky-offers"])
    );
    assert_eq!(
        item("health-cook-meal")["workshops"],
        json!(["a-weeks-food-on-my-budget"])
    );
    assert_eq!(
        item("communication-local-language")["workshops"],
        json!([
            "everyday-conversations-role-play",
            "finding-a-language-class"
        ])
    );
    // Every statement has at least one workshop (issue 14).
    assert!(items
        .iter()
        .all(|i| !i["workshops"].as_array().unwrap().is_empty()));
}

#[test]
fn a_statement_naming_a_missing_workshop_fails_the_build_at_its_line() {
    let line = mip::Questionnaire::line_of(
        mip::Questionnaire::builtin()
            .item("health-medicine-label")
            .unwrap(),
    )
    .unwrap();
    let mut site = SiteTest::from_fixture("site");
    site.remove_file("content/en/workshops/reading-a-medicine-label.md")
        .build_fails()
        .check_errors(&[&format!(
            "mip/questionnaire.toml:{line}:1: statement `health-medicine-label` names workshop `reading-a-medicine-label`, which does not exist (help: write content/en/workshops/reading-a-medicine-label.md[..])"
        )]);
}

#[test]
fn every_statement_has_a_workshop_so_the_build_warns_of_none() {
    let without: Vec<_> = mip::Questionnaire::builtin()
        .statements()
        .filter(|s| s.workshops.is_empty())
        .map(|s| s.id.to_string())
        .collect();
    assert!(without.is_empty(), "{without:?}");
    let warnings = BUILT.warnings();
    assert!(
        !warnings.iter().any(|w| w.contains("no workshop yet")),
        "{warnings:?}"
    );
}

/// Every statement answered 1 in health and 5 everywhere else, as the form
/// without JavaScript posts it, in `lang`.
fn form(lang: &str) -> String {
    let q = mip::Questionnaire::builtin();
    let mut pairs = vec![format!("version={}", version()), format!("lang={lang}")];
    for pillar in &q.pillars {
        for item in pillar.items() {
            let value = if pillar.id == mip::PillarId::Health {
                1
            } else {
                5
            };
            pairs.push(format!("{}={value}", field(item.as_str())));
        }
    }
    // One skipped statement, to see it shown as skipped.
    let cv = field("career-cv");
    pairs.retain(|p| *p != format!("{cv}=5"));
    pairs.push(format!("{cv}=skip"));
    pairs.join("&")
}

#[test]
fn the_results_page_without_javascript_has_the_site_menu_every_answer_and_workshops() {
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let (status, _, body) = server.post(
        "/api/assessment",
        "application/x-www-form-urlencoded",
        form("en").as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    // `serve` adds its reload script to every HTML page.
    let page = Html::parse_document(&without_reload_script(&body));

    // The site's header: brand, menu, and a language switcher that posts
    // the same answers again.
    assert_eq!(attr(&page, "header .brand", "href"), "/mip/en/");
    assert_eq!(select(&page, "header nav a").len(), 5);
    assert_eq!(
        attr(&page, "header nav a[href$='/self-assessment/']", "href"),
        "/mip/en/self-assessment/"
    );
    let languages: Vec<String> = select(&page, "form.languages button")
        .iter()
        .map(|b| b.value().attr("value").unwrap().to_string())
        .collect();
    assert_eq!(languages, ["en", "fr", "ar", "pt", "pt-BR"]);
    assert_eq!(
        select(&page, "form.languages input[type=hidden]").len(),
        1 + 67,
        "the version and the 67 answers"
    );

    // Every statement, with its answer or "Skipped".
    let answers = select(&page, ".answers li");
    assert_eq!(answers.len(), 68);
    let skipped: Vec<String> = answers
        .iter()
        .filter(|li| li.text().collect::<String>().ends_with("Skipped"))
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(skipped, ["I can write a CV.Skipped"]);

    // One pillar to work on, with the workshops of its lowest statements.
    let work_on = select(&page, "main > ol > li");
    assert_eq!(work_on.len(), 1);
    let links: Vec<String> = select(&page, "main > ol > li ul a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert!(
        links.contains(&"/mip/en/workshops/reading-a-medicine-label/".to_string()),
        "{links:?}"
    );
    let unique: std::collections::HashSet<&String> = links.iter().collect();
    assert_eq!(unique.len(), links.len(), "each workshop once: {links:?}");

    // No empty heading, and nothing loaded from anywhere.
    for heading in select(&page, "h1, h2, h3") {
        assert!(!heading.text().collect::<String>().trim().is_empty());
    }
    assert!(select(&page, "script, link[rel=stylesheet], img").is_empty());
}

#[test]
fn the_language_switcher_of_the_results_page_labels_workshops_shown_in_english() {
    let site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let (status, _, body) = server.post(
        "/api/assessment",
        "application/x-www-form-urlencoded",
        form("fr").as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    // `serve` adds its reload script to every HTML page.
    let page = Html::parse_document(&without_reload_script(&body));
    assert_eq!(attr(&page, "html", "lang"), "fr");
    assert_eq!(
        attr(&page, "form.languages button[aria-current]", "value"),
        "fr"
    );
    // The fixture's French has no health workshops: they are shown in
    // English, and say so.
    let first = select(&page, "main > ol > li ul li")[0]
        .text()
        .collect::<String>();
    assert!(first.contains("(in \u{2068}English\u{2069})"), "{first}");
    assert_eq!(attr(&page, "main > ol > li ul a", "hreflang"), "en");
}

/// The form's name for statement `id`: `s` and its position, counted from 1
/// across pillars.
pub(crate) fn field(id: &str) -> String {
    let position = mip::Questionnaire::builtin()
        .items()
        .position(|i| i.as_str() == id)
        .unwrap_or_else(|| panic!("{id} is a statement"));
    format!("s{}", position + 1)
}
