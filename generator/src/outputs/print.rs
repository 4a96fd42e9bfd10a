//! `<locale>/pillars/<pillar>/print/`: a pillar's print pack, everything a
//! mentor prints to work on one pillar in one go: the guide's section for
//! mentors, then every workshop sheet of the pillar, each on its own pages.
//!
//! A pack is not a content page: it is made of other pages, read through
//! [`PageCx`], so it is rendered again exactly when the guide, one of its
//! sheets or the list of sheets changes.

use serde::Serialize;

use mip::PillarId;

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::content::ContentPath;
use crate::deps::{Input, Reads};
use crate::diagnostic::Diagnostic;
use crate::kinds::pillars::MENTOR_SECTION;
use crate::kinds::workshops::{Workshop, WorkshopCtx};
use crate::kinds::Kind;
use crate::load::Loaded;
use crate::render::{self, LinkCtx, PageCx, TranslationCtx};
use crate::site::{Route, Site};

pub struct PrintPacks;

/// The address of a pillar's print pack in `locale`, below its guide.
fn pack_url(site: &Site, locale: &crate::config::Locale, pillar: PillarId) -> String {
    format!(
        "{}print/",
        site.url(locale, &ContentPath::pillar_guide(pillar))
    )
}

/// What `base.html` needs of the page it frames.
#[derive(Serialize)]
struct PackPageCtx<'a> {
    kind: &'static str,
    title: String,
    url: String,
    permalink: String,
    lang: &'a str,
    description: Option<&'a str>,
    is_fallback: bool,
    /// Parts may be drafts; each says what it is.
    translation: Option<()>,
}

/// A part of the pack written in a language of its own: the reader's, or
/// another one shown by fallback, named so that the reader knows.
#[derive(Serialize)]
struct PartCtx<'a> {
    #[serde(flatten)]
    link: LinkCtx<'a>,
    /// The name of the language it is written in, when it is not the
    /// reader's.
    other_language: Option<&'a str>,
    content: String,
}

#[derive(Serialize)]
struct SheetCtx<'a> {
    #[serde(flatten)]
    part: PartCtx<'a>,
    workshop: WorkshopCtx<'a>,
}

#[derive(Serialize)]
struct PackCtx<'a> {
    pillar: Option<render::PillarCtx<'a>>,
    /// The guide's section for mentors; `None` only while the guide fails
    /// to load, which the build reports.
    guide: Option<PartCtx<'a>>,
    sheets: Vec<SheetCtx<'a>>,
}

/// `html` with each `id` and each link to one on the same page prefixed
/// with `prefix-`: a pack puts many pages on one, and their headings have
/// the same names ("Step by step"), which would give it the same id twice.
/// The renderer writes attributes as ` id="…"` and ` href="#…"`; text with
/// those characters in it is escaped (`&quot;`), so it is left alone.
fn scoped(html: &str, prefix: &str) -> String {
    html.replace(" id=\"", &format!(" id=\"{prefix}-"))
        .replace(" href=\"#", &format!(" href=\"#{prefix}-"))
}

fn part<'a>(cx: &PageCx<'a>, route: &Route<'a>, content: String) -> PartCtx<'a> {
    PartCtx {
        link: cx.link(route),
        other_language: route
            .is_fallback()
            .then(|| cx.site.config.locale(&route.page.locale).name.as_str()),
        content,
    }
}

impl OutputKind for PrintPacks {
    fn offline(&self) -> bool {
        false
    }

    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        let site = &loaded.site;
        site.config
            .locales
            .iter()
            .flat_map(|l| {
                PillarId::ALL.iter().filter_map(move |&p| {
                    let guide = ContentPath::pillar_guide(p);
                    site.resolve(l, &guide)?;
                    Some((
                        format!("{}/{}print/index.html", l.locale, guide.route()),
                        Key::Page(l.locale.clone(), guide),
                    ))
                })
            })
            .collect()
    }

    fn render(&self, key: &Key, rcx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Page(locale, path) = key else {
            unreachable!("print packs have page keys")
        };
        let site = &rcx.loaded.site;
        let locale = site.config.locale(locale);
        reads.add(Input::Source(locale.locale.clone(), path.clone()));
        let Some(page) = site.resolve(locale, path) else {
            return Rendered::failed(Diagnostic::error(format!(
                "internal: no page {path} in {}",
                locale.locale
            )));
        };
        let Some(pillar) = page.pillar else {
            return Rendered::failed(Diagnostic::error(format!("internal: {path} has no pillar")));
        };
        let route = Route { locale, path, page };
        let cx = PageCx::new(site, route, reads, rcx.cache);

        let pack = PackCtx {
            pillar: cx.pillar(pillar),
            guide: cx
                .section(&route, MENTOR_SECTION)
                .map(|html| part(&cx, &route, scoped(&html, "guide"))),
            sheets: cx
                .listed(Workshop.name(), Some(pillar))
                .iter()
                .filter_map(|r| {
                    let slug = r.path.as_str().trim_end_matches(".md").rsplit('/').next()?;
                    Some(SheetCtx {
                        workshop: WorkshopCtx::sheet(&cx, r)?,
                        part: part(&cx, r, scoped(&cx.body(r), slug)),
                    })
                })
                .collect(),
        };

        // The pack exists wherever its guide does: the language switcher
        // goes to the pack in every locale.
        let translations: Vec<TranslationCtx> = site
            .config
            .locales
            .iter()
            .map(|l| TranslationCtx::new(l, pack_url(site, &l.locale, pillar), &locale.locale))
            .collect();
        reads.add(Input::Versions(path.clone()));
        let url = pack_url(site, &locale.locale, pillar);
        super::templated(rcx, &locale.locale, "print_pack.html", reads, |ctx| {
            ctx.insert(
                "page",
                &PackPageCtx {
                    kind: "print_pack",
                    title: page.title.clone(),
                    permalink: site.permalink(&url),
                    url,
                    lang: locale.locale.as_str(),
                    description: None,
                    is_fallback: false,
                    translation: None,
                },
            );
            ctx.insert("translations", &translations);
            ctx.insert("pack", &pack);
        })
    }
}
