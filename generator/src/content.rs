//! Loading `content/<locale>/**.md` into typed pages.

use std::any::Any;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use mip::PillarId;

use crate::config::{Config, Locale};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter::{self, Translation};
use crate::kinds::{self, Kind};

/// A page's path below its locale folder, with `/` separators, such as
/// `pillars/education.md`. The same path names a page and its translations.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct ContentPath(String);

impl ContentPath {
    pub fn new(path: impl Into<String>) -> ContentPath {
        ContentPath(path.into())
    }

    /// The guide to a pillar: `pillars/<id>.md`.
    pub fn pillar_guide(pillar: PillarId) -> ContentPath {
        ContentPath(format!("pillars/{pillar}.md"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The page's address below its locale, with a trailing slash:
    /// `pillars/education.md` → `pillars/education/`, `_index.md` → ``.
    pub fn route(&self) -> String {
        let without_ext = self.0.strip_suffix(".md").unwrap_or(&self.0);
        let folder = match without_ext.strip_suffix("_index") {
            Some(folder) => folder.to_string(),
            None => format!("{without_ext}/"),
        };
        folder
    }
}

impl fmt::Display for ContentPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One Markdown file of one locale, parsed.
pub struct Page {
    pub locale: Locale,
    pub path: ContentPath,
    /// The file, as given to the user in messages.
    pub file: PathBuf,
    /// The whole file text; the body starts at `body_offset`.
    pub source: String,
    /// Where the front matter's text starts: `toml::Spanned` spans count
    /// from here.
    pub front_offset: usize,
    pub body_offset: usize,
    pub title: String,
    pub description: Option<String>,
    pub weight: i64,
    pub translation: Option<Translation>,
    /// On a translation: the source hash of the English page it was
    /// translated from (`translated_from` in the front matter); see
    /// [`crate::translation`].
    pub translated_from: Option<String>,
    pub kind: &'static dyn Kind,
    /// The pillar the page belongs to, if its kind has one.
    pub pillar: Option<PillarId>,
    data: Option<Box<dyn Any + Send + Sync>>,
    /// [`crate::translation::source_hash`] of the file, made when first
    /// needed and kept while the page is.
    source_hash: std::sync::OnceLock<String>,
    /// Fast hashes of the whole file and of its front matter, for
    /// [`crate::deps`], kept while the page is.
    hashes: std::sync::OnceLock<(u64, u64)>,
}

impl fmt::Debug for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Page")
            .field("locale", &self.locale)
            .field("path", &self.path)
            .field("kind", &self.kind.name())
            .field("title", &self.title)
            .finish_non_exhaustive()
    }
}

impl Page {
    pub fn body(&self) -> &str {
        &self.source[self.body_offset..]
    }

    /// The front matter's text, between the `+++` lines.
    pub fn front_text(&self) -> &str {
        &self.source[..self.body_offset]
    }

    /// The source hash of the file: what a translation records in
    /// `translated_from`.
    pub fn source_hash(&self) -> &str {
        self.source_hash
            .get_or_init(|| crate::translation::source_hash(self.source.as_bytes()))
    }

    /// A fast hash of the whole file.
    pub fn content_hash(&self) -> u64 {
        self.hashes().0
    }

    /// A fast hash of the front matter.
    pub fn front_hash(&self) -> u64 {
        self.hashes().1
    }

    fn hashes(&self) -> (u64, u64) {
        *self.hashes.get_or_init(|| {
            (
                crate::deps::content_hash(self.source.as_bytes()),
                crate::deps::content_hash(self.front_text().as_bytes()),
            )
        })
    }

    /// The kind's own front matter data, if it is a `T`.
    pub fn data<T: 'static>(&self) -> Option<&T> {
        self.data.as_ref()?.downcast_ref()
    }

    /// Whether the page is of the kind `kind`.
    pub fn is(&self, kind: &dyn Kind) -> bool {
        self.kind.name() == kind.name()
    }
}

/// A page file being loaded, for its kind to read the front matter of.
pub struct PageFile<'a> {
    pub file: &'a Path,
    pub source: &'a str,
    pub split: &'a front_matter::Split<'a>,
    /// The path without `.md`, split at `/`.
    pub segments: &'a [&'a str],
}

impl PageFile<'_> {
    /// Parses the front matter into `T`, pointing errors at the file's line.
    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, Diagnostic> {
        front_matter::parse(self.source, self.split).map_err(|d| d.in_file(self.file))
    }

    /// An error at a span of the front matter, as `toml::Spanned` gives it.
    pub fn error_at(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message)
            .in_file(self.file)
            .at_offset(self.source, self.split.front_offset + span.start)
    }

    /// An error about the file as a whole.
    pub fn error(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message).in_file(self.file)
    }
}

/// A page file that failed to load, already reported by its diagnostic.
pub type Failed = (Locale, ContentPath, Diagnostic);

/// Loads every page of every configured locale from `content_dir`. Pages
/// that fail to load are returned by locale and path with their error, so
/// that later stages can tell a broken page from a missing one.
pub fn load(config: &Config, content_dir: &Path) -> (Vec<Page>, Vec<Failed>, Diagnostics) {
    let mut problems = Diagnostics::default();
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(content_dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir()
                && !name.starts_with('.')
                && !config.locales.iter().any(|l| l.locale.as_str() == name)
            {
                problems.push(
                    Diagnostic::warning(format!(
                        "content folder `{name}` is not a configured locale and is ignored"
                    ))
                    .in_file(entry.path())
                    .with_hint("add the locale to config.toml, or run `integra i18n new`"),
                );
            }
        }
    }
    for locale in &config.locales {
        let dir = content_dir.join(locale.locale.as_str());
        if !dir.is_dir() {
            if locale.locale == config.default_locale {
                problems.push(
                    Diagnostic::error("the default locale has no content folder")
                        .in_file(&dir)
                        .with_hint("create it with at least `_index.md` for the home page"),
                );
            }
            continue;
        }
        for entry in WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    problems.push(Diagnostic::error(format!("cannot read: {e}")).in_file(&dir));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            if let Some((locale, path)) = page_of(config, content_dir, entry.path()) {
                files.push((locale, path, entry.into_path()));
            }
        }
    }

    let results: Vec<Result<Page, Failed>> = files
        .into_par_iter()
        .map(|(locale, path, file)| load_page(locale, path, file))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut failed = Vec::new();
    for result in results {
        match result {
            Ok(page) => pages.push(page),
            Err(f) => failed.push(f),
        }
    }
    (pages, failed, problems)
}

/// The locale and path of the page that `file` (below `content_dir`) would
/// be, or `None` if it is no page: hidden files, files that are not `.md`,
/// folders that are not a configured locale.
pub fn page_of(config: &Config, content_dir: &Path, file: &Path) -> Option<(Locale, ContentPath)> {
    let relative = file.strip_prefix(content_dir).ok()?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let (locale, rest) = parts.split_first()?;
    let name = rest.last()?;
    if name.starts_with('.') || !name.ends_with(".md") {
        return None;
    }
    let locale = config
        .locales
        .iter()
        .find(|l| l.locale.as_str() == locale)?;
    Some((locale.locale.clone(), ContentPath(rest.join("/"))))
}

fn is_slug(segment: &str) -> bool {
    !segment.is_empty()
        && segment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Loads one page file of `locale` at `path`.
pub fn load_page(locale: Locale, path: ContentPath, file: PathBuf) -> Result<Page, Failed> {
    match read_page(locale.clone(), path.clone(), file) {
        Ok(page) => Ok(page),
        Err(d) => Err((locale, path, d)),
    }
}

fn read_page(locale: Locale, path: ContentPath, file: PathBuf) -> Result<Page, Diagnostic> {
    let source = std::fs::read_to_string(&file).map_err(|e| {
        Diagnostic::error(format!("cannot read the page: {e}"))
            .in_file(&file)
            .with_hint("pages must be UTF-8 text files")
    })?;
    Page::parse(locale, path, file, source)
}

impl Page {
    /// Parses the text of the page file `file`, of `locale` at `path`.
    pub fn parse(
        locale: Locale,
        path: ContentPath,
        file: PathBuf,
        source: String,
    ) -> Result<Page, Diagnostic> {
        let in_file = |d: Diagnostic| d.in_file(&file);

        let stem_path = path.as_str().strip_suffix(".md").unwrap_or(path.as_str());
        if let Some(bad) = stem_path.split('/').find(|s| !is_slug(s)) {
            return Err(in_file(Diagnostic::error(format!(
            "`{bad}` cannot be part of a page address"
        )))
        .with_hint("name files and folders with lowercase letters, digits and `-`, e.g. `my-first-budget.md`"));
        }

        let split = front_matter::split(&source).map_err(in_file)?;
        let segments: Vec<&str> = stem_path.split('/').collect();
        let kind = kinds::kind_of(&segments);
        let front = kind.front(&PageFile {
            file: &file,
            source: &source,
            split: &split,
            segments: &segments,
        })?;
        let common = front.common;
        if common.title.get_ref().trim().is_empty() {
            return Err(in_file(Diagnostic::error("the title is empty").at_offset(
                &source,
                split.front_offset + common.title.span().start,
            )));
        }
        let body_offset = split.body_offset;
        Ok(Page {
            locale,
            path,
            front_offset: split.front_offset,
            body_offset,
            title: common.title.into_inner(),
            description: common.description,
            weight: common.weight.unwrap_or(0),
            translation: common.translation,
            translated_from: common.translated_from,
            kind,
            pillar: front.pillar,
            data: front.data,
            source_hash: std::sync::OnceLock::new(),
            hashes: std::sync::OnceLock::new(),
            file,
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(ContentPath::new("_index.md").route(), "");
        assert_eq!(ContentPath::new("about.md").route(), "about/");
        assert_eq!(ContentPath::new("pillars/_index.md").route(), "pillars/");
        assert_eq!(
            ContentPath::new("pillars/health.md").route(),
            "pillars/health/"
        );
    }
}
