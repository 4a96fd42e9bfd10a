//! Checks `function/openapi.yaml` against the code it documents: the
//! statement ids, version, pillar ids, bands and error codes come from
//! `mip`, every status and header the handler returns for a set of real
//! requests is documented for that method, and the document's examples are
//! what the handler really does with them. The deployed function's own
//! refusal (403 without CloudFront's secret header) is documented too.

mod common;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use mip::api::{self, ErrorCode, Request, Response, Settings, MAX_BODY};
use mip::questionnaire::ITEMS_PER_PILLAR;
use mip::scoring::{Band, MIN_ANSWERS};
use mip::texts::Texts;
use mip::{PillarId, Questionnaire};
use serde_norway::Value;

const DOCUMENT: &str = include_str!("../openapi.yaml");
const PATH: &str = "/api/assessment";
const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";
const ORIGIN: &str = "https://mip.example.org";
/// The texts the function embeds, built once as the function does.
static TEXTS: LazyLock<Texts> = LazyLock::new(integra_function::embedded_texts);

fn document() -> Value {
    serde_norway::from_str(DOCUMENT).expect("function/openapi.yaml is valid YAML")
}

/// The value at `pointer` (`/`-separated keys), following `$ref`s on the
/// way; panics naming the pointer when there is nothing there.
fn at<'a>(doc: &'a Value, pointer: &str) -> &'a Value {
    let mut value = resolve(doc, doc);
    for key in pointer.split('/').filter(|k| !k.is_empty()) {
        let key = key.replace("~1", "/").replace("~0", "~");
        let next = match (value.as_sequence(), key.parse::<usize>()) {
            (Some(sequence), Ok(index)) => sequence.get(index),
            _ => value.get(key.as_str()),
        };
        value = next
            .map(|v| resolve(doc, v))
            .unwrap_or_else(|| panic!("openapi.yaml has nothing at `{pointer}` (no `{key}`)"));
    }
    value
}

/// `value`, or what its `$ref` (a `#/…` pointer) names.
fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("only local references are used, not `{reference}`"));
            at(doc, pointer)
        }
        None => value,
    }
}

fn keys(value: &Value) -> Vec<String> {
    value
        .as_mapping()
        .expect("a mapping")
        .keys()
        .map(|k| k.as_str().expect("string keys").to_string())
        .collect()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_sequence()
        .expect("a sequence")
        .iter()
        .map(|v| v.as_str().expect("strings").to_string())
        .collect()
}

fn settings() -> Settings {
    Settings {
        allowed_origins: vec![ORIGIN.to_string()],
        site_url: format!("{ORIGIN}/"),
    }
}

fn send(method: &str, content_type: Option<&str>, origin: Option<&str>, body: &[u8]) -> Response {
    api::handle(
        &Request {
            method,
            content_type,
            origin,
            body,
        },
        &settings(),
        &TEXTS,
    )
}

/// `application/x-www-form-urlencoded` from the document's form example;
/// the values are plain enough to need no escaping.
fn form_body(example: &Value) -> String {
    example
        .as_mapping()
        .expect("the form example is a mapping")
        .iter()
        .map(|(k, v)| format!("{}={}", k.as_str().unwrap(), v.as_str().unwrap()))
        .collect::<Vec<_>>()
        .join("&")
}

fn json_example(doc: &Value) -> serde_json::Value {
    let example = at(
        doc,
        "/paths/~1api~1assessment/post/requestBody/content/application~1json/examples/partial/value",
    );
    serde_json::to_value(example).expect("YAML example converts to JSON")
}

#[test]
fn the_statements_are_the_questionnaires() {
    let doc = document();
    let items: Vec<String> = Questionnaire::builtin()
        .items()
        .map(|i| i.to_string())
        .collect();

    let answers = at(&doc, "/components/schemas/Answers");
    assert_eq!(
        keys(at(answers, "/properties")),
        items,
        "JSON `answers` properties"
    );
    assert_eq!(answers["additionalProperties"], Value::Bool(false));
    for item in &items {
        let answer = resolve(&doc, &answers["properties"][item.as_str()]);
        assert_eq!(answer["type"].as_str(), Some("integer"), "{item}");
        assert_eq!(answer["minimum"].as_u64(), Some(1), "{item}");
        assert_eq!(answer["maximum"].as_u64(), Some(5), "{item}");
    }

    let request = at(&doc, "/components/schemas/AssessmentRequest");
    assert_eq!(request["additionalProperties"], Value::Bool(false));
    assert_eq!(strings(&request["required"]), ["version", "answers"]);
    assert_eq!(
        at(request, "/properties/version/type").as_str(),
        Some("string")
    );

    assert_eq!(
        strings(&request["required"]),
        ["version", "answers"],
        "`page` stays optional"
    );
    assert_eq!(
        request["properties"]["page"]["anyOf"][0]["$ref"].as_str(),
        Some("#/components/schemas/PageUrl")
    );

    // The form names statements by position: `s1` is the first statement.
    let form = at(&doc, "/components/schemas/AssessmentForm");
    let mut fields = vec![
        "version".to_string(),
        "lang".to_string(),
        "page".to_string(),
    ];
    fields.extend((1..=items.len()).map(|n| format!("s{n}")));
    assert_eq!(keys(at(form, "/properties")), fields, "form properties");
    assert_eq!(form["additionalProperties"], Value::Bool(false));
    for (n, item) in items.iter().enumerate() {
        let field = &form["properties"][format!("s{}", n + 1).as_str()];
        assert_eq!(
            field["description"].as_str(),
            Some(item.as_str()),
            "s{}",
            n + 1
        );
        let answer = resolve(&doc, field);
        assert_eq!(
            strings(&answer["enum"]),
            ["1", "2", "3", "4", "5", "skip", ""],
            "{item}"
        );
    }
}

#[test]
fn the_version_examples_are_the_builtin_version() {
    let doc = document();
    let version = &Questionnaire::builtin().version;
    for pointer in [
        "/components/schemas/AssessmentRequest/properties/version/examples/0",
        "/components/schemas/AssessmentForm/properties/version/examples/0",
        "/components/schemas/Report/properties/version/examples/0",
        "/paths/~1api~1assessment/post/requestBody/content/application~1json/examples/partial/value/version",
        "/paths/~1api~1assessment/post/requestBody/content/application~1x-www-form-urlencoded/examples/partial/value/version",
        "/paths/~1api~1assessment/post/responses/200/content/application~1json/examples/partial/value/version",
    ] {
        assert_eq!(at(&doc, pointer).as_str(), Some(version.as_str()), "{pointer}");
    }
}

#[test]
fn pillar_ids_bands_and_limits_are_the_codes() {
    let doc = document();
    let pillars: Vec<&str> = PillarId::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(
        strings(at(&doc, "/components/schemas/PillarId/enum")),
        pillars
    );
    assert_eq!(
        at(
            &doc,
            "/components/schemas/Report/properties/pillars/minItems"
        )
        .as_u64(),
        Some(PillarId::ALL.len() as u64)
    );

    let bands: Vec<String> = Band::ALL
        .into_iter()
        .map(|b| {
            let serialised = serde_norway::to_value(b).unwrap();
            assert_eq!(serialised.as_str(), Some(b.id()));
            b.id().to_string()
        })
        .collect();
    assert_eq!(strings(at(&doc, "/components/schemas/Band/enum")), bands);
    assert!(at(&doc, "/components/schemas/Band/description")
        .as_str()
        .unwrap()
        .contains(&format!("fewer than {MIN_ANSWERS}")));

    let items = at(&doc, "/components/schemas/PillarScore/properties/items");
    assert_eq!(
        items["minimum"].as_u64(),
        Some(*ITEMS_PER_PILLAR.start() as u64)
    );
    assert_eq!(
        items["maximum"].as_u64(),
        Some(*ITEMS_PER_PILLAR.end() as u64)
    );

    let too_large = at(&doc, "/components/responses/TooLarge/description");
    assert!(too_large.as_str().unwrap().contains(&MAX_BODY.to_string()));
}

/// The refusal of the Lambda adapter itself, before the handler: a request
/// without CloudFront's secret header.
const FORBIDDEN: (u16, &str) = (403, "forbidden");

/// Every refusal the endpoint can make: its status and code.
fn refusals() -> BTreeSet<(u16, String)> {
    ErrorCode::ALL
        .into_iter()
        .map(|code| (code.status(), code.as_str().to_string()))
        .chain([(FORBIDDEN.0, FORBIDDEN.1.to_string())])
        .collect()
}

/// What the deployed function answers to `method` without the secret
/// header, as a handler response.
fn send_without_secret(method: &str) -> Response {
    let mut event = common::Event::new(common::Shape::FunctionUrl).method(method);
    if method != "POST" {
        event = event.no_body();
    }
    let reply = integra_function::respond(
        &event.request(),
        &integra_function::OriginSecret::new("a secret the request does not carry"),
        &settings(),
        &TEXTS,
    );
    let headers = reply
        .headers()
        .iter()
        .map(|(name, value)| {
            // Leaked once per test run: the handler's headers are static.
            let name: &'static str = Box::leak(name.as_str().to_string().into_boxed_str());
            (name, value.to_str().expect("ASCII").to_string())
        })
        .collect();
    let body = match reply.body() {
        lambda_http::Body::Text(text) => text.clone().into_bytes(),
        other => panic!("a text body, not {other:?}"),
    };
    Response {
        status: reply.status().as_u16(),
        headers,
        body,
    }
}

#[test]
fn every_error_code_is_documented() {
    let doc = document();
    let error = at(
        &doc,
        "/components/schemas/Error/properties/error/properties",
    );
    let codes: BTreeSet<String> = strings(&error["code"]["enum"]).into_iter().collect();
    let statuses: BTreeSet<u64> = error["status"]["enum"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|s| s.as_u64().unwrap())
        .collect();
    let refusals = refusals();
    assert_eq!(
        codes,
        refusals.iter().map(|(_, c)| c.clone()).collect(),
        "Error.code enum"
    );
    assert_eq!(
        statuses,
        refusals.iter().map(|(s, _)| u64::from(*s)).collect(),
        "Error.status enum"
    );
}

/// A request to send to the handler.
struct Case {
    name: &'static str,
    method: &'static str,
    content_type: Option<&'static str>,
    origin: Option<&'static str>,
    body: Vec<u8>,
}

fn case(
    name: &'static str,
    method: &'static str,
    content_type: Option<&'static str>,
    origin: Option<&'static str>,
    body: Vec<u8>,
) -> Case {
    Case {
        name,
        method,
        content_type,
        origin,
        body,
    }
}

/// Requests that reach every status and every refusal of the handler.
fn cases(doc: &Value) -> Vec<Case> {
    let example = serde_json::to_vec(&json_example(doc)).unwrap();
    let form = form_body(at(
        doc,
        "/paths/~1api~1assessment/post/requestBody/content/application~1x-www-form-urlencoded/examples/partial/value",
    ));
    let json = |text: &str| text.as_bytes().to_vec();
    let v = &Questionnaire::builtin().version;
    vec![
        case("preflight", "OPTIONS", None, None, vec![]),
        case("allowed preflight", "OPTIONS", None, Some(ORIGIN), vec![]),
        case("example", "POST", Some(JSON), Some(ORIGIN), example.clone()),
        case(
            "charset",
            "POST",
            Some("Application/JSON; charset=utf-8"),
            None,
            example.clone(),
        ),
        case(
            "other origin",
            "POST",
            Some(JSON),
            Some("https://elsewhere.example"),
            example.clone(),
        ),
        case(
            "no answers",
            "POST",
            Some(JSON),
            None,
            json(&format!(r#"{{"version":"{v}","answers":{{}}}}"#)),
        ),
        case("not JSON", "POST", Some(JSON), None, json("{")),
        case(
            "missing version",
            "POST",
            Some(JSON),
            None,
            json(r#"{"answers":{}}"#),
        ),
        case(
            "extra field",
            "POST",
            Some(JSON),
            None,
            json(&format!(r#"{{"version":"{v}","answers":{{}},"name":"x"}}"#)),
        ),
        case(
            "string answer",
            "POST",
            Some(JSON),
            None,
            json(&format!(
                r#"{{"version":"{v}","answers":{{"health-emergency":"3"}}}}"#
            )),
        ),
        case(
            "old version",
            "POST",
            Some(JSON),
            None,
            json(r#"{"version":"0.0","answers":{}}"#),
        ),
        case(
            "unknown item",
            "POST",
            Some(JSON),
            None,
            json(&format!(
                r#"{{"version":"{v}","answers":{{"health-x":3}}}}"#
            )),
        ),
        case(
            "six",
            "POST",
            Some(JSON),
            None,
            json(&format!(
                r#"{{"version":"{v}","answers":{{"health-emergency":6}}}}"#
            )),
        ),
        case(
            "fraction",
            "POST",
            Some(JSON),
            None,
            json(&format!(
                r#"{{"version":"{v}","answers":{{"health-emergency":3.5}}}}"#
            )),
        ),
        case("no media type", "POST", None, None, example.clone()),
        case("text", "POST", Some("text/plain"), None, example.clone()),
        case(
            "too large",
            "POST",
            Some(JSON),
            None,
            vec![b' '; MAX_BODY + 1],
        ),
        case("GET", "GET", None, None, vec![]),
        case("PUT", "PUT", Some(JSON), Some(ORIGIN), example.clone()),
        case("PATCH", "PATCH", Some(JSON), None, example.clone()),
        case("DELETE", "DELETE", None, None, vec![]),
        case(
            "form example",
            "POST",
            Some(FORM),
            Some(ORIGIN),
            form.clone().into_bytes(),
        ),
        case(
            "form without version",
            "POST",
            Some(FORM),
            None,
            b"lang=it".to_vec(),
        ),
        case(
            "form field twice",
            "POST",
            Some(FORM),
            None,
            format!("version={v}&lang=en&lang=fr").into_bytes(),
        ),
        case(
            "form badly encoded",
            "POST",
            Some(FORM),
            None,
            b"version=%zz".to_vec(),
        ),
        case(
            "form not UTF-8",
            "POST",
            Some(FORM),
            None,
            b"version=\xff".to_vec(),
        ),
        case(
            "form old version",
            "POST",
            Some(FORM),
            None,
            b"version=0.0".to_vec(),
        ),
        case(
            "form unknown field",
            "POST",
            Some(FORM),
            None,
            format!("version={v}&submit=1").into_bytes(),
        ),
        case(
            "form out of range",
            "POST",
            Some(FORM),
            None,
            format!("version={v}&s19=7").into_bytes(),
        ),
        case(
            "form too large",
            "POST",
            Some(FORM),
            None,
            vec![b'a'; MAX_BODY + 1],
        ),
        case("form GET", "GET", Some(FORM), None, vec![]),
    ]
}

#[test]
fn every_status_and_header_the_handler_returns_is_documented() {
    let doc = document();
    let mut refusals_seen = BTreeSet::new();
    let mut post_statuses_seen = BTreeSet::new();
    let answers = cases(&doc)
        .into_iter()
        .map(
            |Case {
                 name,
                 method,
                 content_type,
                 origin,
                 body,
             }| (name, method, send(method, content_type, origin, &body)),
        )
        .chain(["POST", "OPTIONS", "GET"].map(|method| {
            (
                "without the secret header",
                method,
                send_without_secret(method),
            )
        }));
    for (name, method, response) in answers {
        let status = response.status.to_string();
        let operation = match method {
            "POST" | "OPTIONS" => {
                format!("/paths/~1api~1assessment/{}", method.to_ascii_lowercase())
            }
            _ => "/paths/~1api~1assessment/x-other-methods".to_string(),
        };
        let documented = at(&doc, &operation)["responses"]
            .get(status.as_str())
            .map(|r| resolve(&doc, r))
            .unwrap_or_else(|| panic!("{name}: {method} {PATH} returned {status}, which is not documented for {method}"));
        if method == "POST" {
            post_statuses_seen.insert(status.clone());
        }

        // Every header but Content-Type (which the document states as the
        // media type) is documented for this response.
        let headers: Vec<String> = documented
            .get("headers")
            .map(keys)
            .unwrap_or_default()
            .iter()
            .map(|h| h.to_ascii_lowercase())
            .collect();
        for (header, value) in &response.headers {
            if *header == "content-type" {
                continue;
            }
            assert!(
                headers.contains(&header.to_string()),
                "{name}: header `{header}: {value}` of {status} is not documented"
            );
            if let Some(constant) = resolve(
                &doc,
                &documented["headers"][header_name(documented, header)],
            )["schema"]["const"]
                .as_str()
            {
                assert_eq!(constant, value, "{name}: header `{header}`");
            }
        }

        // The media type is documented, and so is an error's code.
        match response.header("content-type") {
            None => assert!(
                response.body.is_empty(),
                "{name}: a body without a media type"
            ),
            Some(content_type) => {
                let media_type = content_type.split(';').next().unwrap().trim();
                let content = &documented["content"];
                assert!(
                    content.get(media_type).is_some(),
                    "{name}: {status} answered with {media_type}, which is not documented"
                );
                if media_type == JSON && response.status >= 400 {
                    let error: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
                    assert_eq!(error["error"]["status"], response.status, "{name}");
                    let code = error["error"]["code"].as_str().unwrap().to_string();
                    let description = documented["description"].as_str().unwrap();
                    assert!(
                        description.contains(&format!("`{code}`")),
                        "{name}: code `{code}` is not named in the description of {status}"
                    );
                    refusals_seen.insert((response.status, code));
                }
            }
        }
    }

    assert_eq!(
        refusals_seen,
        refusals(),
        "the cases above should reach every mip::api::ErrorCode, each with its status"
    );
    let post_documented: BTreeSet<String> =
        keys(at(&doc, "/paths/~1api~1assessment/post/responses"))
            .into_iter()
            .collect();
    assert_eq!(
        post_documented, post_statuses_seen,
        "every documented POST status is reached by a case"
    );
}

/// The header's name as the document spells it.
fn header_name<'a>(response: &'a Value, header: &str) -> &'a str {
    response["headers"]
        .as_mapping()
        .unwrap()
        .keys()
        .filter_map(Value::as_str)
        .find(|k| k.eq_ignore_ascii_case(header))
        .unwrap()
}

#[test]
fn the_examples_are_what_the_handler_does() {
    let doc = document();
    let request = serde_json::to_vec(&json_example(&doc)).unwrap();
    let response = send("POST", Some(JSON), None, &request);
    assert_eq!(
        response.status,
        200,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    let report: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
    let documented = serde_json::to_value(at(
        &doc,
        "/paths/~1api~1assessment/post/responses/200/content/application~1json/examples/partial/value",
    ))
    .unwrap();
    assert_eq!(report, documented, "the documented report is the handler's");

    let form = form_body(at(
        &doc,
        "/paths/~1api~1assessment/post/requestBody/content/application~1x-www-form-urlencoded/examples/partial/value",
    ));
    let response = send("POST", Some(FORM), None, form.as_bytes());
    assert_eq!(
        response.status,
        200,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(
        response.header("content-type"),
        Some("text/html; charset=utf-8")
    );

    // Each error example is the handler's own answer to some request.
    for (pointer, request) in [
        (
            "BadRequest/content/application~1json/example",
            br#"{"answers":{}}"#.to_vec(),
        ),
        (
            "VersionMismatch/content/application~1json/example",
            br#"{"version":"0.0","answers":{}}"#.to_vec(),
        ),
        (
            "TooLarge/content/application~1json/example",
            vec![b' '; MAX_BODY + 1],
        ),
        (
            "Unprocessable/content/application~1json/examples/unknown_item/value",
            format!(
                r#"{{"version":"{}","answers":{{"health-x":3}}}}"#,
                Questionnaire::builtin().version
            )
            .into_bytes(),
        ),
        (
            "Unprocessable/content/application~1json/examples/value_out_of_range/value",
            format!(
                r#"{{"version":"{}","answers":{{"health-emergency":6}}}}"#,
                Questionnaire::builtin().version
            )
            .into_bytes(),
        ),
    ] {
        let response = send("POST", Some(JSON), None, &request);
        let body: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
        let example =
            serde_json::to_value(at(&doc, &format!("/components/responses/{pointer}"))).unwrap();
        assert_eq!(body, example, "{pointer}");
    }
    let body: serde_json::Value =
        serde_json::from_slice(&send("POST", None, None, b"{}").body).unwrap();
    let example = serde_json::to_value(at(
        &doc,
        "/components/responses/UnsupportedMediaType/content/application~1json/example",
    ))
    .unwrap();
    assert_eq!(body, example, "UnsupportedMediaType");
    let body: serde_json::Value =
        serde_json::from_slice(&send("GET", None, None, b"").body).unwrap();
    let example = serde_json::to_value(at(
        &doc,
        "/components/responses/MethodNotAllowed/content/application~1json/example",
    ))
    .unwrap();
    assert_eq!(body, example, "MethodNotAllowed");
    let body: serde_json::Value =
        serde_json::from_slice(&send_without_secret("POST").body).unwrap();
    let example = serde_json::to_value(at(
        &doc,
        "/components/responses/Forbidden/content/application~1json/example",
    ))
    .unwrap();
    assert_eq!(body, example, "Forbidden");
}
