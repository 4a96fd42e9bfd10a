//! `integra`: compiles the Mentoring Integration Programme's content,
//! interface strings and theme into one static site per locale.
//!
//! Data flows one way: [`config`] and [`content`], [`i18n`] and
//! [`templates`] are loaded, [`site`] validates what spans pages,
//! [`render`] (with [`markdown`]) turns pages into HTML, and [`output`]
//! writes the site aside and swaps it in. [`pipeline`] runs the stages.

// Diagnostics travel only on the error path, where their size costs nothing.
#![allow(clippy::result_large_err)]

pub mod config;
pub mod content;
pub mod deps;
pub mod diagnostic;
pub mod engine;
pub mod fingerprint;
pub mod front_matter;
pub mod i18n;
pub mod kinds;
pub mod load;
pub mod markdown;
pub mod minify;
pub mod output;
pub mod outputs;
pub mod pages;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod search;
pub mod security;
pub mod serve;
pub mod site;
pub mod source_hash;
pub mod templates;
pub mod translation;
