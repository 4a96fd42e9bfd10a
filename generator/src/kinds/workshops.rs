//! `workshops/_index.md`, the introduction followed by every workshop by
//! pillar, and `workshops/**.md`, a workshop's facilitator sheet.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use mip::PillarId;

use super::{Kind, Required};
use crate::content::{Front, Page, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::{PageFront, Translation};
use crate::render::{LinkCtx, PageCx, PillarCtx};
use crate::site::{Route, Site};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    OneToOne,
    Group,
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Introductory,
    Intermediate,
    Advanced,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSize {
    pub min: u32,
    pub max: u32,
}

/// Front matter of a workshop: everything a facilitator needs before the
/// session, rendered as the head of the facilitator sheet.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopFront {
    pub title: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub pillar: Spanned<PillarId>,
    /// Minutes.
    pub duration: Spanned<u32>,
    pub group_size: Spanned<GroupSize>,
    pub format: Format,
    pub difficulty: Difficulty,
    pub objectives: Vec<String>,
    pub materials: Vec<String>,
    pub preparation: Vec<String>,
    /// The [handouts](super::handouts) to print for it, by file name.
    #[serde(default)]
    pub handouts: Vec<Spanned<String>>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub translation: Option<Translation>,
    /// On a translation: the [source hash](crate::source_hash::source_hash)
    /// of the English page it was translated from.
    #[serde(default, deserialize_with = "crate::front_matter::source_hash")]
    pub translated_from: Option<String>,
}

pub struct WorkshopIndex;

impl Kind for WorkshopIndex {
    fn name(&self) -> &'static str {
        "workshops"
    }
    fn template(&self) -> &'static str {
        "workshops.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["workshops", "_index"]
    }
    fn required(&self, _site: &Site) -> Vec<Required> {
        vec![Required::new(
            "workshops/_index.md",
            "the introduction to the workshops",
        )]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        let groups: Vec<PillarWorkshopsCtx> = PillarId::ALL
            .iter()
            .filter_map(|&id| PillarWorkshopsCtx::new(cx, id))
            .collect();
        ctx.insert("workshop_groups", &groups);
    }
}

pub struct Workshop;

impl Kind for Workshop {
    fn name(&self) -> &'static str {
        "workshop"
    }
    fn template(&self) -> &'static str {
        "workshop.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments.first() == Some(&"workshops")
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let w: WorkshopFront = file.parse().map_err(|d| {
            d.with_hint(
                "workshops need title, pillar, duration, group_size, format, difficulty, objectives, materials and preparation, and may name handouts (see README.md)",
            )
        })?;
        let size = w.group_size.get_ref();
        if size.min == 0 || size.min > size.max {
            return Err(file.error_at(
                w.group_size.span(),
                format!(
                    "group_size min ({}) must be at least 1 and at most max ({})",
                    size.min, size.max
                ),
            ));
        }
        if *w.duration.get_ref() == 0 {
            return Err(file.error_at(
                w.duration.span(),
                "duration must be a number of minutes above 0",
            ));
        }
        let common = PageFront {
            title: w.title.clone(),
            description: w.description.clone(),
            weight: w.weight,
            translation: w.translation,
            translated_from: w.translated_from.clone(),
        };
        Ok(Front {
            common,
            pillar: Some(*w.pillar.get_ref()),
            data: Some(Box::new(w)),
        })
    }
    fn disagreement(&self, translation: &Page, source: &Page) -> Option<Diagnostic> {
        if translation.pillar == source.pillar {
            return None;
        }
        let name = |p: Option<PillarId>| p.map_or("none".into(), |p| p.to_string());
        let mut d = Diagnostic::error(format!(
            "this translation belongs to pillar `{}` but its source {} belongs to `{}`",
            name(translation.pillar),
            source.file.display(),
            name(source.pillar),
        ))
        .in_file(&translation.file)
        .with_hint("a translation keeps its source's pillar");
        if let Some(w) = translation.data::<WorkshopFront>() {
            d = d.at_offset(
                &translation.source,
                translation.front_offset + w.pillar.span().start,
            );
        }
        Some(d)
    }
    fn check(&self, page: &Page, site: &Site) -> Vec<Diagnostic> {
        super::handouts::check_named(page, site)
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("workshop", &WorkshopCtx::sheet(cx, &cx.route));
        if let Some(pillar) = cx.route.page.pillar {
            ctx.insert("pillar", &cx.pillar(pillar));
        }
    }
}

/// A workshop as sheets and lists show it.
#[derive(Serialize)]
pub struct WorkshopCtx<'a> {
    #[serde(flatten)]
    link: LinkCtx<'a>,
    pillar: PillarId,
    duration: u32,
    group_size: GroupSize,
    format: Format,
    difficulty: Difficulty,
    objectives: &'a [String],
    materials: &'a [String],
    preparation: &'a [String],
    /// On a sheet only ([`WorkshopCtx::sheet`]): lists do not show them, so
    /// they do not read them either.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    handouts: Vec<LinkCtx<'a>>,
}

impl<'a> WorkshopCtx<'a> {
    /// A workshop as lists show it.
    pub fn new(cx: &PageCx<'a>, route: &Route<'a>) -> Option<WorkshopCtx<'a>> {
        let w = route.page.data::<WorkshopFront>()?;
        Some(WorkshopCtx {
            link: cx.link(route),
            pillar: *w.pillar.get_ref(),
            duration: *w.duration.get_ref(),
            group_size: *w.group_size.get_ref(),
            format: w.format,
            difficulty: w.difficulty,
            objectives: &w.objectives,
            materials: &w.materials,
            preparation: &w.preparation,
            handouts: Vec::new(),
        })
    }

    /// A workshop as its sheet shows it, with the handouts to print as the
    /// English page names them: translations need not repeat them.
    pub fn sheet(cx: &PageCx<'a>, route: &Route<'a>) -> Option<WorkshopCtx<'a>> {
        let handouts = cx
            .source(route)
            .and_then(|s| s.data::<WorkshopFront>())
            .map(|s| {
                s.handouts
                    .iter()
                    .filter_map(|h| cx.resolve(&super::handouts::path(h.get_ref())))
                    .map(|r| cx.link(&r))
                    .collect()
            })
            .unwrap_or_default();
        Some(WorkshopCtx {
            handouts,
            ..WorkshopCtx::new(cx, route)?
        })
    }
}

/// A pillar with the workshops a locale shows for it.
#[derive(Serialize)]
pub struct PillarWorkshopsCtx<'a> {
    #[serde(flatten)]
    pillar: PillarCtx<'a>,
    workshops: Vec<WorkshopCtx<'a>>,
}

impl<'a> PillarWorkshopsCtx<'a> {
    pub fn new(cx: &PageCx<'a>, pillar: PillarId) -> Option<PillarWorkshopsCtx<'a>> {
        Some(PillarWorkshopsCtx {
            pillar: cx.pillar(pillar)?,
            workshops: cx
                .listed(Workshop.name(), Some(pillar))
                .iter()
                .filter_map(|r| WorkshopCtx::new(cx, r))
                .collect(),
        })
    }
}
