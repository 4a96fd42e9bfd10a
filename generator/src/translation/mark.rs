//! `integra i18n mark-translated`: records in a translation's front matter
//! which version of its source it was made from.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use super::hash::source_hash;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::front_matter;
use crate::project::Project;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
