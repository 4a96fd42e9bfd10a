//! What a build of the fixture site writes. Every test but the last reads
//! the one shared build, [`BUILT`].

use crate::html::{broken_links, pages};
use crate::prelude::*;
use crate::site_test::tree;
use scraper::Html;

#[test]
fn builds_every_locale_and_the_shared_files() {
    for locale in ["en", "fr", "ar", "pt", "pt-BR"] {
        for file in ["index.html", "404.html"] {
            let path = format!("public/{locale}/{file}");
            assert!(BUILT.path(&path).is_file(), "{path}");
        }
    }
    for file in [
        "index.html",
        "404.html",
        "robots.txt",
        "sitemap.xml",
        "style.css",
        "site.js",
    ] {
        assert!(BUILT.path(&format!("public/{file}")).is_file(), "{file}");
    }
    BUILT.check_file_contains(
        "public/robots.txt",
        "Sitemap: https://example.org/mip/sitemap.xml",
    );
}

#[test]
fn warnings_name_file_and_line_and_do_not_stop_the_build() {
    BUILT.check_errors(&[]).check_warnings(&[
        "content/en/about.md:10:1: raw HTML `<script` is not allowed and was removed",
        "content/en/about.md:12:1: raw HTML `onmouseover=` is not allowed and was removed",
        "content/en/about.md:14:1: a `javascript:` link was removed",
        "locales/fr/main.ftl:7:1: message `only-in-french` is not in the en source",
        "locales/pt-BR: locale `pt-BR` has no Fluent files",
        "1 P4C entry is not confirmed by a person yet: content/en/p4c/example-legal-clinic.md[..]",
    ]);
}

#[test]
fn every_page_has_lang_dir_switcher_canonical_and_alternates() {
    let ar = BUILT.html("public/ar/index.html");
    assert_eq!(attr(&ar, "html", "lang"), "ar");
    assert_eq!(attr(&ar, "html", "dir"), "rtl");
    assert_eq!(attr(&ar, "article", "lang"), "ar");
    assert_eq!(text(&ar, "h1"), "الصفحة الرئيسية");
    assert_eq!(
        attr(&ar, "link[rel=canonical]", "href"),
        "https://example.org/mip/ar/"
    );

    let fr = BUILT.html("public/fr/pillars/health/index.html");
    assert_eq!(attr(&fr, "html", "lang"), "fr");
    assert_eq!(attr(&fr, "html", "dir"), "ltr");
    // The switcher leads to the same page in every other locale.
    let switcher: Vec<String> = select(&fr, "details.languages a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        switcher,
        [
            "/mip/en/pillars/health/",
            "/mip/fr/pillars/health/",
            "/mip/ar/pillars/health/",
            "/mip/pt/pillars/health/",
            "/mip/pt-BR/pillars/health/"
        ]
    );
    // Search engines hear of real translations only.
    let alternates: Vec<(String, String)> = select(&fr, "link[rel=alternate]")
        .iter()
        .map(|l| {
            (
                l.value().attr("hreflang").unwrap().into(),
                l.value().attr("href").unwrap().into(),
            )
        })
        .collect();
    let health = "https://example.org/mip/en/pillars/health/";
    assert_eq!(
        alternates,
        [
            ("en".into(), health.into()),
            (
                "fr".into(),
                "https://example.org/mip/fr/pillars/health/".into()
            ),
            ("x-default".into(), health.into()),
        ]
    );
    assert_eq!(
        attr(&fr, "link[rel=canonical]", "href"),
        "https://example.org/mip/fr/pillars/health/"
    );
}

#[test]
fn pages_missing_in_a_locale_fall_back_with_a_translated_notice() {
    let page = BUILT.html("public/ar/about/index.html");
    // The interface is Arabic; the article is English and says so.
    assert_eq!(attr(&page, "html", "lang"), "ar");
    assert_eq!(attr(&page, "html", "dir"), "rtl");
    assert_eq!(attr(&page, "article", "lang"), "en");
    assert_eq!(attr(&page, "article", "dir"), "ltr");
    let notice = text(&page, ".notice-fallback");
    assert!(notice.contains("هذه الصفحة غير مترجمة بعد"), "{notice}");
    assert!(
        notice.contains("English") && notice.contains("العربية"),
        "{notice}"
    );
    // Canonical points at the language the page is written in.
    assert_eq!(
        attr(&page, "link[rel=canonical]", "href"),
        "https://example.org/mip/en/about/"
    );

    // pt-BR falls back to pt first, then to English.
    let home = BUILT.html("public/pt-BR/index.html");
    assert_eq!(attr(&home, "html", "lang"), "pt-BR");
    assert_eq!(attr(&home, "article", "lang"), "pt");
    assert_eq!(text(&home, "article h1"), "Página inicial");
    assert_eq!(text(&home, ".brand"), "INTEGRA Mentoria");
    let about = BUILT.html("public/pt-BR/about/index.html");
    assert_eq!(attr(&about, "article", "lang"), "en");

    // A page in its own language has no notice; a draft says it is a draft.
    let fr_home = BUILT.html("public/fr/index.html");
    assert!(select(&fr_home, ".notice-fallback").is_empty());
    assert!(!select(&fr_home, ".notice-draft").is_empty());
    let fr_health = BUILT.html("public/fr/pillars/health/index.html");
    assert!(
        select(&fr_health, ".notice").is_empty(),
        "reviewed translations carry no notice"
    );
}

#[test]
fn interface_messages_fall_back_along_the_chain() {
    let fr = BUILT.html("public/fr/workshops/first-talk/index.html");
    assert_eq!(text(&fr, ".brand"), "INTEGRA Mentorat");
    // Missing in French: English.
    assert_eq!(text(&fr, ".skip-link"), "Skip to content");
    // Plurals: French and English "one".
    let facts = text(&fr, ".facts");
    assert!(facts.contains("\u{2068}1\u{2069} minute"), "{facts}");
    assert!(facts.contains("One young person"), "{facts}");
    let ar = BUILT.html("public/ar/index.html");
    assert_eq!(text(&ar, ".site-nav li:first-child a"), "الركائز التسع");
}

#[test]
fn internal_links_resolve_per_locale_and_nothing_is_broken() {
    let fr = BUILT.html("public/fr/index.html");
    let links: Vec<String> = select(&fr, "article a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().into())
        .collect();
    assert_eq!(links, ["/mip/fr/pillars/health/", "/mip/fr/about/"]);
    let en = BUILT.html("public/en/index.html");
    assert_eq!(
        attr(&en, "article a", "href"),
        "/mip/en/pillars/health/#why-this-matters"
    );
    // The French guide keeps the English anchor with an explicit id.
    BUILT.check_file_contains(
        "public/fr/pillars/health/index.html",
        r#"<h2 id="why-this-matters">"#,
    );

    let broken = broken_links(&BUILT.path("public"), "/mip/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn markdown_has_tables_footnotes_anchors_and_smart_punctuation() {
    BUILT
        .check_file_contains("public/en/white-paper/first/index.html", "<table>")
        .check_file_contains(
            "public/en/white-paper/first/index.html",
            "footnote-definition",
        )
        .check_file_contains(
            "public/en/white-paper/first/index.html",
            r#"<h2 id="start">"#,
        )
        .check_file_contains(
            "public/en/about/index.html",
            "It\u{2019}s \u{201c}plain\u{201d} text \u{2013} with",
        );
}

#[test]
fn raw_html_is_sanitised() {
    let about = BUILT.read("public/en/about/index.html");
    let article = about.split("<article").nth(1).unwrap();
    assert!(!article.contains("<script"), "{article}");
    assert!(!article.contains("onmouseover"), "{article}");
    assert!(!article.contains("javascript:"), "{article}");
    assert!(
        article.contains(r#"<p class="note">Kept.</p>"#),
        "{article}"
    );
}

#[test]
fn workshops_render_as_facilitator_sheets_linked_to_their_pillar() {
    let sheet = BUILT.html("public/en/workshops/network-map/index.html");
    let facts = text(&sheet, ".facts");
    for expected in [
        "45",
        "minutes",
        "1",
        "6",
        "young people",
        "One-to-one or group",
        "Introductory",
    ] {
        assert!(facts.contains(expected), "{expected} in {facts}");
    }
    assert_eq!(text(&sheet, "#materials + ul li"), "A3 paper\nPens");
    assert_eq!(
        attr(&sheet, ".eyebrow a", "href"),
        "/mip/en/pillars/community/"
    );

    // The pillar lists its workshops in weight order.
    let pillar = BUILT.html("public/en/pillars/community/index.html");
    assert_eq!(
        text(&pillar, ".workshops .card h3"),
        "First talk\nNetwork map\nGreetings and small talk across cultures\nMapping my support network\nBuying the right ticket\nSaying no and meaning it\nTalking through a conflict calmly\nTrying out a local group or club"
    );
    // In French, the translated workshop is listed under its French title.
    let fr = BUILT.html("public/fr/pillars/community/index.html");
    assert_eq!(
        text(&fr, ".workshops .card h3"),
        "First talk\nCarte du réseau\nGreetings and small talk across cultures\nMapping my support network\nBuying the right ticket\nSaying no and meaning it\nTalking through a conflict calmly\nTrying out a local group or club"
    );
    assert_eq!(attr(&fr, ".workshops .card", "lang"), "en");
}

#[test]
fn white_paper_has_contents_and_previous_next_links() {
    let cover = BUILT.html("public/en/white-paper/index.html");
    assert_eq!(text(&cover, ".toc li a"), "First chapter\nSecond chapter");
    let first = BUILT.html("public/en/white-paper/first/index.html");
    assert!(select(&first, "a[rel=prev]").is_empty());
    assert_eq!(
        attr(&first, "a[rel=next]", "href"),
        "/mip/en/white-paper/second/"
    );
    let second = BUILT.html("public/en/white-paper/second/index.html");
    assert_eq!(
        attr(&second, "a[rel=prev]", "href"),
        "/mip/en/white-paper/first/"
    );
}

#[test]
fn sitemap_lists_real_pages_with_alternates() {
    let sitemap = BUILT.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/mip/en/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/mip/ar/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/mip/en/about/</loc>"));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/mip/fr/"/>"#
    ));
    // Fallback pages are duplicates: not listed.
    BUILT.check_file_doesnt_contain("public/sitemap.xml", "https://example.org/mip/ar/about/");
    // Every page plus the language chooser at the root.
    assert_eq!(sitemap.matches("<url>").count(), 78 + 4 + 1 + 1 + 1);
    // x-default: the default locale's page, and for the home pages the
    // chooser, which lists itself with the home pages.
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/mip/en/pillars/health/"/>"#
    ));
    assert!(sitemap.contains(
        "  <url>\n    <loc>https://example.org/mip/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/mip/en/\"/>"
    ));
    assert_eq!(
        sitemap
            .matches(r#"hreflang="x-default" href="https://example.org/mip/"/>"#)
            .count(),
        // The chooser and the home pages of en, fr, ar and pt (pt-BR's
        // is shown by fallback, and not listed).
        5,
        "{sitemap}"
    );
}

/// `hreflang` as search engines crawl it: every alternate a page names
/// leads to a page that names it back, and pages shown by fallback name
/// none.
#[test]
fn hreflang_alternates_are_reciprocal_and_fallback_pages_have_none() {
    let public = BUILT.path("public");
    let base = "https://example.org/mip/";
    let file_of = |href: &str| {
        let relative = href.strip_prefix(base).expect("an address on the site");
        public.join(relative).join("index.html")
    };
    let alternates = |html: &Html| -> Vec<(String, String)> {
        select(html, "link[rel=alternate]")
            .iter()
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap().to_string(),
                    l.value().attr("href").unwrap().to_string(),
                )
            })
            .collect()
    };
    let mut checked = 0;
    for (file, html) in pages(&public) {
        let own = alternates(&html);
        if !select(&html, ".notice-fallback").is_empty() {
            assert!(
                own.is_empty(),
                "{file}: a fallback page with alternates {own:?}"
            );
            continue;
        }
        let canonical = select(&html, "link[rel=canonical]")
            .first()
            .map(|l| l.value().attr("href").unwrap().to_string());
        for (hreflang, href) in &own {
            let target = file_of(href);
            let text = std::fs::read_to_string(&target)
                .unwrap_or_else(|e| panic!("{file}: {hreflang} {href} is not a page: {e}"));
            let back = alternates(&Html::parse_document(&text));
            let me = canonical
                .as_ref()
                .expect("a page with alternates has a canonical");
            assert!(
                back.iter().any(|(_, h)| h == me),
                "{file}: names {href} ({hreflang}), which does not name {me} back"
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} alternates checked");
}

/// The site's policy, as `security` writes it for a `<meta>`: every page
/// carries it before anything it loads, and nothing on a page needs
/// `'unsafe-inline'`: no inline script (data blocks aside), no event
/// handler attribute, no style attribute, no `<style>`.
#[test]
fn every_page_carries_the_content_security_policy_and_nothing_inline() {
    let policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                  connect-src 'self'; form-action 'self'; manifest-src 'self'; worker-src 'self'; \
                  base-uri 'none'; object-src 'none'";
    let mut count = 0;
    for (file, html) in pages(&BUILT.path("public")) {
        let text = std::fs::read_to_string(&file).unwrap();
        let meta = text
            .find("<meta http-equiv=\"Content-Security-Policy\"")
            .unwrap_or_else(|| panic!("{file}: no Content-Security-Policy"));
        for loader in ["<link", "<script", "<style"] {
            if let Some(at) = text.find(loader) {
                assert!(meta < at, "{file}: {loader} before the policy");
            }
        }
        assert_eq!(
            attr(&html, "meta[http-equiv=Content-Security-Policy]", "content"),
            policy,
            "{file}"
        );
        for script in select(&html, "script") {
            assert!(
                script.value().attr("src").is_some()
                    || script.value().attr("type") == Some("application/json"),
                "{file}: an inline script"
            );
        }
        assert!(
            select(&html, "style, [style]").is_empty(),
            "{file}: inline style"
        );
        for element in select(&html, "*") {
            for (name, _) in element.value().attrs() {
                assert!(!name.starts_with("on"), "{file}: an {name} attribute");
            }
        }
        count += 1;
    }
    assert!(count > 100, "{count} pages");
}

#[test]
fn headers_for_the_host_list_the_policy_and_cache_hashed_files_for_long() {
    let headers = BUILT.read("public/_headers");
    let mut blocks = headers.split("\n\n");
    let all = blocks.next().unwrap();
    assert!(all.starts_with("/mip/*\n"), "{headers}");
    for line in [
        "  Content-Security-Policy: default-src 'self'; ",
        "; frame-ancestors 'none'\n",
        "  X-Content-Type-Options: nosniff\n",
        "  Referrer-Policy: no-referrer\n",
        "  X-Frame-Options: DENY\n",
        "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
    ] {
        assert!(all.contains(line), "{line} in {all}");
    }
    // Each theme file, which pages address with its hash, and nothing else.
    let cached: Vec<&str> = blocks.map(|b| b.lines().next().unwrap()).collect();
    assert!(cached.contains(&"/mip/style.css"), "{cached:?}");
    assert!(cached.contains(&"/mip/site.js"), "{cached:?}");
    assert!(
        !cached
            .iter()
            .any(|c| c.ends_with("sw.js") || c.ends_with(".html")),
        "{cached:?}"
    );
    for path in &cached {
        let file = BUILT.path(&format!("public/{}", path.strip_prefix("/mip/").unwrap()));
        assert!(file.is_file(), "{path}");
    }
    assert!(headers.contains("  Cache-Control: public, max-age=31536000, immutable\n"));
}

#[test]
fn translation_status_pages_are_not_indexed() {
    for file in [
        "public/en/translate/index.html",
        "public/fr/translate/index.html",
    ] {
        let page = BUILT.html(file);
        assert_eq!(
            attr(&page, "meta[name=robots]", "content"),
            "noindex",
            "{file}"
        );
    }
    let sitemap = BUILT.read("public/sitemap.xml");
    assert!(!sitemap.contains("/translate/"), "{sitemap}");
}

#[test]
fn root_index_sends_visitors_to_their_language_and_lists_all() {
    let index = BUILT.html("public/index.html");
    assert_eq!(
        text(&index, ".language-list a"),
        "English\nFrançais\nالعربية\nPortuguês\nPortuguês do Brasil"
    );
    assert_eq!(attr(&index, ".language-list a[lang=ar]", "dir"), "rtl");
    // Sent on by chooser.js, which the policy allows (no inline script).
    let script = select(&index, "script[src]");
    assert_eq!(script.len(), 1);
    assert!(script[0]
        .value()
        .attr("src")
        .unwrap()
        .starts_with("/mip/chooser.js?v="));
    assert_eq!(
        script[0].value().attr("data-languages"),
        Some("en fr ar pt pt-BR")
    );
    assert_eq!(script[0].value().attr("data-base"), Some("/mip/"));
    BUILT.check_file_contains("public/chooser.js", "navigator.languages");
    // A canonical, and x-default: the chooser itself.
    assert_eq!(
        attr(&index, "link[rel=canonical]", "href"),
        "https://example.org/mip/"
    );
    assert_eq!(
        attr(&index, "link[hreflang=x-default]", "href"),
        "https://example.org/mip/"
    );
    let not_found = BUILT.html("public/404.html");
    assert_eq!(attr(&not_found, "html", "lang"), "en");
}

#[test]
fn bidi_isolation_marks_never_land_in_attributes() {
    let selector = scraper::Selector::parse("*").unwrap();
    for (page, html) in pages(&BUILT.path("public")) {
        for element in html.select(&selector) {
            for (name, value) in element.value().attrs() {
                assert!(
                    !value.contains(['\u{2068}', '\u{2069}']),
                    "{page}: attribute {name}={value:?}"
                );
            }
        }
    }
}

#[test]
fn nothing_is_loaded_from_another_host() {
    for entry in walkdir::WalkDir::new(BUILT.path("public")) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file()
            || entry
                .path()
                .extension()
                .is_some_and(|e| e == "xml" || e == "txt" || e == "png")
        {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let html = scraper::Html::parse_document(&text);
        for css in [
            "script[src]",
            "img[src]",
            "link[rel=stylesheet]",
            "link[rel=icon]",
            "iframe",
        ] {
            for element in select(&html, css) {
                let url = element
                    .value()
                    .attr("src")
                    .or(element.value().attr("href"))
                    .unwrap_or("");
                assert!(
                    url.starts_with("/mip/"),
                    "{}: {css} loads {url}",
                    entry.path().display()
                );
            }
        }
        assert!(!text.contains("@import"), "{}", entry.path().display());
        assert!(!text.contains("url(http"), "{}", entry.path().display());
    }
}

#[test]
fn rebuilds_reuse_the_previous_tree_and_match_a_fresh_build() {
    let mut site = SiteTest::from_fixture("site");
    site.build()
        .replace_in_file(
            "content/en/about.md",
            "title = \"About\"",
            "title = \"About us\"",
        )
        .remove_file("content/en/privacy.md")
        .replace_in_file("content/en/_index.md", "\n", "\n") // unchanged bytes
        .build_fails()
        // The footer of every page links to the privacy page: one error, at
        // the template's line, not one per page.
        .check_errors(&[
            "themes/default/templates/base.html:62:33: the theme links to `privacy.md`, which is not a page[..]",
        ]);
    site.change_file(
        "content/en/privacy.md",
        "+++\ntitle = \"Privacy policy\"\n+++\n\nNothing kept.\n",
    )
    .build()
    .build()
    // The result is the same, file for file, as a build from nothing.
    .output("fresh")
    .build();
    let public = tree(&site.path("public"));
    assert_eq!(public, tree(&site.path("fresh")));
    assert!(public
        .iter()
        .any(|(path, bytes)| path == "en/about/index.html"
            && String::from_utf8_lossy(bytes).contains("About us")));
}

/// The example in README.md, kept here so that it keeps working.
#[test]
fn a_retitled_page_shows_its_new_title() {
    SiteTest::from_fixture("site")
        .replace_in_file(
            "content/en/about.md",
            "title = \"About\"",
            "title = \"About us\"",
        )
        .build()
        .check_file_contains("public/en/about/index.html", "<h1>About us</h1>");
}

/// No page gives two elements the same id, print packs included, which put
/// many workshop sheets with the same headings on one page.
#[test]
fn ids_are_unique_on_every_page() {
    for (file, html) in pages(&BUILT.path("public")) {
        let mut seen = std::collections::HashSet::new();
        for element in select(&html, "[id]") {
            let id = element.value().attr("id").unwrap();
            assert!(seen.insert(id.to_string()), "{file}: id {id:?} twice");
        }
    }
}
