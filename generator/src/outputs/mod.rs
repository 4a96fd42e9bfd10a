//! Every file the build writes, declared in one place.
//!
//! Each [`OutputKind`] says which files of its kind the site has and renders
//! one of them: its template, its typed context, and the inputs it reads
//! (recorded in [`Reads`] as it renders, see [`crate::deps`]). The build and
//! the preview render the registry [`OUTPUTS`] and nothing else, so a new
//! kind of file is one new module here and one line below.

use std::path::PathBuf;

use crate::config::Locale;
use crate::content::ContentPath;
use crate::deps::Reads;
use crate::diagnostic::Diagnostic;
use crate::engine::Built;
use crate::load::Loaded;
use crate::markdown::AnchorLink;
use crate::render::BodyCache;

mod assets;
mod chooser;
mod headers;
mod offline;
mod p4c;
mod pages;
mod print;
mod questionnaire;
mod search;
mod sitemap;
mod translate;

pub use pages::page_file;

/// Every kind of file the build writes.
pub static OUTPUTS: &[&dyn OutputKind] = &[
    &pages::ContentPages,
    &print::PrintPacks,
    &p4c::FilteredLists,
    &p4c::Data,
    &chooser::LanguageChooser,
    &chooser::NotFound,
    &translate::TranslationStatus,
    &sitemap::Sitemap,
    &sitemap::Robots,
    &headers::Headers,
    &questionnaire::QuestionnaireJson,
    &search::SearchPage,
    &search::SearchIndex,
    &assets::StaticFiles,
    &offline::Manifest,
    // Derived outputs last: they are made from the files above.
    &offline::OfflineList,
    &offline::ServiceWorker,
];

/// One file of the site, by its path relative to the output folder.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: String,
    pub key: Key,
    /// Which entry of [`OUTPUTS`] renders it.
    pub kind: usize,
}

/// What an output kind needs to find the thing a file renders.
#[derive(Clone, Debug)]
pub enum Key {
    /// One file for the whole site.
    Site,
    /// One file per locale.
    Locale(Locale),
    /// One of several numbered files per locale.
    Shard(Locale, usize),
    /// A content page as a locale shows it.
    Page(Locale, ContentPath),
    /// A theme file on disk.
    Static(PathBuf),
}

/// A rendered file: its bytes, or `None` when it failed. Problems include
/// warnings either way.
#[derive(Default)]
pub struct Rendered {
    pub bytes: Option<Vec<u8>>,
    pub problems: Vec<Diagnostic>,
    /// Of a content page that rendered: the ids of its elements, the
    /// targets of `#fragment` links.
    pub ids: Option<Vec<String>>,
    /// Of a content page: its links into other pages' sections.
    pub links: Vec<AnchorLink>,
}

impl Rendered {
    pub fn ok(bytes: impl Into<Vec<u8>>) -> Rendered {
        Rendered {
            bytes: Some(bytes.into()),
            ..Rendered::default()
        }
    }

    pub fn failed(problem: Diagnostic) -> Rendered {
        Rendered {
            problems: vec![problem],
            ..Rendered::default()
        }
    }
}

/// What rendering has at hand.
#[derive(Clone, Copy)]
pub struct RenderCx<'a> {
    pub loaded: &'a Loaded,
    pub cache: Option<&'a BodyCache>,
    /// For a derived output, the other files as rendered; `None` otherwise.
    pub built: Option<&'a Built<'a>>,
}

/// One kind of output file.
pub trait OutputKind: Sync {
    /// The files of this kind that the site has, with `key`s for
    /// [`OutputKind::render`]. The `kind` field is filled in by [`files`].
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)>;

    /// Renders one file, adding every input it reads to `reads`.
    fn render(&self, key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered;

    /// Whether the files of this kind are made from the other files' bytes
    /// (such as a list of every file with its hash): they are rendered after
    /// all the others, read them through [`RenderCx::built`], and are
    /// rendered again when what they read changed. They cannot read each
    /// other.
    fn derived(&self) -> bool {
        false
    }

    /// Whether a locale's offline pack keeps the files of this kind. Views
    /// of pages the pack already holds (filtered lists, print packs) and
    /// pages for translators stay out, so that the pack stays small.
    fn offline(&self) -> bool {
        true
    }
}

/// One file per locale at `<locale>/<path>`, keyed by its locale: what
/// most per-locale outputs list.
fn per_locale(loaded: &Loaded, path: &str) -> Vec<(String, Key)> {
    loaded
        .site
        .config
        .locales
        .iter()
        .map(|l| {
            (
                format!("{}/{path}", l.locale),
                Key::Locale(l.locale.clone()),
            )
        })
        .collect()
}

/// Every file the site has now, in a stable order.
pub fn files(loaded: &Loaded) -> Vec<OutputFile> {
    OUTPUTS
        .iter()
        .enumerate()
        .flat_map(|(kind, output)| {
            output
                .files(loaded)
                .into_iter()
                .map(move |(path, key)| OutputFile { path, key, kind })
        })
        .collect()
}

/// Renders one file with the kind that declared it.
pub fn render(file: &OutputFile, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
    OUTPUTS[file.kind].render(&file.key, cx, reads)
}

/// Renders `template` with the base context of `locale` and `extra`, which
/// reads the base inputs of the locale.
fn templated(
    cx: &RenderCx<'_>,
    locale: &Locale,
    template: &str,
    reads: &Reads,
    extra: impl FnOnce(&mut tera::Context),
) -> Rendered {
    for input in crate::render::base_inputs(locale) {
        reads.add(input);
    }
    let (tera, base) = cx.loaded.templates_for(locale);
    let mut ctx = base.clone();
    extra(&mut ctx);
    match tera.render(template, &ctx) {
        Ok(html) => Rendered::ok(html),
        Err(e) => Rendered::failed(
            Diagnostic::error(format!(
                "rendering {template} for {locale}: {}",
                crate::templates::error_chain(&e)
            ))
            .in_file(format!(
                "themes/{}/templates/{template}",
                cx.loaded.site.config.theme
            )),
        ),
    }
}
