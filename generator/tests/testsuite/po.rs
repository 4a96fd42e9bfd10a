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

#[test]
fn one_changed_english_paragraph_makes_exactly_that_message_fuzzy() {
    let mut site = SiteTest::from_fixture("site");
    site.change_file(
        "content/en/notes.md",
        "+++\ntitle = \"Notes\"\n+++\n\nFirst paragraph.\n\n## Before you start\n\nSecond paragraph, with a [link](@/about.md).\n\n- one\n- two\n\nThird paragraph.\n",
    );
    site.change_file(
        "content/fr/notes.md",
        "+++\ntitle = \"Notes FR\"\n+++\n\nPremier paragraphe.\n\n## Avant de commencer {#before-you-start}\n\nDeuxième paragraphe, avec un [lien](@/about.md).\n\n- un\n- deux\n\nTroisième paragraphe.\n",
    );
    git(&site, &["init", "-q"]);
    git(&site, &["add", "-A"]);
    git(&site, &["commit", "-q", "-m", "notes"]);
    site.run(&["i18n", "mark-translated", "content/fr/notes.md"])
        .expect_success();
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
