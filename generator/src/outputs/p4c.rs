//! What P4C adds besides its pages (see [`crate::kinds::p4c`]): a list per
//! filter, `<locale>/p4c/housing/` or `<locale>/p4c/pillar/housing/`, which
//! is what the directory's filters link to without JavaScript; and
//! `p4c.json`, every entry of every locale for partners' own tools.

use serde::Serialize;

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::content::ContentPath;
use crate::deps::{Input, Reads};
use crate::kinds::p4c::{self, DirectoryCtx, Entry, EntryCtx, EntryPage};
use crate::kinds::Kind;
use crate::load::Loaded;
use crate::render::{PageCx, TranslationCtx};
use crate::site::Route;

fn index() -> ContentPath {
    ContentPath::new("p4c/_index.md")
}

/// `<locale>/p4c/<filter>/index.html`, one per filter the locale's entries
/// give.
pub struct FilteredLists;

/// What `base.html` needs of the page it frames.
#[derive(Serialize)]
struct ListPageCtx<'a> {
    kind: &'static str,
    title: String,
    url: String,
    permalink: String,
    lang: &'a str,
    dir: &'static str,
    lang_name: &'a str,
    description: Option<&'a str>,
    is_fallback: bool,
    translation: Option<()>,
}

impl OutputKind for FilteredLists {
    fn offline(&self) -> bool {
        false
    }

    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        let site = &loaded.site;
        let mut files = Vec::new();
        for l in &site.config.locales {
            if site.resolve(l, &index()).is_none() {
                continue;
            }
            for (n, filter) in p4c::filters(site, l).iter().enumerate() {
                files.push((
                    format!("{}/p4c/{}index.html", l.locale, filter.folder()),
                    Key::Shard(l.locale.clone(), n),
                ));
            }
        }
        files
    }

    fn render(&self, key: &Key, rcx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Shard(locale, n) = key else {
            unreachable!("filtered lists have shard keys")
        };
        let site = &rcx.loaded.site;
        let locale = site.config.locale(locale);
        let path = index();
        reads.add(Input::Front(locale.locale.clone(), path.clone()));
        reads.add(Input::Listed(
            locale.locale.clone(),
            EntryPage.name().to_string(),
            None,
        ));
        let (Some(page), Some(filter)) = (
            site.resolve(locale, &path),
            p4c::filters(site, locale).into_iter().nth(*n),
        ) else {
            return Rendered::failed(crate::diagnostic::Diagnostic::error(format!(
                "internal: no P4C list {n} in {}",
                locale.locale
            )));
        };
        let route = Route {
            locale,
            path: &page.path,
            page,
        };
        let cx = PageCx::new(site, route, reads, rcx.cache);
        let url = format!("{}{}", site.url(&locale.locale, &path), filter.folder());
        // Every locale has the list only if its entries give the filter;
        // the switcher goes to each locale's directory.
        reads.add(Input::Versions(path.clone()));
        let translations: Vec<TranslationCtx> = site
            .config
            .locales
            .iter()
            .filter(|l| site.resolve(l, &path).is_some())
            .map(|l| TranslationCtx::new(l, site.url(&l.locale, &path), &locale.locale))
            .collect();
        let directory = DirectoryCtx::new(&cx, Some(filter));
        super::templated(rcx, &locale.locale, "p4c.html", reads, |ctx| {
            ctx.insert(
                "page",
                &ListPageCtx {
                    kind: "p4c-list",
                    title: page.title.clone(),
                    permalink: site.permalink(&url),
                    url,
                    lang: page.locale.as_str(),
                    dir: site.config.locale(&page.locale).dir.as_str(),
                    lang_name: site.config.locale(&page.locale).name.as_str(),
                    description: None,
                    is_fallback: page.locale != locale.locale,
                    translation: None,
                },
            );
            ctx.insert("translations", &translations);
            ctx.insert("p4c", &directory);
        })
    }
}

/// `p4c.json`: per locale, every entry it shows with all its fields. Its
/// schema is in README.md ("P4C data for partners").
pub struct Data;

#[derive(Serialize)]
struct DataFile<'a> {
    schema: u32,
    /// Locale code → its entries.
    locales: std::collections::BTreeMap<&'a str, Vec<DataEntry<'a>>>,
}

#[derive(Serialize)]
struct DataEntry<'a> {
    #[serde(flatten)]
    entry: EntryCtx<'a>,
    /// The absolute address of its page.
    permalink: String,
    /// Whether the locale shows it in another language, by fallback.
    fallback: bool,
}

impl OutputKind for Data {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("p4c.json".to_string(), Key::Site)]
    }

    fn render(&self, _key: &Key, rcx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let site = &rcx.loaded.site;
        reads.add(Input::Global);
        let mut locales = std::collections::BTreeMap::new();
        for l in &site.config.locales {
            let path = index();
            // Any page of the locale gives the context to read entries from.
            let Some(page) = site.resolve(l, &path).or_else(|| {
                site.listed(l, EntryPage.name(), None)
                    .first()
                    .map(|r| r.page)
            }) else {
                locales.insert(l.locale.as_str(), Vec::new());
                continue;
            };
            let route = Route {
                locale: l,
                path: &page.path,
                page,
            };
            let cx = PageCx::new(site, route, reads, rcx.cache);
            let entries = cx
                .listed(EntryPage.name(), None)
                .iter()
                .filter(|r| r.page.data::<Entry>().is_some())
                .filter_map(|r| {
                    let entry = EntryCtx::new(&cx, r)?;
                    Some(DataEntry {
                        permalink: site.permalink(&entry.link.url),
                        fallback: r.is_fallback(),
                        entry,
                    })
                })
                .collect();
            locales.insert(l.locale.as_str(), entries);
        }
        let file = DataFile { schema: 1, locales };
        Rendered::ok(serde_json::to_string_pretty(&file).expect("the P4C data serialises"))
    }
}
