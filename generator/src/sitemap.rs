//! `sitemap.xml` with `xhtml:link` alternates between translations.

use crate::site::Site;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Lists every page in the language it is written in; pages shown through
/// fallback are duplicates and are left out.
pub fn render(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in &site.paths {
        let versions: Vec<(String, String)> = site
            .config
            .locales
            .iter()
            .filter(|l| site.page(&l.locale, path).is_some())
            .map(|l| {
                (
                    l.locale.to_string(),
                    site.permalink(&site.url(&l.locale, path)),
                )
            })
            .collect();
        for (_, loc) in &versions {
            xml.push_str("  <url>\n    <loc>");
            xml.push_str(&escape(loc));
            xml.push_str("</loc>\n");
            if versions.len() > 1 {
                for (hreflang, href) in &versions {
                    xml.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        escape(hreflang),
                        escape(href)
                    ));
                }
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
