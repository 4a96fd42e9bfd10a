//! `integra serve` serves exactly what `integra build --clean` writes, after
//! each of a sequence of edits (issue 8): the preview reloads only the
//! files that changed and renders only the outputs whose inputs changed,
//! and must still agree with a build from nothing, page for page.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use integra::pipeline::{self, Project, Rebuild};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::edits::{broken_on_purpose, edit, Edit};
use crate::incremental::compare;
use crate::prelude::*;
use crate::server::{without_reload_script, Server};
use crate::site_test::tree;

/// How long the server may take to catch up with an edit.
const PATIENCE: Duration = Duration::from_secs(20);

/// Files by path relative to the output folder, in order, with their bytes.
pub type Files = Vec<(String, Vec<u8>)>;

/// The site as the server shows it, compared with builds of its files.
struct Preview {
    site: SiteTest,
    server: Server,
    /// What the edits did so far, for reports.
    log: String,
    /// Every file a build of an earlier step wrote: the server must stop
    /// serving those the site no longer has.
    ever_built: BTreeSet<String>,
    /// The files of the last build that succeeded: what the server keeps
    /// serving, under its error panel, while the site is broken.
    last_good: Files,
}

impl Preview {
    fn start() -> Preview {
        let site = SiteTest::from_fixture("site");
        let server = Server::start(&site);
        let mut preview = Preview {
            site,
            server,
            log: String::new(),
            ever_built: BTreeSet::new(),
            last_good: Vec::new(),
        };
        preview.last_good = preview.fresh_build().expect("the fixture builds");
        preview
    }

    /// `integra build --clean` of the site's files into a new folder:
    /// every file and its bytes, or `None` if the build fails.
    fn fresh_build(&mut self) -> Option<Files> {
        let out = self.site.path("fresh");
        for folder in ["fresh", ".fresh.staging", ".fresh.manifests"] {
            let _ = std::fs::remove_dir_all(self.site.path(folder));
        }
        let built =
            pipeline::build_with(&Project::new(self.site.root()), &out, Rebuild::Everything);
        let files: Files = tree(&out)
            .into_iter()
            // The marker naming the build's manifest: `serve` writes no
            // folder to mark.
            .filter(|(path, _)| path != integra::output::MARKER)
            .collect();
        built.ok()?;
        self.ever_built.extend(files.iter().map(|(p, _)| p.clone()));
        Some(files)
    }

    /// Every file of `expected` as the server serves it now, without the
    /// reload script (and the error panel, with `panel`), and the status
    /// of each file built earlier that `expected` lacks.
    fn served(&self, expected: &[(String, Vec<u8>)], panel: bool) -> Served {
        let mut files = Vec::new();
        for (path, _) in expected {
            let (status, body) = self.server.get_bytes(&format!("/mip/{path}"));
            let body = if path.ends_with(".html") {
                let page = without_reload_script(&String::from_utf8_lossy(&body));
                let page = if panel { without_panel(&page) } else { page };
                page.into_bytes()
            } else {
                body
            };
            files.push((path.clone(), if status == 200 { body } else { Vec::new() }));
        }
        let current: BTreeSet<&String> = expected.iter().map(|(p, _)| p).collect();
        let gone = self
            .ever_built
            .iter()
            .filter(|p| !current.contains(p))
            .map(|p| (p.clone(), self.server.get_bytes(&format!("/mip/{p}")).0))
            .filter(|(_, status)| *status != 404)
            .collect();
        Served { files, gone }
    }

    /// Waits until the server serves what a fresh build of the site
    /// writes; while the site is broken, the last good pages under an
    /// error panel. Panics with the differences when it does not.
    /// Returns whether the site builds.
    fn check(&mut self, what: String) -> bool {
        let on_purpose = broken_on_purpose(&self.site);
        let built = self.fresh_build();
        let fails = if built.is_some() {
            ""
        } else {
            " (the build fails)"
        };
        self.log.push_str(&format!("{what}{fails}\n"));
        let (expected, panel) = match built {
            Some(files) => {
                assert!(
                    on_purpose.is_empty(),
                    "{}the build succeeded despite {on_purpose:?}",
                    self.log
                );
                self.last_good = files.clone();
                (files, false)
            }
            None => (self.last_good.clone(), true),
        };
        let deadline = Instant::now() + PATIENCE;
        loop {
            let shown = if panel { self.shows_errors() } else { true };
            let served = self.served(&expected, panel);
            let differences = compare(&expected, &served.files);
            if shown && differences.is_empty() && served.gone.is_empty() {
                return !panel;
            }
            if Instant::now() > deadline {
                panic!(
                    "{}after the last edit, {} s later, the server {}{}\nit printed:\n{}",
                    self.log,
                    PATIENCE.as_secs(),
                    if panel && !shown {
                        "shows no error panel although the build fails;\n"
                    } else {
                        ""
                    },
                    if differences.is_empty() {
                        format!(
                            "still serves files the site no longer has: {:?}",
                            served.gone
                        )
                    } else {
                        format!("serves (right) other files than the build (left) writes:\n{differences}")
                    },
                    self.server.printed()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Whether the server shows its error panel over the pages.
    fn shows_errors(&self) -> bool {
        let (_, page) = self.server.get("/mip/en/");
        page.contains("id=\"integra-build-errors\"")
    }
}

/// What the server served of a build's files.
struct Served {
    /// Each file, empty unless found.
    files: Files,
    /// Files built earlier that the site no longer has but the server
    /// still answers, with the status.
    gone: Vec<(String, u16)>,
}

/// A page without the panel `serve` shows over it while the site is
/// broken.
fn without_panel(html: &str) -> String {
    match html.find("<div id=\"integra-build-errors\"") {
        Some(start) => {
            let end = html[start..].find("</div>").expect("a closed panel") + start + 6;
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    }
}

#[test]
fn serve_serves_what_a_clean_build_writes_after_every_edit() {
    let mut preview = Preview::start();

    // With one page open, a change to every page: that page is rendered
    // first and the others after it, and none is ever served stale.
    preview.server.get("/mip/en/about/");
    preview.site.replace_in_file(
        "themes/default/templates/base.html",
        "<footer class=\"site-footer\">",
        "<footer class=\"site-footer\" data-edited>",
    );
    preview.check("base.html: every page changed, one of them open".into());
    assert!(
        preview.server.printed().contains("Rebuilt the other "),
        "the open page was not rendered first:\n{}",
        preview.server.printed()
    );

    // The translation status pages follow a translation marked up to
    // date, then its English source changing under it.
    preview
        .site
        .run(&["i18n", "mark-translated", "content/fr/pillars/health.md"])
        .expect_success();
    preview.check("integra i18n mark-translated content/fr/pillars/health.md".into());
    preview.site.replace_in_file(
        "content/en/pillars/health.md",
        "Text about health.",
        "Text about health.\n\nA paragraph the translation lacks.",
    );
    preview.check("content/en/pillars/health.md: a new paragraph".into());
    let stale = preview.site.read("fresh/fr/translate/index.html");
    assert!(
        stale.contains("<h2 id=\"stale\">") && stale.contains("<code>pillars/health.md</code>"),
        "the French translation of the health guide is not stale:\n{stale}"
    );

    // A broken page: the last good pages stay, under the panel, until the
    // file is fixed.
    preview
        .site
        .replace_in_file("content/en/about.md", "title = \"About\"", "title = About");
    preview.check("content/en/about.md: broken front matter".into());
    preview.site.replace_in_file(
        "content/en/about.md",
        "title = About",
        "title = \"About us\"",
    );
    preview.check("content/en/about.md: fixed, with a new title".into());

    // Then edits of every kind, the same ones each run unless SERVE_SEED
    // asks for others.
    let mut runner = match std::env::var("SERVE_SEED") {
        Ok(seed) => {
            let seed: u64 = seed.parse().expect("SERVE_SEED is a number");
            let mut bytes = [0; 32];
            bytes[..8].copy_from_slice(&seed.to_le_bytes());
            let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
            TestRunner::new_with_rng(Config::default(), rng)
        }
        Err(_) => TestRunner::deterministic(),
    };
    let edits = proptest::collection::vec(edit(), 48)
        .new_tree(&mut runner)
        .unwrap()
        .current();
    let mut broken_for = 0;
    for (i, edit) in edits.into_iter().enumerate() {
        let what = edit.apply(&mut preview.site);
        // Now and then two files are saved at once.
        if i % 6 == 5 {
            preview.log.push_str(&format!("{what} (and at once:)\n"));
            continue;
        }
        // Most steps should compare pages with a build: a site broken
        // three edits in a row is fixed.
        broken_for = if preview.check(what) {
            0
        } else {
            broken_for + 1
        };
        if broken_for == 3 {
            let what = Edit::Fix.apply(&mut preview.site);
            preview.check(what);
            broken_for = 0;
        }
    }
    eprintln!("{}{}", preview.log, preview.server.printed());
}
