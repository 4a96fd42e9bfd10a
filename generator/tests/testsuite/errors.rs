//! Broken input of each kind: an error naming file and line, and the
//! previous site left exactly as it was. cli.rs checks how the binary
//! prints errors, and its exit code.

use crate::prelude::*;

/// The fixture, built once and then broken by `breakage`: the rebuild
/// must fail and leave `public/` as the good build wrote it, and
/// `integra check` must find the same errors.
fn broken(breakage: impl FnOnce(&mut SiteTest)) -> SiteTest {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    breakage(&mut site);
    let errors = site.build_fails().errors();
    assert_eq!(site.validate().errors(), errors, "check agrees with build");
    site
}

#[test]
fn malformed_front_matter_names_file_and_line() {
    broken(|site| {
        site.replace_in_file(
            "content/en/privacy.md",
            "description = \"No cookies.\"",
            "description = No cookies.",
        );
    })
    .check_errors(&["content/en/privacy.md:3:[..]: front matter:"]);
}

#[test]
fn unclosed_front_matter_and_unknown_keys_are_errors() {
    broken(|site| {
        site.change_file(
            "content/en/privacy.md",
            "+++\ntitle = \"Privacy\"\n\nNo closing line.\n",
        )
        .replace_in_file(
            "content/en/about.md",
            "title = \"About\"",
            "title = \"About\"\nauthor = \"me\"",
        );
    })
    .check_errors(&[
        "content/en/privacy.md:1:1: [..]the front matter is not closed",
        "content/en/about.md:3:[..]unknown field `author`",
    ]);
}

#[test]
fn a_workshop_with_an_unknown_or_missing_pillar_is_an_error() {
    broken(|site| {
        site.replace_in_file(
            "content/en/workshops/network-map.md",
            "pillar = \"community\"",
            "pillar = \"cooking\"",
        )
        .replace_in_file(
            "content/en/workshops/first-talk.md",
            "pillar = \"community\"\n",
            "",
        );
    })
    .check_errors(&[
        "content/en/workshops/network-map.md:4:[..]unknown variant `cooking`",
        "content/en/workshops/first-talk.md[..]missing field `pillar`",
    ]);
}

#[test]
fn a_missing_or_unknown_pillar_guide_is_an_error() {
    broken(|site| {
        site.remove_file("content/en/pillars/housing.md")
            .change_file(
                "content/en/pillars/cooking.md",
                "+++\ntitle = \"Cooking\"\n+++\n",
            );
    })
    .check_errors(&[
        "content/en/pillars/housing.md[..]the guide to the `housing` pillar is missing",
        "content/en/pillars/cooking.md[..]unknown pillar `cooking`",
        // The easy-read page links the guide.
        "content/en/easy-read/housing.md:10:10: link to `@/pillars/housing.md`, which is not a page[..]",
    ]);
}

#[test]
fn a_broken_link_names_file_and_line() {
    broken(|site| {
        site.replace_in_file(
            "content/en/privacy.md",
            "We store nothing.",
            "We store nothing.\n\nSee [the policy](@/policy.md).",
        );
    })
    .check_errors(&["content/en/privacy.md:8:5: link to `@/policy.md`, which is not a page"]);
}

#[test]
fn a_relative_markdown_link_gets_a_hint() {
    broken(|site| {
        site.replace_in_file(
            "content/en/privacy.md",
            "We store nothing.",
            "See [about](../about.md).",
        );
    })
    .check_errors(&[
        "content/en/privacy.md:[..](help: write internal links from the locale folder with `@/`",
    ]);
}

#[test]
fn a_fluent_syntax_error_names_file_line_and_column() {
    broken(|site| {
        site.replace_in_file(
            "locales/fr/main.ftl",
            "site-title = INTEGRA Mentorat",
            "site-title = INTEGRA { $",
        );
    })
    .check_errors(&["locales/fr/main.ftl:1:[..]Fluent syntax error"]);
}

#[test]
fn a_template_asking_for_a_message_english_lacks_names_template_line_and_column() {
    broken(|site| {
        site.replace_in_file(
            "themes/default/templates/page.html",
            "<h1>",
            "<p>{{ t(key=\"no-such-message\") }}</p>\n  <h1>",
        );
    })
    .check_errors(&[
        "themes/default/templates/page.html:5:16: [..]message `no-such-message`, which English lacks",
        // Rendering each page that uses the template fails too.
        "content/en/about.md: rendering about.md with page.html: [..]`no-such-message` is not defined",
        "content/en/accessibility.md: rendering accessibility.md with page.html: [..]`no-such-message` is not defined",
        "content/en/privacy.md: rendering privacy.md with page.html: [..]`no-such-message` is not defined",
        "content/en/mentors/how-to-use-mip.md: rendering [..]`no-such-message` is not defined",
    ]);
}

#[test]
fn a_template_syntax_error_names_the_template() {
    broken(|site| {
        site.replace_in_file(
            "themes/default/templates/page.html",
            "{{ page.title }}",
            "{{ page.title ",
        );
    })
    .check_errors(&["themes/default/templates/page.html:5:"]);
}

#[test]
fn bad_configuration_names_the_line() {
    broken(|site| {
        site.replace_in_file("config.toml", "code = \"pt-BR\"", "code = \"pt_BR!\"");
    })
    .check_errors(&["config.toml:23:8: [..]`pt_BR!` is not a valid language tag"]);

    broken(|site| {
        site.replace_in_file(
            "config.toml",
            "default_locale = \"en\"",
            "default_locale = \"en\"\nbase = 1",
        );
    })
    .check_errors(&["config.toml[..]unknown field `base`"]);
}

#[test]
fn a_link_to_a_missing_section_names_file_and_line() {
    broken(|site| {
        // The French guide loses the id that keeps the English anchor working.
        site.replace_in_file("content/fr/pillars/health.md", " {#why-this-matters}", "");
    })
    .check_errors(&[
        "content/en/privacy.md:6:23: link to `@/pillars/health.md#why-this-matters`: that page has no section `#why-this-matters`",
    ]);
}

#[test]
fn a_folder_not_written_by_integra_is_never_replaced() {
    let mut site = SiteTest::from_fixture("site");
    site.change_file("notes/keep.txt", "my notes")
        .output("notes")
        .build_fails()
        .check_errors(&["notes: refusing to replace notes"]);
    assert_eq!(site.read("notes/keep.txt"), "my notes");
    // An integra build is replaced by the next one.
    site.output("out")
        .build()
        .change_file("out/stale.html", "old");
    // A build touches only the files it writes; `--clean` removes the rest,
    // in both trees that builds take turns with.
    site.build();
    assert!(site.path("out/stale.html").exists());
    for _ in 0..3 {
        site.build_clean();
        assert!(!site.path("out/stale.html").exists());
        assert!(site.path("out/en/index.html").is_file());
    }
}

#[test]
fn check_reports_all_problems_and_writes_nothing() {
    let mut site = SiteTest::from_fixture("site");
    site.validate().check_errors(&[]);
    assert!(!site.path("public").exists());
    site.replace_in_file(
        "content/en/privacy.md",
        "We store nothing.",
        "[x](@/gone.md)",
    )
    .validate()
    .check_errors(&["content/en/privacy.md:[..]@/gone.md"]);

    site.replace_in_file("content/en/about.md", "title = \"About\"", "title = 3")
        .replace_in_file(
            "content/en/privacy.md",
            "title = \"Privacy\"",
            "title = \"Privacy\"\nwho = 1",
        )
        .validate()
        .check_errors(&["content/en/about.md:2:", "content/en/privacy.md:3:"]);
    assert!(!site.path("public").exists());
}

#[test]
fn one_check_reports_broken_pages_and_broken_links_together() {
    SiteTest::from_fixture("site")
        .replace_in_file("content/en/about.md", "title = \"About\"", "title = About")
        .replace_in_file(
            "content/en/workshops/network-map.md",
            "See the [community guide](@/pillars/community.md).",
            "See the [guide](@/pillars/comunity.md).",
        )
        .validate()
        // Exactly these two: links to the page that failed to load, such
        // as `@/about.md`, are not reported again.
        .check_errors(&[
            "content/en/about.md:2:",
            "content/en/workshops/network-map.md:17:9:",
        ]);
}
