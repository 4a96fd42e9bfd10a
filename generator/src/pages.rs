//! Reading page files: every `content/<locale>/**.md` of the configured
//! locales, each parsed by the [kind](crate::kinds) its path gives it.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::{Config, Locale};
use crate::content::{page_of, ContentPath, Failed, Front, Page, PageFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter;
use crate::kinds;

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
            if entry.file_type().is_symlink() {
                problems.push(symlink_problem(entry.path()));
                continue;
            }
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

/// Pages are never read through symbolic links: a link can loop or lead
/// out of the project. One that loops or leads nowhere is an error; any
/// other is a warning, since its pages are left out.
fn symlink_problem(link: &Path) -> Diagnostic {
    let target = std::fs::canonicalize(link);
    let folder = link
        .parent()
        .and_then(|p| std::fs::canonicalize(p).ok())
        .unwrap_or_default();
    let d = match &target {
        Err(_) => Diagnostic::error(
            "this symbolic link loops or points to nothing (integra does not follow links in content/)",
        ),
        Ok(target) if folder.starts_with(target) => Diagnostic::error(format!(
            "this symbolic link loops: it points to {}, a folder that holds it (integra does not follow links in content/)",
            target.display()
        )),
        Ok(target) => Diagnostic::warning(format!(
            "this symbolic link, to {}, is not followed: its pages are left out",
            target.display()
        )),
    };
    d.in_file(link)
        .with_hint("remove the link, or replace it with the file or folder it points to")
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

/// The largest page file a build reads, in bytes: about fifty times the
/// largest page of the programme, and small enough to render in about two
/// seconds. Larger files are refused rather than slowing every build.
pub const MAX_PAGE_BYTES: u64 = 1024 * 1024;

fn read_page(locale: Locale, path: ContentPath, file: PathBuf) -> Result<Page, Diagnostic> {
    if let Ok(meta) = std::fs::metadata(&file) {
        if meta.len() > MAX_PAGE_BYTES {
            return Err(Diagnostic::error(format!(
                "the page is {:.1} MB; pages may be at most {} MB",
                meta.len() as f64 / (1024.0 * 1024.0),
                MAX_PAGE_BYTES / (1024 * 1024)
            ))
            .in_file(&file)
            .at("", 1, 1)
            .with_hint("split it into several pages, or check that it is the file you meant to put in content/"));
        }
    }
    let source = crate::diagnostic::read_text(&file, "page")?;
    parse(locale, path, file, source)
}

/// Parses the text of the page file `file`, of `locale` at `path`, with
/// the kind its path gives it.
pub fn parse(
    locale: Locale,
    path: ContentPath,
    file: PathBuf,
    source: String,
) -> Result<Page, Diagnostic> {
    let in_file = |d: Diagnostic| d.in_file(&file);

    let stem_path = path.as_str().strip_suffix(".md").unwrap_or(path.as_str());
    if let Some(bad) = stem_path.split('/').find(|s| !is_slug(s)) {
        if bad.contains(char::REPLACEMENT_CHARACTER) {
            return Err(in_file(Diagnostic::error(format!(
                "the name `{bad}` is not UTF-8 text, so it cannot be part of a page address"
            )))
            .with_hint("rename the file or folder with lowercase letters, digits and `-`, e.g. `my-first-budget.md`"));
        }
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
    let (front_offset, body_offset) = (split.front_offset, split.body_offset);
    Ok(Page::new(
        locale,
        path,
        file,
        source,
        front_offset,
        body_offset,
        kind.name(),
        Front {
            common,
            pillar: front.pillar,
            data: front.data,
        },
    ))
}
