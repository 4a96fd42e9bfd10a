//! The real `integra-function` binary, run as Lambda runs it: against a
//! stand-in of the Lambda Runtime API on 127.0.0.1 that hands it queued
//! events one by one and records what it posts back. Checks every response
//! it posts, that none went to `/error`, that it keeps asking for the next
//! event after hostile ones, and that its stdout and stderr hold one status
//! line per event and nothing the client sent.

mod common;

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{
    assert_error, assert_report_shape, assert_valid_report, body_with, form_body, Event, Shape,
    FORM, JSON, ORIGIN,
};
use serde_json::{json, Value};

/// Sent in ids, values, field names, headers and bodies: it must never
/// reach the function's logs.
const MARKER: &str = "SECRET-ANSWER-MARKER";
/// Nothing in this test waits longer than this.
const PATIENCE: Duration = Duration::from_secs(30);
const FUNCTION_ARN: &str = "arn:aws:lambda:eu-south-1:123456789012:function:integra-assessment";

// ---------------------------------------------------------------------------
// The stand-in Runtime API

struct Invocation {
    id: String,
    event: String,
}

#[derive(Debug)]
struct Posted {
    id: String,
    /// `response` or `error`.
    kind: String,
    body: Vec<u8>,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Invocation>,
    posted: Vec<Posted>,
    /// How many times the function asked for the next event.
    nexts: usize,
    /// Requests the Runtime API does not serve.
    unexpected: Vec<String>,
    /// Set when the test is over: waiting `next` requests are dropped.
    closed: bool,
}

#[derive(Default)]
struct RuntimeApi {
    state: Mutex<State>,
    changed: Condvar,
}

impl RuntimeApi {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn close(&self) {
        self.lock().closed = true;
        self.changed.notify_all();
    }

    /// The answer to one request, or `None` to drop the connection.
    fn answer(&self, request: &HttpRequest) -> Option<HttpResponse> {
        const PREFIX: &str = "/2018-06-01/runtime/invocation/";
        let accepted = Some((202, Vec::new(), br#"{"status":"OK"}"#.to_vec()));
        match (request.method.as_str(), request.path.strip_prefix(PREFIX)) {
            ("GET", Some("next")) => {
                let mut state = self.lock();
                state.nexts += 1;
                self.changed.notify_all();
                let deadline = Instant::now() + PATIENCE;
                // The queue is empty: keep the function waiting, as Lambda
                // does between invocations, until the test is over.
                while state.queue.is_empty() && !state.closed {
                    let left = deadline.checked_duration_since(Instant::now())?;
                    state = self
                        .changed
                        .wait_timeout(state, left)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
                let invocation = state.queue.pop_front()?;
                let deadline_ms = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .expect("after 1970")
                    .as_millis()
                    + PATIENCE.as_millis();
                let headers = vec![
                    ("Content-Type".into(), "application/json".into()),
                    (
                        "Lambda-Runtime-Aws-Request-Id".into(),
                        invocation.id.clone(),
                    ),
                    ("Lambda-Runtime-Deadline-Ms".into(), deadline_ms.to_string()),
                    (
                        "Lambda-Runtime-Invoked-Function-Arn".into(),
                        FUNCTION_ARN.into(),
                    ),
                    (
                        "Lambda-Runtime-Trace-Id".into(),
                        format!(
                            "Root=1-6943a1be-{:0>24};Parent=53995c3f42cd8ad8;Sampled=0",
                            invocation.id.len()
                        ),
                    ),
                ];
                Some((200, headers, invocation.event.into_bytes()))
            }
            ("POST", Some(rest)) => {
                let (id, kind) = rest.rsplit_once('/')?;
                if kind != "response" && kind != "error" {
                    self.record_unexpected(request);
                    return Some((404, Vec::new(), Vec::new()));
                }
                self.lock().posted.push(Posted {
                    id: id.to_string(),
                    kind: kind.to_string(),
                    body: request.body.clone(),
                });
                self.changed.notify_all();
                accepted
            }
            _ => {
                self.record_unexpected(request);
                Some((404, Vec::new(), Vec::new()))
            }
        }
    }

    fn record_unexpected(&self, request: &HttpRequest) {
        self.lock()
            .unexpected
            .push(format!("{} {}", request.method, request.path));
        self.changed.notify_all();
    }
}

/// Status, headers and body of an answer to the function.
type HttpResponse = (u16, Vec<(String, String)>, Vec<u8>);

struct HttpRequest {
    method: String,
    path: String,
    body: Vec<u8>,
}

fn serve(listener: TcpListener, api: Arc<RuntimeApi>) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let api = Arc::clone(&api);
        thread::spawn(move || {
            let _ = serve_connection(stream, &api);
        });
    }
}

/// HTTP/1.1 with keep-alive, as the runtime's client speaks it.
fn serve_connection(stream: TcpStream, api: &RuntimeApi) -> io::Result<()> {
    stream.set_read_timeout(Some(PATIENCE))?;
    stream.set_write_timeout(Some(PATIENCE))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    while let Some(request) = read_request(&mut reader)? {
        let Some((status, headers, body)) = api.answer(&request) else {
            return Ok(());
        };
        let mut head = format!("HTTP/1.1 {status} Whatever\r\n");
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        writer.write_all(head.as_bytes())?;
        writer.write_all(&body)?;
        writer.flush()?;
    }
    Ok(())
}

fn read_request(reader: &mut impl BufRead) -> io::Result<Option<HttpRequest>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(path)) = (parts.next(), parts.next()) else {
        return Err(io::Error::other(format!("not HTTP: {line:?}")));
    };
    let (method, path) = (method.to_string(), path.to_string());
    let mut length = 0;
    let mut chunked = false;
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                length = value.parse().map_err(io::Error::other)?;
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = value.eq_ignore_ascii_case("chunked");
            }
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = line.trim().split(';').next().unwrap_or("");
            let size = usize::from_str_radix(size, 16).map_err(io::Error::other)?;
            if size == 0 {
                // Trailers, then the empty line.
                loop {
                    line.clear();
                    if reader.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
                        break;
                    }
                }
                break;
            }
            let start = body.len();
            body.resize(start + size, 0);
            reader.read_exact(&mut body[start..])?;
            let mut crlf = [0; 2];
            reader.read_exact(&mut crlf)?;
        }
    } else {
        body.resize(length, 0);
        reader.read_exact(&mut body)?;
    }
    Ok(Some(HttpRequest { method, path, body }))
}

// ---------------------------------------------------------------------------
// The function's process

/// Kills the function when the test ends, whatever happens.
struct Function(Child);

impl Drop for Function {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn read_all(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut out = Vec::new();
        let _ = pipe.read_to_end(&mut out);
        out
    })
}

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
                assert_error(&body_json(response), 400, "invalid_request", MARKER, what);
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
                assert_error(&body_json(response), 422, "unknown_item", "answers.", what);
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

#[test]
fn the_binary_answers_every_event_through_the_runtime_api_and_logs_no_answers() {
    let cases = cases();
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let address = listener.local_addr().unwrap();
    let api = Arc::new(RuntimeApi::default());
    {
        let mut state = api.lock();
        for (n, case) in cases.iter().enumerate() {
            state.queue.push_back(Invocation {
                id: format!("8f0e6a1c-4b2d-4e6f-9a1b-{n:012}"),
                event: case.event.to_json(),
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
        .env("INTEGRA_ALLOWED_ORIGINS", ORIGIN)
        .env("INTEGRA_SITE_URL", "https://mip.example.org/")
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
            if state.posted.len() >= cases.len() && state.nexts > cases.len() {
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

    let state = api.lock();
    let report = format!(
        "exited early: {exited:?}; {} of {} answered; asked {} times; unexpected {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        state.posted.len(),
        cases.len(),
        state.nexts,
        state.unexpected
    );
    assert!(exited.is_none(), "{report}");
    assert!(state.unexpected.is_empty(), "{report}");
    assert_eq!(state.posted.len(), cases.len(), "{report}");
    assert_eq!(state.nexts, cases.len() + 1, "{report}");

    for (n, (case, posted)) in cases.iter().zip(&state.posted).enumerate() {
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
