//! The build, start to end: load → validate → render → write.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::config::Locale;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine::{self, Manifest, Sink};
pub use crate::load::{load, load_all, Loaded};
use crate::output::{self, Staging};
use crate::search::TermStore;
use crate::site::Site;

pub use crate::project::Project;

/// What a successful build did.
pub struct Report {
    pub pages: BTreeMap<Locale, usize>,
    /// Files rendered again because their inputs changed; the rest were
    /// kept from the last build.
    pub rendered: usize,
    pub elapsed: Duration,
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    pub fn summary(&self, output: &Path) -> String {
        let total: usize = self.pages.values().sum();
        let per_locale: Vec<String> = self.pages.iter().map(|(l, n)| format!("{l} {n}")).collect();
        format!(
            "Built {total} pages in {} locales ({}) in {:.2} s, {} file{} rendered again → {}",
            self.pages.len(),
            per_locale.join(", "),
            self.elapsed.as_secs_f64(),
            self.rendered,
            if self.rendered == 1 { "" } else { "s" },
            output.display()
        )
    }
}

/// Renders every output of the site, written nowhere: every validation of
/// `build`.
pub fn check(project: &Project) -> Diagnostics {
    match load_all(project) {
        Err(problems) => problems,
        Ok((loaded, mut problems)) => {
            problems.extend(render_all(&loaded, None).problems);
            problems
        }
    }
}

/// Renders every output from scratch into `sink` (or nowhere).
pub fn render_all(loaded: &Loaded, sink: Option<&dyn Sink>) -> engine::Outcome {
    let nothing = Manifest::default();
    let plan = engine::plan(loaded, &nothing, None);
    engine::render(plan, loaded, &nothing, sink, None, None)
}

/// Pages per locale.
pub fn page_counts(site: &Site) -> BTreeMap<Locale, usize> {
    let mut pages = BTreeMap::new();
    for route in site.routes() {
        *pages.entry(route.locale.locale.clone()).or_insert(0) += 1;
    }
    pages
}

/// How much a build renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rebuild {
    /// Only the files whose inputs changed since the last build.
    Changed,
    /// Every file, and anything in the output that the site does not have
    /// (such as files put there by hand) is removed.
    Everything,
}

/// Builds the site into `output`, rendering only what changed since the
/// last build there. On any error the previous `output` is left exactly as
/// it was.
pub fn build(project: &Project, output: &Path) -> Result<Report, Diagnostics> {
    build_with(project, output, Rebuild::Changed)
}

/// [`build`], rendering as much as `rebuild` says.
pub fn build_with(
    project: &Project,
    output: &Path,
    rebuild: Rebuild,
) -> Result<Report, Diagnostics> {
    let started = Instant::now();
    let (mut loaded, mut problems) = load_all(project)?;
    if problems.has_errors() {
        // Render nowhere, to report every other problem in the same run.
        problems.extend(render_all(&loaded, None).problems);
        return Err(problems);
    }
    let one = |d: Diagnostic| {
        let mut p = Diagnostics::default();
        p.push(d);
        p
    };
    output::check_replaceable(output).map_err(one)?;
    let published = match rebuild {
        Rebuild::Changed => output::published_manifest(output),
        Rebuild::Everything => Manifest::default(),
    };
    let store = TermStore::new(
        output::search_terms_dir(output),
        &loaded.site,
        rebuild == Rebuild::Changed,
    );
    loaded.search.keep_terms(store);
    let plan = engine::plan(&loaded, &published, None);
    let report = |rendered: usize, problems: Diagnostics| Report {
        pages: page_counts(&loaded.site),
        rendered,
        elapsed: started.elapsed(),
        warnings: problems.sorted(),
    };
    if plan.is_current() {
        problems.extend(
            published
                .outputs
                .values()
                .flat_map(|r| r.warnings.iter().map(Diagnostic::from)),
        );
        return Ok(report(0, problems));
    }
    let staging = Staging::new(output, rebuild == Rebuild::Changed).map_err(one)?;
    let outcome = engine::render(plan, &loaded, &published, Some(&staging), None, None);
    problems.extend(outcome.problems);
    if problems.has_errors() {
        // The staging folder stays for the next build to bring up to date.
        return Err(problems);
    }
    if let Err(e) = staging.commit(&outcome.manifest) {
        problems.push(e);
        return Err(problems);
    }
    if let Err(warning) = loaded.search.save_terms(&loaded.site) {
        problems.push(warning);
    }
    Ok(report(outcome.rendered.len(), problems))
}
