//! A page cut into the blocks a translator translates one at a time: the
//! translatable front matter fields, and each heading, paragraph, list
//! item and table cell of the body, with inline Markdown (emphasis, `@/`
//! links and their anchors) kept as written, so that a translator sees
//! where each link goes and keeps it. A fenced block marked `text` is
//! words laid out as on paper (a practice medicine label), not code: it
//! is one block, line breaks and all. Other code blocks stay as written.
//!
//! Each block has a context that stays the same when other blocks change:
//! the anchor of the section it is in (made from the English heading, as
//! the page's ids are), its kind and its number among the blocks of that
//! kind in the section, such as `step-by-step/li3`. Translations keep the
//! English structure, so the same cut of a translated page gives the same
//! contexts, and the two align block by block.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::markdown::{slugify, unique_id};

/// The front matter fields a translator translates: strings, or lists of
/// strings. Every other field is data the translation keeps as it is.
pub const FRONT_FIELDS: &[&str] = &[
    "title",
    "description",
    "objectives",
    "materials",
    "preparation",
    "outcomes",
    "source",
];

/// Front matter fields that only the English page has: a translation
/// shows the source's (a P4C entry's `last_checked`).
pub const SOURCE_ONLY: &[&str] = &["last_checked"];

/// `text`, a page file made from an English one, without the front matter
/// fields of [`SOURCE_ONLY`] and [`TRANSLATION_MARKS`], and with `marks`
/// (such as `translation = "draft"`) added. `None` when the front matter
/// cannot be read.
pub fn with_front_marks(text: &str, marks: &[(&str, &str)]) -> Option<String> {
    let split = crate::front_matter::split(text).ok()?;
    let mut front: toml_edit::DocumentMut = split.front.parse().ok()?;
    for key in SOURCE_ONLY.iter().chain(TRANSLATION_MARKS) {
        front.remove(key);
    }
    for (key, value) in marks {
        front.insert(key, toml_edit::value(*value));
    }
    let end = split.front_offset + split.front.len();
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(&text[..split.front_offset]);
    out.push_str(&front.to_string());
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&text[end..]);
    Some(out)
}

/// What a translation records about itself in its front matter.
pub const TRANSLATION_MARKS: &[&str] = &["translation", "translated_from"];

/// One block to translate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Stable within the page: `front/title`, `overview/p2`, `h/overview`.
    pub context: String,
    /// The text as written, inline Markdown included; for a heading, without
    /// its `{#id}`.
    pub text: String,
    /// The line of the file it starts on, from 1.
    pub line: usize,
    /// Where the text sits in the file, to put a translation in its place.
    pub span: std::ops::Range<usize>,
}

impl Block {
    /// What to put in place of the block in `source`, its page file, for
    /// its text to read `text`: a front matter field as a TOML string, a
    /// heading with its English anchor (written as `{#anchor}` unless the
    /// English sets one by hand after the span), so that links into the
    /// page still land, and any other block as it is.
    pub fn written_as(&self, source: &str, text: &str) -> String {
        if self.context.starts_with("front/") {
            return toml_edit::Value::from(text).to_string().trim().to_string();
        }
        let Some(anchor) = self.context.strip_prefix("h/") else {
            return text.to_string();
        };
        let explicit = source[self.span.end..]
            .lines()
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with("{#"));
        if explicit {
            text.to_string()
        } else {
            format!("{text} {{#{anchor}}}")
        }
    }
}

/// Cuts a page file (`+++` front matter, then Markdown) into blocks.
/// `None` when the front matter cannot be read; the build reports that.
pub fn blocks(source: &str) -> Option<Vec<Block>> {
    let split = crate::front_matter::split(source).ok()?;
    let mut out = front_blocks(source, split.front, split.front_offset)?;
    // In the file's order, whatever order the front matter's fields are
    // written in: writers replace blocks from the last to the first.
    out.sort_by_key(|b| b.span.start);
    out.extend(body_blocks(source, split.body_offset));
    Some(out)
}

fn line_of(source: &str, at: usize) -> usize {
    source[..at].bytes().filter(|&b| b == b'\n').count() + 1
}

fn front_blocks(source: &str, front: &str, offset: usize) -> Option<Vec<Block>> {
    let doc: toml_edit::Document<&str> = toml_edit::Document::parse(front).ok()?;
    let mut out = Vec::new();
    for field in FRONT_FIELDS {
        let Some(item) = doc.get(field) else { continue };
        let mut push = |context: String, value: &toml_edit::Value| {
            if let (Some(text), Some(span)) = (value.as_str(), value.span()) {
                let span = offset + span.start..offset + span.end;
                out.push(Block {
                    context,
                    text: text.to_string(),
                    line: line_of(source, span.start),
                    span,
                });
            }
        };
        match item.as_value() {
            Some(toml_edit::Value::Array(list)) => {
                for (i, value) in list.iter().enumerate() {
                    push(format!("front/{field}/{}", i + 1), value);
                }
            }
            Some(value) => push(format!("front/{field}"), value),
            None => {}
        }
    }
    Some(out)
}

/// A heading's text without a trailing `{#id}`, and the id it sets.
fn heading_text(raw: &str) -> (&str, Option<&str>) {
    let raw = raw.trim_end();
    if let Some(open) = raw.rfind("{#") {
        if raw.ends_with('}') {
            return (raw[..open].trim_end(), Some(&raw[open + 2..raw.len() - 1]));
        }
    }
    (raw, None)
}

fn body_blocks(source: &str, body_offset: usize) -> Vec<Block> {
    let body = &source[body_offset..];
    let mut out = Vec::new();
    let mut section = String::from("top");
    let mut counts: std::collections::HashMap<&'static str, usize> = Default::default();
    // Section names used so far: a second "Notes" is `notes-2`, as the
    // page's ids are.
    let mut used = std::collections::HashSet::new();
    let mut next = std::collections::HashMap::new();
    // The text range of the block being read: its first and last inline
    // event, so that list markers, `#` and `|` stay out.
    let mut open: Option<(&'static str, Option<std::ops::Range<usize>>)> = None;
    let mut depth_in_item = 0usize;
    // The id a heading sets by hand, `{#id}`, which the parser takes off
    // its text.
    let mut heading_id: Option<String> = None;
    let mut finish =
        |kind: &'static str,
         range: Option<std::ops::Range<usize>>,
         id: Option<&str>,
         out: &mut Vec<Block>,
         section: &mut String,
         counts: &mut std::collections::HashMap<&'static str, usize>| {
            let Some(range) = range else { return };
            let raw = &body[range.clone()];
            let (text, id) = if kind == "h" {
                let (text, written) = heading_text(raw);
                (text, id.or(written))
            } else {
                (raw.trim(), None)
            };
            if text.is_empty() {
                return;
            }
            let start = body_offset + range.start + (raw.len() - raw.trim_start().len());
            let span = start..start + text.len();
            let context = if kind == "h" {
                let base = id.map_or_else(|| slugify(text), str::to_string);
                *section = unique_id(&base, &mut used, &mut next);
                counts.clear();
                format!("h/{section}")
            } else {
                let n = counts.entry(kind).or_insert(0);
                *n += 1;
                format!("{section}/{kind}{n}")
            };
            out.push(Block {
                context,
                text: text.to_string(),
                line: line_of(source, span.start),
                span,
            });
        };
    for (event, range) in Parser::new_ext(body, crate::markdown::OPTIONS).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                heading_id = id.map(|id| id.to_string());
                open = Some(("h", None));
            }
            Event::Start(Tag::Paragraph) if open.is_none() => {
                open = Some((if depth_in_item > 0 { "li" } else { "p" }, None));
            }
            Event::Start(Tag::TableCell) => open = Some(("td", None)),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some("text") =>
            {
                open = Some(("pre", None));
            }
            Event::Start(Tag::Item) => {
                // A tight item has no paragraph: its text is the block.
                depth_in_item += 1;
                open = Some(("li", None));
            }
            Event::Start(Tag::List(_)) | Event::Start(Tag::BlockQuote(_)) => {
                // A nested list ends the text of the item it is in.
                if let Some((kind, r)) = open.take() {
                    finish(kind, r, None, &mut out, &mut section, &mut counts);
                }
            }
            Event::End(TagEnd::Heading(_))
            | Event::End(TagEnd::CodeBlock)
            | Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::TableCell)
            | Event::End(TagEnd::Item) => {
                if matches!(event, Event::End(TagEnd::Item)) {
                    depth_in_item = depth_in_item.saturating_sub(1);
                }
                if let Some((kind, r)) = open.take() {
                    let id = heading_id.take();
                    finish(kind, r, id.as_deref(), &mut out, &mut section, &mut counts);
                }
            }
            Event::Text(_)
            | Event::Code(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
            | Event::Start(Tag::Link { .. } | Tag::Image { .. })
            | Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough)
            | Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((_, r)) = &mut open {
                    *r = Some(match r.take() {
                        None => range,
                        Some(before) => before.start..range.end.max(before.end),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "+++\ntitle = \"Housing\"\nobjectives = [\"One\", \"Two\"]\nweight = 3\n+++\n\nIntro with a [link](@/pillars/health.md#signs).\n\n## Step by step {#steps}\n\n1. First *thing*.\n2. Second.\n   - nested\n\n| A | B |\n|---|---|\n| x | y |\n\n## Notes\n\nLast.\n\n```text\nPRACTICE LABEL\n20 tablets\n```\n\n```sh\nintegra build\n```\n";

    #[test]
    fn a_page_is_cut_into_stable_blocks_with_their_lines() {
        let found = blocks(PAGE).unwrap();
        let got: Vec<(&str, &str, usize)> = found
            .iter()
            .map(|b| (b.context.as_str(), b.text.as_str(), b.line))
            .collect();
        assert_eq!(
            got,
            [
                ("front/title", "Housing", 2),
                ("front/objectives/1", "One", 3),
                ("front/objectives/2", "Two", 3),
                (
                    "top/p1",
                    "Intro with a [link](@/pillars/health.md#signs).",
                    7
                ),
                ("h/steps", "Step by step", 9),
                ("steps/li1", "First *thing*.", 11),
                ("steps/li2", "Second.", 12),
                ("steps/li3", "nested", 13),
                ("steps/td1", "A", 15),
                ("steps/td2", "B", 15),
                ("steps/td3", "x", 17),
                ("steps/td4", "y", 17),
                ("h/notes", "Notes", 19),
                ("notes/p1", "Last.", 21),
                // A `text` block is words on paper; other code is not cut.
                ("notes/pre1", "PRACTICE LABEL\n20 tablets", 24),
            ]
        );
        // A body block's span is its text; a field's is its TOML value.
        for b in &found {
            let written = &PAGE[b.span.clone()];
            if b.context.starts_with("front/") {
                assert_eq!(written, format!("\"{}\"", b.text), "{}", b.context);
            } else {
                assert_eq!(written, b.text, "{}", b.context);
            }
        }
    }

    #[test]
    fn front_matter_blocks_come_in_the_files_order() {
        // `outcomes` is listed after `materials` in FRONT_FIELDS.
        let page = "+++\ntitle = \"M\"\noutcomes = [\"Ü \\\"quoted\\\"\"]\nmaterials = [\"Pens\"]\n+++\n\nBody.\n";
        let found = blocks(page).unwrap();
        let contexts: Vec<&str> = found.iter().map(|b| b.context.as_str()).collect();
        assert_eq!(
            contexts,
            [
                "front/title",
                "front/outcomes/1",
                "front/materials/1",
                "top/p1"
            ]
        );
        assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        // Writers replace from the last block to the first: this panicked
        // when the blocks were in FRONT_FIELDS' order.
        let pseudo =
            crate::translation::pseudo::page(crate::translation::pseudo::Pseudo::Accented, page);
        assert_ne!(pseudo, page);
        assert!(crate::front_matter::split(&pseudo).is_ok(), "{pseudo}");
    }

    #[test]
    fn contexts_stay_when_another_section_changes() {
        let before = blocks(PAGE).unwrap();
        let edited = PAGE.replace("Intro with", "A longer intro.\n\nIntro with");
        let after = blocks(&edited).unwrap();
        let notes = |b: &[Block]| {
            b.iter()
                .filter(|b| b.context.starts_with("steps/") || b.context.starts_with("notes/"))
                .map(|b| (b.context.clone(), b.text.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(notes(&before), notes(&after));
    }
}
