//! `integra i18n new`: adds a locale to the site.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;
use toml::Spanned;

use super::toml_text;
use crate::config::{self, Direction, Locale};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::TODO_MARK;
use crate::project::Project;

/// What `integra i18n new` is asked for.
#[derive(Debug)]
pub struct NewLocale {
    /// The tag as typed.
    pub code: String,
    /// The language's own name.
    pub name: String,
    /// `None`: the usual direction of the language's script.
    pub dir: Option<Direction>,
    pub fallback: Vec<String>,
}

/// What `integra i18n new` did.
#[derive(Debug)]
pub struct Created {
    pub locale: Locale,
    /// The default locale, which the new one translates.
    pub source_locale: Locale,
    /// The locales it falls back to before the default one.
    pub fallback: Vec<Locale>,
    pub dir: Direction,
    /// Whether `dir` was chosen from the language rather than given.
    pub dir_guessed: bool,
    /// Fluent files written, with their number of messages.
    pub message_files: Vec<(PathBuf, usize)>,
    /// Fluent files that existed already and were left alone.
    pub kept: Vec<PathBuf>,
    pub content_dir: PathBuf,
    /// Source pages to translate first, those that exist.
    pub first_pages: Vec<String>,
    pub config_file: PathBuf,
    /// `l10n.toml`, when the project has one and the locale was added to
    /// its `locales` list, so that compare-locales and Pontoon know it.
    pub l10n_file: Option<PathBuf>,
    /// The site's path, for the preview address.
    pub base_path: String,
}

/// Adds a locale: a `[[locales]]` entry after the last one in `config.toml`
/// (the rest of the file untouched), `locales/<locale>/` with a copy of
/// every source Fluent file marked for translation, and `content/<locale>/`.
/// The site builds at once, the new locale falling back to the source.
pub fn new_locale(project: &Project, new: &NewLocale) -> Result<Created, Diagnostics> {
    let config_file = project.path("config.toml");
    let config = config::load(&config_file)?;
    let config_text = std::fs::read_to_string(&config_file)
        .map_err(|e| one(Diagnostic::error(format!("cannot read: {e}")).in_file(&config_file)))?;
    let mut problems = Diagnostics::default();

    let locale = match Locale::parse(&new.code) {
        Ok(locale) => Some(locale),
        Err(message) => {
            problems
                .push(Diagnostic::error(message).with_hint(
                    "use a BCP 47 tag such as \"de\", \"pt-BR\", \"fa\" or \"sr-Latn\"",
                ));
            None
        }
    };
    if let Some(locale) = &locale {
        if config.locales.iter().any(|l| l.locale == *locale) {
            let d = Diagnostic::error(format!("locale `{locale}` is already configured"))
                .in_file(&config_file);
            let d = match code_span(&config_text, locale) {
                Some(span) => d.at_offset(&config_text, span.start),
                None => d,
            };
            problems.push(d.with_hint(format!(
                "translate its files, and see how far it is with `integra i18n status {locale}`"
            )));
        }
    }
    let name = new.name.trim();
    if name.is_empty() {
        problems.push(
            Diagnostic::error("the language's name is empty")
                .with_hint("give its name in the language itself, e.g. --name \"Deutsch\""),
        );
    }
    let mut fallback: Vec<Locale> = Vec::new();
    for code in &new.fallback {
        match Locale::parse(code) {
            Ok(f) if locale.as_ref() == Some(&f) => problems.push(Diagnostic::error(format!(
                "locale `{f}` cannot fall back to itself"
            ))),
            Ok(f) if !config.locales.iter().any(|l| l.locale == f) => problems.push(
                Diagnostic::error(format!("--fallback `{f}` is not a configured locale"))
                    .with_hint("a fallback must be one of the locales in config.toml; the default locale is added at the end by itself"),
            ),
            Ok(f) if fallback.contains(&f) => {
                problems.push(Diagnostic::error(format!("--fallback `{f}` is given twice")))
            }
            Ok(f) => fallback.push(f),
            Err(message) => problems.push(Diagnostic::error(message)),
        }
    }
    let default = &config.default_locale;
    let english_dir = project.path(&format!("locales/{default}"));
    let english_files = crate::i18n::ftl_files(&english_dir);
    if english_files.is_empty() {
        problems.push(
            Diagnostic::error("the default locale has no Fluent files to copy")
                .in_file(&english_dir),
        );
    }
    let Some(locale) = locale else {
        return Err(problems);
    };
    if problems.has_errors() {
        return Err(problems);
    }

    let (dir, dir_guessed) = match new.dir {
        Some(dir) => (dir, false),
        None => match locale.langid().character_direction() {
            unic_langid::CharacterDirection::RTL => (Direction::Rtl, true),
            _ => (Direction::Ltr, true),
        },
    };

    let appended = with_locale(&config_text, &locale, name, dir, &fallback)
        .map_err(|d| one(d.in_file(&config_file)))?;

    // The files first, the configuration last: it is what turns the
    // locale on.
    let messages_dir = project.path(&format!("locales/{locale}"));
    let io = |e: std::io::Error, file: &Path| {
        one(Diagnostic::error(format!("cannot write: {e}")).in_file(file))
    };
    std::fs::create_dir_all(&messages_dir).map_err(|e| io(e, &messages_dir))?;
    let mut message_files = Vec::new();
    let mut kept = Vec::new();
    for english in &english_files {
        let file_name = english.file_name().expect("a file").to_string_lossy();
        let target = messages_dir.join(file_name.as_ref());
        if target.exists() {
            kept.push(target);
            continue;
        }
        let text = std::fs::read_to_string(english)
            .map_err(|e| one(Diagnostic::error(format!("cannot read: {e}")).in_file(english)))?;
        let header = format!(
            "# {name} ({locale}): interface strings, copied from {} by `integra i18n new`.\n\
             # Each message still has its English text. Translate the text after `=`,\n\
             # keep the id and any {{ $variable }}, then delete the `# {TODO_MARK}` line\n\
             # above it. See TRANSLATING.md.\n\n",
            english.display()
        );
        let (copy, count) = todo_copy(&text, &header);
        std::fs::write(&target, copy).map_err(|e| io(e, &target))?;
        message_files.push((target, count));
    }
    let content_dir = project.path(&format!("content/{locale}"));
    std::fs::create_dir_all(&content_dir).map_err(|e| io(e, &content_dir))?;
    let is_empty = std::fs::read_dir(&content_dir).is_ok_and(|mut d| d.next().is_none());
    if is_empty {
        let keep = content_dir.join(".gitkeep");
        std::fs::write(&keep, "").map_err(|e| io(e, &keep))?;
    }

    std::fs::write(&config_file, &appended).map_err(|e| io(e, &config_file))?;
    let base_path = match config::load(&config_file) {
        Ok(config) => config.base_path,
        Err(problems) => {
            // Never leave a configuration that does not load.
            let _ = std::fs::write(&config_file, &config_text);
            return Err(problems);
        }
    };

    // Translation platforms read their list of locales from l10n.toml: a
    // locale missing there is one they never offer. A file without such a
    // list, or one that does not parse, is left as it is, and the summary
    // then does not say that the locale was added to it.
    let l10n_path = project.path("l10n.toml");
    let l10n_file = match std::fs::read_to_string(&l10n_path) {
        Ok(text) => match with_l10n_locale(&text, &locale) {
            Some(added) => {
                std::fs::write(&l10n_path, added).map_err(|e| io(e, &l10n_path))?;
                Some(l10n_path)
            }
            None => None,
        },
        Err(_) => None,
    };

    let first_pages = [
        "_index.md",
        "about.md",
        "privacy.md",
        "self-assessment.md",
        "pillars/_index.md",
    ]
    .into_iter()
    .map(str::to_string)
    .chain(mip::PillarId::ALL.iter().map(|&p| {
        crate::content::ContentPath::pillar_guide(p)
            .as_str()
            .to_string()
    }))
    .filter(|p| project.path(&format!("content/{default}/{p}")).is_file())
    .collect();

    Ok(Created {
        locale,
        source_locale: default.clone(),
        fallback,
        dir,
        dir_guessed,
        message_files,
        kept,
        content_dir,
        first_pages,
        config_file,
        l10n_file,
        base_path,
    })
}

/// `text`, an `l10n.toml`, with `locale` added to its top-level `locales`
/// array in alphabetical order, laid out as its neighbours are; `None` when
/// the file has no such array, already lists the locale, or cannot be read.
fn with_l10n_locale(text: &str, locale: &Locale) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = text.parse().ok()?;
    let list = doc.get_mut("locales")?.as_array_mut()?;
    let codes: Vec<String> = list
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect::<Option<_>>()?;
    if codes.iter().any(|c| c == locale.as_str()) {
        return None;
    }
    let at = codes
        .iter()
        .take_while(|c| c.as_str() < locale.as_str())
        .count();
    let mut value = toml_edit::Value::from(locale.as_str());
    // The decor of the value it goes before (or after, at the end), so that
    // a list written one locale per line stays that way.
    let neighbour = list.get(at.min(list.len().saturating_sub(1)));
    if let Some(prefix) = neighbour
        .and_then(|n| n.decor().prefix())
        .and_then(|p| p.as_str())
    {
        value.decor_mut().set_prefix(prefix.to_string());
    }
    list.insert_formatted(at, value);
    Some(toml_text::render(&doc, toml_text::uses_crlf(text)))
}

/// Where `config_text`, the text of `config.toml`, sets `code = "<locale>"`.
fn code_span(config_text: &str, locale: &Locale) -> Option<Range<usize>> {
    #[derive(Deserialize)]
    struct Codes {
        locales: Vec<Code>,
    }
    #[derive(Deserialize)]
    struct Code {
        code: Spanned<String>,
    }
    let codes: Codes = toml::from_str(config_text).ok()?;
    codes
        .locales
        .into_iter()
        .find(|l| l.code.get_ref() == locale.as_str())
        .map(|l| l.code.span())
}

/// `config_text`, the text of `config.toml`, with a `[[locales]]` entry for
/// `locale` added after the last one by `toml_edit`: every other byte is
/// kept, line endings included.
fn with_locale(
    config_text: &str,
    locale: &Locale,
    name: &str,
    dir: Direction,
    fallback: &[Locale],
) -> Result<String, Diagnostic> {
    let cannot = || {
        Diagnostic::error("cannot add the locale to this config.toml without changing the rest of it")
            .with_hint("the file's lines must all end alike, all with LF or all with CRLF; `locales` must be a list of tables")
    };
    let mut entry = toml_edit::Table::new();
    entry.insert("code", toml_edit::value(locale.as_str()));
    entry.insert("name", toml_edit::value(name));
    if dir == Direction::Rtl {
        entry.insert("dir", toml_edit::value(Direction::Rtl.as_str()));
    }
    if !fallback.is_empty() {
        let list: toml_edit::Array = fallback.iter().map(Locale::as_str).collect();
        entry.insert("fallback", toml_edit::value(list));
    }
    let mut doc: toml_edit::DocumentMut = config_text.parse().map_err(|_| cannot())?;
    match doc.get_mut("locales") {
        Some(toml_edit::Item::ArrayOfTables(locales)) => locales.push(entry),
        Some(toml_edit::Item::Value(toml_edit::Value::Array(locales))) => {
            locales.push(entry.into_inline_table());
        }
        _ => return Err(cannot()),
    }
    let text = toml_text::render(&doc, toml_text::uses_crlf(config_text));
    if !toml_text::is_insertion(config_text, &text) {
        return Err(cannot());
    }
    Ok(text)
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut problems = Diagnostics::default();
    problems.push(d);
    problems
}

/// The start of a message (`id =`) or term (`-id =`) in a Fluent file:
/// entries start at the beginning of a line, everything that continues
/// them is indented or starts with `[`, `*`, `.` or `}`.
static ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-?[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=").expect("valid"));

/// A Fluent source file made ready for translation: `header`, then the file
/// with `# TODO translate` above every message, which keeps its English text
/// so that the site builds. Returns the text and the number of messages.
pub fn todo_copy(english: &str, header: &str) -> (String, usize) {
    let mut out = String::from(header);
    let mut count = 0;
    for line in english.split_inclusive('\n') {
        if ENTRY.is_match(line) {
            let newline = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
            out.push_str(&format!("# {TODO_MARK}{newline}"));
            if !line.starts_with('-') {
                count += 1;
            }
        }
        out.push_str(line);
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todo_copies_mark_every_message_and_keep_the_rest() {
        let english = "# The English source.\n\n## Site\n\nsite-title = INTEGRA\n# $n is a number.\nitems = { $n ->\n    [one] One item\n   *[other] { $n } items\n}\n    .title = Items\n-brand = INTEGRA\n";
        let (copy, count) = todo_copy(english, "# Header.\n\n");
        assert_eq!(count, 2);
        assert_eq!(
            copy,
            "# Header.\n\n# The English source.\n\n## Site\n\n# TODO translate\nsite-title = INTEGRA\n# $n is a number.\n# TODO translate\nitems = { $n ->\n    [one] One item\n   *[other] { $n } items\n}\n    .title = Items\n# TODO translate\n-brand = INTEGRA\n"
        );
        let resource = fluent_syntax::parser::parse(copy.as_str()).expect("valid Fluent");
        let marked = resource
            .body
            .iter()
            .filter(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => m
                    .comment
                    .as_ref()
                    .is_some_and(|c| c.content.contains(&TODO_MARK)),
                _ => false,
            })
            .count();
        assert_eq!(marked, 2);
    }

    fn locale(code: &str) -> Locale {
        Locale::parse(code).unwrap()
    }

    #[test]
    fn a_new_locale_is_added_after_the_last_keeping_comments() {
        let config = "# Site configuration.\ntitle = \"T\" # shown everywhere\n\n[[locales]]\ncode = \"en\"  # the source\nname = \"English\"\n\n[[locales]]\ncode = \"ar\"\nname = \"العربية\"\ndir = \"rtl\"\n\n# More locales to come:\n# [[locales]]\n# code = \"de\"\n";
        let added = with_locale(config, &locale("fr"), "Français", Direction::Ltr, &[]).unwrap();
        assert_eq!(
            added,
            config.replace(
                "dir = \"rtl\"\n",
                "dir = \"rtl\"\n\n[[locales]]\ncode = \"fr\"\nname = \"Français\"\n"
            )
        );
        let added = with_locale(
            &added,
            &locale("fa"),
            "فارسی",
            Direction::Rtl,
            &[locale("ar"), locale("en")],
        )
        .unwrap();
        assert!(added.contains("name = \"Français\"\n\n[[locales]]\ncode = \"fa\"\nname = \"فارسی\"\ndir = \"rtl\"\nfallback = [\"ar\", \"en\"]\n\n# More locales to come:\n"), "{added}");
        let parsed: toml::Table = toml::from_str(&added).unwrap();
        assert_eq!(parsed["locales"].as_array().unwrap().len(), 4);

        // What the old text ended with, or other tables, stay as they were.
        let bare = "title = \"T\"\n[[locales]]\ncode = \"en\"\nname = \"English\"";
        assert_eq!(
            with_locale(bare, &locale("it"), "Italiano", Direction::Ltr, &[]).unwrap(),
            format!("{bare}\n\n[[locales]]\ncode = \"it\"\nname = \"Italiano\"\n")
        );
        let other = "[[locales]]\ncode = \"en\"\nname = \"English\"\n\n[extra]\nx = 1\n";
        assert_eq!(
            with_locale(other, &locale("it"), "Italiano", Direction::Ltr, &[]).unwrap(),
            other.replace(
                "\n\n[extra]",
                "\n\n[[locales]]\ncode = \"it\"\nname = \"Italiano\"\n\n[extra]"
            )
        );
        let inline = "locales = [\n  { code = \"en\", name = \"English\" }, # the source\n]\n";
        let added = with_locale(inline, &locale("it"), "Italiano", Direction::Ltr, &[]).unwrap();
        assert!(toml_text::is_insertion(inline, &added), "{added}");
        assert!(
            added.contains("{ code = \"it\", name = \"Italiano\" }"),
            "{added}"
        );
    }

    #[test]
    fn a_new_locale_joins_the_l10n_list_in_order_and_layout() {
        let l10n = "# Pontoon.\nbasepath = \".\"\n\nlocales = [\n    \"ar\",\n    \"so\",\n]\n\n[[paths]]\n    reference = \"x\"\n";
        let added = with_l10n_locale(l10n, &locale("fr")).unwrap();
        assert_eq!(added, l10n.replace("\"ar\",\n", "\"ar\",\n    \"fr\",\n"));
        let last = with_l10n_locale(&added, &locale("ti")).unwrap();
        assert!(last.contains("    \"so\",\n    \"ti\",\n]"), "{last}");
        // Listed already, or no list to add to: nothing to write.
        assert_eq!(with_l10n_locale(&added, &locale("fr")), None);
        assert_eq!(with_l10n_locale("basepath = \".\"\n", &locale("fr")), None);
    }

    #[test]
    fn a_crlf_config_stays_crlf_and_mixed_line_endings_are_refused() {
        let config = "# Site.\r\ntitle = \"T\"\r\n\r\n[[locales]]\r\ncode = \"en\"\r\nname = \"English\"\r\n\r\n# The end.\r\n";
        let added = with_locale(config, &locale("it"), "Italiano", Direction::Ltr, &[]).unwrap();
        assert_eq!(
            added,
            config.replace(
                "\"English\"\r\n",
                "\"English\"\r\n\r\n[[locales]]\r\ncode = \"it\"\r\nname = \"Italiano\"\r\n"
            )
        );
        let mixed = "title = \"T\"\r\n[[locales]]\ncode = \"en\"\r\nname = \"English\"\r\n";
        let err = with_locale(mixed, &locale("it"), "Italiano", Direction::Ltr, &[]).unwrap_err();
        assert!(err.message.contains("cannot add the locale"), "{err}");
    }

    #[test]
    fn an_existing_locale_is_found_by_its_span() {
        let config = "title = \"T\"\n\n[[locales]]\ncode = \"en\"\nname = \"English\"\n\n[[locales]]\n  code   = \"fr\" # code = \"de\"\nname = \"Français\"\n";
        let span = code_span(config, &locale("fr")).unwrap();
        assert_eq!(&config[span.clone()], "\"fr\"");
        assert_eq!(crate::diagnostic::line_col(config, span.start), (8, 12));
        assert_eq!(code_span(config, &locale("de")), None);
        let inline = "locales = [{ code = \"en\", name = \"English\" }]\n";
        let span = code_span(inline, &locale("en")).unwrap();
        assert_eq!(&inline[span], "\"en\"");
    }
}
