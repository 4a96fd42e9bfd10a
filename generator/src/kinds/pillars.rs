//! `pillars/_index.md`, the introduction followed by the nine pillars, and
//! `pillars/<pillar-id>.md`, a pillar's guide followed by its workshops.

use mip::PillarId;

use super::workshops::PillarWorkshopsCtx;
use super::{Kind, Required};
use crate::content::{Front, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::PageFront;
use crate::markdown;
use crate::render::PageCx;
use crate::site::Site;

pub struct PillarIndex;

impl Kind for PillarIndex {
    fn name(&self) -> &'static str {
        "pillars"
    }
    fn template(&self) -> &'static str {
        "pillars.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["pillars", "_index"]
    }
    fn required(&self, _site: &Site) -> Vec<Required> {
        vec![Required::new(
            "pillars/_index.md",
            "the introduction to the pillar guides",
        )]
    }
}

/// The id of the heading that opens a guide's section for mentors, the part
/// of the guide that its print pack carries. Headings are translated, so the
/// section is marked by hand, the same in every language:
/// `## For mentors: week by week {#for-mentors}`.
pub const MENTOR_SECTION: &str = "for-mentors";

/// Every guide has exactly one `##` section for mentors.
fn check_mentor_section(file: &PageFile<'_>) -> Result<(), Diagnostic> {
    let at = |offset: usize, message: String| {
        file.error(message)
            .at_offset(file.source, file.split.body_offset + offset)
    };
    let example = format!("`## For mentors: week by week {{#{MENTOR_SECTION}}}`");
    match markdown::headings_with_id(file.split.body, MENTOR_SECTION)[..] {
        [(2, _)] => Ok(()),
        [] => Err(file
            .error(format!(
                "this pillar guide has no section for mentors (a `##` heading with the id `{MENTOR_SECTION}`)"
            ))
            .at(file.source, 1, 1)
            .with_hint(format!(
                "mark the heading of the section for mentors, e.g. {example}; the pillar's print pack carries that section"
            ))),
        [(level, offset)] => Err(at(
            offset,
            format!("the section for mentors must start with a `##` heading, not a level-{level} one"),
        )
        .with_hint(format!("write it as {example}"))),
        [_, (_, second), ..] => Err(at(
            second,
            format!("a second heading with the id `{MENTOR_SECTION}`"),
        )
        .with_hint("a guide has one section for mentors: remove this id, or the other one")),
    }
}

pub struct PillarGuide;

impl Kind for PillarGuide {
    fn name(&self) -> &'static str {
        "pillar"
    }
    fn template(&self) -> &'static str {
        "pillar.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments.first() == Some(&"pillars")
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let [_, id] = file.segments else {
            return Err(file
                .error("pillar guides live directly in `pillars/`")
                .with_hint(
                    "move the file to `pillars/<pillar-id>.md`, or put workshops in `workshops/`",
                ));
        };
        let pillar: PillarId = id.parse().map_err(|e: mip::UnknownPillar| {
            file.error(format!("{e} (from the file name)"))
                .with_hint("a pillar guide is named after its pillar id, e.g. `pillars/housing.md`")
        })?;
        let front = file.parse::<PageFront>()?;
        check_mentor_section(file)?;
        Ok(Front {
            pillar: Some(pillar),
            ..Front::plain(front)
        })
    }
    fn required(&self, _site: &Site) -> Vec<Required> {
        PillarId::ALL
            .iter()
            .map(|&p| {
                Required::new(
                    crate::content::ContentPath::pillar_guide(p).as_str(),
                    format!("the guide to the `{p}` pillar"),
                )
            })
            .collect()
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        if let Some(pillar) = cx.route.page.pillar {
            ctx.insert("pillar", &PillarWorkshopsCtx::new(cx, pillar));
            ctx.insert("p4c_entries", &super::p4c::for_pillar(cx, pillar));
            let easy_read = cx.resolve(&super::easy_read::path(pillar));
            ctx.insert("easy_read", &easy_read.map(|r| cx.link(&r)));
        }
    }
}
