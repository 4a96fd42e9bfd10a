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

#[cfg(test)]
mod tests {
    use super::*;

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
