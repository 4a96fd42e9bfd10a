//! The real `integra-function` binary, run as Lambda runs it: against a
//! stand-in of the Lambda Runtime API on 127.0.0.1 that hands it queued
//! events one by one and records what it posts back. Checks every response
//! it posts, that none went to `/error`, that it keeps asking for the next
//! event after hostile ones, and that its stdout and stderr hold one status
//! line per event and nothing the client sent.

mod common;
mod runtime_api;

use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use common::{
    assert_error, assert_report_shape, assert_valid_report, body_with, form_body, Event, Shape,
    FORM, JSON, ORIGIN,
};
use integra_function::{ORIGIN_SECRET_HEADER, ORIGIN_SECRET_VARIABLE};
use runtime_api::{read_all, serve, Function, Invocation, Posted, RuntimeApi};
use serde_json::{json, Value};

/// Sent in ids, values, field names, headers and bodies: it must never
/// reach the function's logs.
const MARKER: &str = "SECRET-ANSWER-MARKER";
/// Nothing in this test waits longer than this.
pub(crate) const PATIENCE: Duration = Duration::from_secs(30);
pub(crate) const FUNCTION_ARN: &str =
    "arn:aws:lambda:eu-south-1:123456789012:function:integra-assessment";

// ---------------------------------------------------------------------------
// The events and what each must get back

/// What the function must post for one event.
struct Case {
    what: &'static str,
    event: Event,
    status: u16,
    /// `None` for an empty body (204).
    content_type: Option<&'static str>,
    check: fn(&str, &Value),
}

/// A string longer than any echo the endpoint allows (64 characters).
fn long_marker() -> String {
    format!("{MARKER}-{}", "x".repeat(80))
}

/// Bytes that are neither UTF-8 nor JSON, with the marker inside.
fn garbage() -> Vec<u8> {
    let mut state: u32 = 0x9e37_79b9;
    let mut bytes: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state.to_le_bytes()[0]
        })
        .collect();
    bytes.extend_from_slice(&[0xff, 0xfe, 0xc3, 0x28, 0x00]);
    bytes.extend_from_slice(MARKER.as_bytes());
    bytes
}

fn no_check(_: &str, _: &Value) {}

fn cases() -> Vec<Case> {
    let v = common::version();
    let long = long_marker();
    let json_in = |shape: Shape, body: &str| Event::new(shape).body(body);
    vec![
        Case {
            what: "valid HTTP API event",
            event: Event::new(Shape::HttpV2),
            status: 200,
            content_type: Some(JSON),
            check: |what, response| {
                let report = serde_json::from_str(response["body"].as_str().unwrap()).unwrap();
                assert_valid_report(&report, what);
                assert_eq!(header(response, "access-control-allow-origin"), [ORIGIN]);
            },
        },
        Case {
            what: "valid Function URL event",
            event: Event::new(Shape::FunctionUrl),
            status: 200,
            content_type: Some(JSON),
            check: |what, response| {
                let report = serde_json::from_str(response["body"].as_str().unwrap()).unwrap();
                assert_valid_report(&report, what);
            },
        },
        Case {
            what: "valid REST API event",
            event: Event::new(Shape::RestV1),
            status: 200,
            content_type: Some(JSON),
            check: |what, response| {
                let report = serde_json::from_str(response["body"].as_str().unwrap()).unwrap();
                assert_valid_report(&report, what);
                // REST APIs take headers from multiValueHeaders only.
                assert_eq!(response["headers"], json!({}), "{what}");
            },
        },
        Case {
            what: "Arabic form through a Function URL, base64",
            event: Event::new(Shape::FunctionUrl)
                .content_type(FORM)
                .base64_body(form_body("ar").as_bytes()),
            status: 200,
            content_type: Some("text/html; charset=utf-8"),
            check: |what, response| {
                let page = response["body"].as_str().unwrap();
                assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{what}");
                assert!(page.contains("https://mip.example.org/ar/pillars/health/"));
            },
        },
        Case {
            what: "preflight",
            event: Event::new(Shape::FunctionUrl)
                .method("OPTIONS")
                .no_body()
                .header("access-control-request-method", "POST"),
            status: 204,
            content_type: None,
            check: |what, response| {
                assert_eq!(header(response, "access-control-allow-origin"), [ORIGIN]);
                let body = response.get("body").and_then(Value::as_str);
                assert!(body.is_none_or(str::is_empty), "{what}: {response}");
            },
        },
        Case {
            what: "GET",
            event: Event::new(Shape::HttpV2).method("GET").no_body(),
            status: 405,
            content_type: Some(JSON),
            check: |what, response| {
                assert_eq!(header(response, "allow"), ["POST, OPTIONS"], "{what}");
                assert_error(&body_json(response), 405, "method_not_allowed", "GET", what);
            },
        },
        Case {
            what: "a 5 MB body",
            event: Event::new(Shape::FunctionUrl).body(&format!(
                "{{\"version\":\"{v}\",\"answers\":{{\"{}\":3}}}}",
                MARKER.repeat(250_000)
            )),
            status: 413,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(&body_json(response), 413, "too_large", "body", what);
            },
        },
        Case {
            what: "invalid JSON",
            event: json_in(
                Shape::HttpV2,
                &format!("{{\"version\":\"{v}\",\"answers\":{{\"health-emergency\":\"{MARKER}"),
            ),
            status: 400,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(&body_json(response), 400, "invalid_request", "JSON", what);
            },
        },
        Case {
            what: "answers is a string",
            event: json_in(
                Shape::FunctionUrl,
                &json!({"version": v, "answers": long}).to_string(),
            ),
            status: 400,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(
                    &body_json(response),
                    400,
                    "invalid_request",
                    "answers",
                    what,
                );
            },
        },
        Case {
            what: "an answer is a string",
            event: json_in(
                Shape::RestV1,
                &body_with(json!({"health-emergency": MARKER, "housing-repairs": 4})),
            ),
            status: 400,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(
                    &body_json(response),
                    400,
                    "invalid_request",
                    "answers.health-emergency",
                    what,
                );
            },
        },
        Case {
            what: "an unknown top-level field",
            event: json_in(
                Shape::HttpV2,
                &json!({"version": v, "answers": {}, long.as_str(): long.as_str()}).to_string(),
            ),
            status: 400,
            content_type: Some(JSON),
            check: |what, response| {
                // The field's name is the client's text: it is not repeated.
                assert_error(
                    &body_json(response),
                    400,
                    "invalid_request",
                    "unknown field",
                    what,
                );
                assert!(!response.to_string().contains(MARKER), "{what}");
            },
        },
        Case {
            what: "unknown statement ids",
            event: json_in(
                Shape::FunctionUrl,
                &body_with(json!({"health-emergency": 2, long.as_str(): 3})),
            ),
            status: 422,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(&body_json(response), 422, "unknown_item", "answers", what);
                assert!(!response.to_string().contains(MARKER), "{what}");
            },
        },
        Case {
            what: "an answer off the scale",
            event: json_in(
                Shape::HttpV2,
                &body_with(json!({"health-emergency": 6, "housing-repairs": 4})),
            ),
            status: 422,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(
                    &body_json(response),
                    422,
                    "value_out_of_range",
                    "answers.health-emergency",
                    what,
                );
            },
        },
        Case {
            what: "the marker as the version",
            event: json_in(
                Shape::FunctionUrl,
                &json!({"version": MARKER, "answers": {"health-emergency": 2}}).to_string(),
            ),
            status: 409,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(
                    &body_json(response),
                    409,
                    "version_mismatch",
                    "version",
                    what,
                );
            },
        },
        Case {
            what: "binary garbage, base64, as JSON",
            event: Event::new(Shape::FunctionUrl).base64_body(&garbage()),
            status: 400,
            content_type: Some(JSON),
            check: |what, response| {
                assert_error(&body_json(response), 400, "invalid_request", "JSON", what);
            },
        },
        Case {
            what: "binary garbage, base64, as octet-stream",
            event: Event::new(Shape::RestV1)
                .content_type("application/octet-stream")
                .base64_body(&garbage()),
            status: 415,
            content_type: Some(JSON),
            check: |what, response| {
                let body = body_json(response);
                assert_error(
                    &body,
                    415,
                    "unsupported_media_type",
                    "application/json",
                    what,
                );
            },
        },
        Case {
            what: "binary garbage, base64, as a form",
            event: Event::new(Shape::HttpV2)
                .content_type(FORM)
                .base64_body(&garbage()),
            status: 400,
            content_type: Some("text/html; charset=utf-8"),
            check: no_check,
        },
        Case {
            what: "a form with the marker as a statement and as an answer",
            event: Event::new(Shape::FunctionUrl)
                .content_type(FORM)
                .body(&format!(
                    "version={v}&lang=ar&health-emergency={MARKER}&{MARKER}=5"
                )),
            status: 422,
            content_type: Some("text/html; charset=utf-8"),
            check: |what, response| {
                let page = response["body"].as_str().unwrap();
                assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{what}");
            },
        },
        Case {
            what: "the marker in headers, the path and the query",
            event: Event::new(Shape::HttpV2)
                .header("user-agent", MARKER)
                .header("x-answer", MARKER)
                .header("referer", &format!("https://mip.example.org/?{MARKER}"))
                .body(&body_with(json!({"housing-repairs": 4}))),
            status: 200,
            content_type: Some(JSON),
            check: |what, response| {
                let report = body_json(response);
                assert_report_shape(&report, what);
                assert_eq!(report["pillars"][8]["answered"], 1, "{what}");
            },
        },
    ]
}

// ---------------------------------------------------------------------------
// Reading what the function posted

/// Every value of header `name` in a posted response, from `headers` and
/// `multiValueHeaders`, whatever its case.
fn header(response: &Value, name: &str) -> Vec<String> {
    let mut values = Vec::new();
    for field in ["headers", "multiValueHeaders"] {
        let Some(map) = response.get(field).and_then(Value::as_object) else {
            continue;
        };
        for (key, value) in map {
            if !key.eq_ignore_ascii_case(name) {
                continue;
            }
            match value {
                Value::String(s) => values.push(s.clone()),
                Value::Array(list) => values.extend(
                    list.iter()
                        .map(|v| v.as_str().expect("a string header").to_string()),
                ),
                other => panic!("header {key} is {other}"),
            }
        }
    }
    values
}

fn body_json(response: &Value) -> Value {
    let body = response["body"].as_str().expect("a text body");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("the body is JSON ({e}): {body}"))
}

fn check_posted(case: &Case, posted: &Posted) {
    let what = case.what;
    assert_eq!(posted.kind, "response", "{what}: went to /{}", posted.kind);
    let response: Value = serde_json::from_slice(&posted.body).unwrap_or_else(|e| {
        panic!(
            "{what}: the function posts JSON ({e}): {}",
            String::from_utf8_lossy(&posted.body)
        )
    });
    assert_eq!(response["statusCode"], case.status, "{what}: {response}");
    assert_eq!(response["isBase64Encoded"], false, "{what}");
    let content_type = header(&response, "content-type");
    match case.content_type {
        Some(expected) => assert_eq!(content_type, [expected], "{what}"),
        None => assert!(content_type.is_empty(), "{what}: {content_type:?}"),
    }
    assert_eq!(header(&response, "cache-control"), ["no-store"], "{what}");
    assert_eq!(
        header(&response, "x-content-type-options"),
        ["nosniff"],
        "{what}"
    );
    assert!(header(&response, "set-cookie").is_empty(), "{what}");
    if let Some(cookies) = response.get("cookies") {
        assert_eq!(cookies, &json!([]), "{what}: no cookies");
    }
    // A client string is named by at most its first 64 characters, and a
    // value is never repeated.
    let text = String::from_utf8_lossy(&posted.body);
    assert!(!text.contains(&long_marker()[..65]), "{what}: {text}");
    if case.what != "an unknown top-level field" && case.what != "unknown statement ids" {
        assert!(!text.contains(MARKER), "{what}: {text}");
    }
    (case.check)(what, &response);
}

// ---------------------------------------------------------------------------

/// What a run of the binary left behind.
struct Run {
    posted: Vec<Posted>,
    /// How many times it asked for the next event.
    nexts: usize,
    unexpected: Vec<String>,
    stdout: String,
    stderr: String,
    /// All of the above and how it ended, for assertion messages.
    report: String,
}

/// Runs the binary as Lambda does, with `env` besides Lambda's own
/// variables, until it has answered every event and asks for the next
/// one, dies, or time is up. Asserts that it did not die.
fn run(events: &[&Event], env: &[(&str, &str)]) -> Run {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let address = listener.local_addr().unwrap();
    let api = Arc::new(RuntimeApi::default());
    {
        let mut state = api.lock();
        for (n, event) in events.iter().enumerate() {
            state.queue.push_back(Invocation {
                id: format!("8f0e6a1c-4b2d-4e6f-9a1b-{n:012}"),
                event: event.to_json(),
            });
        }
    }
    let server = Arc::clone(&api);
    thread::spawn(move || serve(listener, server));

    let mut child = Command::new(env!("CARGO_BIN_EXE_integra-function"))
        .env_clear()
        .env("AWS_LAMBDA_FUNCTION_NAME", "integra-assessment")
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .env("AWS_LAMBDA_RUNTIME_API", address.to_string())
        .env(
            "AWS_LAMBDA_LOG_GROUP_NAME",
            "/aws/lambda/integra-assessment",
        )
        .env(
            "AWS_LAMBDA_LOG_STREAM_NAME",
            "2026/11/24/[$LATEST]0123456789abcdef0123456789abcdef",
        )
        .env("AWS_REGION", "eu-south-1")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the integra-function binary starts");
    let stdout = read_all(child.stdout.take().unwrap());
    let stderr = read_all(child.stderr.take().unwrap());
    let mut function = Function(child);

    // Wait until every event is answered and the function is waiting for
    // the next one, or it dies, or time is up.
    let deadline = Instant::now() + PATIENCE;
    let mut exited = None;
    loop {
        {
            let state = api.lock();
            if state.posted.len() >= events.len() && state.nexts > events.len() {
                break;
            }
            if Instant::now() >= deadline {
                break;
            }
            let _ = api
                .changed
                .wait_timeout(state, Duration::from_millis(100))
                .unwrap_or_else(|e| e.into_inner());
        }
        if let Some(status) = function.0.try_wait().expect("the process can be polled") {
            exited = Some(status);
            break;
        }
    }
    // Kill it before the waiting `next` is dropped, so that it has no
    // chance to log a failed request.
    let _ = function.0.kill();
    let _ = function.0.wait();
    api.close();
    let stdout = String::from_utf8_lossy(&stdout.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&stderr.join().unwrap()).into_owned();

    let mut state = api.lock();
    let report = format!(
        "exited early: {exited:?}; {} of {} answered; asked {} times; unexpected {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        state.posted.len(),
        events.len(),
        state.nexts,
        state.unexpected
    );
    assert!(exited.is_none(), "{report}");
    Run {
        posted: std::mem::take(&mut state.posted),
        nexts: state.nexts,
        unexpected: std::mem::take(&mut state.unexpected),
        stdout,
        stderr,
        report,
    }
}

#[test]
fn the_binary_answers_every_event_through_the_runtime_api_and_logs_no_answers() {
    let cases = cases();
    let events: Vec<&Event> = cases.iter().map(|c| &c.event).collect();
    let run = run(
        &events,
        &[
            ("INTEGRA_ALLOWED_ORIGINS", ORIGIN),
            ("INTEGRA_SITE_URL", "https://mip.example.org/"),
        ],
    );
    let Run {
        posted,
        nexts,
        unexpected,
        stdout,
        stderr,
        report,
    } = &run;
    assert!(unexpected.is_empty(), "{report}");
    assert_eq!(posted.len(), cases.len(), "{report}");
    assert_eq!(*nexts, cases.len() + 1, "{report}");

    for (n, (case, posted)) in cases.iter().zip(posted).enumerate() {
        assert_eq!(
            posted.id,
            format!("8f0e6a1c-4b2d-4e6f-9a1b-{n:012}"),
            "{}: answered in order, to its own request id",
            case.what
        );
        check_posted(case, posted);
    }

    // The logs: one line per event with its status and time, nothing else.
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), cases.len(), "{report}");
    for (line, case) in lines.iter().zip(&cases) {
        let entry: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("a log line is JSON ({e}): {line}"));
        assert_eq!(common::keys(&entry), ["micros", "status"], "{line}");
        assert_eq!(entry["status"], case.status, "{}: {line}", case.what);
        assert!(entry["micros"].is_u64(), "{line}");
    }
    assert_eq!(stderr, "", "nothing on stderr");
    let logs = format!("{stdout}{stderr}");
    assert!(!logs.contains(MARKER), "{report}");
    assert!(!logs.contains("answers"), "{report}");
    assert!(!logs.contains(ORIGIN), "{report}");
    for item in mip::Questionnaire::builtin().items() {
        assert!(
            !logs.contains(item.as_str()),
            "{item} in the logs: {report}"
        );
    }
}

#[test]
fn with_a_secret_the_binary_answers_only_what_carries_it_and_never_logs_it() {
    const SECRET: &str = "9b2e61c4d8f03a7e5c1b9d4f2a6e8c0b7d3f5a1c9e2b4d6f";
    let wrong = format!("{MARKER}-not-the-secret");
    let events = [
        Event::new(Shape::FunctionUrl).header(ORIGIN_SECRET_HEADER, SECRET),
        Event::new(Shape::FunctionUrl),
        Event::new(Shape::HttpV2).header(ORIGIN_SECRET_HEADER, &wrong),
        Event::new(Shape::RestV1)
            .content_type(FORM)
            .body(&form_body("it"))
            .header("X-Integra-Origin-Secret", SECRET),
        Event::new(Shape::FunctionUrl)
            .content_type(FORM)
            .body(&form_body("it")),
    ];
    let statuses = [200, 403, 403, 200, 403];
    let run = run(
        &events.iter().collect::<Vec<_>>(),
        &[(ORIGIN_SECRET_VARIABLE, SECRET)],
    );
    let report = &run.report;
    assert!(run.unexpected.is_empty(), "{report}");
    assert_eq!(run.posted.len(), events.len(), "{report}");
    for ((posted, status), n) in run.posted.iter().zip(statuses).zip(0..) {
        assert_eq!(posted.kind, "response", "event {n}: {report}");
        let response: Value = serde_json::from_slice(&posted.body).unwrap();
        assert_eq!(response["statusCode"], status, "event {n}: {response}");
        let text = String::from_utf8_lossy(&posted.body);
        assert!(!text.contains(SECRET), "event {n}: {text}");
        assert!(!text.contains(MARKER), "event {n}: {text}");
        if status == 403 {
            assert_eq!(header(&response, "content-type"), [JSON], "event {n}");
            assert_error(
                &body_json(&response),
                403,
                "forbidden",
                "through the site",
                "403",
            );
        }
    }
    // One status line per event, and neither the secret nor the wrong value.
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), events.len(), "{report}");
    for (line, status) in lines.iter().zip(statuses) {
        let entry: Value = serde_json::from_str(line).unwrap();
        assert_eq!(entry["status"], status, "{line}");
    }
    assert_eq!(run.stderr, "", "nothing on stderr");
    let logs = format!("{}{}", run.stdout, run.stderr);
    assert!(!logs.contains(SECRET), "{report}");
    assert!(!logs.contains(&SECRET[..12]), "{report}");
    assert!(!logs.contains(MARKER), "{report}");
}
