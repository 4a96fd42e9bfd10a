//! What git history tells of a source: the lines changed since the version
//! a translation was made from.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use super::status::Change;
use crate::source_hash::source_hash;

/// Runs git in `root`; `None` when git is missing or fails (no repository,
/// no history).
fn git(root: &Path, args: &[&str], input: Option<&[u8]>) -> Option<Vec<u8>> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    if let Some(input) = input {
        let mut stdin = child.stdin.take()?;
        // Written from another thread: git answers while it reads.
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    let output = child.wait_with_output().ok()?;
    output.status.success().then_some(output.stdout)
}

/// The bytes of `file` (relative to `root`) at revision `rev`; `None` when
/// git cannot say (no such revision, or no such file then).
pub(super) fn git_show(root: &Path, rev: &str, file: &str) -> Option<Vec<u8>> {
    git(root, &["show", &format!("{rev}:{file}")], None)
}

/// The most recent commit in which `file` (relative to `root`) had source
/// hash `hash`, and the file's bytes then.
pub(super) fn git_version(root: &Path, file: &str, hash: &str) -> Option<(String, Vec<u8>)> {
    let log = git(
        root,
        &[
            "log",
            "--no-renames",
            "--raw",
            "--no-abbrev",
            "--format=commit %H",
            "--",
            file,
        ],
        None,
    )?;
    let log = String::from_utf8(log).ok()?;
    // Each commit that touched the file, newest first, with the file's blob.
    let mut commits: Vec<(String, String)> = Vec::new();
    let mut current: Option<String> = None;
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix("commit ") {
            current = Some(rest.trim().to_string());
        } else if let (Some(raw), Some(commit)) = (line.strip_prefix(':'), &current) {
            let blob = raw.split_whitespace().nth(3)?;
            if blob.bytes().any(|b| b != b'0') {
                commits.push((commit.clone(), blob.to_string()));
            }
        }
    }
    if commits.is_empty() {
        return None;
    }
    let mut request = String::new();
    for (_, blob) in &commits {
        request.push_str(blob);
        request.push('\n');
    }
    let batch = git(root, &["cat-file", "--batch"], Some(request.as_bytes()))?;
    // `<blob> blob <size>\n<bytes>\n` per request, in order.
    let mut rest = batch.as_slice();
    for (commit, _) in &commits {
        let header_end = rest.iter().position(|&b| b == b'\n')?;
        let header = std::str::from_utf8(&rest[..header_end]).ok()?;
        let size: usize = header.split_whitespace().nth(2)?.parse().ok()?;
        let start = header_end + 1;
        let bytes = rest.get(start..start + size)?;
        if source_hash(bytes) == hash {
            return Some((commit.clone(), bytes.to_vec()));
        }
        rest = rest.get(start + size + 1..)?;
    }
    None
}

/// Lines added and removed in `file` (relative to `root`) since the most
/// recent commit in which its bytes had source hash `hash`, and its bytes
/// then.
pub(super) fn git_change(root: &Path, file: &str, hash: &str) -> Option<(Change, Vec<u8>)> {
    let (commit, bytes) = git_version(root, file, hash)?;
    let numstat = git(root, &["diff", "--numstat", &commit, "--", file], None)?;
    let short = git(root, &["rev-parse", "--short", &commit], None)
        .and_then(|out| String::from_utf8(out).ok())
        .map_or_else(
            || commit.chars().take(7).collect(),
            |s| s.trim().to_string(),
        );
    let numstat = String::from_utf8(numstat).ok()?;
    let (added, removed) = numstat.lines().next().map_or(Some((0, 0)), |line| {
        let mut fields = line.split('\t');
        Some((fields.next()?.parse().ok()?, fields.next()?.parse().ok()?))
    })?;
    Some((
        Change {
            commit: short,
            lines_added: added,
            lines_removed: removed,
        },
        bytes,
    ))
}
