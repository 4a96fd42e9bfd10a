//! `self-assessment.md`, the introduction followed by the online
//! self-assessment, and `mentors/toolkit.md`, the introduction followed by
//! the printable offline assessment toolkit. Both show the questionnaire.

use serde::Serialize;

use mip::PillarId;

use super::Kind;
use crate::content::ContentPath;
use crate::render::{LinkCtx, PageCx};

pub struct SelfAssessment;

impl Kind for SelfAssessment {
    fn name(&self) -> &'static str {
        "assessment"
    }
    fn template(&self) -> &'static str {
        "assessment.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["self-assessment"]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("questionnaire", &QuestionnaireCtx::new(cx));
    }
}

pub struct Toolkit;

impl Kind for Toolkit {
    fn name(&self) -> &'static str {
        "toolkit"
    }
    fn template(&self) -> &'static str {
        "toolkit.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["mentors", "toolkit"]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("questionnaire", &QuestionnaireCtx::new(cx));
    }
}

/// A workshop that builds a statement's skill, as this locale shows it.
#[derive(Serialize)]
struct WorkshopLinkCtx<'a> {
    id: &'a str,
    #[serde(flatten)]
    link: LinkCtx<'a>,
    /// The name of the language the sheet is written in, when this locale
    /// shows it by fallback; `None` when it is in the reader's language.
    other_language: Option<&'a str>,
}

#[derive(Serialize)]
struct StatementCtx<'a> {
    id: &'a str,
    /// 1-based, across pillars: the form names its radios `s<position>`,
    /// much shorter than the id repeated on each of five radios, which
    /// keeps the page within its weight budget.
    position: usize,
    /// Positions in [`QuestionnaireCtx::workshops`]: a number instead of
    /// a workshop's id on each statement keeps the page within its budget.
    workshops: Vec<usize>,
    /// The section of the pillar's guide about this skill, if one is named.
    guide_url: Option<String>,
}

#[derive(Serialize)]
struct QuestionnairePillarCtx<'a> {
    id: PillarId,
    number: usize,
    /// The pillar's guide in this locale, which lists its workshops.
    url: String,
    statements: Vec<StatementCtx<'a>>,
}

#[derive(Serialize)]
struct QuestionnaireCtx<'a> {
    version: &'a str,
    endpoint: &'a str,
    /// This page's published address in the reader's locale: the form
    /// sends it, so that the endpoint's page for browsers without
    /// JavaScript can show the hand-over QR code.
    page: String,
    /// The workshops' folder in this locale: a workshop's address is this
    /// followed by its id and `/`.
    workshops_url: String,
    scale: Vec<u8>,
    min_answers: usize,
    max_priorities: usize,
    pillars: Vec<QuestionnairePillarCtx<'a>>,
    /// Every workshop a statement names and this locale shows, once, in
    /// the order statements first name them.
    workshops: Vec<WorkshopLinkCtx<'a>>,
}

impl<'a> QuestionnaireCtx<'a> {
    fn new(cx: &PageCx<'a>) -> QuestionnaireCtx<'a> {
        let q = mip::Questionnaire::builtin();
        let reader = cx.route.locale;
        let mut workshops: Vec<WorkshopLinkCtx<'a>> = Vec::new();
        let mut position_of = |w: &'a mip::WorkshopId| -> Option<usize> {
            if let Some(at) = workshops.iter().position(|l| l.id == w.as_str()) {
                return Some(at);
            }
            let route = cx.resolve(&ContentPath::workshop(w))?;
            let other_language = (route.page.locale != reader.locale)
                .then(|| cx.site.config.locale(&route.page.locale).name.as_str());
            workshops.push(WorkshopLinkCtx {
                id: w.as_str(),
                link: cx.link(&route),
                other_language,
            });
            Some(workshops.len() - 1)
        };
        let pillars = q
            .pillars
            .iter()
            .scan(0, |before, p| {
                let first = *before + 1;
                *before += p.statements.len();
                Some((first, p))
            })
            .map(|(first, p)| {
                let url = cx.url(&ContentPath::pillar_guide(p.id));
                QuestionnairePillarCtx {
                    id: p.id,
                    number: p.id.number(),
                    statements: p
                        .statements
                        .iter()
                        .enumerate()
                        .map(|(i, s)| StatementCtx {
                            id: s.id.as_str(),
                            position: first + i,
                            workshops: s.workshops.iter().filter_map(&mut position_of).collect(),
                            guide_url: s.guide.as_ref().map(|anchor| format!("{url}#{anchor}")),
                        })
                        .collect(),
                    url,
                }
            })
            .collect();
        QuestionnaireCtx {
            version: &q.version,
            endpoint: &cx.site.config.assessment_endpoint,
            page: cx
                .site
                .permalink(&cx.site.url(&reader.locale, cx.route.path)),
            scale: mip::AnswerValue::all().map(mip::AnswerValue::get).collect(),
            min_answers: mip::scoring::MIN_ANSWERS,
            max_priorities: mip::scoring::MAX_PRIORITIES,
            workshops_url: cx.url(&ContentPath::new("workshops/_index.md")),
            pillars,
            workshops,
        }
    }
}
