//! Each locale's search: the page `/<locale>/search/` and its index files
//! beside it (see [`crate::search`]), so that saving a locale for offline
//! use saves its search too.

use super::{per_locale, templated, Key, OutputKind, RenderCx, Rendered};
use crate::deps::{Input, Reads};
use crate::load::Loaded;
use crate::search::{TERM_SHARDS, TEXT_SHARDS};

/// `<locale>/search/index.html`.
pub struct SearchPage;

impl OutputKind for SearchPage {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        if !loaded.site.config.search {
            return Vec::new();
        }
        per_locale(loaded, "search/index.html")
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Locale(locale) = key else {
            unreachable!("the search page has a locale key")
        };
        templated(cx, locale, "search.html", reads, |_| {})
    }
}

/// Which file of a locale's index a [`Key::Shard`] names.
#[derive(Clone, Copy)]
enum Part {
    Docs,
    Terms,
    Texts,
}

/// `docs.json`, `t/<n>.json` and `x/<n>.json` under `<locale>/search/`.
pub struct SearchIndex;

impl SearchIndex {
    /// Shards are numbered: docs.json is 0, then the term shards, then the
    /// text shards.
    fn part(shard: usize) -> (Part, usize) {
        match shard {
            0 => (Part::Docs, 0),
            n if n <= TERM_SHARDS => (Part::Terms, n - 1),
            n => (Part::Texts, n - 1 - TERM_SHARDS),
        }
    }
}

impl OutputKind for SearchIndex {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        let config = &loaded.site.config;
        if !config.search {
            return Vec::new();
        }
        let mut files = Vec::new();
        for l in &config.locales {
            for shard in 0..1 + TERM_SHARDS + TEXT_SHARDS {
                let name = match Self::part(shard) {
                    (Part::Docs, _) => "docs.json".to_string(),
                    (Part::Terms, n) => format!("t/{n}.json"),
                    (Part::Texts, n) => format!("x/{n}.json"),
                };
                files.push((
                    format!("{}/search/{name}", l.locale),
                    Key::Shard(l.locale.clone(), shard),
                ));
            }
        }
        files
    }

    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Shard(locale, shard) = key else {
            unreachable!("search index files have shard keys")
        };
        // Addresses: which pages the locale shows, and where; SearchText:
        // their files; Global: the folding table and shard counts, which
        // come with the binary.
        reads.add(Input::Global);
        reads.add(Input::Addresses);
        reads.add(Input::SearchText(locale.clone()));
        let site = &cx.loaded.site;
        let index = cx.loaded.search.get(site, site.config.locale(locale));
        Rendered::ok(match Self::part(*shard) {
            (Part::Docs, _) => index.docs.clone(),
            (Part::Terms, n) => index.terms[n].clone(),
            (Part::Texts, n) => index.texts[n].clone(),
        })
    }
}
