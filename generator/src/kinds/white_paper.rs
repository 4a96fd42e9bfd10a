//! `white-paper/_index.md`, the White Paper's cover followed by its table of
//! contents, and `white-paper/<name>.md`, a chapter with previous and next
//! links.

use serde::{Deserialize, Serialize};

use super::{Kind, Required};
use crate::content::{ContentPath, Front, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::{PageFront, Translation};
use crate::render::{LinkCtx, PageCx};
use crate::site::Site;

/// Front matter of a chapter: like a page's, but the weight (the chapter
/// number) is required.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChapterFront {
    title: toml::Spanned<String>,
    #[serde(default)]
    description: Option<String>,
    weight: i64,
    #[serde(default)]
    translation: Option<Translation>,
    #[serde(default, deserialize_with = "crate::front_matter::source_hash")]
    translated_from: Option<String>,
}

const COVER: &str = "white-paper/_index.md";

pub struct Cover;

impl Kind for Cover {
    fn name(&self) -> &'static str {
        "white_paper"
    }
    fn template(&self) -> &'static str {
        "white_paper.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["white-paper", "_index"]
    }
    fn required(&self, site: &Site) -> Vec<Required> {
        // Only a site with chapters needs a cover.
        let has_chapters = site
            .paths
            .iter()
            .any(|p| p.as_str().starts_with("white-paper/"));
        if has_chapters {
            vec![Required::new(COVER, "the White Paper's cover page")]
        } else {
            Vec::new()
        }
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        cx.insert_all(ctx, &TableOfContents::new(cx));
    }
}

pub struct Chapter;

impl Kind for Chapter {
    fn name(&self) -> &'static str {
        "chapter"
    }
    fn template(&self) -> &'static str {
        "chapter.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        matches!(segments, ["white-paper", _])
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let c: ChapterFront = file.parse().map_err(|d| {
            d.with_hint("a White Paper chapter needs title and weight (its chapter number)")
        })?;
        Ok(Front::plain(PageFront {
            title: c.title,
            description: c.description,
            weight: Some(c.weight),
            translation: c.translation,
            translated_from: c.translated_from,
        }))
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        cx.insert_all(ctx, &TableOfContents::new(cx));
    }
}

/// The cover and chapters as a locale shows them, and where the page being
/// rendered stands among them.
#[derive(Serialize)]
struct TableOfContents<'a> {
    /// The cover.
    white_paper: Option<LinkCtx<'a>>,
    chapters: Vec<LinkCtx<'a>>,
    /// The page's chapter number, from 1; none on the cover.
    chapter_number: Option<usize>,
    previous: Option<LinkCtx<'a>>,
    next: Option<LinkCtx<'a>>,
}

impl<'a> TableOfContents<'a> {
    fn new(cx: &PageCx<'a>) -> TableOfContents<'a> {
        let chapters = cx.listed(Chapter.name(), None);
        let position = chapters.iter().position(|c| c.path == cx.route.path);
        let links = chapters.iter().map(|c| cx.link(c)).collect();
        let at = |i: Option<usize>| i.and_then(|i| chapters.get(i)).map(|c| cx.link(c));
        TableOfContents {
            white_paper: cx.resolve(&ContentPath::new(COVER)).map(|r| cx.link(&r)),
            chapters: links,
            chapter_number: position.map(|i| i + 1),
            previous: at(position.and_then(|i| i.checked_sub(1))),
            next: at(position.map(|i| i + 1)),
        }
    }
}
