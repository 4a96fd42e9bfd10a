//! The loaded site: which page each locale shows at each address, and the
//! rules that span pages (required pages, translations that match their
//! source).

use std::collections::{BTreeSet, HashMap, HashSet};

use mip::PillarId;

use crate::config::{Config, Locale, LocaleConfig};
use crate::content::{ContentPath, Kind, Page};
use crate::diagnostic::{Diagnostic, Diagnostics};

pub struct Site {
    pub config: Config,
    pub pages: Vec<Page>,
    /// Position in `pages` by locale, then path: looked up for every link
    /// and list, so without building a key.
    index: HashMap<Locale, HashMap<ContentPath, usize>>,
    /// Every content path that some locale has, sorted.
    pub paths: Vec<ContentPath>,
    /// Pages whose file failed to load (already reported): links to them
    /// and required pages are not reported again.
    pub failed: HashSet<(Locale, ContentPath)>,
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
    pub fn new(
        config: Config,
        pages: Vec<Page>,
        failed: Vec<(Locale, ContentPath)>,
    ) -> (Site, Diagnostics) {
        let mut index: HashMap<Locale, HashMap<ContentPath, usize>> = HashMap::new();
        let mut paths = BTreeSet::new();
        for (i, page) in pages.iter().enumerate() {
            index
                .entry(page.locale.clone())
                .or_default()
                .insert(page.path.clone(), i);
            paths.insert(page.path.clone());
        }
        let site = Site {
            config,
            pages,
            index,
            paths: paths.into_iter().collect(),
            failed: failed.into_iter().collect(),
        };
        let problems = site.validate();
        (site, problems)
    }

    fn validate(&self) -> Diagnostics {
        let mut problems = Diagnostics::default();
        let default = &self.config.default_locale;
        let content_dir = |locale: &Locale| format!("content/{locale}/");

        let mut required: Vec<(String, String)> = vec![
            ("_index.md".into(), "the home page".into()),
            (
                "pillars/_index.md".into(),
                "the introduction to the pillar guides".into(),
            ),
            (
                "workshops/_index.md".into(),
                "the introduction to the workshops".into(),
            ),
        ];
        for pillar in PillarId::ALL {
            required.push((
                format!("pillars/{pillar}.md"),
                format!("the guide to the `{pillar}` pillar"),
            ));
        }
        if self
            .paths
            .iter()
            .any(|p| p.as_str().starts_with("white-paper/"))
        {
            required.push((
                "white-paper/_index.md".into(),
                "the White Paper's cover page".into(),
            ));
        }
        for (path, what) in required {
            let key = (default.clone(), ContentPath::new(path.clone()));
            if self.page(&key.0, &key.1).is_none() && !self.failed.contains(&key) {
                problems.push(
                    Diagnostic::error(format!("{what} is missing"))
                        .in_file(format!("{}{path}", content_dir(default)))
                        .with_hint(format!(
                            "every site needs {path} in the default locale ({default}); create it with a title"
                        )),
                );
            }
        }

        for page in &self.pages {
            if page.locale == *default {
                continue;
            }
            let Some(source) = self.page(default, &page.path) else {
                problems.push(
                    Diagnostic::warning(format!(
                        "this page has no {default} source, so only locales that fall back to `{}` show it",
                        page.locale
                    ))
                    .in_file(&page.file)
                    .with_hint(format!("translations use the same path as their source in {}", content_dir(default))),
                );
                continue;
            };
            if page.pillar() != source.pillar() {
                let line = crate::content::line_of_key(&page.source, "pillar");
                problems.push(
                    Diagnostic::error(format!(
                        "this translation belongs to pillar `{}` but its source {} belongs to `{}`",
                        page.pillar().map_or("none".into(), |p| p.to_string()),
                        source.file.display(),
                        source.pillar().map_or("none".into(), |p| p.to_string()),
                    ))
                    .in_file(&page.file)
                    .at(&page.source, line, 1)
                    .with_hint("a translation keeps its source's pillar"),
                );
            }
        }
        problems
    }

    /// Puts `page` in place of the page with the same locale and path, and
    /// returns the old one. Only for pages whose front matter is unchanged:
    /// anything else can change lists, links and validation, and needs a
    /// new [`Site`].
    pub fn replace_page(&mut self, page: Page) -> Option<Page> {
        let i = *self.index.get(&page.locale)?.get(&page.path)?;
        Some(std::mem::replace(&mut self.pages[i], page))
    }

    /// The page written in exactly this locale.
    pub fn page(&self, locale: &Locale, path: &ContentPath) -> Option<&Page> {
        self.index.get(locale)?.get(path).map(|&i| &self.pages[i])
    }

    /// Whether `locale` would show a page at `path` but for a file that
    /// failed to load.
    pub fn is_broken(&self, locale: &LocaleConfig, path: &ContentPath) -> bool {
        locale
            .chain
            .iter()
            .any(|l| self.failed.contains(&(l.clone(), path.clone())))
    }

    /// The page `locale` shows at `path`: its own, or the first along its
    /// fallback chain.
    pub fn resolve(&self, locale: &LocaleConfig, path: &ContentPath) -> Option<&Page> {
        locale.chain.iter().find_map(|l| self.page(l, path))
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

    /// Workshops that `locale` shows for `pillar`, in their order.
    pub fn workshops<'a>(&'a self, locale: &'a LocaleConfig, pillar: PillarId) -> Vec<Route<'a>> {
        let mut found: Vec<Route<'a>> = self
            .paths
            .iter()
            .filter_map(|path| {
                let page = self.resolve(locale, path)?;
                match &page.kind {
                    Kind::Workshop(w) if w.pillar == pillar => Some(Route { locale, path, page }),
                    _ => None,
                }
            })
            .collect();
        found.sort_by(|a, b| (a.page.weight, &a.page.title).cmp(&(b.page.weight, &b.page.title)));
        found
    }

    /// White Paper chapters that `locale` shows, by chapter number.
    pub fn chapters<'a>(&'a self, locale: &'a LocaleConfig) -> Vec<Route<'a>> {
        let mut found: Vec<Route<'a>> = self
            .paths
            .iter()
            .filter_map(|path| {
                let page = self.resolve(locale, path)?;
                matches!(page.kind, Kind::Chapter).then_some(Route { locale, path, page })
            })
            .collect();
        found.sort_by_key(|r| (r.page.weight, r.path.clone()));
        found
    }
}
