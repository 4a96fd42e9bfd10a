//! `integra serve`: builds the site and serves it on this machine.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
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

/// The site's routes: files from `output`, and the locale's own 404 page for
/// addresses that name nothing.
pub fn router(output: PathBuf, base_path: &str) -> Router {
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
        Router::new().fallback_service(files)
    } else {
        Router::new().nest_service(prefix, files)
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
