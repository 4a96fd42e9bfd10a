//! The origin check: behind CloudFront, the function answers only requests
//! that carry the secret header CloudFront adds (`x-integra-origin-secret`,
//! expected value in `INTEGRA_ORIGIN_SECRET`); others get 403 with a JSON
//! error that repeats nothing. Real events of every shape, as in
//! `events.rs`.

mod common;

use common::{assert_error, assert_valid_report, form_body, Event, Shape, FORM, JSON};
use std::sync::LazyLock;

use integra_function::{OriginSecret, ORIGIN_SECRET_HEADER, ORIGIN_SECRET_VARIABLE};
use lambda_http::{Body, Response};
use mip::api::Settings;
use mip::texts::Texts;
use serde_json::Value;

static TEXTS: LazyLock<Texts> = LazyLock::new(integra_function::embedded_texts);

/// The value of the stack's `OriginSecret` parameter in these tests.
const SECRET: &str = "0d9c4f7e2b8a61d35e0f9a7c4b2d8e61f3a5c7e9b1d2f4a6";

fn settings() -> Settings {
    Settings {
        // Same origin behind CloudFront: no CORS.
        allowed_origins: Vec::new(),
        site_url: "/".into(),
    }
}

struct Reply {
    status: u16,
    response: Response<Body>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.response
            .headers()
            .get(name)
            .map(|v| v.to_str().expect("ASCII"))
    }
}

fn send(event: &Event, secret: &OriginSecret) -> Reply {
    let response = integra_function::respond(&event.request(), secret, &settings(), &TEXTS);
    let body = match response.body() {
        Body::Empty => String::new(),
        Body::Text(text) => text.clone(),
        other => panic!("{:?}: a text body, not {other:?}", event.shape),
    };
    Reply {
        status: response.status().as_u16(),
        response,
        body,
    }
}

/// Checks a refusal: 403, the documented JSON error, the headers of every
/// answer, and nothing of the secret or of what was sent.
fn assert_forbidden(reply: &Reply, what: &str) {
    assert_eq!(reply.status, 403, "{what}: {}", reply.body);
    assert_eq!(reply.header("content-type"), Some(JSON), "{what}");
    assert_eq!(reply.header("cache-control"), Some("no-store"), "{what}");
    assert_eq!(
        reply.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert!(reply.header("set-cookie").is_none(), "{what}");
    assert!(
        reply.header("access-control-allow-origin").is_none(),
        "{what}"
    );
    let error: Value = serde_json::from_str(&reply.body).expect("a JSON error");
    assert_error(&error, 403, "forbidden", "through the site", what);
    for secretish in [
        SECRET,
        &SECRET[..8],
        "wrong",
        ORIGIN_SECRET_HEADER,
        "health-",
        "version",
    ] {
        assert!(!reply.body.contains(secretish), "{what}: {}", reply.body);
    }
    for (name, value) in reply.response.headers() {
        let value = value.to_str().unwrap_or("");
        assert!(
            !value.contains(&SECRET[..8]) && !name.as_str().contains("secret"),
            "{what}: {name}: {value}"
        );
    }
}

#[test]
fn with_the_right_header_a_post_is_scored() {
    let secret = OriginSecret::new(SECRET);
    for shape in Shape::ALL {
        // REST APIs keep the header's case; CloudFront sends it lowercase.
        for name in [ORIGIN_SECRET_HEADER, "X-Integra-Origin-Secret"] {
            let reply = send(&Event::new(shape).header(name, SECRET), &secret);
            assert_eq!(reply.status, 200, "{shape:?} {name}: {}", reply.body);
            let report: Value = serde_json::from_str(&reply.body).unwrap();
            assert_valid_report(&report, &format!("{shape:?}"));
        }
        // The form of the page without JavaScript, the reason for the
        // header: CloudFront adds it to the browser's plain POST.
        let form = Event::new(shape)
            .content_type(FORM)
            .body(&form_body("ar"))
            .header(ORIGIN_SECRET_HEADER, SECRET);
        let reply = send(&form, &secret);
        assert_eq!(reply.status, 200, "{shape:?} form: {}", reply.body);
        assert!(reply.body.starts_with("<!doctype html>"), "{}", reply.body);
        assert!(reply.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    }
}

#[test]
fn without_the_right_header_every_request_is_403() {
    let secret = OriginSecret::new(SECRET);
    let upper = SECRET.to_ascii_uppercase();
    let mut last_changed = SECRET.to_string();
    last_changed.pop();
    last_changed.push('0');
    let wrong = [
        ("wrong value", "wrong"),
        ("empty value", ""),
        ("a prefix", &SECRET[..SECRET.len() - 1]),
        ("one byte more", &format!("{SECRET}0")),
        ("last byte changed", &last_changed),
        ("other case", &upper),
        ("padded", &format!(" {SECRET}")),
    ]
    .map(|(what, value)| (what, value.to_string()));
    for shape in Shape::ALL {
        let reply = send(&Event::new(shape), &secret);
        assert_forbidden(&reply, &format!("{shape:?} without the header"));
        for (what, value) in &wrong {
            let event = Event::new(shape).header(ORIGIN_SECRET_HEADER, value);
            assert_forbidden(&send(&event, &secret), &format!("{shape:?} {what}"));
        }
        // The secret in another header does not count.
        let elsewhere = Event::new(shape).header("x-origin-secret", SECRET);
        assert_forbidden(&send(&elsewhere, &secret), &format!("{shape:?} elsewhere"));
        // Nor does the check depend on the method or the media type.
        let preflight = Event::new(shape)
            .method("OPTIONS")
            .no_body()
            .header("access-control-request-method", "POST");
        assert_forbidden(&send(&preflight, &secret), &format!("{shape:?} OPTIONS"));
        let form = Event::new(shape).content_type(FORM).body(&form_body("fa"));
        assert_forbidden(&send(&form, &secret), &format!("{shape:?} form"));
    }
}

#[test]
fn a_set_but_empty_secret_admits_nothing() {
    let secret = OriginSecret::new("");
    assert!(secret.is_checked());
    for shape in Shape::ALL {
        assert_forbidden(&send(&Event::new(shape), &secret), "no header");
        let event = Event::new(shape).header(ORIGIN_SECRET_HEADER, "");
        assert_forbidden(&send(&event, &secret), "an empty header");
    }
}

/// The only test of this binary that reads or changes the environment, so
/// that no other test sees the variable change.
#[test]
fn the_variable_decides_whether_requests_are_checked() {
    // SAFETY (edition 2024 wording): no other thread of this test binary
    // reads the environment.
    std::env::remove_var(ORIGIN_SECRET_VARIABLE);
    let unset = OriginSecret::from_env();
    assert!(!unset.is_checked());
    for shape in Shape::ALL {
        // Unset (local runs, tests): no check, with or without a header.
        let reply = send(&Event::new(shape), &unset);
        assert_eq!(reply.status, 200, "{shape:?}: {}", reply.body);
        let event = Event::new(shape).header(ORIGIN_SECRET_HEADER, "anything");
        assert_eq!(send(&event, &unset).status, 200, "{shape:?}");
    }

    std::env::set_var(ORIGIN_SECRET_VARIABLE, SECRET);
    let set = OriginSecret::from_env();
    std::env::remove_var(ORIGIN_SECRET_VARIABLE);
    assert!(set.is_checked());
    assert!(
        !format!("{set:?}").contains(SECRET),
        "Debug hides the secret"
    );
    for shape in Shape::ALL {
        assert_forbidden(&send(&Event::new(shape), &set), "set, no header");
        let event = Event::new(shape).header(ORIGIN_SECRET_HEADER, SECRET);
        assert_eq!(send(&event, &set).status, 200, "{shape:?}");
    }
}
