//! `integra serve`: a live preview. The site is rendered into memory and
//! served from there; a watcher rebuilds what a change affects and tells the
//! open pages to reload. A build error is shown over the last good page
//! until the file is fixed.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, Method, Response, StatusCode, Uri};
use axum::routing::{any, get};
use axum::Router;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use tower_http::compression::CompressionLayer;
use tower_livereload::{LiveReloadLayer, Reloader};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine::{self, Manifest, Memory};
use crate::i18n;
use crate::load::{self, Loaded, Sources};
use crate::project::Project;
use crate::render::BodyCache;

/// Where `integra serve` answers the self-assessment, as the deployed
/// function does.
pub const ASSESSMENT_PATH: &str = "/api/assessment";

/// How long the watcher waits for a burst of file events (an editor's save
/// is often several) to settle before rebuilding.
const SETTLE: Duration = Duration::from_millis(10);

/// Rendered files by path relative to the site root: the same bytes
/// `build` writes.
pub type Files = HashMap<String, Arc<Vec<u8>>>;

/// What is being served now.
struct Snapshot {
    files: Files,
    /// Files being rendered again after a change; asking for one waits
    /// until it is ready, so that no page is ever served stale.
    pending: HashSet<String>,
    /// Errors of the latest rebuild; shown over every page until fixed.
    errors: Vec<Diagnostic>,
    base_path: String,
    /// The security headers the host sends with every file (`_headers`).
    headers: Vec<(&'static str, String)>,
    /// Pages served lately, by when: after a change, these are rendered
    /// first.
    recent: HashMap<String, Instant>,
    /// The self-assessment's texts, for the endpoint's results page.
    texts: Arc<mip::texts::Texts>,
}

impl Snapshot {
    /// Serves the preview's files at `paths` as they are now, rather than
    /// copying every file of the site after each change.
    fn take(&mut self, preview: &Preview, paths: &[String]) {
        for path in paths {
            match preview.files().get(path) {
                Some(bytes) => self.files.insert(path.clone(), Arc::clone(bytes)),
                None => self.files.remove(path),
            };
        }
    }
}

type Shared = Arc<RwLock<Snapshot>>;

/// How long a served page counts as open in a browser.
const OPEN_FOR: Duration = Duration::from_secs(15 * 60);

/// When more outputs than this changed, the open pages are rendered and
/// reloaded first, and the rest follow.
const FIRST_BATCH_ABOVE: usize = 64;

/// What the preview keeps between changes: the watcher's state, which tests
/// drive in-process.
pub struct Preview {
    project: Project,
    /// The site as of the latest change, errors and all; `None` when it
    /// could not be loaded, and then the next change reads everything.
    loaded: Option<Loaded>,
    /// What the files being served were rendered from.
    manifest: Manifest,
    /// Whether the latest update succeeded: only then does the manifest
    /// know every change but the next, so that inputs the next change
    /// cannot touch keep their values.
    in_step: bool,
    bodies: BodyCache,
    /// The problems found when the site was last put together, which an
    /// edit of page bodies alone leaves as they are.
    assembled: Vec<Diagnostic>,
    /// The self-assessment's texts, read again whenever the site is put
    /// together again: only the configuration and the locales' files
    /// change them.
    texts: Arc<mip::texts::Texts>,
    /// The files being served.
    files: Files,
}

/// Renders the site into memory and serves it until Ctrl-C, rebuilding on
/// every change below `content/`, `locales/`, `themes/` and to
/// `config.toml`.
pub async fn run(project: Project, addr: SocketAddr) -> std::io::Result<()> {
    let mut preview = Preview::new(project.clone());
    // The build before the preview printed the problems already.
    let (errors, texts) = match preview.update(None, None) {
        Ok(done) => (Vec::new(), done.texts),
        Err(errors) => (
            errors.into_iter().filter(Diagnostic::is_error).collect(),
            Arc::default(),
        ),
    };
    let base_path = preview
        .loaded
        .as_ref()
        .map_or_else(|| "/".to_string(), |l| l.site.config.base_path.clone());
    let headers = preview
        .loaded
        .as_ref()
        .map_or_else(Vec::new, |l| crate::security::headers(&l.site.config));
    let shared: Shared = Arc::new(RwLock::new(Snapshot {
        files: preview.files().clone(),
        pending: HashSet::new(),
        errors,
        base_path: base_path.clone(),
        headers,
        recent: HashMap::new(),
        texts,
    }));

    // The layer serves the reload event stream; the pages load
    // `reload.js` (see `respond`) rather than the inline script the layer
    // would append after `</html>`, which the site's CSP forbids and which
    // is not valid HTML.
    let livereload = LiveReloadLayer::new().request_predicate(never::<axum::http::Request<Body>>);
    let reloader = livereload.reloader();
    let watcher = watch(preview, Arc::clone(&shared), reloader).map_err(std::io::Error::other)?;

    // Compression wraps the live reload, which injects its script only into
    // uncompressed pages; it leaves the reload's event stream alone
    // (tower-http skips `text/event-stream`), and compresses what a CDN
    // would: gzip or Brotli, as the browser asks.
    let app = router(shared, &base_path)
        .layer(livereload)
        .layer(CompressionLayer::new().gzip(true).br(true));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let shown = if addr.ip().is_unspecified() {
        format!("http://127.0.0.1:{}{base_path}", addr.port())
    } else {
        format!("http://{addr}{base_path}")
    };
    println!("Serving the site at {shown} (Ctrl-C to stop)");
    println!("Watching content/, locales/, themes/ and config.toml for changes");
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    drop(watcher);
    served
}

impl Preview {
    /// A preview of `project`, with nothing rendered yet.
    pub fn new(project: Project) -> Preview {
        Preview {
            project,
            loaded: None,
            manifest: Manifest::default(),
            in_step: false,
            bodies: BodyCache::default(),
            assembled: Vec::new(),
            texts: Arc::default(),
            files: Files::new(),
        }
    }

    /// The files being served, by path relative to the site root: the same
    /// bytes `build` writes.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// Brings the files up to date after `changed` (paths relative to the
    /// project; everything, when `None`): reads the files that changed,
    /// renders the outputs whose inputs changed (with `first`, when many
    /// did, only those it accepts; the others are returned as deferred,
    /// for the next update). On errors the files stay as they were, and all
    /// problems are returned.
    pub fn update(
        &mut self,
        changed: Option<&HashSet<PathBuf>>,
        first: Option<&(dyn Fn(&str) -> bool + Sync)>,
    ) -> Result<Update, Vec<Diagnostic>> {
        let in_step = std::mem::replace(&mut self.in_step, false);
        let bodies_only = match (&mut self.loaded, changed) {
            (Some(loaded), Some(changed)) => loaded.refresh_bodies(&self.project, changed),
            _ => None,
        };
        let reassembled = bodies_only.is_none();
        let (loaded, what, warnings) = match bodies_only {
            Some(what) => {
                // No page came or went: the bodies cached stay valid.
                let mut warnings = Diagnostics::default();
                warnings.extend(self.assembled.iter().cloned());
                let loaded = self.loaded.take().expect("refreshed above");
                (loaded, Some(what), warnings)
            }
            None => {
                let refreshed = match (self.loaded.take(), changed) {
                    (Some(loaded), Some(changed)) => {
                        loaded.into_sources().refresh(&self.project, changed)
                    }
                    _ => Sources::read(&self.project).map(|s| (s, None)),
                };
                let (sources, what) = refreshed.map_err(|p| p.sorted())?;
                let (loaded, warnings) =
                    load::assemble(&self.project, sources).map_err(|p| p.sorted())?;
                self.assembled = warnings.iter().cloned().collect();
                // The texts hold workshop titles: a body-only edit, the
                // other branch, cannot change them.
                self.texts = Arc::new(i18n::assessment_texts(
                    &loaded.site,
                    &self.project.path("locales"),
                ));
                (loaded, what, warnings)
            }
        };
        let what = what.filter(|_| in_step);
        let memory = Memory::default();
        let plan = engine::plan(&loaded, &self.manifest, what.as_ref());
        if reassembled {
            self.bodies.prepare(&loaded.site, plan.addresses());
        }
        let first = first.filter(|_| plan.changed() > FIRST_BATCH_ABOVE);
        let outcome = engine::render(
            plan,
            &loaded,
            &self.manifest,
            Some(&memory),
            Some(&self.bodies),
            first,
        );
        let mut problems = warnings;
        problems.extend(outcome.problems);
        let problems = problems.sorted();
        self.loaded = Some(loaded);
        if problems.iter().any(Diagnostic::is_error) {
            if !outcome.deferred.is_empty() {
                // The open pages failed: render the rest too, so that every
                // error is reported, as `build` would.
                return self.update(Some(&HashSet::new()), None);
            }
            return Err(problems);
        }
        for path in &outcome.removed {
            self.files.remove(path);
        }
        self.files.extend(memory.into_files());
        self.manifest = outcome.manifest;
        self.in_step = true;
        let rendered = outcome.rendered.len();
        let mut changed_files = outcome.rendered;
        changed_files.extend(outcome.removed);
        Ok(Update {
            rendered,
            changed_files,
            deferred: outcome.deferred,
            warnings: problems,
            texts: Arc::clone(&self.texts),
        })
    }
}

/// What [`Preview::update`] did.
pub struct Update {
    /// How many files it rendered.
    pub rendered: usize,
    /// The files it rendered or removed.
    changed_files: Vec<String>,
    /// Files whose inputs changed, left for the next update.
    pub deferred: Vec<String>,
    pub warnings: Vec<Diagnostic>,
    /// The self-assessment's texts as they are now.
    texts: Arc<mip::texts::Texts>,
}

fn print_warnings(problems: &[Diagnostic]) {
    for warning in problems.iter().filter(|d| !d.is_error()) {
        eprintln!("{warning}");
    }
}

/// Editor droppings and hidden files never trigger a rebuild.
fn is_noise(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".bak",
            ".part",
            ".crdownload",
        ]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// Starts watching the project; the returned debouncer stops when dropped.
fn watch(
    mut preview: Preview,
    shared: Shared,
    reloader: Reloader,
) -> notify_debouncer_full::notify::Result<impl Drop> {
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(SETTLE, None, tx)?;
    // Events name files from the canonical root; the project keeps the
    // paths as the user gave them, for its messages.
    let root = preview.project.path(".");
    let root = root.canonicalize().unwrap_or(root);
    for folder in ["content", "locales", "themes"] {
        let dir = root.join(folder);
        if dir.is_dir() {
            debouncer.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    debouncer.watch(&root, RecursiveMode::NonRecursive)?;
    let config = root.join("config.toml");
    let watched = [
        root.join("content"),
        root.join("locales"),
        root.join("themes"),
    ];

    let project = preview.project.clone();
    std::thread::Builder::new()
        .name("watcher".into())
        .spawn(move || {
            for result in rx {
                let events = match result {
                    Ok(events) => events,
                    Err(errors) => {
                        for e in errors {
                            eprintln!("warning: watching files: {e}");
                        }
                        continue;
                    }
                };
                let changed: HashSet<PathBuf> = events
                    .iter()
                    .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                    .flat_map(|e| e.event.paths.iter())
                    .filter(|p| !is_noise(p))
                    .filter(|p| **p == config || watched.iter().any(|w| p.starts_with(w)))
                    .filter_map(|p| p.strip_prefix(&root).ok().map(Path::to_path_buf))
                    .collect();
                if changed.is_empty() {
                    continue;
                }
                // A bug in a rebuild must not end the watcher, silently
                // leaving the preview stale for ever.
                let rebuilt = catch_panic(|| rebuild(&mut preview, &shared, &reloader, &changed));
                if let Err(why) = rebuilt {
                    recover_from_panic(&shared, &changed, &why);
                    // Its state may be half updated: the next change reads
                    // and renders everything again.
                    preview = Preview::new(project.clone());
                    reloader.reload();
                }
            }
        })
        .map_err(|e| notify_debouncer_full::notify::Error::generic(&e.to_string()))?;
    Ok(debouncer)
}

/// Renders what `changed` (paths relative to the project) affects, puts
/// it in `shared` and reloads the open pages; on errors, shows them.
fn rebuild(
    preview: &mut Preview,
    shared: &Shared,
    reloader: &Reloader,
    changed: &HashSet<PathBuf>,
) {
    let started = Instant::now();
    let mut names: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
    names.sort();
    let open: HashSet<String> = shared
        .read()
        .expect("no panics while holding")
        .recent
        .iter()
        .filter(|(_, at)| at.elapsed() < OPEN_FOR)
        .map(|(path, _)| path.clone())
        .collect();
    let is_open = |path: &str| open.contains(path);
    match preview.update(Some(changed), Some(&is_open)) {
        Ok(done) => {
            print_warnings(&done.warnings);
            let mut snapshot = shared.write().expect("no panics while holding");
            snapshot.take(preview, &done.changed_files);
            snapshot.texts = Arc::clone(&done.texts);
            snapshot.pending = done.deferred.iter().cloned().collect();
            snapshot.errors.clear();
            drop(snapshot);
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            println!(
                "Rebuilt {} file{} in {} ms after a change to {}",
                done.rendered,
                plural(done.rendered),
                started.elapsed().as_millis(),
                names.join(", ")
            );
            // Only now that the new pages are in place.
            reloader.reload();
            if done.deferred.is_empty() {
                return;
            }
            let rest = preview.update(Some(&HashSet::new()), None);
            let mut snapshot = shared.write().expect("no panics while holding");
            match rest {
                Ok(rest) => {
                    print_warnings(&rest.warnings);
                    snapshot.take(preview, &rest.changed_files);
                    println!(
                        "Rebuilt the other {} file{} in {} ms",
                        rest.rendered,
                        plural(rest.rendered),
                        started.elapsed().as_millis()
                    );
                }
                Err(errors) => snapshot.errors = report_errors(errors),
            }
            snapshot.pending.clear();
        }
        Err(errors) => {
            shared.write().expect("no panics while holding").errors = report_errors(errors);
            reloader.reload();
        }
    }
}

/// Runs `f`, turning a panic into its message.
fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string())
    })
}

/// After a rebuild panicked: says so on stderr and over every page, and
/// keeps serving the last good pages. Pages that were waiting to be
/// rendered are served as they were, rather than waiting for ever.
fn recover_from_panic(shared: &Shared, changed: &HashSet<PathBuf>, why: &str) {
    let mut names: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
    names.sort();
    let problem = Diagnostic::error(format!(
        "integra failed while rebuilding after a change to {}: {why}",
        names.join(", ")
    ))
    .with_hint(
        "this is a bug in integra: please report it with the change that caused it. \
         The preview keeps the last good pages; save a file to try again, or restart `integra serve`",
    );
    eprintln!("{problem}");
    // The panic may have struck while the snapshot was being changed: what
    // it holds are whole files, each either old or new, so it is still
    // worth serving.
    let mut snapshot = shared
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    snapshot.pending.clear();
    snapshot.errors = vec![problem];
    drop(snapshot);
    shared.clear_poison();
}

/// Prints the problems of a failed rebuild and returns its errors for the
/// panel.
fn report_errors(errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    for e in &errors {
        eprintln!("{e}");
    }
    eprintln!("The preview keeps the last good pages and shows these errors until they are fixed.");
    errors.into_iter().filter(Diagnostic::is_error).collect()
}

/// The very handler the Lambda function runs, for the local preview.
async fn assessment(
    method: Method,
    headers: HeaderMap,
    body: Bytes,
    site_url: String,
    shared: Shared,
) -> Response<Body> {
    let texts = Arc::clone(&shared.read().expect("no panics while holding").texts);
    let settings = mip::api::Settings {
        allowed_origins: Vec::new(),
        site_url,
    };
    mip::api::handle_http(&method, &headers, &body, &settings, &texts).map(Body::from)
}

/// The preview's routes: the site from memory and the self-assessment
/// endpoint, which answers with the texts as they are now.
fn router(shared: Shared, base_path: &str) -> Router {
    let site_url = base_path.to_string();
    let for_endpoint = Arc::clone(&shared);
    Router::new()
        .route(
            ASSESSMENT_PATH,
            any(move |method: Method, headers: HeaderMap, body: Bytes| {
                assessment(
                    method,
                    headers,
                    body,
                    site_url.clone(),
                    Arc::clone(&for_endpoint),
                )
            }),
        )
        // Anything much larger than the endpoint's own limit is refused
        // before it is read.
        .layer(DefaultBodyLimit::max(4 * mip::api::MAX_BODY))
        .route(&format!("{PREVIEW_FILES}{{file}}"), get(preview_file))
        .fallback(serve_file)
        .with_state(shared)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn never<T>(_: &T) -> bool {
    false
}

/// Where the preview's own files are served, outside any site's base path.
const PREVIEW_FILES: &str = "/_integra/";

/// Reloads the page when the preview says a file changed; loaded from a
/// file, as the site's Content-Security-Policy allows no inline script.
const RELOAD_JS: &str = r#""use strict";
(() => {
  const stream = document.currentScript.dataset.eventStream;
  addEventListener("pageshow", () => {
    const source = new EventSource(stream);
    const reload = () => { source.close(); location.reload(); };
    source.addEventListener("reload", reload);
    // After the preview restarts, its first event means "reload".
    source.addEventListener("error", () => source.addEventListener("init", reload), { once: true });
    addEventListener("pagehide", () => source.close());
  });
})();
"#;

const OVERLAY_CSS: &str = "#integra-build-errors{position:fixed;inset:0 0 auto 0;max-height:80vh;overflow:auto;z-index:99999;margin:0;padding:1rem;background:#fff4f4;color:#5c0000;border-block-end:4px solid #b3261e;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap}#integra-build-errors strong{font:700 16px system-ui,sans-serif}";

/// The preview's script and stylesheet.
async fn preview_file(uri: Uri) -> Response<Body> {
    let (kind, text) = match uri.path().strip_prefix(PREVIEW_FILES) {
        Some("reload.js") => ("text/javascript; charset=utf-8", RELOAD_JS),
        Some("overlay.css") => ("text/css; charset=utf-8", OVERLAY_CSS),
        _ => ("text/plain; charset=utf-8", "Not found"),
    };
    let status = if kind.starts_with("text/plain") {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, kind)
        .header(header::CACHE_CONTROL, "no-cache")
        .header("x-content-type-options", "nosniff")
        .body(Body::from(text))
        .expect("a valid response")
}

/// A panel over the page listing the build errors, with file and line.
fn overlay(errors: &[Diagnostic]) -> String {
    let mut html = format!(
        "<div id=\"integra-build-errors\" role=\"alert\" dir=\"ltr\" lang=\"en\"><link rel=\"stylesheet\" href=\"{PREVIEW_FILES}overlay.css\">"
    );
    html.push_str(&format!(
        "<strong>Build failed: {} error{}. This is the last page that built; it updates when you fix the file.</strong>\n\n",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    ));
    for e in errors {
        html.push_str(&mip::escape_html(&e.to_string()));
        html.push('\n');
    }
    html.push_str("</div>");
    html
}

async fn serve_file(State(shared): State<Shared>, uri: Uri) -> Response<Body> {
    // A page being rendered again is served once it is ready, never stale.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (response, served) = {
            let snapshot = shared.read().expect("no panics while holding");
            match find(&snapshot, uri.path()) {
                Found::Pending(_) if Instant::now() < deadline => (None, None),
                Found::File(key) | Found::Pending(key) => match snapshot.files.get(&key) {
                    Some(bytes) => {
                        let response = respond(&snapshot, StatusCode::OK, &key, bytes);
                        (Some(response), key.ends_with(".html").then_some(key))
                    }
                    None => (Some(not_found(&snapshot, &key)), None),
                },
                Found::Redirect => (
                    Some(
                        Response::builder()
                            .status(StatusCode::PERMANENT_REDIRECT)
                            .header(header::LOCATION, format!("{}/", uri.path()))
                            .body(Body::empty())
                            .expect("a valid response"),
                    ),
                    None,
                ),
                Found::Nothing(relative) => (Some(not_found(&snapshot, &relative)), None),
            }
        };
        if let Some(key) = served {
            shared
                .write()
                .expect("no panics while holding")
                .recent
                .insert(key, Instant::now());
        }
        match response {
            Some(response) => return response,
            None => tokio::time::sleep(Duration::from_millis(5)).await,
        }
    }
}

/// What an address leads to.
enum Found {
    File(String),
    /// A file being rendered again.
    Pending(String),
    /// A folder without its trailing slash.
    Redirect,
    /// Nothing: the path relative to the site, for its locale's 404 page.
    Nothing(String),
}

fn find(snapshot: &Snapshot, path: &str) -> Found {
    let Some(relative) = path
        .strip_prefix(snapshot.base_path.as_str())
        .or_else(|| (path.len() + 1 == snapshot.base_path.len()).then_some(""))
    else {
        return Found::Nothing(String::new());
    };
    let key = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    if snapshot.pending.contains(&key) {
        return Found::Pending(key);
    }
    if snapshot.files.contains_key(&key) {
        return Found::File(key);
    }
    if snapshot
        .files
        .contains_key(&format!("{relative}/index.html"))
    {
        return Found::Redirect;
    }
    Found::Nothing(relative.to_string())
}

fn respond(
    snapshot: &Snapshot,
    status: StatusCode,
    key: &str,
    bytes: &Arc<Vec<u8>>,
) -> Response<Body> {
    let kind = content_type(key);
    let body = if kind.starts_with("text/html") {
        // Inside <body>, so that the page stays valid HTML; apart from
        // these, the page is the built one, byte for byte.
        let html = String::from_utf8_lossy(bytes);
        let mut added = format!(
            "<script data-event-stream=\"/_tower-livereload/event-stream\" src=\"{PREVIEW_FILES}reload.js\"></script>"
        );
        if !snapshot.errors.is_empty() {
            added.push_str(&overlay(&snapshot.errors));
        }
        match html.rfind("</body>") {
            Some(i) => Body::from(format!("{}{added}{}", &html[..i], &html[i..])),
            None => Body::from(format!("{html}{added}")),
        }
    } else {
        Body::from(bytes.as_ref().clone())
    };
    let mut response = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, kind)
        // The preview's files change as they are edited: unlike the
        // host's, its cache lifetimes are always "check again".
        .header(header::CACHE_CONTROL, "no-cache");
    for (name, value) in &snapshot.headers {
        response = response.header(*name, value);
    }
    response.body(body).expect("a valid response")
}

/// The 404 page of the locale the address is in, else the site's.
fn not_found(snapshot: &Snapshot, relative: &str) -> Response<Body> {
    let locale = relative.split('/').next().unwrap_or("");
    for key in [format!("{locale}/404.html"), "404.html".to_string()] {
        if let Some(bytes) = snapshot.files.get(&key) {
            return respond(snapshot, StatusCode::NOT_FOUND, &key, bytes);
        }
    }
    let empty =
        Arc::new(b"<!doctype html><title>Not found</title><body><p>Not found</p></body>".to_vec());
    respond(snapshot, StatusCode::NOT_FOUND, "404.html", &empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared() -> Shared {
        Arc::new(RwLock::new(Snapshot {
            files: Files::new(),
            pending: HashSet::from(["en/index.html".to_string()]),
            errors: Vec::new(),
            base_path: "/".into(),
            headers: Vec::new(),
            recent: HashMap::new(),
            texts: Arc::default(),
        }))
    }

    #[test]
    fn a_panicking_rebuild_is_caught_with_its_message() {
        assert_eq!(catch_panic(|| 7), Ok(7));
        let number = 3;
        let why = catch_panic(|| -> () { panic!("bad page number {number}") });
        assert_eq!(why, Err("bad page number 3".to_string()));
        assert_eq!(
            catch_panic(|| -> () { panic!("static") }),
            Err("static".into())
        );
    }

    #[test]
    fn after_a_panic_the_preview_shows_it_and_serves_again() {
        let shared = shared();
        // A panic while the snapshot was being changed poisons its lock.
        let poisoned = Arc::clone(&shared);
        let _ = std::thread::spawn(move || {
            let _guard = poisoned.write().unwrap();
            panic!("while holding");
        })
        .join();
        assert!(shared.is_poisoned());
        let changed = HashSet::from([PathBuf::from("content/en/about.md")]);
        recover_from_panic(&shared, &changed, "while holding");
        assert!(!shared.is_poisoned(), "requests would panic on the lock");
        let snapshot = shared.read().unwrap();
        assert!(snapshot.pending.is_empty(), "requests would wait for ever");
        let shown = overlay(&snapshot.errors);
        assert!(shown.contains(
            "integra failed while rebuilding after a change to content/en/about.md: while holding"
        ));
        assert!(shown.contains("this is a bug in integra"));
    }
}
