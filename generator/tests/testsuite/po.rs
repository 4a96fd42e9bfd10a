//! Content as gettext PO files (issue 13): `integra i18n export`, run as a
//! translator runs it, on the fixture and on a fixture under git.

use std::process::Command;

use crate::prelude::*;

/// Runs git in the site's folder, which must succeed.
fn git(site: &SiteTest, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(site.root())
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The messages of a PO file as (context, msgid, msgstr, fuzzy, previous
/// msgid), read the simple way: every field on one line, as integra writes
/// those without line breaks.
fn messages(po: &str) -> Vec<(String, String, String, bool, Option<String>)> {
    let unquote = |line: &str, key: &str| -> Option<String> {
        let rest = line.strip_prefix(key)?.trim();
        serde_json::from_str::<String>(rest).ok()
    };
    let mut found = Vec::new();
    for entry in po.split("\n\n").skip(1) {
        let mut m = (String::new(), String::new(), String::new(), false, None);
        for line in entry.lines() {
            if line == "#, fuzzy" {
                m.3 = true;
            } else if let Some(v) = unquote(line, "#| msgid ") {
                m.4 = Some(v);
            } else if let Some(v) = unquote(line, "msgctxt ") {
                m.0 = v;
            } else if let Some(v) = unquote(line, "msgid ") {
                m.1 = v;
            } else if let Some(v) = unquote(line, "msgstr ") {
                m.2 = v;
            }
        }
        found.push(m);
    }
    found
}

#[test]
fn export_writes_a_po_file_per_page_with_translations_filled_in() {
    let site = SiteTest::from_fixture("site");
    let run = site.run(&["i18n", "export", "fr"]);
    run.expect_success();
    assert!(run.stdout.starts_with("Wrote "), "{}", run.stdout);
    let health = site.read("po/fr/pillars/health.po");
    assert!(health.contains("\"Language: fr\\n\""));
    assert!(health.contains("\"X-Integra-Source: content/en/pillars/health.md\\n\""));
    assert!(health.contains("#: content/en/pillars/health.md:2\nmsgctxt \"front/title\""));
    let all = messages(&health);
    // The fixture's French guide has fewer sections than the English one:
    // its blocks cannot be paired, and the export says so rather than
    // pair the wrong ones.
    assert!(
        run.stderr.contains(
            "warning: this translation's blocks do not line up with its English page's, so its PO file starts empty\n  --> content/fr/pillars/health.md"
        ),
        "{}",
        run.stderr
    );
    assert!(all.iter().all(|m| m.2.is_empty()), "{all:?}");
    // Every English page has a file and a template; a page not translated
    // has its messages to do.
    let about = messages(&site.read("po/fr/about.po"));
    assert!(!about.is_empty());
    assert!(about.iter().all(|m| m.2.is_empty()), "{about:?}");
    let template = messages(&site.read("po/templates/pillars/health.pot"));
    assert_eq!(template.len(), all.len());
    assert!(template.iter().all(|m| m.2.is_empty()));
    // Contexts are unique in a file.
    let mut contexts: Vec<&str> = all.iter().map(|m| m.0.as_str()).collect();
    contexts.sort();
    contexts.dedup();
    assert_eq!(contexts.len(), all.len());
}

const NOTES_EN: &str = "+++\ntitle = \"Notes\"\n+++\n\nFirst paragraph.\n\n## Before you start\n\nSecond paragraph, with a [link](@/about.md).\n\n- one\n- two\n\nThird paragraph.\n";
const NOTES_FR: &str = "+++\ntitle = \"Notes FR\"\n+++\n\nPremier paragraphe.\n\n## Avant de commencer {#before-you-start}\n\nDeuxième paragraphe, avec un [lien](@/about.md).\n\n- un\n- deux\n\nTroisième paragraphe.\n";

/// The fixture with an English page and its French translation, which
/// keeps the English structure.
fn site_with_notes() -> SiteTest {
    let mut site = SiteTest::from_fixture("site");
    site.change_file("content/en/notes.md", NOTES_EN);
    site.change_file("content/fr/notes.md", NOTES_FR);
    site
}

/// [`site_with_notes`] in a git repository, with the French notes marked as
/// translated from the English committed there.
fn site_with_marked_notes() -> SiteTest {
    let site = site_with_notes();
    git(&site, &["init", "-q"]);
    git(&site, &["add", "-A"]);
    git(&site, &["commit", "-q", "-m", "notes"]);
    site.run(&["i18n", "mark-translated", "content/fr/notes.md"])
        .expect_success();
    site
}

#[test]
fn one_changed_english_paragraph_makes_exactly_that_message_fuzzy() {
    let mut site = site_with_marked_notes();
    site.replace_in_file(
        "content/en/notes.md",
        "Second paragraph, with",
        "Second paragraph, now longer, with",
    );
    let run = site.run(&["i18n", "export", "fr"]);
    run.expect_success();
    assert!(run.stdout.contains(" 1 fuzzy"), "{}", run.stdout);
    let notes = messages(&site.read("po/fr/notes.po"));
    let fuzzy: Vec<_> = notes.iter().filter(|m| m.3).collect();
    assert_eq!(fuzzy.len(), 1, "{notes:?}");
    let (context, msgid, msgstr, _, previous) = fuzzy[0];
    assert_eq!(context, "before-you-start/p1");
    assert_eq!(
        msgid,
        "Second paragraph, now longer, with a [link](@/about.md)."
    );
    assert_eq!(msgstr, "Deuxième paragraphe, avec un [lien](@/about.md).");
    assert_eq!(
        previous.as_deref(),
        Some("Second paragraph, with a [link](@/about.md).")
    );
    // The others keep their translation, not fuzzy.
    let third = notes.iter().find(|m| m.1 == "Third paragraph.").unwrap();
    assert_eq!(
        (third.2.as_str(), third.3),
        ("Troisième paragraphe.", false)
    );
    let item = notes.iter().find(|m| m.1 == "two").unwrap();
    assert_eq!(item.2, "deux");
}

#[test]
fn export_refuses_a_locale_it_cannot_translate_into() {
    let site = SiteTest::from_fixture("site");
    for code in ["en", "xx"] {
        let run = site.run(&["i18n", "export", code]);
        run.expect_failure();
        assert!(
            run.stderr
                .contains(&format!("`{code}` is not a locale to translate into"))
                && run.stderr.contains("fr, ar, pt, pt-BR"),
            "{}",
            run.stderr
        );
    }
    assert!(!site.path("po").exists());
}

#[test]
#[ignore = "needs GNU gettext's msgfmt; .ci/run runs it"]
fn msgfmt_accepts_every_exported_file() {
    crate::browser::require("msgfmt", "--version", "gettext");
    let site = SiteTest::from_fixture("site");
    site.run(&["i18n", "export", "ar"]).expect_success();
    site.run(&["i18n", "export", "fr"]).expect_success();
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(site.path("po")) {
        let entry = entry.unwrap();
        let path = entry.path();
        if !path.extension().is_some_and(|e| e == "po" || e == "pot") {
            continue;
        }
        let out = Command::new("msgfmt")
            .args(["--check", "-o", "/dev/null"])
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "msgfmt --check {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        checked += 1;
    }
    assert!(checked > 100, "only {checked} files");
}

// ---- import ---------------------------------------------------------------

/// Replaces the msgstr of the message with context `context` in a PO file.
fn translate(site: &mut SiteTest, po: &str, context: &str, msgstr: &str) {
    let text = site.read(po);
    let at = text
        .find(&format!("msgctxt \"{context}\"\n"))
        .unwrap_or_else(|| panic!("no {context} in {po}"));
    let start = at + text[at..].find("msgstr ").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let quoted = serde_json::to_string(msgstr).unwrap();
    let edited = format!("{}msgstr {quoted}{}", &text[..start], &text[end..]);
    site.change_file(po, &edited);
}

#[test]
fn export_then_import_round_trips_and_the_second_import_changes_nothing() {
    let site = site_with_notes();
    site.run(&["i18n", "export", "fr"]).expect_success();
    let first = site.run(&["i18n", "import", "fr", "po/fr"]);
    first.expect_success();
    let page = site.read("content/fr/notes.md");
    // Made from the English page: its structure and links, the English
    // anchor on each heading, the French text, marked as a draft of the
    // English version exported.
    assert!(page.contains("title = \"Notes FR\""), "{page}");
    assert!(
        page.contains("## Avant de commencer {#before-you-start}"),
        "{page}"
    );
    assert!(
        page.contains("Deuxième paragraphe, avec un [lien](@/about.md)."),
        "{page}"
    );
    assert!(page.contains("- deux\n"), "{page}");
    assert!(page.contains("translation = \"draft\""), "{page}");
    let hash = site.run(&["i18n", "status", "fr", "--format", "json"]);
    assert!(
        !hash.stdout.contains("notes.md\",\n          \"file"),
        "not stale"
    );
    // Again: nothing changes.
    let before = crate::site_test::tree(&site.path("content"));
    site.run(&["i18n", "export", "fr"]).expect_success();
    let second = site.run(&["i18n", "import", "fr", "po/fr"]);
    second.expect_success();
    assert!(
        second.stdout.starts_with("Wrote 0 pages of fr"),
        "{}",
        second.stdout
    );
    assert_eq!(crate::site_test::tree(&site.path("content")), before);
    site.run(&["build"]).expect_success();
}

#[test]
fn a_page_translated_only_in_a_po_editor_is_built() {
    let mut site = SiteTest::from_fixture("site");
    assert!(!site.path("content/fr/pillars/housing.md").exists());
    site.run(&["i18n", "export", "fr"]).expect_success();
    let po = "po/fr/pillars/housing.po";
    translate(&mut site, po, "front/title", "Logement");
    let context = site
        .read(po)
        .lines()
        .find_map(|l| {
            l.strip_prefix("msgctxt \"h/")
                .map(|c| c.trim_end_matches('"').to_string())
        })
        .expect("the housing guide has a heading");
    translate(&mut site, po, &format!("h/{context}"), "Une section");
    let run = site.run(&["i18n", "import", "fr", "po/fr"]);
    run.expect_success();
    let page = site.read("content/fr/pillars/housing.md");
    assert!(
        page.contains(&format!("## Une section {{#{context}}}")),
        "{page}"
    );
    assert!(page.contains("translation = \"draft\""), "{page}");
    site.run(&["build"]).expect_success();
    let built = site.html("public/fr/pillars/housing/index.html");
    assert_eq!(text(&built, "h1"), "Logement");
    assert_eq!(
        text(&built, &format!("h2[id=\"{context}\"]")),
        "Une section"
    );
}

#[test]
fn mistakes_in_po_files_are_errors_at_their_line_and_nothing_is_written() {
    type Break = fn(&mut SiteTest);
    // What breaks, how, the error and where it points.
    let cases: Vec<(&str, Break, &str, &str)> = vec![
        (
            "a malformed file",
            |s| {
                let text = s.read("po/fr/notes.po").replacen(
                    "msgstr \"Notes FR\"",
                    "msgstr \"Notes FR",
                    1,
                );
                s.change_file("po/fr/notes.po", &text);
            },
            "error: not a valid PO file: a string must be in double quotes, on one line",
            "po/fr/notes.po:19:1",
        ),
        (
            "a file for another page",
            |s| {
                let text = s.read("po/fr/notes.po");
                s.change_file("po/fr/privacy.po", &text);
            },
            "error: this PO file is for content/en/notes.md, not for content/en/privacy.md",
            "po/fr/privacy.po:1:1",
        ),
        (
            "a msgstr that drops a link",
            |s| {
                translate(
                    s,
                    "po/fr/notes.po",
                    "before-you-start/p1",
                    "Deuxième paragraphe, sans lien.",
                )
            },
            "error: this translation does not keep the links of the English (@/about.md)",
            "po/fr/notes.po:34:1",
        ),
        (
            "broken Markdown in a msgstr",
            |s| {
                translate(
                    s,
                    "po/fr/notes.po",
                    "top/p1",
                    "Premier.\n\n## Un titre de trop",
                )
            },
            "error: this translation breaks the page's Markdown",
            "po/fr/notes.po:",
        ),
    ];
    for (what, break_it, error, location) in cases {
        let mut site = site_with_notes();
        site.run(&["i18n", "export", "fr"]).expect_success();
        // A good edit in another file, which must not be written either.
        translate(&mut site, "po/fr/about.po", "front/title", "À propos");
        break_it(&mut site);
        let before = crate::site_test::tree(&site.path("content"));
        let run = site.run(&["i18n", "import", "fr", "po/fr"]);
        run.expect_failure();
        let at = run.stderr.find(error);
        assert!(at.is_some(), "{what}: {error:?} not in\n{}", run.stderr);
        let after = &run.stderr[at.unwrap()..];
        assert!(
            after
                .lines()
                .nth(1)
                .is_some_and(|l| l.contains(&format!("--> ./{location}"))),
            "{what}: not at {location}:\n{}",
            run.stderr
        );
        assert!(run.stderr.contains("No page was written."), "{what}");
        assert_eq!(
            crate::site_test::tree(&site.path("content")),
            before,
            "{what}: content changed"
        );
    }
}

#[test]
fn a_fuzzy_message_keeps_its_translation_and_is_counted() {
    let mut site = site_with_marked_notes();
    let marked = site.read("content/fr/notes.md");
    let old_hash = marked
        .lines()
        .find_map(|l| l.strip_prefix("translated_from = "))
        .unwrap()
        .to_string();
    site.replace_in_file(
        "content/en/notes.md",
        "Third paragraph.",
        "Third paragraph, changed.",
    );
    site.run(&["i18n", "export", "fr"]).expect_success();
    let run = site.run(&["i18n", "import", "fr", "po/fr"]);
    run.expect_success();
    assert!(run.stdout.contains("1 fuzzy kept"), "{}", run.stdout);
    let page = site.read("content/fr/notes.md");
    assert!(page.contains("Troisième paragraphe."), "{page}");
    // Still the version it was translated from: the page stays stale.
    assert!(
        page.contains(&format!("translated_from = {old_hash}")),
        "{page}"
    );
}

// ---- pseudo-locales ---------------------------------------------------------

#[test]
fn build_pseudo_adds_an_accented_and_a_mirrored_locale_and_a_plain_build_removes_them() {
    let site = SiteTest::from_fixture("site");
    let run = site.run(&["build", "--pseudo"]);
    run.expect_success();
    assert!(
        run.stdout.contains("ar-XB ") && run.stdout.contains("en-XA "),
        "{}",
        run.stdout
    );
    // en-XA: every page, accented, bracketed and longer; anchors and links
    // as in English, so that they still lead somewhere.
    let guide = site.html("public/en-XA/pillars/health/index.html");
    assert_eq!(attr(&guide, "html", "lang"), "en-XA");
    assert_eq!(attr(&guide, "html", "dir"), "ltr");
    let title = text(&guide, "h1");
    assert!(
        title.starts_with("[Ĝûîðé ĥéáļţĥ") && title.ends_with(']'),
        "{title}"
    );
    assert!(title.chars().count() > "Guide health".len(), "{title}");
    assert_eq!(select(&guide, "h2#for-mentors").len(), 1);
    // The interface too, placeables kept.
    let nav = text(&guide, "nav.site-nav");
    assert!(nav.contains("[Ŵöŕķšĥöþš"), "{nav}");
    // ar-XB: right to left, the English words mirrored.
    let home = site.html("public/ar-XB/index.html");
    assert_eq!(attr(&home, "html", "dir"), "rtl");
    assert!(
        text(&home, "h1").contains('\u{202E}'),
        "{}",
        text(&home, "h1")
    );
    // No fallback notice: every page has its pseudo version.
    assert!(select(&guide, ".notice-fallback").is_empty());

    site.run(&["build"]).expect_success();
    assert!(!site.path("public/en-XA").exists());
    assert!(!site.path("public/ar-XB").exists());
    assert!(
        !site.path("content/en-XA").exists(),
        "nothing written in the project"
    );
    assert!(
        !site.path("locales/en-XA").exists(),
        "nothing written in the project"
    );
}

#[test]
fn serve_pseudo_serves_the_pseudo_locales() {
    let site = SiteTest::from_fixture("site");
    let server = crate::server::Server::start_with(&site, &["--pseudo"]);
    let (status, body) = server.get("/mip/en-XA/pillars/health/");
    assert_eq!(status, 200);
    assert!(body.contains("[Ĝûîðé ĥéáļţĥ"), "{body}");
    let (status, _) = server.get("/mip/ar-XB/");
    assert_eq!(status, 200);
}
