//! What lets the site be read offline and installed on a phone: each
//! locale's precache list (`<locale>/offline.json`), the service worker
//! (`sw.js`) and each locale's web app manifest.
//!
//! The list and the worker are derived outputs: they hold the hashes of
//! the files the build wrote, so they are rendered after those, and again
//! whenever one of them changes.

use std::collections::HashSet;

use serde::Serialize;

use super::{per_locale, Key, OutputKind, RenderCx, Rendered};
use crate::deps::{Input, Reads};
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;

/// The worker's code; the build puts its settings in front of it.
const WORKER: &str = include_str!("offline/sw.js");

/// Where the worker's code lives, for its errors.
const WORKER_FILE: &str = "generator/src/outputs/offline/sw.js";

/// Theme files that are not for pages and so not part of a locale's pack.
fn is_page_asset(relative: &str) -> bool {
    // Icons of every size are kept: the installed app shows them offline.
    !relative.ends_with(".map")
}

/// The address of an output file: `en/about/index.html` is at
/// `<base>en/about/`.
fn url_of(base_path: &str, path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    format!("{base_path}{path}")
}

/// One file of a pack: its address and a revision that changes with its
/// bytes.
#[derive(Serialize)]
struct Entry {
    url: String,
    rev: String,
}

#[derive(Serialize)]
struct Pack<'a> {
    locale: &'a str,
    files: Vec<Entry>,
}

/// `<locale>/offline.json`: every file under `<locale>/` and the theme's
/// files its pages use, each with the hash of its bytes, for the worker to
/// save the locale and, after an update, download only what changed.
pub struct OfflineList;

impl OutputKind for OfflineList {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        per_locale(loaded, "offline.json")
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Locale(locale) = key else {
            unreachable!("offline lists are per locale")
        };
        let built = cx
            .built
            .expect("derived outputs are rendered with the built files");
        reads.add(Input::Global);
        let base = &cx.loaded.site.config.base_path;
        // Whatever the build writes below the locale's folder is part of
        // it: pages, 404 page, manifest, and any index added later, except
        // what kinds of output keep out (see `OutputKind::offline`).
        let left_out: HashSet<String> = super::OUTPUTS
            .iter()
            .filter(|kind| !kind.offline())
            .flat_map(|kind| kind.files(cx.loaded))
            .map(|(path, _)| path)
            .collect();
        let mut files: Vec<Entry> = built
            .under(&format!("{locale}/"))
            .into_iter()
            .filter(|(path, _)| !left_out.contains(*path))
            .map(|(path, hash)| Entry {
                url: url_of(base, path),
                rev: format!("{hash:016x}"),
            })
            .collect();
        for (relative, _) in &cx.loaded.static_files {
            if !is_page_asset(relative) {
                continue;
            }
            for (path, hash) in built.under(relative) {
                if path == relative {
                    files.push(Entry {
                        url: url_of(base, path),
                        rev: format!("{hash:016x}"),
                    });
                }
            }
        }
        let pack = Pack {
            locale: locale.as_str(),
            files,
        };
        Rendered::ok(serde_json::to_vec(&pack).expect("JSON serialises"))
    }

    fn derived(&self) -> bool {
        true
    }
}

/// `sw.js` at the site's root, so that its scope is the whole site: the
/// worker's code after its settings, which hold a hash of every file the
/// build wrote, so that browsers see a new worker whenever the site changed.
pub struct ServiceWorker;

impl OutputKind for ServiceWorker {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("sw.js".into(), Key::Site)]
    }

    fn render(&self, _key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let built = cx
            .built
            .expect("derived outputs are rendered with the built files");
        reads.add(Input::Global);
        let config = &cx.loaded.site.config;
        let version = crate::fingerprint::hash(
            built
                .under("")
                .iter()
                .map(|(p, h)| (*p, *h))
                .collect::<Vec<_>>(),
        );
        let locales: Vec<&str> = config.locales.iter().map(|l| l.locale.as_str()).collect();
        let Some(script) = cx.loaded.asset_url("offline.js") else {
            return Rendered::failed(
                Diagnostic::error("the theme has no `static/offline.js`")
                    .in_file(format!("themes/{}/static", config.theme))
                    .with_hint("the service worker keeps the theme's offline.js, which shows offline copies and updates"),
            );
        };
        let settings = format!(
            "const BASE = {};\nconst VERSION = \"{version:016x}\";\nconst LOCALES = {};\nconst ENDPOINT = {};\nconst SCRIPT = {};\n",
            serde_json::to_string(&config.base_path).expect("a string serialises"),
            serde_json::to_string(&locales).expect("strings serialise"),
            serde_json::to_string(&config.assessment_endpoint).expect("a string serialises"),
            serde_json::to_string(&script).expect("a string serialises"),
        );
        match crate::minify::javascript(&format!("{settings}{WORKER}"), WORKER_FILE.as_ref()) {
            Ok(code) => Rendered::ok(code.into_bytes()),
            Err(problem) => Rendered::failed(problem),
        }
    }

    fn derived(&self) -> bool {
        true
    }
}

/// The theme's icons that the manifest names, by size; the build fails
/// with a hint when one is missing.
const ICONS: [(&str, &str); 2] = [("icon-192.png", "192x192"), ("icon-512.png", "512x512")];

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
}

#[derive(Serialize)]
struct WebAppManifest<'a> {
    id: String,
    name: String,
    short_name: String,
    lang: &'a str,
    dir: &'a str,
    start_url: String,
    scope: String,
    display: &'static str,
    background_color: &'static str,
    theme_color: &'static str,
    icons: Vec<Icon>,
}

/// `<locale>/manifest.webmanifest`: lets a phone install the site on its
/// home screen, named in the locale's language and opening at its home.
pub struct Manifest;

impl OutputKind for Manifest {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        per_locale(loaded, "manifest.webmanifest")
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Locale(locale) = key else {
            unreachable!("manifests are per locale")
        };
        reads.add(Input::Global);
        reads.add(Input::Messages(locale.clone()));
        let config = &cx.loaded.site.config;
        let lang = config.locale(locale);
        let text = |key: &str| -> Result<String, Diagnostic> {
            cx.loaded
                .messages()
                .format(locale, key, &[])
                .map(|(text, _)| text)
                .map_err(|e| Diagnostic::error(e).in_file(format!("locales/{locale}/offline.ftl")))
        };
        let (name, short_name) = match (text("site-title"), text("offline-app-short-name")) {
            (Ok(name), Ok(short)) => (name, short),
            (Err(e), _) | (_, Err(e)) => return Rendered::failed(e),
        };
        let mut icons = Vec::new();
        for (file, sizes) in ICONS {
            let Some(src) = cx.loaded.asset_url(file) else {
                return Rendered::failed(
                    Diagnostic::error(format!("the theme has no `static/{file}`"))
                        .in_file(format!("themes/{}/static", config.theme))
                        .with_hint(format!(
                            "the web app manifest needs a {sizes} PNG icon at themes/{}/static/{file}",
                            config.theme
                        )),
                );
            };
            icons.push(Icon {
                src,
                sizes,
                kind: "image/png",
                purpose: "any",
            });
        }
        let home = format!("{}{locale}/", config.base_path);
        let manifest = WebAppManifest {
            id: home.clone(),
            name,
            short_name,
            lang: locale.as_str(),
            dir: lang.dir.as_str(),
            start_url: home.clone(),
            scope: config.base_path.clone(),
            display: "standalone",
            background_color: "#ffffff",
            theme_color: "#0b5563",
            icons,
        };
        Rendered::ok(serde_json::to_vec_pretty(&manifest).expect("JSON serialises"))
    }
}

#[cfg(test)]
mod tests {
    use super::url_of;

    #[test]
    fn addresses_of_files() {
        assert_eq!(url_of("/mip/", "en/about/index.html"), "/mip/en/about/");
        assert_eq!(url_of("/", "en/index.html"), "/en/");
        assert_eq!(url_of("/", "style.css"), "/style.css");
        assert_eq!(url_of("/", "en/404.html"), "/en/404.html");
    }
}
