//! Pages: what `content/<locale>/**.md` files hold once loaded (see
//! [`crate::pages`] for the loading).

use std::any::Any;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use mip::PillarId;

use crate::config::{Config, Locale};
use crate::diagnostic::Diagnostic;
use crate::front_matter::{self, PageFront, Translation};

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
        ContentPath(format!("{}.md", pillar.guide()))
    }

    /// A workshop's facilitator sheet: `workshops/<id>.md`.
    pub fn workshop(workshop: &mip::WorkshopId) -> ContentPath {
        ContentPath(format!("workshops/{workshop}.md"))
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
    /// The name of its [kind](crate::kinds).
    pub kind: &'static str,
    /// The pillar the page belongs to, if its kind has one.
    pub pillar: Option<PillarId>,
    data: Option<Box<dyn Any + Send + Sync>>,
    /// [`crate::source_hash::source_hash`] of the file, made when first
    /// needed and kept while the page is.
    source_hash: OnceLock<String>,
    /// Fast hashes of the whole file and of its front matter, for
    /// [`crate::deps`], kept while the page is.
    hashes: OnceLock<(u64, u64)>,
}

impl fmt::Debug for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Page")
            .field("locale", &self.locale)
            .field("path", &self.path)
            .field("kind", &self.kind)
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
            .get_or_init(|| crate::source_hash::source_hash(self.source.as_bytes()))
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
                crate::fingerprint::content_hash(self.source.as_bytes()),
                crate::fingerprint::content_hash(self.front_text().as_bytes()),
            )
        })
    }

    /// The kind's own front matter data, if it is a `T`.
    pub fn data<T: 'static>(&self) -> Option<&T> {
        self.data.as_ref()?.downcast_ref()
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

/// What a page's kind makes of its front matter.
pub struct Front {
    /// The fields every page has.
    pub common: PageFront,
    /// The pillar the page belongs to, if any.
    pub pillar: Option<PillarId>,
    /// The kind's own data, read back with [`Page::data`].
    pub data: Option<Box<dyn Any + Send + Sync>>,
}

impl Front {
    pub fn plain(common: PageFront) -> Front {
        Front {
            common,
            pillar: None,
            data: None,
        }
    }
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

impl Page {
    /// A page of `kind` from its file's text, split at `front_offset` and
    /// `body_offset`, and the front matter its kind read.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        locale: Locale,
        path: ContentPath,
        file: PathBuf,
        source: String,
        front_offset: usize,
        body_offset: usize,
        kind: &'static str,
        front: Front,
    ) -> Page {
        let common = front.common;
        Page {
            locale,
            path,
            front_offset,
            body_offset,
            title: common.title.into_inner(),
            description: common.description,
            weight: common.weight.unwrap_or(0),
            translation: common.translation,
            translated_from: common.translated_from,
            kind,
            pillar: front.pillar,
            data: front.data,
            source_hash: OnceLock::new(),
            hashes: OnceLock::new(),
            file,
            source,
        }
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
