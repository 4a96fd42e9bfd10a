//! Content pages: every page of every locale, rendered by its kind.

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::config::Locale;
use crate::content::ContentPath;
use crate::deps::Reads;
use crate::diagnostic::Diagnostic;
use crate::kinds;
use crate::load::Loaded;
use crate::render;
use crate::site::Route;

pub struct ContentPages;

/// The output file of the page `locale` shows at `path`.
pub fn page_file(locale: &Locale, path: &ContentPath) -> String {
    format!("{locale}/{}index.html", path.route())
}

impl OutputKind for ContentPages {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        loaded
            .site
            .routes()
            .iter()
            .map(|r| {
                (
                    page_file(&r.locale.locale, r.path),
                    Key::Page(r.locale.locale.clone(), r.path.clone()),
                )
            })
            .collect()
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Page(locale, path) = key else {
            unreachable!("content pages have page keys")
        };
        let site = &cx.loaded.site;
        let locale = site.config.locale(locale);
        let Some(page) = site.resolve(locale, path) else {
            return Rendered::failed(Diagnostic::error(format!(
                "internal: no page {path} in {}",
                locale.locale
            )));
        };
        let route = Route { locale, path, page };
        let (tera, base) = cx.loaded.templates_for(&locale.locale);
        let kind = kinds::get(page.kind);
        let output = render::page(
            site,
            tera,
            base,
            &route,
            cx.cache,
            reads,
            kind.template(),
            |cx, ctx| kind.context(cx, ctx),
        );
        Rendered {
            ids: output.html.as_deref().map(crate::markdown::element_ids),
            bytes: output.html.map(String::into_bytes),
            problems: output.problems,
            links: output.anchors,
        }
    }
}
