//! What each output is made from, so that a build or a preview re-renders
//! only the outputs whose inputs changed.
//!
//! Rendering an output records every [`Input`] it reads (its page, the front
//! matter of the pages it lists, the interface strings of its locale…). The
//! [`Values`] of those inputs, hashed together, are the output's
//! *fingerprint*: when none of them changed, the output would render to the
//! same bytes, so it is not rendered again.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use crate::fingerprint::hash;

use mip::PillarId;

use crate::config::Locale;
use crate::content::ContentPath;
use crate::site::Site;

/// Something an output may read.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Input {
    /// What every output depends on: the integra binary, `config.toml`, the
    /// theme's templates and static files, and the pages the theme links to.
    Global,
    /// The interface strings along a locale's fallback chain.
    Messages(Locale),
    /// The whole file of the page a locale shows at a path (or that it
    /// shows none).
    Source(Locale, ContentPath),
    /// The front matter of the page a locale shows at a path.
    Front(Locale, ContentPath),
    /// Which locales have a file at a path: decides where links lead, the
    /// language switcher and `hreflang` alternates.
    Versions(ContentPath),
    /// The nine pillar guides as a locale shows them, for its menu.
    Menu(Locale),
    /// The pages of a kind (and pillar) that a locale shows, in order, with
    /// their front matter: lists such as a pillar's workshops.
    Listed(Locale, String, Option<PillarId>),
    /// What the translation status pages report: which pages each locale
    /// has, with their front matter, the file of each source that a
    /// translation records the version of, and the interface strings.
    Translations,
    /// Which locale shows which path: the sitemap.
    Addresses,
    /// The whole files of every page a locale shows: its search index.
    SearchText(Locale),
}

/// What a change to some files may have changed, for a preview that knows
/// which files changed: every other input keeps the value it had.
#[derive(Debug, Default)]
pub struct Changed {
    /// Content paths with a page added, removed or edited, in any locale.
    pub paths: HashSet<ContentPath>,
    /// Of those, the paths where a page was added or removed, failed or
    /// recovered, or its front matter changed: what lists, menus, links
    /// and the language switcher read.
    pub fronts: HashSet<ContentPath>,
    /// The kinds the pages of `fronts` had before or have now.
    pub kinds: HashSet<&'static str>,
    /// Whether interface strings changed.
    pub messages: bool,
}

impl Changed {
    /// Whether `input` may have a new value.
    pub fn touches(&self, input: &Input) -> bool {
        let content = !self.paths.is_empty();
        match input {
            Input::Global => false,
            Input::Messages(_) => self.messages,
            Input::Source(_, path) => self.paths.contains(path),
            Input::Front(_, path) | Input::Versions(path) => self.fronts.contains(path),
            Input::Menu(_) => PillarId::ALL
                .iter()
                .any(|&p| self.fronts.contains(&ContentPath::pillar_guide(p))),
            Input::Listed(_, kind, _) => self.kinds.contains(kind.as_str()),
            Input::Translations => content || self.messages,
            Input::Addresses => !self.fronts.is_empty(),
            Input::SearchText(_) => content,
        }
    }
}

/// The inputs one output read while it rendered.
#[derive(Default)]
pub struct Reads(RefCell<Vec<Input>>);

impl Reads {
    pub fn add(&self, input: Input) {
        self.0.borrow_mut().push(input);
    }

    /// The inputs, each once, in a stable order.
    pub fn into_sorted(self) -> Vec<Input> {
        let mut inputs = self.0.into_inner();
        inputs.sort_unstable();
        inputs.dedup();
        inputs
    }
}

/// The current value of every input.
pub struct Values<'a> {
    site: &'a Site,
    global: u64,
    messages: HashMap<Locale, u64>,
    /// The two inputs that cover the whole site, computed once.
    translations: OnceLock<u64>,
    addresses: OnceLock<u64>,
    search_text: OnceLock<HashMap<Locale, u64>>,
}

impl<'a> Values<'a> {
    /// `global` is the hash of what [`Input::Global`] covers; `messages` the
    /// hash of each locale's own Fluent files.
    pub fn new(site: &'a Site, global: u64, messages: &HashMap<Locale, u64>) -> Values<'a> {
        let chained = site
            .config
            .locales
            .iter()
            .map(|l| {
                let chain: Vec<u64> = l
                    .chain
                    .iter()
                    .map(|c| messages.get(c).copied().unwrap_or(0))
                    .collect();
                (l.locale.clone(), hash(chain))
            })
            .collect();
        Values {
            site,
            global,
            messages: chained,
            translations: OnceLock::new(),
            addresses: OnceLock::new(),
            search_text: OnceLock::new(),
        }
    }

    /// The fingerprint of an output from the values of the inputs it read,
    /// in the order it lists them.
    pub fn fingerprint(values: impl IntoIterator<Item = u64>) -> u64 {
        let mut hasher = Xxh3::new();
        for value in values {
            hasher.write_u64(value);
        }
        hasher.finish()
    }

    /// The value of one input now.
    pub fn of(&self, input: &Input) -> u64 {
        match input {
            Input::Translations => *self.translations.get_or_init(|| self.compute(input)),
            Input::Addresses => *self.addresses.get_or_init(|| self.compute(input)),
            _ => self.compute(input),
        }
    }

    fn compute(&self, input: &Input) -> u64 {
        let site = self.site;
        // The page a locale shows at a path, or whether it would show one
        // but for a broken file. Inputs of a locale no longer configured
        // have a value of their own; the configuration changed anyway.
        let shown = |locale: &Locale, path: &ContentPath| {
            let config = site.config.locales.iter().find(|l| l.locale == *locale);
            match config.map(|c| (site.resolve(c, path), c)) {
                Some((Some(page), _)) => Ok(page),
                Some((None, c)) => Err(site.is_broken(c, path)),
                None => Err(false),
            }
        };
        let configured = |locale: &Locale| site.config.locales.iter().find(|l| l.locale == *locale);
        match input {
            Input::Global => self.global,
            Input::Messages(locale) => self.messages.get(locale).copied().unwrap_or(0),
            Input::Source(locale, path) => match shown(locale, path) {
                Ok(page) => hash((page.locale.as_str(), page.content_hash())),
                Err(broken) => hash(broken),
            },
            Input::Front(locale, path) => match shown(locale, path) {
                Ok(page) => hash((page.locale.as_str(), page.front_hash())),
                Err(broken) => hash(broken),
            },
            Input::Versions(path) => hash(site.versions(path)),
            Input::Menu(locale) => hash(
                PillarId::ALL
                    .iter()
                    .map(|&p| self.of(&Input::Front(locale.clone(), ContentPath::pillar_guide(p))))
                    .collect::<Vec<_>>(),
            ),
            Input::Listed(locale, kind, pillar) => match configured(locale) {
                Some(config) => self.list(locale, site.listed(config, kind, *pillar)),
                None => 0,
            },
            Input::Translations => {
                // A source's text matters only to translations that say
                // which version of it they were made from: editing it can
                // make them stale. Other bodies are not reported.
                let default = &site.config.default_locale;
                let tracked: HashSet<&ContentPath> = site
                    .pages
                    .iter()
                    .filter(|p| p.locale != *default && p.translated_from.is_some())
                    .map(|p| &p.path)
                    .collect();
                let mut h = Xxh3::new();
                for page in &site.pages {
                    (page.locale.as_str(), page.path.as_str()).hash(&mut h);
                    page.front_hash().hash(&mut h);
                    if page.locale == *default && tracked.contains(&page.path) {
                        page.content_hash().hash(&mut h);
                    }
                }
                let mut failed: Vec<_> = site.failed.iter().collect();
                failed.sort();
                failed.hash(&mut h);
                let mut messages: Vec<_> = self.messages.iter().collect();
                messages.sort();
                messages.hash(&mut h);
                h.finish()
            }
            // Every locale at once: one pass over the pages.
            Input::SearchText(locale) => self
                .search_text
                .get_or_init(|| crate::search::texts_value(site))
                .get(locale)
                .copied()
                .unwrap_or(0),
            Input::Addresses => {
                let mut h = Xxh3::new();
                for path in &site.paths {
                    site.versions(path).hash(&mut h);
                    path.hash(&mut h);
                }
                h.finish()
            }
        }
    }
}

impl Values<'_> {
    /// A list's value: its pages in order, with their front matter.
    fn list(&self, locale: &Locale, routes: Vec<crate::site::Route<'_>>) -> u64 {
        hash(
            routes
                .iter()
                .map(|r| {
                    let front = self.of(&Input::Front(locale.clone(), r.path.clone()));
                    (r.path.as_str(), front)
                })
                .collect::<Vec<_>>(),
        )
    }
}
