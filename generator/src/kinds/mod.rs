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

use std::any::Any;

use crate::content::{Page, PageFile};
use crate::diagnostic::Diagnostic;
use crate::front_matter::PageFront;
use crate::render::PageCx;
use crate::site::Site;

pub mod assessment;
pub mod home;
pub mod page;
pub mod pillars;
pub mod white_paper;
pub mod workshops;

/// Every page kind, most specific first.
pub static KINDS: &[&dyn Kind] = &[
    &home::Home,
    &pillars::PillarIndex,
    &pillars::PillarGuide,
    &workshops::WorkshopIndex,
    &workshops::Workshop,
    &white_paper::Cover,
    &white_paper::Chapter,
    &assessment::SelfAssessment,
    &assessment::Toolkit,
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

/// What a kind makes of a page's front matter.
pub struct Front {
    /// The fields every page has.
    pub common: PageFront,
    /// The pillar the page belongs to, if any.
    pub pillar: Option<mip::PillarId>,
    /// The kind's own data, read back with [`Page::data`].
    pub data: Option<Box<dyn Any + Send + Sync>>,
}

impl Front {
    pub fn plain(common: PageFront) -> Front {
        Front {
            common,
            pillar: None,
            data: None,
        }
    }
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

    /// Adds the kind's own values to the template context. Everything read
    /// from other pages goes through `cx`, which records it as an input.
    fn context(&self, _cx: &PageCx<'_>, _ctx: &mut tera::Context) {}
}
