//! The assessment's texts in every locale, embedded at build time from
//! `locales/<locale>/assessment.ftl` (see `build.rs`).

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// One configured locale as the build found it.
pub struct EmbeddedLocale {
    pub code: &'static str,
    pub rtl: bool,
    /// The locale, its fallbacks, then the default locale.
    pub chain: &'static [&'static str],
    assessment: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

pub struct Texts {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

static TEXTS: LazyLock<Texts> = LazyLock::new(|| {
    let bundles = LOCALES
        .iter()
        .map(|l| {
            let langid = l.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // The generator's build reports syntax errors with lines; here a
            // broken message simply falls back to the next locale.
            let resource =
                FluentResource::try_new(l.assessment.to_string()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
            (l.code, bundle)
        })
        .collect();
    Texts { bundles }
});

impl Texts {
    pub fn get() -> &'static Texts {
        &TEXTS
    }

    /// The configured locale `code`, if there is one.
    pub fn locale(&self, code: &str) -> Option<&'static EmbeddedLocale> {
        LOCALES.iter().find(|l| l.code == code)
    }

    /// The default locale: the last of every chain.
    pub fn default_locale(&self) -> &'static EmbeddedLocale {
        let code = LOCALES
            .first()
            .and_then(|l| l.chain.last())
            .copied()
            .unwrap_or("en");
        self.locale(code).unwrap_or(&LOCALES[0])
    }

    /// The text of message `id` for `locale`, along its fallback chain.
    /// Numbers select plural forms.
    pub fn text(&self, locale: &EmbeddedLocale, id: &str, args: &[(&str, i64)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        for code in locale.chain {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_configured_locale_is_embedded_with_its_texts() {
        let texts = Texts::get();
        let en = texts.locale("en").unwrap();
        assert_eq!(texts.text(en, "scale-5", &[]), "Yes, on my own");
        assert_eq!(
            texts.text(en, "assessment-answered", &[("count", 1)]),
            "\u{2068}1\u{2069} answer"
        );
        let ar = texts.locale("ar").unwrap();
        assert!(ar.rtl);
        assert_ne!(texts.text(ar, "scale-5", &[]), "Yes, on my own");
        assert_eq!(texts.default_locale().code, "en");
        assert!(texts.locale("xx").is_none());
    }
}
