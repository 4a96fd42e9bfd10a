//! The preview's update (`serve.rs`, fn `update`) renders what a clean
//! build writes, after random edits, driven in-process: the same property
//! as `serve_equals_build.rs` without the file watcher and HTTP, so that a
//! failure shrinks to its smallest sequence of edits, and with the
//! warnings and errors compared too, which the server only prints.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use integra::diagnostic::{Diagnostic, Diagnostics};
use integra::engine::Memory;
use integra::pipeline::{self, Project};
use integra::serve::Preview;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};

use crate::edits::{edit, Edit};
use crate::incremental::{cases, compare, problems_diff};
use crate::prelude::*;
use crate::serve_equals_build::Files;

/// One step: an edit, whether the preview updates after it (or the next
/// edit comes first, as when several files are saved at once), and which
/// pages count as open in a browser: all of them, or about a third, picked
/// by this number.
#[derive(Clone, Debug)]
pub struct Step {
    edit: Edit,
    update: bool,
    open: Option<u64>,
}

impl Step {
    /// `edit`, then an update.
    pub fn then_update(edit: Edit) -> Step {
        Step {
            edit,
            update: true,
            open: None,
        }
    }
}

/// `integra serve`'s own state between changes (`integra::serve::Preview`),
/// brought up to date as its watcher does it.
struct Live {
    root: PathBuf,
    preview: Preview,
}

/// What an update did: the warnings, and the files left for later.
struct Updated {
    warnings: Vec<String>,
    deferred: Vec<String>,
}

impl Live {
    fn new(project: Project) -> Live {
        Live {
            root: project.root.clone(),
            preview: Preview::new(project),
        }
    }

    /// Reads the files `changed` names (everything with `None`) and renders
    /// what changed, with `first` only the outputs it accepts: the
    /// warnings, or the errors, which leave the files as they were.
    fn update(
        &mut self,
        changed: Option<&HashSet<PathBuf>>,
        first: Option<&(dyn Fn(&str) -> bool + Sync)>,
    ) -> Result<Updated, Vec<String>> {
        match self.preview.update(changed, first) {
            Ok(done) => Ok(Updated {
                warnings: problem_lines(&self.root, done.warnings),
                deferred: done.deferred,
            }),
            Err(problems) => Err(problem_lines(
                &self.root,
                problems.into_iter().filter(Diagnostic::is_error).collect(),
            )),
        }
    }

    fn files(&self) -> &HashMap<String, Arc<Vec<u8>>> {
        self.preview.files()
    }

    /// What the watcher does after `changed`: the open pages first, the
    /// others next if that left some.
    fn after_change(
        &mut self,
        changed: &HashSet<PathBuf>,
        open: &(dyn Fn(&str) -> bool + Sync),
    ) -> Result<Vec<String>, Vec<String>> {
        // The preview takes paths relative to the project, as its watcher
        // gives them.
        let changed: HashSet<PathBuf> = changed
            .iter()
            .map(|p| p.strip_prefix(&self.root).unwrap_or(p).to_path_buf())
            .collect();
        let first = self.update(Some(&changed), Some(open))?;
        if first.deferred.is_empty() {
            return Ok(first.warnings);
        }
        self.update(Some(&HashSet::new()), None)
            .map(|rest| rest.warnings)
    }
}

/// Problems as the terminal shows them, one string each.
fn problem_lines(root: &Path, problems: Vec<Diagnostic>) -> Vec<String> {
    let root = format!("{}/", root.display());
    problems
        .iter()
        .map(|d| d.to_string().replace(&root, ""))
        .collect()
}

fn errors_only(problems: Diagnostics) -> Vec<Diagnostic> {
    problems
        .sorted()
        .into_iter()
        .filter(|d| d.is_error())
        .collect()
}

/// What a clean build of the project writes, in memory: its files and
/// warnings, or its errors.
fn built(project: &Project) -> Result<(Files, Vec<String>), Vec<String>> {
    let root = &project.root;
    let (loaded, mut problems) =
        pipeline::load_all(project).map_err(|p| problem_lines(root, errors_only(p)))?;
    let memory = Memory::default();
    problems.extend(pipeline::render_all(&loaded, Some(&memory)).problems);
    if problems.has_errors() {
        return Err(problem_lines(root, errors_only(problems)));
    }
    let mut files: Files = memory
        .into_files()
        .into_iter()
        .map(|(path, bytes)| (path, bytes.to_vec()))
        .collect();
    files.sort();
    Ok((files, problem_lines(root, problems.sorted())))
}

/// The project's watched files and folders: `config.toml` and everything
/// below `content/`, `locales/` and `themes/`.
#[derive(Default)]
struct Watched {
    files: BTreeMap<PathBuf, Vec<u8>>,
    folders: BTreeSet<PathBuf>,
}

impl Watched {
    fn read(root: &Path) -> Watched {
        let mut watched = Watched::default();
        if let Ok(bytes) = std::fs::read(root.join("config.toml")) {
            watched.files.insert(root.join("config.toml"), bytes);
        }
        for folder in ["content", "locales", "themes"] {
            for entry in walkdir::WalkDir::new(root.join(folder)) {
                let entry = entry.unwrap();
                if entry.file_type().is_dir() {
                    watched.folders.insert(entry.into_path());
                } else {
                    let bytes = std::fs::read(entry.path()).unwrap();
                    watched.files.insert(entry.into_path(), bytes);
                }
            }
        }
        watched
    }

    /// What a file watcher reports at least between `self` and `now`:
    /// folders that appeared or went, without what they hold, and the
    /// files that changed, appeared or went in the other folders.
    fn changes(&self, now: &Watched) -> HashSet<PathBuf> {
        let moved: BTreeSet<&PathBuf> = self.folders.symmetric_difference(&now.folders).collect();
        let inside_moved = |p: &Path| {
            p.ancestors()
                .skip(1)
                .any(|a| moved.contains(&a.to_path_buf()))
        };
        let mut changed: HashSet<PathBuf> = moved
            .iter()
            .filter(|f| !inside_moved(f))
            .map(|f| f.to_path_buf())
            .collect();
        let paths: BTreeSet<&PathBuf> = self.files.keys().chain(now.files.keys()).collect();
        for path in paths {
            if self.files.get(path) != now.files.get(path) && !inside_moved(path) {
                changed.insert(path.clone());
            }
        }
        changed
    }
}

#[test]
fn the_preview_renders_what_a_clean_build_writes_after_every_edit() {
    // Every page open: each update renders all that changed at once.
    check_property(Just(None).boxed(), 24);
}

#[test]
fn the_preview_renders_what_a_clean_build_writes_with_open_pages_first() {
    // A failure needs a change to more than 64 outputs that breaks the
    // site: more cases than the other property.
    check_property(any::<u64>().prop_map(Some).boxed(), 64);
}

/// The property, with pages open as `open` says, over `default_cases`
/// sequences unless PROPTEST_CASES says otherwise.
fn check_property(open: BoxedStrategy<Option<u64>>, default_cases: u32) {
    let config = Config {
        cases: cases(default_cases),
        source_file: Some(file!()),
        max_shrink_iters: 4096,
        max_shrink_time: 60_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let step = (edit(), proptest::bool::weighted(0.7), open)
        .prop_map(|(edit, update, open)| Step { edit, update, open });
    let strategy = proptest::collection::vec(step, 1..=8);
    match runner.run(&strategy, |steps| check(&steps)) {
        Ok(()) => {}
        Err(TestError::Fail(why, steps)) => {
            panic!(
                "smallest failing sequence, {} edits:\n{why}\n{steps:#?}",
                steps.len()
            )
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_preview_forgets_a_removed_stray_content_folder() {
    // `content/de/about.md` added, then `content/de` removed.
    let steps = [Edit::StrayFolder, Edit::StrayFolder].map(Step::then_update);
    check(&steps).unwrap_or_else(|e| panic!("{e}"));
}

/// Applies the steps to the fixture, and after each update compares the
/// preview with a clean build.
fn check(steps: &[Step]) -> Result<(), TestCaseError> {
    let mut site = SiteTest::from_fixture("site");
    let root = site.root().canonicalize().unwrap();
    let project = Project::new(&root);
    let mut live = Live::new(project.clone());
    live.update(None, None).expect("the fixture builds");
    let mut watched = Watched::read(&root);
    let mut log = String::new();
    for (i, step) in steps.iter().enumerate() {
        log.push_str(&format!("{}. {}\n", i + 1, step.edit.apply(&mut site)));
        if !step.update && i + 1 < steps.len() {
            continue;
        }
        log.push_str("   (the preview updates)\n");
        let now = Watched::read(&root);
        let changed = watched.changes(&now);
        watched = now;
        let open = |path: &str| {
            step.open.is_none_or(|salt| {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                (salt, path).hash(&mut hasher);
                hasher.finish() % 3 == 0
            })
        };
        let fail = |what: String| TestCaseError::fail(format!("{log}after the last edit, {what}"));
        match (live.after_change(&changed, &open), built(&project)) {
            (Ok(warnings), Ok((files, clean_warnings))) => {
                let mut served: Files = live
                    .files()
                    .iter()
                    .map(|(path, bytes)| (path.clone(), bytes.to_vec()))
                    .collect();
                served.sort();
                let differences = compare(&files, &served);
                if !differences.is_empty() {
                    return Err(fail(format!(
                        "the preview (right) differs from a clean build (left):\n{differences}"
                    )));
                }
                if warnings != clean_warnings {
                    return Err(fail(format!(
                        "the preview and a clean build disagree:\n{}",
                        problems_diff(&warnings, &clean_warnings)
                    )));
                }
            }
            (Err(errors), Err(clean_errors)) => {
                if errors != clean_errors {
                    return Err(fail(format!(
                        "the preview and a clean build disagree:\n{}",
                        problems_diff(&errors, &clean_errors)
                    )));
                }
            }
            (Ok(_), Err(errors)) => {
                return Err(fail(format!(
                    "the preview updated, a clean build failed:\n{}",
                    errors.join("\n")
                )))
            }
            (Err(errors), Ok(_)) => {
                return Err(fail(format!(
                    "the preview failed, a clean build succeeded:\n{}",
                    errors.join("\n")
                )))
            }
        }
    }
    Ok(())
}

/// The smallest failure of the property with open pages first: a change
/// to more than 64 outputs that breaks the site. The watcher renders the
/// open pages first, stops at their errors, and never renders the others
/// until the next change, so the panel lists only the open pages' errors
/// (and their number) where `build` lists every one.
#[test]
fn the_preview_reports_every_error_when_the_open_pages_fail_first() {
    let site = SiteTest::from_fixture("site");
    let root = site.root().canonicalize().unwrap();
    let project = Project::new(&root);
    let mut live = Live::new(project.clone());
    live.update(None, None).expect("the fixture builds");
    // The pillar guides gone: the links to them from the English home page
    // and privacy page break, and so do the workshop sheets.
    let (from, to) = (
        root.join("content/en/pillars"),
        root.join("content/en/pillars-moved"),
    );
    std::fs::rename(&from, &to).unwrap();
    let changed = HashSet::from([from, to]);
    // Only the English home page is open.
    let errors = live
        .after_change(&changed, &|path| path == "en/index.html")
        .expect_err("the site is broken");
    let clean_errors = built(&project).expect_err("the site is broken");
    assert!(
        errors == clean_errors,
        "the preview (-) and a clean build (+) disagree:\n{}",
        problems_diff(&errors, &clean_errors)
    );
}
