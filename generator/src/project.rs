//! Where a project's files are.

use std::path::{Path, PathBuf};

/// Where a project's files are.
#[derive(Clone, Debug)]
pub struct Project {
    pub root: PathBuf,
    /// Whether the site also has the pseudo-locales `en-XA` and `ar-XB`
    /// (`--pseudo`, see [`crate::translation::pseudo`]).
    pub pseudo: bool,
}

impl Project {
    pub fn new(root: impl Into<PathBuf>) -> Project {
        Project {
            root: root.into(),
            pseudo: false,
        }
    }

    /// The project with the pseudo-locales, or without.
    pub fn with_pseudo(self, pseudo: bool) -> Project {
        Project { pseudo, ..self }
    }

    /// A path inside the project, written the short way when the project is
    /// the current folder, so that messages name `content/en/x.md`.
    pub fn path(&self, relative: &str) -> PathBuf {
        if self.root == Path::new(".") || self.root.as_os_str().is_empty() {
            PathBuf::from(relative)
        } else {
            self.root.join(relative)
        }
    }
}
