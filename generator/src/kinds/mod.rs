//! Page kinds: what a content page is, decided by where it lives.
//!
//! Each kind is one module that declares everything about it: the paths it
//! claims, its front matter, its template and the typed context that template
//! gets, the pages the default locale must have, and the fields a translation
//! must keep from its source. [`KINDS`] lists them; the first that claims a
//! path wins, and [`page::Page`] (anything else) claims every path.
//!
//! To add a kind, write a module here implementing [`Kind`], add it to
//! [`KINDS`] before `page::Page`, and add its template to the theme. See
//! ARCHITECTURE.md.

use crate::config::Locale;
use crate::content::{ContentPath, Front, Page, PageFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter::PageFront;
use crate::render::PageCx;
use crate::site::Site;

pub mod assessment;
pub mod countries;
pub mod easy_read;
pub mod handouts;
pub mod home;
pub mod p4c;
pub mod page;
pub mod pillars;
pub mod training;
pub mod white_paper;
pub mod workshops;

/// Every page kind, most specific first.
pub static KINDS: &[&dyn Kind] = &[
    &home::Home,
    &pillars::PillarIndex,
    &pillars::PillarGuide,
    &workshops::WorkshopIndex,
    &workshops::Workshop,
    &handouts::HandoutIndex,
    &handouts::Handout,
    &easy_read::EasyRead,
    &training::Course,
    &training::Module,
    &countries::CountryIndex,
    &countries::CountryGuide,
    &white_paper::Cover,
    &white_paper::Chapter,
    &assessment::SelfAssessment,
    &assessment::Toolkit,
    &p4c::Directory,
    &p4c::EntryPage,
    &page::Page,
];

/// The kind that claims `segments`, the page's path without `.md`, split at
/// `/` (`["pillars", "housing"]`).
pub fn kind_of(segments: &[&str]) -> &'static dyn Kind {
    KINDS
        .iter()
        .copied()
        .find(|k| k.claims(segments))
        .expect("page::Page claims every path")
}

/// The kind named `name`, as pages record it.
pub fn get(name: &str) -> &'static dyn Kind {
    KINDS
        .iter()
        .copied()
        .find(|k| k.name() == name)
        .expect("pages record the names of kinds in KINDS")
}

/// The rules that span pages: the pages each kind requires of the default
/// locale, and what translations must keep from their source.
pub fn validate(site: &Site) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let default = &site.config.default_locale;
    let content_dir = |locale: &Locale| format!("content/{locale}/");

    for kind in KINDS {
        for Required { path, what } in kind.required(site) {
            let key = (default.clone(), ContentPath::new(path.clone()));
            if site.page(&key.0, &key.1).is_none() && !site.failed.contains(&key) {
                problems.push(
                    Diagnostic::error(format!("{what} is missing"))
                        .in_file(format!("{}{path}", content_dir(default)))
                        .with_hint(format!(
                            "every site needs {path} in the default locale ({default}); create it with a title"
                        )),
                );
            }
        }
    }

    for page in &site.pages {
        problems.extend(get(page.kind).check(page, site));
        if page.locale == *default {
            continue;
        }
        let Some(source) = site.page(default, &page.path) else {
            problems.push(
                Diagnostic::warning(format!(
                    "this page has no {default} source, so only locales that fall back to `{}` show it",
                    page.locale
                ))
                .in_file(&page.file)
                .with_hint(format!(
                    "translations use the same path as their source in {}",
                    content_dir(default)
                )),
            );
            continue;
        };
        problems.extend(get(page.kind).disagreement(page, source));
    }
    problems
}

/// A page the default locale must have.
pub struct Required {
    /// The content path, such as `pillars/_index.md`.
    pub path: String,
    /// What it is, for the error: "the home page".
    pub what: String,
}

impl Required {
    pub fn new(path: impl Into<String>, what: impl Into<String>) -> Required {
        Required {
            path: path.into(),
            what: what.into(),
        }
    }
}

/// One kind of content page.
pub trait Kind: Sync + Send {
    /// The name templates see as `page.kind`.
    fn name(&self) -> &'static str;

    /// The theme template that renders it.
    fn template(&self) -> &'static str;

    /// Whether a page at `segments` (its path without `.md`, split at `/`)
    /// is of this kind.
    fn claims(&self, segments: &[&str]) -> bool;

    /// Parses and checks the front matter. Errors point at the file's line.
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        file.parse::<PageFront>().map(Front::plain)
    }

    /// Pages of this kind that the default locale must have, given the
    /// content paths the site has.
    fn required(&self, _site: &Site) -> Vec<Required> {
        Vec::new()
    }

    /// Problems with a translation that does not keep what must stay as in
    /// its source.
    fn disagreement(&self, _translation: &Page, _source: &Page) -> Option<Diagnostic> {
        None
    }

    /// Problems with a page that depend on other pages, or on its locale.
    fn check(&self, _page: &Page, _site: &Site) -> Vec<Diagnostic> {
        Vec::new()
    }

    /// Adds the kind's own values to the template context. Everything read
    /// from other pages goes through `cx`, which records it as an input.
    fn context(&self, _cx: &PageCx<'_>, _ctx: &mut tera::Context) {}
}

/// The link to the section index at `path` as `index`, if the site has one:
/// the theme links to it from the pages of the section without requiring it.
pub fn insert_index(cx: &PageCx<'_>, ctx: &mut tera::Context, path: &str) {
    let index = cx.resolve(&crate::content::ContentPath::new(path));
    ctx.insert("index", &index.map(|r| cx.link(&r)));
}

/// A section a kind requires, marked by an id set by hand so that it is
/// found whatever language its heading is written in.
pub struct Section {
    pub id: &'static str,
    /// The heading as English writes it, for the hint.
    pub heading: &'static str,
}

/// Every section in `sections` is a `##` heading of the body, in that order.
pub fn require_sections(
    file: &PageFile<'_>,
    what: &str,
    sections: &[Section],
) -> Result<(), Diagnostic> {
    let mut last = 0;
    for Section { id, heading } in sections {
        let example = format!("`## {heading} {{#{id}}}`");
        match crate::markdown::headings_with_id(file.split.body, id)[..] {
            [(2, offset)] if offset >= last => last = offset,
            [(2, offset)] => {
                return Err(file
                    .error(format!("the section `{id}` comes too early"))
                    .at_offset(file.source, file.split.body_offset + offset)
                    .with_hint(format!(
                        "{what} has its sections in this order: {}",
                        sections.iter().map(|s| s.id).collect::<Vec<_>>().join(", ")
                    )))
            }
            [] => {
                return Err(file
                    .error(format!("{what} has no section `{id}`"))
                    .at(file.source, 1, 1)
                    .with_hint(format!("add a `##` heading marked with its id: {example}")))
            }
            [(level, offset)] => {
                return Err(file
                    .error(format!(
                    "the section `{id}` must start with a `##` heading, not a level-{level} one"
                ))
                    .at_offset(file.source, file.split.body_offset + offset)
                    .with_hint(format!("write it as {example}")))
            }
            [_, (_, second), ..] => {
                return Err(file
                    .error(format!("a second heading with the id `{id}`"))
                    .at_offset(file.source, file.split.body_offset + second)
                    .with_hint("each section appears once: remove this id, or the other one"))
            }
        }
    }
    Ok(())
}
