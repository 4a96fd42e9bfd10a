//! Any other page, such as `about.md` or `mentors/how-to-use-mip.md`: the
//! body under its title.

use super::Kind;

pub struct Page;

impl Kind for Page {
    fn name(&self) -> &'static str {
        "page"
    }
    fn template(&self) -> &'static str {
        "page.html"
    }
    fn claims(&self, _segments: &[&str]) -> bool {
        true
    }
}
