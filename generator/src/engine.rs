//! Renders the outputs whose inputs changed since a previous render, and
//! checks the links between pages' sections across old and new outputs.
//!
//! The previous render is a [`Manifest`]: for every file, the inputs it read
//! and their fingerprint, the hash of its bytes, its links into sections,
//! and its warnings. `build` keeps it in the output folder, `serve` in
//! memory. With an empty manifest everything renders: a clean build.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use crate::config::Locale;
use crate::content::ContentPath;
use crate::deps::{Changed, Input, Reads, Values};
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::fingerprint;
use crate::load::Loaded;
use crate::markdown::AnchorLink;
use crate::outputs::{self, Key, OutputFile, RenderCx};
use crate::render::BodyCache;

/// Where rendered files go: the staging folder of `build`, or memory for
/// `serve`.
pub trait Sink: Sync {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic>;
}

/// Rendered files kept in memory, by path relative to the output folder.
#[derive(Default)]
pub struct Memory(Mutex<HashMap<String, Arc<Vec<u8>>>>);

impl Sink for Memory {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.0
            .lock()
            .expect("no panics while holding")
            .insert(relative.to_string(), Arc::new(bytes.to_vec()));
        Ok(())
    }
}

impl Memory {
    pub fn into_files(self) -> HashMap<String, Arc<Vec<u8>>> {
        self.0.into_inner().expect("no panics while holding")
    }
}

/// What one output was made from and what it was.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Record {
    /// Positions in [`Manifest::inputs`], in the order of the inputs.
    pub inputs: Vec<u32>,
    pub fingerprint: u64,
    /// The hash of the file's bytes.
    pub content: u64,
    /// Of a content page: its links into other pages' sections, as target
    /// and fragment.
    pub links: Vec<(ContentPath, String)>,
    /// Warnings found while rendering it, repeated by every build that
    /// keeps it.
    pub warnings: Vec<Warning>,
    /// Of a derived output: what it read of the other files.
    pub built: Option<FromBuilt>,
}

/// What a derived output (see [`outputs::OutputKind::derived`]) read of the
/// other files: the folders it listed, and the hash of their files' paths
/// and content hashes then. It is rendered again when that hash changes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FromBuilt {
    pub folders: Vec<String>,
    pub hash: u64,
}

/// The content hash of every file of the site that is not derived, by path:
/// what derived outputs are made from.
pub struct Contents<'a>(BTreeMap<&'a str, u64>);

impl Contents<'_> {
    /// The files whose path starts with `folder` (`""` for all), in order.
    fn under<'s>(&'s self, folder: &str) -> Vec<(&'s str, u64)> {
        use std::ops::Bound;
        self.0
            .range::<str, _>((Bound::Included(folder), Bound::Unbounded))
            .take_while(|(path, _)| path.starts_with(folder))
            .map(|(path, hash)| (*path, *hash))
            .collect()
    }

    /// The hash of the files below `folders`, which changes when one of
    /// them is added, removed or changed.
    fn hash(&self, folders: &[String]) -> u64 {
        let mut hasher = Xxh3::new();
        for folder in folders {
            folder.hash(&mut hasher);
            for (path, content) in self.under(folder) {
                path.hash(&mut hasher);
                hasher.write_u64(content);
            }
        }
        hasher.finish()
    }
}

/// A derived output's view of the other files: it lists them by folder, and
/// each folder listed becomes one of its inputs.
pub struct Built<'a> {
    contents: &'a Contents<'a>,
    folders: Mutex<Vec<String>>,
}

impl Built<'_> {
    /// The files whose path starts with `folder` (`""` for every file), with
    /// the hash of their bytes, in path order.
    pub fn under(&self, folder: &str) -> Vec<(&str, u64)> {
        self.folders
            .lock()
            .expect("no panics while holding")
            .push(folder.to_string());
        self.contents.under(folder)
    }

    fn into_record(self) -> FromBuilt {
        let mut folders = self.folders.into_inner().expect("no panics while holding");
        folders.sort_unstable();
        folders.dedup();
        let hash = self.contents.hash(&folders);
        FromBuilt { folders, hash }
    }
}

/// A warning as a manifest keeps it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Warning {
    file: Option<std::path::PathBuf>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    hint: Option<String>,
    snippet: Option<String>,
}

impl From<&Diagnostic> for Warning {
    fn from(d: &Diagnostic) -> Warning {
        Warning {
            file: d.file.clone(),
            line: d.line,
            column: d.column,
            message: d.message.clone(),
            hint: d.hint.clone(),
            snippet: d.snippet.clone(),
        }
    }
}

impl From<&Warning> for Diagnostic {
    fn from(w: &Warning) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            file: w.file.clone(),
            line: w.line,
            column: w.column,
            message: w.message.clone(),
            hint: w.hint.clone(),
            snippet: w.snippet.clone(),
        }
    }
}

/// Every output of a render, by path relative to the output folder.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// Inputs that outputs read, sorted, each once; records point into it.
    /// Shared between renders while no new input appears.
    pub inputs: Arc<Vec<Input>>,
    pub outputs: BTreeMap<String, Arc<Record>>,
    /// The values of `inputs` when this render was made, for a preview to
    /// reuse those a change cannot have touched; empty when unknown.
    #[serde(skip)]
    values: Vec<u64>,
    /// Whether every output's fingerprint is that of `values`: nothing was
    /// left for later. Then an output changed exactly when one of its
    /// inputs did.
    #[serde(skip)]
    settled: bool,
    /// The files of the site this render was made for, for a preview to
    /// reuse while no page comes or goes; none when unknown.
    #[serde(skip)]
    files: Option<Arc<Vec<OutputFile>>>,
}

impl Manifest {
    /// The manifest without inputs that no output reads any more: what a
    /// clean render of the same site gives, byte for byte.
    pub fn compacted(&self) -> Manifest {
        let mut used = vec![false; self.inputs.len()];
        for record in self.outputs.values() {
            for &i in &record.inputs {
                used[i as usize] = true;
            }
        }
        if used.iter().all(|u| *u) {
            return self.clone();
        }
        let mut position = vec![0u32; used.len()];
        let mut inputs = Vec::new();
        for (old, input) in self.inputs.iter().enumerate() {
            if used[old] {
                position[old] = inputs.len() as u32;
                inputs.push(input.clone());
            }
        }
        let outputs = self
            .outputs
            .iter()
            .map(|(path, record)| {
                let mut record = Record::clone(record);
                for i in &mut record.inputs {
                    *i = position[*i as usize];
                }
                (path.clone(), Arc::new(record))
            })
            .collect();
        Manifest {
            inputs: Arc::new(inputs),
            outputs,
            values: Vec::new(),
            settled: false,
            files: None,
        }
    }

    /// The table of inputs with `more` (sorted) added in order, and where
    /// each old position went; the same table when nothing is new.
    fn with_inputs(&self, more: &[&Input]) -> (Arc<Vec<Input>>, Option<Vec<u32>>) {
        let missing: Vec<&Input> = more
            .iter()
            .copied()
            .filter(|i| self.inputs.binary_search(i).is_err())
            .collect();
        if missing.is_empty() {
            return (Arc::clone(&self.inputs), None);
        }
        let mut table = Vec::with_capacity(self.inputs.len() + missing.len());
        let mut moved = Vec::with_capacity(self.inputs.len());
        let mut new = missing.into_iter().peekable();
        for old in self.inputs.iter() {
            while let Some(next) = new.next_if(|n| *n < old) {
                table.push(next.clone());
            }
            moved.push(table.len() as u32);
            table.push(old.clone());
        }
        table.extend(new.cloned());
        (Arc::new(table), Some(moved))
    }
}

/// What a render did.
pub struct Outcome {
    /// The state of every output now; outputs left for later (see `first`
    /// in [`render`]) keep their previous record.
    pub manifest: Manifest,
    /// Files rendered this time.
    pub rendered: Vec<String>,
    /// Files the previous render had that the site no longer has.
    pub removed: Vec<String>,
    /// Files whose inputs changed but that were left for later.
    pub deferred: Vec<String>,
    pub problems: Diagnostics,
}

/// Which outputs changed since a previous render.
pub struct Plan<'a> {
    files: Arc<Vec<OutputFile>>,
    /// Each file's record in the previous render.
    records: Vec<Option<Arc<Record>>>,
    values: Values<'a>,
    /// The values of the previous render's inputs now.
    now: Vec<u64>,
    changed: Vec<bool>,
    /// Files the previous render had that the site no longer has.
    removed: Vec<String>,
}

impl Plan<'_> {
    /// Whether the previous render is the site as it is now.
    pub fn is_current(&self) -> bool {
        self.removed.is_empty() && !self.changed.contains(&true)
    }

    /// The value of [`Input::Addresses`] now.
    pub fn addresses(&self) -> u64 {
        self.values.of(&Input::Addresses)
    }

    /// How many files changed.
    pub fn changed(&self) -> usize {
        self.changed.iter().filter(|c| **c).count()
    }
}

/// Compares the site as `loaded` with the `previous` render. With
/// `changed`, what the files that changed since may have changed, the
/// other inputs keep the values they had.
pub fn plan<'a>(loaded: &'a Loaded, previous: &Manifest, changed: Option<&Changed>) -> Plan<'a> {
    // The files depend only on the configuration, the theme and which
    // pages each locale has.
    let same_files = previous
        .files
        .as_ref()
        .filter(|_| changed.is_some_and(|c| c.fronts.is_empty()));
    let files = match same_files {
        Some(files) => Arc::clone(files),
        None => Arc::new(outputs::files(loaded)),
    };
    let values = Values::new(&loaded.site, loaded.global, &loaded.message_hashes);
    let known = (previous.values.len() == previous.inputs.len()).then_some(&previous.values);
    let now: Vec<u64> = previous
        .inputs
        .par_iter()
        .enumerate()
        .map(|(at, input)| match (known, changed) {
            (Some(known), Some(changed)) if !changed.touches(input) => known[at],
            _ => values.of(input),
        })
        .collect();
    let by_path: FxHashMap<&str, &Arc<Record>> = previous
        .outputs
        .iter()
        .map(|(path, record)| (path.as_str(), record))
        .collect();
    let records: Vec<Option<Arc<Record>>> = files
        .iter()
        .map(|file| by_path.get(file.path.as_str()).map(|r| Arc::clone(r)))
        .collect();
    let moved: Option<Vec<bool>> = match known {
        Some(known) if previous.settled && changed.is_some() => {
            Some(now.iter().zip(known).map(|(a, b)| a != b).collect())
        }
        _ => None,
    };
    let changed: Vec<bool> = records
        .par_iter()
        .map(|record| match record {
            Some(record) if moved.is_some() => {
                let moved = moved.as_ref().expect("checked");
                record.inputs.iter().any(|&i| moved[i as usize])
            }
            Some(record) => {
                let inputs = &record.inputs;
                if inputs.iter().any(|&i| i as usize >= now.len()) {
                    return true;
                }
                Values::fingerprint(inputs.iter().map(|&i| now[i as usize])) != record.fingerprint
            }
            None => true,
        })
        .collect();
    // Every file the previous render made is among the same files.
    let mut removed: Vec<String> = match same_files {
        Some(_) => Vec::new(),
        None => {
            let current: FxHashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
            previous
                .outputs
                .keys()
                .filter(|p| !current.contains(p.as_str()))
                .cloned()
                .collect()
        }
    };
    removed.sort();
    Plan {
        files,
        records,
        values,
        now,
        changed,
        removed,
    }
}

/// Renders the outputs of `plan` that changed into `sink` (or nowhere).
/// With `first`, only the changed outputs it accepts are rendered now, and
/// the others are listed as deferred.
pub fn render(
    plan: Plan<'_>,
    loaded: &Loaded,
    previous: &Manifest,
    sink: Option<&dyn Sink>,
    cache: Option<&BodyCache>,
    first: Option<&(dyn Fn(&str) -> bool + Sync)>,
) -> Outcome {
    let Plan {
        files,
        records,
        values,
        now: values_now,
        changed,
        removed,
    } = plan;
    let (mut now, mut deferred) = (Vec::new(), Vec::new());
    let mut fresh_at = vec![false; files.len()];
    let is_derived = |file: &OutputFile| outputs::OUTPUTS[file.kind].derived();
    for (at, (file, &changed)) in files.iter().zip(&changed).enumerate() {
        // Derived outputs are decided below, once the others are known.
        if !changed || is_derived(file) {
            continue;
        }
        if first.is_none_or(|accept| accept(&file.path)) {
            now.push(file);
            fresh_at[at] = true;
        } else {
            deferred.push(file.path.clone());
        }
    }

    let cx = RenderCx {
        loaded,
        cache,
        built: None,
    };
    let mut results: Vec<Done> = now
        .par_iter()
        .map(|file| render_one(file, &cx, &values, sink))
        .collect();

    // Derived outputs, from the files as they are now. While files are
    // left for later, so are they.
    let derived: Vec<usize> = (0..files.len())
        .filter(|&at| is_derived(&files[at]))
        .collect();
    if !deferred.is_empty() {
        deferred.extend(derived.iter().map(|&at| files[at].path.clone()));
    } else if !derived.is_empty() {
        let fresh: FxHashMap<&str, u64> = results
            .iter()
            .map(|(file, _, record, _)| (file.path.as_str(), record.content))
            .collect();
        let contents = Contents(
            files
                .iter()
                .zip(&records)
                .filter(|(file, _)| !is_derived(file))
                .map(|(file, record)| {
                    let path = file.path.as_str();
                    let content = fresh
                        .get(path)
                        .copied()
                        .or_else(|| record.as_ref().map(|r| r.content))
                        .unwrap_or(0);
                    (path, content)
                })
                .collect(),
        );
        let stale: Vec<usize> = derived
            .into_iter()
            .filter(|&at| {
                changed[at]
                    || records[at]
                        .as_ref()
                        .and_then(|r| r.built.as_ref())
                        .is_none_or(|b| contents.hash(&b.folders) != b.hash)
            })
            .collect();
        for &at in &stale {
            fresh_at[at] = true;
        }
        results.par_extend(stale.par_iter().map(|&at| {
            let built = Built {
                contents: &contents,
                folders: Mutex::default(),
            };
            let cx = RenderCx {
                built: Some(&built),
                ..cx
            };
            let mut done = render_one(&files[at], &cx, &values, sink);
            done.2.built = Some(built.into_record());
            done
        }));
    }

    let mut problems = Diagnostics::default();
    let mut needed: Vec<&Input> = results.iter().flat_map(|(_, inputs, ..)| inputs).collect();
    needed.sort_unstable();
    needed.dedup();
    let (table, moved) = previous.with_inputs(&needed);
    // The files kept are those of the previous render that the site still
    // has; the rendered ones replace theirs below.
    let mut outputs = previous.outputs.clone();
    for path in &removed {
        outputs.remove(path);
    }
    for (record, fresh) in records.iter().zip(&fresh_at) {
        if let (Some(record), false) = (record, fresh) {
            problems.extend(record.warnings.iter().map(Diagnostic::from));
        }
    }
    if let Some(moved) = &moved {
        for record in outputs.values_mut() {
            for i in &mut Arc::make_mut(record).inputs {
                *i = moved[*i as usize];
            }
        }
    }
    let mut fresh = HashMap::new();
    let mut rendered = Vec::with_capacity(results.len());
    for (file, inputs, mut record, output) in results {
        problems.extend(output.problems);
        if let Key::Page(..) = &file.key {
            fresh.insert(file.path.clone(), (output.ids, output.links));
        }
        record.inputs = inputs
            .iter()
            .map(|i| table.binary_search(i).expect("added above") as u32)
            .collect();
        rendered.push(file.path.clone());
        outputs.insert(file.path.clone(), Arc::new(record));
    }
    // The values of the new table: those the plan found, and those of the
    // inputs new in this render.
    let table_values = match &moved {
        None => values_now,
        Some(moved) => {
            let mut all: Vec<Option<u64>> = vec![None; table.len()];
            for (old, &new) in moved.iter().enumerate() {
                all[new as usize] = values_now.get(old).copied();
            }
            all.into_par_iter()
                .enumerate()
                .map(|(at, v)| v.unwrap_or_else(|| values.of(&table[at])))
                .collect()
        }
    };
    // Pages rendered now, and pages with links into sections.
    let to_check: Vec<(&OutputFile, &Locale)> = files
        .iter()
        .zip(records.iter().zip(&fresh_at))
        .filter_map(|(file, (record, fresh))| match &file.key {
            Key::Page(locale, _)
                if *fresh || record.as_ref().is_some_and(|r| !r.links.is_empty()) =>
            {
                Some((file, locale))
            }
            _ => None,
        })
        .collect();
    let manifest = Manifest {
        inputs: table,
        outputs,
        values: table_values,
        settled: deferred.is_empty(),
        files: Some(Arc::clone(&files)),
    };
    problems.extend(check_anchors(&files, &to_check, &manifest, &fresh, &cx));

    Outcome {
        manifest,
        rendered,
        removed,
        deferred,
        problems,
    }
}

/// A file rendered: the inputs it read, its record and what it gave.
type Done<'f> = (&'f OutputFile, Vec<Input>, Record, outputs::Rendered);

/// Renders one file into `sink` and makes its record.
fn render_one<'f>(
    file: &'f OutputFile,
    cx: &RenderCx<'_>,
    values: &Values<'_>,
    sink: Option<&dyn Sink>,
) -> Done<'f> {
    let reads = Reads::default();
    let mut rendered = outputs::render(file, cx, &reads);
    let inputs = reads.into_sorted();
    let fingerprint = Values::fingerprint(inputs.iter().map(|i| values.of(i)));
    let content = rendered
        .bytes
        .as_deref()
        .map_or(0, fingerprint::content_hash);
    // The bytes go to the sink now, not kept for the whole site.
    if let (Some(bytes), Some(sink)) = (rendered.bytes.take(), sink) {
        if let Err(e) = sink.put(&file.path, &bytes) {
            rendered.problems.push(e);
        }
    }
    let record = Record {
        inputs: Vec::new(),
        fingerprint,
        content,
        links: rendered
            .links
            .iter()
            .map(|l| (l.target.clone(), l.fragment.clone()))
            .collect(),
        warnings: rendered
            .problems
            .iter()
            .filter(|d| !d.is_error())
            .map(Warning::from)
            .collect(),
        built: None,
    };
    (file, inputs, record, rendered)
}

/// A page rendered now: its element ids (none if it failed) and its links
/// into other pages' sections.
type Fresh = HashMap<String, (Option<Vec<String>>, Vec<AnchorLink>)>;

/// A page's element ids; none if it failed to render.
type Ids = Option<HashSet<String>>;

/// Links to a section the target page does not have. A link can only break
/// where its page or its target was rendered now: links of the others were
/// checked by the render that made them. Pages not rendered now are known
/// only by their links' targets and fragments; when one is broken, or a
/// target's ids are needed, that page is rendered again, written nowhere.
fn check_anchors(
    files: &[OutputFile],
    entries: &[(&OutputFile, &Locale)],
    manifest: &Manifest,
    fresh: &Fresh,
    cx: &RenderCx<'_>,
) -> Diagnostics {
    let by_path: OnceLock<HashMap<&str, &OutputFile>> = OnceLock::new();
    let again = |file: &OutputFile| outputs::render(file, cx, &Reads::default());
    let known: Mutex<HashMap<String, Ids>> = Mutex::default();
    // The ids of the page `locale` shows at `target`; none if it has no
    // such page or it failed (reported already).
    let ids_of = |locale: &Locale, target: &ContentPath| -> Ids {
        let path = outputs::page_file(locale, target);
        if let Some((ids, _)) = fresh.get(&path) {
            return ids.as_ref().map(|ids| ids.iter().cloned().collect());
        }
        if let Some(found) = known.lock().expect("no panics while holding").get(&path) {
            return found.clone();
        }
        let by_path = by_path.get_or_init(|| files.iter().map(|f| (f.path.as_str(), f)).collect());
        let file = by_path.get(path.as_str())?;
        let found: Ids = again(file).ids.map(|ids| ids.into_iter().collect());
        known
            .lock()
            .expect("no panics while holding")
            .insert(path, found.clone());
        found
    };
    let broken = |locale: &Locale, link: &AnchorLink| {
        ids_of(locale, &link.target).is_some_and(|ids| !ids.contains(&link.fragment))
    };
    // A page shown by fallback links to the page its reader's locale shows,
    // which may be a translation whose headings have other ids.
    let site = &cx.loaded.site;
    let report = |locale: &Locale, link: &AnchorLink| {
        let mut d = link.if_missing.clone();
        let shown = site.page(locale, &link.target);
        if let Some(translation) = shown.filter(|p| p.locale != site.config.default_locale) {
            d.message = format!(
                "{} in {}, which `{locale}` shows there",
                d.message,
                translation.file.display()
            );
            d.hint = Some(format!(
                "translations keep the English heading ids: give its heading `{{#{}}}`, as `integra i18n import` does",
                link.fragment
            ));
        }
        d
    };
    let problems = Mutex::new(Diagnostics::default());
    entries.par_iter().for_each(|(file, locale)| {
        let found: Vec<Diagnostic> = match fresh.get(&file.path) {
            Some((_, links)) => links
                .iter()
                .filter(|l| broken(locale, l))
                .map(|l| report(locale, l))
                .collect(),
            None => {
                let Some(record) = manifest.outputs.get(&file.path) else {
                    return;
                };
                let suspect = record.links.iter().any(|(target, fragment)| {
                    fresh
                        .get(&outputs::page_file(locale, target))
                        .and_then(|(ids, _)| ids.as_ref())
                        .is_some_and(|ids| !ids.contains(fragment))
                });
                if !suspect {
                    return;
                }
                again(file)
                    .links
                    .iter()
                    .filter(|l| broken(locale, l))
                    .map(|l| report(locale, l))
                    .collect()
            }
        };
        problems
            .lock()
            .expect("no panics while holding")
            .extend(found);
    });
    problems.into_inner().expect("no panics while holding")
}
