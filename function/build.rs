//! Embeds each locale of `config.toml` (its code, direction and fallback
//! chain) and its `locales/<code>/assessment.ftl`, so that the function
//! answers in the user's language with no files beside it on Lambda.

use std::fmt::Write;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Config {
    default_locale: String,
    locales: Vec<Locale>,
}

#[derive(serde::Deserialize)]
struct Locale {
    code: String,
    #[serde(default)]
    dir: Option<String>,
    #[serde(default)]
    fallback: Vec<String>,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("function/ is in the workspace");
    let config_file = root.join("config.toml");
    println!("cargo:rerun-if-changed={}", config_file.display());
    let text = std::fs::read_to_string(&config_file).expect("config.toml is readable");
    let config: Config =
        toml::from_str(&text).expect("config.toml parses (integra check says more)");

    let mut out = String::from("static LOCALES: &[EmbeddedLocale] = &[\n");
    for locale in &config.locales {
        let folder = root.join("locales").join(&locale.code);
        let ftl = folder.join("assessment.ftl");
        let source = if ftl.is_file() {
            println!("cargo:rerun-if-changed={}", ftl.display());
            format!("include_str!({:?})", ftl.display().to_string())
        } else {
            // Built again when the file appears. A path that does not exist
            // would make Cargo run this script on every build.
            let watched = if folder.is_dir() {
                folder
            } else {
                root.join("locales")
            };
            println!("cargo:rerun-if-changed={}", watched.display());
            "\"\"".to_string()
        };
        writeln!(
            out,
            "    EmbeddedLocale {{ code: {:?}, rtl: {}, fallback: &{:?}, default_locale: {:?}, assessment_ftl: {source} }},",
            locale.code,
            locale.dir.as_deref() == Some("rtl"),
            locale.fallback,
            config.default_locale,
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_locales.rs");
    std::fs::write(dest, out).unwrap();
}
