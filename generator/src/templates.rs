//! The theme's Tera templates, and the functions templates call: `t` for
//! interface strings, `url` for links to pages, `asset` for theme files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use regex::Regex;
use sha2::{Digest, Sha256};
use tera::{Tera, Value};

use crate::config::Locale;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Arg, Messages};

/// The theme's templates, parsed.
pub struct Theme {
    pub tera: Tera,
    /// A hash of every template's text.
    pub source_hash: u64,
}

/// Loads every `*.html` below `templates_dir`.
pub fn load(templates_dir: &Path) -> Result<Theme, Diagnostics> {
    let mut problems = Diagnostics::default();
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.register_filter("script_json", script_json);
    // Tera's default also escapes `/`, which makes every URL unreadable;
    // these five are what HTML text and quoted attributes need.
    tera.set_escape_fn(mip::escape_html);
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(templates_dir).sort_by_file_name() {
        match entry {
            Ok(e)
                if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html") =>
            {
                let name = e
                    .path()
                    .strip_prefix(templates_dir)
                    .expect("below its root")
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push((e.into_path(), Some(name)));
            }
            Ok(_) => {}
            Err(e) => {
                problems.push(Diagnostic::error(format!("cannot read: {e}")).in_file(templates_dir))
            }
        }
    }
    if files.is_empty() {
        problems.push(
            Diagnostic::error("the theme has no templates")
                .in_file(templates_dir)
                .with_hint("check `theme` in config.toml names a folder in themes/"),
        );
        return Err(problems);
    }
    // Parse one by one first, so that each broken file is reported with its
    // own name; `add_template_files` stops at the first.
    let mut sources = Vec::new();
    for (file, name) in &files {
        let source = match crate::diagnostic::read_text(file, "template") {
            Ok(source) => source,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        sources.push((name.clone(), source.clone()));
        if let Some((offset, what, hint)) = too_deep(&source) {
            // Tera's parser recurses once per level and would overflow its
            // stack long before a real template.
            problems.push(
                Diagnostic::error(format!("{what} are nested more than {MAX_DEPTH} deep"))
                    .in_file(file)
                    .at_offset(&source, offset)
                    .with_hint(hint),
            );
            continue;
        }
        if let Err(e) = tera::Template::new(name.as_deref().unwrap_or(""), None, &source) {
            problems.push(template_error(file, &source, &e));
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    if let Err(e) = tera.add_template_files(files.clone()) {
        // Errors that only show with all templates together, such as a
        // missing parent in `extends`.
        problems.push(whole_theme_error(templates_dir, &sources, &error_chain(&e)));
        return Err(problems);
    }
    Ok(Theme {
        tera,
        source_hash: crate::fingerprint::hash(&sources),
    })
}

/// A Tera error with its causes, on one line each.
/// `value` as JSON that is safe inside `<script type="application/json">`
/// (pipe it through `safe`): `<`, `>` and `&` are written as `\u` escapes,
/// so that no text, a translation included, can close the element.
fn script_json(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let json = serde_json::to_string(value).map_err(tera::Error::msg)?;
    Ok(Value::String(
        json.replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    ))
}

pub fn error_chain(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// An error of the templates together, at the template it names first
/// and the line of the second name it quotes there (the missing parent or
/// macro file), else that template's first line.
fn whole_theme_error(dir: &Path, sources: &[(Option<String>, String)], text: &str) -> Diagnostic {
    static QUOTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"'([^']+)'").expect("valid"));
    let d = Diagnostic::error(text.to_string())
        .with_hint("check the names in `extends`, `import` and `include`, and the blocks they use");
    let quoted: Vec<&str> = QUOTED
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .collect();
    let found = quoted.first().and_then(|name| {
        sources
            .iter()
            .find(|(n, _)| n.as_deref() == Some(*name))
            .map(|(n, source)| (n.as_deref().unwrap_or(""), source))
    });
    match found {
        Some((name, source)) => {
            let line = quoted
                .get(1)
                .and_then(|needle| source.lines().position(|l| l.contains(needle)))
                .map_or(1, |i| i + 1);
            d.in_file(dir.join(name)).at(source, line, 1)
        }
        None => d.in_file(dir).at("", 1, 1),
    }
}

/// Deeper than any real template, and far from where Tera's parser, which
/// recurses once per level, overflows its stack.
const MAX_DEPTH: usize = 64;

/// Where brackets (`(`, `[`) or block tags (`{% if %}`, `{% for %}`…) are
/// first nested more than [`MAX_DEPTH`] deep, what they are and what to do.
fn too_deep(source: &str) -> Option<(usize, &'static str, &'static str)> {
    const OPENS: [&str; 7] = ["if", "for", "block", "macro", "filter", "raw", "with"];
    let (mut brackets, mut tags) = (0usize, 0usize);
    for (offset, c) in source.char_indices() {
        match c {
            '(' | '[' => {
                brackets += 1;
                if brackets > MAX_DEPTH {
                    return Some((
                        offset,
                        "brackets",
                        "close each `(` and `[` in the template's expressions",
                    ));
                }
            }
            ')' | ']' => brackets = brackets.saturating_sub(1),
            '{' if source[offset..].starts_with("{%") => {
                let word = source[offset + 2..]
                    .trim_start_matches('-')
                    .trim_start()
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .next()
                    .unwrap_or("");
                if word.starts_with("end") {
                    tags = tags.saturating_sub(1);
                } else if OPENS.contains(&word) {
                    tags += 1;
                    if tags > MAX_DEPTH {
                        return Some((offset, "block tags", "close each `{% if %}`, `{% for %}` and `{% block %}` with its `{% end… %}`"));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

fn template_error(file: &Path, source: &str, e: &tera::Error) -> Diagnostic {
    static POSITION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"--> (\d+):(\d+)").expect("valid"));
    let text = error_chain(e);
    let mut d = Diagnostic::error(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" "),
    )
    .in_file(file)
    .with_hint("see the Tera documentation for template syntax");
    static DUPLICATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"Block `([^`]+)` is duplicated").expect("valid"));
    if let Some(c) = POSITION.captures(&text) {
        let line = c[1].parse().unwrap_or(1);
        let column = c[2].parse().unwrap_or(1);
        d = d.at(source, line, column);
    } else if let Some(c) = DUPLICATE.captures(&text) {
        // Tera names no place for this one: the second block of that name.
        let block =
            Regex::new(&format!(r"\{{%-?\s*block\s+{}\b", regex::escape(&c[1]))).expect("valid");
        let second = block.find_iter(source).nth(1).map(|m| m.start());
        if let Some(second) = second {
            d = d
                .at_offset(source, second)
                .with_hint("give each block of a template its own name");
        }
    }
    d
}

/// What the theme's files say beyond their templates, read once per change
/// of the theme: the messages and pages they name, and the static files
/// with their hashes.
pub struct ThemeFiles {
    /// Every literal `t(key="...")`.
    keys: Vec<Literal>,
    /// Every literal `url(path="...")`: the pages the theme links to.
    pub linked: Vec<Literal>,
    /// Static files: path in the output, file, and the short hash their
    /// cache-busting address carries.
    pub assets: Vec<(String, PathBuf, String)>,
}

/// A literal argument in a template, where it is.
pub struct Literal {
    pub value: String,
    file: PathBuf,
    source: Arc<String>,
    offset: usize,
}

impl Literal {
    /// The error when the site lacks the linked page, at the template's
    /// line.
    pub fn missing(&self) -> Diagnostic {
        Diagnostic::error(format!(
            "the theme links to `{}`, which is not a page",
            self.value
        ))
        .in_file(&self.file)
        .at_offset(&self.source, self.offset)
        .with_hint(format!(
            "create content/<default locale>/{}, or remove the link from the template",
            self.value
        ))
    }
}

/// Reads the theme's templates for the literals they use, and its static
/// files for their hashes.
pub fn scan(theme_dir: &Path) -> ThemeFiles {
    static KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\bt\(\s*key\s*=\s*["']([^"']+)["']\s*[,)]"#).expect("valid")
    });
    static URL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\burl\(\s*path\s*=\s*["']([^"']+)["']\s*\)"#).expect("valid")
    });
    let mut keys = Vec::new();
    let mut linked = Vec::new();
    for entry in walkdir::WalkDir::new(theme_dir.join("templates"))
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(source) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let source = Arc::new(source);
        for (pattern, found) in [(&KEY, &mut keys), (&URL, &mut linked)] {
            for c in pattern.captures_iter(&source) {
                let value = c.get(1).expect("group 1");
                found.push(Literal {
                    value: value.as_str().to_string(),
                    file: entry.path().to_path_buf(),
                    source: Arc::clone(&source),
                    offset: value.start(),
                });
            }
        }
    }
    let assets = static_files(&theme_dir.join("static"))
        .into_iter()
        .map(|(relative, file)| {
            let bytes = std::fs::read(&file).unwrap_or_default();
            let hash = Sha256::digest(&bytes);
            let short: String = hash.iter().take(5).map(|b| format!("{b:02x}")).collect();
            (relative, file, short)
        })
        .collect();
    ThemeFiles {
        keys,
        linked,
        assets,
    }
}

/// Reports the keys the templates ask for that the default locale does not
/// define, with the template's line and column — before anything renders.
pub fn check_message_keys(theme: &ThemeFiles, messages: &Messages) -> Diagnostics {
    let mut problems = Diagnostics::default();
    for key in &theme.keys {
        if !messages.source_has(&key.value) {
            problems.push(
                Diagnostic::error(format!(
                    "the template asks for message `{}`, which English lacks",
                    key.value
                ))
                .in_file(&key.file)
                .at_offset(&key.source, key.offset)
                .with_hint("add the message to locales/en/main.ftl, or fix the key"),
            );
        }
    }
    problems
}

/// What the template functions need to know, shared by all locales.
pub struct Lookup {
    pub messages: Arc<Messages>,
    /// Addresses of the pages the theme links to, per locale: content path →
    /// URL.
    pub urls: HashMap<Locale, HashMap<String, String>>,
    /// Theme files with their cache-busting address.
    pub assets: HashMap<String, String>,
}

/// A copy of `tera` whose `t`, `url` and `asset` functions speak for `locale`.
pub fn for_locale(tera: &Tera, lookup: &Arc<Lookup>, locale: &Locale) -> Tera {
    let mut tera = tera.clone();

    let (l, loc) = (Arc::clone(lookup), locale.clone());
    tera.register_function("t", move |args: &HashMap<String, Value>| {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let strip = args.get("attr").and_then(Value::as_bool).unwrap_or(false);
        let fluent_args: Vec<(&str, Arg)> = args
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "key" | "attr"))
            .map(|(name, value)| {
                let arg = match value {
                    Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                    Value::String(s) => Arg::String(s.clone()),
                    other => Arg::String(other.to_string()),
                };
                (name.as_str(), arg)
            })
            .collect();
        let (text, _) = l
            .messages
            .format(&loc, key, &fluent_args)
            .map_err(tera::Error::msg)?;
        // Inside an attribute the bidi isolation marks would become part
        // of the value; `attr=true` leaves them out.
        let text = if strip {
            text.replace(['\u{2068}', '\u{2069}'], "")
        } else {
            text
        };
        Ok(Value::String(text))
    });

    let (l, loc) = (Arc::clone(lookup), locale.clone());
    tera.register_function("url", move |args: &HashMap<String, Value>| {
        let path = args
            .get("path")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("url() needs path=\"about.md\""))?;
        // A page the theme links to but the site lacks was reported once
        // at the template's line; each page that shows the link need not.
        Ok(Value::String(
            l.urls
                .get(&loc)
                .and_then(|urls| urls.get(path))
                .cloned()
                .unwrap_or_else(|| "#".into()),
        ))
    });

    let l = Arc::clone(lookup);
    tera.register_function("asset", move |args: &HashMap<String, Value>| {
        let path = args
            .get("path")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("asset() needs path=\"style.css\""))?;
        l.assets
            .get(path)
            .map(|u| Value::String(u.clone()))
            .ok_or_else(|| {
                tera::Error::msg(format!("asset(): the theme has no static file `{path}`"))
            })
    });
    tera
}

/// Theme static files: relative path → file on disk.
fn static_files(static_dir: &Path) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(static_dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(static_dir)
                .expect("below its root")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((rel, entry.into_path()));
        }
    }
    files
}

#[cfg(test)]
mod depth_tests {
    use super::*;

    #[test]
    fn nesting_too_deep_is_found_and_real_templates_pass() {
        let tags = "{% if a %}".repeat(MAX_DEPTH + 1);
        assert_eq!(
            too_deep(&tags).map(|(o, w, _)| (o, w)),
            Some((MAX_DEPTH * 10, "block tags"))
        );
        let closed = "{% if a %}x{% endif %}".repeat(500);
        assert_eq!(too_deep(&closed), None);
        let brackets = "{{ ".to_string() + &"(".repeat(MAX_DEPTH + 1);
        assert_eq!(too_deep(&brackets).map(|(_, w, _)| w), Some("brackets"));
        for entry in std::fs::read_dir(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../themes/default/templates"
        ))
        .unwrap()
        {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert_eq!(too_deep(&source), None);
        }
    }
}
