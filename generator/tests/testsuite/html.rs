//! Reading built pages: CSS selections, attributes, text, and links.

use std::path::Path;

use scraper::{ElementRef, Html, Selector};

pub fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

/// Attribute `name` of the first element matching `css`.
#[track_caller]
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

/// The text of every element matching `css`, one per line.
pub fn text(html: &Html, css: &str) -> String {
    select(html, css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `href` of every element matching `css`.
pub fn hrefs(html: &Html, css: &str) -> Vec<String> {
    select(html, css)
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect()
}

/// `text` without Fluent's bidi isolation marks, which are invisible.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Every `.html` file below `dir`, as a path and parsed.
pub fn pages(dir: &Path) -> Vec<(String, Html)> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "html") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            found.push((
                entry.path().display().to_string(),
                Html::parse_document(&text),
            ));
        }
    }
    assert!(!found.is_empty(), "no pages in {}", dir.display());
    found
}

/// Follows every link and reference inside the site in `public` (served
/// below `base_path`) and returns the ones that lead nowhere, as
/// `page -> target`.
pub fn broken_links(public: &Path, base_path: &str) -> Vec<String> {
    let selector = Selector::parse("a[href], link[href], script[src]").unwrap();
    let mut broken = Vec::new();
    for (page, html) in pages(public) {
        for element in html.select(&selector) {
            let target = element
                .value()
                .attr("href")
                .or(element.value().attr("src"))
                .unwrap();
            let Some(path) = target.strip_prefix(base_path) else {
                // A link a reader follows may leave the site (a P4C entry's
                // website); nothing the page loads may.
                let navigation = element.value().name() == "a"
                    && ["https://", "mailto:", "tel:"]
                        .iter()
                        .any(|scheme| target.starts_with(scheme));
                assert!(
                    navigation
                        || target.starts_with('#')
                        || target.starts_with("https://example.org/")
                        || target.starts_with("https://mip.example.org/"),
                    "{page} links outside the site: {target}"
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
                broken.push(format!("{page} -> {target}"));
                continue;
            }
            if let (Some(fragment), true) =
                (fragment, file.extension().is_some_and(|e| e == "html"))
            {
                let linked = std::fs::read_to_string(&file).unwrap();
                if !linked.contains(&format!("id=\"{fragment}\"")) {
                    broken.push(format!("{page} -> {target} (no such anchor)"));
                }
            }
        }
    }
    broken
}
