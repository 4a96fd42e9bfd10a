//! Real Lambda events for the function's tests, one file per event shape in
//! `tests/events/`, and variants of them built in code (another method,
//! header or body), so that each case differs from a real event only where
//! it says. Also the checks of a JSON report and a JSON error that the
//! tests share.

// Each test binary uses part of this module.
#![allow(dead_code)]

use base64::Engine;
use serde_json::{json, Map, Value};

/// The site that may call the function from a browser in these tests.
pub const ORIGIN: &str = "https://mip.example.org";
pub const OTHER_ORIGIN: &str = "https://elsewhere.example.net";
pub const JSON: &str = "application/json";
pub const FORM: &str = "application/x-www-form-urlencoded";

/// The ways a request reaches the function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// API Gateway REST API, Lambda proxy integration (payload 1.0).
    RestV1,
    /// API Gateway HTTP API (payload 2.0).
    HttpV2,
    /// Lambda Function URL (payload 2.0, `*.lambda-url.<region>.on.aws`).
    FunctionUrl,
}

impl Shape {
    pub const ALL: [Shape; 3] = [Shape::RestV1, Shape::HttpV2, Shape::FunctionUrl];

    /// The event as AWS sends it for a valid JSON POST.
    pub fn base(self) -> &'static str {
        match self {
            Shape::RestV1 => include_str!("../events/apigw-rest-v1.json"),
            Shape::HttpV2 => include_str!("../events/apigw-http-v2.json"),
            Shape::FunctionUrl => include_str!("../events/function-url.json"),
        }
    }
}

/// An event to send to the function.
#[derive(Clone, Debug)]
pub struct Event {
    pub shape: Shape,
    json: Value,
}

impl Event {
    /// The shape's real event, unchanged: a valid JSON POST from [`ORIGIN`]
    /// with the answers of [`valid_answers`].
    pub fn new(shape: Shape) -> Event {
        let json = serde_json::from_str(shape.base())
            .unwrap_or_else(|e| panic!("tests/events for {shape:?} is JSON: {e}"));
        Event { shape, json }
    }

    pub fn method(mut self, method: &str) -> Event {
        match self.shape {
            Shape::RestV1 => {
                self.json["httpMethod"] = json!(method);
                self.json["requestContext"]["httpMethod"] = json!(method);
            }
            Shape::HttpV2 => {
                // An HTTP API route that lets this method through.
                let route = format!("{method} /api/assessment");
                self.json["routeKey"] = json!(route);
                self.json["requestContext"]["routeKey"] = json!(route);
                self.json["requestContext"]["http"]["method"] = json!(method);
            }
            Shape::FunctionUrl => {
                self.json["requestContext"]["http"]["method"] = json!(method);
            }
        }
        self
    }

    /// Sets header `name` (replacing any value under any case), as API
    /// Gateway would pass it: REST APIs keep the client's case in
    /// `headers` and `multiValueHeaders`, payload 2.0 lowercases.
    pub fn header(mut self, name: &str, value: &str) -> Event {
        self = self.without_header(name);
        match self.shape {
            Shape::RestV1 => {
                self.headers("headers").insert(name.into(), json!(value));
                self.headers("multiValueHeaders")
                    .insert(name.into(), json!([value]));
            }
            Shape::HttpV2 | Shape::FunctionUrl => {
                self.headers("headers")
                    .insert(name.to_ascii_lowercase(), json!(value));
            }
        }
        self
    }

    pub fn without_header(mut self, name: &str) -> Event {
        for field in ["headers", "multiValueHeaders"] {
            if self.json.get(field).is_some_and(Value::is_object) {
                self.headers(field)
                    .retain(|key, _| !key.eq_ignore_ascii_case(name));
            }
        }
        self
    }

    pub fn content_type(self, value: &str) -> Event {
        self.header("content-type", value)
    }

    /// A text body, as API Gateway passes one (not base64-encoded).
    pub fn body(mut self, body: &str) -> Event {
        self.json["body"] = json!(body);
        self.json["isBase64Encoded"] = json!(false);
        self.set_content_length(body.len())
    }

    /// A body passed base64-encoded (`isBase64Encoded: true`), as API
    /// Gateway and Function URLs do for binary media types.
    pub fn base64_body(mut self, body: &[u8]) -> Event {
        self.json["body"] = json!(base64::engine::general_purpose::STANDARD.encode(body));
        self.json["isBase64Encoded"] = json!(true);
        self.set_content_length(body.len())
    }

    /// No body at all (`"body": null`), as for a GET or a preflight.
    pub fn no_body(mut self) -> Event {
        self.json["body"] = Value::Null;
        self.json["isBase64Encoded"] = json!(false);
        self.without_header("content-length")
            .without_header("content-type")
    }

    /// Payload 2.0 events carry the length the client sent; keep it true.
    fn set_content_length(self, length: usize) -> Event {
        let has_length = self.json["headers"]
            .as_object()
            .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case("content-length")));
        if has_length {
            self.header("content-length", &length.to_string())
        } else {
            self
        }
    }

    fn headers(&mut self, field: &str) -> &mut Map<String, Value> {
        if !self.json[field].is_object() {
            self.json[field] = json!({});
        }
        self.json[field].as_object_mut().expect("an object")
    }

    pub fn json(&self) -> &Value {
        &self.json
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.json).expect("an event serialises")
    }

    /// The request `lambda_http` makes of this event.
    pub fn request(&self) -> lambda_http::Request {
        lambda_http::request::from_str(&self.to_json())
            .unwrap_or_else(|e| panic!("lambda_http reads the {:?} event: {e}", self.shape))
    }
}

/// The questionnaire version the function scores.
pub fn version() -> &'static str {
    &mip::Questionnaire::builtin().version
}

/// The answers in every base event: health all 1 (score 0), housing all 5
/// (100), finance all 3 (50), one career answer (too few to score).
pub fn valid_answers() -> Value {
    let mut answers = Map::new();
    let pillars = &mip::Questionnaire::builtin().pillars;
    for (pillar, value) in [("health", 1), ("housing", 5), ("finance", 3)] {
        let items = pillars
            .iter()
            .find(|p| p.id.as_str() == pillar)
            .expect("a pillar")
            .items();
        for item in items {
            answers.insert(item.as_str().into(), json!(value));
        }
    }
    answers.insert("career-cv".into(), json!(5));
    Value::Object(answers)
}

/// A JSON request body with `answers` and the right version.
pub fn body_with(answers: Value) -> String {
    json!({"version": version(), "answers": answers}).to_string()
}

/// The same answers as the base events, as the self-assessment form posts
/// them in language `lang`, with every other statement sent as `skip`.
pub fn form_body(lang: &str) -> String {
    let answers = valid_answers();
    let mut pairs = vec![
        format!("version={}", version()),
        format!("lang={lang}"),
        format!("page=https%3A%2F%2Fmip.example.org%2F{lang}%2Fself-assessment%2F"),
    ];
    for item in mip::Questionnaire::builtin().items() {
        let value = answers
            .get(item.as_str())
            .map_or("skip".to_string(), |v| v.to_string());
        pairs.push(format!("{}={value}", field(item.as_str())));
    }
    pairs.join("&")
}

/// The form's name for statement `id`: `s` and its position, from 1.
pub fn field(id: &str) -> String {
    let position = mip::Questionnaire::builtin()
        .items()
        .position(|i| i.as_str() == id)
        .unwrap_or_else(|| panic!("{id} is a statement"));
    format!("s{}", position + 1)
}

/// Checks that `report` is exactly the report of [`valid_answers`]: the
/// documented shape, every pillar in programme order, and the scores.
pub fn assert_valid_report(report: &Value, context: &str) {
    assert_report_shape(report, context);
    let expected = [
        // id, score, band, answered
        ("education", None, "too-few", 0),
        ("community", None, "too-few", 0),
        ("health", Some(0), "work-on", 8),
        ("communication", None, "too-few", 0),
        ("career", None, "too-few", 1),
        ("finance", Some(50), "growing", 7),
        ("self-determination", None, "too-few", 0),
        ("bureaucracy", None, "too-few", 0),
        ("housing", Some(100), "strong", 8),
    ];
    for (pillar, (id, score, band, answered)) in report["pillars"]
        .as_array()
        .expect("pillars")
        .iter()
        .zip(expected)
    {
        assert_eq!(pillar["id"], id, "{context}: {pillar}");
        assert_eq!(pillar["score"], json!(score), "{context}: {pillar}");
        assert_eq!(pillar["band"], band, "{context}: {pillar}");
        assert_eq!(pillar["answered"], answered, "{context}: {pillar}");
        let items = mip::Questionnaire::builtin()
            .pillars
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(|p| p.statements.len());
        assert_eq!(pillar["items"], json!(items), "{context}: {pillar}");
    }
    assert_eq!(
        report["priorities"],
        json!(["health", "finance"]),
        "{context}"
    );
}

/// Checks the documented shape of a report, whatever the answers.
pub fn assert_report_shape(report: &Value, context: &str) {
    assert_eq!(
        keys(report),
        ["pillars", "priorities", "version"],
        "{context}: {report}"
    );
    assert_eq!(report["version"], version(), "{context}");
    let pillars = report["pillars"].as_array().expect("pillars is an array");
    let ids: Vec<&str> = pillars.iter().map(|p| p["id"].as_str().unwrap()).collect();
    let all: Vec<&str> = mip::PillarId::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(ids, all, "{context}: nine pillars in programme order");
    for pillar in pillars {
        assert_eq!(
            keys(pillar),
            ["answered", "band", "id", "items", "lowest", "score"],
            "{context}: {pillar}"
        );
        match &pillar["score"] {
            Value::Null => assert_eq!(pillar["band"], "too-few", "{context}"),
            score => assert!(
                score.as_u64().is_some_and(|s| s <= 100),
                "{context}: {pillar}"
            ),
        }
        assert!(
            ["work-on", "growing", "strong", "too-few"].contains(&pillar["band"].as_str().unwrap()),
            "{context}: {pillar}"
        );
    }
    for id in report["priorities"].as_array().expect("priorities") {
        assert!(
            all.contains(&id.as_str().expect("a pillar id")),
            "{context}: {id}"
        );
    }
}

/// Checks that `body` is `{"error": {"status", "code", "message"}}` with
/// this status and code, and a message that contains `names`.
pub fn assert_error(body: &Value, status: u16, code: &str, names: &str, context: &str) {
    assert_eq!(keys(body), ["error"], "{context}: {body}");
    let error = &body["error"];
    assert_eq!(
        keys(error),
        ["code", "message", "status"],
        "{context}: {body}"
    );
    assert_eq!(error["status"], status, "{context}: {body}");
    assert_eq!(error["code"], code, "{context}: {body}");
    let message = error["message"].as_str().expect("message is a string");
    assert!(
        message.contains(names),
        "{context}: the message should name `{names}`: {message}"
    );
}

pub fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap_or_else(|| panic!("an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    keys
}
