//! Turns routed pages into HTML with the theme's templates.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use serde::Serialize;
use tera::{Context, Tera};

use mip::PillarId;

use crate::config::{Config, Locale, LocaleConfig};
use crate::content::{ContentPath, Kind};
use crate::diagnostic::Diagnostic;
use crate::front_matter::{Difficulty, Format, GroupSize, Translation};
use crate::markdown::{self, AnchorLink};
use crate::site::{Route, Site};
use crate::templates::error_chain;

#[derive(Serialize)]
struct LangCtx<'a> {
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
struct LinkCtx<'a> {
    title: &'a str,
    description: Option<&'a str>,
    url: String,
    /// The language the linked page is written in (differs under fallback).
    lang: &'a str,
    dir: &'static str,
}

#[derive(Serialize)]
struct WorkshopCtx<'a> {
    #[serde(flatten)]
    link: LinkCtx<'a>,
    pillar: PillarId,
    duration: u32,
    group_size: GroupSize,
    format: Format,
    difficulty: Difficulty,
    objectives: &'a [String],
    materials: &'a [String],
    preparation: &'a [String],
}

#[derive(Serialize)]
struct PillarCtx<'a> {
    id: PillarId,
    number: usize,
    #[serde(flatten)]
    link: LinkCtx<'a>,
}

#[derive(Serialize)]
struct PillarWorkshopsCtx<'a> {
    #[serde(flatten)]
    pillar: PillarCtx<'a>,
    workshops: Vec<WorkshopCtx<'a>>,
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
    source_file: String,
}

#[derive(Serialize)]
struct TranslationCtx<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct AlternateCtx {
    hreflang: String,
    href: String,
}

fn link<'a>(site: &'a Site, route: &Route<'a>) -> LinkCtx<'a> {
    let written_in = site.config.locale(&route.page.locale);
    LinkCtx {
        title: &route.page.title,
        description: route.page.description.as_deref(),
        url: site.url(&route.locale.locale, route.path),
        lang: route.page.locale.as_str(),
        dir: written_in.dir.as_str(),
    }
}

fn workshop<'a>(site: &'a Site, route: &Route<'a>) -> Option<WorkshopCtx<'a>> {
    let Kind::Workshop(w) = &route.page.kind else {
        return None;
    };
    Some(WorkshopCtx {
        link: link(site, route),
        pillar: w.pillar,
        duration: w.duration,
        group_size: w.group_size,
        format: w.format,
        difficulty: w.difficulty,
        objectives: &w.objectives,
        materials: &w.materials,
        preparation: &w.preparation,
    })
}

fn pillar<'a>(site: &'a Site, locale: &'a LocaleConfig, id: PillarId) -> Option<PillarCtx<'a>> {
    let path = site
        .paths
        .iter()
        .find(|p| p.as_str() == format!("pillars/{id}.md"))?;
    let page = site.resolve(locale, path)?;
    Some(PillarCtx {
        id,
        number: id.number(),
        link: link(site, &Route { locale, path, page }),
    })
}

fn pillar_workshops<'a>(
    site: &'a Site,
    locale: &'a LocaleConfig,
    id: PillarId,
) -> Option<PillarWorkshopsCtx<'a>> {
    Some(PillarWorkshopsCtx {
        pillar: pillar(site, locale, id)?,
        workshops: site
            .workshops(locale, id)
            .iter()
            .filter_map(|r| workshop(site, r))
            .collect(),
    })
}

#[derive(Serialize)]
struct QuestionnairePillarCtx<'a> {
    id: PillarId,
    number: usize,
    /// The pillar's guide in this locale, which lists its workshops.
    url: String,
    items: Vec<&'a str>,
}

#[derive(Serialize)]
struct QuestionnaireCtx<'a> {
    version: &'a str,
    endpoint: &'a str,
    scale: Vec<u8>,
    min_answers: usize,
    pillars: Vec<QuestionnairePillarCtx<'a>>,
}

fn questionnaire<'a>(site: &'a Site, locale: &'a LocaleConfig) -> QuestionnaireCtx<'a> {
    let q = mip::Questionnaire::builtin();
    QuestionnaireCtx {
        version: &q.version,
        endpoint: &site.config.assessment_endpoint,
        scale: mip::AnswerValue::all().map(mip::AnswerValue::get).collect(),
        min_answers: mip::scoring::MIN_ANSWERS,
        pillars: q
            .pillars
            .iter()
            .map(|p| QuestionnairePillarCtx {
                id: p.id,
                number: p.id.number(),
                url: site.url(
                    &locale.locale,
                    &ContentPath::new(format!("pillars/{}.md", p.id)),
                ),
                items: p.items.iter().map(mip::ItemId::as_str).collect(),
            })
            .collect(),
    }
}

/// Everything every template gets: the reader's language, the menu data and
/// the page in other languages.
pub fn base_context(site: &Site, locale: &LocaleConfig) -> Context {
    let mut ctx = Context::new();
    ctx.insert("lang", &LangCtx::from(locale));
    ctx.insert("base_path", &site.config.base_path);
    let pillars: Vec<PillarCtx> = PillarId::ALL
        .iter()
        .filter_map(|&id| pillar(site, locale, id))
        .collect();
    ctx.insert("pillars", &pillars);
    ctx.insert("base_url", &site.config.base_url);
    ctx.insert(
        "languages",
        &site
            .config
            .locales
            .iter()
            .map(|l| TranslationCtx {
                code: l.locale.as_str(),
                name: &l.name,
                dir: l.dir.as_str(),
                url: format!("{}{}/", site.config.base_path, l.locale),
                current: l.locale == locale.locale,
            })
            .collect::<Vec<_>>(),
    );
    ctx
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

fn fingerprint(value: impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

impl BodyCache {
    /// Readies the cache for rendering `site`, forgetting every body if the
    /// pages' addresses changed since the last render.
    pub fn prepare(&mut self, site: &Site) {
        let mut addresses: Vec<(&Locale, &ContentPath)> = site
            .routes()
            .into_iter()
            .map(|r| (&r.locale.locale, r.path))
            .collect();
        addresses.sort();
        let mut failed: Vec<_> = site.failed.iter().collect();
        failed.sort();
        let now = fingerprint((&site.config.base_path, addresses, failed));
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
            fingerprint(&route.page.source),
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

/// A rendered page. The HTML is `None` when there were errors; the problems
/// include warnings either way.
pub struct Output {
    pub html: Option<String>,
    pub problems: Vec<Diagnostic>,
    pub anchors: Vec<AnchorLink>,
}

/// Renders one page as `route.locale` shows it, with `base`, that locale's
/// [`base_context`].
pub fn page(
    site: &Site,
    tera: &Tera,
    base: &Context,
    route: &Route<'_>,
    cache: Option<&BodyCache>,
) -> Output {
    let config: &Config = &site.config;
    let locale = route.locale;
    let page = route.page;
    let render_body = || {
        markdown::render(page, |target: &ContentPath| {
            (site.resolve(locale, target).is_some() || site.is_broken(locale, target))
                .then(|| site.url(&locale.locale, target))
        })
    };
    let rendered = match cache {
        Some(cache) => cache.get_or_render(route, render_body),
        None => render_body(),
    };
    let mut problems: Vec<Diagnostic> = rendered.problems;
    let anchors = rendered.anchors;

    let url = site.url(&locale.locale, route.path);
    let written_in = config.locale(&page.locale);
    let mut ctx = base.clone();
    ctx.insert(
        "page",
        &PageCtx {
            kind: page.kind.name(),
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
            source_file: page.file.display().to_string(),
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
                code: l.locale.as_str(),
                name: &l.name,
                dir: l.dir.as_str(),
                url,
                current: l.locale == locale.locale,
            }
        })
        .collect();
    ctx.insert("translations", &translations);

    // Search engines hear only of real translations; a page shown through
    // fallback points at the page in the language it is written in.
    let mut alternates: Vec<AlternateCtx> = config
        .locales
        .iter()
        .filter(|l| site.page(&l.locale, route.path).is_some())
        .map(|l| AlternateCtx {
            hreflang: l.locale.to_string(),
            href: site.permalink(&site.url(&l.locale, route.path)),
        })
        .collect();
    if site.page(&config.default_locale, route.path).is_some() {
        alternates.push(AlternateCtx {
            hreflang: "x-default".into(),
            href: site.permalink(&site.url(&config.default_locale, route.path)),
        });
    }
    ctx.insert("alternates", &alternates);
    ctx.insert(
        "canonical",
        &site.permalink(&site.url(&page.locale, route.path)),
    );

    let template = match &page.kind {
        Kind::Home => "home.html",
        Kind::PillarIndex => "pillars.html",
        Kind::Pillar(id) => {
            ctx.insert("pillar", &pillar_workshops(site, locale, *id));
            "pillar.html"
        }
        Kind::WorkshopIndex => {
            let groups: Vec<PillarWorkshopsCtx> = PillarId::ALL
                .iter()
                .filter_map(|&id| pillar_workshops(site, locale, id))
                .collect();
            ctx.insert("workshop_groups", &groups);
            "workshops.html"
        }
        Kind::Workshop(w) => {
            ctx.insert("workshop", &workshop(site, route));
            ctx.insert("pillar", &pillar(site, locale, w.pillar));
            "workshop.html"
        }
        Kind::WhitePaper | Kind::Chapter => {
            let chapters = site.chapters(locale);
            let position = chapters.iter().position(|c| c.path == route.path);
            let links: Vec<LinkCtx> = chapters.iter().map(|c| link(site, c)).collect();
            if let Some(i) = position {
                ctx.insert("chapter_number", &(i + 1));
                ctx.insert(
                    "previous",
                    &i.checked_sub(1).map(|p| link(site, &chapters[p])),
                );
                ctx.insert("next", &chapters.get(i + 1).map(|c| link(site, c)));
            }
            let cover = ContentPath::new("white-paper/_index.md");
            if let Some(cover_page) = site.resolve(locale, &cover) {
                ctx.insert(
                    "white_paper",
                    &link(
                        site,
                        &Route {
                            locale,
                            path: &cover,
                            page: cover_page,
                        },
                    ),
                );
            }
            ctx.insert("chapters", &links);
            if matches!(page.kind, Kind::WhitePaper) {
                "white_paper.html"
            } else {
                "chapter.html"
            }
        }
        Kind::Assessment | Kind::Toolkit => {
            ctx.insert("questionnaire", &questionnaire(site, locale));
            if matches!(page.kind, Kind::Assessment) {
                "assessment.html"
            } else {
                "toolkit.html"
            }
        }
        Kind::Page => "page.html",
    };

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
