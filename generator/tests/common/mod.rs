//! Builds fixture sites with the real `integra` binary and reads what it wrote.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
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

/// A copy of `tests/fixtures/site` in a temporary folder, with the shipped
/// theme and English interface strings, so the tests exercise those too.
pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = repo_root();
        copy_dir(&root.join("generator/tests/fixtures/site"), dir.path());
        copy_dir(
            &root.join("themes/default"),
            &dir.path().join("themes/default"),
        );
        std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
        std::fs::copy(
            root.join("locales/en/main.ftl"),
            dir.path().join("locales/en/main.ftl"),
        )
        .unwrap();
        Fixture { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.write(relative, &text.replacen(from, to, 1));
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_integra"))
            .current_dir(self.root())
            .args(args)
            .output()
            .unwrap();
        Run::from(output)
    }

    /// Builds into `public/` and insists that it worked.
    pub fn build(&self) -> Run {
        let run = self.run(&["build"]);
        assert!(run.success, "build failed:\n{}", run.stderr);
        run
    }

    pub fn html(&self, relative: &str) -> Html {
        Html::parse_document(&self.read(relative))
    }
}

pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

pub fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

pub fn attr(html: &Html, css: &str, name: &str) -> String {
    let found = select(html, css);
    let element = found
        .first()
        .unwrap_or_else(|| panic!("nothing matches {css}"));
    element
        .value()
        .attr(name)
        .unwrap_or_else(|| panic!("{css} has no {name}"))
        .to_string()
}

pub fn text(html: &Html, css: &str) -> String {
    select(html, css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Follows every link and reference inside the site in `public` (served
/// below `base_path`) and returns the ones that lead nowhere, as
/// `page -> target`.
pub fn broken_links(public: &Path, base_path: &str) -> Vec<String> {
    let selector = Selector::parse("a[href], link[href], script[src]").unwrap();
    let mut broken = Vec::new();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = Html::parse_document(&std::fs::read_to_string(entry.path()).unwrap());
        for element in html.select(&selector) {
            let target = element
                .value()
                .attr("href")
                .or(element.value().attr("src"))
                .unwrap();
            let Some(path) = target.strip_prefix(base_path) else {
                assert!(
                    target.starts_with('#')
                        || target.starts_with("https://example.org/")
                        || target.starts_with("https://mip.example.org/"),
                    "{} links outside the site: {target}",
                    entry.path().display()
                );
                continue;
            };
            let (path, fragment) = match path.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (path, None),
            };
            let path = path.split('?').next().unwrap();
            let mut file = public.join(path);
            if path.is_empty() || path.ends_with('/') {
                file = file.join("index.html");
            }
            if !file.is_file() {
                broken.push(format!("{} -> {target}", entry.path().display()));
                continue;
            }
            if let (Some(fragment), true) =
                (fragment, file.extension().is_some_and(|e| e == "html"))
            {
                let page = std::fs::read_to_string(&file).unwrap();
                if !page.contains(&format!("id=\"{fragment}\"")) {
                    broken.push(format!(
                        "{} -> {target} (no such anchor)",
                        entry.path().display()
                    ));
                }
            }
        }
    }
    assert!(pages > 0, "no pages in {}", public.display());
    broken
}

/// Every file below `root`, with its bytes, in path order.
pub fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
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
