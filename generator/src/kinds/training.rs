//! `training/_index.md`, the course for Leaving Care Mentors with its
//! modules in order, and `training/<name>.md`, one module: learning
//! outcomes, a timed session plan, exercises and a self-check.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::{require_sections, Kind, Section};
use crate::content::{Front, Page, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::{PageFront, Translation};
use crate::render::{LinkCtx, PageCx};
use crate::site::{Route, Site};

/// A session lasts this long, in minutes: long enough for the exercises,
/// short enough to fit in a working day.
const DURATION: std::ops::RangeInclusive<u32> = 60..=90;

/// The sections of a module, in order.
const SECTIONS: &[Section] = &[
    Section {
        id: "why",
        heading: "Why this matters",
    },
    Section {
        id: "session-plan",
        heading: "Session plan",
    },
    Section {
        id: "exercises",
        heading: "Exercises",
    },
    Section {
        id: "self-check",
        heading: "Self-check",
    },
    Section {
        id: "after-the-session",
        heading: "After the session",
    },
];

/// Front matter of a module.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleFront {
    pub title: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// Its place in the course, from 1.
    pub module: Spanned<u32>,
    /// Minutes.
    pub duration: Spanned<u32>,
    pub outcomes: Vec<String>,
    pub materials: Vec<String>,
    pub preparation: Vec<String>,
    #[serde(default)]
    pub translation: Option<Translation>,
    #[serde(default, deserialize_with = "crate::front_matter::source_hash")]
    pub translated_from: Option<String>,
}

pub struct Course;

impl Kind for Course {
    fn name(&self) -> &'static str {
        "training"
    }
    fn template(&self) -> &'static str {
        "training.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["training", "_index"]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        let modules: Vec<ModuleCtx> = cx
            .listed(Module.name(), None)
            .iter()
            .filter_map(|r| ModuleCtx::new(cx, r))
            .collect();
        ctx.insert("modules", &modules);
    }
}

pub struct Module;

impl Kind for Module {
    fn name(&self) -> &'static str {
        "training-module"
    }
    fn template(&self) -> &'static str {
        "training_module.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments.first() == Some(&"training")
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let m: ModuleFront = file.parse().map_err(|d| {
            d.with_hint("a training module needs title, module, duration, outcomes, materials and preparation (see README.md)")
        })?;
        let minutes = *m.duration.get_ref();
        if !DURATION.contains(&minutes) {
            return Err(file
                .error_at(
                    m.duration.span(),
                    format!("a module's session lasts {minutes} minutes; it must last between {} and {}", DURATION.start(), DURATION.end()),
                )
                .with_hint("split a longer session into two modules"));
        }
        if *m.module.get_ref() == 0 {
            return Err(file.error_at(m.module.span(), "modules are numbered from 1"));
        }
        require_sections(file, "a training module", SECTIONS)?;
        let common = PageFront {
            title: m.title.clone(),
            description: m.description.clone(),
            weight: Some(i64::from(*m.module.get_ref())),
            translation: m.translation,
            translated_from: m.translated_from.clone(),
        };
        Ok(Front {
            common,
            pillar: None,
            data: Some(Box::new(m)),
        })
    }
    fn check(&self, page: &Page, site: &Site) -> Vec<Diagnostic> {
        let Some(m) = page.data::<ModuleFront>() else {
            return Vec::new();
        };
        let number = *m.module.get_ref();
        let first = site.pages.iter().find(|p| {
            p.locale == page.locale
                && p.data::<ModuleFront>()
                    .is_some_and(|o| *o.module.get_ref() == number)
        });
        match first {
            Some(first) if first.path != page.path => {
                vec![
                    Diagnostic::error(format!("module {number} is also {}", first.file.display()))
                        .in_file(&page.file)
                        .at_offset(&page.source, page.front_offset + m.module.span().start)
                        .with_hint("give each module of the course its own number"),
                ]
            }
            _ => Vec::new(),
        }
    }
    fn disagreement(&self, translation: &Page, source: &Page) -> Option<Diagnostic> {
        let (t, s) = (
            translation.data::<ModuleFront>()?,
            source.data::<ModuleFront>()?,
        );
        (t.module.get_ref() != s.module.get_ref()).then(|| {
            Diagnostic::error(format!(
                "this translation is module {} but its source {} is module {}",
                t.module.get_ref(),
                source.file.display(),
                s.module.get_ref()
            ))
            .in_file(&translation.file)
            .at_offset(
                &translation.source,
                translation.front_offset + t.module.span().start,
            )
            .with_hint("a translation keeps its source's module number")
        })
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("module", &ModuleCtx::new(cx, &cx.route));
        super::insert_index(cx, ctx, "training/_index.md");
        let modules = cx.listed(Module.name(), None);
        let at = modules.iter().position(|r| r.path == cx.route.path);
        let neighbour = |i: Option<usize>| i.and_then(|i| modules.get(i)).map(|r| cx.link(r));
        ctx.insert("previous", &neighbour(at.and_then(|i| i.checked_sub(1))));
        ctx.insert("next", &neighbour(at.map(|i| i + 1)));
    }
}

/// A module as its page and the course show it.
#[derive(Serialize)]
pub struct ModuleCtx<'a> {
    #[serde(flatten)]
    link: LinkCtx<'a>,
    number: u32,
    duration: u32,
    outcomes: &'a [String],
    materials: &'a [String],
    preparation: &'a [String],
}

impl<'a> ModuleCtx<'a> {
    fn new(cx: &PageCx<'a>, route: &Route<'a>) -> Option<ModuleCtx<'a>> {
        let m = route.page.data::<ModuleFront>()?;
        Some(ModuleCtx {
            link: cx.link(route),
            number: *m.module.get_ref(),
            duration: *m.duration.get_ref(),
            outcomes: &m.outcomes,
            materials: &m.materials,
            preparation: &m.preparation,
        })
    }
}
