//! A stand-in of the Lambda Runtime API on 127.0.0.1: hands the function
//! queued events one by one and records what it posts back, as Lambda
//! would.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Child;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::{FUNCTION_ARN, PATIENCE};

pub(crate) struct Invocation {
    pub(crate) id: String,
    pub(crate) event: String,
}

#[derive(Debug)]
pub(crate) struct Posted {
    pub(crate) id: String,
    /// `response` or `error`.
    pub(crate) kind: String,
    pub(crate) body: Vec<u8>,
}

#[derive(Default)]
pub(crate) struct State {
    pub(crate) queue: VecDeque<Invocation>,
    pub(crate) posted: Vec<Posted>,
    /// How many times the function asked for the next event.
    pub(crate) nexts: usize,
    /// Requests the Runtime API does not serve.
    pub(crate) unexpected: Vec<String>,
    /// Set when the test is over: waiting `next` requests are dropped.
    pub(crate) closed: bool,
}

#[derive(Default)]
pub(crate) struct RuntimeApi {
    pub(crate) state: Mutex<State>,
    pub(crate) changed: Condvar,
}

impl RuntimeApi {
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn close(&self) {
        self.lock().closed = true;
        self.changed.notify_all();
    }

    /// The answer to one request, or `None` to drop the connection.
    pub(crate) fn answer(&self, request: &HttpRequest) -> Option<HttpResponse> {
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

    pub(crate) fn record_unexpected(&self, request: &HttpRequest) {
        self.lock()
            .unexpected
            .push(format!("{} {}", request.method, request.path));
        self.changed.notify_all();
    }
}

/// Status, headers and body of an answer to the function.
type HttpResponse = (u16, Vec<(String, String)>, Vec<u8>);

pub(crate) struct HttpRequest {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) body: Vec<u8>,
}

pub(crate) fn serve(listener: TcpListener, api: Arc<RuntimeApi>) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let api = Arc::clone(&api);
        thread::spawn(move || {
            let _ = serve_connection(stream, &api);
        });
    }
}

/// HTTP/1.1 with keep-alive, as the runtime's client speaks it.
pub(crate) fn serve_connection(stream: TcpStream, api: &RuntimeApi) -> io::Result<()> {
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

pub(crate) fn read_request(reader: &mut impl BufRead) -> io::Result<Option<HttpRequest>> {
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
pub(crate) struct Function(pub(crate) Child);

impl Drop for Function {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(crate) fn read_all(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut out = Vec::new();
        let _ = pipe.read_to_end(&mut out);
        out
    })
}
