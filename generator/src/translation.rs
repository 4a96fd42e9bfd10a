//! Translation progress, for translators: how much of each locale's
//! interface and content is translated, which translations are stale, and
//! the two edits the `integra i18n` commands make (marking a translation up
//! to date, adding a locale).
//!
//! A translation records which version of its English source it was made
//! from in its front matter, `translated_from = "<source hash>"`: the first
//! 12 hex digits of the SHA-256 of the source file's bytes. When the source
//! changes, its hash no longer matches and the translation is *stale*; a
//! translation without the key is *unmarked*.
//!
//! [`status`] computes a [`Status`], which serialises to this JSON (the
//! output of `integra i18n status --format json`; fields are only ever
//! added):
//!
//! ```json
//! {
//!   "source_locale": "en",
//!   "locales": [{
//!     "locale": "fr", "name": "Français", "dir": "ltr", "fallback": ["en"],
//!     "messages": {
//!       "total": 157, "translated": 3, "percent": 1,
//!       "missing": ["nav-about", "…"],
//!       "obsolete": ["only-in-french"]
//!     },
//!     "content": {
//!       "total": 21, "translated": 3, "percent": 14,
//!       "fallback": [{"path": "about.md", "shown_in": "en"}],
//!       "stale": [{"path": "pillars/health.md",
//!                  "file": "content/fr/pillars/health.md",
//!                  "source": "content/en/pillars/health.md",
//!                  "translated_from": "0123456789ab", "source_hash": "ba9876543210",
//!                  "change": {"commit": "1a2b3c4", "lines_added": 12, "lines_removed": 3},
//!                  "summary": "+12 −3 lines since 1a2b3c4"}],
//!       "drafts": ["_index.md"],
//!       "unmarked": ["_index.md", "workshops/network-map.md"]
//!     }
//!   }]
//! }
//! ```
//!
//! `percent` is rounded down, so 100 means complete. `change` is `null` when
//! the English version the page was translated from cannot be found in the
//! git history; `summary` then says only that the source changed.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::{self, Config, Direction, Locale};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter;
use crate::i18n::{Messages, TODO_MARK};
use crate::project::Project;
use crate::site::Site;

/// How many hex digits of the SHA-256 a source hash keeps.
pub const HASH_LEN: usize = 12;

/// The source hash of a file's bytes: the first 12 hex digits of their
/// SHA-256.
pub fn source_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(HASH_LEN);
    for b in digest.iter().take(HASH_LEN / 2) {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Whether `text` looks like a [`source_hash`].
pub fn is_source_hash(text: &str) -> bool {
    text.len() == HASH_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Translation progress of every locale but the source.
#[derive(Debug, Serialize)]
pub struct Status {
    pub source_locale: String,
    pub locales: Vec<LocaleStatus>,
}

/// Translation progress of one locale.
#[derive(Debug, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// The language's own name.
    pub name: String,
    pub dir: Direction,
    /// Where missing pages and messages come from, in order.
    pub fallback: Vec<String>,
    pub messages: MessageStatus,
    pub content: ContentStatus,
}

/// Interface messages of one locale, against the source's.
#[derive(Debug, Serialize)]
pub struct MessageStatus {
    /// Message ids the source defines.
    pub total: usize,
    /// Source ids this locale defines with its own text.
    pub translated: usize,
    pub percent: u32,
    /// Source ids this locale does not define, or defines with the English
    /// text still marked `# TODO translate`, sorted.
    pub missing: Vec<String>,
    /// Ids this locale defines that the source does not, sorted.
    pub obsolete: Vec<String>,
}

/// Pages of the source locale, as one locale shows them.
#[derive(Debug, Serialize)]
pub struct ContentStatus {
    /// Pages of the source locale.
    pub total: usize,
    /// Source pages this locale has its own file for.
    pub translated: usize,
    pub percent: u32,
    /// Source pages this locale shows from another locale.
    pub fallback: Vec<FallbackPage>,
    /// Translations whose source changed since they were marked.
    pub stale: Vec<StalePage>,
    /// Translations marked `translation = "draft"`.
    pub drafts: Vec<String>,
    /// Translations without `translated_from`.
    pub unmarked: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct FallbackPage {
    pub path: String,
    /// The locale whose page is shown instead.
    pub shown_in: String,
}

#[derive(Debug, Serialize)]
pub struct StalePage {
    pub path: String,
    /// The translation, from the project folder.
    pub file: String,
    /// Its source, from the project folder.
    pub source: String,
    pub translated_from: String,
    /// The source hash of the source as it is now.
    pub source_hash: String,
    /// What changed in the source, when git history tells.
    pub change: Option<Change>,
    /// One line for people, such as `+12 −3 lines since 1a2b3c4`.
    pub summary: String,
}

/// Lines changed in a source since the commit it was translated from.
#[derive(Debug, Serialize)]
pub struct Change {
    /// Short id of the most recent commit that had the source as it was
    /// translated.
    pub commit: String,
    pub lines_added: u64,
    pub lines_removed: u64,
}

/// The summary of a stale page whose old version git cannot tell.
pub const SOURCE_CHANGED: &str = "the English source changed since it was translated";

fn percent(part: usize, total: usize) -> u32 {
    (part * 100)
        .checked_div(total)
        .map_or(100, |p| u32::try_from(p).unwrap_or(100))
}

/// The translation progress of `only` (every locale when empty) but the
/// source. With `history`, the project folder, stale pages say what changed
/// according to git, when git and the history are there.
pub fn status(site: &Site, messages: &Messages, only: &[Locale], history: Option<&Path>) -> Status {
    let default = &site.config.default_locale;
    let english: BTreeSet<&str> = messages.source_ids();
    let sources: Vec<_> = site
        .paths
        .iter()
        .filter_map(|path| site.page(default, path))
        .collect();
    let mut locales = Vec::new();
    for locale in &site.config.locales {
        if locale.locale == *default || !(only.is_empty() || only.contains(&locale.locale)) {
            continue;
        }
        let own: BTreeSet<&str> = messages.ids_of(&locale.locale).collect();
        let untranslated: BTreeSet<&str> = messages.untranslated(&locale.locale).collect();
        let missing: Vec<String> = english
            .iter()
            .filter(|id| !own.contains(*id) || untranslated.contains(*id))
            .map(|id| id.to_string())
            .collect();
        let obsolete: Vec<String> = own.difference(&english).map(|id| id.to_string()).collect();
        let translated = english.len() - missing.len();
        let messages = MessageStatus {
            total: english.len(),
            translated,
            percent: percent(translated, english.len()),
            missing,
            obsolete,
        };

        let mut content = ContentStatus {
            total: sources.len(),
            translated: 0,
            percent: 0,
            fallback: Vec::new(),
            stale: Vec::new(),
            drafts: Vec::new(),
            unmarked: Vec::new(),
        };
        for source in &sources {
            let path = source.path.as_str().to_string();
            let Some(page) = site.page(&locale.locale, &source.path) else {
                let shown = site.resolve(locale, &source.path).unwrap_or(source);
                content.fallback.push(FallbackPage {
                    path,
                    shown_in: shown.locale.to_string(),
                });
                continue;
            };
            content.translated += 1;
            if page.translation == Some(front_matter::Translation::Draft) {
                content.drafts.push(path.clone());
            }
            let current = source_hash(source.source.as_bytes());
            match &page.translated_from {
                None => content.unmarked.push(path),
                Some(from) if *from != current => {
                    let source_file = format!("content/{default}/{path}");
                    let change = history.and_then(|root| git_change(root, &source_file, from));
                    let summary = match &change {
                        Some(c) => format!(
                            "+{} \u{2212}{} lines since {}",
                            c.lines_added, c.lines_removed, c.commit
                        ),
                        None => SOURCE_CHANGED.to_string(),
                    };
                    content.stale.push(StalePage {
                        file: format!("content/{}/{path}", locale.locale),
                        source: source_file,
                        path,
                        translated_from: from.clone(),
                        source_hash: current,
                        change,
                        summary,
                    });
                }
                Some(_) => {}
            }
        }
        content.percent = percent(content.translated, content.total);
        locales.push(LocaleStatus {
            locale: locale.locale.to_string(),
            name: locale.name.clone(),
            dir: locale.dir,
            fallback: locale.chain[1..].iter().map(Locale::to_string).collect(),
            messages,
            content,
        });
    }
    Status {
        source_locale: default.to_string(),
        locales,
    }
}

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

/// Lines added and removed in `file` (relative to `root`) since the most
/// recent commit in which its bytes had source hash `hash`.
fn git_change(root: &Path, file: &str, hash: &str) -> Option<Change> {
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
    let mut found = None;
    for (commit, _) in &commits {
        let header_end = rest.iter().position(|&b| b == b'\n')?;
        let header = std::str::from_utf8(&rest[..header_end]).ok()?;
        let size: usize = header.split_whitespace().nth(2)?.parse().ok()?;
        let start = header_end + 1;
        let bytes = rest.get(start..start + size)?;
        if source_hash(bytes) == hash {
            found = Some(commit.clone());
            break;
        }
        rest = rest.get(start + size + 1..)?;
    }
    let commit = found?;
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
    Some(Change {
        commit: short,
        lines_added: added,
        lines_removed: removed,
    })
}

impl Status {
    /// For people: a table per locale, then what is left to do. Without
    /// `full`, long lists are cut to their first items.
    pub fn text(&self, full: bool) -> String {
        let mut out = String::new();
        self.write_text(&mut out, full)
            .expect("writing to a String cannot fail");
        out
    }

    fn write_text(&self, f: &mut String, full: bool) -> fmt::Result {
        if self.locales.is_empty() {
            return writeln!(
                f,
                "No locale besides {} is configured; add one with `integra i18n new`.",
                self.source_locale
            );
        }
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        for (i, l) in self.locales.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            let m = &l.messages;
            let c = &l.content;
            let list = |f: &mut String, title: &str, items: &[String]| {
                list(f, title, items, (!full).then_some(&l.locale))
            };
            writeln!(f, "{} ({})", l.locale, l.name)?;
            writeln!(
                f,
                "  {:<10} {:>10} {:>6} {:>6} {:>8}",
                "", "translated", "of", "done", "missing"
            )?;
            let mut rows = Vec::new();
            let mut notes = Vec::new();
            if !m.obsolete.is_empty() {
                notes.push(format!("{} obsolete", m.obsolete.len()));
            }
            rows.push((
                "interface",
                m.translated,
                m.total,
                m.percent,
                m.missing.len(),
                notes,
            ));
            let mut notes = Vec::new();
            if !c.stale.is_empty() {
                notes.push(format!("{} stale", c.stale.len()));
            }
            if !c.drafts.is_empty() {
                notes.push(plural(c.drafts.len(), "draft", "drafts"));
            }
            if !c.unmarked.is_empty() {
                notes.push(format!("{} unmarked", c.unmarked.len()));
            }
            rows.push((
                "pages",
                c.translated,
                c.total,
                c.percent,
                c.fallback.len(),
                notes,
            ));
            for (what, done, total, percent, missing, notes) in rows {
                let row = format!(
                    "  {what:<10} {done:>10} {total:>6} {percent:>5}% {missing:>8}   {}",
                    notes.join(", ")
                );
                writeln!(f, "{}", row.trim_end())?;
            }

            if !c.stale.is_empty() {
                writeln!(
                    f,
                    "\n  Stale ({}): the {} source changed since they were translated;",
                    c.stale.len(),
                    self.source_locale
                )?;
                writeln!(
                    f,
                    "  update each, then run `integra i18n mark-translated FILE`:"
                )?;
                let width = c.stale.iter().map(|s| s.file.len()).max().unwrap_or(0);
                for s in &c.stale {
                    writeln!(f, "    {:<width$}  {}", s.file, s.summary)?;
                }
            }
            list(f, "Drafts, for a native speaker to review", &c.drafts)?;
            list(
                f,
                "Unmarked: run `integra i18n mark-translated FILE` once each is up to date",
                &c.unmarked,
            )?;
            let mut by_locale: Vec<(&str, Vec<String>)> = Vec::new();
            for page in &c.fallback {
                match by_locale.iter_mut().find(|(l, _)| *l == page.shown_in) {
                    Some((_, pages)) => pages.push(page.path.clone()),
                    None => by_locale.push((&page.shown_in, vec![page.path.clone()])),
                }
            }
            for (shown_in, pages) in by_locale {
                list(f, &format!("Not translated, shown in {shown_in}"), &pages)?;
            }
            list(f, "Missing messages", &m.missing)?;
            list(
                f,
                &format!(
                    "Obsolete messages, not in {}: remove them or fix their ids",
                    self.source_locale
                ),
                &m.obsolete,
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(true))
    }
}

/// How many items a cut list shows.
const CUT: usize = 12;

/// `title (n):` then the items, wrapped; with `cut_for`, only the first
/// [`CUT`] and how to see the rest.
fn list(f: &mut String, title: &str, items: &[String], cut_for: Option<&String>) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f, "\n  {title} ({}):", items.len())?;
    let shown = match cut_for {
        Some(_) if items.len() > CUT + 1 => &items[..CUT],
        _ => items,
    };
    let mut line = String::new();
    for item in shown {
        if !line.is_empty() && line.len() + item.len() + 2 > 76 {
            writeln!(f, "    {line}")?;
            line.clear();
        }
        if !line.is_empty() {
            line.push_str("  ");
        }
        line.push_str(item);
    }
    writeln!(f, "    {line}")?;
    if let (Some(locale), true) = (cut_for, shown.len() < items.len()) {
        writeln!(
            f,
            "    … and {} more (`integra i18n status {locale}` lists them all)",
            items.len() - shown.len()
        )?;
    }
    Ok(())
}

/// What [`mark_translated`] did.
#[derive(Debug)]
pub struct Marked {
    /// The translation, as the user should read its name.
    pub file: PathBuf,
    pub source: PathBuf,
    pub hash: String,
    /// The value it had before, if any.
    pub previous: Option<String>,
}

impl Marked {
    /// Whether the file was already marked with the current hash.
    pub fn unchanged(&self) -> bool {
        self.previous.as_deref() == Some(self.hash.as_str())
    }
}

/// Sets `translated_from` in the translation at `path` (as the user typed
/// it: relative to the current folder or to the project) to the source hash
/// of its English source, editing nothing else in the file.
pub fn mark_translated(
    project: &Project,
    config: &Config,
    path: &Path,
) -> Result<Marked, Diagnostic> {
    let default = &config.default_locale;
    let hint = format!(
        "give the path of a translated page, e.g. `content/<locale>/about.md` for `content/{default}/about.md`"
    );
    let given = if path.exists() || path.is_absolute() {
        path.to_path_buf()
    } else {
        project.root.join(path)
    };
    let not_found = || {
        Diagnostic::error("there is no such file")
            .in_file(path)
            .with_hint(hint.clone())
    };
    if !given.is_file() {
        return Err(not_found());
    }
    let content = project.path("content");
    let relative = match (given.canonicalize(), content.canonicalize()) {
        (Ok(file), Ok(content)) => file.strip_prefix(&content).map(Path::to_path_buf).ok(),
        _ => None,
    };
    let Some(relative) = relative else {
        return Err(
            Diagnostic::error(format!("this file is not below {}/", content.display()))
                .in_file(path)
                .with_hint(hint),
        );
    };
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let (locale, rest) = match parts.split_first() {
        Some((locale, rest)) if !rest.is_empty() => (locale.clone(), rest.join("/")),
        _ => return Err(not_found()),
    };
    let file = project.path(&format!("content/{locale}/{rest}"));
    if !rest.ends_with(".md") {
        return Err(Diagnostic::error("this is not a page (a `.md` file)")
            .in_file(&file)
            .with_hint(hint));
    }
    if locale == default.as_str() {
        return Err(Diagnostic::error(format!(
            "this is a page of the source locale ({default}), not a translation"
        ))
        .in_file(&file)
        .with_hint(hint));
    }
    if !config.locales.iter().any(|l| l.locale.as_str() == locale) {
        return Err(
            Diagnostic::error(format!("`{locale}` is not a configured locale"))
                .in_file(&file)
                .with_hint("add the locale with `integra i18n new`, or check the folder name"),
        );
    }
    let source_file = project.path(&format!("content/{default}/{rest}"));
    let source = std::fs::read(&source_file).map_err(|_| {
        Diagnostic::error(format!(
            "this page has no source: {} does not exist",
            source_file.display()
        ))
        .in_file(&file)
        .with_hint(format!(
            "a translation has the same path as its source below content/{default}/; rename the file, or create its source first"
        ))
    })?;
    let hash = source_hash(&source);
    let text = std::fs::read_to_string(&file).map_err(|e| {
        Diagnostic::error(format!("cannot read the page: {e}"))
            .in_file(&file)
            .with_hint("pages must be UTF-8 text files")
    })?;
    let (edited, previous) = set_translated_from(&text, &hash).map_err(|d| d.in_file(&file))?;
    if edited != text {
        std::fs::write(&file, edited)
            .map_err(|e| Diagnostic::error(format!("cannot write the page: {e}")).in_file(&file))?;
    }
    Ok(Marked {
        file,
        source: source_file,
        hash,
        previous,
    })
}

/// A TOML table header line, `[name]` or `[[name]]`.
static TABLE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*\[\[?\s*[A-Za-z0-9_\-."' ]+\]\]?\s*(#.*)?$"#).expect("valid")
});

/// `source` with `translated_from = "<hash>"` in its front matter: the line
/// that sets it replaced, or a new line added before the closing `+++` (or
/// before the first `[table]`). Returns the new text and the old value.
pub fn set_translated_from(
    source: &str,
    hash: &str,
) -> Result<(String, Option<String>), Diagnostic> {
    let split = front_matter::split(source)?;
    let parse = |split: &front_matter::Split<'_>, text: &str| {
        front_matter::parse::<toml::Table>(text, split)
    };
    let mut before = parse(&split, source)?;
    let previous = before
        .remove("translated_from")
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string));
    if previous.as_deref() == Some(hash) {
        return Ok((source.to_string(), previous));
    }

    let line = format!("translated_from = \"{hash}\"");
    let front_end = split.front_offset + split.front.len();
    let newline = if source[front_end..].starts_with("+++\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut existing = None;
    let mut first_table = None;
    let mut offset = split.front_offset;
    for text in split.front.split_inclusive('\n') {
        let content = text.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        if existing.is_none()
            && trimmed
                .strip_prefix("translated_from")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            existing = Some(offset..offset + content.len());
        }
        if first_table.is_none() && TABLE_HEADER.is_match(content) {
            first_table = Some(offset);
        }
        offset += text.len();
    }
    let edited = match existing {
        Some(range) => format!("{}{line}{}", &source[..range.start], &source[range.end..]),
        None => {
            let at = first_table.unwrap_or(front_end);
            format!("{}{line}{newline}{}", &source[..at], &source[at..])
        }
    };

    // Check that only the key changed.
    let cannot = || {
        Diagnostic::error("cannot set translated_from in this front matter automatically")
            .at(source, 1, 1)
            .with_hint(format!(
                "add the line `{line}` yourself, just before the closing `+++`"
            ))
    };
    let new_split = front_matter::split(&edited).map_err(|_| cannot())?;
    let mut after = parse(&new_split, &edited).map_err(|_| cannot())?;
    let value = after.remove("translated_from");
    if value.as_ref().and_then(toml::Value::as_str) != Some(hash)
        || after != before
        || new_split.body != split.body
    {
        return Err(cannot());
    }
    Ok((edited, previous))
}

/// What `integra i18n new` is asked for.
#[derive(Debug)]
pub struct NewLocale {
    /// The tag as typed.
    pub code: String,
    /// The language's own name.
    pub name: String,
    /// `None`: the usual direction of the language's script.
    pub dir: Option<Direction>,
    pub fallback: Vec<String>,
}

/// What `integra i18n new` did.
#[derive(Debug)]
pub struct Created {
    pub locale: Locale,
    /// The default locale, which the new one translates.
    pub source_locale: Locale,
    /// The locales it falls back to before the default one.
    pub fallback: Vec<Locale>,
    pub dir: Direction,
    /// Whether `dir` was chosen from the language rather than given.
    pub dir_guessed: bool,
    /// Fluent files written, with their number of messages.
    pub message_files: Vec<(PathBuf, usize)>,
    /// Fluent files that existed already and were left alone.
    pub kept: Vec<PathBuf>,
    pub content_dir: PathBuf,
    /// Source pages to translate first, those that exist.
    pub first_pages: Vec<String>,
    pub config_file: PathBuf,
    /// The site's path, for the preview address.
    pub base_path: String,
}

/// Adds a locale: a `[[locales]]` entry at the end of `config.toml` (the
/// rest of the file untouched), `locales/<locale>/` with a copy of every
/// source Fluent file marked for translation, and `content/<locale>/`.
/// The site builds at once, the new locale falling back to the source.
pub fn new_locale(project: &Project, new: &NewLocale) -> Result<Created, Diagnostics> {
    let config_file = project.path("config.toml");
    let config = config::load(&config_file)?;
    let config_text = std::fs::read_to_string(&config_file)
        .map_err(|e| one(Diagnostic::error(format!("cannot read: {e}")).in_file(&config_file)))?;
    let mut problems = Diagnostics::default();

    let locale = match Locale::parse(&new.code) {
        Ok(locale) => Some(locale),
        Err(message) => {
            problems
                .push(Diagnostic::error(message).with_hint(
                    "use a BCP 47 tag such as \"de\", \"pt-BR\", \"fa\" or \"sr-Latn\"",
                ));
            None
        }
    };
    if let Some(locale) = &locale {
        if config.locales.iter().any(|l| l.locale == *locale) {
            let line = config_text
                .lines()
                .position(|l| {
                    l.split_once('=').is_some_and(|(k, v)| {
                        k.trim() == "code" && v.trim().trim_matches('"') == locale.as_str()
                    })
                })
                .map_or(1, |i| i + 1);
            problems.push(
                Diagnostic::error(format!("locale `{locale}` is already configured"))
                    .in_file(&config_file)
                    .at(&config_text, line, 1)
                    .with_hint(format!(
                        "translate its files, and see how far it is with `integra i18n status {locale}`"
                    )),
            );
        }
    }
    let name = new.name.trim();
    if name.is_empty() {
        problems.push(
            Diagnostic::error("the language's name is empty")
                .with_hint("give its name in the language itself, e.g. --name \"Deutsch\""),
        );
    }
    let mut fallback: Vec<Locale> = Vec::new();
    for code in &new.fallback {
        match Locale::parse(code) {
            Ok(f) if locale.as_ref() == Some(&f) => problems.push(Diagnostic::error(format!(
                "locale `{f}` cannot fall back to itself"
            ))),
            Ok(f) if !config.locales.iter().any(|l| l.locale == f) => problems.push(
                Diagnostic::error(format!("--fallback `{f}` is not a configured locale"))
                    .with_hint("a fallback must be one of the locales in config.toml; the default locale is added at the end by itself"),
            ),
            Ok(f) if fallback.contains(&f) => {
                problems.push(Diagnostic::error(format!("--fallback `{f}` is given twice")))
            }
            Ok(f) => fallback.push(f),
            Err(message) => problems.push(Diagnostic::error(message)),
        }
    }
    let default = &config.default_locale;
    let english_dir = project.path(&format!("locales/{default}"));
    let english_files = crate::i18n::ftl_files(&english_dir);
    if english_files.is_empty() {
        problems.push(
            Diagnostic::error("the default locale has no Fluent files to copy")
                .in_file(&english_dir),
        );
    }
    let Some(locale) = locale else {
        return Err(problems);
    };
    if problems.has_errors() {
        return Err(problems);
    }

    let (dir, dir_guessed) = match new.dir {
        Some(dir) => (dir, false),
        None => match locale.langid().character_direction() {
            unic_langid::CharacterDirection::RTL => (Direction::Rtl, true),
            _ => (Direction::Ltr, true),
        },
    };

    // The files first, the configuration last: it is what turns the
    // locale on.
    let messages_dir = project.path(&format!("locales/{locale}"));
    let io = |e: std::io::Error, file: &Path| {
        one(Diagnostic::error(format!("cannot write: {e}")).in_file(file))
    };
    std::fs::create_dir_all(&messages_dir).map_err(|e| io(e, &messages_dir))?;
    let mut message_files = Vec::new();
    let mut kept = Vec::new();
    for english in &english_files {
        let file_name = english.file_name().expect("a file").to_string_lossy();
        let target = messages_dir.join(file_name.as_ref());
        if target.exists() {
            kept.push(target);
            continue;
        }
        let text = std::fs::read_to_string(english)
            .map_err(|e| one(Diagnostic::error(format!("cannot read: {e}")).in_file(english)))?;
        let header = format!(
            "# {name} ({locale}): interface strings, copied from {} by `integra i18n new`.\n\
             # Each message still has its English text. Translate the text after `=`,\n\
             # keep the id and any {{ $variable }}, then delete the `# {TODO_MARK}` line\n\
             # above it. See TRANSLATING.md.\n\n",
            english.display()
        );
        let (copy, count) = todo_copy(&text, &header);
        std::fs::write(&target, copy).map_err(|e| io(e, &target))?;
        message_files.push((target, count));
    }
    let content_dir = project.path(&format!("content/{locale}"));
    std::fs::create_dir_all(&content_dir).map_err(|e| io(e, &content_dir))?;
    let is_empty = std::fs::read_dir(&content_dir).is_ok_and(|mut d| d.next().is_none());
    if is_empty {
        let keep = content_dir.join(".gitkeep");
        std::fs::write(&keep, "").map_err(|e| io(e, &keep))?;
    }

    let mut entry = String::new();
    if !config_text.is_empty() && !config_text.ends_with('\n') {
        entry.push('\n');
    }
    entry.push_str(&format!(
        "\n[[locales]]\ncode = \"{locale}\"\nname = {}\n",
        toml::Value::String(name.to_string())
    ));
    if dir == Direction::Rtl {
        entry.push_str("dir = \"rtl\"\n");
    }
    if !fallback.is_empty() {
        let list: Vec<String> = fallback.iter().map(|f| format!("\"{f}\"")).collect();
        entry.push_str(&format!("fallback = [{}]\n", list.join(", ")));
    }
    let appended = format!("{config_text}{entry}");
    std::fs::write(&config_file, &appended).map_err(|e| io(e, &config_file))?;
    let base_path = match config::load(&config_file) {
        Ok(config) => config.base_path,
        Err(problems) => {
            // Never leave a configuration that does not load.
            let _ = std::fs::write(&config_file, &config_text);
            return Err(problems);
        }
    };

    let first_pages = [
        "_index.md",
        "about.md",
        "privacy.md",
        "self-assessment.md",
        "pillars/_index.md",
    ]
    .into_iter()
    .map(str::to_string)
    .chain(mip::PillarId::ALL.iter().map(|p| format!("pillars/{p}.md")))
    .filter(|p| project.path(&format!("content/{default}/{p}")).is_file())
    .collect();

    Ok(Created {
        locale,
        source_locale: default.clone(),
        fallback,
        dir,
        dir_guessed,
        message_files,
        kept,
        content_dir,
        first_pages,
        config_file,
        base_path,
    })
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut problems = Diagnostics::default();
    problems.push(d);
    problems
}

/// The start of a message (`id =`) or term (`-id =`) in a Fluent file:
/// entries start at the beginning of a line, everything that continues
/// them is indented or starts with `[`, `*`, `.` or `}`.
static ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-?[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=").expect("valid"));

/// A Fluent source file made ready for translation: `header`, then the file
/// with `# TODO translate` above every message, which keeps its English text
/// so that the site builds. Returns the text and the number of messages.
pub fn todo_copy(english: &str, header: &str) -> (String, usize) {
    let mut out = String::from(header);
    let mut count = 0;
    for line in english.split_inclusive('\n') {
        if ENTRY.is_match(line) {
            let newline = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
            out.push_str(&format!("# {TODO_MARK}{newline}"));
            if !line.starts_with('-') {
                count += 1;
            }
        }
        out.push_str(line);
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_hashes_are_twelve_hex_digits() {
        let hash = source_hash(b"+++\ntitle = \"A\"\n+++\n");
        assert_eq!(hash.len(), 12);
        assert!(is_source_hash(&hash));
        assert_eq!(source_hash(b""), "e3b0c44298fc");
        assert!(!is_source_hash("E3B0C44298FC"));
        assert!(!is_source_hash("e3b0c44298f"));
    }

    #[test]
    fn translated_from_is_added_before_the_closing_line() {
        let source = "+++\ntitle = \"Santé\"\ntranslation = \"draft\"\n+++\n\nTexte.\n";
        let (edited, previous) = set_translated_from(source, "0123456789ab").unwrap();
        assert_eq!(previous, None);
        assert_eq!(
            edited,
            "+++\ntitle = \"Santé\"\ntranslation = \"draft\"\ntranslated_from = \"0123456789ab\"\n+++\n\nTexte.\n"
        );
    }

    #[test]
    fn translated_from_is_replaced_in_place_keeping_line_endings() {
        let source =
            "+++\r\ntranslated_from = \"aaaaaaaaaaaa\"\r\ntitle = \"T\"\r\n+++\r\nBody\r\n";
        let (edited, previous) = set_translated_from(source, "0123456789ab").unwrap();
        assert_eq!(previous.as_deref(), Some("aaaaaaaaaaaa"));
        assert_eq!(
            edited,
            "+++\r\ntranslated_from = \"0123456789ab\"\r\ntitle = \"T\"\r\n+++\r\nBody\r\n"
        );
        let (again, previous) = set_translated_from(&edited, "0123456789ab").unwrap();
        assert_eq!(again, edited);
        assert_eq!(previous.as_deref(), Some("0123456789ab"));

        let crlf_new = "+++\r\ntitle = \"T\"\r\n+++\r\nBody\r\n";
        let (edited, _) = set_translated_from(crlf_new, "0123456789ab").unwrap();
        assert!(edited.contains("title = \"T\"\r\ntranslated_from = \"0123456789ab\"\r\n+++\r\n"));
    }

    #[test]
    fn translated_from_goes_before_a_table() {
        let source = "+++\ntitle = \"W\"\n\n[group_size]\nmin = 1\nmax = 2\n+++\n";
        let (edited, _) = set_translated_from(source, "0123456789ab").unwrap();
        assert_eq!(
            edited,
            "+++\ntitle = \"W\"\n\ntranslated_from = \"0123456789ab\"\n[group_size]\nmin = 1\nmax = 2\n+++\n"
        );
    }

    #[test]
    fn a_front_matter_it_cannot_edit_safely_is_refused() {
        let source = "+++\ntitle = \"T\"\n\"translated_from\" = \"aaaaaaaaaaaa\"\n+++\n";
        let err = set_translated_from(source, "0123456789ab").unwrap_err();
        assert!(err.message.contains("cannot set translated_from"), "{err}");
        assert!(err
            .hint
            .unwrap()
            .contains("translated_from = \"0123456789ab\""));
        let err = set_translated_from("no front matter", "0123456789ab").unwrap_err();
        assert!(err.message.contains("does not start with front matter"));
    }

    #[test]
    fn todo_copies_mark_every_message_and_keep_the_rest() {
        let english = "# The English source.\n\n## Site\n\nsite-title = INTEGRA\n# $n is a number.\nitems = { $n ->\n    [one] One item\n   *[other] { $n } items\n}\n    .title = Items\n-brand = INTEGRA\n";
        let (copy, count) = todo_copy(english, "# Header.\n\n");
        assert_eq!(count, 2);
        assert_eq!(
            copy,
            "# Header.\n\n# The English source.\n\n## Site\n\n# TODO translate\nsite-title = INTEGRA\n# $n is a number.\n# TODO translate\nitems = { $n ->\n    [one] One item\n   *[other] { $n } items\n}\n    .title = Items\n# TODO translate\n-brand = INTEGRA\n"
        );
        let resource = fluent_syntax::parser::parse(copy.as_str()).expect("valid Fluent");
        let marked = resource
            .body
            .iter()
            .filter(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => m
                    .comment
                    .as_ref()
                    .is_some_and(|c| c.content.contains(&TODO_MARK)),
                _ => false,
            })
            .count();
        assert_eq!(marked, 2);
    }
}
