//! The assessment endpoint: one request in, one response out, with no I/O.
//! The Lambda function and `integra serve` both call [`handle`], so the
//! endpoint behaves the same in the cloud and on a laptop.
//!
//! Privacy: nothing here stores, logs or echoes what a client sent, beyond
//! naming the field that was wrong.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::handover::{self, PageUrl};
use crate::questionnaire::{AnswerValue, Questionnaire};
use crate::results_page;
use crate::scoring::{self, Answers};
use crate::texts::Texts;

/// Larger bodies are refused (413) before they are read further.
pub const MAX_BODY: usize = 32 * 1024;

/// What the handler needs to know of an HTTP request.
pub struct Request<'a> {
    pub method: &'a str,
    pub content_type: Option<&'a str>,
    pub origin: Option<&'a str>,
    pub body: &'a [u8],
}

/// What to send back.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Deployment settings, from the environment.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Origins allowed to call the endpoint from a browser (CORS). Empty
    /// means none: same-origin use and form posts still work.
    pub allowed_origins: Vec<String>,
    /// Where the site is published, ending in `/`, for the links of the
    /// results page that is sent to browsers without JavaScript.
    pub site_url: String,
}

impl Settings {
    /// `INTEGRA_ALLOWED_ORIGINS` (comma-separated, e.g.
    /// `https://mip.example.org`) and `INTEGRA_SITE_URL` (default `/`).
    pub fn from_env() -> Settings {
        let allowed_origins = std::env::var("INTEGRA_ALLOWED_ORIGINS")
            .unwrap_or_default()
            .split(',')
            .map(|o| o.trim().trim_end_matches('/').to_string())
            .filter(|o| !o.is_empty())
            .collect();
        let mut site_url = std::env::var("INTEGRA_SITE_URL").unwrap_or_else(|_| "/".into());
        if !site_url.ends_with('/') {
            site_url.push('/');
        }
        Settings {
            allowed_origins,
            site_url,
        }
    }
}

/// Why the endpoint refused a request: the `code` of a JSON error body, so
/// that clients can tell refusals apart without reading the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// Not JSON, not the schema, or a form that is badly encoded, repeats a
    /// field or has no version.
    InvalidRequest,
    /// A method other than POST (or OPTIONS).
    MethodNotAllowed,
    /// Answers for another version of the questionnaire.
    VersionMismatch,
    /// A body larger than [`MAX_BODY`].
    TooLarge,
    /// Neither JSON nor a form.
    UnsupportedMediaType,
    /// An answer to a statement the questionnaire does not have.
    UnknownItem,
    /// An answer that is not on the scale.
    ValueOutOfRange,
}

impl ErrorCode {
    /// Every code, each once, by status. `function/openapi.yaml` documents
    /// exactly these (its test checks that).
    pub const ALL: [ErrorCode; 7] = [
        ErrorCode::InvalidRequest,
        ErrorCode::MethodNotAllowed,
        ErrorCode::VersionMismatch,
        ErrorCode::TooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::UnknownItem,
        ErrorCode::ValueOutOfRange,
    ];

    /// The code as the JSON error body spells it, e.g. `invalid_request`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::VersionMismatch => "version_mismatch",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::UnknownItem => "unknown_item",
            ErrorCode::ValueOutOfRange => "value_out_of_range",
        }
    }

    /// The HTTP status the endpoint answers this refusal with.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::InvalidRequest => 400,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::VersionMismatch => 409,
            ErrorCode::TooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::UnknownItem | ErrorCode::ValueOutOfRange => 422,
        }
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A request the endpoint refuses, and what to tell the client.
struct Refusal {
    code: ErrorCode,
    message: String,
}

fn refuse(code: ErrorCode, message: impl Into<String>) -> Refusal {
    Refusal {
        code,
        message: message.into(),
    }
}

enum Format {
    Json,
    /// The form of the page without JavaScript; answered with HTML.
    Form,
}

/// Scores a submitted self-assessment, or says precisely what is wrong
/// with the request. Never panics on any input.
///
/// `texts` are for the HTML page that answers a form post (JSON answers
/// need none); build them once, when the program starts.
pub fn handle(request: &Request<'_>, settings: &Settings, texts: &Texts) -> Response {
    let mut headers = vec![
        ("cache-control", "no-store".to_string()),
        ("x-content-type-options", "nosniff".to_string()),
        ("vary", "Origin".to_string()),
    ];
    if let Some(origin) = request.origin {
        if settings
            .allowed_origins
            .iter()
            .any(|allowed| allowed == origin.trim_end_matches('/'))
        {
            headers.push(("access-control-allow-origin", origin.to_string()));
        }
    }
    let allowed_by_cors = headers
        .iter()
        .any(|(n, _)| *n == "access-control-allow-origin");

    if request.method.eq_ignore_ascii_case("OPTIONS") {
        if allowed_by_cors {
            headers.push(("access-control-allow-methods", "POST, OPTIONS".into()));
            headers.push(("access-control-allow-headers", "Content-Type".into()));
            headers.push(("access-control-max-age", "86400".into()));
        }
        headers.push(("allow", "POST, OPTIONS".into()));
        return Response {
            status: 204,
            headers,
            body: Vec::new(),
        };
    }

    let format = match media_type(request.content_type).as_deref() {
        Some("application/x-www-form-urlencoded") => Format::Form,
        _ => Format::Json,
    };
    let outcome = (|| {
        if !request.method.eq_ignore_ascii_case("POST") {
            headers.push(("allow", "POST, OPTIONS".into()));
            return Err(refuse(
                ErrorCode::MethodNotAllowed,
                format!("use POST, not {}", safe_token(request.method)),
            ));
        }
        if request.body.len() > MAX_BODY {
            return Err(refuse(
                ErrorCode::TooLarge,
                format!("the body is larger than {MAX_BODY} bytes"),
            ));
        }
        let questionnaire = Questionnaire::builtin();
        match media_type(request.content_type).as_deref() {
            Some("application/json") => parse_json(questionnaire, request.body),
            Some("application/x-www-form-urlencoded") => parse_form(questionnaire, request.body),
            _ => Err(refuse(
                ErrorCode::UnsupportedMediaType,
                "send application/json (or application/x-www-form-urlencoded from the form)",
            )),
        }
    })();

    // Scored once, whichever format answers.
    let outcome = outcome.map(|submitted| {
        let questionnaire = Questionnaire::builtin();
        let scored = Scored {
            report: scoring::score(questionnaire, &submitted.answers),
            handover: submitted
                .page
                .as_ref()
                .map(|page| handover::handover(questionnaire, &submitted.answers, page)),
        };
        (submitted, scored)
    });
    match (outcome, format) {
        (Ok((_, scored)), Format::Json) => {
            headers.push(("content-type", "application/json".into()));
            Response {
                status: 200,
                headers,
                body: serde_json::to_vec(&scored).expect("a report serialises"),
            }
        }
        (Ok((submitted, scored)), Format::Form) => {
            let locale = submitted
                .lang
                .and_then(|l| texts.locale(&l))
                .unwrap_or_else(|| texts.default_locale());
            push_html_headers(&mut headers);
            let page = results_page::render(
                &scored.report,
                &submitted.answers,
                scored.handover.as_ref(),
                texts,
                locale,
                &settings.site_url,
            );
            Response {
                status: 200,
                headers,
                body: page.into_bytes(),
            }
        }
        (Err(refusal), Format::Json) => {
            headers.push(("content-type", "application/json".into()));
            let body = json!({"error": {"status": refusal.code.status(), "code": refusal.code, "message": refusal.message}});
            Response {
                status: refusal.code.status(),
                headers,
                body: serde_json::to_vec(&body).expect("JSON serialises"),
            }
        }
        (Err(refusal), Format::Form) => {
            let lang = form_field(request.body, "lang");
            let locale = lang
                .and_then(|l| texts.locale(&l))
                .unwrap_or_else(|| texts.default_locale());
            push_html_headers(&mut headers);
            Response {
                status: refusal.code.status(),
                headers,
                body: results_page::error(texts, locale, &settings.site_url, &refusal.message)
                    .into_bytes(),
            }
        }
    }
}

/// The headers of the endpoint's HTML pages, scored or refused: they carry
/// their own Content-Security-Policy.
fn push_html_headers(headers: &mut Vec<(&'static str, String)>) {
    headers.push(("content-type", "text/html; charset=utf-8".into()));
    headers.push((
        "content-security-policy",
        results_page::content_security_policy().into(),
    ));
    headers.push(("referrer-policy", "no-referrer".into()));
}

/// [`handle`] for an `http` request's parts: the adapter that the Lambda
/// function and `integra serve` share, so that both read the same headers and
/// send the same ones back.
pub fn handle_http(
    method: &http::Method,
    headers: &http::HeaderMap,
    body: &[u8],
    settings: &Settings,
    texts: &Texts,
) -> http::Response<Vec<u8>> {
    let header = |name: http::header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let reply = handle(
        &Request {
            method: method.as_str(),
            content_type: header(http::header::CONTENT_TYPE),
            origin: header(http::header::ORIGIN),
            body,
        },
        settings,
        texts,
    );
    let mut response = http::Response::new(reply.body);
    *response.status_mut() =
        http::StatusCode::from_u16(reply.status).expect("the handler answers with valid statuses");
    for (name, value) in reply.headers {
        // Values are the handler's own text or a header the client sent.
        if let Ok(value) = http::HeaderValue::try_from(value) {
            response
                .headers_mut()
                .append(http::header::HeaderName::from_static(name), value);
        }
    }
    response
}

/// `application/json` from `application/json; charset=utf-8`.
fn media_type(content_type: Option<&str>) -> Option<String> {
    content_type.map(|c| {
        c.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    })
}

/// A method name fit to repeat in a message: letters only, short.
fn safe_token(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphabetic)
        .take(16)
        .collect()
}

/// A request the endpoint accepted.
struct Submitted {
    answers: Answers,
    /// The form's `lang`; JSON requests have none (they get no HTML).
    lang: Option<String>,
    /// Where the answers came from, when the client wants a hand-over link.
    page: Option<PageUrl>,
}

/// A JSON answer: the report, and the hand-over when a page was sent.
#[derive(Serialize)]
struct Scored {
    #[serde(flatten)]
    report: scoring::Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    handover: Option<handover::Handover>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRequest {
    version: String,
    answers: RawAnswers,
    #[serde(default)]
    page: Option<String>,
}

/// The client's `page`, checked; the refusal does not repeat it.
fn page_url(page: Option<&str>) -> Result<Option<PageUrl>, Refusal> {
    page.filter(|p| !p.is_empty())
        .map(|p| {
            PageUrl::parse(p).ok_or_else(|| {
                refuse(
                    ErrorCode::InvalidRequest,
                    format!(
                        "`page` must be the page's own address: http or https, without `#`, at most {} characters",
                        handover::MAX_PAGE_URL
                    ),
                )
            })
        })
        .transpose()
}

/// The `answers` object with every key as sent, repeats included: a map
/// would keep only the last of two equal keys, and the contract refuses
/// them instead.
struct RawAnswers(Vec<(String, serde_json::Value)>);

impl<'de> Deserialize<'de> for RawAnswers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> serde::de::Visitor<'de> for Pairs {
            type Value = RawAnswers;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of statement ids and answers")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawAnswers, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(RawAnswers(pairs))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

fn check_version(questionnaire: &Questionnaire, version: &str) -> Result<(), Refusal> {
    if version == questionnaire.version {
        Ok(())
    } else {
        Err(refuse(
            ErrorCode::VersionMismatch,
            format!(
                "these answers are for another version of the questionnaire; this endpoint scores version {}: reload the page and start again",
                questionnaire.version
            ),
        ))
    }
}

fn parse_json(questionnaire: &Questionnaire, body: &[u8]) -> Result<Submitted, Refusal> {
    // serde reads a struct from an array too; the schema is an object.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(refuse(
            ErrorCode::InvalidRequest,
            match serde_json::from_slice::<serde_json::Value>(body) {
                Ok(_) => "the request does not match the schema: send an object with `version` and `answers`",
                Err(_) => "the body is not valid JSON",
            },
        ));
    }
    let request: JsonRequest = serde_json::from_slice(body).map_err(|e| {
        let message = match e.classify() {
            serde_json::error::Category::Data => schema_problem(body),
            _ => "the body is not valid JSON".to_string(),
        };
        refuse(ErrorCode::InvalidRequest, message)
    })?;
    check_version(questionnaire, &request.version)?;
    let page = page_url(request.page.as_deref())?;
    let mut answers = Answers::new();
    for (id, value) in &request.answers.0 {
        // An unknown key is the client's text, so it is not repeated.
        let item = questionnaire.item(id).ok_or_else(|| {
            refuse(
                ErrorCode::UnknownItem,
                "answers: a key is not a statement of this questionnaire; the ids are in questionnaire.json",
            )
        })?;
        if answers.contains_key(item) {
            return Err(refuse(
                ErrorCode::InvalidRequest,
                format!("answers.{item}: the statement is answered twice; send each one once"),
            ));
        }
        let number = match value {
            // 3.0 and 3e0 are the integer 3, as JSON Schema has it.
            serde_json::Value::Number(n) => n
                .as_i64()
                .or_else(|| {
                    n.as_f64()
                        .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                        .map(|f| f as i64)
                })
                .ok_or_else(|| {
                refuse(ErrorCode::ValueOutOfRange, format!("answers.{item}: send a whole number from 1 to 5"))
            })?,
            _ => {
                return Err(refuse(
                    ErrorCode::InvalidRequest,
                    format!("answers.{item}: expected a whole number from 1 to 5; leave a skipped statement out"),
                ))
            }
        };
        // The submitted value is never repeated: it is the client's data.
        let value = AnswerValue::new(number).ok_or_else(|| {
            refuse(
                ErrorCode::ValueOutOfRange,
                format!("answers.{item}: the answer is not a whole number from 1 to 5"),
            )
        })?;
        answers.insert(item.clone(), value);
    }
    Ok(Submitted {
        answers,
        lang: None,
        page,
    })
}

/// What is wrong with a JSON body that is not a request, naming the field.
/// serde's own messages quote the client's values and unknown field names
/// in full, so they are not repeated.
fn schema_problem(body: &[u8]) -> String {
    let prefix = "the request does not match the schema";
    let fields = match serde_json::from_slice(body) {
        Ok(serde_json::Value::Object(fields)) => fields,
        Ok(_) => return format!("{prefix}: send an object with `version` and `answers`"),
        Err(_) => return "the body is not valid JSON".to_string(),
    };
    if fields
        .keys()
        .any(|k| !["version", "answers", "page"].contains(&k.as_str()))
    {
        return format!(
            "{prefix}: an unknown field; send only `version`, `answers` and, optionally, `page`"
        );
    }
    match (fields.get("version"), fields.get("answers")) {
        (None, _) => format!("{prefix}: missing field `version`"),
        (_, None) => format!("{prefix}: missing field `answers`"),
        (Some(version), _) if !version.is_string() => {
            format!("{prefix}: `version` must be a string")
        }
        (_, Some(answers)) if !answers.is_object() => {
            format!("{prefix}: `answers` must be an object of statement ids and answers")
        }
        _ if fields
            .get("page")
            .is_some_and(|p| !p.is_string() && !p.is_null()) =>
        {
            format!("{prefix}: `page` must be a string")
        }
        _ => format!("{prefix}: send `version` and `answers` once each"),
    }
}

/// Pairs of an `application/x-www-form-urlencoded` body.
fn form_pairs(body: &[u8]) -> Result<Vec<(String, String)>, Refusal> {
    let text = std::str::from_utf8(body)
        .map_err(|_| refuse(ErrorCode::InvalidRequest, "the form is not UTF-8"))?;
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Ok((percent_decode(key)?, percent_decode(value)?))
        })
        .collect()
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    form_pairs(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

fn percent_decode(text: &str) -> Result<String, Refusal> {
    let bad = || {
        refuse(
            ErrorCode::InvalidRequest,
            "the form is not correctly encoded",
        )
    };
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).ok_or_else(bad)?;
                let hex = std::str::from_utf8(hex).map_err(|_| bad())?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| bad())?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| bad())
}

/// The statement a form field answers: `s<n>` is the n-th statement of
/// the questionnaire, counting from 1 across pillars. The page names its
/// radios so because five radios per statement repeat the name; the
/// version sent with the form pins the order.
fn form_item<'q>(questionnaire: &'q Questionnaire, field: &str) -> Option<&'q crate::ItemId> {
    let position: usize = field.strip_prefix('s')?.parse().ok()?;
    // `s01` would name the same statement as `s1`: one spelling only.
    if field.len() != format!("s{position}").len() {
        return None;
    }
    questionnaire.items().nth(position.checked_sub(1)?)
}

fn parse_form(questionnaire: &Questionnaire, body: &[u8]) -> Result<Submitted, Refusal> {
    let pairs = form_pairs(body)?;
    let mut seen = HashSet::new();
    let mut version = None;
    let mut lang = None;
    let mut page = None;
    let mut answers = Answers::new();
    for (key, value) in &pairs {
        if !seen.insert(key.as_str()) {
            return Err(refuse(
                ErrorCode::InvalidRequest,
                match form_item(questionnaire, key) {
                    Some(item) => format!("{item} is sent twice"),
                    None => "a field is sent twice".to_string(),
                },
            ));
        }
        match key.as_str() {
            "version" => version = Some(value.clone()),
            "lang" => lang = Some(value.clone()),
            "page" => page = Some(value.as_str()),
            field => {
                let item = form_item(questionnaire, field).ok_or_else(|| {
                    refuse(
                        ErrorCode::UnknownItem,
                        "a field is not a statement of this questionnaire: reload the page and start again",
                    )
                })?;
                if value.is_empty() || value == "skip" {
                    continue;
                }
                let value = value
                    .parse::<i64>()
                    .ok()
                    .and_then(AnswerValue::new)
                    .ok_or_else(|| {
                        refuse(
                            ErrorCode::ValueOutOfRange,
                            format!("{item}: choose an answer from the scale"),
                        )
                    })?;
                answers.insert(item.clone(), value);
            }
        }
    }
    let version =
        version.ok_or_else(|| refuse(ErrorCode::InvalidRequest, "the form has no version"))?;
    check_version(questionnaire, &version)?;
    Ok(Submitted {
        answers,
        lang,
        page: page_url(page)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_distinct_and_serialise_as_their_names() {
        let names: HashSet<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), ErrorCode::ALL.len());
        for code in ErrorCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
    }
}
