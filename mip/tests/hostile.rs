//! Hostile input to `mip::api::handle`: arbitrary methods, media types,
//! origins and bodies (bytes, any JSON, near-requests, forms, bodies at the
//! size limit). The handler must never panic, answer only with the
//! documented statuses (never 5xx), answer JSON requests with JSON, keep
//! its privacy headers, and never repeat more than 64 characters of any
//! string the client sent.

mod common;

use std::collections::{BTreeMap, HashMap};

use mip::api::{handle, Request, Response, Settings, MAX_BODY};
use mip::Questionnaire;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const STATUSES: [u16; 8] = [200, 204, 400, 405, 409, 413, 415, 422];
const ORIGIN: &str = "https://mip.example.org";
const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";
/// The longest run of a client's string a response may hold.
const ECHO: usize = 64;

fn settings() -> Settings {
    Settings {
        allowed_origins: vec![ORIGIN.into()],
        site_url: "https://mip.example.org/".into(),
    }
}

fn version() -> &'static str {
    &Questionnaire::builtin().version
}

fn item_ids() -> Vec<String> {
    Questionnaire::builtin()
        .items()
        .map(|i| i.as_str().to_string())
        .collect()
}

fn locales() -> Vec<&'static str> {
    vec!["en", "it", "el", "es", "pt", "fr", "ar", "fa"]
}

// ---------------------------------------------------------------------------
// Strategies

fn any_method() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("POST".to_string()),
        1 => Just("post".to_string()),
        1 => prop::sample::select(vec!["GET", "OPTIONS", "options", "PUT", "DELETE", "HEAD", "PATCH", ""])
            .prop_map(String::from),
        1 => "[A-Za-z]{1,40}",
        1 => any::<String>(),
    ]
}

fn any_content_type() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(Some(JSON.to_string())),
        2 => Just(Some(FORM.to_string())),
        3 => prop::sample::select(vec![
            "application/json; charset=utf-8",
            "Application/JSON;",
            " application/json ",
            "application/x-www-form-urlencoded; charset=UTF-8",
            "text/plain",
            "text/html",
            "multipart/form-data; boundary=----x",
            "application/json-seq",
            "application/vnd.api+json",
            "",
            ";",
        ])
        .prop_map(|t| Some(t.to_string())),
        1 => Just(None),
        1 => "[a-z]{1,12}/[a-z+.-]{1,20}(; ?[a-z]{1,8}=[A-Za-z0-9-]{0,12}){0,2}".prop_map(Some),
        1 => any::<String>().prop_map(Some),
    ]
}

fn any_origin() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some(ORIGIN.to_string())),
        Just(Some(format!("{ORIGIN}/"))),
        prop::sample::select(vec![
            "https://mip.example.org.evil.example",
            "http://mip.example.org",
            "HTTPS://MIP.EXAMPLE.ORG",
            "null",
            "",
        ])
        .prop_map(|o| Some(o.to_string())),
        any::<String>().prop_map(Some),
    ]
}

/// Strings a client might send: ids, near-ids, long runs that an echo
/// would show, anything.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(item_ids()),
        1 => Just(version().to_string()),
        1 => prop::sample::select(vec!["version", "answers", "lang", "skip", "", "__proto__"])
            .prop_map(String::from),
        2 => "[a-z]{1,20}(-[a-z0-9]{1,20}){0,3}",
        2 => "[a-z-]{60,160}",
        1 => "[A-Za-z0-9 ._~!$&'()*+,;=:@/?%\"<>\\\\-]{0,200}",
        2 => any::<String>(),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-10i64..10).prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any_text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(any_text(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// An answer: usually on the scale, sometimes not, sometimes not a number.
fn any_answer() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => (1i64..=5).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => (-2i64..9).prop_map(Value::from),
        1 => any_json(),
    ]
}

/// Bodies shaped like requests, with something wrong or not.
fn near_request() -> impl Strategy<Value = Value> {
    let key = prop_oneof![4 => prop::sample::select(item_ids()), 1 => any_text()];
    let answers = prop_oneof![
        8 => prop::collection::btree_map(key, any_answer(), 0..60)
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        1 => any_json(),
    ];
    let version = prop_oneof![
        8 => Just(Value::from(version())),
        1 => any_text().prop_map(Value::from),
        1 => any_json(),
    ];
    let extra = prop::option::weighted(0.1, (any_text(), any_json()));
    (
        prop::option::weighted(0.95, version),
        prop::option::weighted(0.95, answers),
        extra,
    )
        .prop_map(|(version, answers, extra)| {
            let mut object = Map::new();
            if let Some((key, value)) = extra {
                object.insert(key, value);
            }
            if let Some(version) = version {
                object.insert("version".into(), version);
            }
            if let Some(answers) = answers {
                object.insert("answers".into(), answers);
            }
            Value::Object(object)
        })
}

fn percent_encode(text: &str, all: bool) -> String {
    text.bytes()
        .map(|b| match b {
            b' ' if !all => "+".to_string(),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' if !all => {
                char::from(b).to_string()
            }
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// Form bodies, as the page's form posts them or broken.
fn near_form() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        6 => prop::sample::select(item_ids()),
        1 => prop::sample::select(vec!["version", "lang"]).prop_map(String::from),
        1 => any_text(),
    ];
    let value = prop_oneof![
        6 => (1i64..=5).prop_map(|v| v.to_string()),
        2 => Just("skip".to_string()),
        1 => Just(String::new()),
        1 => any_text(),
    ];
    (
        prop::option::weighted(
            0.95,
            prop_oneof![8 => Just(version().to_string()), 1 => any_text()],
        ),
        prop::option::of(prop_oneof![
            prop::sample::select(locales()).prop_map(String::from),
            any_text()
        ]),
        prop::collection::vec((key, value, any::<bool>()), 0..60),
        prop::option::weighted(0.05, "[%A-Za-z0-9=&+]{0,40}"),
    )
        .prop_map(|(version, lang, pairs, raw)| {
            let mut parts = Vec::new();
            if let Some(version) = version {
                parts.push(format!("version={}", percent_encode(&version, false)));
            }
            if let Some(lang) = lang {
                parts.push(format!("lang={}", percent_encode(&lang, false)));
            }
            for (key, value, all) in pairs {
                parts.push(format!(
                    "{}={}",
                    percent_encode(&key, all),
                    percent_encode(&value, all)
                ));
            }
            if let Some(raw) = raw {
                parts.push(raw);
            }
            parts.join("&")
        })
}

/// Bodies right at the size limit: valid JSON padded with spaces.
fn at_the_limit() -> impl Strategy<Value = Vec<u8>> {
    (MAX_BODY - 4..MAX_BODY + 4).prop_map(|length| {
        let mut body = json!({"version": version(), "answers": {}})
            .to_string()
            .into_bytes();
        body.resize(length, b' ');
        body
    })
}

fn any_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..2048),
        2 => any_json().prop_map(|v| v.to_string().into_bytes()),
        4 => near_request().prop_map(|v| v.to_string().into_bytes()),
        3 => near_form().prop_map(String::into_bytes),
        1 => at_the_limit(),
        1 => (any::<u8>(), MAX_BODY + 1..MAX_BODY + 4096).prop_map(|(b, n)| vec![b; n]),
    ]
}

// ---------------------------------------------------------------------------
// Checks

fn media_type(content_type: Option<&str>) -> Option<String> {
    content_type.map(|c| {
        c.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    })
}

/// Every string the client sent: the method, headers and body, and inside
/// the body every JSON string (keys too) or form key and value, decoded.
fn client_strings(request: &Request<'_>) -> Vec<String> {
    let mut strings = vec![request.method.to_string()];
    strings.extend(request.content_type.map(String::from));
    strings.extend(request.origin.map(String::from));
    strings.push(String::from_utf8_lossy(request.body).into_owned());
    if let Ok(value) = serde_json::from_slice::<Value>(request.body) {
        json_strings(&value, &mut strings);
    }
    if let Ok(text) = std::str::from_utf8(request.body) {
        for pair in text.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            strings.push(form_decode(key));
            strings.push(form_decode(value));
        }
    }
    strings
}

fn json_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(list) => list.iter().for_each(|v| json_strings(v, out)),
        Value::Object(map) => {
            for (key, value) in map {
                out.push(key.clone());
                json_strings(value, out);
            }
        }
        _ => {}
    }
}

fn form_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the client can read of a response: headers, the body, and for
/// JSON errors the message unescaped.
fn response_texts(response: &Response) -> Vec<String> {
    let mut texts: Vec<String> = response
        .headers
        .iter()
        .map(|(name, value)| format!("{name}: {value}"))
        .collect();
    texts.push(String::from_utf8_lossy(&response.body).into_owned());
    if let Ok(body) = serde_json::from_slice::<Value>(&response.body) {
        if let Some(message) = body["error"]["message"].as_str() {
            texts.push(message.to_string());
        }
    }
    texts
}

/// The hash of every run of `ECHO + 1` characters of `text` (Rabin-Karp,
/// so that long bodies are checked in linear time), with where it starts.
fn runs(text: &[char]) -> Vec<(u64, usize)> {
    const BASE: u64 = 1_000_003;
    let width = ECHO + 1;
    if text.len() < width {
        return Vec::new();
    }
    let top = (1..width).fold(1u64, |p, _| p.wrapping_mul(BASE));
    let mut hash = text[..width].iter().fold(0u64, |h, &c| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(c))
    });
    let mut runs = Vec::with_capacity(text.len() - ECHO);
    runs.push((hash, 0));
    for start in 1..=text.len() - width {
        hash = hash
            .wrapping_sub(u64::from(text[start - 1]).wrapping_mul(top))
            .wrapping_mul(BASE)
            .wrapping_add(u64::from(text[start + ECHO]));
        runs.push((hash, start));
    }
    runs
}

/// Fails if any run of more than [`ECHO`] characters of a client string
/// appears in the response.
fn assert_no_long_echo(request: &Request<'_>, response: &Response) -> Result<(), TestCaseError> {
    let texts: Vec<Vec<char>> = response_texts(response)
        .iter()
        .map(|t| t.chars().collect())
        .collect();
    let mut seen: HashMap<u64, Vec<&[char]>> = HashMap::new();
    for text in &texts {
        for (hash, start) in runs(text) {
            seen.entry(hash)
                .or_default()
                .push(&text[start..=start + ECHO]);
        }
    }
    for sent in client_strings(request) {
        let sent: Vec<char> = sent.chars().collect();
        for (hash, start) in runs(&sent) {
            let run = &sent[start..=start + ECHO];
            let echoed = seen.get(&hash).is_some_and(|found| found.contains(&run));
            prop_assert!(
                !echoed,
                "the response repeats {:?} of what the client sent",
                run.iter().collect::<String>()
            );
        }
    }
    Ok(())
}

fn error_code_for(status: u16) -> &'static [&'static str] {
    match status {
        400 => &["invalid_request"],
        405 => &["method_not_allowed"],
        409 => &["version_mismatch"],
        413 => &["too_large"],
        415 => &["unsupported_media_type"],
        422 => &["unknown_item", "value_out_of_range"],
        _ => &[],
    }
}

/// Everything that holds of any response to any request.
fn check(request: &Request<'_>, response: &Response) -> Result<(), TestCaseError> {
    let status = response.status;
    prop_assert!(STATUSES.contains(&status), "status {status}");
    prop_assert_eq!(response.header("cache-control"), Some("no-store"));
    prop_assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
    prop_assert!(response.header("set-cookie").is_none());
    for (name, _) in &response.headers {
        let count = response
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count();
        prop_assert_eq!(count, 1, "{} is sent once", name);
    }

    // CORS only for the configured origin.
    let allowed = request
        .origin
        .is_some_and(|o| o.trim_end_matches('/') == ORIGIN);
    prop_assert_eq!(
        response.header("access-control-allow-origin"),
        request.origin.filter(|_| allowed)
    );

    // The order of the checks: method, size, media type.
    let media = media_type(request.content_type);
    let is_form = media.as_deref() == Some(FORM);
    if request.method.eq_ignore_ascii_case("OPTIONS") {
        prop_assert_eq!(status, 204);
        prop_assert!(response.body.is_empty());
        prop_assert_eq!(response.header("allow"), Some("POST, OPTIONS"));
        return assert_no_long_echo(request, response);
    }
    if !request.method.eq_ignore_ascii_case("POST") {
        prop_assert_eq!(status, 405);
        prop_assert_eq!(response.header("allow"), Some("POST, OPTIONS"));
    } else if request.body.len() > MAX_BODY {
        prop_assert_eq!(status, 413);
    } else if !is_form && media.as_deref() != Some(JSON) {
        prop_assert_eq!(status, 415);
    } else {
        prop_assert!(![204, 405, 413, 415].contains(&status), "status {}", status);
    }

    if is_form {
        prop_assert_eq!(
            response.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        let page = std::str::from_utf8(&response.body);
        prop_assert!(page.is_ok(), "the page is UTF-8");
        prop_assert!(page.unwrap().starts_with("<!doctype html>"));
    } else {
        prop_assert_eq!(response.header("content-type"), Some(JSON));
        let body: Result<Value, _> = serde_json::from_slice(&response.body);
        prop_assert!(body.is_ok(), "a JSON request gets a JSON answer");
        let body = body.unwrap();
        if status == 200 {
            prop_assert_eq!(body["version"].as_str(), Some(version()));
            prop_assert_eq!(body["pillars"].as_array().map(Vec::len), Some(9));
            prop_assert!(body["priorities"].is_array());
        } else {
            let error = &body["error"];
            prop_assert_eq!(body.as_object().map(Map::len), Some(1));
            prop_assert_eq!(error.as_object().map(Map::len), Some(3));
            prop_assert_eq!(error["status"].as_u64(), Some(u64::from(status)));
            let code = error["code"].as_str().unwrap_or("");
            prop_assert!(
                error_code_for(status).contains(&code),
                "{} for {}",
                code,
                status
            );
            prop_assert!(!error["message"].as_str().unwrap_or("").is_empty());
        }
    }
    assert_no_long_echo(request, response)
}

fn call(
    method: &str,
    content_type: Option<&str>,
    origin: Option<&str>,
    body: &[u8],
) -> Result<Response, TestCaseError> {
    let request = Request {
        method,
        content_type,
        origin,
        body,
    };
    let response = handle(&request, &settings(), common::texts());
    check(&request, &response)?;
    Ok(response)
}

// ---------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn anything_gets_a_documented_answer_and_no_echo(
        method in any_method(),
        content_type in any_content_type(),
        origin in any_origin(),
        body in any_body(),
    ) {
        call(&method, content_type.as_deref(), origin.as_deref(), &body)?;
    }

    #[test]
    fn any_json_value_posted_as_json_is_refused_or_scored(
        value in any_json(),
        content_type in prop::sample::select(vec![JSON, "application/json; charset=utf-8", "APPLICATION/JSON"]),
    ) {
        let response = call("POST", Some(content_type), Some(ORIGIN), value.to_string().as_bytes())?;
        // Only an object with `version` and `answers` can be scored.
        if response.status == 200 {
            prop_assert!(value.get("version").is_some() || value.is_array());
        }
    }

    #[test]
    fn any_bytes_posted_as_json_or_form_are_refused_or_scored(
        body in prop::collection::vec(any::<u8>(), 0..4096),
        content_type in prop::sample::select(vec![JSON, FORM]),
    ) {
        call("POST", Some(content_type), None, &body)?;
    }
}

/// A valid request: some statements answered 1–5, the rest skipped.
fn valid_answers() -> impl Strategy<Value = BTreeMap<String, i64>> {
    prop::collection::btree_map(prop::sample::select(item_ids()), 1i64..=5, 0..=68)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn valid_answers_are_always_scored(answers in valid_answers()) {
        let body = json!({"version": version(), "answers": answers}).to_string();
        let response = call("POST", Some(JSON), None, body.as_bytes())?;
        prop_assert_eq!(response.status, 200);
        let report: Value = serde_json::from_slice(&response.body).unwrap();
        let questionnaire = Questionnaire::builtin();
        for (pillar, items) in report["pillars"].as_array().unwrap().iter().zip(&questionnaire.pillars) {
            prop_assert_eq!(pillar["id"].as_str(), Some(items.id.as_str()));
            let answered = items.items().filter(|i| answers.contains_key(i.as_str())).count();
            prop_assert_eq!(pillar["answered"].as_u64(), Some(answered as u64));
        }
    }

    #[test]
    fn valid_forms_are_always_scored_in_their_language(
        answers in valid_answers(),
        lang in prop::sample::select(locales()),
    ) {
        let mut pairs = vec![format!("version={}", version()), format!("lang={lang}")];
        // The form names the n-th statement `s<n>`.
        for (n, item) in item_ids().iter().enumerate() {
            let value = answers.get(item).map_or("skip".to_string(), i64::to_string);
            pairs.push(format!("s{}={value}", n + 1));
        }
        let response = call("POST", Some(FORM), None, pairs.join("&").as_bytes())?;
        prop_assert_eq!(response.status, 200);
        let page = String::from_utf8(response.body).unwrap();
        let rtl = ["ar", "fa"].contains(&lang);
        let html = format!("<html lang=\"{lang}\" dir=\"{}\">", if rtl { "rtl" } else { "ltr" });
        prop_assert!(page.contains(&html), "{}", html);
    }

    /// One thing wrong with a valid request gets that thing's status, and a
    /// message that names the field without repeating what was sent.
    #[test]
    fn one_wrong_thing_gets_its_own_status(
        answers in valid_answers(),
        which in 0usize..7,
        text in "[a-z]{1,10}(-[a-z0-9]{1,10}){0,2}",
        number in any::<i64>(),
    ) {
        // Made-up keys, marked so that they cannot match a word of a message.
        let text = format!("q{text}q");
        let ids = item_ids();
        let item = ids[number.unsigned_abs() as usize % ids.len()].clone();
        let mut body = json!({"version": version(), "answers": answers});
        let (status, code, names) = match which {
            0 if !ids.contains(&text) => {
                body["answers"][&text] = json!(3);
                (422, "unknown_item", "answers".to_string())
            }
            1 if !(1..=5).contains(&number) => {
                body["answers"][&item] = json!(number);
                (422, "value_out_of_range", format!("answers.{item}"))
            }
            6 => {
                // The same statement twice: serde_json's maps keep one, so
                // the body is written by hand.
                let mut rest = answers.clone();
                rest.remove(&item);
                let mut pairs: Vec<String> = rest.iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
                pairs.push(format!("{item:?}:2"));
                pairs.push(format!("{item:?}:4"));
                let text = format!("{{\"version\":{:?},\"answers\":{{{}}}}}", version(), pairs.join(","));
                let response = call("POST", Some(JSON), None, text.as_bytes())?;
                prop_assert_eq!(response.status, 400, "{}", text);
                let error: Value = serde_json::from_slice(&response.body).unwrap();
                prop_assert_eq!(error["error"]["code"].as_str(), Some("invalid_request"));
                let message = error["error"]["message"].as_str().unwrap();
                prop_assert!(message.contains(&format!("answers.{item}")), "{}", message);
                return Ok(());
            }
            2 => {
                body["answers"][&item] = json!(format!("VALUE-{number}"));
                (400, "invalid_request", format!("answers.{item}"))
            }
            3 if text != version() => {
                body["version"] = json!(text);
                (409, "version_mismatch", version().to_string())
            }
            4 if text != "version" && text != "answers" => {
                body[&text] = json!(format!("VALUE-{number}"));
                (400, "invalid_request", "unknown field".to_string())
            }
            _ => {
                body["answers"] = json!([number]);
                (400, "invalid_request", "`answers`".to_string())
            }
        };
        let response = call("POST", Some(JSON), None, body.to_string().as_bytes())?;
        prop_assert_eq!(response.status, status, "{}", body);
        let error: Value = serde_json::from_slice(&response.body).unwrap();
        prop_assert_eq!(error["error"]["code"].as_str(), Some(code));
        let message = error["error"]["message"].as_str().unwrap();
        prop_assert!(message.contains(&names), "{} should name {}", message, names);
        prop_assert!(!message.contains("VALUE-"), "the value is not repeated: {}", message);
        if which == 1 || which == 0 || which == 4 {
            // Neither a number nor a key the client made up comes back.
            let sent = if which == 1 { number.to_string() } else { text.clone() };
            prop_assert!(sent.len() < 2 || !message.contains(&sent), "{} repeats {}", message, sent);
        }
    }
}

/// The example from the contract: an answer far off the scale is refused
/// without the number coming back.
#[test]
fn an_answer_off_the_scale_is_not_repeated() {
    let body = json!({"version": version(), "answers": {"health-emergency": 987654}}).to_string();
    let response = call("POST", Some(JSON), None, body.as_bytes()).unwrap();
    assert_eq!(response.status, 422);
    let text = String::from_utf8(response.body).unwrap();
    assert!(text.contains("answers.health-emergency"), "{text}");
    assert!(!text.contains("987654"), "{text}");
}
