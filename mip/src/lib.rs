//! The Mentoring Integration Programme's domain model, shared by the `integra`
//! generator and the assessment function.

mod pillar;

pub use pillar::{PillarId, UnknownPillar};
