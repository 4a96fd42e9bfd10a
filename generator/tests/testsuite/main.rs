//! The generator's integration tests, in one test binary (one link, and one
//! shared build of the fixture for every test that only reads it).
//!
//! README.md beside this file explains how to write a test.

mod assessment;
mod browser;
mod build;
mod cli;
mod edits;
mod errors;
mod fit;
mod fuzz;
mod html;
mod i18n;
mod incremental;
mod journey;
mod live;
mod offline;
mod p4c;
mod po;
mod preview;
mod print;
mod questionnaire;
mod resources;
mod search;
mod serve;
mod serve_equals_build;
mod server;
mod shipped_site;
mod site_test;
mod snapshots;

mod prelude {
    pub use crate::html::{attr, select, text};
    pub use crate::site_test::{repo_root, SiteTest, BUILT};
}
