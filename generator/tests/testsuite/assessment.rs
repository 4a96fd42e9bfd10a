//! The self-assessment as a young person takes it: on a phone-sized window in
//! headless Chromium (driven by ChromeDriver), with and without JavaScript,
//! against the endpoint `integra serve` mounts. The site is the repository's
//! own (`journey::shipped_site`), whose workshops the questionnaire names.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::json;

use crate::browser::Driver;
use crate::html::plain;
use crate::journey::shipped_site;
use crate::prelude::*;
use crate::server::Server;

pub(crate) const PILLARS: [&str; 9] = [
    "education",
    "community",
    "health",
    "communication",
    "career",
    "finance",
    "self-determination",
    "bureaucracy",
    "housing",
];

/// Pillar `i` is answered with `1 + i % 5` everywhere: scores 0, 25, 50, 75,
/// 100, 0, 25, 50, 75.
pub(crate) fn answer_for(i: usize) -> usize {
    1 + i % 5
}

pub(crate) async fn css(client: &Client, selector: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(selector))
        .await
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
}

pub(crate) async fn script(client: &Client, code: &str) -> serde_json::Value {
    client.execute(code, vec![]).await.unwrap()
}

/// Answers every statement one pillar at a time, as on a phone, then sees the
/// results.
pub(crate) async fn take_assessment(client: &Client) {
    for (i, pillar) in PILLARS.iter().enumerate() {
        let label = css(client, ".progress-text").await;
        assert_eq!(
            plain(&label.text().await.unwrap()),
            label_text(client, i).await
        );
        let step = css(client, &format!("#step-{pillar}")).await;
        assert!(step.is_displayed().await.unwrap(), "{pillar} is shown");
        let visible_steps = script(
            client,
            "return [...document.querySelectorAll('fieldset.step')].filter(s => !s.hidden).length",
        )
        .await;
        assert_eq!(visible_steps, json!(1), "one pillar at a time");
        let radios = step
            .find_all(Locator::Css(&format!("input[value=\"{}\"]", answer_for(i))))
            .await
            .unwrap();
        assert!(radios.len() >= 5, "{pillar} has statements");
        for radio in radios {
            // Tap the whole label, as a thumb would.
            radio
                .find(Locator::XPath(".."))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
            assert!(radio.is_selected().await.unwrap());
        }
        if i + 1 < PILLARS.len() {
            css(client, "[data-next]").await.click().await.unwrap();
        } else {
            css(client, "[data-submit]").await.click().await.unwrap();
        }
    }
    css(client, ".results:not([hidden])").await;
}

/// What the progress line should say on step `i`: the page's own
/// (translated) text, with the step's number in the digits of its language.
async fn label_text(client: &Client, i: usize) -> String {
    let found = script(
        client,
        "return [document.documentElement.lang, JSON.parse(document.getElementById('assessment-texts').textContent)['assessment-progress']]",
    )
    .await;
    let zero = match found[0].as_str().unwrap() {
        "ar" => Some('\u{660}'),
        "fa" => Some('\u{6f0}'),
        _ => None,
    };
    let number: String = (i + 1)
        .to_string()
        .chars()
        .map(|d| match zero {
            Some(zero) => char::from_u32(zero as u32 + d.to_digit(10).unwrap()).unwrap(),
            None => d,
        })
        .collect();
    let text = found[1].as_str().unwrap().replace("{n}", &number);
    plain(text.trim())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn a_young_person_takes_the_assessment_on_a_phone_and_sees_results() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = driver.browser(true, &site.path("profile")).await;
    client
        .goto(&server.url("/mip/en/self-assessment/"))
        .await
        .unwrap();

    let first = css(&client, ".progress-text").await;
    assert_eq!(plain(&first.text().await.unwrap()), "Pillar 1 of 9");
    take_assessment(&client).await;

    // The chart lists strengths first.
    let chart = script(
        &client,
        "return [...document.querySelectorAll('.chart li')].map(li => li.dataset.pillar)",
    )
    .await;
    assert_eq!(
        chart,
        json!([
            "career",
            "communication",
            "housing",
            "health",
            "bureaucracy",
            "community",
            "self-determination",
            "education",
            "finance"
        ])
    );
    let career = plain(
        &css(&client, ".chart li[data-pillar=career] .chart-value")
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(career.starts_with("100 out of 100 · Strong"), "{career}");
    let strengths = script(&client, "return [...document.querySelectorAll('.strengths .guide-link')].map(a => a.getAttribute('href'))").await;
    assert_eq!(
        strengths,
        json!([
            "/mip/en/pillars/career/",
            "/mip/en/pillars/communication/",
            "/mip/en/pillars/housing/"
        ])
    );
    // Then at most three pillars to work on, weakest first, each with its
    // guide and the workshops for the statements rated lowest.
    let work_on = script(&client, "return [...document.querySelectorAll('.work-on > li')].map(li => [li.querySelector('.guide-link').getAttribute('href'), li.querySelectorAll('.workshops a').length > 0])").await;
    assert_eq!(work_on[0], json!(["/mip/en/pillars/education/", true]));
    assert_eq!(work_on.as_array().unwrap().len(), 3);

    // Readable on the phone: nothing wider than the screen.
    let overflow = script(
        &client,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    assert_eq!(overflow, json!(true));
    // Nothing kept in the browser.
    let kept = script(
        &client,
        "return [localStorage.length, sessionStorage.length, document.cookie]",
    )
    .await;
    assert_eq!(kept, json!([0, 0, ""]));
    // Every answer is shown.
    let answers = script(
        &client,
        "return document.querySelectorAll('.answer-list dd').length",
    )
    .await;
    assert_eq!(answers, json!(68));

    let screenshot = client.screenshot().await.unwrap();
    std::fs::write(site.path("results.png"), screenshot).unwrap();
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_assessment_works_right_to_left_in_arabic() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = driver.browser(true, &site.path("profile")).await;
    client
        .goto(&server.url("/mip/ar/self-assessment/"))
        .await
        .unwrap();

    let layout = script(&client, "return [document.documentElement.dir, getComputedStyle(document.querySelector('fieldset.step > fieldset > label')).direction]").await;
    assert_eq!(layout, json!(["rtl", "rtl"]));
    take_assessment(&client).await;
    let heading = css(&client, "#results-heading").await.text().await.unwrap();
    assert!(
        heading
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{heading}"
    );
    let guide = script(
        &client,
        "return document.querySelector('.work-on .guide-link').getAttribute('href')",
    )
    .await;
    assert_eq!(guide, json!("/mip/ar/pillars/education/"));
    // Arabic has its own workshop sheets: none is linked in English.
    let arabic_links = script(
        &client,
        "return [document.querySelectorAll('.work-on .workshops a').length,
                 document.querySelectorAll('.work-on .workshops a[lang=en]').length]",
    )
    .await;
    assert!(arabic_links[0].as_u64().unwrap() > 0, "{arabic_links}");
    assert_eq!(arabic_links[1], json!(0), "{arabic_links}");

    // Urdu, also right to left, shows the sheets in English: each link is
    // marked as English, left to right, and says so in Urdu after it.
    client
        .goto(&server.url("/mip/ur/self-assessment/"))
        .await
        .unwrap();
    take_assessment(&client).await;
    let english = script(
        &client,
        "const a = document.querySelector('.work-on .workshops a[lang=en]');
         return a && [a.dir, a.parentNode.textContent.slice(a.textContent.length)]",
    )
    .await;
    let urdu = std::fs::read_to_string(repo_root().join("locales/ur/assessment.ftl")).unwrap();
    let label = urdu
        .lines()
        .find_map(|l| l.strip_prefix("assessment-in-language = "))
        .unwrap()
        .replace("{ $language }", "\u{2068}English\u{2069}");
    assert_eq!(english, json!(["ltr", format!(" ({label})")]));
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn without_javascript_the_form_posts_and_the_endpoint_answers_with_a_page() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = driver.browser(false, &site.path("profile")).await;
    client
        .goto(&server.url("/mip/en/self-assessment/"))
        .await
        .unwrap();

    // Every pillar is on the page at once, and the submit button is there.
    for pillar in PILLARS {
        assert!(css(&client, &format!("#step-{pillar}"))
            .await
            .is_displayed()
            .await
            .unwrap());
    }
    for radio in client
        .find_all(Locator::Css("#step-health input[value=\"2\"]"))
        .await
        .unwrap()
    {
        radio
            .find(Locator::XPath(".."))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    css(&client, "[data-submit]").await.click().await.unwrap();

    for _ in 0..100 {
        if client.current_url().await.unwrap().path() == "/api/assessment" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        client.current_url().await.unwrap().path(),
        "/api/assessment"
    );
    let heading = css(&client, "h1").await;
    assert_eq!(heading.text().await.unwrap(), "Your results");
    let html = client.source().await.unwrap();
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#), "{html}");
    assert!(
        html.contains(r#"<a href="/mip/en/pillars/health/">Health</a>"#),
        "{html}"
    );
    assert!(
        plain(&html).contains("25 out of 100 · Let’s work on this"),
        "{html}"
    );
    client.close().await.unwrap();
}

#[test]
fn serve_mounts_the_same_endpoint_as_the_function() {
    let site = shipped_site();
    let server = Server::start(&site);
    let (status, head, body) = server.post(
        "/api/assessment",
        "application/json",
        format!(r#"{{"version":"{}","answers":{{"health-emergency":5,"health-book-appointment":5,"health-register-doctor":5}}}}"#, mip_version()).as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    assert!(head.contains("cache-control: no-store"), "{head}");
    assert!(!head.contains("set-cookie"), "{head}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        report["pillars"][2],
        json!({"id": "health", "score": 100, "band": "strong", "answered": 3, "items": 8, "lowest": []})
    );

    let (status, _, body) = server.post(
        "/api/assessment",
        "application/json",
        format!(
            r#"{{"version":"{}","answers":{{"nope":1}}}}"#,
            mip_version()
        )
        .as_bytes(),
    );
    assert_eq!(status, 422, "{body}");
    let (status, _, _) = server.post("/api/assessment", "text/plain", b"hello");
    assert_eq!(status, 415);
    let (status, _) = server.get("/api/assessment");
    assert_eq!(status, 405);

    let questionnaire: serde_json::Value =
        serde_json::from_str(&site.read("public/questionnaire.json")).unwrap();
    assert_eq!(questionnaire["version"], json!(mip_version()));
    assert_eq!(questionnaire["pillars"].as_array().unwrap().len(), 9);
    assert_eq!(questionnaire["scale"]["values"], json!([1, 2, 3, 4, 5]));
}

#[test]
fn serve_answers_a_form_post_with_the_projects_own_texts() {
    let mut site = shipped_site();
    site.replace_in_file(
        "locales/en/assessment.ftl",
        "assessment-results-heading = Your results",
        "assessment-results-heading = The fixture's results",
    );
    site.remove_file("locales/ar/assessment.ftl");
    let server = Server::start(&site);
    // Without an Arabic assessment.ftl the texts fall back to English, in an
    // Arabic page.
    let form = format!(
        "version={}&lang=ar&{}=2",
        mip_version(),
        crate::questionnaire::field("health-emergency")
    );
    let (status, head, body) = server.post(
        "/api/assessment",
        "application/x-www-form-urlencoded",
        form.as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#), "{body}");
    assert!(
        body.contains("<h1>The fixture&#39;s results</h1>"),
        "{body}"
    );
    assert!(
        body.contains(r#"<a href="/mip/ar/pillars/health/">Health</a>"#),
        "{body}"
    );
}

/// The questionnaire's version, read from its file as a client would.
pub(crate) fn mip_version() -> String {
    let toml = std::fs::read_to_string(repo_root().join("mip/questionnaire.toml")).unwrap();
    toml.lines()
        .find_map(|l| l.strip_prefix("version = "))
        .unwrap()
        .trim_matches('"')
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_assessment_in_french_uses_the_french_statements_and_scale() {
    let driver = Driver::start();
    let site = shipped_site();
    let french = std::fs::read_to_string(repo_root().join("locales/fr/assessment.ftl")).unwrap();
    let expected = |id: &str| -> String {
        french
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{id} = ")))
            .unwrap_or_else(|| panic!("{id} in fr"))
            .to_string()
    };
    let server = Server::start(&site);
    let client = driver.browser(true, &site.path("profile")).await;
    client
        .goto(&server.url("/mip/fr/self-assessment/"))
        .await
        .unwrap();

    let first = css(&client, "#step-education > fieldset > legend")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(first, expected("q-education-find-course"));
    let scale = css(&client, "#step-education > fieldset > label")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(scale, expected("scale-1"));
    take_assessment(&client).await;
    let heading = css(&client, "#results-heading").await.text().await.unwrap();
    assert_eq!(heading, expected("assessment-results-heading"));
    let guide = script(
        &client,
        "return document.querySelector('.work-on .guide-link').getAttribute('href')",
    )
    .await;
    assert_eq!(guide, json!("/mip/fr/pillars/education/"));
    // French has its own workshop sheets: their links are French, with no
    // language label.
    let links = script(
        &client,
        "const a = [...document.querySelectorAll('.work-on .workshops a')];
         return [a.length, a.filter(x => x.lang).length, a.every(x => x.nextSibling === null)]",
    )
    .await;
    assert!(links[0].as_u64().unwrap() > 0, "{links}");
    assert_eq!(links[1], json!(0), "{links}");
    assert_eq!(links[2], json!(true), "{links}");
    client.close().await.unwrap();
}
