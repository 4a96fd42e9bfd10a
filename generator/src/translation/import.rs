//! `integra i18n import LOCALE DIR`: translated PO files back into pages.
//!
//! Each page is made from its English page as it is now: every block is
//! replaced by its translation, so the page keeps the English structure,
//! front matter, heading anchors and `@/` links. A block without a
//! translation stays in English. A heading keeps its English anchor as an
//! explicit `{#id}`. The page gets `translation = "draft"` (or
//! `"reviewed"` when the PO file says so) and `translated_from`.
//!
//! Every file is checked before any page is written: a mistake in one
//! leaves every page as it was.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::blocks::{blocks, Block};
use super::po::{self, Catalog, Message};
use crate::config::Locale;
use crate::content::ContentPath;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::site::Site;

/// What an import did.
#[derive(Debug, Default)]
pub struct Imported {
    /// Pages written, and pages that were already as the PO files say.
    pub written: Vec<PathBuf>,
    pub unchanged: usize,
    pub translated: usize,
    /// Fuzzy messages, whose translation was kept.
    pub fuzzy: usize,
    pub untranslated: usize,
}

/// The `@/` and other link targets in Markdown text, in order.
fn link_targets(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        found.push(after[..end].trim());
        rest = &after[end..];
    }
    found.sort_unstable();
    found
}

/// The page a PO file makes, or the problems that stop it.
fn page_text(
    english_source: &str,
    english: &[Block],
    existing: &HashMap<String, String>,
    catalog: &Catalog,
    file: &Path,
    po_text: &str,
    counts: &mut Imported,
) -> Result<String, Diagnostics> {
    let mut problems = Diagnostics::default();
    let at = |line: usize, message: String| {
        Diagnostic::error(message)
            .in_file(file)
            .at(po_text, line, 1)
    };
    let by_context: HashMap<&str, (&Message, usize)> = catalog
        .messages
        .iter()
        .map(|(m, line)| (m.context.as_str(), (m, *line)))
        .collect();
    // Replacements from the end of the file, so that spans stay right.
    let mut replacements: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for block in english {
        let Some((message, line)) = by_context.get(block.context.as_str()) else {
            counts.untranslated += 1;
            continue;
        };
        let translated = message.msgstr.trim();
        if translated.is_empty() {
            counts.untranslated += 1;
            continue;
        }
        if message.fuzzy {
            counts.fuzzy += 1;
        } else {
            counts.translated += 1;
        }
        // What the page already says passed the build's link checks; a new
        // translation must keep the English links.
        let unchanged = existing
            .get(&block.context)
            .is_some_and(|t| t == translated);
        if !unchanged && link_targets(&block.text) != link_targets(translated) {
            problems.push(
                at(
                    *line,
                    format!(
                        "this translation does not keep the links of the English ({})",
                        link_targets(&block.text).join(", ")
                    ),
                )
                .with_hint("keep every `[text](target)` of the msgid, with the same target; translate only the text in brackets"),
            );
            continue;
        }
        replacements.push((
            block.span.clone(),
            block.written_as(english_source, translated),
        ));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    replacements.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut text = english_source.to_string();
    for (span, with) in replacements {
        text.replace_range(span, &with);
    }
    // The translation must cut into the same blocks as the English: a
    // msgstr that starts a list, a heading or a new paragraph breaks that.
    let shapes = |b: &[Block]| -> Vec<String> {
        b.iter()
            .map(|b| b.context.rsplit('/').next().unwrap_or("").to_string())
            .collect()
    };
    match blocks(&text) {
        Some(made) if shapes(&made) == shapes(english) => Ok(text),
        Some(made) => {
            // The first block that differs names the message to fix.
            let differs = made
                .iter()
                .zip(english)
                .position(|(m, e)| m.context.rsplit('/').next() != e.context.rsplit('/').next())
                .unwrap_or(english.len().min(made.len()).saturating_sub(1));
            let context = &english[differs.min(english.len() - 1)].context;
            let line = by_context.get(context.as_str()).map_or(1, |(_, l)| *l);
            problems.push(
                at(line, "this translation breaks the page's Markdown: the page no longer has the English page's blocks".to_string())
                    .with_hint("a msgstr is one block: no blank lines, no list markers or `#` at its start, and every `[`, `*` and `` ` `` closed"),
            );
            Err(problems)
        }
        None => {
            problems.push(
                Diagnostic::error("the front matter this file makes cannot be read")
                    .in_file(file)
                    .with_hint("check the msgstr of the title and the other front matter fields"),
            );
            Err(problems)
        }
    }
}

/// Reads every `.po` file below `dir` and writes the pages of `locale`.
pub fn import(
    root: &Path,
    site: &Site,
    locale: &Locale,
    dir: &Path,
) -> Result<Imported, Diagnostics> {
    let default = &site.config.default_locale;
    let mut problems = Diagnostics::default();
    let mut done = Imported::default();
    let mut pages: Vec<(PathBuf, String)> = Vec::new();
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "po"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    if files.is_empty() {
        problems.push(
            Diagnostic::error("no .po files here")
                .in_file(dir)
                .with_hint(format!(
                    "name the folder `integra i18n export {locale}` wrote, such as po/{locale}"
                )),
        );
        return Err(problems);
    }
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) => {
                problems.push(Diagnostic::error(format!("cannot read: {e}")).in_file(&file));
                continue;
            }
        };
        let catalog = match po::parse(&text) {
            Ok(c) => c,
            Err(e) => {
                problems.push(
                    Diagnostic::error(format!("not a valid PO file: {}", e.message))
                        .in_file(&file)
                        .at(&text, e.line, 1)
                        .with_hint(
                            "fix the line, or export the page again with `integra i18n export`",
                        ),
                );
                continue;
            }
        };
        // The page this file is for, by where it is and what it says.
        let relative = file
            .strip_prefix(dir)
            .unwrap_or(&file)
            .with_extension("md")
            .to_string_lossy()
            .replace('\\', "/");
        let expected = format!("content/{default}/{relative}");
        let source = catalog.header("X-Integra-Source").unwrap_or_default();
        if source != expected {
            problems.push(
                Diagnostic::error(format!(
                    "this PO file is for {}, not for {expected}",
                    if source.is_empty() {
                        "no page (its header has no X-Integra-Source)"
                    } else {
                        source
                    }
                ))
                .in_file(&file)
                .at(&text, 1, 1)
                .with_hint("put each file where `integra i18n export` wrote it"),
            );
            continue;
        }
        if let Some(language) = catalog.header("Language").filter(|l| !l.is_empty()) {
            if language.replace('_', "-") != locale.as_str() {
                problems.push(
                    Diagnostic::error(format!("this PO file is in `{language}`, not `{locale}`"))
                        .in_file(&file)
                        .at(&text, 1, 1)
                        .with_hint(format!(
                            "import it into its own locale: integra i18n import {language} …"
                        )),
                );
                continue;
            }
        }
        let path = ContentPath::new(relative.clone());
        let Some(english_page) = site.page(default, &path) else {
            problems.push(
                Diagnostic::error(format!("{expected} no longer exists"))
                    .in_file(&file)
                    .with_hint("delete this PO file, or export again"),
            );
            continue;
        };
        let Some(english) = blocks(&english_page.source) else {
            continue;
        };
        let existing_page = site.page(locale, &path);
        let existing: HashMap<String, String> = existing_page
            .and_then(|p| blocks(&p.source))
            .filter(|b| b.len() == english.len())
            .map(|b| {
                english
                    .iter()
                    .zip(b)
                    .map(|(e, t)| (e.context.clone(), t.text))
                    .collect()
            })
            .unwrap_or_default();
        let before = (done.translated, done.fuzzy);
        let made = match page_text(
            &english_page.source,
            &english,
            &existing,
            &catalog,
            &file,
            &text,
            &mut done,
        ) {
            Ok(made) => made,
            Err(p) => {
                problems.extend(p);
                continue;
            }
        };
        // A file with nothing translated makes no page: the English one is
        // shown by fallback until there is something to show.
        if (done.translated, done.fuzzy) == before {
            continue;
        }
        let status = match catalog.header("X-Integra-Translation") {
            Some("reviewed") => "reviewed",
            _ => "draft",
        };
        // A page with fuzzy messages is not up to date: it keeps the
        // version it was translated from, so that status lists it.
        let hash = match existing_page.and_then(|p| p.translated_from.clone()) {
            Some(old)
                if catalog
                    .messages
                    .iter()
                    .any(|(m, _)| m.fuzzy && !m.msgstr.is_empty()) =>
            {
                old
            }
            _ => catalog
                .header("X-Integra-Source-Hash")
                .unwrap_or(english_page.source_hash())
                .to_string(),
        };
        let marks = [("translation", status), ("translated_from", hash.as_str())];
        let Some(made) = super::blocks::with_front_marks(&made, &marks) else {
            continue;
        };
        let target = root.join("content").join(locale.as_str()).join(&relative);
        if std::fs::read_to_string(&target).is_ok_and(|old| old == made) {
            done.unchanged += 1;
            continue;
        }
        pages.push((target, made));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    for (target, text) in pages {
        let write = || -> std::io::Result<()> {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let part = target.with_extension("md.part");
            std::fs::write(&part, &text)?;
            std::fs::rename(&part, &target)
        };
        if let Err(e) = write() {
            problems
                .push(Diagnostic::error(format!("cannot write the page: {e}")).in_file(&target));
            return Err(problems);
        }
        done.written.push(target);
    }
    Ok(done)
}
