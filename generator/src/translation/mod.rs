//! Translation progress, for translators: how much of each locale's
//! interface and content is translated, which translations are stale, and
//! the two edits the `integra i18n` commands make (marking a translation up
//! to date, adding a locale).
//!
//! A translation records which version of its English source it was made
//! from in its front matter, `translated_from = "<source hash>"`: the first
//! 12 hex digits of the SHA-256 of the source file's bytes. When the source
//! changes, its hash no longer matches and the translation is *stale*; a
//! translation without the key is *unmarked*.
//!
//! [`status()`] computes a [`Status`], which serialises to this JSON (the
//! output of `integra i18n status --format json`; fields are only ever
//! added):
//!
//! ```json
//! {
//!   "source_locale": "en",
//!   "locales": [{
//!     "locale": "fr", "name": "Français", "dir": "ltr", "fallback": ["en"],
//!     "messages": {
//!       "total": 157, "translated": 3, "percent": 1,
//!       "missing": ["nav-about", "…"],
//!       "obsolete": ["only-in-french"]
//!     },
//!     "content": {
//!       "total": 21, "translated": 3, "percent": 14,
//!       "fallback": [{"path": "about.md", "shown_in": "en"}],
//!       "stale": [{"path": "pillars/health.md",
//!                  "file": "content/fr/pillars/health.md",
//!                  "source": "content/en/pillars/health.md",
//!                  "translated_from": "0123456789ab", "source_hash": "ba9876543210",
//!                  "change": {"commit": "1a2b3c4", "lines_added": 12, "lines_removed": 3},
//!                  "summary": "+12 −3 lines since 1a2b3c4"}],
//!       "drafts": ["_index.md"],
//!       "unmarked": ["_index.md", "workshops/network-map.md"],
//!       "sections": [{"section": "", "total": 5, "translated": 2, "stale": 0},
//!                    {"section": "workshops", "total": 4, "translated": 1, "stale": 0}]
//!     }
//!   }]
//! }
//! ```
//!
//! `percent` is rounded down, so 100 means complete. `change` is `null` when
//! the English version the page was translated from cannot be found in the
//! git history; `summary` then says only that the source changed.

pub mod blocks;
mod export;
mod history;
mod import;
mod mark;
mod new_locale;
mod po;
pub mod pseudo;
mod report;
mod status;
mod toml_text;

pub use export::{export, Exported};
pub use import::{import, Imported};
pub use mark::{mark_translated, set_translated_from, Marked};
pub use new_locale::{new_locale, todo_copy, Created, NewLocale};
pub use status::{
    status, Change, ContentStatus, FallbackPage, LocaleStatus, MessageStatus, SectionStatus,
    StalePage, Status, SOURCE_CHANGED,
};
