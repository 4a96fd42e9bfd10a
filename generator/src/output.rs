//! Writing the site aside and swapping it in, so that a failed build never
//! leaves a half-written output folder.
//!
//! Creating and deleting thousands of folders costs more than rendering the
//! pages, so the tree is not rebuilt from nothing each time: the build
//! before last is kept beside the output as `.<output>.staging`, the new
//! build updates only the files that changed in it, and the two trees trade
//! places. A failed build leaves the output untouched; the staging tree it
//! left half-updated is made right by the next build, which compares bytes.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;

/// Marks a folder as written by integra, so that it may be replaced.
pub const MARKER: &str = ".integra-build";

/// A folder being brought up to date next to the final output.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    /// Files this build produced, relative to `dir`.
    produced: Mutex<HashSet<String>>,
}

fn sibling(output: &Path, suffix: &str) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!(".{name}.{suffix}"))
}

/// Whether `dir` is missing, empty, or was written by integra.
fn replaceable(dir: &Path) -> bool {
    !dir.exists()
        || dir.join(MARKER).is_file()
        || fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

impl Staging {
    /// Refuses to go on if `output` holds something integra did not write:
    /// replacing it would lose someone's files.
    pub fn new(output: &Path) -> Result<Staging, Diagnostic> {
        let dir = sibling(output, "staging");
        for folder in [output, dir.as_path()] {
            if !replaceable(folder) {
                return Err(Diagnostic::error(format!(
                    "refusing to replace {}: it was not written by integra",
                    folder.display()
                ))
                .in_file(folder)
                .with_hint("choose another --output folder, or empty this one yourself"));
            }
        }
        fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let staging = Staging {
            dir,
            output: output.to_path_buf(),
            produced: Mutex::default(),
        };
        staging.write(
            MARKER,
            b"This folder is written by `integra build` and replaced by each build.\n",
        )?;
        Ok(staging)
    }

    /// Puts `bytes` at `relative` inside the staging folder, unless the file
    /// there already holds exactly these bytes.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.produced
            .lock()
            .expect("no panics while holding")
            .insert(relative.to_string());
        let path = self.dir.join(relative);
        if fs::read(&path).is_ok_and(|old| old == bytes) {
            return Ok(());
        }
        match fs::write(&path, bytes) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let parent = path.parent().expect("a file below the staging folder");
                fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
                fs::write(&path, bytes).map_err(|e| io_error(&path, e))
            }
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Removes what earlier builds left that this one did not produce, then
    /// puts the new site in place of the old one, which becomes the staging
    /// folder of the next build.
    pub fn commit(self) -> Result<(), Diagnostic> {
        let produced = self.produced.into_inner().expect("no panics while holding");
        remove_stale(&self.dir, &self.dir, &produced)?;

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
            fs::rename(&old, &self.dir).map_err(|e| io_error(&old, e))?;
        }
        Ok(())
    }
}

/// Deletes files below `dir` that are not in `keep` (paths relative to
/// `root`), and folders left empty. Returns whether `dir` is now empty.
fn remove_stale(root: &Path, dir: &Path, keep: &HashSet<String>) -> Result<bool, Diagnostic> {
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .collect::<Result<_, _>>()
        .map_err(|e| io_error(dir, e))?;
    let kept: Vec<bool> = entries
        .par_iter()
        .map(|entry| {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                let empty = remove_stale(root, &path, keep)?;
                if empty {
                    fs::remove_dir(&path).map_err(|e| io_error(&path, e))?;
                }
                return Ok(!empty);
            }
            let relative = path
                .strip_prefix(root)
                .expect("below the root")
                .to_string_lossy()
                .replace('\\', "/");
            if keep.contains(&relative) {
                Ok(true)
            } else {
                fs::remove_file(&path).map_err(|e| io_error(&path, e))?;
                Ok(false)
            }
        })
        .collect::<Result<_, Diagnostic>>()?;
    Ok(kept.iter().all(|k| !k))
}

fn io_error(path: &Path, e: io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot write the site: {e}")).in_file(path)
}
