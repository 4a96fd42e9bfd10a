//! The assessment function: adapts Lambda's HTTP events (API Gateway REST
//! and HTTP APIs, Lambda Function URLs) to [`mip::api::handle`].

use std::time::Instant;

use lambda_http::{Body, Request, Response};

use mip::api::{self, Settings};

/// Scores one request. Logs one line with the status and the time taken —
/// never the body, the answers or anything else the client sent.
pub fn respond(event: &Request, settings: &Settings) -> Response<Body> {
    let started = Instant::now();
    let body: &[u8] = match event.body() {
        Body::Empty => &[],
        Body::Text(text) => text.as_bytes(),
        Body::Binary(bytes) => bytes,
        _ => &[],
    };
    let reply = api::handle_http(event.method(), event.headers(), body, settings);
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
