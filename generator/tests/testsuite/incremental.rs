//! An incremental `integra build` writes exactly what `integra build
//! --clean` writes, after any sequence of edits (issue 8): the engine
//! renders again only the outputs whose recorded inputs changed, so an
//! input it fails to record shows up here as a stale file.

use std::sync::atomic::{AtomicUsize, Ordering};

use integra::diagnostic::Diagnostic;
use integra::pipeline::{self, Project, Rebuild};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};

use crate::edits::{broken_on_purpose, edit, Edit};
use crate::prelude::*;
use crate::site_test::tree;

/// Steps whose builds succeeded, and failed, over a run: the property must
/// compare many built sites, not only failures.
static SUCCEEDED: AtomicUsize = AtomicUsize::new(0);
static FAILED: AtomicUsize = AtomicUsize::new(0);

/// `PROPTEST_CASES`, else `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn an_incremental_build_writes_what_a_clean_build_writes() {
    let config = Config {
        cases: cases(24),
        source_file: Some(file!()),
        // Each case builds the site a dozen times: shrinking a failure
        // stops after a minute with the smallest sequence found by then.
        max_shrink_iters: 4096,
        max_shrink_time: 60_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let strategy = proptest::collection::vec(edit(), 1..=6);
    match runner.run(&strategy, |edits| check(&edits)) {
        Ok(()) => {}
        Err(TestError::Fail(why, edits)) => {
            panic!(
                "smallest failing sequence, {} edits:\n{why}\n{edits:#?}",
                edits.len()
            )
        }
        Err(e) => panic!("{e}"),
    }
    let (succeeded, failed) = (
        SUCCEEDED.load(Ordering::Relaxed),
        FAILED.load(Ordering::Relaxed),
    );
    eprintln!("incremental builds compared: {succeeded} that succeeded, {failed} that failed");
    // Edits that break the site are a few in twenty: a run of any length
    // compares mostly sites that build.
    if succeeded + failed >= 30 {
        assert!(
            succeeded >= 2 * failed,
            "too few edits leave a site that builds: {succeeded} succeeded, {failed} failed"
        );
    }
}

/// Builds the fixture, then after each edit builds it incrementally into
/// `public` and from nothing into a folder of its own, and compares.
fn check(edits: &[Edit]) -> Result<(), TestCaseError> {
    let mut site = SiteTest::from_fixture("site");
    if let Err(errors) = build(&site, "public", Rebuild::Changed) {
        panic!("the fixture does not build:\n{}", errors.join("\n"));
    }
    // What public/ holds: it changes only when a build succeeds.
    let mut published = tree(&site.path("public"));
    let mut log = String::new();
    for (step, edit) in edits.iter().enumerate() {
        log.push_str(&format!("{}. {}\n", step + 1, edit.apply(&mut site)));
        let on_purpose = broken_on_purpose(&site);
        let incremental = build(&site, "public", Rebuild::Changed);
        let clean = format!("clean-{step}");
        let from_nothing = build(&site, &clean, Rebuild::Everything);
        let fail = |what: String| TestCaseError::fail(format!("{log}after the last edit, {what}"));
        match (incremental, from_nothing) {
            (Ok(warnings), Ok(clean_warnings)) => {
                SUCCEEDED.fetch_add(1, Ordering::Relaxed);
                if !on_purpose.is_empty() {
                    return Err(fail(format!("the builds succeeded despite {on_purpose:?}")));
                }
                published = tree(&site.path("public"));
                let differences = compare(&published, &tree(&site.path(&clean)));
                if !differences.is_empty() {
                    return Err(fail(format!(
                        "public/ (incremental) and {clean}/ (clean) differ:\n{differences}"
                    )));
                }
                if warnings != clean_warnings {
                    return Err(fail(format!(
                        "the incremental build and the clean build disagree:\n{}",
                        problems_diff(&warnings, &clean_warnings)
                    )));
                }
            }
            (Err(errors), Err(clean_errors)) => {
                FAILED.fetch_add(1, Ordering::Relaxed);
                let now = tree(&site.path("public"));
                if now != published {
                    return Err(fail(format!(
                        "the incremental build failed but changed public/:\n{}",
                        compare(&published, &now)
                    )));
                }
                if errors != clean_errors {
                    return Err(fail(format!(
                        "the incremental build and the clean build disagree:\n{}",
                        problems_diff(&errors, &clean_errors)
                    )));
                }
            }
            (Ok(_), Err(errors)) => {
                return Err(fail(format!(
                    "the incremental build succeeded, the clean build failed:\n{}",
                    errors.join("\n")
                )))
            }
            (Err(errors), Ok(_)) => {
                return Err(fail(format!(
                    "the incremental build failed, the clean build succeeded:\n{}",
                    errors.join("\n")
                )))
            }
        }
        for folder in [clean.clone(), format!(".{clean}.staging")] {
            let _ = std::fs::remove_dir_all(site.path(&folder));
        }
    }
    Ok(())
}

/// `integra build` (`--clean` with [`Rebuild::Everything`]) in-process
/// into `output`: its warnings, or its errors, one string each.
fn build(site: &SiteTest, output: &str, rebuild: Rebuild) -> Result<Vec<String>, Vec<String>> {
    let lines = |problems: &[Diagnostic]| -> Vec<String> {
        let root = format!("{}/", site.root().display());
        problems
            .iter()
            .map(|d| d.to_string().replace(&root, ""))
            .collect()
    };
    match pipeline::build_with(&Project::new(site.root()), &site.path(output), rebuild) {
        Ok(report) => Ok(lines(&report.warnings)),
        Err(problems) => Err(lines(&problems.sorted())),
    }
}

/// What differs between two trees: files only in one, and for each file
/// whose bytes differ, where. Empty when equal; the first dozen otherwise.
pub fn compare(left: &[(String, Vec<u8>)], right: &[(String, Vec<u8>)]) -> String {
    use std::collections::BTreeMap;
    let left: BTreeMap<&str, &[u8]> = left.iter().map(|(p, b)| (p.as_str(), &b[..])).collect();
    let right: BTreeMap<&str, &[u8]> = right.iter().map(|(p, b)| (p.as_str(), &b[..])).collect();
    let mut found = Vec::new();
    for (path, bytes) in &left {
        match right.get(path) {
            None => found.push(format!("only on the left: {path}\n")),
            Some(other) if other != bytes => {
                found.push(format!("{path} differs:\n{}", line_diff(bytes, other)));
            }
            Some(_) => {}
        }
    }
    for path in right.keys().filter(|p| !left.contains_key(*p)) {
        found.push(format!("only on the right: {path}\n"));
    }
    let more = found.len().saturating_sub(12);
    let mut report: String = found.into_iter().take(12).collect();
    if more > 0 {
        report.push_str(&format!("… and {more} more\n"));
    }
    report
}

/// Where two files first differ: the line before, and some eighty
/// characters of each side around the first difference.
pub fn line_diff(left: &[u8], right: &[u8]) -> String {
    let (left, right) = (
        String::from_utf8_lossy(left),
        String::from_utf8_lossy(right),
    );
    let same = left
        .char_indices()
        .zip(right.chars())
        .find(|((_, a), b)| a != b)
        .map_or(left.len().min(right.len()), |((i, _), _)| i);
    let line_start = left[..same].rfind('\n').map_or(0, |i| i + 1);
    let line = left[..same].lines().count().max(1);
    let from = floor(&left, same.saturating_sub(40).max(line_start));
    let window = |text: &str| -> String {
        let end = floor(text, (same + 40).min(text.len()));
        text[from..end].replace('\n', "⏎")
    };
    format!(
        "  at line {line}:\n  - {}\n  + {}\n",
        window(&left),
        window(&right)
    )
}

/// `at`, moved back to the start of the character it falls in.
fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The problems only one of two lists has (lines starting `-` are only
/// in `left`, `+` only in `right`), each by its first line.
pub fn problems_diff(left: &[String], right: &[String]) -> String {
    let mut out = String::new();
    for (sign, from, other) in [('-', left, right), ('+', right, left)] {
        for problem in from.iter().filter(|p| !other.contains(p)) {
            let first = problem.lines().next().unwrap_or_default();
            let place = problem.lines().nth(1).unwrap_or_default().trim();
            out.push_str(&format!("  {sign} {first} {place}\n"));
        }
    }
    if out.is_empty() {
        out.push_str("  the same problems, in another order or number\n");
    }
    out
}
