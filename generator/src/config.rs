//! `config.toml`: the site's title, address and locales.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// A validated BCP 47 language tag such as `en`, `pt-BR` or `fa`, kept as
/// written in the configuration (it names folders and URL segments).
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Locale(String);

impl Locale {
    pub fn parse(code: &str) -> Result<Locale, String> {
        let id: unic_langid::LanguageIdentifier = code
            .parse()
            .map_err(|_| format!("`{code}` is not a valid language tag"))?;
        if id != code {
            return Err(format!(
                "`{code}` is not written in canonical form; write `{id}`"
            ));
        }
        Ok(Locale(code.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn langid(&self) -> unic_langid::LanguageIdentifier {
        self.0
            .parse()
            .expect("validated when the locale was parsed")
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Clone, Debug)]
pub struct LocaleConfig {
    pub locale: Locale,
    /// The language's name in that language, for the language switcher.
    pub name: String,
    pub dir: Direction,
    /// Where to look, in order, when this locale lacks a page or a message;
    /// starts with the locale itself and ends with the default locale.
    pub chain: Vec<Locale>,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub title: String,
    /// Absolute address of the published site, ending in `/`.
    pub base_url: String,
    /// The path part of `base_url` (`/` or `/mip/`), prefixed to every link so
    /// that the site also works below a sub-path.
    pub base_path: String,
    pub default_locale: Locale,
    pub theme: String,
    pub locales: Vec<LocaleConfig>,
    /// Where the self-assessment page sends answers to be scored: a path on
    /// this site (served by `integra serve`) or the deployed function's URL.
    pub assessment_endpoint: String,
    /// Whether the build writes a search page and index for each locale
    /// (`search = false` leaves them out, e.g. to measure what they cost).
    pub search: bool,
    /// Where the project's files can be read on the web, ending in `/`
    /// (such as `https://github.com/org/integra/blob/main/`): the
    /// translation status pages then link to each PO file.
    pub source_url: Option<String>,
    pub file: PathBuf,
}

impl Config {
    pub fn locale(&self, locale: &Locale) -> &LocaleConfig {
        self.locales
            .iter()
            .find(|l| &l.locale == locale)
            .expect("only configured locales are passed around")
    }

    pub fn default_locale(&self) -> &LocaleConfig {
        self.locale(&self.default_locale)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    base_url: Spanned<String>,
    default_locale: Spanned<String>,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default = "default_endpoint")]
    assessment_endpoint: Spanned<String>,
    #[serde(default = "default_search")]
    search: bool,
    #[serde(default)]
    source_url: Option<Spanned<String>>,
    locales: Vec<RawLocale>,
}

fn default_search() -> bool {
    true
}

fn default_endpoint() -> Spanned<String> {
    Spanned::new(0..0, "/api/assessment".to_string())
}

fn default_theme() -> String {
    "default".to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocale {
    code: Spanned<String>,
    name: String,
    #[serde(default = "default_dir")]
    dir: Direction,
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
}

fn default_dir() -> Direction {
    Direction::Ltr
}

const CONFIG_HINT: &str =
    "see the Configuration section of README.md for the keys config.toml accepts";

/// Reads and validates `config.toml`, reporting every problem found.
pub fn load(path: &Path) -> Result<Config, Diagnostics> {
    let mut problems = Diagnostics::default();
    let source = match std::fs::read(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            problems.push(
                Diagnostic::error("there is no site configuration here")
                    .in_file(path)
                    .with_hint("run integra from the project folder, or pass --root DIR"),
            );
            return Err(problems);
        }
        _ => match crate::diagnostic::read_text(path, "site configuration") {
            Ok(s) => s,
            Err(d) => {
                problems.push(d);
                return Err(problems);
            }
        },
    };
    let raw: RawConfig = match toml::from_str(&source) {
        Ok(raw) => raw,
        Err(e) => {
            let mut d = Diagnostic::error(e.message().trim().to_string())
                .in_file(path)
                .with_hint(CONFIG_HINT);
            if let Some(span) = e.span() {
                d = d.at_offset(&source, span.start);
            }
            problems.push(d);
            return Err(problems);
        }
    };

    let at = |message: String, span: std::ops::Range<usize>| {
        Diagnostic::error(message)
            .in_file(path)
            .at_offset(&source, span.start)
    };

    let base_url = raw.base_url.get_ref().clone();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        problems.push(
            at(
                format!("base_url `{base_url}` is not an absolute http(s) address"),
                raw.base_url.span(),
            )
            .with_hint(
                "write the address where the site is published, e.g. \"https://mip.example.org/\"",
            ),
        );
    }
    let base_url = if base_url.ends_with('/') {
        base_url
    } else {
        format!("{base_url}/")
    };
    let base_path = base_url
        .splitn(4, '/')
        .nth(3)
        .map_or_else(|| "/".to_string(), |p| format!("/{p}"));

    let endpoint = raw.assessment_endpoint.get_ref();
    if !(endpoint.starts_with('/')
        || endpoint.starts_with("https://")
        || endpoint.starts_with("http://"))
    {
        problems.push(
            at(
                format!("assessment_endpoint `{endpoint}` is neither a path nor an http(s) address"),
                raw.assessment_endpoint.span(),
            )
            .with_hint("use \"/api/assessment\" (served by `integra serve`) or the deployed function's URL"),
        );
    }

    let mut codes = HashSet::new();
    let mut parsed = Vec::new();
    for raw_locale in &raw.locales {
        match Locale::parse(raw_locale.code.get_ref()) {
            Ok(locale) => {
                if !codes.insert(locale.clone()) {
                    problems.push(at(
                        format!("locale `{locale}` is configured twice"),
                        raw_locale.code.span(),
                    ));
                }
                parsed.push(Some(locale));
            }
            Err(message) => {
                problems.push(
                    at(message, raw_locale.code.span())
                        .with_hint("use a BCP 47 tag such as \"en\", \"pt-BR\" or \"fa\""),
                );
                parsed.push(None);
            }
        }
    }

    let default_locale = match Locale::parse(raw.default_locale.get_ref()) {
        Ok(l) if codes.contains(&l) => Some(l),
        Ok(l) => {
            problems.push(
                at(
                    format!("default_locale `{l}` is not one of the configured locales"),
                    raw.default_locale.span(),
                )
                .with_hint("add it under [[locales]] or pick a configured one"),
            );
            None
        }
        Err(message) => {
            problems.push(at(message, raw.default_locale.span()));
            None
        }
    };
    if raw.locales.is_empty() {
        problems.push(
            Diagnostic::error("no locales are configured")
                .in_file(path)
                .with_hint("add at least one [[locales]] table"),
        );
    }

    let mut locales = Vec::new();
    for (raw_locale, locale) in raw.locales.iter().zip(parsed) {
        let Some(locale) = locale else { continue };
        let mut fallbacks: Vec<Locale> = Vec::new();
        for fallback in &raw_locale.fallback {
            match Locale::parse(fallback.get_ref()) {
                Ok(f) if !codes.contains(&f) => problems.push(
                    at(
                        format!("fallback `{f}` of locale `{locale}` is not a configured locale"),
                        fallback.span(),
                    )
                    .with_hint("a fallback chain may only name locales configured in this file"),
                ),
                Ok(f) if f == locale || fallbacks.contains(&f) => problems.push(at(
                    format!("fallback `{f}` appears twice in the chain of `{locale}`"),
                    fallback.span(),
                )),
                Ok(f) => fallbacks.push(f),
                Err(message) => problems.push(at(message, fallback.span())),
            }
        }
        let chain = mip::texts::fallback_chain(locale.clone(), fallbacks, default_locale.clone());
        locales.push(LocaleConfig {
            locale,
            name: raw_locale.name.clone(),
            dir: raw_locale.dir,
            chain,
        });
    }

    let source_url = raw.source_url.and_then(|url| {
        let text = url.get_ref();
        if text.starts_with("https://") && text.ends_with('/') && !text.contains(char::is_whitespace) {
            Some(text.clone())
        } else {
            problems.push(
                Diagnostic::error(format!("source_url `{text}` is not an https:// address ending in /"))
                    .in_file(path)
                    .at_offset(&source, url.span().start)
                    .with_hint("write the address of the project's files, such as https://github.com/org/integra/blob/main/"),
            );
            None
        }
    });
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(Config {
        title: raw.title,
        base_url,
        base_path,
        default_locale: default_locale.expect("checked above"),
        theme: raw.theme,
        locales,
        assessment_endpoint: raw.assessment_endpoint.into_inner(),
        search: raw.search,
        source_url,
        file: path.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        load(&path).map_err(Diagnostics::into_vec)
    }

    const GOOD: &str = r#"
title = "T"
base_url = "https://example.org/mip"
default_locale = "en"

[[locales]]
code = "en"
name = "English"

[[locales]]
code = "pt"
name = "Português"

[[locales]]
code = "pt-BR"
name = "Português do Brasil"
fallback = ["pt"]
"#;

    #[test]
    fn chains_end_in_the_default_locale() {
        let config = load_str(GOOD).unwrap();
        let br = config.locale(&Locale::parse("pt-BR").unwrap());
        let chain: Vec<&str> = br.chain.iter().map(Locale::as_str).collect();
        assert_eq!(chain, ["pt-BR", "pt", "en"]);
        assert_eq!(config.base_url, "https://example.org/mip/");
        assert_eq!(config.base_path, "/mip/");
    }

    #[test]
    fn unknown_keys_and_bad_codes_are_errors_with_lines() {
        let errors =
            load_str(&GOOD.replace("title = \"T\"", "title = \"T\"\ncolour = 1")).unwrap_err();
        assert!(
            errors[0].message.contains("unknown field `colour`"),
            "{:?}",
            errors
        );
        assert_eq!(errors[0].line, Some(3));

        let errors = load_str(&GOOD.replace("\"pt-BR\"", "\"pt_BR!\"")).unwrap_err();
        assert!(errors[0]
            .message
            .contains("`pt_BR!` is not a valid language tag"));
        assert_eq!(errors[0].line, Some(15));

        let errors = load_str(&GOOD.replace("[\"pt\"]", "[\"de\"]")).unwrap_err();
        assert!(errors[0].message.contains("fallback `de`"));
    }
}
