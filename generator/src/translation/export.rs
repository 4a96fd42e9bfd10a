//! `integra i18n export LOCALE`: the content as gettext PO files, one per
//! English page, each message one block of the page (see
//! [`super::blocks`]), with a POT template per page.
//!
//! A page already translated fills in its messages: the translation keeps
//! the English structure, so its blocks align with those of the English
//! version it was translated from, context by context. That version is
//! the English page today, or, when the English changed since
//! `translated_from`, the one git history has with that hash. A block whose
//! English changed since is `fuzzy`, with the English it was translated
//! from as its previous `msgid`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::blocks::{blocks, Block};
use super::history::git_version;
use super::po::{self, Header, Message};
use crate::config::Locale;
use crate::content::Page;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::site::Site;

/// What an export wrote.
#[derive(Debug, Default)]
pub struct Exported {
    pub files: usize,
    pub messages: usize,
    pub translated: usize,
    pub fuzzy: usize,
    /// Where the PO files went: `<output>/<locale>/`.
    pub folder: PathBuf,
    pub warnings: Vec<Diagnostic>,
}

/// The file of a page, relative to the project, with `/`.
fn relative(root: &Path, page: &Page) -> String {
    page.file
        .strip_prefix(root)
        .unwrap_or(&page.file)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The PO file of a page below the output folder: `pillars/housing.po`.
pub fn po_name(page_path: &str, extension: &str) -> String {
    format!("{}.{extension}", page_path.trim_end_matches(".md"))
}

/// The header of a page's PO file. `X-Integra-Source` names the page, so
/// that import can refuse the file of another page, and
/// `X-Integra-Source-Hash` the English version exported.
fn header(locale: Option<&Locale>, source: &str, hash: &str, status: &str) -> Header {
    let today = crate::kinds::p4c::Day::today();
    vec![
        ("Project-Id-Version", "integra content".to_string()),
        ("PO-Revision-Date", format!("{today} 00:00+0000")),
        ("Last-Translator", "see the page's history".to_string()),
        (
            "Language-Team",
            locale.map_or("none".to_string(), |l| format!("{l} (see TRANSLATING.md)")),
        ),
        ("Language", locale.map_or(String::new(), Locale::to_string)),
        ("MIME-Version", "1.0".to_string()),
        ("Content-Type", "text/plain; charset=UTF-8".to_string()),
        ("Content-Transfer-Encoding", "8bit".to_string()),
        ("X-Integra-Source", source.to_string()),
        ("X-Integra-Source-Hash", hash.to_string()),
        ("X-Integra-Translation", status.to_string()),
    ]
}

fn note(context: &str) -> Option<String> {
    let field = context.strip_prefix("front/")?;
    let name = field.split('/').next().unwrap_or(field);
    Some(format!(
        "The page's {name} (front matter). Keep any Markdown, links and {{#anchors}} as they are."
    ))
}

/// What a block is, apart from the section it is in: `front/title`, `h`,
/// `li3`. A translation whose headings are translated without keeping the
/// English anchors has other section names, and the same shapes.
fn shape(context: &str) -> &str {
    if context.starts_with("front/") {
        context
    } else if context.starts_with("h/") {
        "h"
    } else {
        context.rsplit('/').next().unwrap_or(context)
    }
}

/// The translation of each block of `english`, by context, from a
/// translated page made from it; `None` when their structures differ.
fn align(english: &[Block], translated: &[Block]) -> Option<HashMap<String, (String, String)>> {
    let same = english.len() == translated.len()
        && english
            .iter()
            .zip(translated)
            .all(|(e, t)| shape(&e.context) == shape(&t.context));
    same.then(|| {
        english
            .iter()
            .zip(translated)
            .map(|(e, t)| (e.context.clone(), (e.text.clone(), t.text.clone())))
            .collect()
    })
}

/// Writes `<output>/templates/**.pot` and `<output>/<locale>/**.po`.
pub fn export(
    root: &Path,
    site: &Site,
    locale: &Locale,
    output: &Path,
) -> Result<Exported, Diagnostics> {
    let default = &site.config.default_locale;
    let mut done = Exported {
        folder: output.join(locale.as_str()),
        ..Exported::default()
    };
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for page in site.pages.iter().filter(|p| p.locale == *default) {
        let source = relative(root, page);
        let Some(english) = blocks(&page.source) else {
            continue;
        };
        let hash = page.source_hash().to_string();
        let translation = site.page(locale, &page.path);
        // The English the translation was made from, cut into blocks.
        let base: Option<Vec<Block>> = translation.and_then(|t| match &t.translated_from {
            Some(from) if *from != hash => git_version(root, &source, from)
                .and_then(|(_, bytes)| String::from_utf8(bytes).ok())
                .and_then(|text| blocks(&text))
                .or_else(|| {
                    done.warnings.push(
                        Diagnostic::warning(format!(
                            "the English version this page was translated from ({from}) is not in git history, so changed blocks cannot be marked fuzzy"
                        ))
                        .in_file(&t.file)
                        .with_hint("its messages are filled in from the page as it is; check them against the English"),
                    );
                    Some(english.clone())
                }),
            _ => Some(english.clone()),
        });
        let aligned = match (translation, &base) {
            (Some(t), Some(base)) => {
                let translated = blocks(&t.source).unwrap_or_default();
                let aligned = align(base, &translated);
                if aligned.is_none() {
                    done.warnings.push(
                        Diagnostic::warning("this translation's blocks do not line up with its English page's, so its PO file starts empty")
                            .in_file(&t.file)
                            .with_hint("a translation keeps the English headings, paragraphs, list items and table cells, in the same order"),
                    );
                }
                aligned.unwrap_or_default()
            }
            _ => HashMap::new(),
        };
        let mut messages = Vec::with_capacity(english.len());
        for block in &english {
            let mut m = Message {
                context: block.context.clone(),
                msgid: block.text.clone(),
                reference: format!("{source}:{}", block.line),
                note: note(&block.context),
                ..Message::default()
            };
            if let Some((was, translated)) = aligned.get(&block.context) {
                m.msgstr = translated.clone();
                if *was != block.text {
                    m.fuzzy = true;
                    m.previous = Some(was.clone());
                    done.fuzzy += 1;
                } else {
                    done.translated += 1;
                }
            }
            messages.push(m);
        }
        done.messages += messages.len();
        let status = translation
            .and_then(|t| t.translation)
            .map_or("draft", |t| match t {
                crate::front_matter::Translation::Reviewed => "reviewed",
                crate::front_matter::Translation::Draft => "draft",
            });
        let name = po_name(page.path.as_str(), "po");
        files.push((
            output.join(locale.as_str()).join(&name),
            po::write(&header(Some(locale), &source, &hash, status), &messages),
        ));
        let template: Vec<Message> = messages
            .into_iter()
            .map(|m| Message {
                msgstr: String::new(),
                fuzzy: false,
                previous: None,
                ..m
            })
            .collect();
        files.push((
            output
                .join("templates")
                .join(po_name(page.path.as_str(), "pot")),
            po::write(&header(None, &source, &hash, "draft"), &template),
        ));
        done.files += 1;
    }
    for (file, text) in files {
        let write = || -> std::io::Result<()> {
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&file, text)
        };
        if let Err(e) = write() {
            let mut problems = Diagnostics::default();
            problems.push(
                Diagnostic::error(format!("cannot write the PO file: {e}"))
                    .in_file(&file)
                    .with_hint("choose another --output folder"),
            );
            return Err(problems);
        }
    }
    Ok(done)
}
