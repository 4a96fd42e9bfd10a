//! Pseudo-locales, as Android and Chromium have them, so that layouts can
//! be checked before any translation exists (`build --pseudo`, `serve
//! --pseudo`):
//!
//! - `en-XA`: the English with accented letters, about 30% longer, each
//!   message and block in brackets, so that text cut short or put together
//!   from pieces shows;
//! - `ar-XB`: right to left, the English words mirrored.
//!
//! Made from the English interface messages and pages as they load; no
//! file of them is written in the project.

use fluent_syntax::ast;

use super::blocks::blocks;
use crate::config::{Direction, Locale, LocaleConfig};

/// Which pseudo-locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    Accented,
    Mirrored,
}

impl Pseudo {
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Mirrored];

    pub fn code(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::Mirrored => "ar-XB",
        }
    }

    /// The pseudo-locale `locale` is, if it is one.
    pub fn of(locale: &Locale) -> Option<Pseudo> {
        Pseudo::ALL
            .into_iter()
            .find(|p| p.code() == locale.as_str())
    }

    /// Its configuration, falling back to `default`.
    pub fn config(self, default: &Locale) -> LocaleConfig {
        let locale = Locale::parse(self.code()).expect("pseudo-locale codes are valid");
        LocaleConfig {
            name: match self {
                Pseudo::Accented => "[Éñĝļîšĥ]".to_string(),
                Pseudo::Mirrored => "\u{202E}English\u{202C}".to_string(),
            },
            dir: match self {
                Pseudo::Accented => Direction::Ltr,
                Pseudo::Mirrored => Direction::Rtl,
            },
            chain: vec![locale.clone(), default.clone()],
            locale,
        }
    }

    /// One run of text, with nothing in it to keep as it is.
    fn text(self, text: &str) -> String {
        match self {
            Pseudo::Accented => text.chars().map(accent).collect(),
            Pseudo::Mirrored => mirror(text),
        }
    }

    /// A whole message or block: `[` and `]` around it, and for `en-XA`
    /// words added to make it about 30% longer.
    fn frame(self, letters: usize) -> (String, String) {
        match self {
            Pseudo::Accented => ("[".to_string(), format!("{}]", padding(letters))),
            Pseudo::Mirrored => (String::new(), String::new()),
        }
    }
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|at| TO.chars().nth(at))
        .unwrap_or(c)
}

/// Each word written right to left with the right-to-left override, as
/// Android's ar-XB does: the letters read mirrored in a right-to-left page.
fn mirror(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            out.push('\u{202E}');
            out.push_str(word);
            out.push('\u{202C}');
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// About 30% of `letters` more, in words, after a space.
fn padding(letters: usize) -> String {
    const WORDS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let want = letters.div_ceil(3);
    let mut out = String::new();
    for word in WORDS.iter().cycle() {
        if out.chars().count() >= want {
            break;
        }
        out.push(' ');
        out.push_str(word);
    }
    out
}

/// Markdown text with its letters changed, except where they are syntax or
/// addresses: inline code, link targets, `{#anchors}` and HTML tags.
fn markdown(pseudo: Pseudo, text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut plain = String::new();
    let mut rest = text;
    let take_plain = |plain: &mut String, out: &mut String| {
        out.push_str(&pseudo.text(plain));
        plain.clear();
    };
    while let Some(c) = rest.chars().next() {
        let kept_until = if rest.starts_with("](") {
            rest.find(')').map(|e| e + 1)
        } else if c == '`' {
            rest[1..].find('`').map(|e| e + 2)
        } else if rest.starts_with("{#") {
            rest.find('}').map(|e| e + 1)
        } else if c == '<' {
            rest.find('>').map(|e| e + 1)
        } else {
            None
        };
        match kept_until {
            Some(end) => {
                take_plain(&mut plain, &mut out);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    take_plain(&mut plain, &mut out);
    out
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// A pseudo-localised copy of an English page file: every block (see
/// [`super::blocks`]) changed, the rest as it is.
pub fn page(pseudo: Pseudo, source: &str) -> String {
    let Some(found) = blocks(source) else {
        return source.to_string();
    };
    let mut text = source.to_string();
    for block in found.iter().rev() {
        let changed = markdown(pseudo, &block.text);
        let (open, close) = pseudo.frame(letters(&block.text));
        let framed = format!("{open}{changed}{close}");
        text.replace_range(block.span.clone(), &block.written_as(source, &framed));
    }
    super::blocks::with_front_marks(&text, &[]).unwrap_or(text)
}

/// A pseudo-localised copy of an English Fluent file: the text of every
/// message and attribute changed, placeables, variables and selectors as
/// they are.
pub fn fluent(pseudo: Pseudo, source: &str) -> String {
    let mut resource = match fluent_syntax::parser::parse(source.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                pattern(pseudo, value, true);
            }
            for attribute in &mut message.attributes {
                pattern(pseudo, &mut attribute.value, true);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

fn pattern(pseudo: Pseudo, text: &mut ast::Pattern<String>, outer: bool) {
    let mut count = 0;
    for element in &mut text.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                count += letters(value);
                *value = pseudo.text(value);
            }
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        pattern(pseudo, &mut variant.value, true);
                    }
                }
            }
        }
    }
    if outer && count > 0 {
        let (open, close) = pseudo.frame(count);
        if !open.is_empty() {
            text.elements
                .insert(0, ast::PatternElement::TextElement { value: open });
        }
        if !close.is_empty() {
            text.elements
                .push(ast::PatternElement::TextElement { value: close });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_messages_are_longer_and_bracketed_with_placeables_kept() {
        let out = fluent(
            Pseudo::Accented,
            "# $n (number): how many.\nhello = Hello { $name }!\ncount = { $n ->\n    [one] One page\n   *[other] { $n } pages\n}\n",
        );
        assert!(out.contains("hello = [Ĥéļļö { $name }! one]"), "{out}");
        assert!(out.contains("[one] [Öñé þáĝé one]"), "{out}");
        assert!(out.contains("*[other] [{ $n } þáĝéš one]"), "{out}");
        assert!(out.contains("# $n (number): how many."), "{out}");
        // A longer text grows by about 30%.
        let long = "A sentence of a usual length, as a guide has many of them.";
        let grown = fluent(Pseudo::Accented, &format!("long = {long}\n"));
        let value = grown.trim_end().trim_start_matches("long = ");
        let ratio = value.chars().count() as f64 / long.chars().count() as f64;
        assert!((1.2..1.45).contains(&ratio), "{ratio}: {value}");
        // What comes out still parses.
        assert!(fluent_syntax::parser::parse(out.as_str()).is_ok(), "{out}");
    }

    #[test]
    fn a_pseudo_page_keeps_its_markdown_links_and_anchors() {
        let page = page(
            Pseudo::Accented,
            "+++\ntitle = \"Housing\"\nweight = 2\n+++\n\nSee [the guide](@/pillars/health.md#signs) and `code`.\n\n## Steps {#steps}\n\n- Pay rent\n",
        );
        assert!(page.contains("title = \"[Ĥöûšîñĝ one]\""), "{page}");
        assert!(page.contains("weight = 2"), "{page}");
        assert!(
            page.contains("[Šéé [ţĥé ĝûîðé](@/pillars/health.md#signs) áñð `code`. one two three]"),
            "{page}"
        );
        assert!(page.contains("## [Šţéþš one] {#steps}"), "{page}");
        assert!(page.contains("- [Þáý ŕéñţ one]"), "{page}");
        let anchored = super::page(
            Pseudo::Accented,
            "+++\ntitle = \"A\"\n+++\n\n## Signs of progress\n",
        );
        assert!(
            anchored.contains("## [Šîĝñš öƒ þŕöĝŕéšš one two] {#signs-of-progress}"),
            "{anchored}"
        );
        let mirrored = super::page(
            Pseudo::Mirrored,
            "+++\ntitle = \"Home\"\n+++\n\nHi there.\n",
        );
        assert!(
            mirrored.contains("\u{202E}Hi\u{202C} \u{202E}there\u{202C}."),
            "{mirrored}"
        );
    }
}
