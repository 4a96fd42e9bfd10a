//! [`SiteTest`]: a fixture site in a temporary folder, built in-process
//! through `integra::pipeline`, with chainable changes and checks.
//!
//! Methods that change the site take `&mut self`; checks take `&self`, so
//! the shared, already built [`BUILT`] can only be read: the compiler
//! refuses a change to it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{LazyLock, Once};

use integra::diagnostic::Diagnostic;
use integra::pipeline::{self, Project, Rebuild};
use scraper::Html;

/// The fixture `site`, built once for all the tests that only read it.
pub static BUILT: LazyLock<SiteTest> = LazyLock::new(|| {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    site
});

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A fixture site in its own temporary folder.
pub struct SiteTest {
    dir: tempfile::TempDir,
    /// Where `build` and `build_fails` write, relative to the root.
    output: String,
    /// Problems of the last build or validation, errors and warnings.
    problems: Option<Vec<Diagnostic>>,
}

impl SiteTest {
    /// Copies `tests/fixtures/<name>`, then the shipped theme and English
    /// interface strings, so that tests exercise those too.
    pub fn from_fixture(name: &str) -> SiteTest {
        let root = repo_root();
        let fixture = root.join("generator/tests/fixtures").join(name);
        assert!(fixture.is_dir(), "no fixture {}", fixture.display());
        let dir = tempfile::Builder::new()
            .prefix(&format!("{}-{name}-", std::process::id()))
            .tempdir_in(sites_dir())
            .unwrap();
        copy_dir(&fixture, dir.path());
        copy_dir(
            &root.join("themes/default"),
            &dir.path().join("themes/default"),
        );
        std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
        // Every English Fluent file: each part of the interface has its own.
        for entry in std::fs::read_dir(root.join("locales/en")).unwrap() {
            let from = entry.unwrap().path();
            if from.extension().is_some_and(|e| e == "ftl") {
                let to = dir
                    .path()
                    .join("locales/en")
                    .join(from.file_name().unwrap());
                std::fs::copy(&from, to).unwrap();
            }
        }
        SiteTest {
            dir,
            output: "public".into(),
            problems: None,
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    // ---- changing the site ------------------------------------------

    /// Writes `text` to `relative`, creating folders as needed.
    pub fn change_file(&mut self, relative: &str, text: &str) -> &mut Self {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    /// Replaces the first `from` in `relative` with `to`; `from` must be
    /// there, so that a fixture edit cannot silently stop applying.
    pub fn replace_in_file(&mut self, relative: &str, from: &str, to: &str) -> &mut Self {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.change_file(relative, &text.replacen(from, to, 1))
    }

    pub fn remove_file(&mut self, relative: &str) -> &mut Self {
        std::fs::remove_file(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot remove {relative}: {e}"));
        self
    }

    /// Where the next builds write (default `public`).
    pub fn output(&mut self, relative: &str) -> &mut Self {
        self.output = relative.into();
        self
    }

    // ---- running integra --------------------------------------------

    /// `integra build`, in-process; panics with every problem if it fails.
    pub fn build(&mut self) -> &mut Self {
        self.build_with(Rebuild::Changed)
    }

    /// `integra build --clean`, in-process: everything rendered again, and
    /// whatever the site lacks removed from the output folder.
    pub fn build_clean(&mut self) -> &mut Self {
        self.build_with(Rebuild::Everything)
    }

    fn build_with(&mut self, rebuild: Rebuild) -> &mut Self {
        let out = self.path(&self.output);
        match pipeline::build_with(&Project::new(self.root()), &out, rebuild) {
            Ok(report) => self.problems = Some(report.warnings),
            Err(problems) => panic!(
                "the build of {} failed:\n{}",
                self.root().display(),
                self.render(&problems.sorted()).join("\n")
            ),
        }
        self
    }

    /// `integra build`, in-process, which must fail and leave the output
    /// folder exactly as it was.
    pub fn build_fails(&mut self) -> &mut Self {
        let out = self.path(&self.output);
        let before = tree(&out);
        match pipeline::build(&Project::new(self.root()), &out) {
            Ok(_) => panic!("the build should have failed"),
            Err(problems) => self.problems = Some(problems.sorted()),
        }
        assert!(
            tree(&out) == before,
            "a failed build changed {}",
            self.output
        );
        self
    }

    /// `integra check`, in-process: every validation, writing nothing.
    pub fn validate(&mut self) -> &mut Self {
        let problems = pipeline::check(&Project::new(self.root())).sorted();
        self.problems = Some(problems);
        self
    }

    /// Runs the real `integra` binary in the site's folder, as a user would.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_integra"))
            .current_dir(self.root())
            .args(args)
            .output()
            .unwrap();
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    // ---- checks -----------------------------------------------------

    /// The last build or validation found exactly these errors, one
    /// pattern per error, in any order; a last pattern `...` allows more.
    /// Each error reads `file:line:column: message (help: hint)`, with
    /// paths relative to the site; in a pattern, `[..]` stands for any
    /// text, and the rest must appear in that order in the error.
    #[track_caller]
    pub fn check_errors(&self, patterns: &[&str]) -> &Self {
        self.check_problems("error", Diagnostic::is_error, patterns)
    }

    /// The same as [`SiteTest::check_errors`], for warnings.
    #[track_caller]
    pub fn check_warnings(&self, patterns: &[&str]) -> &Self {
        self.check_problems("warning", |d| !d.is_error(), patterns)
    }

    /// The warnings of the last build or validation, all of them.
    pub fn warnings(&self) -> Vec<String> {
        let problems = self
            .problems
            .as_ref()
            .expect("build, build_fails or validate first");
        let found: Vec<Diagnostic> = problems.iter().filter(|d| !d.is_error()).cloned().collect();
        self.render(&found)
    }

    #[track_caller]
    fn check_problems(
        &self,
        kind: &str,
        wanted: fn(&Diagnostic) -> bool,
        patterns: &[&str],
    ) -> &Self {
        let problems = self
            .problems
            .as_ref()
            .expect("build, build_fails or validate first");
        let found: Vec<Diagnostic> = problems.iter().filter(|d| wanted(d)).cloned().collect();
        let found = self.render(&found);
        let (patterns, more_allowed) = match patterns.split_last() {
            Some((&"...", rest)) => (rest, true),
            _ => (patterns, false),
        };
        let mut unmatched = found.clone();
        let mut missing = Vec::new();
        for pattern in patterns {
            match unmatched.iter().position(|line| matches(pattern, line)) {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => missing.push(*pattern),
            }
        }
        let list =
            |lines: &[String]| -> String { lines.iter().map(|l| format!("\n  {l}")).collect() };
        assert!(
            missing.is_empty() && (more_allowed || unmatched.is_empty()),
            "{} {kind}s expected, {} found:{}\npatterns that match no {kind}:{}\n{kind}s that match no pattern:{}",
            patterns.len(),
            found.len(),
            list(&found),
            list(&missing.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
            list(&unmatched),
        );
        self
    }

    /// The errors of the last build or validation, as
    /// [`SiteTest::check_errors`] reads them.
    pub fn errors(&self) -> Vec<String> {
        let problems = self
            .problems
            .as_ref()
            .expect("build, build_fails or validate first");
        let errors: Vec<Diagnostic> = problems.iter().filter(|d| d.is_error()).cloned().collect();
        self.render(&errors)
    }

    /// The file at `relative` contains `needle`.
    #[track_caller]
    pub fn check_file_contains(&self, relative: &str, needle: &str) -> &Self {
        let text = self.read(relative);
        assert!(
            text.contains(needle),
            "{needle:?} not in {relative}:\n{text}"
        );
        self
    }

    /// The file at `relative` does not contain `needle`. Beware: this
    /// passes too when the text you guard against is merely written
    /// differently now; pair it with a positive check.
    #[track_caller]
    pub fn check_file_doesnt_contain(&self, relative: &str, needle: &str) -> &Self {
        let text = self.read(relative);
        assert!(!text.contains(needle), "{needle:?} in {relative}:\n{text}");
        self
    }

    // ---- reading ----------------------------------------------------

    #[track_caller]
    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    #[track_caller]
    pub fn html(&self, relative: &str) -> Html {
        Html::parse_document(&self.read(relative))
    }

    /// The inside of the page's `<main>`, where a page differs from its
    /// neighbours; the header and footer around it are the same everywhere.
    #[track_caller]
    pub fn main(&self, relative: &str) -> String {
        let page = self.read(relative);
        let start = page
            .find("<main")
            .unwrap_or_else(|| panic!("no <main> in {relative}"));
        let start = start + page[start..].find('>').unwrap() + 1;
        let end = page.find("</main>").expect("a closed <main>");
        page[start..end].trim().to_string()
    }

    /// Problems as one line each, with the site's folder taken out of paths
    /// and messages so that they read as `integra` run in the site prints them.
    fn render(&self, problems: &[Diagnostic]) -> Vec<String> {
        let root = format!("{}/", self.root().display());
        problems
            .iter()
            .map(|d| {
                let mut line = String::new();
                if let Some(file) = &d.file {
                    let file = file.strip_prefix(self.root()).unwrap_or(file);
                    line.push_str(&file.display().to_string());
                    for n in [d.line, d.column].into_iter().flatten() {
                        line.push_str(&format!(":{n}"));
                    }
                    line.push_str(": ");
                }
                line.push_str(&d.message);
                if let Some(hint) = &d.hint {
                    line.push_str(&format!(" (help: {hint})"));
                }
                line.replace(&root, "")
            })
            .collect()
    }
}

/// Whether `text` holds the parts of `pattern` between `[..]`, in order.
fn matches(pattern: &str, text: &str) -> bool {
    let mut rest = text;
    for part in pattern.split("[..]") {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

/// What the real binary did.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }

    /// Exited with 0; panics with what it printed otherwise.
    #[track_caller]
    pub fn expect_success(&self) -> &Self {
        assert!(
            self.success(),
            "integra exited with {:?}:\n{}{}",
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Exited with 1, the code for problems in the user's files.
    #[track_caller]
    pub fn expect_failure(&self) -> &Self {
        assert_eq!(
            self.code,
            Some(1),
            "integra should fail:\n{}{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

/// Every file below `root`, with its bytes, in path order; empty when
/// `root` does not exist.
pub fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    if !root.exists() {
        return Vec::new();
    }
    let mut found: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, std::fs::read(e.path()).unwrap())
        })
        .collect();
    found.sort();
    found
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The folder for fixture copies, under Cargo's scratch space for tests.
/// A static such as [`BUILT`] is never dropped, so its folder outlives the
/// run; each run removes the folders of test processes that have ended.
fn sites_dir() -> PathBuf {
    static CLEANED: Once = Once::new();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sites");
    CLEANED.call_once(|| {
        std::fs::create_dir_all(&dir).unwrap();
        // Without /proc there is no telling whether a process still runs.
        if !Path::new("/proc/self").exists() {
            return;
        }
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid = name.split('-').next().unwrap_or_default();
            if !pid.is_empty() && !Path::new("/proc").join(pid).exists() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    });
    dir
}
