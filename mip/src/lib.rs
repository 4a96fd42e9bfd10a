//! The Mentoring Integration Programme's domain model, shared by the
//! `integra` generator and the assessment function: the nine pillars, the
//! self-assessment questionnaire, its scoring, and the HTTP handler that
//! scores a submitted assessment (with no cloud runtime in it).

pub mod api;
pub mod handover;
mod pillar;
pub mod questionnaire;
mod results_page;
pub mod scoring;
pub mod texts;

pub use pillar::{PillarId, UnknownPillar};
pub use questionnaire::{AnswerValue, ItemId, Questionnaire, Statement, WorkshopId};
pub use results_page::escape as escape_html;
