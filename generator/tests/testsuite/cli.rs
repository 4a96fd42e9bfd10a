//! The real `integra` binary, as users run it: what it prints and its exit
//! codes. Everything else about building is tested in-process.

use crate::prelude::*;
use crate::site_test::tree;

#[test]
fn build_prints_warnings_and_a_summary_and_exits_with_0() {
    let site = SiteTest::from_fixture("site");
    let run = site.run(&["build"]);
    run.expect_success();
    assert!(
        run.stdout.starts_with("Built ") && run.stdout.contains("in 5 locales (ar "),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("en 78, fr 78"), "{}", run.stdout);
    assert!(
        run.stdout.trim_end().ends_with("→ public"),
        "{}",
        run.stdout
    );
    for expected in [
        "warning: raw HTML `<script` is not allowed and was removed\n  --> content/en/about.md:10:1\n",
        "warning: message `only-in-french` is not in the en source",
        "  --> locales/fr/main.ftl:7:1\n",
    ] {
        assert!(run.stderr.contains(expected), "{expected:?} not in:\n{}", run.stderr);
    }
    assert!(site.path("public/en/index.html").is_file());
}

#[test]
fn a_failed_build_prints_every_error_keeps_public_and_exits_with_1() {
    let site = SiteTest::from_fixture("site");
    site.run(&["build"]).expect_success();
    let before = tree(&site.path("public"));
    let mut site = site;
    site.change_file(
        "content/en/privacy.md",
        "+++\ntitle = \"Privacy\"\n\nNo closing line.\n",
    )
    .replace_in_file(
        "content/en/about.md",
        "title = \"About\"",
        "title = \"About\"\nauthor = \"me\"",
    );
    let run = site.run(&["build"]);
    run.expect_failure();
    for expected in [
        "the front matter is not closed",
        "  --> content/en/privacy.md:1:1\n",
        "unknown field `author`",
        "  --> content/en/about.md:3:",
        "Build failed with 2 errors; public was left as it was.",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected:?} not in:\n{}",
            run.stderr
        );
    }
    assert_eq!(tree(&site.path("public")), before, "public/ changed");

    let check = site.run(&["check"]);
    check.expect_failure();
    assert!(
        check.stderr.contains("2 errors, 3 warnings."),
        "{}",
        check.stderr
    );
}

#[test]
fn check_exits_with_0_when_clean_and_writes_nothing() {
    let site = SiteTest::from_fixture("site");
    let run = site.run(&["check"]);
    run.expect_success();
    assert!(
        run.stdout.contains("No errors (6 warnings)."),
        "{}",
        run.stdout
    );
    assert!(!site.path("public").exists());
}

#[test]
fn unknown_commands_are_refused_with_usage() {
    let run = SiteTest::from_fixture("site").run(&["publish"]);
    assert_eq!(run.code, Some(2), "clap's code for usage errors");
    assert!(run.stderr.contains("Usage:"), "{}", run.stderr);
}
