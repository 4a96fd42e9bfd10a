//! A real `integra serve` in a fixture's folder, and plain HTTP requests
//! to it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::site_test::SiteTest;

/// A running `integra serve`, stopped when dropped. Its standard output
/// is collected as it runs.
pub struct Server {
    child: Child,
    port: u16,
    output: Arc<Mutex<String>>,
}

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Server {
    pub fn start(site: &SiteTest) -> Server {
        Server::start_with(site, &[])
    }

    /// `integra serve` with more arguments, such as `--pseudo`.
    pub fn start_with(site: &SiteTest, more: &[&str]) -> Server {
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_integra"))
            .current_dir(site.root())
            .args(["serve", "--port", &port.to_string()])
            .args(more)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let output = Arc::new(Mutex::new(String::new()));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let collected = Arc::clone(&output);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("Serving the site at") {
                    let _ = ready_tx.send(line.clone());
                }
                let mut all = collected.lock().unwrap();
                all.push_str(&line);
                all.push('\n');
            }
        });
        // Made before anything can fail, so that its Drop stops the
        // process even when the checks below panic.
        let server = Server {
            child,
            port,
            output,
        };
        // The shipped site, 12 locales in a debug build, takes seconds to
        // build before serving; on a busy 2-core machine, much longer.
        let serving = ready_rx
            .recv_timeout(Duration::from_secs(180))
            .expect("integra serve starts");
        assert_eq!(
            serving,
            format!("Serving the site at http://127.0.0.1:{port}/mip/ (Ctrl-C to stop)")
        );
        let printed = server.printed();
        assert!(printed.starts_with("Built "), "{printed}");
        server
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server and returns what it printed.
    pub fn stop(&mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Let the reader thread take the last lines.
        std::thread::sleep(Duration::from_millis(50));
        self.output.lock().unwrap().clone()
    }

    /// One HTTP/1.0 exchange: `head` (the request line and headers, without
    /// the blank line) and `body` out; status, head (lower case) and body in.
    fn exchange(&self, head: &str, body: &[u8]) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "{head}\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        stream.write_all(body).unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let status = String::from_utf8_lossy(&response[9..12]).parse().unwrap();
        let (head, body) = match response.windows(4).position(|w| w == b"\r\n\r\n") {
            Some(at) => (&response[..at], response[at + 4..].to_vec()),
            None => (&response[..], Vec::new()),
        };
        (
            status,
            String::from_utf8_lossy(head).to_ascii_lowercase(),
            body,
        )
    }

    /// GET `path`: status code and body.
    pub fn get(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.get_with_head(path);
        (status, body)
    }

    /// GET `path`: status, raw head (lower case) and body.
    pub fn get_with_head(&self, path: &str) -> (u16, String, String) {
        let (status, head, body) = self.exchange(&format!("GET {path} HTTP/1.0"), b"");
        (status, head, String::from_utf8(body).expect("a UTF-8 body"))
    }

    /// What the server printed so far.
    pub fn printed(&self) -> String {
        self.output.lock().unwrap().clone()
    }

    /// GET `path`: status code and body, as bytes.
    pub fn get_bytes(&self, path: &str) -> (u16, Vec<u8>) {
        let (status, _, body) = self.exchange(&format!("GET {path} HTTP/1.0"), b"");
        (status, body)
    }

    /// POST `body` to `path`: status, raw head (lower case) and body.
    pub fn post(&self, path: &str, content_type: &str, body: &[u8]) -> (u16, String, String) {
        let (status, head, body) = self.exchange(
            &format!(
                "POST {path} HTTP/1.0\r\nContent-Type: {content_type}\r\nContent-Length: {}",
                body.len()
            ),
            body,
        );
        (status, head, String::from_utf8(body).expect("a UTF-8 body"))
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A served page without the live-reload script `serve` adds: the rest is
/// the same bytes `build` writes.
pub fn without_reload_script(html: &str) -> String {
    match html.find("<script data-event-stream=") {
        Some(start) => {
            let end = html[start..].find("</script>").expect("a closed script")
                + start
                + "</script>".len();
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    }
}
