//! Tools for translators, run with the real binary on the fixture site:
//! `check --format json`, `i18n status`, `i18n mark-translated` and
//! `i18n new`; and the translation status pages a build writes.

use std::process::Command;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::prelude::*;

/// A source hash worked out from its definition, the first 12 hex digits
/// of the file's SHA-256, rather than asked of integra.
fn source_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"))
}

/// The problems of `check --format json` that are errors.
fn errors(report: &Value) -> Vec<&Value> {
    report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] == "error")
        .collect()
}

#[test]
fn check_json_lists_each_problem_with_file_and_line() {
    let mut site = SiteTest::from_fixture("site");
    let clean = site.run(&["check", "--format", "json"]);
    assert!(clean.success(), "{}{}", clean.stdout, clean.stderr);
    let report = json(&clean.stdout);
    assert_eq!(report["errors"], 0);
    let warnings = report["warnings"].as_u64().unwrap();
    assert!(warnings >= 1, "{report}");
    assert_eq!(
        report["problems"].as_array().unwrap().len() as u64,
        warnings
    );
    let obsolete = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["message"].as_str().unwrap().contains("only-in-french"))
        .expect("the obsolete message is reported");
    assert_eq!(obsolete["severity"], "warning");
    assert_eq!(obsolete["file"], "locales/fr/main.ftl");
    assert_eq!(obsolete["line"], 7);
    assert_eq!(obsolete["column"], 1);
    assert!(obsolete["hint"].is_string());

    // The text output is unchanged.
    let text_run = site.run(&["check"]);
    assert!(text_run.success());
    assert!(
        text_run
            .stdout
            .contains(&format!("No errors ({warnings} warnings).")),
        "{}",
        text_run.stdout
    );

    // A broken link, found while rendering.
    site.replace_in_file(
        "content/en/privacy.md",
        "We store nothing.",
        "We store nothing.\n\nSee [the policy](@/policy.md).",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert!(!run.success(), "a broken link is an error");
    let report = json(&run.stdout);
    assert_eq!(report["errors"], 1, "{report}");
    let link = errors(&report)[0];
    assert_eq!(link["file"], "content/en/privacy.md");
    assert!(link["line"].as_u64().unwrap() > 3, "{link}");
    assert!(link["column"].is_u64(), "{link}");
    assert!(
        link["message"].as_str().unwrap().contains("@/policy.md"),
        "{link}"
    );
    assert!(link["hint"].is_string(), "{link}");

    // Bad front matter, found while loading (which stops before rendering,
    // so the link is not checked this time).
    site.replace_in_file(
        "content/en/about.md",
        "title = \"About\"",
        "title = \"About\"\nweight = \"first\"",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert!(!run.success());
    let report = json(&run.stdout);
    let front = errors(&report)
        .into_iter()
        .find(|p| p["file"] == "content/en/about.md")
        .unwrap_or_else(|| panic!("no error for about.md: {report}"));
    assert_eq!(front["line"], 3, "{front}");
    assert!(
        front["message"]
            .as_str()
            .unwrap()
            .starts_with("front matter:"),
        "{front}"
    );
    assert_eq!(
        report["errors"].as_u64().unwrap() as usize,
        errors(&report).len()
    );
}

/// The status of `locale` in `i18n status --format json`.
fn locale_status(site: &SiteTest, locale: &str) -> Value {
    let run = site.run(&["i18n", "status", "--format", "json"]);
    assert!(run.success(), "{}", run.stderr);
    let status = json(&run.stdout);
    status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == locale)
        .unwrap_or_else(|| panic!("no {locale} in {status}"))
        .clone()
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn status_reports_messages_pages_drafts_and_obsolete_ids() {
    let mut site = SiteTest::from_fixture("site");
    let run = site.run(&["i18n", "status", "--format", "json"]);
    assert!(run.success(), "{}", run.stderr);
    let status = json(&run.stdout);
    assert_eq!(status["source_locale"], "en");
    let locales: Vec<&str> = status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["locale"].as_str().unwrap())
        .collect();
    assert_eq!(locales, ["fr", "ar", "pt", "pt-BR"], "config order, no en");

    let fr = &status["locales"][0];
    assert_eq!(fr["name"], "Français");
    assert_eq!(fr["dir"], "ltr");
    assert_eq!(strings(&fr["fallback"]), ["en"]);
    let messages = &fr["messages"];
    let total = messages["total"].as_u64().unwrap();
    assert!(total > 100, "{messages}");
    assert_eq!(
        messages["translated"], 3,
        "site-title, fallback-notice, duration-minutes"
    );
    assert_eq!(messages["percent"], 300 / total);
    let missing = strings(&messages["missing"]);
    assert_eq!(missing.len() as u64, total - 3);
    assert!(missing.contains(&"nav-home"));
    assert!(!missing.contains(&"site-title"));
    assert_eq!(strings(&messages["obsolete"]), ["only-in-french"]);

    let content = &fr["content"];
    assert_eq!(content["total"], 78);
    assert_eq!(content["translated"], 4);
    assert_eq!(content["percent"], 400 / 78);
    assert_eq!(
        strings(&content["drafts"]),
        ["_index.md", "workshops/network-map.md"]
    );
    assert_eq!(
        strings(&content["unmarked"]),
        [
            "_index.md",
            "p4c/example-training-centre.md",
            "pillars/health.md",
            "workshops/network-map.md"
        ]
    );
    assert_eq!(content["stale"], Value::Array(vec![]));
    let fallback = content["fallback"].as_array().unwrap();
    assert_eq!(fallback.len(), 74);
    // Per folder: the counts add up to the totals, and a folder tells its own.
    let sections = content["sections"].as_array().unwrap();
    let sum = |key: &str| {
        sections
            .iter()
            .map(|s| s[key].as_u64().unwrap())
            .sum::<u64>()
    };
    assert_eq!(sum("total"), content["total"].as_u64().unwrap());
    assert_eq!(sum("translated"), content["translated"].as_u64().unwrap());
    assert_eq!(sections[0]["section"], "", "top-level pages come first");
    let workshops = sections
        .iter()
        .find(|s| s["section"] == "workshops")
        .unwrap();
    assert_eq!(workshops["translated"], 1, "{workshops}");
    assert!(workshops["total"].as_u64().unwrap() > 1, "{workshops}");
    assert!(fallback
        .iter()
        .any(|p| p["path"] == "about.md" && p["shown_in"] == "en"));

    let pt_br = &status["locales"][3];
    assert_eq!(strings(&pt_br["fallback"]), ["pt", "en"]);
    assert_eq!(pt_br["messages"]["translated"], 0);
    assert_eq!(pt_br["content"]["translated"], 0);
    assert!(pt_br["content"]["fallback"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["path"] == "_index.md" && p["shown_in"] == "pt"));

    // A stale page: marked, then its English source edited.
    let marked = site.run(&["i18n", "mark-translated", "content/fr/pillars/health.md"]);
    assert!(marked.success(), "{}", marked.stderr);
    site.replace_in_file(
        "content/en/pillars/health.md",
        "Text about health.",
        "Text about health, longer now.",
    );
    let fr = locale_status(&site, "fr");
    let stale = fr["content"]["stale"].as_array().unwrap();
    assert_eq!(stale.len(), 1, "{fr}");
    assert_eq!(stale[0]["path"], "pillars/health.md");
    assert_eq!(stale[0]["file"], "content/fr/pillars/health.md");
    assert_eq!(stale[0]["source"], "content/en/pillars/health.md");
    assert_eq!(
        stale[0]["source_hash"],
        source_hash(site.read("content/en/pillars/health.md").as_bytes())
    );
    assert_ne!(stale[0]["translated_from"], stale[0]["source_hash"]);
    assert_eq!(stale[0]["change"], Value::Null, "no git history here");
    assert_eq!(
        stale[0]["summary"],
        "the English source changed since it was translated"
    );

    let run = site.run(&["i18n", "status"]);
    assert!(run.success(), "{}", run.stderr);
    let out = &run.stdout;
    for expected in [
        "fr (Français)",
        "translated     of   done  missing",
        "1 stale, 2 drafts, 3 unmarked",
        "Stale (1): the en source changed",
        "content/fr/pillars/health.md  the English source changed since it was translated",
        "Drafts, for a native speaker to review (2):\n    _index.md  workshops/network-map.md",
        "Obsolete messages, not in en: remove them or fix their ids (1):\n    only-in-french",
        "Not translated, shown in pt (1):\n    _index.md",
        "pt-BR (Português do Brasil)",
        "more (`integra i18n status fr` lists them all)",
        "\n    top level ",
        "\n    workshops ",
    ] {
        assert!(out.contains(expected), "{expected:?} not in:\n{out}");
    }
    let row = out
        .lines()
        .find(|l| l.trim_start().starts_with("interface"))
        .unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells[..5],
        [
            "interface",
            "3",
            &total.to_string(),
            &format!("{}%", 300 / total),
            &(total - 3).to_string()
        ]
    );

    // Naming a locale shows only it, with its lists in full.
    let run = site.run(&["i18n", "status", "fr"]);
    assert!(run.success());
    assert!(!run.stdout.contains("pt-BR"), "{}", run.stdout);
    assert!(run.stdout.contains("workshop-sheet"), "{}", run.stdout);
    assert!(!run.stdout.contains("lists them all"), "{}", run.stdout);

    for (locale, message) in [
        ("en", "`en` is the source locale"),
        ("de", "`de` is not a configured locale"),
    ] {
        let run = site.run(&["i18n", "status", locale]);
        assert!(!run.success());
        assert!(run.stderr.contains(message), "{}", run.stderr);
    }
}

#[test]
fn mark_translated_then_editing_the_source_makes_a_page_stale_until_marked_again() {
    let mut site = SiteTest::from_fixture("site");
    let file = "content/fr/workshops/network-map.md";
    let before = site.read(file);
    let run = site.run(&["i18n", "mark-translated", file]);
    assert!(run.success(), "{}", run.stderr);
    let hash =
        source_hash(&std::fs::read(site.path("content/en/workshops/network-map.md")).unwrap());
    assert_eq!(hash.len(), 12);
    assert_eq!(
        run.stdout.trim(),
        format!("Marked {file} as translated from content/en/workshops/network-map.md ({hash}).")
    );
    // One line added, just before the closing `+++`; nothing else touched.
    let after = site.read(file);
    assert_eq!(
        after,
        before.replacen(
            "translation = \"draft\"\n+++",
            &format!("translation = \"draft\"\ntranslated_from = \"{hash}\"\n+++"),
            1
        )
    );
    let is_stale = |site: &SiteTest| {
        let fr = locale_status(site, "fr");
        assert!(!strings(&fr["content"]["unmarked"]).contains(&"workshops/network-map.md"));
        fr["content"]["stale"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"] == "workshops/network-map.md")
    };
    assert!(!is_stale(&site));
    site.build();

    site.replace_in_file(
        "content/en/workshops/network-map.md",
        "weight = 2",
        "weight = 3",
    );
    assert!(is_stale(&site));

    let again = site.run(&["i18n", "mark-translated", file]);
    assert!(again.success(), "{}", again.stderr);
    let new_hash =
        source_hash(&std::fs::read(site.path("content/en/workshops/network-map.md")).unwrap());
    assert_ne!(new_hash, hash);
    // The line is replaced in place.
    assert_eq!(
        site.read(file),
        after.replace(&hash, &new_hash),
        "only the hash changed"
    );
    assert!(!is_stale(&site));
    let unchanged = site.run(&["i18n", "mark-translated", file]);
    assert!(unchanged.success());
    assert!(
        unchanged.stdout.contains("was already marked"),
        "{}",
        unchanged.stdout
    );

    // Several at once, from another folder with --root.
    let run = Command::new(env!("CARGO_BIN_EXE_integra"))
        .current_dir(site.path("content"))
        .args([
            "--root",
            "..",
            "i18n",
            "mark-translated",
            "fr/_index.md",
            "fr/pillars/health.md",
            "fr/p4c/example-training-centre.md",
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let fr = locale_status(&site, "fr");
    assert_eq!(fr["content"]["unmarked"], Value::Array(vec![]));
}

#[test]
fn mark_translated_refuses_what_is_not_a_translation() {
    let mut site = SiteTest::from_fixture("site");
    site.change_file(
        "content/fr/only-here.md",
        "+++\ntitle = \"Seulement ici\"\n+++\n",
    );
    for (path, message, hint) in [
        (
            "content/en/about.md",
            "this is a page of the source locale (en), not a translation",
            "give the path of a translated page",
        ),
        (
            "content/fr/only-here.md",
            "this page has no source: content/en/only-here.md does not exist",
            "a translation has the same path as its source below content/en/",
        ),
        (
            "content/fr/missing.md",
            "there is no such file",
            "give the path of a translated page",
        ),
        (
            "config.toml",
            "this file is not below",
            "give the path of a translated page",
        ),
    ] {
        let run = site.run(&["i18n", "mark-translated", path]);
        assert!(!run.success(), "{path}");
        assert!(
            run.stderr.contains(&format!("error: {message}")),
            "{path}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(&format!("--> {path}")),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(hint), "{}", run.stderr);
        assert!(run.stderr.contains("1 of 1 file not marked."));
    }
    assert_eq!(
        site.read("content/fr/only-here.md"),
        "+++\ntitle = \"Seulement ici\"\n+++\n"
    );

    // A value that is not a hash is an error with its line.
    site.replace_in_file(
        "content/fr/pillars/health.md",
        "translation = \"reviewed\"",
        "translation = \"reviewed\"\ntranslated_from = \"yesterday\"",
    );
    let run = site.run(&["check"]);
    assert!(!run.success());
    assert!(
        run.stderr
            .contains("translated_from `yesterday` is not a source hash"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/fr/pillars/health.md:4:"),
        "{}",
        run.stderr
    );
    let fixed = site.run(&["i18n", "mark-translated", "content/fr/pillars/health.md"]);
    assert!(fixed.success(), "{}", fixed.stderr);
    site.build();
}

#[test]
fn status_says_how_much_the_source_changed_according_to_git() {
    assert!(
        Command::new("git").arg("--version").output().is_ok(),
        "this test needs git"
    );
    let mut site = SiteTest::from_fixture("site");
    let root = site.root().to_path_buf();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .current_dir(&root)
            .args([
                "-c",
                "user.name=Translator",
                "-c",
                "user.email=t@example.org",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q", "."]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "English and French"]);
    let translated_at = git(&["rev-parse", "--short", "HEAD"]).trim().to_string();
    assert!(site
        .run(&["i18n", "mark-translated", "content/fr/pillars/health.md"])
        .success());
    git(&["commit", "-q", "-a", "-m", "Mark the French health guide"]);
    site.replace_in_file(
        "content/en/pillars/health.md",
        "Text about health.",
        "Text about health, rewritten.\n\nA new paragraph.",
    );
    git(&["commit", "-q", "-a", "-m", "Rewrite the health guide"]);
    site.replace_in_file("content/en/pillars/health.md", "Signs.", "Signs.\n\nMore.");

    let fr = locale_status(&site, "fr");
    let stale = &fr["content"]["stale"][0];
    assert_eq!(stale["path"], "pillars/health.md", "{fr}");
    assert_eq!(stale["change"]["commit"], translated_at.as_str());
    assert_eq!(stale["change"]["lines_added"], 5);
    assert_eq!(stale["change"]["lines_removed"], 1);
    // One paragraph rewritten, two added: three blocks to translate.
    assert_eq!(stale["blocks_changed"], 3);
    assert_eq!(stale["po_file"], "po/fr/pillars/health.po");
    assert_eq!(
        stale["summary"],
        format!("3 blocks changed, +5 \u{2212}1 lines since {translated_at}")
    );
    let run = site.run(&["i18n", "status", "fr"]);
    assert!(
        run.stdout.contains(&format!(
            "content/fr/pillars/health.md  3 blocks changed, +5 \u{2212}1 lines since {translated_at}"
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("English: content/en/pillars/health.md; PO file: po/fr/pillars/health.po"),
        "{}",
        run.stdout
    );
    // The French status page says it too, with links to the English page
    // and, with `source_url` set, to the PO file.
    let config = site.read("config.toml");
    site.change_file(
        "config.toml",
        &config.replacen(
            "default_locale = \"en\"",
            "default_locale = \"en\"\nsource_url = \"https://example.org/repo/blob/main/\"",
            1,
        ),
    );
    site.run(&["build"]).expect_success();
    let page = site.html("public/fr/translate/index.html");
    let stale = crate::html::plain(&text(&page, "#stale + ul li"));
    // (The fixture's French has no such message: it falls back to English.)
    assert!(stale.contains("3 blocks changed"), "{stale}");
    let links: Vec<String> = select(&page, "#stale + ul li a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert!(
        links.contains(&"/mip/en/pillars/health/".to_string()),
        "{links:?}"
    );
    assert!(
        links.contains(&"https://example.org/repo/blob/main/po/fr/pillars/health.po".to_string()),
        "{links:?}"
    );

    // A translation made from an older English version is marked as of
    // that version, and is stale at once by what changed since.
    site.replace_in_file("content/en/_index.md", "Welcome.", "Welcome, everyone.");
    git(&["commit", "-q", "-a", "-m", "Edit the English home page"]);
    let unknown = site.run(&[
        "i18n",
        "mark-translated",
        "--as-of",
        "no-such-revision",
        "content/fr/_index.md",
    ]);
    assert!(!unknown.success());
    assert!(
        unknown
            .stderr
            .contains("git has no content/en/_index.md at `no-such-revision`"),
        "{}",
        unknown.stderr
    );
    let marked = site.run(&[
        "i18n",
        "mark-translated",
        "--as-of",
        &translated_at,
        "content/fr/_index.md",
    ]);
    assert!(marked.success(), "{}", marked.stderr);
    let fr = locale_status(&site, "fr");
    let about = fr["content"]["stale"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"] == "_index.md")
        .unwrap_or_else(|| panic!("_index.md is not stale: {fr}"));
    assert_eq!(about["blocks_changed"], 1, "{about}");
}

#[test]
fn a_new_locale_builds_at_once_falling_back_to_english() {
    let mut site = SiteTest::from_fixture("site");
    let config_before = site.read("config.toml");
    site.change_file(
        "l10n.toml",
        "basepath = \".\"\n\nlocales = [\n    \"fr\",\n    \"it\",\n]\n",
    );
    let run = site.run(&["i18n", "new", "de", "--name", "Deutsch"]);
    assert!(run.success(), "{}{}", run.stdout, run.stderr);
    for expected in [
        "Added locale de to config.toml.",
        "Created locales/de/main.ftl with",
        "Created locales/de/assessment.ftl with",
        "Created content/de/",
        "locales/de/main.ftl first",
        "cargo run --release -- serve",
        "http://127.0.0.1:8000/mip/de/",
        "translation = \"draft\"",
        "integra i18n mark-translated content/de/",
        "integra i18n status de",
        "integra i18n export de",
        "Added de to the locales of l10n.toml",
    ] {
        assert!(
            run.stdout.contains(expected),
            "{expected:?} not in\n{}",
            run.stdout
        );
    }

    // config.toml: the same text, comments and all, then the new entry.
    let config = site.read("config.toml");
    assert_eq!(
        config,
        format!("{config_before}\n[[locales]]\ncode = \"de\"\nname = \"Deutsch\"\n")
    );

    // l10n.toml lists it, in order, so that compare-locales checks it.
    assert_eq!(
        site.read("l10n.toml"),
        "basepath = \".\"\n\nlocales = [\n    \"de\",\n    \"fr\",\n    \"it\",\n]\n"
    );

    // Every English message, still in English, under `# TODO translate`.
    for file in ["main.ftl", "assessment.ftl"] {
        let english = site.read(&format!("locales/en/{file}"));
        let copy = site.read(&format!("locales/de/{file}"));
        let mut messages = 0;
        let lines: Vec<&str> = copy.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let is_message = line.split_once(" =").is_some_and(|(id, _)| {
                !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
            if is_message {
                messages += 1;
                assert_eq!(lines[i - 1], "# TODO translate", "{file}: {line}");
                assert!(english.contains(&format!("{line}\n")), "{file}: {line}");
            }
        }
        assert!(messages > 10, "{file}");
    }
    assert!(site.path("content/de/.gitkeep").is_file());

    let build = site.run(&["build"]);
    build.expect_success();
    assert!(build.stdout.contains("de 78"), "{}", build.stdout);
    assert!(!build.stderr.contains("locales/de"), "{}", build.stderr);
    let home = site.html("public/de/index.html");
    assert_eq!(attr(&home, "html", "lang"), "de");
    let health = site.html("public/de/pillars/health/index.html");
    assert_eq!(attr(&health, "html", "lang"), "de");
    assert!(text(&health, "h1").contains("Guide health"));
    assert_eq!(text(&health, ".skip-link"), "Skip to content");

    let de = locale_status(&site, "de");
    assert_eq!(de["content"]["translated"], 0);
    assert_eq!(de["content"]["fallback"].as_array().unwrap().len(), 78);
    assert_eq!(de["messages"]["translated"], 0);
    assert_eq!(
        de["messages"]["missing"].as_array().unwrap().len() as u64,
        de["messages"]["total"].as_u64().unwrap()
    );
    assert_eq!(de["messages"]["obsolete"], Value::Array(vec![]));

    // A message counts once its text changes, even with the mark still
    // there, or once the mark is gone.
    site.replace_in_file(
        "locales/de/main.ftl",
        "site-title = INTEGRA Mentoring",
        "site-title = INTEGRA Mentoring auf Deutsch",
    );
    site.replace_in_file(
        "locales/de/main.ftl",
        "# TODO translate\nnav-home = Home",
        "nav-home = Home",
    );
    let de = locale_status(&site, "de");
    assert_eq!(de["messages"]["translated"], 2, "{}", de["messages"]);

    // Refusals change nothing.
    let config = site.read("config.toml");
    for (args, message) in [
        (
            vec!["i18n", "new", "de", "--name", "Deutsch"],
            "locale `de` is already configured",
        ),
        (
            vec!["i18n", "new", "fr", "--name", "Français"],
            "locale `fr` is already configured",
        ),
        (
            vec!["i18n", "new", "pt_BR", "--name", "Português"],
            "`pt_BR` is not written in canonical form; write `pt-BR`",
        ),
        (
            vec!["i18n", "new", "es", "--name", "Español", "--fallback", "it"],
            "--fallback `it` is not a configured locale",
        ),
    ] {
        let run = site.run(&args);
        assert!(!run.success(), "{args:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
    assert_eq!(site.read("config.toml"), config);
    assert!(!site.path("locales/es").exists());

    // Right to left by default for a right-to-left language, with a fallback.
    let run = site.run(&["i18n", "new", "fa", "--name", "فارسی", "--fallback", "ar"]);
    assert!(run.success(), "{}", run.stderr);
    assert!(
        run.stdout.contains("written right to left"),
        "{}",
        run.stdout
    );
    assert!(site.read("config.toml").ends_with(
        "[[locales]]\ncode = \"fa\"\nname = \"فارسی\"\ndir = \"rtl\"\nfallback = [\"ar\"]\n"
    ));
    site.build();
    let fa = site.html("public/fa/index.html");
    assert_eq!(attr(&fa, "html", "dir"), "rtl");
}

#[test]
fn the_site_has_a_translation_status_page_per_locale() {
    let site = &*BUILT;
    let fr = site.html("public/fr/translate/index.html");
    assert_eq!(attr(&fr, "html", "lang"), "fr");
    // What French lacks, linked to the page as French readers see it now.
    let missing: Vec<String> = select(&fr, "#missing ~ ul li a")
        .iter()
        .take(1)
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(missing, ["/mip/fr/about/"]);
    let drafts = text(&fr, "#drafts + ul a");
    assert!(drafts.contains("Accueil du site"), "{drafts}");
    // The overview lists every locale with its progress.
    let rows = select(&fr, ".translate-table tbody tr");
    assert_eq!(rows.len(), 5);
    let overview = text(&fr, ".translate-table tbody");
    assert!(
        overview.contains("Français") && overview.contains("%"),
        "{overview}"
    );
    // The source locale's page says it is the source, and every page links here.
    let en = site.read("public/en/translate/index.html");
    assert!(
        en.contains("is the language the other translations start from"),
        "{en}"
    );
    assert!(site
        .read("public/ar/about/index.html")
        .contains(r#"href="/mip/ar/translate/""#));
}

#[test]
fn l10n_toml_lists_every_locale_that_config_toml_translates_into() {
    let root = crate::site_test::repo_root();
    let read = |file: &str| -> toml::Table {
        std::fs::read_to_string(root.join(file))
            .unwrap()
            .parse()
            .unwrap()
    };
    let config = read("config.toml");
    let default = config["default_locale"].as_str().unwrap();
    let mut configured: Vec<&str> = config["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .filter(|code| *code != default)
        .collect();
    configured.sort_unstable();
    let l10n = read("l10n.toml");
    let mut listed: Vec<&str> = l10n["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    listed.sort_unstable();
    assert_eq!(
        listed, configured,
        "add each locale of config.toml to `locales` in l10n.toml, for Pontoon and compare-locales"
    );
    let paths = l10n["paths"].as_array().unwrap();
    let pairs: Vec<(&str, &str)> = paths
        .iter()
        .map(|p| {
            (
                p["reference"].as_str().unwrap(),
                p["l10n"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(pairs.contains(&("locales/en/*.ftl", "locales/{locale}/*.ftl")));
    assert!(pairs.contains(&("po/templates/**/*.pot", "po/{locale}/**/*.po")));
}
