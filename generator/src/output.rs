//! Writing the site aside and swapping it in, so that a failed build never
//! leaves a half-written output folder.
//!
//! Creating and deleting thousands of folders costs more than rendering the
//! pages, so the tree is not rebuilt from nothing each time: the build
//! before last is kept beside the output as `.<output>.staging`, the new
//! build updates only the files that changed in it, and the two trees trade
//! places. A failed build leaves the output untouched; the staging tree it
//! left half-updated is made right by the next build, which compares bytes.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::engine::{Manifest, Sink};
use crate::fingerprint::content_hash;

/// Marks a folder as written by integra, so that it may be replaced, and
/// names the manifest that describes it.
pub const MARKER: &str = ".integra-build";

const MARKER_TEXT: &str = "This folder is written by `integra build` and replaced by each build.\n";

/// A folder being brought up to date next to the final output.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    /// What the staging folder holds, by its manifest: path → content hash.
    /// `None` when unknown (a build failed half-way, or there is none):
    /// then files are compared byte by byte.
    known: Option<HashMap<String, u64>>,
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

/// Refuses to go on if `output` or its staging folder hold something integra
/// did not write: replacing it would lose someone's files.
pub fn check_replaceable(output: &Path) -> Result<(), Diagnostic> {
    for folder in [output.to_path_buf(), sibling(output, "staging")] {
        if !replaceable(&folder) {
            return Err(Diagnostic::error(format!(
                "refusing to replace {}: it was not written by integra",
                folder.display()
            ))
            .in_file(&folder)
            .with_hint("choose another --output folder, or empty this one yourself"));
        }
    }
    Ok(())
}

/// Manifests live beside the output, not in it, so that nothing but the
/// site is published; a tree's marker names the manifest that describes it.
fn manifest_dir(output: &Path) -> PathBuf {
    sibling(output, "manifests")
}

/// Where the build keeps pages' search terms for the next build (see
/// [`crate::search::TermStore`]).
pub fn search_terms_dir(output: &Path) -> PathBuf {
    sibling(output, "search-terms")
}

/// The manifest of the tree `dir`, if its marker names one that exists.
fn read_manifest(output: &Path, dir: &Path) -> Option<Manifest> {
    let marker = fs::read_to_string(dir.join(MARKER)).ok()?;
    let id = marker.lines().find_map(|l| l.strip_prefix("manifest: "))?;
    let bytes = fs::read(manifest_dir(output).join(id)).ok()?;
    postcard::from_bytes(&bytes).ok()
}

/// The manifest of the published site in `output`, or an empty one: then
/// everything renders.
pub fn published_manifest(output: &Path) -> Manifest {
    read_manifest(output, output).unwrap_or_default()
}

impl Staging {
    /// Readies the staging folder beside `output`: from here until
    /// [`Staging::commit`], its manifest no longer describes it. Unless
    /// `trust_manifest`, every file is compared byte for byte and whatever
    /// the new site lacks is removed, whoever put it there.
    pub fn new(output: &Path, trust_manifest: bool) -> Result<Staging, Diagnostic> {
        check_replaceable(output)?;
        let dir = sibling(output, "staging");
        let known = trust_manifest
            .then(|| read_manifest(output, &dir))
            .flatten()
            .map(|m| {
                m.outputs
                    .into_iter()
                    .map(|(path, record)| (path, record.content))
                    .collect()
            });
        fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let marker = dir.join(MARKER);
        fs::write(&marker, MARKER_TEXT).map_err(|e| io_error(&marker, e))?;
        Ok(Staging {
            dir,
            output: output.to_path_buf(),
            known,
            produced: Mutex::default(),
        })
    }

    /// Puts `bytes` at `relative` inside the staging folder, unless the file
    /// there already holds exactly these bytes.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.produced
            .lock()
            .expect("no panics while holding")
            .insert(relative.to_string());
        let path = self.dir.join(relative);
        let same = match &self.known {
            Some(known) => known.get(relative) == Some(&content_hash(bytes)),
            None => fs::read(&path).is_ok_and(|old| old == bytes),
        };
        if same {
            return Ok(());
        }
        replace(&path, |to| fs::write(to, bytes))
    }

    /// Puts the published site's file at `relative` in the staging folder:
    /// a hard link, as the bytes are the same and the trees never write
    /// into a file in place; a copy where links are not possible.
    fn link_from_output(&self, relative: &str) -> Result<(), Diagnostic> {
        let from = self.output.join(relative);
        replace(&self.dir.join(relative), |to| {
            fs::hard_link(&from, to).or_else(|_| fs::copy(&from, to).map(|_| ()))
        })
        .map_err(|d| d.with_hint("delete the output folder and build again"))
    }

    /// Brings the rest of the staging folder to `manifest` (files this build
    /// did not render come from the published site), removes what the site
    /// no longer has, then puts the new site in place of the old one, which
    /// becomes the staging folder of the next build.
    pub fn commit(self, manifest: &Manifest) -> Result<(), Diagnostic> {
        let produced = std::mem::take(&mut *self.produced.lock().expect("no panics while holding"));
        let copies: Vec<(&String, u64)> = manifest
            .outputs
            .iter()
            .filter(|(path, _)| !produced.contains(*path))
            .map(|(path, record)| (path, record.content))
            .collect();
        copies.par_iter().try_for_each(|(path, content)| {
            if self
                .known
                .as_ref()
                .is_some_and(|k| k.get(*path) == Some(content))
            {
                return Ok(());
            }
            self.link_from_output(path)
        })?;

        let keep: HashSet<String> = manifest.outputs.keys().cloned().collect();
        match &self.known {
            Some(known) => {
                for path in known.keys().filter(|p| !keep.contains(*p)) {
                    remove_with_empty_parents(&self.dir, path)?;
                }
            }
            None => {
                let mut keep = keep.clone();
                keep.insert(MARKER.to_string());
                remove_stale(&self.dir, &self.dir, &keep)?;
            }
        }

        // The manifest first, then the marker that names it: a tree names
        // only a manifest that exists.
        let bytes = postcard::to_allocvec(&manifest.compacted())
            .map_err(|e| Diagnostic::error(format!("cannot record the build: {e}")))?;
        let id = format!("{:016x}", content_hash(&bytes));
        let manifests = manifest_dir(&self.output);
        fs::create_dir_all(&manifests).map_err(|e| io_error(&manifests, e))?;
        let file = manifests.join(&id);
        fs::write(&file, &bytes).map_err(|e| io_error(&file, e))?;
        let marker = self.dir.join(MARKER);
        fs::write(&marker, format!("{MARKER_TEXT}manifest: {id}\n"))
            .map_err(|e| io_error(&marker, e))?;

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
        // Only the two trees' manifests are worth keeping.
        let wanted: HashSet<String> = [&self.output, &self.dir]
            .iter()
            .filter_map(|dir| fs::read_to_string(dir.join(MARKER)).ok())
            .filter_map(|m| {
                m.lines()
                    .find_map(|l| l.strip_prefix("manifest: "))
                    .map(str::to_string)
            })
            .collect();
        if let Ok(entries) = fs::read_dir(&manifests) {
            for entry in entries.flatten() {
                if !wanted.contains(entry.file_name().to_string_lossy().as_ref()) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.write(relative, bytes)
    }
}

/// Makes the file at `path` anew with `make` (which creates the file it is
/// given) and renames it into place. Never writing into an existing file
/// keeps hard-linked copies in the other tree as they were.
fn replace(path: &Path, make: impl Fn(&Path) -> io::Result<()>) -> Result<(), Diagnostic> {
    let name = path.file_name().expect("a file").to_string_lossy();
    let temporary = path.with_file_name(format!(".{name}.integra-new"));
    let _ = fs::remove_file(&temporary);
    if let Err(e) = make(&temporary) {
        if e.kind() != io::ErrorKind::NotFound {
            return Err(io_error(&temporary, e));
        }
        let parent = path.parent().expect("a file below the staging folder");
        fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        make(&temporary).map_err(|e| io_error(&temporary, e))?;
    }
    fs::rename(&temporary, path).map_err(|e| io_error(path, e))
}

/// Removes `relative` below `root`, and the folders it leaves empty.
fn remove_with_empty_parents(root: &Path, relative: &str) -> Result<(), Diagnostic> {
    let path = root.join(relative);
    match fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(&path, e)),
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == root || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
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
