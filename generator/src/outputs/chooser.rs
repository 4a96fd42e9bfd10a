//! The language chooser at the site's root, and the 404 pages.

use super::{per_locale, templated, Key, OutputKind, RenderCx, Rendered};
use crate::content::ContentPath;
use crate::deps::{Input, Reads};
use crate::load::Loaded;

/// `index.html`: the page that sends readers to their language.
pub struct LanguageChooser;

impl OutputKind for LanguageChooser {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("index.html".into(), Key::Site)]
    }

    fn render(&self, _key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let site = &cx.loaded.site;
        let home = ContentPath::new("_index.md");
        reads.add(Input::Versions(home.clone()));
        // The home pages' alternates, which name this page as their
        // x-default, as it names itself.
        let alternates = crate::render::alternates(site, &home);
        templated(
            cx,
            &site.config.default_locale,
            "languages.html",
            reads,
            |ctx| ctx.insert("alternates", &alternates),
        )
    }
}

/// `<locale>/404.html` for each locale, and `404.html` in the default one.
pub struct NotFound;

impl OutputKind for NotFound {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        let mut files = per_locale(loaded, "404.html");
        files.push(("404.html".into(), Key::Site));
        files
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let locale = match key {
            Key::Locale(locale) => locale,
            _ => &cx.loaded.site.config.default_locale,
        };
        templated(cx, locale, "404.html", reads, |_| {})
    }
}
