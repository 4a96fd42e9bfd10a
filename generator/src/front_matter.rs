//! Front matter: the TOML between the two `+++` lines that open every page.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// A page file split into its front matter and body, with the byte offsets
/// of both in the file so that errors can name lines.
#[derive(Debug)]
pub struct Split<'a> {
    pub front: &'a str,
    pub front_offset: usize,
    pub body: &'a str,
    pub body_offset: usize,
}

const HINT: &str = "a page starts with a line `+++`, then TOML such as `title = \"...\"`, then another `+++` line, then the Markdown body";

/// Splits a page file. The error is a message for line 1 of the file.
pub fn split(source: &str) -> Result<Split<'_>, Diagnostic> {
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &source[start..];
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_line_end].trim_end() != "+++" {
        return Err(
            Diagnostic::error("the page does not start with front matter")
                .at(source, 1, 1)
                .with_hint(HINT),
        );
    }
    let front_offset = start + first_line_end;
    let mut offset = front_offset;
    for line in source[front_offset..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok(Split {
                front: &source[front_offset..offset],
                front_offset,
                body: &source[offset + line.len()..],
                body_offset: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("the front matter is not closed")
        .at(source, 1, 1)
        .with_hint("add a line `+++` after the front matter, before the Markdown body"))
}

/// Parses the front matter into `T`, pointing errors at the offending line
/// of the whole file.
pub fn parse<T: DeserializeOwned>(source: &str, split: &Split<'_>) -> Result<T, Diagnostic> {
    toml::from_str(split.front).map_err(|e| {
        let d = Diagnostic::error(format!("front matter: {}", e.message().trim()));
        match e.span() {
            Some(span) => d.at_offset(source, split.front_offset + span.start),
            None => d.at(source, 1, 1),
        }
    })
}

/// Whether a translation has been reviewed by a native speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Translation {
    Draft,
    Reviewed,
}

/// Front matter of the home page, pillar guides, White Paper cover, section
/// indexes and plain pages.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFront {
    pub title: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub translation: Option<Translation>,
    /// On a translation: the [source hash](crate::source_hash::source_hash)
    /// of the English page it was translated from, written by
    /// `integra i18n mark-translated`.
    #[serde(default, deserialize_with = "source_hash")]
    pub translated_from: Option<String>,
}

/// Reads `translated_from`, which must look like a hash that
/// `integra i18n mark-translated` writes, so that a typo is caught at once
/// rather than making the page look stale for ever.
pub(crate) fn source_hash<'de, D: serde::Deserializer<'de>>(
    de: D,
) -> Result<Option<String>, D::Error> {
    let value = String::deserialize(de)?;
    if crate::source_hash::is_source_hash(&value) {
        Ok(Some(value))
    } else {
        Err(serde::de::Error::custom(format!(
            "translated_from `{value}` is not a source hash; run `integra i18n mark-translated` on this file to write it"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_reports_lines_in_the_whole_file() {
        let source = "+++\ntitle = \"A\"\nweight = \"x\"\n+++\n\nBody\n";
        let s = split(source).unwrap();
        assert_eq!(s.body, "\nBody\n");
        let err = parse::<PageFront>(source, &s).unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
    }

    #[test]
    fn rejects_missing_or_unclosed_front_matter() {
        assert!(split("title = 1\n").is_err());
        assert!(split("+++\ntitle = \"A\"\n")
            .unwrap_err()
            .message
            .contains("not closed"));
        assert!(split("\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nx").is_ok());
    }
}
