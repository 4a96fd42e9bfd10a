//! `<locale>/translate/`: each locale's translation progress, for
//! translators and coordinators.

use serde::Serialize;

use super::{per_locale, templated, Key, OutputKind, RenderCx, Rendered};
use crate::config::Locale;
use crate::content::ContentPath;
use crate::deps::{Input, Reads};
use crate::load::Loaded;
use crate::render::TranslationCtx;
use crate::site::Site;
use crate::translation::{LocaleStatus, Status};

pub struct TranslationStatus;

/// One locale's progress in the overview table.
#[derive(Serialize)]
struct OverviewCtx<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    interface_percent: u32,
    pages_percent: u32,
    pages_translated: usize,
    pages_total: usize,
    drafts: usize,
    stale: usize,
}

/// A page the locale lacks, as it shows it.
#[derive(Serialize)]
struct PageLinkCtx<'a> {
    path: &'a str,
    url: String,
    title: &'a str,
    lang: &'a str,
}

/// An out-of-date page: what changed in its English page since it was
/// translated, and where to work on it.
#[derive(Serialize)]
struct StaleCtx<'a> {
    #[serde(flatten)]
    page: PageLinkCtx<'a>,
    /// The English page on this site.
    source_url: String,
    blocks_changed: Option<usize>,
    po_file: &'a str,
    /// The PO file on the web, when `source_url` is configured.
    po_url: Option<String>,
}

/// What one locale still lacks.
#[derive(Serialize)]
struct DetailsCtx<'a> {
    missing_messages: usize,
    missing: Vec<PageLinkCtx<'a>>,
    stale: Vec<StaleCtx<'a>>,
    drafts: Vec<PageLinkCtx<'a>>,
}

fn status_url(site: &Site, locale: &Locale) -> String {
    format!("{}{}/translate/", site.config.base_path, locale)
}

fn overview<'a>(site: &'a Site, status: &'a Status) -> Vec<OverviewCtx<'a>> {
    site.config
        .locales
        .iter()
        .map(|l| {
            let entry = status
                .locales
                .iter()
                .find(|s| s.locale == l.locale.as_str());
            OverviewCtx {
                code: l.locale.as_str(),
                name: &l.name,
                dir: l.dir.as_str(),
                url: status_url(site, &l.locale),
                interface_percent: entry.map_or(100, |e| e.messages.percent),
                pages_percent: entry.map_or(100, |e| e.content.percent),
                pages_translated: entry.map_or(0, |e| e.content.translated),
                pages_total: entry.map_or(0, |e| e.content.total),
                drafts: entry.map_or(0, |e| e.content.drafts.len()),
                stale: entry.map_or(0, |e| e.content.stale.len()),
            }
        })
        .collect()
}

fn details<'a>(site: &'a Site, locale: &Locale, status: &'a LocaleStatus) -> DetailsCtx<'a> {
    let config = site.config.locale(locale);
    let page = |path: &'a str| {
        let content_path = ContentPath::new(path);
        let shown = site.resolve(config, &content_path);
        PageLinkCtx {
            path,
            url: site.url(locale, &content_path),
            title: shown.map_or(path, |p| p.title.as_str()),
            lang: shown.map_or(config.locale.as_str(), |p| p.locale.as_str()),
        }
    };
    DetailsCtx {
        missing_messages: status.messages.missing.len(),
        missing: status
            .content
            .fallback
            .iter()
            .map(|f| page(&f.path))
            .collect(),
        stale: status
            .content
            .stale
            .iter()
            .map(|s| StaleCtx {
                page: page(&s.path),
                source_url: site.url(
                    &site.config.default_locale,
                    &ContentPath::new(s.path.as_str()),
                ),
                blocks_changed: s.blocks_changed,
                po_file: &s.po_file,
                po_url: site
                    .config
                    .source_url
                    .as_ref()
                    .map(|u| format!("{u}{}", s.po_file)),
            })
            .collect(),
        drafts: status.content.drafts.iter().map(|d| page(d)).collect(),
    }
}

impl OutputKind for TranslationStatus {
    fn offline(&self) -> bool {
        false
    }

    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        per_locale(loaded, "translate/index.html")
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Locale(locale) = key else {
            unreachable!("status pages have locale keys")
        };
        reads.add(Input::Translations);
        let site = &cx.loaded.site;
        let status = cx.loaded.translation_status();
        templated(cx, locale, "translate.html", reads, |ctx| {
            // The language switcher goes to this page in each language.
            let translations: Vec<TranslationCtx> = site
                .config
                .locales
                .iter()
                .map(|l| TranslationCtx::new(l, status_url(site, &l.locale), locale))
                .collect();
            ctx.insert("translations", &translations);
            ctx.insert("overview", &overview(site, status));
            let current = status.locales.iter().find(|s| s.locale == locale.as_str());
            ctx.insert("current", &current.map(|s| details(site, locale, s)));
        })
    }
}
