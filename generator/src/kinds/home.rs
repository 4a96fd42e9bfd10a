//! `_index.md`: the home page.

use super::{Kind, Required};
use crate::site::Site;

pub struct Home;

impl Kind for Home {
    fn name(&self) -> &'static str {
        "home"
    }
    fn template(&self) -> &'static str {
        "home.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["_index"]
    }
    fn required(&self, _site: &Site) -> Vec<Required> {
        vec![Required::new("_index.md", "the home page")]
    }
}
