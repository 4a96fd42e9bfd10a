//! Interface strings: `locales/<locale>/*.ftl`, loaded with the fluent crates.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::config::{Config, Direction, Locale};
use crate::content::ContentPath;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::site::Site;

type Bundle = FluentBundle<FluentResource>;

/// The comment line `integra i18n new` writes above each message it copies
/// from English: the message still waits for its translation.
pub const TODO_MARK: &str = "TODO translate";

/// The interface messages of every locale, with each locale's fallback chain.
pub struct Messages {
    bundles: HashMap<Locale, Bundle>,
    chains: HashMap<Locale, Vec<Locale>>,
    /// Message ids per locale, with the file that defines each.
    ids: HashMap<Locale, HashMap<String, PathBuf>>,
    /// Ids a locale defines with the English text still in place under a
    /// `# TODO translate` comment: copied, not yet translated.
    untranslated: HashMap<Locale, BTreeSet<String>>,
    default_locale: Locale,
    /// A hash of each locale's own Fluent files.
    hashes: HashMap<Locale, u64>,
}

/// A value passed to a message: a number (for plurals) or a string.
pub enum Arg {
    Number(f64),
    String(String),
}

impl Messages {
    /// Loads and parses every locale's Fluent files, reporting all syntax
    /// errors with their file, line and column.
    pub fn load(config: &Config, locales_dir: &Path) -> (Messages, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut bundles = HashMap::new();
        let mut ids: HashMap<Locale, HashMap<String, PathBuf>> = HashMap::new();
        // Per locale and message: the text (value and attributes, as parsed)
        // and whether a `# TODO translate` comment sits above it.
        let mut texts: HashMap<Locale, HashMap<String, (String, bool)>> = HashMap::new();
        let mut hashes = HashMap::new();
        for locale_config in &config.locales {
            let locale = &locale_config.locale;
            let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
            // Placeables are isolated so that a left-to-right title inside an
            // Arabic sentence keeps its order; templates keep messages with
            // placeables out of attributes (checked by the output tests).
            bundle.set_use_isolating(true);
            bundle.set_formatter(mip::texts::digits_formatter(locale.as_str()));
            let mut locale_ids: HashMap<String, PathBuf> = HashMap::new();
            let locale_texts = texts.entry(locale.clone()).or_default();
            // A pseudo-locale's messages are made from the English ones.
            let pseudo = crate::translation::pseudo::Pseudo::of(locale);
            let dir = locales_dir
                .join(pseudo.map_or(locale.as_str(), |_| config.default_locale.as_str()));
            let files = ftl_files(&dir);
            let mut read = Vec::new();
            if files.is_empty() {
                let d = if *locale == config.default_locale {
                    Diagnostic::error("the default locale has no Fluent files")
                } else {
                    Diagnostic::warning(format!(
                        "locale `{locale}` has no Fluent files; its interface falls back to {}",
                        locale_config.chain[1..]
                            .iter()
                            .map(Locale::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                };
                problems.push(d.in_file(&dir).with_hint(
                    "interface strings live in locales/<locale>/main.ftl; copy the English file to start",
                ));
            }
            for file in files {
                let source = match crate::diagnostic::read_text(&file, "Fluent file") {
                    Ok(s) => match pseudo {
                        Some(pseudo) => crate::translation::pseudo::fluent(pseudo, &s),
                        None => s,
                    },
                    Err(d) => {
                        problems.push(d);
                        continue;
                    }
                };
                read.push((file.clone(), source.clone()));
                if let Some(offset) = too_deep(&source) {
                    // The Fluent parser recurses once per level and would
                    // overflow its stack long before a real message.
                    problems.push(
                        Diagnostic::error(format!(
                            "placeables are nested more than {MAX_NESTING} deep (`{{` inside `{{`)"
                        ))
                        .in_file(&file)
                        .at_offset(&source, offset)
                        .with_hint("close each `{` with `}`; a message needs a placeable inside a placeable at most a few times"),
                    );
                    continue;
                }
                let resource = match FluentResource::try_new(source.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(
                                Diagnostic::error(format!("Fluent syntax error: {}", e.kind))
                                    .in_file(&file)
                                    .at_offset(&source, e.pos.start)
                                    .with_hint("see TRANSLATING.md for Fluent syntax; every message is `id = text` and continuation lines are indented"),
                            );
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        let id = m.id.name.to_string();
                        if let Some(first) = locale_ids.get(&id) {
                            problems.push(
                                Diagnostic::error(format!("message `{id}` is defined twice"))
                                    .in_file(&file)
                                    .at(&source, line_of_message(&source, &id), 1)
                                    .with_hint(format!(
                                        "it is already defined in {}",
                                        first.display()
                                    )),
                            );
                        }
                        locale_ids.insert(id, file.clone());
                    }
                }
                // The runtime parser drops comments; the full one keeps them.
                let full = match fluent_syntax::parser::parse(source.as_str()) {
                    Ok(r) | Err((r, _)) => r,
                };
                for entry in full.body {
                    if let ast::Entry::Message(m) = entry {
                        let todo = m
                            .comment
                            .as_ref()
                            .is_some_and(|c| c.content.iter().any(|l| l.trim() == TODO_MARK));
                        let text = format!("{:?}", (&m.value, &m.attributes));
                        locale_texts.insert(m.id.name.to_string(), (text, todo));
                    }
                }
                // Duplicates were reported above with their lines.
                bundle.add_resource_overriding(resource);
            }
            hashes.insert(locale.clone(), crate::fingerprint::hash(&read));
            bundles.insert(locale.clone(), bundle);
            ids.insert(locale.clone(), locale_ids);
        }

        let default_ids = &ids[&config.default_locale];
        for locale_config in &config.locales {
            if locale_config.locale == config.default_locale {
                continue;
            }
            let mut extra: Vec<(&String, &PathBuf)> = ids[&locale_config.locale]
                .iter()
                .filter(|(id, _)| !default_ids.contains_key(*id))
                .collect();
            extra.sort();
            for (id, file) in extra {
                let source = std::fs::read_to_string(file).unwrap_or_default();
                problems.push(
                    Diagnostic::warning(format!(
                        "message `{id}` is not in the {} source and is never used",
                        config.default_locale
                    ))
                    .in_file(file)
                    .at(&source, line_of_message(&source, id), 1)
                    .with_hint("remove it, or check its id for a typo"),
                );
            }
        }

        let english = texts.remove(&config.default_locale).unwrap_or_default();
        let untranslated = texts
            .into_iter()
            .map(|(locale, texts)| {
                let ids = texts
                    .into_iter()
                    .filter(|(id, (text, todo))| {
                        *todo && english.get(id).is_some_and(|(source, _)| source == text)
                    })
                    .map(|(id, _)| id)
                    .collect();
                (locale, ids)
            })
            .collect();

        let chains = config
            .locales
            .iter()
            .map(|l| (l.locale.clone(), l.chain.clone()))
            .collect();
        let messages = Messages {
            bundles,
            chains,
            ids,
            untranslated,
            default_locale: config.default_locale.clone(),
            hashes,
        };
        (messages, problems)
    }

    /// Whether the default locale defines `key` (`message` or
    /// `message.attribute`).
    pub fn source_has(&self, key: &str) -> bool {
        let (id, attribute) = split_key(key);
        let source = [((), &self.bundles[&self.default_locale])];
        mip::texts::along_chain(source, id, attribute)
            .next()
            .is_some()
    }

    /// A hash of each locale's own Fluent files: what its pages depend on.
    pub fn hashes(&self) -> &HashMap<Locale, u64> {
        &self.hashes
    }

    /// Message ids the default locale defines.
    pub fn source_ids(&self) -> BTreeSet<&str> {
        self.ids[&self.default_locale]
            .keys()
            .map(String::as_str)
            .collect()
    }

    /// Formats `key` for `locale`, walking its fallback chain. Returns the
    /// text and the locale it came from.
    pub fn format(
        &self,
        locale: &Locale,
        key: &str,
        args: &[(&str, Arg)],
    ) -> Result<(String, Locale), String> {
        let (id, attribute) = split_key(key);
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::String(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            }
        }
        let chain = self.chains[locale].iter().map(|c| (c, &self.bundles[c]));
        if let Some((candidate, bundle, pattern)) =
            mip::texts::along_chain(chain, id, attribute).next()
        {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if let Some(e) = errors.first() {
                return Err(format!(
                    "message `{key}` in locale `{candidate}` cannot be formatted: {e}"
                ));
            }
            return Ok((text.into_owned(), candidate.clone()));
        }
        Err(format!(
            "message `{key}` is not defined in locales/{}/",
            self.default_locale
        ))
    }

    /// Ids a locale defines itself (not through fallback).
    pub fn ids_of(&self, locale: &Locale) -> impl Iterator<Item = &str> {
        self.ids
            .get(locale)
            .into_iter()
            .flat_map(|ids| ids.keys().map(String::as_str))
    }

    /// Ids `locale` defines whose text is still the English one under a
    /// `# TODO translate` comment, as `integra i18n new` copies them: they
    /// count as missing.
    pub fn untranslated(&self, locale: &Locale) -> impl Iterator<Item = &str> {
        self.untranslated
            .get(locale)
            .into_iter()
            .flat_map(|ids| ids.iter().map(String::as_str))
    }

    /// The file in which `locale` itself defines message `id`.
    pub fn file_of(&self, locale: &Locale, id: &str) -> Option<&Path> {
        self.ids.get(locale)?.get(id).map(PathBuf::as_path)
    }
}

/// The self-assessment endpoint's texts: each configured locale's
/// `assessment.ftl` and `main.ftl` in `locales_dir`, with its name,
/// direction and fallback chain, and the titles of the workshops the
/// questionnaire names that the locale has translated. A missing or broken
/// file is not an error here: the build reports it, and the endpoint looks
/// further along the chain.
pub fn assessment_texts(site: &Site, locales_dir: &Path) -> mip::texts::Texts {
    let read = |locale: &Locale, file: &str| {
        std::fs::read_to_string(locales_dir.join(locale.as_str()).join(file)).unwrap_or_default()
    };
    let workshops: BTreeSet<&mip::WorkshopId> = mip::Questionnaire::builtin()
        .statements()
        .flat_map(|s| &s.workshops)
        .collect();
    mip::texts::Texts::new(site.config.locales.iter().map(|l| {
        mip::texts::LocaleTexts {
            code: l.locale.to_string(),
            name: l.name.clone(),
            rtl: l.dir == Direction::Rtl,
            chain: l.chain.iter().map(Locale::to_string).collect(),
            assessment_ftl: read(&l.locale, "assessment.ftl"),
            main_ftl: read(&l.locale, "main.ftl"),
            workshops: workshops
                .iter()
                .filter_map(|&w| {
                    let page = site.page(&l.locale, &ContentPath::workshop(w))?;
                    Some((w.clone(), page.title.clone()))
                })
                .collect(),
        }
    }))
}

/// The Fluent files of one locale folder, sorted; none if it is missing.
pub fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// How deep placeables may nest in a Fluent file.
const MAX_NESTING: usize = 32;

/// The byte offset of the first `{` nested deeper than [`MAX_NESTING`] in
/// Fluent `source`, if any. Braces inside string literals (`{ "{" }`) do
/// not count.
fn too_deep(source: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, c) in source.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(offset);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    }
}

/// The line where message `id` starts, for messages found by id.
fn line_of_message(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}
