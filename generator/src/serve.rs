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
use axum::routing::any;
use axum::Router;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use tower_livereload::{LiveReloadLayer, Reloader};

use crate::config::Locale;
use crate::content::{self, ContentPath};
use crate::diagnostic::Diagnostic;
use crate::pipeline::{self, Anchors, Loaded, Memory, Project, Renderer};
use crate::render::BodyCache;

/// Where `integra serve` answers the self-assessment, as the deployed
/// function does.
pub const ASSESSMENT_PATH: &str = "/api/assessment";

/// How long the watcher waits for a burst of file events (an editor's save
/// is often several) to settle before rebuilding.
const SETTLE: Duration = Duration::from_millis(10);

/// Rendered files by path relative to the site root: the same bytes
/// `build` writes.
type Files = HashMap<String, Arc<Vec<u8>>>;

/// What is being served now.
struct Snapshot {
    files: Files,
    /// Errors of the latest rebuild; shown over every page until fixed.
    errors: Vec<Diagnostic>,
    base_path: String,
}

type Shared = Arc<RwLock<Snapshot>>;

/// What the watcher keeps between rebuilds.
struct Live {
    project: Project,
    /// The last state that rendered without errors.
    loaded: Option<Loaded>,
    anchors: Anchors,
    bodies: BodyCache,
    /// The latest rebuild failed, so the next one starts from scratch.
    failed: bool,
}

/// Renders the site into memory and serves it until Ctrl-C, rebuilding on
/// every change below `content/`, `locales/`, `themes/` and to
/// `config.toml`.
pub async fn run(project: Project, addr: SocketAddr) -> std::io::Result<()> {
    let mut live = Live {
        project: project.clone(),
        loaded: None,
        anchors: Anchors::default(),
        bodies: BodyCache::default(),
        failed: true,
    };
    let (files, errors) = match full_render(&mut live) {
        Ok(files) => (files, Vec::new()),
        Err(errors) => (HashMap::new(), errors),
    };
    live.failed = !errors.is_empty();
    let base_path = live
        .loaded
        .as_ref()
        .map_or_else(|| "/".to_string(), |l| l.site.config.base_path.clone());
    let shared: Shared = Arc::new(RwLock::new(Snapshot {
        files,
        errors,
        base_path: base_path.clone(),
    }));

    let livereload = LiveReloadLayer::new();
    let reloader = livereload.reloader();
    let watcher = watch(live, Arc::clone(&shared), reloader).map_err(std::io::Error::other)?;

    // The endpoint keeps the texts it starts with; a restart picks up edits.
    let texts = crate::config::load(&project.path("config.toml"))
        .map(|config| crate::i18n::assessment_texts(&config, &project.path("locales")))
        .unwrap_or_default();
    let app = router(shared, &base_path, Arc::new(texts)).layer(livereload);
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

/// Loads and renders everything.
fn full_render(live: &mut Live) -> Result<Files, Vec<Diagnostic>> {
    let (loaded, warnings) = pipeline::load_all(&live.project).map_err(|p| p.sorted())?;
    let memory = Memory::default();
    live.bodies.prepare(&loaded.site);
    let (_, mut problems, anchors) =
        pipeline::render_site(&loaded, Some(&memory), Some(&live.bodies));
    problems.extend(warnings);
    let problems = problems.sorted();
    print_warnings(&problems);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    live.loaded = Some(loaded);
    live.anchors = anchors;
    Ok(memory.into_files())
}

fn print_warnings(problems: &[Diagnostic]) {
    for warning in problems.iter().filter(|d| !d.is_error()) {
        eprintln!("{warning}");
    }
}

/// Content files whose change touches only their own pages: the body of an
/// existing page, with its front matter exactly as it was.
fn body_only_changes(
    live: &Live,
    changed: &HashSet<PathBuf>,
) -> Option<Vec<(Locale, ContentPath, PathBuf)>> {
    let loaded = live.loaded.as_ref()?;
    if live.failed {
        return None;
    }
    let content = live.project.path("content");
    let mut pages = Vec::new();
    for file in changed {
        let relative = file.strip_prefix(&content).ok()?;
        let mut parts = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        let locale = Locale::parse(&parts.next()?).ok()?;
        let path = ContentPath::new(parts.collect::<Vec<_>>().join("/"));
        let page = loaded.site.page(&locale, &path)?;
        let text = std::fs::read_to_string(file).ok()?;
        let front_end = page.body_offset;
        if text.len() < front_end
            || text.as_bytes()[..front_end] != page.source.as_bytes()[..front_end]
        {
            return None;
        }
        pages.push((locale, path, file.clone()));
    }
    Some(pages)
}

/// Re-renders only the pages of `changes`, in every locale that shows them.
fn partial_render(
    live: &mut Live,
    changes: Vec<(Locale, ContentPath, PathBuf)>,
    current: &Files,
) -> Result<(Files, usize), Vec<Diagnostic>> {
    let loaded = live.loaded.as_mut().expect("checked by body_only_changes");
    let mut replaced = Vec::new();
    let mut problems = Vec::new();
    for (locale, path, file) in &changes {
        match content::load_page(locale.clone(), path.clone(), file.clone()) {
            Ok(page) => replaced.extend(loaded.site.replace_page(page)),
            Err(e) => problems.push(e),
        }
    }
    let paths: HashSet<&ContentPath> = changes.iter().map(|(_, p, _)| p).collect();
    let mut anchors = live.anchors.clone();
    let memory = Memory::default();
    let rendered = if problems.is_empty() {
        let loaded = live.loaded.as_ref().expect("present");
        let routes: Vec<_> = loaded
            .site
            .routes()
            .into_iter()
            .filter(|r| paths.contains(r.path))
            .collect();
        let renderer = Renderer::new(loaded, Some(&live.bodies));
        let mut found = renderer.pages(&routes, Some(&memory), &mut anchors);
        found.extend(anchors.check());
        problems.extend(found.sorted());
        routes.len()
    } else {
        0
    };
    print_warnings(&problems);
    if problems.iter().any(Diagnostic::is_error) {
        // Keep the last good pages, to render from next time.
        let loaded = live.loaded.as_mut().expect("present");
        for old in replaced {
            loaded.site.replace_page(old);
        }
        return Err(problems);
    }
    live.anchors = anchors;
    let mut files = current.clone();
    files.extend(memory.into_files());
    Ok((files, rendered))
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
    mut live: Live,
    shared: Shared,
    reloader: Reloader,
) -> notify_debouncer_full::notify::Result<impl Drop> {
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(SETTLE, None, tx)?;
    let root = live.project.path(".");
    let root = root.canonicalize().unwrap_or(root);
    live.project = Project::new(&root);
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

    std::thread::spawn(move || {
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
                .cloned()
                .collect();
            if changed.is_empty() {
                continue;
            }
            let started = Instant::now();
            let current = shared
                .read()
                .expect("no panics while holding")
                .files
                .clone();
            let outcome = match body_only_changes(&live, &changed) {
                Some(changes) => partial_render(&mut live, changes, &current),
                None => full_render(&mut live).map(|files| {
                    let pages = live.loaded.as_ref().map_or(0, |l| l.site.routes().len());
                    (files, pages)
                }),
            };
            let mut names: Vec<String> = changed
                .iter()
                .map(|p| p.strip_prefix(&root).unwrap_or(p).display().to_string())
                .collect();
            names.sort();
            match outcome {
                Ok((files, pages)) => {
                    live.failed = false;
                    let mut snapshot = shared.write().expect("no panics while holding");
                    snapshot.files = files;
                    snapshot.errors.clear();
                    drop(snapshot);
                    println!(
                        "Rebuilt {pages} page{} in {} ms after a change to {}",
                        if pages == 1 { "" } else { "s" },
                        started.elapsed().as_millis(),
                        names.join(", ")
                    );
                }
                Err(errors) => {
                    live.failed = true;
                    for e in errors.iter().filter(|d| d.is_error()) {
                        eprintln!("{e}");
                    }
                    eprintln!("The preview keeps the last good pages and shows these errors until they are fixed.");
                    shared.write().expect("no panics while holding").errors =
                        errors.into_iter().filter(Diagnostic::is_error).collect();
                }
            }
            // Only now that the new pages are in place.
            reloader.reload();
        }
    });
    Ok(debouncer)
}

/// The very handler the Lambda function runs, for the local preview.
async fn assessment(
    method: Method,
    headers: HeaderMap,
    body: Bytes,
    site_url: String,
    texts: Arc<mip::texts::Texts>,
) -> Response<Body> {
    let settings = mip::api::Settings {
        allowed_origins: Vec::new(),
        site_url,
    };
    mip::api::handle_http(&method, &headers, &body, &settings, &texts).map(Body::from)
}

/// The preview's routes: the site from memory and the self-assessment
/// endpoint, which answers form posts with `texts`.
fn router(shared: Shared, base_path: &str, texts: Arc<mip::texts::Texts>) -> Router {
    let site_url = base_path.to_string();
    Router::new()
        .route(
            ASSESSMENT_PATH,
            any(move |method: Method, headers: HeaderMap, body: Bytes| {
                assessment(method, headers, body, site_url.clone(), Arc::clone(&texts))
            }),
        )
        // Anything much larger than the endpoint's own limit is refused
        // before it is read.
        .layer(DefaultBodyLimit::max(4 * mip::api::MAX_BODY))
        .fallback(serve_file)
        .with_state(shared)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
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

/// A panel over the page listing the build errors, with file and line.
fn overlay(errors: &[Diagnostic]) -> String {
    let mut html = String::from(
        "<div id=\"integra-build-errors\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;max-height:80vh;overflow:auto;z-index:99999;margin:0;padding:1rem;background:#fff4f4;color:#5c0000;border-block-end:4px solid #b3261e;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap\" dir=\"ltr\" lang=\"en\">",
    );
    html.push_str(&format!(
        "<strong style=\"font:700 16px system-ui,sans-serif\">Build failed: {} error{}. This is the last page that built; it updates when you fix the file.</strong>\n\n",
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
    let snapshot = shared.read().expect("no panics while holding");
    let path = uri.path();
    let Some(relative) = path
        .strip_prefix(snapshot.base_path.as_str())
        .or_else(|| (path.len() + 1 == snapshot.base_path.len()).then_some(""))
    else {
        return not_found(&snapshot, "");
    };
    let key = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    let Some(bytes) = snapshot.files.get(&key) else {
        if snapshot
            .files
            .contains_key(&format!("{relative}/index.html"))
        {
            return Response::builder()
                .status(StatusCode::PERMANENT_REDIRECT)
                .header(header::LOCATION, format!("{path}/"))
                .body(Body::empty())
                .expect("a valid response");
        }
        return not_found(&snapshot, relative);
    };
    respond(&snapshot, StatusCode::OK, &key, bytes)
}

fn respond(
    snapshot: &Snapshot,
    status: StatusCode,
    key: &str,
    bytes: &Arc<Vec<u8>>,
) -> Response<Body> {
    let kind = content_type(key);
    let body = if kind.starts_with("text/html") && !snapshot.errors.is_empty() {
        let html = String::from_utf8_lossy(bytes);
        let panel = overlay(&snapshot.errors);
        let with_panel = match html.rfind("</body>") {
            Some(i) => format!("{}{panel}{}", &html[..i], &html[i..]),
            None => format!("{html}{panel}"),
        };
        Body::from(with_panel)
    } else {
        Body::from(bytes.as_ref().clone())
    };
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, kind)
        .header(header::CACHE_CONTROL, "no-cache")
        .body(body)
        .expect("a valid response")
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
