//! `integra serve`: builds the site and serves it on this machine.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::body::{Body, Bytes};
use axum::extract::DefaultBodyLimit;
use axum::http::{
    header, HeaderMap, HeaderName, HeaderValue, Method, Request, Response, StatusCode,
};
use axum::routing::any;
use axum::Router;
use tower_http::services::ServeDir;

/// Serves the built site in `output` below `base_path` until Ctrl-C.
pub async fn run(output: PathBuf, base_path: String, addr: SocketAddr) -> std::io::Result<()> {
    let app = router(output, &base_path);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let shown = if addr.ip().is_unspecified() {
        format!("http://127.0.0.1:{}{base_path}", addr.port())
    } else {
        format!("http://{addr}{base_path}")
    };
    println!("Serving the site at {shown} (Ctrl-C to stop)");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// Where `integra serve` answers the self-assessment, as the deployed
/// function does.
pub const ASSESSMENT_PATH: &str = "/api/assessment";

/// The very handler the Lambda function runs, for the local preview.
async fn assessment(
    method: Method,
    headers: HeaderMap,
    body: Bytes,
    site_url: String,
) -> Response<Body> {
    let header = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let request = mip::api::Request {
        method: method.as_str(),
        content_type: header(header::CONTENT_TYPE),
        origin: header(header::ORIGIN),
        body: &body,
    };
    let settings = mip::api::Settings {
        allowed_origins: Vec::new(),
        site_url,
    };
    let reply = mip::api::handle(&request, &settings);
    let mut response = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::try_from(*name),
            HeaderValue::try_from(value.as_str()),
        ) {
            response = response.header(name, value);
        }
    }
    response
        .body(Body::from(reply.body))
        .expect("a valid response")
}

/// The site's routes: files from `output`, the locale's own 404 page for
/// addresses that name nothing, and the self-assessment endpoint.
pub fn router(output: PathBuf, base_path: &str) -> Router {
    let site_url = base_path.to_string();
    let api = Router::new()
        .route(
            ASSESSMENT_PATH,
            any(move |method: Method, headers: HeaderMap, body: Bytes| {
                assessment(method, headers, body, site_url.clone())
            }),
        )
        // Anything much larger than the endpoint's own limit is refused
        // before it is read.
        .layer(DefaultBodyLimit::max(4 * mip::api::MAX_BODY));
    let missing_root = output.clone();
    let files =
        ServeDir::new(&output).fallback(tower::service_fn(move |request: Request<Body>| {
            let root = missing_root.clone();
            async move {
                Ok::<_, std::convert::Infallible>(not_found(&root, request.uri().path()).await)
            }
        }));
    let prefix = base_path.trim_end_matches('/');
    if prefix.is_empty() {
        api.fallback_service(files)
    } else {
        api.nest_service(prefix, files)
    }
}

async fn not_found(root: &Path, path: &str) -> Response<Body> {
    let locale = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let candidates = [root.join(locale).join("404.html"), root.join("404.html")];
    for page in candidates.iter().filter(|_| !locale.contains("..")) {
        if let Ok(bytes) = tokio::fs::read(page).await {
            return Response::builder()
                .status(StatusCode::NOT_FOUND)
                .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
                .body(Body::from(bytes))
                .expect("a valid response");
        }
    }
    Response::builder()
        .status(StatusCode::NOT_FOUND)
        .body(Body::from("Not found"))
        .expect("a valid response")
}
