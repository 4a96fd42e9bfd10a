//! `self-assessment.md`, the introduction followed by the online
//! self-assessment, and `mentors/toolkit.md`, the introduction followed by
//! the printable offline assessment toolkit. Both show the questionnaire.

use serde::Serialize;

use mip::PillarId;

use super::Kind;
use crate::content::ContentPath;
use crate::render::PageCx;

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

#[derive(Serialize)]
struct QuestionnairePillarCtx<'a> {
    id: PillarId,
    number: usize,
    /// The pillar's guide in this locale, which lists its workshops.
    url: String,
    items: Vec<&'a str>,
}

#[derive(Serialize)]
struct QuestionnaireCtx<'a> {
    version: &'a str,
    endpoint: &'a str,
    scale: Vec<u8>,
    min_answers: usize,
    pillars: Vec<QuestionnairePillarCtx<'a>>,
}

impl<'a> QuestionnaireCtx<'a> {
    fn new(cx: &PageCx<'a>) -> QuestionnaireCtx<'a> {
        let q = mip::Questionnaire::builtin();
        QuestionnaireCtx {
            version: &q.version,
            endpoint: &cx.site.config.assessment_endpoint,
            scale: mip::AnswerValue::all().map(mip::AnswerValue::get).collect(),
            min_answers: mip::scoring::MIN_ANSWERS,
            pillars: q
                .pillars
                .iter()
                .map(|p| QuestionnairePillarCtx {
                    id: p.id,
                    number: p.id.number(),
                    url: cx.url(&ContentPath::pillar_guide(p.id)),
                    items: p.items.iter().map(mip::ItemId::as_str).collect(),
                })
                .collect(),
        }
    }
}
