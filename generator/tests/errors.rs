//! Broken input of each kind: a clear error naming file and line, a failed
//! exit code, and the previous site left exactly as it was.

mod common;

use common::Fixture;

/// Builds a good site, breaks it with `breakage`, builds again, and checks
/// that the second build failed without touching the first one's output.
fn fails_keeping_previous_site(breakage: impl FnOnce(&Fixture)) -> String {
    let site = Fixture::new();
    site.build();
    let before = common::tree(&site.path("public"));
    breakage(&site);
    let run = site.run(&["build"]);
    assert!(
        !run.success,
        "the build should fail:\n{}{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stderr.contains("public was left as it was"),
        "{}",
        run.stderr
    );
    assert_eq!(
        common::tree(&site.path("public")),
        before,
        "public/ changed"
    );
    let check = site.run(&["check"]);
    assert!(!check.success, "check agrees with build");
    run.stderr
}

#[test]
fn malformed_front_matter_names_file_and_line() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "content/en/privacy.md",
            "description = \"No cookies.\"",
            "description = No cookies.",
        );
    });
    assert!(stderr.contains("error: front matter:"), "{stderr}");
    assert!(stderr.contains("content/en/privacy.md:3:"), "{stderr}");
}

#[test]
fn unclosed_front_matter_and_unknown_keys_are_errors() {
    let stderr = fails_keeping_previous_site(|site| {
        site.write(
            "content/en/privacy.md",
            "+++\ntitle = \"Privacy\"\n\nNo closing line.\n",
        );
        site.edit(
            "content/en/about.md",
            "title = \"About\"",
            "title = \"About\"\nauthor = \"me\"",
        );
    });
    assert!(
        stderr.contains("the front matter is not closed"),
        "{stderr}"
    );
    assert!(stderr.contains("content/en/privacy.md:1:1"), "{stderr}");
    assert!(stderr.contains("unknown field `author`"), "{stderr}");
    assert!(stderr.contains("content/en/about.md:3:"), "{stderr}");
    assert!(stderr.contains("Build failed with 2 errors"), "{stderr}");
}

#[test]
fn a_workshop_with_an_unknown_or_missing_pillar_is_an_error() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "content/en/workshops/network-map.md",
            "pillar = \"community\"",
            "pillar = \"cooking\"",
        );
        site.edit(
            "content/en/workshops/first-talk.md",
            "pillar = \"community\"\n",
            "",
        );
    });
    assert!(stderr.contains("unknown variant `cooking`"), "{stderr}");
    assert!(
        stderr.contains("content/en/workshops/network-map.md:4:"),
        "{stderr}"
    );
    assert!(stderr.contains("missing field `pillar`"), "{stderr}");
}

#[test]
fn a_missing_or_unknown_pillar_guide_is_an_error() {
    let stderr = fails_keeping_previous_site(|site| {
        std::fs::remove_file(site.path("content/en/pillars/housing.md")).unwrap();
        site.write(
            "content/en/pillars/cooking.md",
            "+++\ntitle = \"Cooking\"\n+++\n",
        );
    });
    assert!(
        stderr.contains("the guide to the `housing` pillar is missing"),
        "{stderr}"
    );
    assert!(stderr.contains("content/en/pillars/housing.md"), "{stderr}");
    assert!(stderr.contains("unknown pillar `cooking`"), "{stderr}");
}

#[test]
fn a_broken_link_names_file_and_line() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "content/en/privacy.md",
            "We store nothing.",
            "We store nothing.\n\nSee [the policy](@/policy.md).",
        );
    });
    assert!(
        stderr.contains("link to `@/policy.md`, which is not a page"),
        "{stderr}"
    );
    assert!(stderr.contains("content/en/privacy.md:8:5"), "{stderr}");
}

#[test]
fn a_relative_markdown_link_gets_a_hint() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "content/en/privacy.md",
            "We store nothing.",
            "See [about](../about.md).",
        );
    });
    assert!(
        stderr.contains("write internal links from the locale folder with `@/`"),
        "{stderr}"
    );
}

#[test]
fn a_fluent_syntax_error_names_file_line_and_column() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "locales/fr/main.ftl",
            "site-title = INTEGRA Mentorat",
            "site-title = INTEGRA { $",
        );
    });
    assert!(stderr.contains("Fluent syntax error"), "{stderr}");
    assert!(stderr.contains("locales/fr/main.ftl:1:"), "{stderr}");
}

#[test]
fn a_template_asking_for_a_message_english_lacks_names_template_line_and_column() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "themes/default/templates/page.html",
            "<h1>",
            "<p>{{ t(key=\"no-such-message\") }}</p>\n  <h1>",
        );
    });
    assert!(
        stderr.contains("message `no-such-message`, which English lacks"),
        "{stderr}"
    );
    assert!(
        stderr.contains("themes/default/templates/page.html:4:16"),
        "{stderr}"
    );
}

#[test]
fn a_template_syntax_error_names_the_template() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "themes/default/templates/page.html",
            "{{ page.title }}",
            "{{ page.title ",
        );
    });
    assert!(
        stderr.contains("themes/default/templates/page.html:4:"),
        "{stderr}"
    );
}

#[test]
fn bad_configuration_names_the_line() {
    let stderr = fails_keeping_previous_site(|site| {
        site.edit("config.toml", "code = \"pt-BR\"", "code = \"pt_BR!\"");
    });
    assert!(
        stderr.contains("`pt_BR!` is not a valid language tag"),
        "{stderr}"
    );
    assert!(stderr.contains("config.toml:23:8"), "{stderr}");

    let stderr = fails_keeping_previous_site(|site| {
        site.edit(
            "config.toml",
            "default_locale = \"en\"",
            "default_locale = \"en\"\nbase = 1",
        );
    });
    assert!(stderr.contains("unknown field `base`"), "{stderr}");
}

#[test]
fn a_message_only_a_translation_has_is_a_warning() {
    let site = Fixture::new();
    let run = site.build();
    assert!(
        run.stderr
            .contains("warning: message `only-in-french` is not in the en source"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/fr/main.ftl:7:1"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_folder_not_written_by_integra_is_never_replaced() {
    let site = Fixture::new();
    site.write("notes/keep.txt", "my notes");
    let run = site.run(&["build", "--output", "notes"]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("refusing to replace notes"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("notes/keep.txt"), "my notes");
    // An integra build is replaced by the next one.
    assert!(site.run(&["build", "--output", "out"]).success);
    site.write("out/stale.html", "old");
    // A build touches only the files it writes; `--clean` removes the rest,
    // in both trees that builds take turns with.
    assert!(site.run(&["build", "--output", "out"]).success);
    assert!(site.path("out/stale.html").exists());
    for _ in 0..3 {
        assert!(site.run(&["build", "--clean", "--output", "out"]).success);
        assert!(!site.path("out/stale.html").exists());
        assert!(site.path("out/en/index.html").is_file());
    }
}

#[test]
fn check_reports_all_problems_and_writes_nothing() {
    let site = Fixture::new();
    let clean = site.run(&["check"]);
    assert!(clean.success, "{}", clean.stderr);
    assert!(!site.path("public").exists());
    site.edit(
        "content/en/privacy.md",
        "We store nothing.",
        "[x](@/gone.md)",
    );
    let broken = site.run(&["check"]);
    assert!(!broken.success);
    assert!(broken.stderr.contains("@/gone.md"), "{}", broken.stderr);

    site.edit("content/en/about.md", "title = \"About\"", "title = 3");
    site.edit(
        "content/en/privacy.md",
        "title = \"Privacy\"",
        "title = \"Privacy\"\nwho = 1",
    );
    let broken = site.run(&["check"]);
    assert!(!broken.success);
    assert!(
        broken.stderr.contains("content/en/about.md:2:"),
        "{}",
        broken.stderr
    );
    assert!(
        broken.stderr.contains("content/en/privacy.md:3:"),
        "{}",
        broken.stderr
    );
    assert!(!site.path("public").exists());
}

#[test]
fn a_link_to_a_missing_section_names_file_and_line() {
    let stderr = fails_keeping_previous_site(|site| {
        // The French guide loses the id that keeps the English anchor working.
        site.edit("content/fr/pillars/health.md", " {#why-this-matters}", "");
    });
    assert!(
        stderr.contains("link to `@/pillars/health.md#why-this-matters`: that page has no section `#why-this-matters`"),
        "{stderr}"
    );
    assert!(stderr.contains("content/en/privacy.md:6:23"), "{stderr}");
}

#[test]
fn one_check_reports_broken_pages_and_broken_links_together() {
    let site = Fixture::new();
    site.edit("content/en/about.md", "title = \"About\"", "title = About");
    site.edit(
        "content/en/workshops/network-map.md",
        "See the [community guide](@/pillars/community.md).",
        "See the [guide](@/pillars/comunity.md).",
    );
    let run = site.run(&["check"]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("content/en/about.md:2:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/en/workshops/network-map.md:17:9"),
        "{}",
        run.stderr
    );
    // Links to the page that failed to load are not reported again.
    assert!(
        !run.stderr.contains("`@/about.md`, which is not a page"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("2 errors"), "{}", run.stderr);
}
