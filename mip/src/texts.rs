//! The assessment's texts in every locale (the site's
//! `locales/<locale>/assessment.ftl`), for the results page sent to browsers
//! without JavaScript.
//!
//! `mip` reads no files: its callers hand it the texts, each from where it
//! keeps them. The generator reads the project it serves; the Lambda
//! function embeds them when it is built, as it runs with no files beside
//! it. So an edit to a `.ftl` file recompiles neither `mip` nor the
//! generator.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Pattern;

use crate::questionnaire::WorkshopId;

/// A locale's fallback chain, where a missing page or message is looked for
/// in order: the locale itself, its fallbacks, then the default locale (if
/// not already there). The one place chains are made, for the generator's
/// configuration and the function's embedded texts alike.
pub fn fallback_chain<T: PartialEq>(
    locale: T,
    fallbacks: impl IntoIterator<Item = T>,
    default: Option<T>,
) -> Vec<T> {
    let mut chain = vec![locale];
    for fallback in fallbacks {
        if !chain.contains(&fallback) {
            chain.push(fallback);
        }
    }
    if let Some(default) = default {
        if !chain.contains(&default) {
            chain.push(default);
        }
    }
    chain
}

/// Message `id` (or its `attribute`) in each bundle of a fallback chain that
/// has it, in the chain's order, with the key the chain gave for it. The one
/// walk along a chain that both the generator's interface strings and these
/// texts use: the first is the message to show; a lenient caller may go on
/// to the next when the first cannot be formatted.
pub fn along_chain<'b, K>(
    chain: impl IntoIterator<Item = (K, &'b FluentBundle<FluentResource>)>,
    id: &'b str,
    attribute: Option<&'b str>,
) -> impl Iterator<Item = (K, &'b FluentBundle<FluentResource>, &'b Pattern<&'b str>)> {
    chain.into_iter().filter_map(move |(key, bundle)| {
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        Some((key, bundle, pattern))
    })
}

/// The digits a language writes numbers with, as the first of its ten, when
/// they are not 0–9: Arabic uses ٠–٩ and Farsi and Pashto ۰–۹ (CLDR's
/// `arab` and `arabext`), as TRANSLATING.md asks translators to write them.
/// fluent-bundle formats numbers with 0–9 whatever the locale, so every
/// bundle of these languages gets [`native_digits`] as its formatter; the
/// theme's script maps the same languages the same way.
pub fn zero_digit(language: &str) -> Option<char> {
    match language.split(['-', '_']).next()? {
        "ar" => Some('\u{0660}'),
        "fa" | "ps" => Some('\u{06F0}'),
        _ => None,
    }
}

/// Formats Fluent numbers with the native digits of `language`, if it has
/// any; `None` keeps fluent-bundle's own formatting.
pub fn digits_formatter<M>(language: &str) -> Option<fn(&FluentValue, &M) -> Option<String>> {
    match zero_digit(language)? {
        '\u{0660}' => Some(native_digits::<M, 0x0660>),
        _ => Some(native_digits::<M, 0x06F0>),
    }
}

fn native_digits<M, const ZERO: u32>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    Some(
        number
            .as_string()
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(ZERO + d).unwrap_or(c),
                None => c,
            })
            .collect(),
    )
}

/// One configured locale's assessment texts, as a caller hands them to
/// [`Texts::new`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleTexts {
    /// The language tag as the site's URLs spell it, such as `en` or `pt-BR`.
    pub code: String,
    /// The language's name in itself, such as `Français`, for the language
    /// switcher.
    pub name: String,
    /// Whether the language is written right to left.
    pub rtl: bool,
    /// Where to look for a message, in order: the locale itself, its
    /// fallbacks, then the default locale.
    pub chain: Vec<String>,
    /// The Fluent source of the locale's `assessment.ftl`; empty if it has
    /// none.
    pub assessment_ftl: String,
    /// The Fluent source of the locale's `main.ftl` (the site's header,
    /// menu and footer); empty if it has none.
    pub main_ftl: String,
    /// The titles of the workshops this locale has translated itself; the
    /// others are found along the chain, like messages.
    pub workshops: Vec<(WorkshopId, String)>,
}

/// A locale of [`Texts`], to pass to [`Texts::text`].
pub struct Locale {
    code: String,
    name: String,
    rtl: bool,
    chain: Vec<String>,
    bundle: FluentBundle<FluentResource>,
    workshops: HashMap<WorkshopId, String>,
}

/// A value for a message's variable.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Number(i64),
    Text(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(t: &'a str) -> Self {
        Arg::Text(t)
    }
}

/// A workshop's title as a locale shows it, and the locale it is written in.
pub struct WorkshopTitle<'a> {
    pub title: &'a str,
    pub written_in: &'a Locale,
}

impl Locale {
    /// The language tag, such as `en` or `pt-BR`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Whether the language is written right to left.
    pub fn rtl(&self) -> bool {
        self.rtl
    }

    /// The language's name in itself.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// The assessment's texts in every configured locale, each with its
/// fallback chain. Built once by the program that serves the endpoint and
/// passed to [`crate::api::handle`].
pub struct Texts {
    /// In the order given to [`Texts::new`]; never empty.
    locales: Vec<Locale>,
    /// Index of the default locale in `locales`.
    default: usize,
}

impl Texts {
    /// The texts of `locales`. A message that does not parse is skipped, and
    /// found further along the chain: the generator's build reports Fluent
    /// syntax errors with their lines, so the endpoint need not.
    ///
    /// The default locale is the last of the first locale's chain (or, if
    /// that is not among `locales`, the first locale). With no locales at
    /// all there is one, `en` without messages, so that the endpoint still
    /// answers, naming message ids.
    pub fn new(locales: impl IntoIterator<Item = LocaleTexts>) -> Texts {
        let mut given: Vec<LocaleTexts> = locales.into_iter().collect();
        if given.is_empty() {
            given.push(LocaleTexts {
                code: "en".into(),
                name: "English".into(),
                chain: vec!["en".into()],
                ..LocaleTexts::default()
            });
        }
        let locales: Vec<Locale> = given
            .into_iter()
            .map(|locale| {
                let langid = locale.code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                bundle.set_formatter(digits_formatter(&locale.code));
                for source in [locale.main_ftl, locale.assessment_ftl] {
                    let resource = FluentResource::try_new(source)
                        .unwrap_or_else(|(resource, _errors)| resource);
                    bundle.add_resource_overriding(resource);
                }
                Locale {
                    code: locale.code,
                    name: locale.name,
                    rtl: locale.rtl,
                    chain: locale.chain,
                    bundle,
                    workshops: locale.workshops.into_iter().collect(),
                }
            })
            .collect();
        let default = locales[0]
            .chain
            .last()
            .and_then(|code| locales.iter().position(|l| l.code == *code))
            .unwrap_or(0);
        Texts { locales, default }
    }

    /// The configured locale `code`, if there is one.
    pub fn locale(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// The default locale: the last of every chain.
    pub fn default_locale(&self) -> &Locale {
        &self.locales[self.default]
    }

    /// Every locale, in the configured order.
    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.locales.iter()
    }

    /// The title of `workshop` as `locale` shows it: its own translation,
    /// else the first along its chain.
    pub fn workshop<'a>(
        &'a self,
        locale: &Locale,
        workshop: &WorkshopId,
    ) -> Option<WorkshopTitle<'a>> {
        locale.chain.iter().find_map(|code| {
            let written_in = self.locale(code)?;
            let title = written_in.workshops.get(workshop)?;
            Some(WorkshopTitle { title, written_in })
        })
    }

    /// The text of message `id` for `locale`, along its fallback chain, or
    /// `id` itself if no locale of the chain has it. Numbers select plural
    /// forms.
    pub fn text(&self, locale: &Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(
                *name,
                match value {
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Text(t) => FluentValue::from(*t),
                },
            );
        }
        let chain = locale
            .chain
            .iter()
            .filter_map(|code| Some(((), &self.locale(code)?.bundle)));
        for ((), bundle, pattern) in along_chain(chain, id, None) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        id.to_string()
    }
}

impl Default for Texts {
    /// No locales: see [`Texts::new`].
    fn default() -> Texts {
        Texts::new([])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str, rtl: bool, chain: &[&str], ftl: &str) -> LocaleTexts {
        LocaleTexts {
            code: code.into(),
            name: code.into(),
            rtl,
            chain: chain.iter().map(|c| c.to_string()).collect(),
            assessment_ftl: ftl.into(),
            ..LocaleTexts::default()
        }
    }

    /// A locale's `assessment.ftl` in this repository, read as the tests run.
    fn repository_ftl(code: &str) -> String {
        let path = format!(
            "{}/../locales/{code}/assessment.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn the_repository_texts_format_with_plurals_and_isolated_numbers() {
        let texts = Texts::new([
            locale("en", false, &["en"], &repository_ftl("en")),
            locale("ar", true, &["ar", "en"], &repository_ftl("ar")),
        ]);
        let en = texts.locale("en").unwrap();
        assert_eq!(texts.text(en, "scale-5", &[]), "Yes, on my own");
        assert_eq!(
            texts.text(en, "assessment-answered", &[("count", 1.into())]),
            "\u{2068}1\u{2069} answer"
        );
        let ar = texts.locale("ar").unwrap();
        assert!(ar.rtl());
        assert_ne!(texts.text(ar, "scale-5", &[]), "Yes, on my own");
        assert_eq!(texts.default_locale().code(), "en");
        assert!(texts.locale("xx").is_none());
    }

    #[test]
    fn a_message_is_found_along_the_chain_and_broken_ones_are_skipped() {
        let texts = Texts::new([
            locale("pt-BR", false, &["pt-BR", "pt", "en"], "a = Oi\nb = { $"),
            locale("pt", false, &["pt", "en"], "b = Olá\n"),
            locale("en", false, &["en"], "a = Hi\nb = Hello\nc = Bye\n"),
        ]);
        let brazil = texts.locale("pt-BR").unwrap();
        assert_eq!(texts.text(brazil, "a", &[]), "Oi");
        assert_eq!(texts.text(brazil, "b", &[]), "Olá");
        assert_eq!(texts.text(brazil, "c", &[]), "Bye");
        assert_eq!(texts.text(brazil, "d", &[]), "d");
        assert_eq!(texts.default_locale().code(), "en");
    }

    #[test]
    fn arabic_and_farsi_numbers_use_their_own_digits() {
        let texts = Texts::new([
            locale("ar", true, &["ar"], "n = { $n } من ١٠٠"),
            locale("fa", true, &["fa"], "n = { $n } از ۱۰۰"),
            locale("el", false, &["el"], "n = { $n } στα 100"),
        ]);
        let n = |code| texts.text(texts.locale(code).unwrap(), "n", &[("n", 75.into())]);
        assert_eq!(n("ar"), "\u{2068}٧٥\u{2069} من ١٠٠");
        assert_eq!(n("fa"), "\u{2068}۷۵\u{2069} از ۱۰۰");
        assert_eq!(n("el"), "\u{2068}75\u{2069} στα 100");
    }

    #[test]
    fn a_workshop_title_is_found_along_the_chain() {
        let id = WorkshopId::new;
        let mut fr = locale("fr", false, &["fr", "en"], "");
        fr.workshops = vec![(id("budget"), "Mon budget".into())];
        let mut en = locale("en", false, &["en"], "");
        en.workshops = vec![
            (id("budget"), "My budget".into()),
            (id("cv"), "My CV".into()),
        ];
        let texts = Texts::new([fr, en]);
        let french = texts.locale("fr").unwrap();
        let budget = texts.workshop(french, &id("budget")).unwrap();
        assert_eq!(
            (budget.title, budget.written_in.code()),
            ("Mon budget", "fr")
        );
        let cv = texts.workshop(french, &id("cv")).unwrap();
        assert_eq!((cv.title, cv.written_in.code()), ("My CV", "en"));
        assert!(texts.workshop(french, &id("nothing")).is_none());
    }

    #[test]
    fn without_locales_the_endpoint_still_answers_in_english_ids() {
        let texts = Texts::default();
        let en = texts.default_locale();
        assert_eq!(en.code(), "en");
        assert_eq!(texts.text(en, "assessment-error", &[]), "assessment-error");
    }
}
