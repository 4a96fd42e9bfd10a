//! `integra i18n mark-translated`: records in a translation's front matter
//! which version of its source it was made from.

use std::path::{Path, PathBuf};

use super::toml_text;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::front_matter;
use crate::project::Project;
use crate::source_hash::source_hash;

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
/// of its English source, editing nothing else in the file. With `as_of`, a
/// git revision, the source as it was then: for a translation made from an
/// older English version, which `i18n status` then lists as stale.
pub fn mark_translated(
    project: &Project,
    config: &Config,
    path: &Path,
    as_of: Option<&str>,
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
    let source = match as_of {
        Some(rev) => {
            let relative = format!("content/{default}/{rest}");
            super::history::git_show(&project.root, rev, &relative).ok_or_else(|| {
                Diagnostic::error(format!("git has no {relative} at `{rev}`"))
                    .in_file(&file)
                    .with_hint("give a commit of this repository at which the English page existed, e.g. the one that last changed the translation: `git log -1 --format=%h -- FILE`")
            })?
        }
        None => std::fs::read(&source_file).map_err(|_| {
        Diagnostic::error(format!(
            "this page has no source: {} does not exist",
            source_file.display()
        ))
        .in_file(&file)
        .with_hint(format!(
            "a translation has the same path as its source below content/{default}/; rename the file, or create its source first"
        ))
        })?,
    };
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

/// `source` with `translated_from = "<hash>"` in its front matter, set with
/// `toml_edit`: the value replaced where the key is (its comment kept), or
/// the key added after the last top-level key, before any `[table]`. Every
/// other byte of the file is kept, line endings included; a front matter
/// that cannot be edited so is refused. Returns the new text and the old
/// value.
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
    let cannot = |at: usize| {
        Diagnostic::error("cannot set translated_from in this front matter automatically")
            .at_offset(source, at)
            .with_hint(format!(
                "add the line `{line}` yourself, just before the closing `+++`"
            ))
    };
    let front = toml_edit::Document::parse(split.front).map_err(|_| cannot(0))?;
    // Where the key is, if it is there, for the message.
    let at = front
        .as_table()
        .get_key_value("translated_from")
        .and_then(|(key, _)| key.span())
        .map_or(0, |span| split.front_offset + span.start);
    let kept = without_key(split.front, &front);

    let mut doc = front.into_mut();
    match doc.get_mut("translated_from") {
        None => {
            doc.insert("translated_from", toml_edit::value(hash));
        }
        Some(toml_edit::Item::Value(value)) => {
            let decor = value.decor().clone();
            *value = hash.into();
            *value.decor_mut() = decor;
        }
        // A table, or dotted keys below it.
        Some(_) => return Err(cannot(at)),
    }
    let new_front = toml_text::render(&doc, toml_text::uses_crlf(source));
    let front_end = split.front_offset + split.front.len();
    let edited = format!(
        "{}{new_front}{}",
        &source[..split.front_offset],
        &source[front_end..]
    );

    // Check that only the key changed: byte for byte around its line...
    let new_doc = toml_edit::Document::parse(new_front.as_str()).map_err(|_| cannot(at))?;
    if without_key(&new_front, &new_doc) != kept {
        return Err(cannot(at));
    }
    // ... and in what the front matter says.
    let new_split = front_matter::split(&edited).map_err(|_| cannot(at))?;
    let mut after = parse(&new_split, &edited).map_err(|_| cannot(at))?;
    let value = after.remove("translated_from");
    if value.as_ref().and_then(toml::Value::as_str) != Some(hash)
        || after != before
        || new_split.body != split.body
    {
        return Err(cannot(at));
    }
    Ok((edited, previous))
}

/// `front` (parsed as `doc`) without the lines that set its top-level
/// `translated_from`, from the start of the key's line to the end of the
/// value's, found by their spans.
fn without_key(front: &str, doc: &toml_edit::Document<&str>) -> String {
    let lines = doc
        .as_table()
        .get_key_value("translated_from")
        .and_then(|(key, item)| Some((key.span()?.start, item.span()?.end)))
        .map(|(start, end)| {
            let start = front[..start].rfind('\n').map_or(0, |i| i + 1);
            let end = front[end..].find('\n').map_or(front.len(), |i| end + i + 1);
            start..end
        });
    match lines {
        Some(lines) => format!("{}{}", &front[..lines.start], &front[lines.end..]),
        None => front.to_string(),
    }
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
            "+++\ntitle = \"W\"\ntranslated_from = \"0123456789ab\"\n\n[group_size]\nmin = 1\nmax = 2\n+++\n"
        );
        let only_tables = "+++\n[group_size] # people\nmin = 1\n+++\n";
        let (edited, _) = set_translated_from(only_tables, "0123456789ab").unwrap();
        assert_eq!(
            edited,
            "+++\ntranslated_from = \"0123456789ab\"\n[group_size] # people\nmin = 1\n+++\n"
        );
    }

    #[test]
    fn comments_inline_tables_and_layout_are_kept() {
        let source = "\u{feff}+++\r\n# Reviewed by Ana.\r\ntitle=\"Taller\"   # short\r\n\r\ngroup_size = { min = 1, max = 2 }\r\nobjectives = [\r\n  \"Uno\", # first\r\n  \"Dos\",\r\n]\r\n# The end.\r\n\r\n[extra]\r\nx = 1\r\n+++\r\n\r\n# Cuerpo\r\n+++\r\n";
        let (edited, previous) = set_translated_from(source, "0123456789ab").unwrap();
        assert_eq!(previous, None);
        assert_eq!(
            edited,
            source.replace(
                "  \"Dos\",\r\n]\r\n",
                "  \"Dos\",\r\n]\r\ntranslated_from = \"0123456789ab\"\r\n"
            )
        );

        let marked = "+++\ntitle = \"T\"\ntranslated_from  =  \"aaaaaaaaaaaa\"  # by Ana\ng = { a = 1 }\n+++\nBody\n";
        let (edited, previous) = set_translated_from(marked, "0123456789ab").unwrap();
        assert_eq!(previous.as_deref(), Some("aaaaaaaaaaaa"));
        assert_eq!(edited, marked.replace("aaaaaaaaaaaa", "0123456789ab"));

        // A quoted key is the same key.
        let quoted = "+++\ntitle = \"T\"\n\"translated_from\" = \"aaaaaaaaaaaa\"\n+++\n";
        let (edited, _) = set_translated_from(quoted, "0123456789ab").unwrap();
        assert_eq!(edited, quoted.replace("aaaaaaaaaaaa", "0123456789ab"));

        // TOML 1.1: an inline table over several lines.
        let multi_line = "+++\ntitle = \"T\"\ng = {\n  a = 1, # one\n  b = 2,\n}\n+++\n";
        let (edited, _) = set_translated_from(multi_line, "0123456789ab").unwrap();
        assert_eq!(
            edited,
            multi_line.replace("}\n+++", "}\ntranslated_from = \"0123456789ab\"\n+++")
        );

        let empty = "+++\r\n+++\r\nBody";
        let (edited, _) = set_translated_from(empty, "0123456789ab").unwrap();
        assert_eq!(
            edited,
            "+++\r\ntranslated_from = \"0123456789ab\"\r\n+++\r\nBody"
        );
    }

    #[test]
    fn a_front_matter_it_cannot_edit_safely_is_refused() {
        for (source, line) in [
            // Line endings that toml_edit would make all alike.
            ("+++\r\ntitle = \"T\"\nx = 1\r\n+++\r\n", 1),
            // Not a string: a table, or dotted keys.
            ("+++\ntitle = \"T\"\n\n[translated_from]\nx = 1\n+++\n", 4),
            ("+++\ntitle = \"T\"\ntranslated_from.x = 1\n+++\n", 3),
        ] {
            let err = set_translated_from(source, "0123456789ab").unwrap_err();
            assert!(err.message.contains("cannot set translated_from"), "{err}");
            assert!(err
                .hint
                .unwrap()
                .contains("translated_from = \"0123456789ab\""));
            assert_eq!(err.line, Some(line), "{source:?}");
        }
        let err = set_translated_from("no front matter", "0123456789ab").unwrap_err();
        assert!(err.message.contains("does not start with front matter"));
    }
}
