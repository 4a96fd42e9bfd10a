//! The assessment function: adapts Lambda's HTTP events (API Gateway REST
//! and HTTP APIs, Lambda Function URLs) to [`mip::api::handle`], and
//! refuses requests that did not come through the site's CloudFront
//! distribution ([`OriginSecret`]).

use std::fmt;
use std::time::Instant;

use lambda_http::http::HeaderMap;
use lambda_http::{Body, Request, Response};

use mip::api::{self, Settings};
use mip::texts::{LocaleTexts, Texts};

/// A locale of `config.toml` as `build.rs` embedded it.
struct EmbeddedLocale {
    code: &'static str,
    name: &'static str,
    rtl: bool,
    fallback: &'static [&'static str],
    default_locale: &'static str,
    assessment_ftl: &'static str,
    main_ftl: &'static str,
    /// File name (without `.md`) and title of each translated workshop.
    workshops: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The assessment's texts in every locale of `config.toml`, as they were
/// when the function was built: on Lambda there are no files beside it.
/// Build them once, at start-up.
pub fn embedded_texts() -> Texts {
    Texts::new(LOCALES.iter().map(|locale| {
        LocaleTexts {
            code: locale.code.to_string(),
            rtl: locale.rtl,
            chain: mip::texts::fallback_chain(
                locale.code,
                locale.fallback.iter().copied(),
                Some(locale.default_locale),
            )
            .into_iter()
            .map(str::to_string)
            .collect(),
            assessment_ftl: locale.assessment_ftl.to_string(),
            main_ftl: locale.main_ftl.to_string(),
            name: locale.name.to_string(),
            workshops: locale
                .workshops
                .iter()
                .map(|&(id, title)| (mip::WorkshopId::new(id), title.to_string()))
                .collect(),
        }
    }))
}

/// The header that CloudFront adds to every request it forwards to the
/// function (an origin custom header of the distribution in
/// `deploy/template.yaml`). Browsers cannot know its value, so a request
/// that carries it came through the site.
pub const ORIGIN_SECRET_HEADER: &str = "x-integra-origin-secret";

/// The environment variable that holds the value [`ORIGIN_SECRET_HEADER`]
/// must have. Unset (local runs, tests): no check.
pub const ORIGIN_SECRET_VARIABLE: &str = "INTEGRA_ORIGIN_SECRET";

/// What a request must carry in [`ORIGIN_SECRET_HEADER`] to be answered.
///
/// The Function URL is public (`AuthType: NONE`): CloudFront's origin
/// access control for Function URLs would sign requests, but then a POST
/// must carry an `x-amz-content-sha256` hash of its body, which the
/// self-assessment's form, posted by a browser without JavaScript, cannot
/// send. The shared secret stands in for the signature. Its value is never
/// logged, echoed or shown by `Debug`.
#[derive(Clone, Default)]
pub struct OriginSecret(Option<Vec<u8>>);

impl OriginSecret {
    /// No check: every request is answered.
    pub fn none() -> OriginSecret {
        OriginSecret(None)
    }

    /// Requests must carry `value`. An empty value admits no request.
    pub fn new(value: impl Into<Vec<u8>>) -> OriginSecret {
        OriginSecret(Some(value.into()))
    }

    /// From [`ORIGIN_SECRET_VARIABLE`]: no check when it is unset; set but
    /// empty, no request is admitted (a deployment that meant to check).
    pub fn from_env() -> OriginSecret {
        OriginSecret(std::env::var_os(ORIGIN_SECRET_VARIABLE).map(|v| v.into_encoded_bytes()))
    }

    /// Whether requests are checked at all.
    pub fn is_checked(&self) -> bool {
        self.0.is_some()
    }

    /// Whether a request with these headers may be answered: no check, or
    /// exactly one [`ORIGIN_SECRET_HEADER`] with the expected value,
    /// compared in constant time.
    pub fn admits(&self, headers: &HeaderMap) -> bool {
        let Some(expected) = &self.0 else {
            return true;
        };
        let mut values = headers.get_all(ORIGIN_SECRET_HEADER).iter();
        match (values.next(), values.next()) {
            (Some(given), None) => !expected.is_empty() && same_bytes(given.as_bytes(), expected),
            _ => false,
        }
    }
}

impl fmt::Debug for OriginSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = if self.is_checked() { "checked" } else { "none" };
        f.debug_tuple("OriginSecret").field(&state).finish()
    }
}

/// `given == expected`, in a time that depends only on `expected`'s length:
/// every byte is compared, whatever the first difference.
fn same_bytes(given: &[u8], expected: &[u8]) -> bool {
    let mut difference = u8::from(given.len() != expected.len());
    for (n, &byte) in expected.iter().enumerate() {
        let other = given.get(n).copied().unwrap_or(!byte);
        difference |= std::hint::black_box(byte ^ other);
    }
    std::hint::black_box(difference) == 0
}

/// The answer to a request without the right [`ORIGIN_SECRET_HEADER`]:
/// 403, with the JSON error of `function/openapi.yaml` and the headers every
/// answer carries. It names no header and repeats nothing of the request.
fn forbidden() -> Response<Body> {
    let body = r#"{"error":{"status":403,"code":"forbidden","message":"this endpoint answers only requests that come through the site"}}"#;
    Response::builder()
        .status(403)
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .header("vary", "Origin")
        .header("content-type", "application/json")
        .body(Body::Text(body.to_string()))
        .expect("a valid response")
}

/// Scores one request, or refuses it (403) when `origin_secret` does not
/// admit it. Logs one line with the status and the time taken — never the
/// body, the answers, the secret or anything else the client sent.
pub fn respond(
    event: &Request,
    origin_secret: &OriginSecret,
    settings: &Settings,
    texts: &Texts,
) -> Response<Body> {
    let started = Instant::now();
    let reply = if origin_secret.admits(event.headers()) {
        let body: &[u8] = match event.body() {
            Body::Empty => &[],
            Body::Text(text) => text.as_bytes(),
            Body::Binary(bytes) => bytes,
            _ => &[],
        };
        api::handle_http(event.method(), event.headers(), body, settings, texts).map(|bytes| {
            match String::from_utf8(bytes) {
                Ok(text) if text.is_empty() => Body::Empty,
                Ok(text) => Body::Text(text),
                Err(e) => Body::Binary(e.into_bytes()),
            }
        })
    } else {
        forbidden()
    };
    println!(
        "{{\"status\":{},\"micros\":{}}}",
        reply.status().as_u16(),
        started.elapsed().as_micros()
    );
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_the_same_only_when_equal() {
        assert!(same_bytes(b"abc", b"abc"));
        assert!(same_bytes(b"", b""));
        for given in [&b"abd"[..], b"ab", b"abcd", b"", b"\0bc", b"ABC"] {
            assert!(!same_bytes(given, b"abc"), "{given:?}");
        }
        // A prefix padded with what the comparison substitutes is no match.
        assert!(!same_bytes(&[b'a', !b'b'], b"ab"));
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let secret = OriginSecret::new("s3cr3t-value");
        assert_eq!(format!("{secret:?}"), "OriginSecret(\"checked\")");
        assert_eq!(
            format!("{:?}", OriginSecret::none()),
            "OriginSecret(\"none\")"
        );
    }
}
