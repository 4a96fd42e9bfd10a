//! Search: each page's text folded into terms, and each locale's index,
//! written under `/<locale>/search/` for `search.js`.
//!
//! The index is our own, not Pagefind's or elasticlunr-rs's (see "Search"
//! in ARCHITECTURE.md for why). It has three parts per locale:
//!
//! - `docs.json`: every page the locale shows (its address, title, the
//!   language it is written in, whether it is shown by fallback), and the
//!   folding table [`FOLDS`], so that `search.js` folds a query exactly as
//!   [`fold`] folded the pages;
//! - `t/<n>.json`, [`TERM_SHARDS`] of them: each term with the pages it is
//!   in and a weight. A term's shard follows from its first two characters
//!   ([`shard_of`]), so a query word, even half typed, needs one shard;
//! - `x/<n>.json`, [`TEXT_SHARDS`] of them: the start of each page's text,
//!   for the snippets of the results shown.
//!
//! A page's terms are extracted once per version of its file and kept
//! (see [`page_terms`]); a locale's index is put together from them once
//! per site that is rendered (see [`Indexes`]).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use pulldown_cmark::{Event, Options, Parser, TagEnd};
use regex::Regex;
use rustc_hash::FxHashMap;
use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::config::{Locale, LocaleConfig};
use crate::content::{ContentPath, Page};
use crate::fingerprint;
use crate::site::Site;

/// How many files the terms of a locale are split into.
pub const TERM_SHARDS: usize = 64;
/// How many files the pages' texts of a locale are split into.
pub const TEXT_SHARDS: usize = 32;
/// How much of a page's text is kept for snippets, in characters. A match
/// further on gets a snippet from the page's start.
const TEXT_KEPT: usize = 2000;
/// A word in the title counts as this many in the body.
const TITLE_WEIGHT: u32 = 10;

/// Characters replaced after lowercasing and removing combining marks, so
/// that spellings a reader may type find the same word. Decomposition has
/// already turned the Arabic alefs with hamza or madda (أ إ آ), and ؤ ئ,
/// into their base letters, and removed the Arabic diacritics (harakat,
/// shadda, sukun) and the Greek accents and diaeresis, which are combining
/// marks.
pub const FOLDS: &[(char, &str)] = &[
    // The soft hyphen only changes how a word is drawn.
    ('\u{00AD}', ""),
    // Greek final sigma.
    ('\u{03C2}', "\u{03C3}"),
    // Teh marbuta is typed as heh.
    ('\u{0629}', "\u{0647}"),
    // Tatweel stretches a word.
    ('\u{0640}', ""),
    // Alef maksura is typed as yeh.
    ('\u{0649}', "\u{064A}"),
    // Arabic-Indic digits.
    ('\u{0660}', "0"),
    ('\u{0661}', "1"),
    ('\u{0662}', "2"),
    ('\u{0663}', "3"),
    ('\u{0664}', "4"),
    ('\u{0665}', "5"),
    ('\u{0666}', "6"),
    ('\u{0667}', "7"),
    ('\u{0668}', "8"),
    ('\u{0669}', "9"),
    // Alef wasla is an alef.
    ('\u{0671}', "\u{0627}"),
    // Farsi keheh and yeh are the Arabic kaf and yeh from another keyboard.
    ('\u{06A9}', "\u{0643}"),
    ('\u{06CC}', "\u{064A}"),
    // Farsi ae (also what remains of heh with yeh above) is typed as heh.
    ('\u{06D5}', "\u{0647}"),
    // Extended Arabic-Indic (Farsi) digits.
    ('\u{06F0}', "0"),
    ('\u{06F1}', "1"),
    ('\u{06F2}', "2"),
    ('\u{06F3}', "3"),
    ('\u{06F4}', "4"),
    ('\u{06F5}', "5"),
    ('\u{06F6}', "6"),
    ('\u{06F7}', "7"),
    ('\u{06F8}', "8"),
    ('\u{06F9}', "9"),
    // The zero-width non-joiner and joiner only change how a word is drawn.
    ('\u{200C}', ""),
    ('\u{200D}', ""),
];

/// Folds text for search, in every language alike: lowercase, decomposed
/// (NFD) with its combining marks removed, then [`FOLDS`]. `search.js`
/// does the same to a query: `toLowerCase()`, `normalize("NFD")`, removes
/// `\p{M}`, then the table it reads from `docs.json`.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.to_lowercase().nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match FOLDS.binary_search_by_key(&c, |(from, _)| *from) {
            Ok(at) => out.push_str(FOLDS[at].1),
            Err(_) => out.push(c),
        }
    }
    out
}

/// A word, as `search.js` splits a query: letters and digits.
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}]+").expect("the pattern is valid"));

/// The shard of the terms that start like `term`: a hash of its first two
/// characters' code points. `search.js` computes the same.
pub fn shard_of(term: &str) -> usize {
    term.chars()
        .take(2)
        .fold(0usize, |sum, c| sum * 31 + c as usize)
        % TERM_SHARDS
}

/// The terms of `text`, folded, with how often each occurs, added to
/// `terms` with `weight` each.
fn add_terms(terms: &mut FxHashMap<String, u32>, text: &str, weight: u32) {
    let folded = fold(text);
    for word in WORD.find_iter(&folded) {
        let word = word.as_str();
        *terms.entry(word.to_string()).or_default() += weight;
        // Arabic writes the article (and "and the") as part of the word:
        // index the word without it too, so that "مرشد" finds "المرشد".
        for article in ["\u{0648}\u{0627}\u{0644}", "\u{0627}\u{0644}"] {
            match word.strip_prefix(article) {
                Some(rest) if rest.chars().count() >= 3 => {
                    *terms.entry(rest.to_string()).or_default() += weight;
                    break;
                }
                _ => {}
            }
        }
    }
}

/// What search keeps of one page: its terms and weights, and the start of
/// its text for snippets.
pub struct PageTerms {
    pub terms: Vec<(String, u32)>,
    pub text: String,
}

/// The plain text of a Markdown body: its words, with blocks apart.
fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => text.push(' '),
            _ => {}
        }
    }
    text
}

fn extract(page: &Page) -> PageTerms {
    let body = plain_text(&page.source[page.body_offset..]);
    let mut terms = FxHashMap::default();
    add_terms(&mut terms, &page.title, TITLE_WEIGHT);
    if let Some(description) = &page.description {
        add_terms(&mut terms, description, 2);
    }
    add_terms(&mut terms, &body, 1);
    let mut terms: Vec<(String, u32)> = terms.into_iter().collect();
    terms.sort_unstable();
    let mut kept = String::with_capacity(TEXT_KEPT);
    for word in body.split_whitespace() {
        if kept.len() + word.len() > TEXT_KEPT * 2 || kept.chars().count() > TEXT_KEPT {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    PageTerms { terms, text: kept }
}

/// The terms of every version of a page extracted so far, by the page's
/// language and path, with the hash of the file they came from. Kept for
/// the process's life, so that the preview, which puts the site together
/// again after some edits, extracts only the pages that changed.
type PageMemo = FxHashMap<(Locale, ContentPath), (u64, Arc<PageTerms>)>;
static PAGE_TERMS: LazyLock<Mutex<PageMemo>> = LazyLock::new(Mutex::default);

/// The terms of `page`, extracted once per version of its file.
pub fn page_terms(page: &Page) -> Arc<PageTerms> {
    let key = (page.locale.clone(), page.path.clone());
    let hash = page.content_hash();
    let known = PAGE_TERMS
        .lock()
        .expect("no panics while holding")
        .get(&key)
        .filter(|(h, _)| *h == hash)
        .map(|(_, terms)| Arc::clone(terms));
    if let Some(terms) = known {
        return terms;
    }
    let terms = Arc::new(extract(page));
    PAGE_TERMS
        .lock()
        .expect("no panics while holding")
        .insert(key, (hash, Arc::clone(&terms)));
    terms
}

/// One locale's index, as the bytes of its files.
pub struct LocaleIndex {
    pub docs: String,
    pub terms: Vec<String>,
    pub texts: Vec<String>,
}

#[derive(Serialize)]
struct Docs<'a> {
    /// What [`fold`] replaces, for `search.js`.
    folds: std::collections::BTreeMap<String, &'static str>,
    term_shards: usize,
    text_shards: usize,
    /// Per page: address, title, language, and 1 if shown by fallback.
    docs: Vec<(String, &'a str, &'a str, u8)>,
}

/// Puts a locale's index together from its pages' terms.
fn build(site: &Site, locale: &LocaleConfig) -> LocaleIndex {
    let routes: Vec<_> = site
        .paths
        .iter()
        .filter_map(|path| site.resolve(locale, path).map(|page| (path, page)))
        .collect();
    let extracted: Vec<Arc<PageTerms>> = {
        use rayon::prelude::*;
        routes
            .par_iter()
            .map(|(_, page)| page_terms(page))
            .collect()
    };
    let docs = Docs {
        folds: FOLDS.iter().map(|(c, s)| (c.to_string(), *s)).collect(),
        term_shards: TERM_SHARDS,
        text_shards: TEXT_SHARDS,
        docs: routes
            .iter()
            .map(|(path, page)| {
                (
                    site.url(&locale.locale, path),
                    page.title.as_str(),
                    page.locale.as_str(),
                    u8::from(page.locale != locale.locale),
                )
            })
            .collect(),
    };
    // Terms in order, each with its pages in order: the files come out the
    // same whatever order pages were extracted in.
    let mut postings: Vec<std::collections::BTreeMap<&str, Vec<(usize, u32)>>> =
        vec![Default::default(); TERM_SHARDS];
    for (doc, page) in extracted.iter().enumerate() {
        for (term, weight) in &page.terms {
            postings[shard_of(term)]
                .entry(term)
                .or_default()
                .push((doc, *weight));
        }
    }
    let mut texts: Vec<std::collections::BTreeMap<usize, &str>> =
        vec![Default::default(); TEXT_SHARDS];
    for (doc, page) in extracted.iter().enumerate() {
        texts[doc % TEXT_SHARDS].insert(doc, &page.text);
    }
    LocaleIndex {
        docs: json(&docs),
        terms: postings.iter().map(json).collect(),
        texts: texts.iter().map(json).collect(),
    }
}

fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("the search index serialises")
}

/// The index of each locale, put together on first use for the site that
/// is rendered: all the files of a locale's index come from one.
#[derive(Default)]
pub struct Indexes(HashMap<Locale, Slot>);

/// One locale's index, and whether a thread has started to build it.
#[derive(Default)]
struct Slot {
    index: OnceLock<Arc<LocaleIndex>>,
    claimed: AtomicBool,
}

/// Gives the slot back if building panics, so that another thread tries
/// (and the panic reaches the build) instead of every thread waiting.
struct Claim<'a>(&'a AtomicBool);

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.store(false, Ordering::Release);
        }
    }
}

impl Indexes {
    pub fn new(site: &Site) -> Indexes {
        Indexes(
            site.config
                .locales
                .iter()
                .map(|l| (l.locale.clone(), Slot::default()))
                .collect(),
        )
    }

    /// The index of `locale`, built by the first thread that asks. The
    /// others do not block, as `OnceLock::get_or_init` would: they run
    /// other rayon jobs meanwhile, among them the builder's own, so that the
    /// index is put together on every core rather than on one while the
    /// rest wait.
    pub fn get(&self, site: &Site, locale: &LocaleConfig) -> Arc<LocaleIndex> {
        let slot = &self.0[&locale.locale];
        loop {
            if let Some(index) = slot.index.get() {
                return Arc::clone(index);
            }
            if !slot.claimed.swap(true, Ordering::AcqRel) {
                let _claim = Claim(&slot.claimed);
                let index = Arc::new(build(site, locale));
                let _ = slot.index.set(Arc::clone(&index));
                return index;
            }
            if rayon::yield_now() != Some(rayon::Yield::Executed) {
                std::thread::yield_now();
            }
        }
    }
}

/// The value of [`crate::deps::Input::SearchText`] for every locale: the
/// files of the pages it shows.
pub fn texts_value(site: &Site) -> HashMap<Locale, u64> {
    site.config
        .locales
        .iter()
        .map(|l| {
            let shown: Vec<(&str, &str, u64)> = site
                .paths
                .iter()
                .filter_map(|path| {
                    let page = site.resolve(l, path)?;
                    Some((path.as_str(), page.locale.as_str(), page.content_hash()))
                })
                .collect();
            (l.locale.clone(), fingerprint::hash(shown))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_are_sorted_for_binary_search() {
        assert!(FOLDS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn arabic_farsi_and_greek_spellings_fold_together() {
        // Alef with hamza, diacritics and tatweel.
        assert_eq!(fold("إِرْشَـــاد"), fold("ارشاد"));
        assert_eq!(fold("أمان"), "امان");
        // Farsi yeh and keheh against the Arabic letters; ZWNJ.
        assert_eq!(fold("کمی"), fold("كمي"));
        assert_eq!(fold("می\u{200C}خواهم"), fold("میخواهم"));
        // Greek accents and final sigma.
        assert_eq!(fold("Εκπαίδευσης"), fold("εκπαιδευσησ"));
        assert_eq!(fold("Café"), "cafe");
    }

    #[test]
    fn a_word_with_the_arabic_article_is_found_without_it() {
        let mut terms = FxHashMap::default();
        add_terms(&mut terms, "المرشد", 1);
        assert!(terms.contains_key("مرشد"));
        assert!(terms.contains_key("المرشد"));
    }
}
