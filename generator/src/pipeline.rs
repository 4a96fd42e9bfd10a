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
use crate::output::Staging;
use crate::render;
use crate::site::Site;
use crate::sitemap;
use crate::templates::{self, Lookup};

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
    let config = config::load(&project.path("config.toml"))?;
    let theme_dir = project.path(&format!("themes/{}", config.theme));
    let templates_dir = theme_dir.join("templates");

    let mut problems = Diagnostics::default();
    let ((pages, content_problems), ((messages, message_problems), templates)) = rayon::join(
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

    let (site, site_problems) = Site::new(config, pages);
    problems.extend(site_problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let tera = tera.expect("no errors means the templates loaded");

    let mut urls: HashMap<Locale, HashMap<String, String>> = HashMap::new();
    for route in site.routes() {
        urls.entry(route.locale.locale.clone()).or_default().insert(
            route.path.as_str().to_string(),
            site.url(&route.locale.locale, route.path),
        );
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
    for band in ["work-on", "growing", "strong", "too-few"] {
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

/// Renders every page. With `staging`, writes each as it is rendered;
/// without (for `check`), only looks for problems.
fn render_all(
    loaded: &Loaded,
    staging: Option<&Staging>,
) -> (BTreeMap<Locale, usize>, Diagnostics) {
    let site = &loaded.site;
    let mut problems = Diagnostics::default();
    let per_locale: HashMap<Locale, (Tera, Context)> = site
        .config
        .locales
        .iter()
        .map(|l| {
            let tera = templates::for_locale(&loaded.tera, &loaded.lookup, &l.locale);
            (l.locale.clone(), (tera, render::base_context(site, l)))
        })
        .collect();

    let routes = site.routes();
    let found = Mutex::new(Vec::new());
    let ids: Mutex<HashMap<(&Locale, &ContentPath), HashSet<String>>> = Mutex::default();
    let anchors = Mutex::new(Vec::new());
    routes.par_iter().for_each(|route| {
        let (tera, base) = &per_locale[&route.locale.locale];
        let mut output = render::page(site, tera, base, route);
        if let Some(html) = output.html {
            let page_ids = ID.captures_iter(&html).map(|c| c[1].to_string()).collect();
            ids.lock()
                .expect("no panics while holding")
                .insert((&route.locale.locale, route.path), page_ids);
            if let Some(staging) = staging {
                let file = format!("{}/{}index.html", route.locale.locale, route.path.route());
                if let Err(e) = staging.write(&file, html.as_bytes()) {
                    output.problems.push(e);
                }
            }
        }
        if !output.problems.is_empty() {
            found
                .lock()
                .expect("no panics while holding")
                .extend(output.problems);
        }
        if !output.anchors.is_empty() {
            let mut anchors = anchors.lock().expect("no panics while holding");
            anchors.extend(
                output
                    .anchors
                    .into_iter()
                    .map(|a| (&route.locale.locale, a)),
            );
        }
    });
    problems.extend(found.into_inner().expect("no panics while holding"));
    let ids = ids.into_inner().expect("no panics while holding");
    for (locale, anchor) in anchors.into_inner().expect("no panics while holding") {
        // Pages that failed to render were reported already.
        if ids
            .get(&(locale, &anchor.target))
            .is_some_and(|found| !found.contains(&anchor.fragment))
        {
            problems.push(anchor.if_missing);
        }
    }

    // Pages that belong to no content file.
    let default = site.config.default_locale();
    let mut extra: Vec<(String, &str, &Context, &Tera)> = Vec::new();
    for l in &site.config.locales {
        let (tera, base) = &per_locale[&l.locale];
        extra.push((format!("{}/404.html", l.locale), "404.html", base, tera));
    }
    let (tera, base) = &per_locale[&default.locale];
    extra.push(("404.html".into(), "404.html", base, tera));
    extra.push(("index.html".into(), "languages.html", base, tera));
    for (file, template, ctx, tera) in extra {
        match tera.render(template, ctx) {
            Ok(html) => {
                if let Some(staging) = staging {
                    if let Err(e) = staging.write(&file, html.as_bytes()) {
                        problems.push(e);
                    }
                }
            }
            Err(e) => problems.push(
                Diagnostic::error(format!("rendering {file}: {}", templates::error_chain(&e)))
                    .in_file(format!("themes/{}/templates/{template}", site.config.theme)),
            ),
        }
    }

    let mut pages = BTreeMap::new();
    for route in &routes {
        *pages.entry(route.locale.locale.clone()).or_insert(0) += 1;
    }
    (pages, problems)
}

/// Every validation of `build`, writing nothing.
pub fn check(project: &Project) -> Diagnostics {
    match load(project) {
        Err(problems) => problems,
        Ok((loaded, mut problems)) => {
            let (_, render_problems) = render_all(&loaded, None);
            problems.extend(render_problems);
            problems
        }
    }
}

/// Builds the site into `output`. On any error the previous `output` is
/// left exactly as it was.
pub fn build(project: &Project, output: &Path) -> Result<Report, Diagnostics> {
    let started = Instant::now();
    let (loaded, mut problems) = load(project)?;
    let staging = Staging::new(output).map_err(|d| {
        let mut p = Diagnostics::default();
        p.push(d);
        p
    })?;
    let (pages, render_problems) = render_all(&loaded, Some(&staging));
    problems.extend(render_problems);

    let site = &loaded.site;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    );
    let mut writes = vec![
        staging.write("sitemap.xml", sitemap::render(site).as_bytes()),
        staging.write("robots.txt", robots.as_bytes()),
        staging.write(
            "questionnaire.json",
            questionnaire_json(&site.config.assessment_endpoint).as_bytes(),
        ),
    ];
    for (relative, file) in &loaded.static_files {
        writes.push(staging.copy(relative, file));
    }
    problems.extend(writes.into_iter().filter_map(Result::err));

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
