//! GNU gettext PO files, as translation platforms and editors (Weblate,
//! Pontoon, Crowdin, Poedit) read and write them: one message per block
//! (see [`super::blocks`]), with its context, its reference, and the
//! `fuzzy` flag with the previous English when the English changed.
//!
//! Written by hand: the format is a few lines of escaping, and the crates
//! that read it do not report the line of a mistake, which a translator
//! needs.

use std::fmt::Write as _;

/// One message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    pub context: String,
    pub msgid: String,
    pub msgstr: String,
    /// `file:line` of the English.
    pub reference: String,
    /// A note for the translator (`#.`).
    pub note: Option<String>,
    pub fuzzy: bool,
    /// The English the translation was made from, when it changed since.
    pub previous: Option<String>,
}

/// The header's fields, in order.
pub type Header = Vec<(&'static str, String)>;

fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `keyword "text"`, or over several lines after an empty first string
/// when the text has line breaks, as gettext's tools write it.
fn field(out: &mut String, prefix: &str, keyword: &str, text: &str) {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.len() <= 1 {
        let _ = writeln!(out, "{prefix}{keyword} {}", quote(text));
        return;
    }
    let _ = writeln!(out, "{prefix}{keyword} \"\"");
    for line in lines {
        let _ = writeln!(out, "{prefix}{}", quote(line));
    }
}

/// A whole PO (or, with empty translations, POT) file.
pub fn write(header: &Header, messages: &[Message]) -> String {
    let mut out = String::new();
    let mut head = String::new();
    for (key, value) in header {
        let _ = writeln!(head, "{key}: {value}");
    }
    out.push_str("msgid \"\"\n");
    field(&mut out, "", "msgstr", &head);
    for m in messages {
        out.push('\n');
        if let Some(note) = &m.note {
            let _ = writeln!(out, "#. {note}");
        }
        let _ = writeln!(out, "#: {}", m.reference);
        if m.fuzzy {
            out.push_str("#, fuzzy\n");
        }
        if let Some(previous) = &m.previous {
            field(&mut out, "#| ", "msgctxt", &m.context);
            field(&mut out, "#| ", "msgid", previous);
        }
        field(&mut out, "", "msgctxt", &m.context);
        field(&mut out, "", "msgid", &m.msgid);
        field(&mut out, "", "msgstr", &m.msgstr);
    }
    out
}

/// A PO file as read: its header fields and its messages, each with the
/// line its `msgstr` is on, for messages about it.
#[derive(Debug, Default)]
pub struct Catalog {
    pub header: Vec<(String, String)>,
    pub messages: Vec<(Message, usize)>,
}

impl Catalog {
    pub fn header(&self, key: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// A mistake in a PO file: the line, and what is wrong.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

fn unquote(text: &str, line: usize) -> Result<String, ParseError> {
    let error = |message: &str| ParseError {
        line,
        message: message.to_string(),
    };
    let inner = text
        .trim()
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .filter(|_| text.trim().len() >= 2)
        .ok_or_else(|| error("a string must be in double quotes, on one line"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                _ => return Err(error("unknown escape: use \\n, \\t, \\\" or \\\\")),
            },
            '"' => return Err(error("a double quote inside a string must be written \\\"")),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Reads a PO file. Plural forms are refused: no block has them.
pub fn parse(text: &str) -> Result<Catalog, ParseError> {
    #[derive(Clone, Copy, PartialEq)]
    enum Field {
        None,
        Context,
        Id,
        Str,
        PreviousContext,
        PreviousId,
    }
    let mut read = Reading::default();
    let mut field = Field::None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        // An entry ends at a blank line, or where the next one starts.
        let next_starts = trimmed.starts_with('#')
            || trimmed.starts_with("msgctxt")
            || trimmed.starts_with("msgid");
        if trimmed.is_empty() || (next_starts && read.str_line.is_some()) {
            read.finish()?;
            field = Field::None;
        }
        if trimmed.is_empty() {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("#|") {
            let rest = rest.trim();
            if let Some(v) = rest.strip_prefix("msgctxt ") {
                unquote(v, line)?;
                field = Field::PreviousContext;
            } else if let Some(v) = rest.strip_prefix("msgid ") {
                read.current.previous = Some(unquote(v, line)?);
                field = Field::PreviousId;
            } else if rest.starts_with('"') {
                let more = unquote(rest, line)?;
                match field {
                    Field::PreviousId => read
                        .current
                        .previous
                        .get_or_insert_with(String::new)
                        .push_str(&more),
                    Field::PreviousContext => {}
                    _ => {
                        return Err(ParseError {
                            line,
                            message: "a continued string with nothing to continue".into(),
                        })
                    }
                }
            }
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("#,") {
            read.current.fuzzy = rest.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("#:") {
            read.current.reference = rest.trim().to_string();
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("#.") {
            read.current.note = Some(rest.trim().to_string());
            continue;
        }
        if trimmed.starts_with('#') {
            continue;
        }
        if let Some(v) = trimmed.strip_prefix("msgctxt ") {
            read.current.context = unquote(v, line)?;
            field = Field::Context;
        } else if trimmed.starts_with("msgid_plural") || trimmed.starts_with("msgstr[") {
            return Err(ParseError {
                line,
                message: "plural forms are not used in content files".into(),
            });
        } else if let Some(v) = trimmed.strip_prefix("msgid ") {
            read.current.msgid = unquote(v, line)?;
            read.id_line = Some(line);
            field = Field::Id;
        } else if let Some(v) = trimmed.strip_prefix("msgstr ") {
            if read.id_line.is_none() {
                return Err(ParseError {
                    line,
                    message: "msgstr without a msgid before it".into(),
                });
            }
            read.current.msgstr = unquote(v, line)?;
            read.str_line = Some(line);
            field = Field::Str;
        } else if trimmed.starts_with('"') {
            let more = unquote(trimmed, line)?;
            match field {
                Field::Context => read.current.context.push_str(&more),
                Field::Id => read.current.msgid.push_str(&more),
                Field::Str => read.current.msgstr.push_str(&more),
                _ => {
                    return Err(ParseError {
                        line,
                        message: "a continued string with nothing to continue".into(),
                    })
                }
            }
        } else {
            let word = trimmed.split_whitespace().next().unwrap_or(trimmed);
            return Err(ParseError {
                line,
                message: format!("`{word}` is not a PO keyword: expected msgctxt, msgid, msgstr, a string or a comment"),
            });
        }
    }
    read.finish()?;
    Ok(read.catalog)
}

/// A PO file being read: what is done, and the message being read.
#[derive(Default)]
struct Reading {
    catalog: Catalog,
    contexts: std::collections::HashSet<String>,
    current: Message,
    /// The lines of the current message's msgid and msgstr, once read.
    id_line: Option<usize>,
    str_line: Option<usize>,
}

impl Reading {
    /// Ends the current message, if it has begun: the header's fields, or
    /// a message of the catalog.
    fn finish(&mut self) -> Result<(), ParseError> {
        let Some(id_line) = self.id_line.take() else {
            return Ok(());
        };
        let Some(at) = self.str_line.take() else {
            return Err(ParseError {
                line: id_line,
                message: "this message has a msgid but no msgstr".into(),
            });
        };
        let done = std::mem::take(&mut self.current);
        if done.msgid.is_empty() && done.context.is_empty() {
            for row in done.msgstr.lines() {
                if let Some((k, v)) = row.split_once(':') {
                    self.catalog
                        .header
                        .push((k.trim().to_string(), v.trim().to_string()));
                }
            }
        } else {
            if !self.contexts.insert(done.context.clone()) {
                return Err(ParseError {
                    line: at,
                    message: format!("a second message with msgctxt \"{}\"", done.context),
                });
            }
            self.catalog.messages.push((done, at));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let messages = vec![
            Message {
                context: "front/title".into(),
                msgid: "Health".into(),
                msgstr: "Santé".into(),
                reference: "content/en/a.md:2".into(),
                note: Some("The page's title.".into()),
                ..Message::default()
            },
            Message {
                context: "top/p1".into(),
                msgid: "Two\nlines \"quoted\" \\ ok".into(),
                msgstr: "Deux\nlignes".into(),
                reference: "content/en/a.md:6".into(),
                fuzzy: true,
                previous: Some("Old\ntext".into()),
                note: None,
            },
        ];
        let text = write(
            &vec![
                ("Language", "fr".to_string()),
                ("X-Integra-Source", "content/en/a.md".to_string()),
            ],
            &messages,
        );
        let read = parse(&text).unwrap();
        assert_eq!(read.header("language"), Some("fr"));
        assert_eq!(read.header("X-Integra-Source"), Some("content/en/a.md"));
        let got: Vec<Message> = read.messages.into_iter().map(|(m, _)| m).collect();
        assert_eq!(got, messages);
    }

    #[test]
    fn mistakes_are_reported_at_their_line() {
        let cases = [
            ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\nmsgstr \"y\"\n", 5, "double quotes"),
            ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstr[0] \"y\"\n", 6, "plural"),
            ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstring \"y\"\n", 6, "not a PO keyword"),
            ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\"\n\nmsgctxt \"b\"\n", 5, "no msgstr"),
            ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\"\n\nmsgctxt \"a\"\nmsgid \"z\"\nmsgstr \"w\"\n", 10, "second message"),
            ("msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstr \"bad \\q\"\n", 6, "unknown escape"),
        ];
        for (text, line, what) in cases {
            let error = parse(text).unwrap_err();
            assert_eq!(error.line, line, "{what}: {error:?}");
            assert!(error.message.contains(what), "{what}: {error:?}");
        }
    }

    #[test]
    fn messages_are_escaped_and_long_ones_split_at_line_breaks() {
        let text = write(
            &vec![("Language", "fr".to_string())],
            &[Message {
                context: "top/p1".into(),
                msgid: "Say \"hi\"\\\nthen go".into(),
                msgstr: "Dis « salut »".into(),
                reference: "content/en/a.md:7".into(),
                note: None,
                fuzzy: true,
                previous: Some("Say hi".into()),
            }],
        );
        assert_eq!(
            text,
            "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n#: content/en/a.md:7\n#, fuzzy\n#| msgctxt \"top/p1\"\n#| msgid \"Say hi\"\nmsgctxt \"top/p1\"\nmsgid \"\"\n\"Say \\\"hi\\\"\\\\\\n\"\n\"then go\"\nmsgstr \"Dis « salut »\"\n"
        );
    }
}
