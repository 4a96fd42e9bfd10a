//! The assessment texts of this repository's site, for tests and benches:
//! read from `config.toml` and `locales/<locale>/assessment.ftl` as they
//! run, as `integra serve` reads them.

use std::path::Path;
use std::sync::LazyLock;

use mip::texts::{LocaleTexts, Texts};

static TEXTS: LazyLock<Texts> = LazyLock::new(|| Texts::new(repository_locales()));

/// The texts of every locale in the repository's `config.toml`.
pub fn texts() -> &'static Texts {
    &TEXTS
}

fn repository_locales() -> Vec<LocaleTexts> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("mip/ is in the workspace");
    let config: toml::Table = std::fs::read_to_string(root.join("config.toml"))
        .expect("config.toml is readable")
        .parse()
        .expect("config.toml parses");
    let text =
        |table: &toml::Table, key: &str| table.get(key).and_then(|v| v.as_str()).map(String::from);
    let default_locale = text(&config, "default_locale").expect("config.toml has a default_locale");
    config["locales"]
        .as_array()
        .expect("config.toml has [[locales]]")
        .iter()
        .map(|locale| {
            let locale = locale.as_table().expect("each [[locales]] is a table");
            let code = text(locale, "code").expect("each locale has a code");
            let mut chain = vec![code.clone()];
            chain.extend(
                locale
                    .get("fallback")
                    .and_then(|f| f.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f.as_str().map(String::from)),
            );
            if !chain.contains(&default_locale) {
                chain.push(default_locale.clone());
            }
            let ftl = root.join("locales").join(&code).join("assessment.ftl");
            let main_ftl = root.join("locales").join(&code).join("main.ftl");
            // Workshop titles are left out: these tests are about the
            // handler, not the links of the results page.
            LocaleTexts {
                rtl: text(locale, "dir").as_deref() == Some("rtl"),
                assessment_ftl: std::fs::read_to_string(ftl).unwrap_or_default(),
                main_ftl: std::fs::read_to_string(main_ftl).unwrap_or_default(),
                name: text(locale, "name").unwrap_or_else(|| code.clone()),
                chain,
                code,
                workshops: Vec::new(),
            }
        })
        .collect()
}
