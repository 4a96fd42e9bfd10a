//! Writing the site aside and swapping it in, so that a failed build never
//! leaves a half-written `public/`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// Marks a folder as written by integra, so that it may be replaced.
pub const MARKER: &str = ".integra-build";

/// A folder being filled next to the final output.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
}

fn sibling(output: &Path, suffix: &str) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!(".{name}.{suffix}"))
}

impl Staging {
    /// Refuses to go on if `output` holds something integra did not write:
    /// replacing it would lose someone's files.
    pub fn new(output: &Path) -> Result<Staging, Diagnostic> {
        if output.exists() {
            let is_ours = output.join(MARKER).is_file();
            let is_empty = fs::read_dir(output)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if !is_ours && !is_empty {
                return Err(Diagnostic::error(format!(
                    "refusing to replace {}: it was not written by integra",
                    output.display()
                ))
                .in_file(output)
                .with_hint("choose another --output folder, or empty this one yourself"));
            }
        }
        let dir = sibling(output, "staging");
        if dir.exists() {
            // Left over from a build that was interrupted.
            fs::remove_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        fs::write(
            dir.join(MARKER),
            "This folder is written by `integra build` and replaced by each build.\n",
        )
        .map_err(|e| io_error(&dir, e))?;
        Ok(Staging {
            dir,
            output: output.to_path_buf(),
        })
    }

    /// Writes `bytes` at `relative` inside the staging folder.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        }
        fs::write(&path, bytes).map_err(|e| io_error(&path, e))
    }

    pub fn copy(&self, relative: &str, from: &Path) -> Result<(), Diagnostic> {
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        }
        fs::copy(from, &path)
            .map(|_| ())
            .map_err(|e| io_error(&path, e))
    }

    /// Puts the new site in place of the old one, then deletes the old one.
    pub fn commit(self) -> Result<(), Diagnostic> {
        let old = sibling(&self.output, "old");
        if old.exists() {
            fs::remove_dir_all(&old).map_err(|e| io_error(&old, e))?;
        }
        let had_output = self.output.exists();
        if had_output {
            fs::rename(&self.output, &old).map_err(|e| io_error(&self.output, e))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.output) {
            if had_output {
                // Put the previous site back rather than leave nothing.
                let _ = fs::rename(&old, &self.output);
            }
            return Err(io_error(&self.output, e));
        }
        if had_output {
            remove_tree(&old)?;
        }
        Ok(())
    }

    /// Drops the half-written staging folder after a failed build.
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Deletes a folder, its top-level entries in parallel: on a large site
/// deleting the previous build costs as much as rendering the new one.
fn remove_tree(dir: &Path) -> Result<(), Diagnostic> {
    use rayon::prelude::*;
    let entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.par_iter().try_for_each(|path| {
        let removed = if path.is_dir() {
            fs::remove_dir_all(path)
        } else {
            fs::remove_file(path)
        };
        removed.map_err(|e| io_error(path, e))
    })?;
    fs::remove_dir(dir).map_err(|e| io_error(dir, e))
}

fn io_error(path: &Path, e: io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot write the site: {e}")).in_file(path)
}
