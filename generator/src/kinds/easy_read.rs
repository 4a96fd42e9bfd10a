//! `easy-read/<pillar-id>.md`: the part of a pillar guide written for young
//! people, in at most [`MAX_WORDS`] words of short sentences. Its own page,
//! so that a language can offer it before the whole guide is translated; the
//! guide links to it from its top.

use mip::PillarId;

use super::Kind;
use crate::content::{ContentPath, Front, Page, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::PageFront;
use crate::render::PageCx;
use crate::site::Site;

/// The longest an easy-read page may be, in words of its English text.
pub const MAX_WORDS: usize = 300;

/// The content path of the easy-read page of `pillar`.
pub fn path(pillar: PillarId) -> ContentPath {
    ContentPath::new(format!("easy-read/{pillar}.md"))
}

pub struct EasyRead;

impl Kind for EasyRead {
    fn name(&self) -> &'static str {
        "easy-read"
    }
    fn template(&self) -> &'static str {
        "easy_read.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments.first() == Some(&"easy-read")
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let hint = "an easy-read page is named after its pillar id, e.g. `easy-read/housing.md`";
        let [_, id] = file.segments else {
            return Err(file
                .error("easy-read pages live directly in `easy-read/`")
                .with_hint(hint));
        };
        let pillar: PillarId = id.parse().map_err(|e: mip::UnknownPillar| {
            file.error(format!("{e} (from the file name)"))
                .with_hint(hint)
        })?;
        Ok(Front {
            pillar: Some(pillar),
            ..Front::plain(file.parse::<PageFront>()?)
        })
    }
    /// Only the English text is held to the limit: the same sentences take
    /// more words in some languages, and translations follow the English.
    fn check(&self, page: &Page, site: &Site) -> Vec<Diagnostic> {
        if page.locale != site.config.default_locale {
            return Vec::new();
        }
        let words = crate::markdown::word_count(page.body());
        if words <= MAX_WORDS {
            return Vec::new();
        }
        vec![Diagnostic::error(format!(
            "this easy-read page has {words} words; the most is {MAX_WORDS}"
        ))
        .in_file(&page.file)
        .with_hint(
            "shorten it: keep one idea per sentence, and leave the detail to the full guide",
        )]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        if let Some(pillar) = cx.route.page.pillar {
            ctx.insert("pillar", &cx.pillar(pillar));
        }
    }
}
