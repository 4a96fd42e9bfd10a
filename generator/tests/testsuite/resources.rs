//! Issue 14's page kinds on the fixture: handouts and the workshops that
//! name them, the training course and its modules, country guides with
//! their review status, and easy-read pages with the guides that link them.

use crate::html::{hrefs, plain};
use crate::prelude::*;

#[test]
fn a_workshop_links_its_handouts_and_a_handout_lists_its_workshops() {
    let sheet = BUILT.html("public/en/workshops/first-talk/index.html");
    assert_eq!(
        hrefs(&sheet, ".handout-links a"),
        ["/mip/en/handouts/talk-cards/"]
    );
    let handout = BUILT.html("public/en/handouts/talk-cards/index.html");
    assert_eq!(text(&handout, "h1"), "Talk cards");
    assert_eq!(
        hrefs(&handout, ".handout-used a"),
        ["/mip/en/workshops/first-talk/"]
    );
    assert!(text(&handout, ".handout table").contains("Where do you walk?"));
    // The print button, and the index of handouts.
    assert_eq!(select(&handout, "button[data-print]").len(), 1);
    let index = BUILT.html("public/en/handouts/index.html");
    assert!(text(&index, ".handout-list").contains("Used in: First talk"));
    // A locale that shows the workshop by fallback links its own addresses.
    let french = BUILT.html("public/fr/workshops/first-talk/index.html");
    assert_eq!(
        hrefs(&french, ".handout-links a"),
        ["/mip/fr/handouts/talk-cards/"]
    );
}

#[test]
fn a_workshop_naming_a_missing_handout_fails_at_its_line() {
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/en/workshops/first-talk.md",
        "handouts = [\"talk-cards\"]",
        "handouts = [\"talk-card\"]",
    )
    .build_fails();
    site.check_errors(&[
        "content/en/workshops/first-talk.md:11:13: handout `talk-card` does not exist (help: write content/en/handouts/talk-card.md, or name an existing handout[..])",
    ]);
}

#[test]
fn the_course_lists_its_modules_in_order_and_each_module_links_the_next() {
    let course = BUILT.html("public/en/training/index.html");
    assert_eq!(
        hrefs(&course, ".training-modules h3 a"),
        [
            "/mip/en/training/first-module/",
            "/mip/en/training/second-module/"
        ]
    );
    assert!(plain(&text(&course, ".training-modules")).contains("Module 1 · 60 minutes"));
    let first = BUILT.html("public/en/training/first-module/index.html");
    assert_eq!(
        text(&first, "#outcomes + ul"),
        "By the end, you can say what a mentor does."
    );
    assert!(plain(&text(&first, ".facts")).contains("60 minutes"));
    assert_eq!(
        attr(&first, "a[rel=next]", "href"),
        "/mip/en/training/second-module/"
    );
    assert!(select(&first, "a[rel=prev]").is_empty());
    for id in [
        "why",
        "session-plan",
        "exercises",
        "self-check",
        "after-the-session",
    ] {
        assert_eq!(select(&first, &format!("h2#{id}")).len(), 1, "{id}");
    }
    let second = BUILT.html("public/en/training/second-module/index.html");
    assert_eq!(
        attr(&second, "a[rel=prev]", "href"),
        "/mip/en/training/first-module/"
    );
}

#[test]
fn a_module_out_of_shape_is_an_error_at_its_line() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "duration = 60",
            "duration = 120",
            "content/en/training/first-module.md:5:12: a module's session lasts 120 minutes; it must last between 60 and 90 (help: split a longer session into two modules)",
        ),
        (
            "## Self-check {#self-check}",
            "## Self-check",
            "content/en/training/first-module.md:1:1: a training module has no section `self-check` (help: add a `##` heading marked with its id: `## Self-check {#self-check}`)",
        ),
        (
            "module = 1",
            "module = 2",
            "content/en/training/second-module.md:3:10: module 2 is also content/en/training/first-module.md (help: give each module of the course its own number)",
        ),
        (
            "outcomes = [",
            "goals = [",
            "content/en/training/first-module.md:[..]outcomes[..]",
        ),
    ];
    for (from, to, error) in cases {
        let mut site = SiteTest::from_fixture("site");
        site.replace_in_file("content/en/training/first-module.md", from, to)
            .build_fails();
        site.check_errors(&[error, "..."]);
    }
}

#[test]
fn a_country_guide_shows_when_it_was_written_and_that_its_review_is_pending() {
    let guide = BUILT.html("public/en/countries/cyprus/index.html");
    let notice = plain(&text(&guide, ".country-review.pending"));
    assert!(
        notice.contains("Legal review pending: no local professional has checked this guide yet."),
        "{notice}"
    );
    assert!(notice.contains("2026-12-02"), "{notice}");
    assert!(
        notice.contains("a local lawyer or legal adviser must confirm"),
        "{notice}"
    );
    assert!(text(&guide, ".eyebrow").contains("Cyprus"));
    let index = BUILT.html("public/en/countries/index.html");
    assert!(
        plain(&text(&index, ".card .meta")).contains("Updated 2026-12-02 · Legal review pending")
    );
}

#[test]
fn a_reviewed_guide_says_when_and_a_bad_review_status_is_an_error() {
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/en/countries/cyprus.md",
        "legal_review = \"pending\"",
        "legal_review = \"reviewed\"\nreviewed_on = 2027-01-15",
    )
    .build();
    site.check_errors(&[]);
    let guide = site.html("public/en/countries/cyprus/index.html");
    assert!(select(&guide, ".country-review.pending").is_empty());
    assert!(plain(&text(&guide, ".country-review"))
        .contains("Reviewed by a local professional on 2027-01-15."));

    let cases: &[(&str, &str, &str)] = &[
        (
            "legal_review = \"pending\"",
            "legal_review = \"checked\"",
            "content/en/countries/cyprus.md:6:16: front matter: unknown variant `checked`[..]",
        ),
        (
            "legal_review = \"pending\"",
            "legal_review = \"reviewed\"",
            "content/en/countries/cyprus.md:6:16: a reviewed guide needs `reviewed_on`[..]",
        ),
        (
            "updated = 2026-12-02",
            "updated = 2026-12-02T10:00:00",
            "content/en/countries/cyprus.md:5:11: `updated` must be a date such as 2026-12-02, without a time",
        ),
        (
            "country = \"CY\"",
            "country = \"DE\"",
            "content/en/countries/cyprus.md:4:11: no message `p4c-country-DE` names this country[..]",
        ),
        (
            "## Free legal advice {#free-legal-advice}",
            "## Free legal advice",
            "content/en/countries/cyprus.md:1:1: a country guide has no section `free-legal-advice`[..]",
        ),
    ];
    for (from, to, error) in cases {
        let mut site = SiteTest::from_fixture("site");
        site.replace_in_file("content/en/countries/cyprus.md", from, to)
            .build_fails();
        site.check_errors(&[error, "..."]);
    }
}

#[test]
fn a_pillar_guide_links_its_easy_read_version_which_links_back() {
    let guide = BUILT.html("public/en/pillars/housing/index.html");
    assert_eq!(
        hrefs(&guide, ".easy-read-link a"),
        ["/mip/en/easy-read/housing/"]
    );
    // Only guides that have one.
    let health = BUILT.html("public/en/pillars/health/index.html");
    assert!(select(&health, ".easy-read-link").is_empty());
    let easy = BUILT.html("public/en/easy-read/housing/index.html");
    assert!(hrefs(&easy, ".easy-read a").contains(&"/mip/en/pillars/housing/".to_string()));
    assert!(text(&easy, ".eyebrow").contains("Easy read"));
}

#[test]
fn an_english_easy_read_page_over_300_words_is_an_error() {
    let long = "Short words here. ".repeat(100);
    let mut site = SiteTest::from_fixture("site");
    site.replace_in_file(
        "content/en/easy-read/housing.md",
        "Start looking early.",
        &format!("Start looking early. {long}"),
    )
    .build_fails();
    site.check_errors(&[
        "content/en/easy-read/housing.md: this easy-read page has 317 words; the most is 300 (help: shorten it[..])",
    ]);
    // A translation may take more words for the same sentences.
    let mut site = SiteTest::from_fixture("site");
    let english = site.read("content/en/easy-read/housing.md");
    site.change_file(
        "content/fr/easy-read/housing.md",
        &english.replace("Start looking early.", &format!("Commence tôt. {long}")),
    )
    .build();
    site.check_errors(&[]);
}
