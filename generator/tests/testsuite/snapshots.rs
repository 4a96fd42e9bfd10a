//! One page of each kind from the shared build, compared with the
//! snapshots in `generator/tests/snapshots/`. After a deliberate change,
//! review and accept the new output with `cargo insta review` (or run the
//! tests with `INSTA_UPDATE=always`) and commit the `.snap` files.
//!
//! Pages are snapshotted from the inside of `<main>`: the header and footer
//! are the same on every page and would only add noise to a diff. Nothing
//! needs normalising: pages hold no timings or temporary paths, and their
//! lists are in a fixed order. The language chooser is the one whole page,
//! with its asset fingerprints (`?v=…`, hashes of the theme's files) masked
//! so that a CSS change does not touch this snapshot.

use crate::prelude::*;

/// Compares `text` with `generator/tests/snapshots/<name>.snap`.
#[track_caller]
fn check(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo_root().join("generator/tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// `main` of each page kind: (snapshot name, page).
const MAINS: [(&str, &str); 22] = [
    ("home", "public/en/index.html"),
    ("pillars_index", "public/en/pillars/index.html"),
    ("pillar_guide", "public/en/pillars/health/index.html"),
    ("workshops_index", "public/en/workshops/index.html"),
    (
        "workshop_sheet",
        "public/en/workshops/network-map/index.html",
    ),
    ("white_paper_cover", "public/en/white-paper/index.html"),
    ("chapter", "public/en/white-paper/first/index.html"),
    ("self_assessment", "public/en/self-assessment/index.html"),
    (
        "mentor_toolkit",
        "public/en/mentors/how-to-use-mip/index.html",
    ),
    ("plain_page", "public/en/about/index.html"),
    ("fallback_page", "public/ar/about/index.html"),
    ("translated_page", "public/fr/pillars/health/index.html"),
    ("not_found", "public/ar/404.html"),
    ("translation_status", "public/fr/translate/index.html"),
    (
        "workshop_with_handouts",
        "public/en/workshops/first-talk/index.html",
    ),
    ("handouts_index", "public/en/handouts/index.html"),
    ("handout", "public/en/handouts/talk-cards/index.html"),
    ("training_course", "public/en/training/index.html"),
    (
        "training_module",
        "public/en/training/first-module/index.html",
    ),
    ("countries_index", "public/en/countries/index.html"),
    ("country_guide", "public/en/countries/cyprus/index.html"),
    ("easy_read", "public/en/easy-read/housing/index.html"),
];

#[test]
fn every_kind_of_page() {
    for (name, page) in MAINS {
        check(name, &BUILT.main(page));
    }
}

#[test]
fn language_chooser() {
    let page = BUILT.read("public/index.html");
    let fingerprint = regex::Regex::new(r"\?v=[0-9a-f]+").unwrap();
    // The mask would hide a page without fingerprints: insist they are there.
    assert_eq!(fingerprint.find_iter(&page).count(), 4, "{page}");
    check(
        "language_chooser",
        &fingerprint.replace_all(&page, "?v=[hash]"),
    );
}

#[test]
fn sitemap() {
    check("sitemap", &BUILT.read("public/sitemap.xml"));
}
