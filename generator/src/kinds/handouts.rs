//! `handouts/_index.md`, every handout with the workshops that use it, and
//! `handouts/<name>.md`, one printable sheet, set of cards or form that a
//! workshop would otherwise ask the mentor to make by hand. A workshop names
//! its handouts in its front matter (`handouts = ["weekly-planner"]`); the
//! handout's page lists those workshops back.

use serde::Serialize;

use mip::PillarId;

use super::workshops::{Workshop, WorkshopFront};
use super::{Kind, Required};
use crate::content::{ContentPath, Page};
use crate::diagnostic::Diagnostic;
use crate::render::{LinkCtx, PageCx};
use crate::site::Site;

/// The content path of the handout called `name` (its file name without
/// `.md`).
pub fn path(name: &str) -> ContentPath {
    ContentPath::new(format!("handouts/{name}.md"))
}

/// The handout's name, from its content path.
fn name(page: &Page) -> &str {
    page.path
        .as_str()
        .trim_start_matches("handouts/")
        .trim_end_matches(".md")
}

pub struct HandoutIndex;

impl Kind for HandoutIndex {
    fn name(&self) -> &'static str {
        "handouts"
    }
    fn template(&self) -> &'static str {
        "handouts.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["handouts", "_index"]
    }
    fn required(&self, site: &Site) -> Vec<Required> {
        // Only a site with handouts needs their index.
        let default = &site.config.default_locale;
        let any = site
            .pages
            .iter()
            .any(|p| p.locale == *default && p.kind == Handout.name());
        any.then(|| Required::new("handouts/_index.md", "the list of handouts"))
            .into_iter()
            .collect()
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        let handouts: Vec<HandoutCtx> = cx
            .listed(Handout.name(), None)
            .iter()
            .map(|r| HandoutCtx {
                link: cx.link(r),
                used_in: used_in(cx, name(r.page)),
            })
            .collect();
        ctx.insert("handouts", &handouts);
    }
}

pub struct Handout;

impl Kind for Handout {
    fn name(&self) -> &'static str {
        "handout"
    }
    fn template(&self) -> &'static str {
        "handout.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments.first() == Some(&"handouts")
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("used_in", &used_in(cx, name(cx.route.page)));
        super::insert_index(cx, ctx, "handouts/_index.md");
    }
}

/// A handout as the list shows it.
#[derive(Serialize)]
struct HandoutCtx<'a> {
    #[serde(flatten)]
    link: LinkCtx<'a>,
    used_in: Vec<LinkCtx<'a>>,
}

/// The workshops, as this locale shows them, whose source names the handout
/// `name`. Translations need not repeat the list: the English page's holds.
fn used_in<'a>(cx: &PageCx<'a>, name: &str) -> Vec<LinkCtx<'a>> {
    PillarId::ALL
        .iter()
        .flat_map(|&p| cx.listed(Workshop.name(), Some(p)))
        .filter(|r| {
            cx.source(r)
                .and_then(|s| s.data::<WorkshopFront>())
                .is_some_and(|w| w.handouts.iter().any(|h| h.get_ref() == name))
        })
        .map(|r| cx.link(&r))
        .collect()
}

/// The handouts a workshop names, each of which must exist in the default
/// locale.
pub fn check_named(page: &Page, site: &Site) -> Vec<Diagnostic> {
    let Some(w) = page.data::<WorkshopFront>() else {
        return Vec::new();
    };
    let default = &site.config.default_locale;
    w.handouts
        .iter()
        .filter(|h| {
            let path = path(h.get_ref());
            site.page(default, &path).is_none()
                && !site.failed.contains(&(default.clone(), path))
        })
        .map(|h| {
            Diagnostic::error(format!("handout `{}` does not exist", h.get_ref()))
                .in_file(&page.file)
                .at_offset(&page.source, page.front_offset + h.span().start)
                .with_hint(format!(
                    "write content/{default}/handouts/{}.md, or name an existing handout (a file name under content/{default}/handouts/, without .md)",
                    h.get_ref()
                ))
        })
        .collect()
}
