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
//! A page's terms are extracted once per version of its file and kept,
//! in memory for the preview and on disk between builds (see
//! [`page_terms`] and [`TermStore`]); a locale's index is put together
//! from them once per site that is rendered (see [`Indexes`]).

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use pulldown_cmark::{Event, Parser, TagEnd};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::config::{Locale, LocaleConfig};
use crate::content::{ContentPath, Page};
use crate::diagnostic::Diagnostic;
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

/// Whether `c`, in text that [`fold`] returned, is part of a word: a
/// letter or a digit, as `search.js` splits a query (`[\p{L}\p{N}]+`).
/// Folded text has no marks, and what `char::is_alphanumeric` adds to
/// letters and digits besides marks is the circled and squared Latin
/// letters, which are symbols. The tests check it against the regular
/// expression for every character. The regular expression it replaces
/// took about 4% of a clean build's time in a profile.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() && !matches!(c, '\u{24B6}'..='\u{24E9}' | '\u{1F130}'..='\u{1F189}')
}

/// The words of folded text.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// The shard of the terms that start like `term`: a hash of its first two
/// characters' code points. `search.js` computes the same.
pub fn shard_of(term: &str) -> usize {
    term.chars()
        .take(2)
        .fold(0usize, |sum, c| sum * 31 + c as usize)
        % TERM_SHARDS
}

/// The terms of `folded`, text that [`fold`] returned, with how often
/// each occurs, added to `terms` with `weight` each.
fn add_terms<'a>(terms: &mut FxHashMap<&'a str, u32>, folded: &'a str, weight: u32) {
    let mut add = |term| *terms.entry(term).or_default() += weight;
    for word in words(folded) {
        add(word);
        // Arabic writes the article (and "and the") as part of the word:
        // index the word without it too, so that "مرشد" finds "المرشد".
        for article in ["\u{0648}\u{0627}\u{0644}", "\u{0627}\u{0644}"] {
            match word.strip_prefix(article) {
                Some(rest) if rest.chars().count() >= 3 => {
                    add(rest);
                    break;
                }
                _ => {}
            }
        }
    }
}

/// What search keeps of one page: its terms and weights, and the start of
/// its text for snippets. The terms are one string rather than a string
/// each, so that the [`TermStore`] reads a page in three allocations.
#[derive(Serialize, Deserialize)]
pub struct PageTerms {
    /// The terms, in order, each followed by a newline (no term has one).
    terms: String,
    /// The weight of each term, in the same order.
    weights: Vec<u32>,
    text: String,
}

impl PageTerms {
    fn terms(&self) -> impl Iterator<Item = (&str, u32)> {
        self.terms
            .split_terminator('\n')
            .zip(self.weights.iter().copied())
    }
}

/// The plain text of a Markdown body: its words, with blocks apart.
fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, crate::markdown::OPTIONS) {
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
    let folded = [
        (fold(&page.title), TITLE_WEIGHT),
        (fold(page.description.as_deref().unwrap_or_default()), 2),
        (fold(&body), 1),
    ];
    let mut terms = FxHashMap::default();
    for (text, weight) in &folded {
        add_terms(&mut terms, text, *weight);
    }
    let mut terms: Vec<(&str, u32)> = terms.into_iter().collect();
    terms.sort_unstable();
    let mut kept = String::with_capacity(TEXT_KEPT);
    let mut kept_chars = 0;
    for word in body.split_whitespace() {
        if kept.len() + word.len() > TEXT_KEPT * 2 || kept_chars > TEXT_KEPT {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
            kept_chars += 1;
        }
        kept.push_str(word);
        kept_chars += word.chars().count();
    }
    PageTerms {
        terms: terms.iter().fold(String::new(), |mut all, (term, _)| {
            all.push_str(term);
            all.push('\n');
            all
        }),
        weights: terms.iter().map(|(_, weight)| *weight).collect(),
        text: kept,
    }
}

/// The terms of every version of a page extracted so far, by the page's
/// language and path, with the hash of the file they came from. Kept for
/// the process's life, so that the preview, which puts the site together
/// again after some edits, extracts only the pages that changed.
type PageMemo = FxHashMap<(Locale, ContentPath), (u64, Arc<PageTerms>)>;
static PAGE_TERMS: LazyLock<Mutex<PageMemo>> = LazyLock::new(Mutex::default);

/// The terms of `page`, extracted once per version of its file, and
/// whether they were extracted now.
fn page_terms(page: &Page) -> (Arc<PageTerms>, bool) {
    let key = (page.locale.clone(), page.path.clone());
    let hash = page.content_hash();
    let known = PAGE_TERMS
        .lock()
        .expect("no panics while holding")
        .get(&key)
        .filter(|(h, _)| *h == hash)
        .map(|(_, terms)| Arc::clone(terms));
    if let Some(terms) = known {
        return (terms, false);
    }
    let terms = Arc::new(extract(page));
    PAGE_TERMS
        .lock()
        .expect("no panics while holding")
        .insert(key, (hash, Arc::clone(&terms)));
    (terms, true)
}

/// Pages' terms kept on disk between builds, one file per language pages
/// are written in, so that a build extracts only the pages whose files
/// changed since the last one, as the preview does with its memory.
/// Extracting every page costs about as much again as rendering it.
///
/// The files are a cache: one that is missing, unreadable or written by
/// another version of integra is ignored, and the pages are extracted.
pub struct TermStore {
    dir: PathBuf,
    /// Per language: whether its file has been read into [`PAGE_TERMS`].
    read: HashMap<Locale, OnceLock<()>>,
    /// Languages with pages extracted in this build: their files are
    /// written again.
    extracted: Mutex<HashSet<Locale>>,
}

/// A [`TermStore`] file.
#[derive(Serialize, Deserialize)]
struct StoredTerms {
    /// What wrote it: [`crate::load::engine_id`].
    engine: u64,
    /// Each page: its path, the hash of its file, its terms.
    pages: Vec<(ContentPath, u64, PageTerms)>,
}

impl TermStore {
    /// The store in `dir`. Unless `trusted`, what it holds is not read
    /// (every page is extracted) but is written again.
    pub fn new(dir: PathBuf, site: &Site, trusted: bool) -> TermStore {
        let read = site
            .config
            .locales
            .iter()
            .map(|l| {
                let once = OnceLock::new();
                if !trusted {
                    let _ = once.set(());
                }
                (l.locale.clone(), once)
            })
            .collect();
        TermStore {
            dir,
            read,
            extracted: Mutex::default(),
        }
    }

    fn file(&self, language: &Locale) -> PathBuf {
        self.dir.join(format!("{language}.postcard"))
    }

    /// Reads `language`'s file into [`PAGE_TERMS`], once.
    fn read(&self, language: &Locale) {
        let Some(once) = self.read.get(language) else {
            return;
        };
        once.get_or_init(|| {
            let Some(stored) = fs::read(self.file(language))
                .ok()
                .and_then(|bytes| postcard::from_bytes::<StoredTerms>(&bytes).ok())
                .filter(|s| s.engine == crate::load::engine_id())
            else {
                return;
            };
            let mut memo = PAGE_TERMS.lock().expect("no panics while holding");
            for (path, hash, terms) in stored.pages {
                memo.entry((language.clone(), path))
                    .or_insert_with(|| (hash, Arc::new(terms)));
            }
        });
    }

    /// Writes the file of each language that had pages extracted: the
    /// terms of every page of `site` in that language that are known.
    pub fn save(&self, site: &Site) -> Result<(), Diagnostic> {
        let extracted =
            std::mem::take(&mut *self.extracted.lock().expect("no panics while holding"));
        if extracted.is_empty() {
            return Ok(());
        }
        fs::create_dir_all(&self.dir).map_err(|e| cannot_keep(&self.dir, &e))?;
        for language in extracted {
            // Pages not rendered in this build keep the terms read.
            self.read(&language);
            let memo = PAGE_TERMS.lock().expect("no panics while holding");
            let mut pages = Vec::new();
            for path in &site.paths {
                let Some(page) = site.page(&language, path) else {
                    continue;
                };
                let hash = page.content_hash();
                if let Some((_, terms)) = memo
                    .get(&(language.clone(), path.clone()))
                    .filter(|(h, _)| *h == hash)
                {
                    pages.push((path, hash, terms.as_ref()));
                }
            }
            let bytes = postcard::to_allocvec(&(crate::load::engine_id(), pages))
                .map_err(|e| Diagnostic::warning(format!("cannot keep the search terms: {e}")))?;
            drop(memo);
            let file = self.file(&language);
            let part = file.with_extension("part");
            fs::write(&part, &bytes)
                .and_then(|()| fs::rename(&part, &file))
                .map_err(|e| cannot_keep(&file, &e))?;
        }
        Ok(())
    }
}

fn cannot_keep(path: &std::path::Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::warning(format!(
        "cannot keep the search terms for the next build: {e}"
    ))
    .in_file(path)
    .with_hint("the site is built; the next build extracts every page's terms again")
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
fn build(site: &Site, locale: &LocaleConfig, store: Option<&TermStore>) -> LocaleIndex {
    let routes: Vec<_> = site
        .paths
        .iter()
        .filter_map(|path| site.resolve(locale, path).map(|page| (path, page)))
        .collect();
    if let Some(store) = store {
        let languages: HashSet<&Locale> = routes.iter().map(|(_, page)| &page.locale).collect();
        for language in languages {
            store.read(language);
        }
    }
    let extracted: Vec<Arc<PageTerms>> = {
        use rayon::prelude::*;
        routes
            .par_iter()
            .map(|(_, page)| {
                let (terms, now) = page_terms(page);
                if let Some(store) = store.filter(|_| now) {
                    store
                        .extracted
                        .lock()
                        .expect("no panics while holding")
                        .insert(page.locale.clone());
                }
                terms
            })
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
    let mut postings: Vec<Postings> = vec![Postings::default(); TERM_SHARDS];
    for (doc, page) in extracted.iter().enumerate() {
        for (term, weight) in page.terms() {
            postings[shard_of(term)]
                .entry(term)
                .or_default()
                .push((doc, weight));
        }
    }
    let mut texts: Vec<std::collections::BTreeMap<usize, &str>> =
        vec![Default::default(); TEXT_SHARDS];
    for (doc, page) in extracted.iter().enumerate() {
        texts[doc % TEXT_SHARDS].insert(doc, &page.text);
    }
    LocaleIndex {
        docs: json(&docs),
        terms: postings.into_iter().map(term_shard).collect(),
        texts: texts.iter().map(json).collect(),
    }
}

/// Each term of a shard with its pages, in the order of their pages, and
/// the term's weight in each.
type Postings<'a> = FxHashMap<&'a str, Vec<(usize, u32)>>;

/// A term shard's JSON: `{"term": [[doc, weight], …], …}`, terms in order,
/// so that the file comes out the same whatever order the pages were
/// extracted in.
fn term_shard(postings: Postings<'_>) -> String {
    use std::fmt::Write;
    let mut terms: Vec<(&str, Vec<(usize, u32)>)> = postings.into_iter().collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut out = String::with_capacity(terms.len() * 24);
    out.push('{');
    for (i, (term, pages)) in terms.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&json(term));
        out.push_str(":[");
        for (j, (doc, weight)) in pages.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let _ = write!(out, "[{doc},{weight}]");
        }
        out.push(']');
    }
    out.push('}');
    out
}

fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("the search index serialises")
}

/// The index of each locale, put together on first use for the site that
/// is rendered: all the files of a locale's index come from one.
#[derive(Default)]
pub struct Indexes {
    slots: HashMap<Locale, Slot>,
    store: Option<TermStore>,
}

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
        Indexes {
            slots: site
                .config
                .locales
                .iter()
                .map(|l| (l.locale.clone(), Slot::default()))
                .collect(),
            store: None,
        }
    }

    /// Keeps pages' terms in `store` between builds.
    pub fn keep_terms(&mut self, store: TermStore) {
        self.store = Some(store);
    }

    /// Writes what the store should keep for the next build.
    pub fn save_terms(&self, site: &Site) -> Result<(), Diagnostic> {
        self.store.as_ref().map_or(Ok(()), |store| store.save(site))
    }

    /// The index of `locale`, built by the first thread that asks. The
    /// others do not block, as `OnceLock::get_or_init` would: they run
    /// other rayon jobs meanwhile, among them the builder's own, so that the
    /// index is put together on every core rather than on one while the
    /// rest wait.
    pub fn get(&self, site: &Site, locale: &LocaleConfig) -> Arc<LocaleIndex> {
        let slot = &self.slots[&locale.locale];
        loop {
            if let Some(index) = slot.index.get() {
                return Arc::clone(index);
            }
            if !slot.claimed.swap(true, Ordering::AcqRel) {
                let _claim = Claim(&slot.claimed);
                let index = Arc::new(build(site, locale, self.store.as_ref()));
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
    fn a_headings_own_id_is_not_text() {
        // Translations write their headings' English ids by hand.
        let text = plain_text("## Βήμα βήμα {#step-by-step}\n\nΚείμενο.\n");
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            ["Βήμα", "βήμα", "Κείμενο."]
        );
    }

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
    fn words_split_as_search_js_splits_a_query() {
        // search.js: /[\p{L}\p{N}]+/gu on folded text, which has no marks.
        let word = regex::Regex::new(r"^[\p{L}\p{N}]$").expect("valid");
        let mark = regex::Regex::new(r"^\p{M}$").expect("valid");
        let unassigned = regex::Regex::new(r"^\p{Cn}$").expect("valid");
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            if !mark.is_match(s) {
                // The regex crate's tables may be of an older Unicode than
                // the standard library's: they differ only on characters
                // it does not know.
                assert!(
                    is_word_char(c) == word.is_match(s) || unassigned.is_match(s),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
        let folded = fold("Ça, c'est l'été: 12 €!");
        assert_eq!(
            words(&folded).collect::<Vec<_>>(),
            ["ca", "c", "est", "l", "ete", "12"]
        );
    }

    #[test]
    fn a_term_shard_lists_its_terms_in_order() {
        let mut postings = Postings::default();
        for (term, doc, weight) in [("b", 0, 1), ("a", 0, 10), ("b", 3, 2), ("a", 1, 1)] {
            postings.entry(term).or_default().push((doc, weight));
        }
        assert_eq!(
            term_shard(postings),
            r#"{"a":[[0,10],[1,1]],"b":[[0,1],[3,2]]}"#
        );
        assert_eq!(term_shard(Postings::default()), "{}");
    }

    #[test]
    fn a_word_with_the_arabic_article_is_found_without_it() {
        let mut terms = FxHashMap::default();
        let folded = fold("المرشد");
        add_terms(&mut terms, &folded, 1);
        assert!(terms.contains_key("مرشد"));
        assert!(terms.contains_key("المرشد"));
    }
}
