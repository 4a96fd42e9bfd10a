//! Problems found in the user's files, with enough context to fix them.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file. `line` and `column` start at 1.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: Option<PathBuf>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
    /// The offending source line, shown under the location.
    #[serde(skip)]
    pub snippet: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            message: message.into(),
            hint: None,
            snippet: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    /// Points at a line (and column) of `source`, the text of the file, and
    /// keeps that line as a snippet.
    pub fn at(mut self, source: &str, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self.snippet = source
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.to_string());
        self
    }

    /// Points at a byte offset of `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, column) = line_col(source, offset);
        self.at(source, line, column)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Line and column (both from 1, column counted in characters) of a byte
/// offset. Offsets past the end point just after the last character.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Reads the text file `file`, one of the project's `what` (such as "page"),
/// with an error that names the file and says what to do: for bytes that are
/// not UTF-8, the line and column of the first; for a file that is gone, that
/// it was removed or renamed while being read.
pub fn read_text(file: &Path, what: &str) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(file).map_err(|e| {
        let d = if e.kind() == std::io::ErrorKind::NotFound {
            Diagnostic::error(format!(
                "the {what} was removed or renamed while it was being read"
            ))
            .with_hint("run the command again once the files have stopped changing")
        } else {
            Diagnostic::error(format!("cannot read the {what}: {e}"))
                .with_hint("check that the file is readable, or remove it")
        };
        d.in_file(file)
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        // What came before the first bad byte gives its line and column.
        let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let (line, column) = line_col(before, valid);
        let binary = bytes[..bytes.len().min(8000)].contains(&0);
        let message = if binary {
            format!("the {what} is a binary file, not UTF-8 text")
        } else {
            format!("the {what} is not UTF-8 text: byte {valid} (line {line}, column {column}) is not valid UTF-8")
        };
        let mut d = Diagnostic::error(message).in_file(file);
        d.line = Some(line);
        d.column = Some(column);
        d.snippet = before.lines().nth(line - 1).map(str::to_string);
        d.with_hint(if binary {
            "remove it, or move images and other files to the theme's static/ folder"
        } else {
            "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)"
        })
    })
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        if let Some(file) = &self.file {
            write!(f, "  --> {}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(column) = self.column {
                    write!(f, ":{column}")?;
                }
            }
            writeln!(f)?;
        }
        if let (Some(line), Some(snippet)) = (self.line, &self.snippet) {
            let gutter = line.to_string();
            writeln!(f, "{gutter:>5} | {snippet}")?;
            if let Some(column) = self.column {
                let pad: String = snippet
                    .chars()
                    .take(column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{:>5} | {pad}^", "")?;
            }
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = help: {hint}")?;
        }
        Ok(())
    }
}

/// Problems collected across a stage, so that one run reports all of them.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.0
    }

    /// Sorted by file and line so that output is stable across runs,
    /// whatever order parallel stages finished in, and each problem once
    /// (a page shown in several locales is checked once per locale).
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort_by(|a, b| {
            (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
        });
        self.0.dedup();
        self.0
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let text = "ab\nçd\nef";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2)); // after the two-byte ç
        assert_eq!(line_col(text, 100), (3, 3));
    }

    #[test]
    fn display_names_file_line_and_hint() {
        let d = Diagnostic::error("unknown pillar")
            .in_file("content/en/workshops/x.md")
            .at("+++\npillar = \"nope\"\n", 2, 10)
            .with_hint("use one of the nine ids");
        let text = d.to_string();
        assert!(text.contains("error: unknown pillar"));
        assert!(text.contains("content/en/workshops/x.md:2:10"));
        assert!(text.contains("pillar = \"nope\""));
        assert!(text.contains("help: use one of the nine ids"));
    }
}
