//! `pillars/_index.md`, the introduction followed by the nine pillars, and
//! `pillars/<pillar-id>.md`, a pillar's guide followed by its workshops.

use mip::PillarId;

use super::workshops::PillarWorkshopsCtx;
use super::{Kind, Required};
use crate::content::{Front, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::PageFront;
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
        Ok(Front {
            pillar: Some(pillar),
            ..Front::plain(file.parse::<PageFront>()?)
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
        }
    }
}
