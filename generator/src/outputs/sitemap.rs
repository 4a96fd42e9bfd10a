//! `sitemap.xml`, with `xhtml:link` alternates between translations, and
//! `robots.txt`, which points to it.

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::content::ContentPath;
use crate::deps::{Input, Reads};
use crate::load::Loaded;
use crate::render::{alternates, Alternate, X_DEFAULT};
use crate::site::Site;

pub struct Sitemap;

impl OutputKind for Sitemap {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("sitemap.xml".into(), Key::Site)]
    }

    fn render(&self, _key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        reads.add(Input::Global);
        reads.add(Input::Addresses);
        Rendered::ok(sitemap(&cx.loaded.site))
    }
}

/// Lists every page in the language it is written in; pages shown through
/// fallback are duplicates and are left out.
fn sitemap(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in &site.paths {
        let all = alternates(site, path);
        let versions: Vec<&Alternate> = all.iter().filter(|a| a.hreflang != X_DEFAULT).collect();
        // A page in one language has no alternates to name, but a home page
        // names the root chooser.
        let listed = if versions.len() > 1 || path.as_str() == "_index.md" {
            &all[..]
        } else {
            &[]
        };
        for version in &versions {
            url(&mut xml, &version.href, listed);
        }
    }
    // The language chooser at the root: the home pages' x-default, with
    // the home pages' alternates.
    url(
        &mut xml,
        &site.config.base_url,
        &alternates(site, &ContentPath::new("_index.md")),
    );
    xml.push_str("</urlset>\n");
    xml
}

/// One `<url>` with its `hreflang` alternates.
fn url(xml: &mut String, loc: &str, alternates: &[Alternate]) {
    let escape = mip::escape_html;
    xml.push_str("  <url>\n    <loc>");
    xml.push_str(&escape(loc));
    xml.push_str("</loc>\n");
    for alternate in alternates {
        xml.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
            escape(&alternate.hreflang),
            escape(&alternate.href)
        ));
    }
    xml.push_str("  </url>\n");
}

pub struct Robots;

impl OutputKind for Robots {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("robots.txt".into(), Key::Site)]
    }

    fn render(&self, _key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        reads.add(Input::Global);
        Rendered::ok(format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            cx.loaded.site.config.base_url
        ))
    }
}
