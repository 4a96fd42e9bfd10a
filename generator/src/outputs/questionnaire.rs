//! `questionnaire.json`: the self-assessment's ids, scale and version, for
//! clients and tests.

use serde::Serialize;

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::deps::{Input, Reads};
use crate::load::Loaded;

pub struct QuestionnaireJson;

// Fields in alphabetical order, as the file has always had them.
#[derive(Serialize)]
struct Json<'a> {
    endpoint: &'a str,
    max_priorities: usize,
    min_answers: usize,
    pillars: Vec<Pillar<'a>>,
    scale: Scale,
    version: &'a str,
}

#[derive(Serialize)]
struct Scale {
    skip: &'static str,
    values: Vec<u8>,
}

#[derive(Serialize)]
struct Pillar<'a> {
    id: mip::PillarId,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    message: String,
    /// The workshops that build the skill: file names under
    /// `content/<locale>/workshops/`, without `.md`.
    workshops: &'a [mip::WorkshopId],
    /// A heading anchor in the pillar's guide, if one is named.
    #[serde(skip_serializing_if = "Option::is_none")]
    guide: Option<&'a str>,
}

impl OutputKind for QuestionnaireJson {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("questionnaire.json".into(), Key::Site)]
    }

    fn render(&self, _key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        reads.add(Input::Global);
        let q = mip::Questionnaire::builtin();
        let json = Json {
            version: &q.version,
            endpoint: &cx.loaded.site.config.assessment_endpoint,
            scale: Scale {
                values: mip::AnswerValue::all().map(mip::AnswerValue::get).collect(),
                skip: "leave the statement out of `answers`",
            },
            min_answers: mip::scoring::MIN_ANSWERS,
            max_priorities: mip::scoring::MAX_PRIORITIES,
            pillars: q
                .pillars
                .iter()
                .map(|p| Pillar {
                    id: p.id,
                    items: p
                        .statements
                        .iter()
                        .map(|s| Item {
                            id: s.id.as_str(),
                            message: format!("q-{}", s.id),
                            workshops: &s.workshops,
                            guide: s.guide.as_deref(),
                        })
                        .collect(),
                })
                .collect(),
        };
        Rendered::ok(serde_json::to_string_pretty(&json).expect("JSON serialises"))
    }
}
