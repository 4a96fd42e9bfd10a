//! The loaded site: which page each locale shows at each address, and the
//! rules that span pages (required pages, translations that match their
//! source).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use mip::PillarId;

use crate::config::{Config, Locale, LocaleConfig};
use crate::content::{ContentPath, Page};

pub struct Site {
    pub config: Config,
    pub pages: Vec<Page>,
    /// Position in `pages` by locale, then path: looked up for every link
    /// and list, so without building a key.
    index: FxHashMap<Locale, FxHashMap<ContentPath, usize>>,
    /// Every content path that some locale has, sorted.
    pub paths: Vec<ContentPath>,
    /// Pages whose file failed to load (already reported): links to them
    /// and required pages are not reported again.
    pub failed: HashSet<(Locale, ContentPath)>,
    lists: OnceLock<HashMap<Locale, Lists>>,
}

/// A page as one locale shows it.
#[derive(Clone, Copy)]
pub struct Route<'a> {
    pub locale: &'a LocaleConfig,
    pub path: &'a ContentPath,
    pub page: &'a Page,
}

impl Route<'_> {
    /// Shown through fallback: written in another language than the locale's.
    pub fn is_fallback(&self) -> bool {
        self.page.locale != self.locale.locale
    }
}

impl Site {
    pub fn new(config: Config, pages: Vec<Page>, failed: Vec<(Locale, ContentPath)>) -> Site {
        let mut index: FxHashMap<Locale, FxHashMap<ContentPath, usize>> = FxHashMap::default();
        let mut paths = BTreeSet::new();
        for (i, page) in pages.iter().enumerate() {
            index
                .entry(page.locale.clone())
                .or_default()
                .insert(page.path.clone(), i);
            paths.insert(page.path.clone());
        }
        Site {
            config,
            pages,
            index,
            paths: paths.into_iter().collect(),
            failed: failed.into_iter().collect(),
            lists: OnceLock::new(),
        }
    }

    /// Gives back the pages, for a preview that reloads some of them.
    pub fn into_pages(self) -> (Config, Vec<Page>) {
        (self.config, self.pages)
    }

    /// Puts `page` in place of the page of the same locale and path, which
    /// must be there with the same kind and front matter: what the index
    /// and lists were made from stays as it was.
    pub fn replace_body(&mut self, page: Page) {
        let at = self.index[&page.locale][&page.path];
        self.pages[at] = page;
    }

    /// The page written in exactly this locale.
    pub fn page(&self, locale: &Locale, path: &ContentPath) -> Option<&Page> {
        self.index.get(locale)?.get(path).map(|&i| &self.pages[i])
    }

    /// Whether `locale` would show a page at `path` but for a file that
    /// failed to load.
    pub fn is_broken(&self, locale: &LocaleConfig, path: &ContentPath) -> bool {
        !self.failed.is_empty()
            && locale
                .chain
                .iter()
                .any(|l| self.failed.contains(&(l.clone(), path.clone())))
    }

    /// The page `locale` shows at `path`: its own, or the first along its
    /// fallback chain.
    pub fn resolve(&self, locale: &LocaleConfig, path: &ContentPath) -> Option<&Page> {
        locale.chain.iter().find_map(|l| self.page(l, path))
    }

    /// Which locales have a file at `path`, in configuration order, and
    /// whether it loaded.
    pub fn versions(&self, path: &ContentPath) -> Vec<(&str, bool)> {
        self.config
            .locales
            .iter()
            .filter_map(|l| {
                if self.page(&l.locale, path).is_some() {
                    Some((l.locale.as_str(), true))
                } else if !self.failed.is_empty()
                    && self.failed.contains(&(l.locale.clone(), path.clone()))
                {
                    Some((l.locale.as_str(), false))
                } else {
                    None
                }
            })
            .collect()
    }

    /// Every page of every locale, in a stable order.
    pub fn routes(&self) -> Vec<Route<'_>> {
        let mut routes = Vec::new();
        for locale in &self.config.locales {
            for path in &self.paths {
                if let Some(page) = self.resolve(locale, path) {
                    routes.push(Route { locale, path, page });
                }
            }
        }
        routes
    }

    /// The site-relative address of `path` in `locale`, e.g. `/en/about/`.
    pub fn url(&self, locale: &Locale, path: &ContentPath) -> String {
        format!("{}{}/{}", self.config.base_path, locale, path.route())
    }

    /// The absolute address of a site-relative one.
    pub fn permalink(&self, url: &str) -> String {
        let origin_len = self.config.base_url.len() - self.config.base_path.len();
        format!("{}{}", &self.config.base_url[..origin_len], url)
    }

    /// The pages of kind `kind` (and pillar `pillar`) that `locale` shows,
    /// by weight, then title.
    pub fn listed<'a>(
        &'a self,
        locale: &'a LocaleConfig,
        kind: &str,
        pillar: Option<PillarId>,
    ) -> Vec<Route<'a>> {
        let Some(list) = self.lists(locale).get(&(kind, pillar)) else {
            return Vec::new();
        };
        list.iter()
            .map(|&i| {
                let path = &self.paths[i];
                let page = self
                    .resolve(locale, path)
                    .expect("listed because it resolves");
                Route { locale, path, page }
            })
            .collect()
    }

    /// The lists of `locale`, made on first use: one pass over every path
    /// instead of one per list.
    fn lists(&self, locale: &LocaleConfig) -> &Lists {
        let all = self.lists.get_or_init(|| {
            self.config
                .locales
                .iter()
                .map(|l| {
                    let mut lists = Lists::default();
                    for (i, path) in self.paths.iter().enumerate() {
                        if let Some(page) = self.resolve(l, path) {
                            lists.entry((page.kind, page.pillar)).or_default().push(i);
                        }
                    }
                    for list in lists.values_mut() {
                        list.sort_by_cached_key(|&i| {
                            let page = self.resolve(l, &self.paths[i]).expect("resolves");
                            (page.weight, page.title.clone(), i)
                        });
                    }
                    (l.locale.clone(), lists)
                })
                .collect()
        });
        &all[&locale.locale]
    }
}

/// Pages by kind and pillar, by position in [`Site::paths`].
type Lists = HashMap<(&'static str, Option<PillarId>), Vec<usize>>;
