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
            pillars: q
                .pillars
                .iter()
                .map(|p| Pillar {
                    id: p.id,
                    items: p
                        .items
                        .iter()
                        .map(|i| Item {
                            id: i.as_str(),
                            message: format!("q-{i}"),
                        })
                        .collect(),
                })
                .collect(),
        };
        Rendered::ok(serde_json::to_string_pretty(&json).expect("JSON serialises"))
    }
}
