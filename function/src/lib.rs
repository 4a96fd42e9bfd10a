//! The assessment function: adapts Lambda's HTTP events (API Gateway REST
//! and HTTP APIs, Lambda Function URLs) to [`mip::api::handle`].

use std::time::Instant;

use lambda_http::http::header::{HeaderName, HeaderValue};
use lambda_http::{Body, Request, Response};

use mip::api::{self, Settings};

/// Scores one request. Logs one line with the status and the time taken —
/// never the body, the answers or anything else the client sent.
pub fn respond(event: &Request, settings: &Settings) -> Response<Body> {
    let started = Instant::now();
    let header = |name: &str| event.headers().get(name).and_then(|v| v.to_str().ok());
    let body: &[u8] = match event.body() {
        Body::Empty => &[],
        Body::Text(text) => text.as_bytes(),
        Body::Binary(bytes) => bytes,
        _ => &[],
    };
    let request = api::Request {
        method: event.method().as_str(),
        content_type: header("content-type"),
        origin: header("origin"),
        body,
    };
    let reply = api::handle(&request, settings);
    println!(
        "{{\"status\":{},\"micros\":{}}}",
        reply.status,
        started.elapsed().as_micros()
    );

    let mut response = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::try_from(*name),
            HeaderValue::try_from(value.as_str()),
        ) {
            response = response.header(name, value);
        }
    }
    let body = match String::from_utf8(reply.body) {
        Ok(text) if text.is_empty() => Body::Empty,
        Ok(text) => Body::Text(text),
        Err(e) => Body::Binary(e.into_bytes()),
    };
    response.body(body).unwrap_or_else(|_| {
        let mut fallback = Response::new(Body::Empty);
        *fallback.status_mut() = lambda_http::http::StatusCode::INTERNAL_SERVER_ERROR;
        fallback
    })
}
