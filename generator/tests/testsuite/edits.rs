//! Random edits to a copy of the fixture site, of every kind an author,
//! a translator or a theme designer makes, for the properties that an
//! incremental build (`incremental.rs`), the preview's update
//! (`preview.rs`) and `integra serve` (`serve_equals_build.rs`) give the
//! same files as a clean build.
//!
//! An [`Edit`] names the files it touches by [`Index`], resolved against
//! the files the site has when it is applied: every edit applies to every
//! state of the site, so that proptest can drop edits while shrinking.

use proptest::prelude::*;
use proptest::sample::Index;

use crate::site_test::SiteTest;

mod apply;
mod text;

/// The locales besides English, as the fixture configures them.
const TRANSLATIONS: [&str; 4] = ["fr", "ar", "pt", "pt-BR"];

const PILLARS: [&str; 9] = [
    "education",
    "community",
    "health",
    "communication",
    "career",
    "finance",
    "self-determination",
    "bureaucracy",
    "housing",
];

/// English pages of the fixture, which no edit removes (a folder moved
/// away comes back): the only targets of the links edits add, so that
/// removing a page never leaves a link dangling for good.
const LINK_TARGETS: [&str; 12] = [
    "about.md",
    "privacy.md",
    "mentors/how-to-use-mip.md",
    "pillars/_index.md",
    "pillars/health.md",
    "pillars/housing.md",
    "pillars/community.md",
    "white-paper/_index.md",
    "white-paper/first.md",
    "white-paper/second.md",
    "workshops/first-talk.md",
    "workshops/network-map.md",
];

/// Headings that edits add and remove, and that links point to: the
/// fixture's own pages link to the first.
const HEADINGS: [&str; 4] = [
    "Why this matters",
    "Signs of progress",
    "Next steps",
    "Overview",
];

/// What [`Edit::Break`] inserts, each unmistakable, so that
/// [`broken_on_purpose`] finds them and [`Edit::Fix`] takes them out.
const BREAKS: [&str; 5] = [
    // Front matter that is not TOML.
    "= oops\n",
    // A key no page has.
    "colour = \"red\"\n",
    // A link to no page.
    "\n[Gone](@/gone.md)\n",
    // A Fluent message cut short.
    "\nbroken-message = { $\n",
    // A Tera tag without its end.
    "{% if %}\n",
];

#[derive(Clone, Debug)]
pub enum Edit {
    /// Appends a paragraph to a page, or replaces the last one.
    Paragraph {
        page: Index,
        replace: bool,
        word: u16,
    },
    /// Appends a link to an English page of the fixture, to one of its
    /// sections when `anchor` and every version of it has one in common.
    Link {
        page: Index,
        target: Index,
        anchor: Option<Index>,
    },
    /// Adds one of [`HEADINGS`] at the end of a guide, workshop or
    /// chapter, or removes it if the page has it.
    Heading {
        page: Index,
        heading: Index,
    },
    Title {
        page: Index,
        word: u16,
    },
    /// Sets or adds the description.
    Description {
        page: Index,
        word: u16,
    },
    /// Moves an English workshop and its translations to a pillar.
    Pillar {
        workshop: Index,
        pillar: Index,
    },
    /// Reorders an English workshop or chapter.
    Weight {
        page: Index,
        weight: u8,
    },
    /// Appends a word to an interface message.
    Message {
        file: Index,
        message: Index,
        word: u16,
    },
    /// Translates an English message that a locale lacks.
    TranslateMessage {
        locale: Index,
        message: Index,
        word: u16,
    },
    /// Adds a comment, or some text that shows on pages, to a template.
    Template {
        file: Index,
        visible: bool,
        word: u16,
    },
    /// Adds a comment to the stylesheet, which changes every page's link
    /// to it.
    Stylesheet {
        word: u16,
    },
    /// A new English page: a plain page, a mentors' page, a workshop or a
    /// chapter.
    AddPage {
        kind: Index,
        n: u8,
    },
    /// A translation of an English page that a locale lacks.
    AddTranslation {
        page: Index,
        locale: Index,
    },
    /// Removes a page that the fixture did not have in English, or a
    /// translation.
    RemovePage {
        page: Index,
    },
    /// Moves such a page to another name.
    RenamePage {
        page: Index,
        n: u8,
    },
    /// Sets `translated_from` in a translation, as
    /// `integra i18n mark-translated` does.
    MarkTranslated {
        page: Index,
    },
    /// Appends a paragraph to the English source of a translation, one
    /// marked translated if there is one.
    SourceChange {
        page: Index,
        word: u16,
    },
    /// Marks a translation a draft, or a draft reviewed.
    Draft {
        page: Index,
    },
    /// Moves a folder of pages (`content/fr/workshops`) to another name,
    /// or back.
    MoveFolder {
        folder: Index,
    },
    /// Adds a file to the theme's static files, or removes it.
    StaticFile {
        n: u8,
    },
    /// Renames French in `config.toml`, or drops Brazilian Portuguese
    /// from it (or brings it back).
    Config {
        word: u16,
        locale: bool,
    },
    /// Adds a page in `content/de/`, a folder of no configured locale, or
    /// removes the folder.
    StrayFolder,
    /// Puts a locale's `main.ftl` aside (`main.ftl.off`), or back.
    AsideMessages {
        locale: Index,
    },
    /// Inserts one of [`BREAKS`].
    Break {
        how: Index,
        file: Index,
    },
    /// Takes out every break.
    Fix,
}

/// One edit, the likelier ones the edits authors make most.
pub fn edit() -> impl Strategy<Value = Edit> {
    let word = || 0..1000u16;
    prop_oneof![
        4 => (any::<Index>(), any::<bool>(), word())
            .prop_map(|(page, replace, word)| Edit::Paragraph { page, replace, word }),
        3 => (any::<Index>(), any::<Index>(), proptest::option::of(any::<Index>()))
            .prop_map(|(page, target, anchor)| Edit::Link { page, target, anchor }),
        2 => (any::<Index>(), any::<Index>())
            .prop_map(|(page, heading)| Edit::Heading { page, heading }),
        2 => (any::<Index>(), word()).prop_map(|(page, word)| Edit::Title { page, word }),
        1 => (any::<Index>(), word()).prop_map(|(page, word)| Edit::Description { page, word }),
        2 => (any::<Index>(), any::<Index>())
            .prop_map(|(workshop, pillar)| Edit::Pillar { workshop, pillar }),
        2 => (any::<Index>(), 0..5u8).prop_map(|(page, weight)| Edit::Weight { page, weight }),
        2 => (any::<Index>(), any::<Index>(), word())
            .prop_map(|(file, message, word)| Edit::Message { file, message, word }),
        1 => (any::<Index>(), any::<Index>(), word())
            .prop_map(|(locale, message, word)| Edit::TranslateMessage { locale, message, word }),
        2 => (any::<Index>(), any::<bool>(), word())
            .prop_map(|(file, visible, word)| Edit::Template { file, visible, word }),
        1 => word().prop_map(|word| Edit::Stylesheet { word }),
        2 => (any::<Index>(), 0..4u8).prop_map(|(kind, n)| Edit::AddPage { kind, n }),
        2 => (any::<Index>(), any::<Index>())
            .prop_map(|(page, locale)| Edit::AddTranslation { page, locale }),
        2 => any::<Index>().prop_map(|page| Edit::RemovePage { page }),
        2 => (any::<Index>(), 0..4u8).prop_map(|(page, n)| Edit::RenamePage { page, n }),
        2 => any::<Index>().prop_map(|page| Edit::MarkTranslated { page }),
        2 => (any::<Index>(), word()).prop_map(|(page, word)| Edit::SourceChange { page, word }),
        1 => any::<Index>().prop_map(|page| Edit::Draft { page }),
        1 => any::<Index>().prop_map(|folder| Edit::MoveFolder { folder }),
        1 => (0..2u8).prop_map(|n| Edit::StaticFile { n }),
        1 => (word(), any::<bool>()).prop_map(|(word, locale)| Edit::Config { word, locale }),
        1 => Just(Edit::StrayFolder),
        1 => any::<Index>().prop_map(|locale| Edit::AsideMessages { locale }),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(how, file)| Edit::Break { how, file }),
        2 => Just(Edit::Fix),
    ]
}

/// Every `.md` file below `content/`, relative to it (`fr/_index.md`), in
/// order.
pub fn pages(site: &SiteTest) -> Vec<String> {
    files_below(site, "content")
        .into_iter()
        .filter(|f| f.ends_with(".md"))
        .collect()
}

/// Every file below the site's `folder`, relative to it, in order.
fn files_below(site: &SiteTest, folder: &str) -> Vec<String> {
    let root = site.path(folder);
    let mut found: Vec<String> = walkdir::WalkDir::new(&root)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e.path().strip_prefix(&root).unwrap();
            relative.to_string_lossy().into_owned()
        })
        .collect();
    found.sort();
    found
}

/// `locale/rest` split.
fn split_page(page: &str) -> (&str, &str) {
    page.split_once('/').expect("content/<locale>/<path>")
}

/// Files of [`BREAKS`] the site holds now: a build must fail.
pub fn broken_on_purpose(site: &SiteTest) -> Vec<String> {
    let mut broken = Vec::new();
    for folder in ["content", "locales", "themes"] {
        for file in files_below(site, folder) {
            let relative = format!("{folder}/{file}");
            let text = std::fs::read_to_string(site.path(&relative)).unwrap_or_default();
            if BREAKS.iter().any(|b| text.contains(b)) {
                broken.push(relative);
            }
        }
    }
    broken
}
