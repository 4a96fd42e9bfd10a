//! Turns routed pages into HTML with the theme's templates: the context
//! every page shares, and [`PageCx`], through which a page kind reads other
//! pages (each read is recorded as an input of the page, see [`crate::deps`]).

use std::collections::HashMap;

use serde::Serialize;
use tera::{Context, Tera};

use mip::PillarId;

use crate::config::{Locale, LocaleConfig};
use crate::content::{ContentPath, Page};
use crate::deps::{Input, Reads};
use crate::diagnostic::Diagnostic;
use crate::fingerprint;
use crate::front_matter::Translation;
use crate::markdown::{self, AnchorLink};
use crate::site::{Route, Site};
use crate::templates::error_chain;

#[derive(Serialize)]
pub struct LangCtx<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
}

impl<'a> From<&'a LocaleConfig> for LangCtx<'a> {
    fn from(l: &'a LocaleConfig) -> Self {
        LangCtx {
            code: l.locale.as_str(),
            name: &l.name,
            dir: l.dir.as_str(),
        }
    }
}

/// A link to another page, as lists and menus show it.
#[derive(Serialize)]
pub struct LinkCtx<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub url: String,
    /// The language the linked page is written in (differs under fallback).
    pub lang: &'a str,
    pub dir: &'static str,
    /// The own name of that language, for the label lists show beside a
    /// page written in another language than the reader's.
    pub lang_name: &'a str,
}

/// A pillar and its guide.
#[derive(Serialize)]
pub struct PillarCtx<'a> {
    id: PillarId,
    number: usize,
    #[serde(flatten)]
    link: LinkCtx<'a>,
}

#[derive(Serialize)]
struct PageCtx<'a> {
    kind: &'static str,
    path: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    content: String,
    url: String,
    permalink: String,
    lang: &'a str,
    dir: &'static str,
    /// Name of the language the page is written in, in the reader's locale's
    /// list of language names (the native name).
    lang_name: &'a str,
    is_fallback: bool,
    translation: Option<Translation>,
    /// The body's `##` sections, for the contents list of long pages.
    sections: Vec<markdown::Section>,
}

/// A locale in the language switcher.
#[derive(Serialize)]
pub struct TranslationCtx<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub dir: &'static str,
    pub url: String,
    pub current: bool,
    /// Whether the locale has its own version of the page (not fallback);
    /// the language menu marks the locales that do not.
    pub has_page: bool,
}

impl<'a> TranslationCtx<'a> {
    pub fn new(l: &'a LocaleConfig, url: String, current: &Locale) -> TranslationCtx<'a> {
        TranslationCtx {
            code: l.locale.as_str(),
            name: &l.name,
            dir: l.dir.as_str(),
            url,
            current: l.locale == *current,
            has_page: true,
        }
    }
}

/// One `hreflang` alternate of a page.
#[derive(Clone, Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// What the `x-default` alternate is called.
pub const X_DEFAULT: &str = "x-default";

/// What a page kind may read while it makes its context. Each read of
/// another page is recorded, so that the page is rendered again exactly when
/// something it showed changed.
pub struct PageCx<'a> {
    pub site: &'a Site,
    /// The page being rendered, as its locale shows it.
    pub route: Route<'a>,
    reads: &'a Reads,
    cache: Option<&'a BodyCache>,
}

impl<'a> PageCx<'a> {
    /// For an output that shows `route` and other pages without being a
    /// page of its own, such as a print pack.
    pub fn new(
        site: &'a Site,
        route: Route<'a>,
        reads: &'a Reads,
        cache: Option<&'a BodyCache>,
    ) -> PageCx<'a> {
        PageCx {
            site,
            route,
            reads,
            cache,
        }
    }

    /// The body of a page this locale shows, as HTML. Its problems are the
    /// page's own, reported where it is rendered as a page.
    pub fn body(&self, route: &Route<'a>) -> String {
        self.reads.add(Input::Source(
            route.locale.locale.clone(),
            route.path.clone(),
        ));
        body(self.site, route, self.cache, self.reads).html
    }

    /// The section of a page's body whose heading has the id `id` (see
    /// [`markdown::render_section`]), or `None` if it has none.
    pub fn section(&self, route: &Route<'a>, id: &str) -> Option<String> {
        let locale = route.locale;
        self.reads
            .add(Input::Source(locale.locale.clone(), route.path.clone()));
        let rendered = markdown::render_section(route.page, id, |target| {
            resolve_link(self.site, locale, target)
        })?;
        for target in &rendered.links {
            self.reads.add(Input::Versions(target.clone()));
        }
        Some(rendered.html)
    }

    fn locale(&self) -> &'a LocaleConfig {
        self.route.locale
    }

    /// The link to a page as this locale shows it.
    pub fn link(&self, route: &Route<'a>) -> LinkCtx<'a> {
        self.reads.add(Input::Front(
            route.locale.locale.clone(),
            route.path.clone(),
        ));
        link(self.site, route)
    }

    /// The page this locale shows at `path`.
    pub fn resolve(&self, path: &ContentPath) -> Option<Route<'a>> {
        let locale = self.locale();
        self.reads
            .add(Input::Front(locale.locale.clone(), path.clone()));
        let page = self.site.resolve(locale, path)?;
        Some(Route {
            locale,
            path: &page.path,
            page,
        })
    }

    /// The page of the default locale at `route`'s path: the source of a
    /// translation, or the page itself.
    pub fn source(&self, route: &Route<'a>) -> Option<&'a Page> {
        let default = &self.site.config.default_locale;
        self.reads
            .add(Input::Front(default.clone(), route.path.clone()));
        self.site.page(default, route.path)
    }

    /// The address of `path` in this locale, whether it exists or not.
    pub fn url(&self, path: &ContentPath) -> String {
        self.site.url(&self.locale().locale, path)
    }

    /// A pillar with its guide as this locale shows it.
    pub fn pillar(&self, id: PillarId) -> Option<PillarCtx<'a>> {
        pillar(self.site, self.locale(), id, self.reads)
    }

    /// The pages of kind `kind` (and `pillar`) this locale shows, by
    /// weight, then title.
    pub fn listed(&self, kind: &str, pillar: Option<PillarId>) -> Vec<Route<'a>> {
        let locale = self.locale();
        self.reads.add(Input::Listed(
            locale.locale.clone(),
            kind.to_string(),
            pillar,
        ));
        self.site.listed(locale, kind, pillar)
    }

    /// Puts every field of `value` into the context as a variable.
    pub fn insert_all(&self, ctx: &mut Context, value: &impl Serialize) {
        ctx.extend(Context::from_serialize(value).expect("contexts serialise to objects"));
    }
}

pub fn link<'a>(site: &'a Site, route: &Route<'a>) -> LinkCtx<'a> {
    let written_in = site.config.locale(&route.page.locale);
    LinkCtx {
        title: &route.page.title,
        description: route.page.description.as_deref(),
        url: site.url(&route.locale.locale, route.path),
        lang: route.page.locale.as_str(),
        dir: written_in.dir.as_str(),
        lang_name: &written_in.name,
    }
}

fn pillar<'a>(
    site: &'a Site,
    locale: &'a LocaleConfig,
    id: PillarId,
    reads: &Reads,
) -> Option<PillarCtx<'a>> {
    let guide = ContentPath::pillar_guide(id);
    reads.add(Input::Front(locale.locale.clone(), guide.clone()));
    let page = site.resolve(locale, &guide)?;
    let route = Route {
        locale,
        path: &page.path,
        page,
    };
    Some(PillarCtx {
        id,
        number: id.number(),
        link: link(site, &route),
    })
}

/// Everything every template of a locale gets: the reader's language, the
/// menu and the other languages. Outputs that use it read
/// [`Input::Menu`] and [`Input::Messages`] of the locale.
pub fn base_context(site: &Site, locale: &LocaleConfig) -> Context {
    // The menu is recorded as one input, Menu, by whoever uses the context.
    let unrecorded = Reads::default();
    let mut ctx = Context::new();
    ctx.insert("lang", &LangCtx::from(locale));
    ctx.insert("base_path", &site.config.base_path);
    let pillars: Vec<PillarCtx> = PillarId::ALL
        .iter()
        .filter_map(|&id| pillar(site, locale, id, &unrecorded))
        .collect();
    ctx.insert("pillars", &pillars);
    ctx.insert("base_url", &site.config.base_url);
    // Escaped here for the attribute, but not its quotes: `'self'` is
    // written as it reads, and every page is a little lighter.
    let policy = crate::security::content_security_policy(
        &site.config.assessment_endpoint,
        crate::security::Delivery::Meta,
    );
    ctx.insert(
        "content_security_policy",
        &policy
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;"),
    );
    ctx.insert("search", &site.config.search);
    ctx.insert(
        "languages",
        &site
            .config
            .locales
            .iter()
            .map(|l| {
                TranslationCtx::new(
                    l,
                    format!("{}{}/", site.config.base_path, l.locale),
                    &locale.locale,
                )
            })
            .collect::<Vec<_>>(),
    );
    ctx
}

/// The inputs every output rendered with a locale's [`base_context`] reads.
pub fn base_inputs(locale: &Locale) -> [Input; 3] {
    [
        Input::Global,
        Input::Messages(locale.clone()),
        Input::Menu(locale.clone()),
    ]
}

/// Markdown bodies already rendered, so that `serve` re-renders after a
/// change in seconds' hundredths: a body depends only on its file and on
/// which pages exist where (its links), so entries live until a page is
/// added, removed or moved.
#[derive(Default)]
pub struct BodyCache {
    /// Which pages exist where, when the entries were made.
    addresses: u64,
    bodies: std::sync::Mutex<HashMap<BodyKey, markdown::Rendered>>,
}

/// The locale rendering, the page's locale and path, and its file's text.
type BodyKey = (Locale, Locale, ContentPath, u64);

impl BodyCache {
    /// Readies the cache for rendering `site`, forgetting every body if the
    /// pages' addresses changed since the last render. `addresses` is the
    /// value of [`Input::Addresses`]: which locales have each path.
    pub fn prepare(&mut self, site: &Site, addresses: u64) {
        // Where a locale shows a path follows from which locales have it
        // and the fallback chains; a link to a page that failed to load
        // still leads to its address.
        let chains: Vec<&Vec<Locale>> = site.config.locales.iter().map(|l| &l.chain).collect();
        let mut failed: Vec<_> = site.failed.iter().collect();
        failed.sort();
        let now = fingerprint::hash((&site.config.base_path, chains, addresses, failed));
        if now != self.addresses {
            self.addresses = now;
            self.bodies
                .get_mut()
                .expect("no panics while holding")
                .clear();
        }
    }

    fn get_or_render(
        &self,
        route: &Route<'_>,
        render: impl FnOnce() -> markdown::Rendered,
    ) -> markdown::Rendered {
        let key = (
            route.locale.locale.clone(),
            route.page.locale.clone(),
            route.path.clone(),
            fingerprint::hash(&route.page.source),
        );
        if let Some(found) = self
            .bodies
            .lock()
            .expect("no panics while holding")
            .get(&key)
        {
            return found.clone();
        }
        let rendered = render();
        self.bodies
            .lock()
            .expect("no panics while holding")
            .insert(key, rendered.clone());
        rendered
    }
}

/// Where a body's link to `target` leads as `locale` shows it.
fn resolve_link(site: &Site, locale: &LocaleConfig, target: &ContentPath) -> Option<String> {
    (site.resolve(locale, target).is_some() || site.is_broken(locale, target))
        .then(|| site.url(&locale.locale, target))
}

/// The body of `route`'s page with its links as its locale shows them;
/// reads which locales have the pages it links to.
fn body(
    site: &Site,
    route: &Route<'_>,
    cache: Option<&BodyCache>,
    reads: &Reads,
) -> markdown::Rendered {
    let render_body = || {
        markdown::render(route.page, |target| {
            resolve_link(site, route.locale, target)
        })
    };
    let rendered = match cache {
        Some(cache) => cache.get_or_render(route, render_body),
        None => render_body(),
    };
    // Where links lead depends on which locales have their targets.
    for target in &rendered.links {
        reads.add(Input::Versions(target.clone()));
    }
    rendered
}

/// A rendered page. The HTML is `None` when there were errors; the problems
/// include warnings either way.
pub struct Output {
    pub html: Option<String>,
    pub problems: Vec<Diagnostic>,
    pub anchors: Vec<AnchorLink>,
}

/// Renders one page as `route.locale` shows it with `template`, from
/// `base`, that locale's [`base_context`], the context every page has, and
/// what `kind_context` adds; records what it reads in `reads`.
#[allow(clippy::too_many_arguments)]
pub fn page(
    site: &Site,
    tera: &Tera,
    base: &Context,
    route: &Route<'_>,
    cache: Option<&BodyCache>,
    reads: &Reads,
    template: &str,
    kind_context: impl FnOnce(&PageCx<'_>, &mut Context),
) -> Output {
    let config = &site.config;
    let locale = route.locale;
    let page = route.page;
    for input in base_inputs(&locale.locale) {
        reads.add(input);
    }
    reads.add(Input::Source(locale.locale.clone(), route.path.clone()));
    reads.add(Input::Versions(route.path.clone()));
    let rendered = body(site, route, cache, reads);
    let mut problems: Vec<Diagnostic> = rendered.problems;
    let anchors = rendered.anchors;

    let url = site.url(&locale.locale, route.path);
    let written_in = config.locale(&page.locale);
    let mut ctx = base.clone();
    ctx.insert(
        "page",
        &PageCtx {
            kind: page.kind,
            path: route.path.as_str(),
            title: &page.title,
            description: page.description.as_deref(),
            content: rendered.html,
            permalink: site.permalink(&url),
            url: url.clone(),
            lang: page.locale.as_str(),
            dir: written_in.dir.as_str(),
            lang_name: &written_in.name,
            is_fallback: route.is_fallback(),
            translation: page.translation,
            sections: rendered.sections,
        },
    );

    // The language switcher goes to this page in every locale that shows it,
    // and to the locale's home page otherwise.
    let translations: Vec<TranslationCtx> = config
        .locales
        .iter()
        .map(|l| {
            let url = if site.resolve(l, route.path).is_some() {
                site.url(&l.locale, route.path)
            } else {
                format!("{}{}/", config.base_path, l.locale)
            };
            TranslationCtx {
                has_page: site.page(&l.locale, route.path).is_some(),
                ..TranslationCtx::new(l, url, &locale.locale)
            }
        })
        .collect();
    ctx.insert("translations", &translations);

    // Search engines hear only of real translations. A page shown through
    // fallback is a copy: it has no alternates (the pages it would name do
    // not name it) and its canonical is the page in its own language. The
    // home pages' x-default is the language chooser at the root, which
    // names them back; other pages' is the default locale's.
    let alternates = if route.is_fallback() {
        Vec::new()
    } else {
        alternates(site, route.path)
    };
    ctx.insert("alternates", &alternates);
    ctx.insert(
        "canonical",
        &site.permalink(&site.url(&page.locale, route.path)),
    );

    let cx = PageCx::new(site, *route, reads, cache);
    kind_context(&cx, &mut ctx);

    if problems.iter().any(Diagnostic::is_error) {
        return Output {
            html: None,
            problems,
            anchors,
        };
    }
    match tera.render(template, &ctx) {
        Ok(html) => Output {
            html: Some(html),
            problems,
            anchors,
        },
        Err(e) => {
            problems.push(
                Diagnostic::error(format!(
                    "rendering {} with {template}: {}",
                    route.path,
                    error_chain(&e)
                ))
                .in_file(&page.file)
                .with_hint(format!(
                    "the template is themes/{}/templates/{template}",
                    config.theme
                )),
            );
            Output {
                html: None,
                problems,
                anchors,
            }
        }
    }
}

/// The `hreflang` alternates of the page at `path`, as pages, the sitemap
/// and the root language chooser name them: each locale that has the page
/// written in its own language, then the x-default: the root chooser for the
/// home page, else the default locale's version, if it has one.
pub fn alternates(site: &Site, path: &ContentPath) -> Vec<Alternate> {
    let default = &site.config.default_locale;
    let x_default = if path.as_str() == "_index.md" {
        Some(site.config.base_url.clone())
    } else {
        site.page(default, path)
            .map(|_| site.permalink(&site.url(default, path)))
    };
    site.config
        .locales
        .iter()
        .filter(|l| site.page(&l.locale, path).is_some())
        .map(|l| Alternate {
            hreflang: l.locale.to_string(),
            href: site.permalink(&site.url(&l.locale, path)),
        })
        .chain(x_default.map(|href| Alternate {
            hreflang: X_DEFAULT.into(),
            href,
        }))
        .collect()
}
