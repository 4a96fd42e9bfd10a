//! TOML files edited with `toml_edit`, which keeps their comments, order and
//! layout but writes the line ends it makes as LF: what is needed to keep a
//! file's CRLF line endings too, and to check that an edit changed nothing
//! else.

use toml_edit::DocumentMut;

/// Whether `text` ends its lines with CRLF, judged by its first line.
pub(super) fn uses_crlf(text: &str) -> bool {
    text.find('\n').is_some_and(|i| text[..i].ends_with('\r'))
}

/// `doc` as text, with every line ending a CRLF when `crlf`.
pub(super) fn render(doc: &DocumentMut, crlf: bool) -> String {
    let text = doc.to_string();
    if !crlf {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous = None;
    for c in text.chars() {
        if c == '\n' && previous != Some('\r') {
            out.push('\r');
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

/// Whether `after` is `before` with some text inserted at one place, every
/// byte of `before` kept.
pub(super) fn is_insertion(before: &str, after: &str) -> bool {
    let (before, after) = (before.as_bytes(), after.as_bytes());
    let prefix = before.iter().zip(after).take_while(|(a, b)| a == b).count();
    after.len() >= before.len() && after.ends_with(&before[prefix..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_are_judged_by_the_first_line() {
        assert!(uses_crlf("a = 1\r\nb = 2\n"));
        assert!(!uses_crlf("a = 1\nb = 2\r\n"));
        assert!(!uses_crlf("a = 1"));
        assert!(!uses_crlf(""));
    }

    #[test]
    fn rendering_keeps_crlf_and_multi_line_strings() {
        let text = "# c\r\na = 1 # d\r\ns = \"\"\"\r\nx\r\n\"\"\"\r\n";
        let doc: DocumentMut = text.parse().unwrap();
        assert_ne!(doc.to_string(), text, "toml_edit writes LF");
        assert_eq!(render(&doc, true), text);
        assert_eq!(render(&"a = 1\n".parse().unwrap(), false), "a = 1\n");
    }

    #[test]
    fn insertions_keep_every_byte() {
        assert!(is_insertion("ab", "ab"));
        assert!(is_insertion("ab", "aXb"));
        assert!(is_insertion("ab", "abX"));
        assert!(is_insertion("ab", "Xab"));
        assert!(is_insertion("aa", "aaa"));
        assert!(is_insertion("", "X"));
        assert!(!is_insertion("ab", "aXc"));
        assert!(!is_insertion("ab", "a"));
        assert!(!is_insertion("a\r\nb", "a\nXb"));
    }
}
