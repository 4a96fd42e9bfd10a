//! Loading `content/<locale>/**.md` into typed pages.

use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use mip::PillarId;

use crate::config::{Config, Locale};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter::{self, ChapterFront, PageFront, Translation, WorkshopFront};

/// A page's path below its locale folder, with `/` separators, such as
/// `pillars/education.md`. The same path names a page and its translations.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentPath(String);

impl ContentPath {
    pub fn new(path: impl Into<String>) -> ContentPath {
        ContentPath(path.into())
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

/// What a page is, decided by where it lives.
#[derive(Clone, Debug)]
pub enum Kind {
    /// `_index.md`
    Home,
    /// `pillars/_index.md`
    PillarIndex,
    /// `pillars/<pillar-id>.md`
    Pillar(PillarId),
    /// `workshops/_index.md`
    WorkshopIndex,
    /// `workshops/**.md`
    Workshop(Box<WorkshopFront>),
    /// `white-paper/_index.md`
    WhitePaper,
    /// `white-paper/*.md`
    Chapter,
    /// `self-assessment.md`: the introduction, then the online
    /// self-assessment.
    Assessment,
    /// `mentors/toolkit.md`: the introduction, then the printable offline
    /// assessment toolkit.
    Toolkit,
    /// Anything else.
    Page,
}

impl Kind {
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Home => "home",
            Kind::PillarIndex => "pillars",
            Kind::Pillar(_) => "pillar",
            Kind::WorkshopIndex => "workshops",
            Kind::Workshop(_) => "workshop",
            Kind::WhitePaper => "white_paper",
            Kind::Chapter => "chapter",
            Kind::Assessment => "assessment",
            Kind::Toolkit => "toolkit",
            Kind::Page => "page",
        }
    }
}

/// One Markdown file of one locale, parsed.
#[derive(Debug)]
pub struct Page {
    pub locale: Locale,
    pub path: ContentPath,
    /// The file, as given to the user in messages.
    pub file: PathBuf,
    /// The whole file text; the body starts at `body_offset`.
    pub source: String,
    pub body_offset: usize,
    pub title: String,
    pub description: Option<String>,
    pub weight: i64,
    pub translation: Option<Translation>,
    /// On a translation: the source hash of the English page it was
    /// translated from (`translated_from` in the front matter); see
    /// [`crate::translation`].
    pub translated_from: Option<String>,
    pub kind: Kind,
}

impl Page {
    pub fn body(&self) -> &str {
        &self.source[self.body_offset..]
    }

    pub fn pillar(&self) -> Option<PillarId> {
        match &self.kind {
            Kind::Pillar(p) => Some(*p),
            Kind::Workshop(w) => Some(w.pillar),
            _ => None,
        }
    }
}

/// Loads every page of every configured locale from `content_dir`. Pages
/// that fail to load are reported and returned by locale and path, so that
/// later stages can tell a broken page from a missing one.
pub fn load(
    config: &Config,
    content_dir: &Path,
) -> (Vec<Page>, Vec<(Locale, ContentPath)>, Diagnostics) {
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
            let name = entry.file_name().to_string_lossy();
            if !entry.file_type().is_file() || name.starts_with('.') || !name.ends_with(".md") {
                continue;
            }
            let relative = entry
                .path()
                .strip_prefix(&dir)
                .expect("walkdir yields paths below its root");
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push((
                locale.locale.clone(),
                ContentPath(parts.join("/")),
                entry.into_path(),
            ));
        }
    }

    let results: Vec<(Locale, ContentPath, Result<Page, Diagnostic>)> = files
        .into_par_iter()
        .map(|(locale, path, file)| (locale.clone(), path.clone(), load_page(locale, path, file)))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut failed = Vec::new();
    for (locale, path, result) in results {
        match result {
            Ok(page) => pages.push(page),
            Err(d) => {
                problems.push(d);
                failed.push((locale, path));
            }
        }
    }
    (pages, failed, problems)
}

fn is_slug(segment: &str) -> bool {
    !segment.is_empty()
        && segment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Loads one page file of `locale` at `path`.
pub fn load_page(locale: Locale, path: ContentPath, file: PathBuf) -> Result<Page, Diagnostic> {
    let source = std::fs::read_to_string(&file).map_err(|e| {
        Diagnostic::error(format!("cannot read the page: {e}"))
            .in_file(&file)
            .with_hint("pages must be UTF-8 text files")
    })?;
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
    let page_front = |source: &str| front_matter::parse::<PageFront>(source, &split);

    let (front, kind) = match segments.as_slice() {
        ["_index"] => (page_front(&source).map_err(in_file)?, Kind::Home),
        ["pillars", "_index"] => (page_front(&source).map_err(in_file)?, Kind::PillarIndex),
        ["pillars", id] => {
            let pillar: PillarId = id.parse().map_err(|e: mip::UnknownPillar| {
                in_file(Diagnostic::error(format!("{e} (from the file name)"))).with_hint(
                    "a pillar guide is named after its pillar id, e.g. `pillars/housing.md`",
                )
            })?;
            (page_front(&source).map_err(in_file)?, Kind::Pillar(pillar))
        }
        ["pillars", ..] => {
            return Err(in_file(Diagnostic::error(
                "pillar guides live directly in `pillars/`",
            ))
            .with_hint(
                "move the file to `pillars/<pillar-id>.md`, or put workshops in `workshops/`",
            ))
        }
        ["workshops", "_index"] => (page_front(&source).map_err(in_file)?, Kind::WorkshopIndex),
        ["workshops", ..] => {
            let w: WorkshopFront = front_matter::parse(&source, &split).map_err(|d| {
                in_file(d).with_hint(
                    "workshops need title, pillar, duration, group_size, format, difficulty, objectives, materials and preparation (see README.md)",
                )
            })?;
            if w.group_size.min == 0 || w.group_size.min > w.group_size.max {
                let line = line_of_key(&source, "group_size");
                return Err(in_file(
                    Diagnostic::error(format!(
                        "group_size min ({}) must be at least 1 and at most max ({})",
                        w.group_size.min, w.group_size.max
                    ))
                    .at(&source, line, 1),
                ));
            }
            if w.duration == 0 {
                let line = line_of_key(&source, "duration");
                return Err(in_file(
                    Diagnostic::error("duration must be a number of minutes above 0")
                        .at(&source, line, 1),
                ));
            }
            let front = PageFront {
                title: w.title.clone(),
                description: w.description.clone(),
                weight: w.weight,
                translation: w.translation,
                translated_from: w.translated_from.clone(),
            };
            (front, Kind::Workshop(Box::new(w)))
        }
        ["white-paper", "_index"] => (page_front(&source).map_err(in_file)?, Kind::WhitePaper),
        ["white-paper", _] => {
            let c: ChapterFront = front_matter::parse(&source, &split).map_err(|d| {
                in_file(d)
                    .with_hint("a White Paper chapter needs title and weight (its chapter number)")
            })?;
            let front = PageFront {
                title: c.title,
                description: c.description,
                weight: Some(c.weight),
                translation: c.translation,
                translated_from: c.translated_from,
            };
            (front, Kind::Chapter)
        }
        ["self-assessment"] => (page_front(&source).map_err(in_file)?, Kind::Assessment),
        ["mentors", "toolkit"] => (page_front(&source).map_err(in_file)?, Kind::Toolkit),
        _ => (page_front(&source).map_err(in_file)?, Kind::Page),
    };
    if front.title.trim().is_empty() {
        let line = line_of_key(&source, "title");
        return Err(in_file(
            Diagnostic::error("the title is empty").at(&source, line, 1),
        ));
    }

    Ok(Page {
        locale,
        path,
        body_offset: split.body_offset,
        title: front.title,
        description: front.description,
        weight: front.weight.unwrap_or(0),
        translation: front.translation,
        translated_from: front.translated_from,
        kind,
        file,
        source,
    })
}

/// The line of a top-level front matter key, for errors found after parsing.
pub fn line_of_key(source: &str, key: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
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
