//! The assessment function: adapts Lambda's HTTP events (API Gateway REST
//! and HTTP APIs, Lambda Function URLs) to [`mip::api::handle`].

use std::time::Instant;

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

/// Scores one request. Logs one line with the status and the time taken —
/// never the body, the answers or anything else the client sent.
pub fn respond(event: &Request, settings: &Settings, texts: &Texts) -> Response<Body> {
    let started = Instant::now();
    let body: &[u8] = match event.body() {
        Body::Empty => &[],
        Body::Text(text) => text.as_bytes(),
        Body::Binary(bytes) => bytes,
        _ => &[],
    };
    let reply = api::handle_http(event.method(), event.headers(), body, settings, texts);
    println!(
        "{{\"status\":{},\"micros\":{}}}",
        reply.status().as_u16(),
        started.elapsed().as_micros()
    );
    reply.map(|bytes| match String::from_utf8(bytes) {
        Ok(text) if text.is_empty() => Body::Empty,
        Ok(text) => Body::Text(text),
        Err(e) => Body::Binary(e.into_bytes()),
    })
}
