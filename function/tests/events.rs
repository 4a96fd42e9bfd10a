//! The function as Lambda calls it: real API Gateway REST (v1), HTTP API
//! (v2) and Function URL events, read by `lambda_http` and answered by
//! `integra_function::respond`. Every case runs for all three shapes.

mod common;

use common::{
    assert_error, assert_report_shape, assert_valid_report, body_with, field, form_body,
    valid_answers, version, Event, Shape, FORM, JSON, ORIGIN, OTHER_ORIGIN,
};
use std::sync::LazyLock;

use lambda_http::{Body, Response};
use mip::api::{Settings, MAX_BODY};
use mip::texts::Texts;
use serde_json::{json, Value};

/// The texts the function embeds, built once as the function does.
static TEXTS: LazyLock<Texts> = LazyLock::new(integra_function::embedded_texts);

fn settings() -> Settings {
    Settings {
        allowed_origins: vec![ORIGIN.into()],
        site_url: "https://mip.example.org/".into(),
    }
}

/// What the function answered, with the headers every answer must carry
/// already checked.
struct Reply {
    status: u16,
    response: Response<Body>,
    body: String,
    context: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        let mut values = self.response.headers().get_all(name).iter();
        let value = values.next()?;
        assert!(
            values.next().is_none(),
            "{}: {name} is sent once",
            self.context
        );
        Some(value.to_str().expect("an ASCII header"))
    }

    fn json(&self) -> Value {
        assert_eq!(
            self.header("content-type"),
            Some(JSON),
            "{}: {}",
            self.context,
            self.body
        );
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("{}: the body is JSON ({e}): {}", self.context, self.body))
    }

    fn html(&self) -> &str {
        assert_eq!(
            self.header("content-type"),
            Some("text/html; charset=utf-8"),
            "{}",
            self.context
        );
        &self.body
    }

    /// The JSON error the function answered, checked against the
    /// documented shape, status and code, with a message naming `names`.
    fn assert_error(&self, status: u16, code: &str, names: &str) {
        assert_eq!(self.status, status, "{}: {}", self.context, self.body);
        assert_error(&self.json(), status, code, names, &self.context);
    }
}

fn send(event: &Event, what: &str) -> Reply {
    let context = format!("{:?}, {what}", event.shape);
    let response = integra_function::respond(
        &event.request(),
        &integra_function::OriginSecret::none(),
        &settings(),
        &TEXTS,
    );
    let body = match response.body() {
        Body::Empty => String::new(),
        Body::Text(text) => text.clone(),
        other => panic!("{context}: the body is text, not {other:?}"),
    };
    let reply = Reply {
        status: response.status().as_u16(),
        response,
        body,
        context,
    };
    // Privacy and caching: true of every answer, scored or refused.
    assert_eq!(
        reply.header("cache-control"),
        Some("no-store"),
        "{}",
        reply.context
    );
    assert!(
        reply.header("set-cookie").is_none(),
        "{}: no cookies",
        reply.context
    );
    assert_eq!(
        reply.header("x-content-type-options"),
        Some("nosniff"),
        "{}",
        reply.context
    );
    assert_eq!(reply.header("vary"), Some("Origin"), "{}", reply.context);
    reply
}

fn each_shape(mut check: impl FnMut(Shape)) {
    for shape in Shape::ALL {
        check(shape);
    }
}

#[test]
fn the_event_files_are_what_aws_sends() {
    let rest = Event::new(Shape::RestV1);
    assert_eq!(rest.json()["httpMethod"], "POST");
    assert!(rest.json()["requestContext"]["domainName"]
        .as_str()
        .unwrap()
        .ends_with(".execute-api.eu-south-1.amazonaws.com"));
    assert_eq!(rest.json()["headers"]["Content-Type"], JSON);
    assert_eq!(
        rest.json()["multiValueHeaders"]["Content-Type"],
        json!([JSON])
    );

    let http = Event::new(Shape::HttpV2);
    assert_eq!(http.json()["version"], "2.0");
    assert_eq!(http.json()["requestContext"]["http"]["method"], "POST");
    assert!(http.json()["requestContext"]["domainName"]
        .as_str()
        .unwrap()
        .ends_with(".execute-api.eu-south-1.amazonaws.com"));

    let url = Event::new(Shape::FunctionUrl);
    assert_eq!(url.json()["version"], "2.0");
    assert_eq!(url.json()["routeKey"], "$default");
    let domain = url.json()["requestContext"]["domainName"].as_str().unwrap();
    assert!(
        domain.ends_with(".lambda-url.eu-south-1.on.aws"),
        "{domain}"
    );
    assert_eq!(url.json()["headers"]["host"], domain);

    each_shape(|shape| {
        let event = Event::new(shape);
        let body: Value = serde_json::from_str(event.json()["body"].as_str().unwrap()).unwrap();
        assert_eq!(
            body,
            json!({"version": version(), "answers": valid_answers()})
        );
        if let Some(length) = event.json()["headers"].get("content-length") {
            assert_eq!(
                length.as_str().unwrap(),
                event.json()["body"].as_str().unwrap().len().to_string()
            );
        }
        // lambda_http sees the method, headers and body of the event.
        let request = event.request();
        assert_eq!(request.method(), "POST", "{shape:?}");
        assert_eq!(request.headers()["content-type"], JSON, "{shape:?}");
        assert_eq!(request.headers()["origin"], ORIGIN, "{shape:?}");
    });
}

#[test]
fn a_valid_json_post_is_scored() {
    each_shape(|shape| {
        let reply = send(&Event::new(shape), "the real event");
        assert_eq!(reply.status, 200, "{}: {}", reply.context, reply.body);
        assert_valid_report(&reply.json(), &reply.context);
        assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN));
    });
}

#[test]
fn a_base64_encoded_body_is_decoded() {
    each_shape(|shape| {
        let body = body_with(valid_answers());
        let event = Event::new(shape).base64_body(body.as_bytes());
        assert_eq!(event.json()["isBase64Encoded"], true);
        assert_ne!(event.json()["body"], body.as_str());
        let reply = send(&event, "base64 body");
        assert_eq!(reply.status, 200, "{}: {}", reply.context, reply.body);
        assert_valid_report(&reply.json(), &reply.context);
    });
}

#[test]
fn media_type_parameters_and_case_are_ignored() {
    each_shape(|shape| {
        for content_type in ["application/json; charset=utf-8", "Application/JSON"] {
            let event = Event::new(shape).content_type(content_type);
            let reply = send(&event, content_type);
            assert_eq!(reply.status, 200, "{}: {}", reply.context, reply.body);
            assert_valid_report(&reply.json(), &reply.context);
        }
    });
}

#[test]
fn no_answers_at_all_is_a_valid_assessment() {
    each_shape(|shape| {
        let reply = send(&Event::new(shape).body(&body_with(json!({}))), "no answers");
        assert_eq!(reply.status, 200, "{}", reply.context);
        let report = reply.json();
        assert_report_shape(&report, &reply.context);
        for pillar in report["pillars"].as_array().unwrap() {
            assert_eq!(pillar["band"], "too-few");
            assert_eq!(pillar["answered"], 0);
        }
        assert_eq!(report["priorities"], json!([]));
    });
}

#[test]
fn malformed_json_is_400() {
    let valid = body_with(valid_answers());
    let truncated = &valid[..valid.len() - 2];
    let trailing = format!("{valid} {{");
    each_shape(|shape| {
        for (what, body) in [
            ("truncated", truncated),
            ("trailing garbage", trailing.as_str()),
            ("single quotes", "{'version': '2026.1', 'answers': {}}"),
            ("empty body", ""),
        ] {
            let reply = send(&Event::new(shape).body(body), what);
            reply.assert_error(400, "invalid_request", "not valid JSON");
        }
    });
}

#[test]
fn wrong_types_are_400_and_the_message_names_the_field() {
    let v = version();
    let cases = [
        (
            "answers is a list",
            json!({"version": v, "answers": []}),
            "`answers`",
        ),
        (
            "an answer is a string",
            json!({"version": v, "answers": {"health-emergency": "3"}}),
            "answers.health-emergency",
        ),
        (
            "an answer is null",
            json!({"version": v, "answers": {"health-emergency": null}}),
            "answers.health-emergency",
        ),
        (
            "an answer is true",
            json!({"version": v, "answers": {"health-emergency": true}}),
            "answers.health-emergency",
        ),
        (
            "the version is a number",
            json!({"version": 2026.1, "answers": {}}),
            "`version`",
        ),
        (
            "no version",
            json!({"answers": {"health-emergency": 3}}),
            "`version`",
        ),
        ("no answers", json!({"version": v}), "`answers`"),
        ("a list", json!([1, 2]), "`version` and `answers`"),
        ("a string", json!("2026.1"), "`version` and `answers`"),
    ];
    each_shape(|shape| {
        for (what, body, names) in &cases {
            let reply = send(&Event::new(shape).body(&body.to_string()), what);
            reply.assert_error(400, "invalid_request", names);
        }
    });
}

#[test]
fn an_unknown_top_level_field_is_400_and_its_value_is_not_repeated() {
    let mut body = json!({"version": version(), "answers": valid_answers()});
    body["name"] = json!("Amira Haddad");
    each_shape(|shape| {
        let reply = send(&Event::new(shape).body(&body.to_string()), "a name");
        reply.assert_error(400, "invalid_request", "unknown field");
        assert!(!reply.body.contains("Amira"), "{}", reply.body);
        assert!(!reply.body.contains("name"), "{}", reply.body);
    });
}

#[test]
fn an_unknown_statement_is_422() {
    let mut answers = valid_answers();
    answers["health-xray"] = json!(3);
    each_shape(|shape| {
        let reply = send(
            &Event::new(shape).body(&body_with(answers.clone())),
            "unknown id",
        );
        reply.assert_error(422, "unknown_item", "answers");
        assert!(
            !reply.body.contains("xray"),
            "the key is the client's: {}",
            reply.body
        );
    });
}

#[test]
fn the_same_statement_twice_is_400_not_the_last_one_wins() {
    let body = format!(
        r#"{{"version":"{}","answers":{{"health-emergency":1,"health-emergency":5}}}}"#,
        version()
    );
    each_shape(|shape| {
        let reply = send(&Event::new(shape).body(&body), "a repeated statement");
        reply.assert_error(400, "invalid_request", "answers.health-emergency");
    });
}

#[test]
fn a_page_address_gets_the_hand_over_link_and_its_qr_code() {
    let page = "https://mip.example.org/fa/self-assessment/";
    let body = json!({"version": version(), "answers": valid_answers(), "page": page}).to_string();
    let digits: String = mip::Questionnaire::builtin()
        .items()
        .map(|item| {
            valid_answers()
                .get(item.as_str())
                .map_or("0".to_string(), |v| v.to_string())
        })
        .collect();
    each_shape(|shape| {
        let reply = send(&Event::new(shape).body(&body), "with page");
        assert_eq!(reply.status, 200, "{}: {}", reply.context, reply.body);
        let mut report = reply.json();
        let handover = report
            .as_object_mut()
            .unwrap()
            .remove("handover")
            .expect("a handover");
        assert_valid_report(&report, &reply.context);
        assert_eq!(
            handover["link"],
            format!("{page}#r={}~{digits}", version()),
            "{}",
            reply.context
        );
        let size = handover["qr"]["size"].as_u64().unwrap() as usize;
        let modules = handover["qr"]["modules"].as_str().unwrap();
        assert_eq!(modules.len(), size * size);
        assert!(modules.bytes().all(|b| b == b'0' || b == b'1'));
    });
    // Without `page`, no hand-over: the documented report only.
    let reply = send(&Event::new(Shape::ALL[0]), "without page");
    assert!(reply.json().get("handover").is_none(), "{}", reply.body);
}

#[test]
fn a_hostile_page_address_is_400_and_not_repeated() {
    for page in [
        json!("javascript:alert(document.cookie)"),
        json!("https://mip.example.org/en/self-assessment/#r=evil"),
        json!(format!("https://evil.example/{}", "a".repeat(400))),
        json!("https://evil.example/<script>"),
        json!(42),
    ] {
        let body =
            json!({"version": version(), "answers": valid_answers(), "page": page}).to_string();
        let reply = send(&Event::new(Shape::ALL[0]).body(&body), "hostile page");
        reply.assert_error(400, "invalid_request", "page");
        assert!(!reply.body.contains("evil"), "{}", reply.body);
        assert!(!reply.body.contains("javascript"), "{}", reply.body);
    }
}

#[test]
fn an_answer_off_the_scale_is_refused_without_repeating_it() {
    let mut answers = valid_answers();
    answers["health-emergency"] = json!(987654);
    each_shape(|shape| {
        let reply = send(
            &Event::new(shape).body(&body_with(answers.clone())),
            "987654",
        );
        reply.assert_error(422, "value_out_of_range", "answers.health-emergency");
        assert!(!reply.body.contains("987654"), "{}", reply.body);
    });
}

#[test]
fn an_answer_off_the_scale_is_422() {
    each_shape(|shape| {
        for value in [json!(0), json!(6), json!(-1), json!(3.5), json!(1u64 << 63)] {
            let mut answers = valid_answers();
            answers["health-emergency"] = value.clone();
            let reply = send(
                &Event::new(shape).body(&body_with(answers)),
                &format!("value {value}"),
            );
            reply.assert_error(422, "value_out_of_range", "answers.health-emergency");
        }
    });
}

#[test]
fn another_questionnaire_version_is_409() {
    each_shape(|shape| {
        let body = json!({"version": "2025.9", "answers": valid_answers()});
        let reply = send(&Event::new(shape).body(&body.to_string()), "old version");
        reply.assert_error(409, "version_mismatch", "version");
        let message = reply.json()["error"]["message"].to_string();
        assert!(message.contains(version()), "{message}");
        assert!(!message.contains("2025.9"), "{message}");
    });
}

#[test]
fn a_body_over_32_kib_is_413_and_one_at_the_limit_is_read() {
    let valid = body_with(valid_answers());
    // Valid JSON padded with spaces to exactly the limit, then one more.
    let at_limit = format!("{valid}{}", " ".repeat(MAX_BODY - valid.len()));
    assert_eq!(at_limit.len(), 32 * 1024);
    let over = format!("{at_limit} ");
    each_shape(|shape| {
        let reply = send(&Event::new(shape).body(&at_limit), "at the limit");
        assert_eq!(reply.status, 200, "{}", reply.context);
        assert_valid_report(&reply.json(), &reply.context);

        let reply = send(&Event::new(shape).body(&over), "one byte over");
        reply.assert_error(413, "too_large", "body");

        let huge = "x".repeat(1024 * 1024);
        let reply = send(&Event::new(shape).base64_body(huge.as_bytes()), "1 MiB");
        reply.assert_error(413, "too_large", "body");
    });
}

#[test]
fn other_methods_are_405_with_allow() {
    each_shape(|shape| {
        for method in ["GET", "PUT", "DELETE", "PATCH"] {
            let mut event = Event::new(shape).method(method);
            if method == "GET" {
                event = event.no_body();
            }
            let reply = send(&event, method);
            assert_eq!(reply.header("allow"), Some("POST, OPTIONS"));
            reply.assert_error(405, "method_not_allowed", method);
        }
    });
}

#[test]
fn other_media_types_are_415() {
    each_shape(|shape| {
        for content_type in [Some("text/plain"), Some("multipart/form-data"), None] {
            let event = match content_type {
                Some(content_type) => Event::new(shape).content_type(content_type),
                None => Event::new(shape).without_header("content-type"),
            };
            let reply = send(&event, &format!("{content_type:?}"));
            reply.assert_error(415, "unsupported_media_type", "application/json");
        }
    });
}

#[test]
fn a_preflight_from_the_site_is_allowed() {
    each_shape(|shape| {
        let event = Event::new(shape)
            .method("OPTIONS")
            .no_body()
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type");
        let reply = send(&event, "preflight from the site");
        assert_eq!(reply.status, 204, "{}", reply.context);
        assert_eq!(reply.body, "");
        assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN));
        let methods = reply.header("access-control-allow-methods").unwrap();
        assert!(methods.contains("POST"), "{methods}");
        let headers = reply.header("access-control-allow-headers").unwrap();
        assert!(headers.eq_ignore_ascii_case("content-type"), "{headers}");
        assert!(reply.header("access-control-allow-credentials").is_none());
    });
}

#[test]
fn other_origins_get_no_cors_headers() {
    each_shape(|shape| {
        for origin in [
            OTHER_ORIGIN,
            "https://mip.example.org.evil.example",
            "http://mip.example.org",
            "null",
        ] {
            let preflight = Event::new(shape)
                .method("OPTIONS")
                .no_body()
                .header("origin", origin)
                .header("access-control-request-method", "POST")
                .header("access-control-request-headers", "content-type");
            let reply = send(&preflight, &format!("preflight from {origin}"));
            assert_eq!(reply.status, 204, "{}", reply.context);
            assert!(
                reply.header("access-control-allow-origin").is_none(),
                "{}",
                reply.context
            );
            assert!(reply.header("access-control-allow-methods").is_none());

            // The POST itself is scored (the browser will not show it).
            let post = Event::new(shape).header("origin", origin);
            let reply = send(&post, &format!("POST from {origin}"));
            assert_eq!(reply.status, 200, "{}", reply.context);
            assert!(reply.header("access-control-allow-origin").is_none());
        }
    });
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The Arabic text of `id`, checked to be Arabic, as the page shows it.
fn arabic(id: &str) -> String {
    let ar = TEXTS.locale("ar").expect("Arabic is configured");
    let text = TEXTS.text(ar, id, &[]);
    assert!(
        text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{id} is translated into Arabic: {text}"
    );
    escape(&text)
}

#[test]
fn a_form_post_gets_an_arabic_results_page() {
    let body = form_body("ar");
    let emergency = field("health-emergency");
    assert!(body.contains(&format!("&{emergency}=1&")), "{body}");
    assert!(body.contains("=skip&"), "{body}");
    each_shape(|shape| {
        let text = Event::new(shape).content_type(FORM).body(&body);
        // Function URLs and HTTP APIs may pass the form base64-encoded.
        let base64 = Event::new(shape)
            .content_type(FORM)
            .base64_body(body.as_bytes());
        for (event, what) in [(text, "form"), (base64, "base64 form")] {
            let reply = send(&event, what);
            assert_eq!(reply.status, 200, "{}: {}", reply.context, reply.body);
            let page = reply.html();
            assert!(page.starts_with("<!doctype html>"), "{page}");
            assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
            for id in [
                "assessment-results-heading",
                "assessment-work-on",
                "pillar-health",
                "pillar-finance",
                "pillar-housing",
                "band-work-on",
                "band-growing",
                "band-strong",
                "band-too-few",
            ] {
                assert!(
                    page.contains(&arabic(id)),
                    "{}: {id} in {page}",
                    reply.context
                );
            }
            assert!(page.contains("https://mip.example.org/ar/pillars/health/"));
            // The hand-over code for the page the form came from; the link
            // itself, which holds every answer, is not written out.
            assert!(page.contains(&arabic("handover-heading")), "{page}");
            assert!(
                page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
                "{page}"
            );
            assert!(!page.contains("#r="), "{page}");
            assert!(!page.contains("Your results"), "no English: {page}");
            assert!(!page.contains("<script"), "self-contained: {page}");
            // Its policy allows its one inline stylesheet, by its hash,
            // and no script.
            let policy = reply
                .header("content-security-policy")
                .expect("a policy")
                .to_string();
            let style = page
                .split("<style>")
                .nth(1)
                .and_then(|rest| rest.split("</style>").next())
                .expect("an inline stylesheet");
            let hash = {
                use base64::Engine;
                use sha2::Digest;
                base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style))
            };
            assert!(
                policy.contains(&format!("style-src 'sha256-{hash}'")),
                "{policy}"
            );
            assert!(policy.contains("default-src 'none'"), "{policy}");
            assert!(!policy.contains("unsafe-inline"), "{policy}");
            assert!(
                !page.contains(" style=\""),
                "no inline style attributes: {page}"
            );
        }
    });
}

#[test]
fn a_refused_form_post_gets_an_arabic_error_page() {
    let emergency = format!("{}=1", field("health-emergency"));
    let cases = [
        (
            form_body("ar").replace(&emergency, &emergency.replace("=1", "=9")),
            422,
        ),
        // The statement ids of the JSON requests are not form fields.
        (
            form_body("ar").replace(&emergency, "health-emergency=1"),
            422,
        ),
        (form_body("ar").replace(&emergency, "s999=1"), 422),
        (form_body("ar").replace(&emergency, "s019=1"), 422),
        (
            form_body("ar").replace("page=https%3A", "page=javascript%3A"),
            400,
        ),
        (form_body("ar").replace(version(), "2025.9"), 409),
        (format!("{}&version={}", form_body("ar"), version()), 400),
    ];
    each_shape(|shape| {
        for (body, status) in &cases {
            let event = Event::new(shape).content_type(FORM).body(body);
            let reply = send(&event, &format!("form {status}"));
            assert_eq!(reply.status, *status, "{}: {}", reply.context, reply.body);
            let page = reply.html();
            assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
            assert!(page.contains(&arabic("assessment-error")), "{page}");
            assert!(page.contains(&arabic("assessment-restart")), "{page}");
        }
    });
}
