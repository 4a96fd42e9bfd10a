//! Embeds each locale's `assessment.ftl` and its direction and fallback
//! chain from `config.toml`, so that the assessment function answers in the
//! user's language with no files beside it.

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
        .expect("mip/ is in the workspace");
    println!(
        "cargo:rerun-if-changed={}",
        root.join("config.toml").display()
    );
    println!("cargo:rerun-if-changed={}", root.join("locales").display());
    let text = std::fs::read_to_string(root.join("config.toml")).expect("config.toml is readable");
    let config: Config =
        toml::from_str(&text).expect("config.toml parses (integra check says more)");

    let mut out = String::from("pub static LOCALES: &[EmbeddedLocale] = &[\n");
    for locale in &config.locales {
        let ftl = root
            .join("locales")
            .join(&locale.code)
            .join("assessment.ftl");
        println!("cargo:rerun-if-changed={}", ftl.display());
        let source = if ftl.is_file() {
            format!("include_str!({:?})", ftl.display().to_string())
        } else {
            "\"\"".to_string()
        };
        let mut chain = vec![locale.code.clone()];
        chain.extend(locale.fallback.iter().cloned());
        if !chain.contains(&config.default_locale) {
            chain.push(config.default_locale.clone());
        }
        writeln!(
            out,
            "    EmbeddedLocale {{ code: {:?}, rtl: {}, chain: &{:?}, assessment: {source} }},",
            locale.code,
            locale.dir.as_deref() == Some("rtl"),
            chain
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_locales.rs");
    std::fs::write(dest, out).unwrap();
}
