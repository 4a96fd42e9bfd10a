//! The build, start to end: load → validate → render → write.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use tera::{Context, Tera};

use crate::config::{self, Locale};
use crate::content::{self, ContentPath};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Messages;
use crate::markdown::AnchorLink;
use crate::output::Staging;
use crate::render::{self, BodyCache};
use crate::site::{Route, Site};
use crate::sitemap;
use crate::templates::{self, Lookup};
use crate::translation;

/// Where a project's files are.
#[derive(Clone, Debug)]
pub struct Project {
    pub root: PathBuf,
}

impl Project {
    pub fn new(root: impl Into<PathBuf>) -> Project {
        Project { root: root.into() }
    }

    /// A path inside the project, written the short way when the project is
    /// the current folder, so that messages name `content/en/x.md`.
    pub fn path(&self, relative: &str) -> PathBuf {
        if self.root == Path::new(".") || self.root.as_os_str().is_empty() {
            PathBuf::from(relative)
        } else {
            self.root.join(relative)
        }
    }
}

/// Everything loaded and validated, ready to render.
pub struct Loaded {
    pub site: Site,
    tera: Tera,
    lookup: Arc<Lookup>,
    static_files: Vec<(String, PathBuf)>,
}

/// What a successful build did.
pub struct Report {
    pub pages: BTreeMap<Locale, usize>,
    pub elapsed: Duration,
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    pub fn summary(&self, output: &Path) -> String {
        let total: usize = self.pages.values().sum();
        let per_locale: Vec<String> = self.pages.iter().map(|(l, n)| format!("{l} {n}")).collect();
        format!(
            "Built {total} pages in {} locales ({}) in {:.2} s → {}",
            self.pages.len(),
            per_locale.join(", "),
            self.elapsed.as_secs_f64(),
            output.display()
        )
    }
}

/// Loads and validates the whole project, collecting every problem.
pub fn load(project: &Project) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let (loaded, problems) = load_all(project)?;
    if problems.has_errors() {
        return Err(problems);
    }
    Ok((loaded, problems))
}

/// Like [`load`], but goes on past errors in pages, Fluent files and
/// message references, so that rendering can find every other problem in
/// the same run. Fails only when nothing can be rendered.
pub fn load_all(project: &Project) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let config = config::load(&project.path("config.toml"))?;
    let theme_dir = project.path(&format!("themes/{}", config.theme));
    let templates_dir = theme_dir.join("templates");

    let mut problems = Diagnostics::default();
    let ((pages, failed, content_problems), ((messages, message_problems), templates)) =
        rayon::join(
            || content::load(&config, &project.path("content")),
            || {
                rayon::join(
                    || Messages::load(&config, &project.path("locales")),
                    || templates::load(&templates_dir),
                )
            },
        );
    problems.extend(content_problems);
    problems.extend(message_problems);
    let tera = match templates {
        Ok(tera) => Some(tera),
        Err(p) => {
            problems.extend(p);
            None
        }
    };
    problems.extend(templates::check_message_keys(&templates_dir, &messages));
    problems.extend(check_questionnaire_messages(
        &messages,
        &project.path("locales/en"),
    ));

    let (site, site_problems) = Site::new(config, pages, failed);
    problems.extend(site_problems);
    let Some(tera) = tera else {
        return Err(problems);
    };

    let mut urls: HashMap<Locale, HashMap<String, String>> = HashMap::new();
    for route in site.routes() {
        urls.entry(route.locale.locale.clone()).or_default().insert(
            route.path.as_str().to_string(),
            site.url(&route.locale.locale, route.path),
        );
    }
    // A page that failed to load still has an address, so that templates
    // linking to it do not add errors of their own.
    for locale in &site.config.locales {
        for (from, path) in &site.failed {
            if locale.chain.contains(from) {
                urls.entry(locale.locale.clone())
                    .or_default()
                    .entry(path.as_str().to_string())
                    .or_insert_with(|| site.url(&locale.locale, path));
            }
        }
    }
    let static_files = templates::static_files(&theme_dir.join("static"));
    let mut assets = HashMap::new();
    for (relative, file) in &static_files {
        let bytes = std::fs::read(file).unwrap_or_default();
        let hash = Sha256::digest(&bytes);
        let short: String = hash.iter().take(5).map(|b| format!("{b:02x}")).collect();
        assets.insert(
            relative.clone(),
            format!("{}{relative}?v={short}", site.config.base_path),
        );
    }
    let lookup = Arc::new(Lookup {
        messages,
        urls,
        assets,
    });
    Ok((
        Loaded {
            site,
            tera,
            lookup,
            static_files,
        },
        problems,
    ))
}

/// The self-assessment's statements, scale, bands and pillar names must all
/// have English texts: the forms, the toolkit and the function show them.
fn check_questionnaire_messages(messages: &Messages, english: &Path) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let q = mip::Questionnaire::builtin();
    let mut needed: Vec<String> = q.items().map(|item| format!("q-{item}")).collect();
    needed.extend(q.pillars.iter().map(|p| format!("pillar-{}", p.id)));
    needed.extend(mip::AnswerValue::all().map(|v| format!("scale-{}", v.get())));
    needed.push("scale-skip".into());
    for band in mip::scoring::Band::ALL {
        needed.push(format!("band-{band}"));
    }
    for id in needed {
        if !messages.source_has(&id) {
            problems.push(
                Diagnostic::error(format!(
                    "the self-assessment needs message `{id}`, which English lacks"
                ))
                .in_file(english.join("assessment.ftl"))
                .with_hint("every statement in mip/questionnaire.toml has a message `q-<id>`"),
            );
        }
    }
    problems
}

/// The questionnaire for clients and tests: ids, scale and version.
fn questionnaire_json(endpoint: &str) -> String {
    let q = mip::Questionnaire::builtin();
    let json = serde_json::json!({
        "version": q.version,
        "endpoint": endpoint,
        "scale": {
            "values": mip::AnswerValue::all().map(mip::AnswerValue::get).collect::<Vec<_>>(),
            "skip": "leave the statement out of `answers`",
        },
        "min_answers": mip::scoring::MIN_ANSWERS,
        "pillars": q.pillars.iter().map(|p| serde_json::json!({
            "id": p.id,
            "items": p.items.iter().map(|i| serde_json::json!({"id": i, "message": format!("q-{i}")})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&json).expect("JSON serialises")
}

/// Element ids in rendered HTML, the targets of `#fragment` links.
static ID: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r#"\sid="([^"]+)""#).expect("valid"));

/// Where rendered files go: the staging folder of `build`, or memory for
/// `serve`.
pub trait Sink: Sync {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic>;
}

impl Sink for Staging {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.write(relative, bytes)
    }
}

/// Rendered files kept in memory, by path relative to the output folder.
#[derive(Default)]
pub struct Memory(Mutex<HashMap<String, Arc<Vec<u8>>>>);

impl Sink for Memory {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.0
            .lock()
            .expect("no panics while holding")
            .insert(relative.to_string(), Arc::new(bytes.to_vec()));
        Ok(())
    }
}

impl Memory {
    pub fn into_files(self) -> HashMap<String, Arc<Vec<u8>>> {
        self.0.into_inner().expect("no panics while holding")
    }
}

/// The section ids each page has and the `#fragment` links each page makes,
/// kept so that a partial re-render checks links into and out of the pages
/// it redraws.
#[derive(Clone, Default)]
pub struct Anchors {
    ids: HashMap<(Locale, ContentPath), HashSet<String>>,
    links: HashMap<(Locale, ContentPath), Vec<AnchorLink>>,
}

impl Anchors {
    /// Links to a section the target page does not have.
    pub fn check(&self) -> Diagnostics {
        let mut problems = Diagnostics::default();
        for ((locale, _), links) in &self.links {
            for link in links {
                // Pages that failed to render were reported already.
                if self
                    .ids
                    .get(&(locale.clone(), link.target.clone()))
                    .is_some_and(|found| !found.contains(&link.fragment))
                {
                    problems.push(link.if_missing.clone());
                }
            }
        }
        problems
    }
}

/// The output file of a page.
pub fn page_file(route: &Route<'_>) -> String {
    format!("{}/{}index.html", route.locale.locale, route.path.route())
}

/// Renders pages of a loaded site, with each locale's templates ready.
pub struct Renderer<'a> {
    loaded: &'a Loaded,
    per_locale: HashMap<Locale, (Tera, Context)>,
    cache: Option<&'a BodyCache>,
}

impl<'a> Renderer<'a> {
    /// With a `cache`, Markdown bodies rendered before are reused.
    pub fn new(loaded: &'a Loaded, cache: Option<&'a BodyCache>) -> Renderer<'a> {
        let site = &loaded.site;
        let per_locale = site
            .config
            .locales
            .iter()
            .map(|l| {
                let tera = templates::for_locale(&loaded.tera, &loaded.lookup, &l.locale);
                (l.locale.clone(), (tera, render::base_context(site, l)))
            })
            .collect();
        Renderer {
            loaded,
            per_locale,
            cache,
        }
    }

    /// Renders `routes` in parallel into `sink` (or nowhere, for `check`),
    /// recording their anchors.
    pub fn pages(
        &self,
        routes: &[Route<'_>],
        sink: Option<&dyn Sink>,
        anchors: &mut Anchors,
    ) -> Diagnostics {
        let site = &self.loaded.site;
        let found = Mutex::new(Diagnostics::default());
        let recorded = Mutex::new(Vec::new());
        routes.par_iter().for_each(|route| {
            let (tera, base) = &self.per_locale[&route.locale.locale];
            let mut output = render::page(site, tera, base, route, self.cache);
            let key = (route.locale.locale.clone(), route.path.clone());
            let page_ids = output
                .html
                .as_deref()
                .map(|html| ID.captures_iter(html).map(|c| c[1].to_string()).collect());
            if let (Some(html), Some(sink)) = (&output.html, sink) {
                if let Err(e) = sink.put(&page_file(route), html.as_bytes()) {
                    output.problems.push(e);
                }
            }
            found
                .lock()
                .expect("no panics while holding")
                .extend(output.problems);
            recorded
                .lock()
                .expect("no panics while holding")
                .push((key, page_ids, output.anchors));
        });
        for (key, page_ids, links) in recorded.into_inner().expect("no panics while holding") {
            match page_ids {
                Some(ids) => anchors.ids.insert(key.clone(), ids),
                None => anchors.ids.remove(&key),
            };
            anchors.links.insert(key, links);
        }
        found.into_inner().expect("no panics while holding")
    }

    /// Files that belong to no content page: 404 pages, the language
    /// chooser, the sitemap, robots.txt, the questionnaire and the theme's
    /// static files.
    pub fn extras(&self, sink: Option<&dyn Sink>) -> Diagnostics {
        let site = &self.loaded.site;
        let mut problems = Diagnostics::default();
        let default = site.config.default_locale();
        let mut pages: Vec<(String, &str, &Locale)> = site
            .config
            .locales
            .iter()
            .map(|l| (format!("{}/404.html", l.locale), "404.html", &l.locale))
            .collect();
        pages.push(("404.html".into(), "404.html", &default.locale));
        pages.push(("index.html".into(), "languages.html", &default.locale));
        let status = translation::status(site, self.loaded.messages(), &[], None);
        let overview = translate_overview(site, &status);
        for l in &site.config.locales {
            pages.push((
                format!("{}/translate/index.html", l.locale),
                "translate.html",
                &l.locale,
            ));
        }
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for (file, template, locale) in pages {
            let (tera, ctx) = &self.per_locale[locale];
            let mut ctx = ctx.clone();
            if template == "translate.html" {
                // The language switcher goes to this page in each language.
                let translations: Vec<serde_json::Value> = site
                    .config
                    .locales
                    .iter()
                    .map(|l| {
                        serde_json::json!({
                            "code": l.locale.as_str(),
                            "name": l.name,
                            "dir": l.dir.as_str(),
                            "url": format!("{}{}/translate/", site.config.base_path, l.locale),
                            "current": l.locale == *locale,
                        })
                    })
                    .collect();
                ctx.insert("translations", &translations);
                ctx.insert("overview", &overview);
                let current = status.locales.iter().find(|s| s.locale == locale.as_str());
                ctx.insert(
                    "current",
                    &current.map(|s| translate_details(site, locale, s)),
                );
            }
            match tera.render(template, &ctx) {
                Ok(html) => files.push((file, html.into_bytes())),
                Err(e) => problems.push(
                    Diagnostic::error(format!("rendering {file}: {}", templates::error_chain(&e)))
                        .in_file(format!("themes/{}/templates/{template}", site.config.theme)),
                ),
            }
        }
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            site.config.base_url
        );
        files.push(("sitemap.xml".into(), sitemap::render(site).into_bytes()));
        files.push(("robots.txt".into(), robots.into_bytes()));
        files.push((
            "questionnaire.json".into(),
            questionnaire_json(&site.config.assessment_endpoint).into_bytes(),
        ));
        for (relative, file) in &self.loaded.static_files {
            match std::fs::read(file) {
                Ok(bytes) => files.push((relative.clone(), bytes)),
                Err(e) => {
                    problems.push(Diagnostic::error(format!("cannot read: {e}")).in_file(file))
                }
            }
        }
        if let Some(sink) = sink {
            for (relative, bytes) in files {
                if let Err(e) = sink.put(&relative, &bytes) {
                    problems.push(e);
                }
            }
        }
        problems
    }
}

/// Every locale's progress, for the translation status pages.
fn translate_overview(site: &Site, status: &translation::Status) -> Vec<serde_json::Value> {
    site.config
        .locales
        .iter()
        .map(|l| {
            let entry = status
                .locales
                .iter()
                .find(|s| s.locale == l.locale.as_str());
            serde_json::json!({
                "code": l.locale.as_str(),
                "name": l.name,
                "dir": l.dir.as_str(),
                "url": format!("{}{}/translate/", site.config.base_path, l.locale),
                "interface_percent": entry.map_or(100, |e| e.messages.percent),
                "pages_percent": entry.map_or(100, |e| e.content.percent),
                "pages_translated": entry.map_or(0, |e| e.content.translated),
                "pages_total": entry.map_or(0, |e| e.content.total),
                "drafts": entry.map_or(0, |e| e.content.drafts.len()),
                "stale": entry.map_or(0, |e| e.content.stale.len()),
            })
        })
        .collect()
}

/// What one locale still lacks, with links to the pages as it shows them.
fn translate_details(
    site: &Site,
    locale: &Locale,
    status: &translation::LocaleStatus,
) -> serde_json::Value {
    let config = site.config.locale(locale);
    let page = |path: &str| {
        let path = ContentPath::new(path);
        let shown = site.resolve(config, &path);
        serde_json::json!({
            "path": path.as_str(),
            "url": site.url(locale, &path),
            "title": shown.map_or(path.as_str(), |p| p.title.as_str()),
            "lang": shown.map_or(locale.as_str(), |p| p.locale.as_str()),
        })
    };
    serde_json::json!({
        "missing_messages": status.messages.missing.len(),
        "missing": status.content.fallback.iter().map(|f| page(&f.path)).collect::<Vec<_>>(),
        "stale": status.content.stale.iter().map(|s| page(&s.path)).collect::<Vec<_>>(),
        "drafts": status.content.drafts.iter().map(|d| page(d)).collect::<Vec<_>>(),
    })
}

/// Renders the whole site into `sink` (or nowhere): the pages per locale,
/// every problem, and the anchors for later partial renders.
pub fn render_site(
    loaded: &Loaded,
    sink: Option<&dyn Sink>,
    cache: Option<&BodyCache>,
) -> (BTreeMap<Locale, usize>, Diagnostics, Anchors) {
    let renderer = Renderer::new(loaded, cache);
    let routes = loaded.site.routes();
    let mut anchors = Anchors::default();
    let mut problems = renderer.pages(&routes, sink, &mut anchors);
    problems.extend(anchors.check());
    problems.extend(renderer.extras(sink));
    let mut pages = BTreeMap::new();
    for route in &routes {
        *pages.entry(route.locale.locale.clone()).or_insert(0) += 1;
    }
    (pages, problems, anchors)
}

/// Every validation of `build`, writing nothing.
pub fn check(project: &Project) -> Diagnostics {
    match load_all(project) {
        Err(problems) => problems,
        Ok((loaded, mut problems)) => {
            let (_, render_problems, _) = render_site(&loaded, None, None);
            problems.extend(render_problems);
            problems
        }
    }
}

/// Builds the site into `output`. On any error the previous `output` is
/// left exactly as it was.
pub fn build(project: &Project, output: &Path) -> Result<Report, Diagnostics> {
    let started = Instant::now();
    let (loaded, mut problems) = load_all(project)?;
    if problems.has_errors() {
        // Render nowhere, to report every other problem in the same run.
        let (_, render_problems, _) = render_site(&loaded, None, None);
        problems.extend(render_problems);
        return Err(problems);
    }
    let staging = Staging::new(output).map_err(|d| {
        let mut p = Diagnostics::default();
        p.push(d);
        p
    })?;
    let (pages, render_problems, _) = render_site(&loaded, Some(&staging), None);
    problems.extend(render_problems);

    if problems.has_errors() {
        // The staging folder stays for the next build to bring up to date.
        return Err(problems);
    }
    if let Err(e) = staging.commit() {
        problems.push(e);
        return Err(problems);
    }
    Ok(Report {
        pages,
        elapsed: started.elapsed(),
        warnings: problems.sorted(),
    })
}

impl Loaded {
    /// The interface messages of every locale, for reports such as
    /// `integra i18n status`.
    pub fn messages(&self) -> &Messages {
        &self.lookup.messages
    }
}
