//! How far each locale's translation is: [`status`] and what it returns.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;

use super::history::git_change;
use crate::config::{Direction, Locale};
use crate::front_matter;
use crate::i18n::Messages;
use crate::site::Site;

/// Translation progress of every locale but the source.
#[derive(Debug, Serialize)]
pub struct Status {
    pub source_locale: String,
    pub locales: Vec<LocaleStatus>,
}

/// Translation progress of one locale.
#[derive(Debug, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// The language's own name.
    pub name: String,
    pub dir: Direction,
    /// Where missing pages and messages come from, in order.
    pub fallback: Vec<String>,
    pub messages: MessageStatus,
    pub content: ContentStatus,
}

/// Interface messages of one locale, against the source's.
#[derive(Debug, Serialize)]
pub struct MessageStatus {
    /// Message ids the source defines.
    pub total: usize,
    /// Source ids this locale defines with its own text.
    pub translated: usize,
    pub percent: u32,
    /// Source ids this locale does not define, or defines with the English
    /// text still marked `# TODO translate`, sorted.
    pub missing: Vec<String>,
    /// Ids this locale defines that the source does not, sorted.
    pub obsolete: Vec<String>,
}

/// Pages of the source locale, as one locale shows them.
#[derive(Debug, Serialize)]
pub struct ContentStatus {
    /// Pages of the source locale.
    pub total: usize,
    /// Source pages this locale has its own file for.
    pub translated: usize,
    pub percent: u32,
    /// Source pages this locale shows from another locale.
    pub fallback: Vec<FallbackPage>,
    /// Translations whose source changed since they were marked.
    pub stale: Vec<StalePage>,
    /// Translations marked `translation = "draft"`.
    pub drafts: Vec<String>,
    /// Translations without `translated_from`.
    pub unmarked: Vec<String>,
    /// The same counts per folder of the source (`workshops`, `handouts`…),
    /// sorted by folder, top-level pages first as `""`: whether a set
    /// such as all workshops is complete, at a glance.
    pub sections: Vec<SectionStatus>,
}

/// Pages of one folder of the source locale, as one locale shows them.
#[derive(Debug, Serialize)]
pub struct SectionStatus {
    /// The folder below `content/<locale>/`, or `""` for top-level pages.
    pub section: String,
    pub total: usize,
    pub translated: usize,
    pub stale: usize,
}

impl ContentStatus {
    /// The entry of `path`'s section, added the first time it is seen.
    fn section(&mut self, path: &str) -> &mut SectionStatus {
        let name = path.split_once('/').map_or("", |(folder, _)| folder);
        let at = match self.sections.iter().position(|s| s.section == name) {
            Some(at) => at,
            None => {
                self.sections.push(SectionStatus {
                    section: name.to_string(),
                    total: 0,
                    translated: 0,
                    stale: 0,
                });
                self.sections.len() - 1
            }
        };
        &mut self.sections[at]
    }
}

#[derive(Debug, Serialize)]
pub struct FallbackPage {
    pub path: String,
    /// The locale whose page is shown instead.
    pub shown_in: String,
}

#[derive(Debug, Serialize)]
pub struct StalePage {
    pub path: String,
    /// The translation, from the project folder.
    pub file: String,
    /// Its source, from the project folder.
    pub source: String,
    pub translated_from: String,
    /// The source hash of the source as it is now.
    pub source_hash: String,
    /// What changed in the source, when git history tells.
    pub change: Option<Change>,
    /// How many blocks (headings, paragraphs, list items, table cells,
    /// translatable front matter fields) of the source are new, changed or
    /// gone since, when git history tells: what a PO editor shows as fuzzy
    /// or new.
    pub blocks_changed: Option<usize>,
    /// Where `integra i18n export` writes the page's PO file.
    pub po_file: String,
    /// One line for people, such as `+12 −3 lines since 1a2b3c4`.
    pub summary: String,
}

/// Lines changed in a source since the commit it was translated from.
#[derive(Debug, Serialize)]
pub struct Change {
    /// Short id of the most recent commit that had the source as it was
    /// translated.
    pub commit: String,
    pub lines_added: u64,
    pub lines_removed: u64,
}

/// How many blocks of `new` are new or changed since `old`, and how many
/// of `old` are gone.
fn changed_blocks(old: &str, new: &str) -> Option<usize> {
    let old = super::blocks::blocks(old)?;
    let new = super::blocks::blocks(new)?;
    let before: std::collections::HashMap<&str, &str> = old
        .iter()
        .map(|b| (b.context.as_str(), b.text.as_str()))
        .collect();
    let now: std::collections::HashSet<&str> = new.iter().map(|b| b.context.as_str()).collect();
    let changed = new
        .iter()
        .filter(|b| before.get(b.context.as_str()) != Some(&b.text.as_str()))
        .count();
    let gone = old
        .iter()
        .filter(|b| !now.contains(b.context.as_str()))
        .count();
    Some(changed + gone)
}

/// The summary of a stale page whose old version git cannot tell.
pub const SOURCE_CHANGED: &str = "the English source changed since it was translated";

/// `part` of `total` in percent, rounded down, so that 100 means complete.
pub(super) fn percent(part: usize, total: usize) -> u32 {
    (part * 100)
        .checked_div(total)
        .map_or(100, |p| u32::try_from(p).unwrap_or(100))
}

/// The translation progress of `only` (every locale when empty) but the
/// source. With `history`, the project folder, stale pages say what changed
/// according to git, when git and the history are there.
pub fn status(site: &Site, messages: &Messages, only: &[Locale], history: Option<&Path>) -> Status {
    let default = &site.config.default_locale;
    let english: BTreeSet<&str> = messages.source_ids();
    let sources: Vec<_> = site
        .paths
        .iter()
        .filter_map(|path| site.page(default, path))
        .collect();
    let mut locales = Vec::new();
    for locale in &site.config.locales {
        if locale.locale == *default || !(only.is_empty() || only.contains(&locale.locale)) {
            continue;
        }
        let own: BTreeSet<&str> = messages.ids_of(&locale.locale).collect();
        let untranslated: BTreeSet<&str> = messages.untranslated(&locale.locale).collect();
        let missing: Vec<String> = english
            .iter()
            .filter(|id| !own.contains(*id) || untranslated.contains(*id))
            .map(|id| id.to_string())
            .collect();
        let obsolete: Vec<String> = own.difference(&english).map(|id| id.to_string()).collect();
        let translated = english.len() - missing.len();
        let messages = MessageStatus {
            total: english.len(),
            translated,
            percent: percent(translated, english.len()),
            missing,
            obsolete,
        };

        let mut content = ContentStatus {
            total: sources.len(),
            translated: 0,
            percent: 0,
            fallback: Vec::new(),
            stale: Vec::new(),
            drafts: Vec::new(),
            unmarked: Vec::new(),
            sections: Vec::new(),
        };
        for source in &sources {
            content.section(source.path.as_str()).total += 1;
            // Most pages are translated and current: nothing is allocated
            // for them, which the preview notices on every edit.
            let path = || source.path.as_str().to_string();
            let Some(page) = site.page(&locale.locale, &source.path) else {
                let shown = site.resolve(locale, &source.path).unwrap_or(source);
                content.fallback.push(FallbackPage {
                    path: path(),
                    shown_in: shown.locale.to_string(),
                });
                continue;
            };
            content.translated += 1;
            content.section(source.path.as_str()).translated += 1;
            if page.translation == Some(front_matter::Translation::Draft) {
                content.drafts.push(path());
            }
            let current = source.source_hash();
            match &page.translated_from {
                None => content.unmarked.push(path()),
                Some(from) if from != current => {
                    content.section(source.path.as_str()).stale += 1;
                    let path = path();
                    let source_file = format!("content/{default}/{path}");
                    let found = history.and_then(|root| git_change(root, &source_file, from));
                    let blocks_changed = found.as_ref().and_then(|(_, old)| {
                        changed_blocks(std::str::from_utf8(old).ok()?, &source.source)
                    });
                    let change = found.map(|(change, _)| change);
                    let summary = match (&change, blocks_changed) {
                        (Some(c), Some(n)) => format!(
                            "{n} block{} changed, +{} \u{2212}{} lines since {}",
                            if n == 1 { "" } else { "s" },
                            c.lines_added,
                            c.lines_removed,
                            c.commit
                        ),
                        (Some(c), None) => format!(
                            "+{} \u{2212}{} lines since {}",
                            c.lines_added, c.lines_removed, c.commit
                        ),
                        (None, _) => SOURCE_CHANGED.to_string(),
                    };
                    content.stale.push(StalePage {
                        po_file: format!(
                            "po/{}/{}",
                            locale.locale,
                            super::export::po_name(&path, "po")
                        ),
                        blocks_changed,
                        file: format!("content/{}/{path}", locale.locale),
                        source: source_file,
                        path,
                        translated_from: from.clone(),
                        source_hash: current.to_string(),
                        change,
                        summary,
                    });
                }
                Some(_) => {}
            }
        }
        content.percent = percent(content.translated, content.total);
        content.sections.sort_by(|a, b| a.section.cmp(&b.section));
        locales.push(LocaleStatus {
            locale: locale.locale.to_string(),
            name: locale.name.clone(),
            dir: locale.dir,
            fallback: locale.chain[1..].iter().map(Locale::to_string).collect(),
            messages,
            content,
        });
    }
    Status {
        source_locale: default.to_string(),
        locales,
    }
}
