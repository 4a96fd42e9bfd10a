//! Embeds each locale of `config.toml` (its code, name, direction and
//! fallback chain), its `locales/<code>/assessment.ftl` and `main.ftl`, and
//! the titles of its workshops (`content/<code>/workshops/*.md`), so that the
//! function answers in the user's language, with the site's menu and links
//! to the workshops, and no files beside it on Lambda.

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
    name: String,
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
        let ftl = |name: &str| {
            let file = folder.join(name);
            if file.is_file() {
                println!("cargo:rerun-if-changed={}", file.display());
                format!("include_str!({:?})", file.display().to_string())
            } else {
                watch_parent_of(&file, root);
                "\"\"".to_string()
            }
        };
        writeln!(
            out,
            "    EmbeddedLocale {{ code: {:?}, name: {:?}, rtl: {}, fallback: &{:?}, default_locale: {:?}, assessment_ftl: {}, main_ftl: {}, workshops: &{:?} }},",
            locale.code,
            locale.name,
            locale.dir.as_deref() == Some("rtl"),
            locale.fallback,
            config.default_locale,
            ftl("assessment.ftl"),
            ftl("main.ftl"),
            workshop_titles(&root.join("content").join(&locale.code).join("workshops"), root),
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_locales.rs");
    std::fs::write(dest, out).unwrap();
}

/// Asks Cargo to run this script again when `file`, which does not exist,
/// appears: watching a missing path would run it on every build, so the
/// nearest existing folder is watched instead.
fn watch_parent_of(file: &Path, root: &Path) {
    let watched = file
        .ancestors()
        .skip(1)
        .find(|p| p.is_dir())
        .unwrap_or(root);
    println!("cargo:rerun-if-changed={}", watched.display());
}

#[derive(serde::Deserialize)]
struct Front {
    title: String,
}

/// `(file name without .md, title)` of each workshop sheet in `folder`. A
/// sheet whose front matter does not parse is left out: `integra check`
/// reports it with its line, and the results page then shows the title of
/// the fallback language.
fn workshop_titles(folder: &Path, root: &Path) -> Vec<(String, String)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        watch_parent_of(&folder.join("x"), root);
        return Vec::new();
    };
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut titles: Vec<(String, String)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter_map(|path| {
            let id = path.file_stem()?.to_str()?.to_string();
            if id.starts_with('_') {
                return None;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).ok()?;
            let rest = text.strip_prefix("+++")?;
            let end = rest.find("\n+++")?;
            let front: Front = toml::from_str(&rest[..end]).ok()?;
            Some((id, front.title))
        })
        .collect();
    titles.sort();
    titles
}
