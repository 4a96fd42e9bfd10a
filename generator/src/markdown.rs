//! Markdown to safe HTML: heading anchors, `@/` links resolved per locale,
//! and raw HTML sanitised whoever wrote the file.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use regex::Regex;

use crate::content::{ContentPath, Page};
use crate::diagnostic::Diagnostic;

/// The rendered body of a page, and what went wrong on the way.
#[derive(Clone)]
pub struct Rendered {
    pub html: String,
    pub problems: Vec<Diagnostic>,
    /// Links into a section of another page; the section can only be
    /// checked once that page is rendered.
    pub anchors: Vec<AnchorLink>,
    /// Every page the body links to with `@/`, found or not.
    pub links: Vec<ContentPath>,
    /// The body's `##` headings in order, for a page's contents list.
    pub sections: Vec<Section>,
}

/// A `##` heading of a body and its anchor.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
}

/// A link to `#fragment` on the page at `target`.
#[derive(Clone)]
pub struct AnchorLink {
    pub target: ContentPath,
    pub fragment: String,
    /// The error to report if the target page has no such anchor.
    pub if_missing: Diagnostic,
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    // Heading anchors, footnotes and the theme's styling need these; ammonia
    // drops them by default.
    builder
        .add_generic_attributes(["id", "class", "lang", "dir"])
        .add_tags(["section"])
        .link_rel(None);
    builder
});

static DANGEROUS_HTML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<\s*(script|iframe|object|embed|style|form)\b|\bon[a-z]+\s*=|javascript:")
        .expect("valid pattern")
});

/// The Markdown extensions every body is read with, by the renderer and by
/// everything else that reads a body (the search index, the blocks a
/// translator translates), so that all see the same structure and text:
/// `{#id}` is a heading's id, not words.
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_SMART_PUNCTUATION)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_HEADING_ATTRIBUTES)
    .union(Options::ENABLE_TASKLISTS);

/// The headings of `body` whose id is set by hand to `id` (`## Title {#id}`),
/// with their level (1 to 6) and byte offset in `body`.
pub fn headings_with_id(body: &str, id: &str) -> Vec<(usize, usize)> {
    Parser::new_ext(body, OPTIONS)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Heading {
                level,
                id: Some(found),
                ..
            }) if found.as_ref() == id => Some((level as usize, range.start)),
            _ => None,
        })
        .collect()
}

/// The words a reader sees in `body`: its text, not its link targets or
/// markup.
pub fn word_count(body: &str) -> usize {
    Parser::new_ext(body, OPTIONS)
        .map(|event| match event {
            Event::Text(text) | Event::Code(text) => text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count(),
            _ => 0,
        })
        .sum()
}

/// Renders the body of `page`. `resolve` turns a content path into the URL
/// of that page in the locale being rendered, or `None` if it has none.
pub fn render(page: &Page, resolve: impl Fn(&ContentPath) -> Option<String>) -> Rendered {
    render_part(page, resolve, None).expect("the whole body is always there")
}

/// Renders only the section of `page` whose heading has the id `id`: that
/// heading and what follows it up to the next heading of the same or a
/// higher level. `None` when no heading has that id.
pub fn render_section(
    page: &Page,
    id: &str,
    resolve: impl Fn(&ContentPath) -> Option<String>,
) -> Option<Rendered> {
    render_part(page, resolve, Some(id))
}

fn render_part(
    page: &Page,
    resolve: impl Fn(&ContentPath) -> Option<String>,
    section: Option<&str>,
) -> Option<Rendered> {
    let body = page.body();
    let mut problems = Vec::new();
    let mut anchors = Vec::new();
    let mut links = Vec::new();
    let at = |d: Diagnostic, offset: usize| {
        d.in_file(&page.file)
            .at_offset(&page.source, page.body_offset + offset)
    };

    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> =
        Parser::new_ext(body, OPTIONS).into_offset_iter().collect();

    let mut used_ids = HashSet::new();
    let mut next_ids = HashMap::new();
    let mut sections = Vec::new();
    for i in 0..events.len() {
        let offset = events[i].1.start;
        let heading_text = |events: &[(Event<'_>, _)]| -> String {
            events[i + 1..]
                .iter()
                .take_while(|(e, _)| !matches!(e, Event::End(TagEnd::Heading(_))))
                .filter_map(|(e, _)| match e {
                    Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                    _ => None,
                })
                .collect()
        };
        match &mut events[i].0 {
            Event::Start(Tag::Heading {
                id: None, level, ..
            }) => {
                let level = *level;
                let text = heading_text(&events);
                let id = heading_id(None, &text, &mut used_ids, &mut next_ids);
                if level == HeadingLevel::H2 {
                    sections.push(Section {
                        id: id.clone(),
                        title: text.trim().to_string(),
                    });
                }
                if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
                    *slot = Some(CowStr::from(id));
                }
            }
            Event::Start(Tag::Heading {
                id: Some(id),
                level,
                ..
            }) => {
                let level = *level;
                let id = heading_id(Some(id), "", &mut used_ids, &mut next_ids);
                if level == HeadingLevel::H2 {
                    sections.push(Section {
                        id,
                        title: heading_text(&events).trim().to_string(),
                    });
                }
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let url = dest_url.to_string();
                if let Some(target) = url.strip_prefix("@/") {
                    let (path, fragment) = match target.split_once('#') {
                        Some((p, f)) => (p, Some(f)),
                        None => (target, None),
                    };
                    links.push(ContentPath::new(path));
                    match resolve(&ContentPath::new(path)) {
                        Some(resolved) => {
                            let full = match fragment {
                                Some(f) => {
                                    anchors.push(AnchorLink {
                                        target: ContentPath::new(path),
                                        fragment: f.to_string(),
                                        if_missing: at(
                                            Diagnostic::error(format!("link to `@/{target}`: that page has no section `#{f}`"))
                                                .with_hint("use the id of a heading on that page (its text in lowercase, words joined by `-`), or set one with `## Heading {#id}`"),
                                            offset,
                                        ),
                                    });
                                    format!("{resolved}#{f}")
                                }
                                None => resolved,
                            };
                            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) =
                                &mut events[i].0
                            {
                                *dest_url = CowStr::from(full);
                            }
                        }
                        None => problems.push(at(
                            Diagnostic::error(format!("link to `@/{path}`, which is not a page"))
                                .with_hint(format!(
                                    "link to a file that exists below content/{}/, e.g. `@/pillars/housing.md`",
                                    page.locale
                                )),
                            offset,
                        )),
                    }
                } else if is_relative_markdown_link(&url) {
                    problems.push(at(
                        Diagnostic::error(format!(
                            "link `{url}` points at a Markdown file by a relative path"
                        ))
                        .with_hint(format!(
                            "write internal links from the locale folder with `@/`, e.g. `@/{}`",
                            url.trim_start_matches("./").trim_start_matches("../")
                        )),
                        offset,
                    ));
                } else if url
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("javascript:")
                {
                    problems.push(at(
                        Diagnostic::warning("a `javascript:` link was removed").with_hint(
                            "links may point to pages (`@/...`), web addresses or e-mail addresses",
                        ),
                        offset,
                    ));
                }
            }
            Event::TaskListMarker(done) => {
                // A drawn box instead of a disabled form control: checklists are
                // for printing and ticking by hand, and a control with no label
                // would confuse screen readers.
                let mark = if *done { "\u{2611}" } else { "\u{2610}" };
                events[i].0 = Event::InlineHtml(CowStr::from(format!(
                    "<span class=\"task\" aria-hidden=\"true\">{mark}</span> "
                )));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if let Some(found) = DANGEROUS_HTML.find(html) {
                    problems.push(at(
                        Diagnostic::warning(format!(
                            "raw HTML `{}` is not allowed and was removed",
                            found.as_str().trim()
                        ))
                        .with_hint("pages may not carry scripts, event handlers, frames or forms; use Markdown"),
                        offset,
                    ));
                }
            }
            _ => {}
        }
    }

    if let Some(id) = section {
        // Cut the events, not the HTML: a section ends at the next heading
        // of its level or above, whatever the text in between looks like.
        let level_of = |e: &Event<'_>| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level),
            _ => None,
        };
        let start = events.iter().position(|(e, _)| {
            matches!(e, Event::Start(Tag::Heading { id: Some(found), .. }) if found.as_ref() == id)
        })?;
        let level = level_of(&events[start].0).expect("a heading");
        let end = events[start + 1..]
            .iter()
            .position(|(e, _)| level_of(e).is_some_and(|l| l <= level))
            .map_or(events.len(), |i| start + 1 + i);
        events.truncate(end);
        events.drain(..start);
    }

    let mut unsafe_html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut unsafe_html, events.into_iter().map(|(e, _)| e));
    Some(Rendered {
        html: SANITIZER.clean(&unsafe_html).to_string(),
        problems,
        anchors,
        links,
        sections,
    })
}

/// Element ids in rendered HTML, the targets of `#fragment` links.
pub fn element_ids(html: &str) -> Vec<String> {
    static ID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"\sid="([^"]+)""#).expect("valid"));
    ID.captures_iter(html).map(|c| c[1].to_string()).collect()
}

fn is_relative_markdown_link(url: &str) -> bool {
    let path = url.split(['#', '?']).next().unwrap_or("");
    path.ends_with(".md") && !path.contains("://") && !path.starts_with('/')
}

/// A readable, URL-safe fragment id that keeps non-Latin letters, so that
/// Arabic or Greek headings get meaningful anchors too.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_') && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    }
}

/// The id of a heading: the one written by hand (`{#id}`), or one made
/// from its text that no earlier heading of the page has. `used` and `next`
/// carry what the page's earlier headings took.
fn heading_id(
    written: Option<&str>,
    text: &str,
    used: &mut HashSet<String>,
    next: &mut HashMap<String, usize>,
) -> String {
    match written {
        Some(id) => {
            used.insert(id.to_string());
            id.to_string()
        }
        None => unique_id(&slugify(text), used, next),
    }
}

/// The ids of the headings of `body`, in order, as the page is rendered
/// with them: what a link to one of its sections must name.
pub fn heading_ids(body: &str) -> Vec<String> {
    let mut used = HashSet::new();
    let mut next = HashMap::new();
    let mut ids = Vec::new();
    let mut open: Option<(Option<String>, String)> = None;
    for event in Parser::new_ext(body, OPTIONS) {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                open = Some((id.map(|id| id.to_string()), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = &mut open {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((written, text)) = open.take() {
                    ids.push(heading_id(written.as_deref(), &text, &mut used, &mut next));
                }
            }
            _ => {}
        }
    }
    ids
}

/// `base`, or `base-2`, `base-3`… the first that `used` lacks. `next`
/// remembers where each base's search stopped, so that a body with many
/// headings of the same text takes linear time, not quadratic: ids only
/// ever join `used`, so the ones skipped stay taken.
pub(crate) fn unique_id(
    base: &str,
    used: &mut HashSet<String>,
    next: &mut HashMap<String, usize>,
) -> String {
    let mut candidate = base.to_string();
    let n = next.entry(base.to_string()).or_insert(2);
    while !used.insert(candidate.clone()) {
        candidate = format!("{base}-{n}");
        *n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Locale;

    fn page(body: &str) -> Page {
        let source = format!("+++\ntitle = \"T\"\n+++\n{body}");
        crate::pages::parse(
            Locale::parse("en").unwrap(),
            ContentPath::new("about.md"),
            "content/en/about.md".into(),
            source,
        )
        .unwrap()
    }

    fn render_str(body: &str) -> Rendered {
        render(&page(body), |p| {
            (p.as_str() == "pillars/health.md").then(|| "/en/pillars/health/".to_string())
        })
    }

    #[test]
    fn words_are_counted_in_the_text_only() {
        assert_eq!(
            word_count("## Two words {#id}\n\nRead [the guide](@/pillars/housing.md) – now."),
            6
        );
        assert_eq!(word_count("- **Bold** and *italic* `code`"), 4);
    }

    #[test]
    fn headings_get_unique_anchors() {
        let html =
            render_str("## Signs of progress\n\n## Signs of progress\n\n## الصحة النفسية\n").html;
        assert!(html.contains(r#"<h2 id="signs-of-progress">"#), "{html}");
        assert!(html.contains(r#"<h2 id="signs-of-progress-2">"#), "{html}");
        assert!(html.contains(r#"<h2 id="الصحة-النفسية">"#), "{html}");
    }

    #[test]
    fn second_level_headings_make_the_contents_with_their_anchors() {
        let r = render_str("## First step\n\n### Detail\n\n## Zweiter `Schritt` {#second}\n");
        let found: Vec<(&str, &str)> = r
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str()))
            .collect();
        assert_eq!(
            found,
            [("first-step", "First step"), ("second", "Zweiter Schritt")]
        );
    }

    #[test]
    fn internal_links_resolve_and_broken_ones_name_the_line() {
        let r = render_str("See [health](@/pillars/health.md#why).\n\nAnd [gone](@/nope.md).\n");
        assert!(
            r.html.contains(r#"href="/en/pillars/health/#why""#),
            "{}",
            r.html
        );
        assert_eq!(r.problems.len(), 1);
        assert!(r.problems[0].message.contains("@/nope.md"));
        assert_eq!(r.problems[0].line, Some(6));
    }

    #[test]
    fn scripts_handlers_and_javascript_urls_do_not_survive() {
        let r = render_str(
            "<script>alert(1)</script>\n\n<img src=x onerror=\"alert(1)\">\n\n[x](javascript:alert(1))\n\n<p class=\"note\" onclick=\"x()\">ok</p>\n",
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("onerror"), "{}", r.html);
        assert!(!r.html.contains("onclick"), "{}", r.html);
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(r.html.contains(r#"class="note""#), "{}", r.html);
        assert!(r.problems.iter().all(|d| !d.is_error()));
        assert_eq!(r.problems.len(), 4, "{:?}", r.problems);
    }

    #[test]
    fn a_section_runs_to_the_next_heading_of_its_level() {
        let page = page("## One\n\nA.\n\n## Mentors {#for-mentors}\n\nB.\n\n### Week 1\n\nC.\n\n## Three\n\nD.\n");
        let html = render_section(&page, "for-mentors", |_| None).unwrap().html;
        assert_eq!(
            html,
            "<h2 id=\"for-mentors\">Mentors</h2>\n<p>B.</p>\n<h3 id=\"week-1\">Week 1</h3>\n<p>C.</p>\n"
        );
        assert!(render_section(&page, "nowhere", |_| None).is_none());
        assert_eq!(
            headings_with_id(page.body(), "for-mentors"),
            vec![(2, page.body().find("## Mentors").unwrap())]
        );
    }

    #[test]
    fn tables_footnotes_and_smart_punctuation() {
        let html =
            render_str("| a | b |\n|---|---|\n| 1 | 2 |\n\nIt's \"fine\".[^1]\n\n[^1]: A note.\n")
                .html;
        assert!(html.contains("<table>"));
        assert!(html.contains("It\u{2019}s \u{201c}fine\u{201d}"), "{html}");
        assert!(html.contains("footnote-definition"), "{html}");
    }
}
