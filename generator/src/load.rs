//! Loading a project: its configuration, pages, interface strings and
//! theme ([`Sources`]), then putting them together into a [`Loaded`] site
//! ready to render. A preview keeps the sources and reloads only the files
//! that changed.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, OnceLock};

use tera::{Context, Tera};
use xxhash_rust::xxh3::Xxh3;

use crate::config::{self, Config, Locale};
use crate::content::{self, ContentPath, Failed, Page};
use crate::deps::Changed;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Messages;
use crate::kinds;
use crate::pages;
use crate::project::Project;
use crate::render;
use crate::search;
use crate::site::Site;
use crate::templates::{self, Lookup, Theme, ThemeFiles};
use crate::translation;
use crate::translation::pseudo::Pseudo;

/// The project's files, parsed, before they are put together.
pub struct Sources {
    pub config: Config,
    pages: Vec<Page>,
    failed: Vec<Failed>,
    /// Problems of the content folder as a whole.
    content_problems: Vec<Diagnostic>,
    messages: Arc<Messages>,
    message_problems: Vec<Diagnostic>,
    theme: Result<Theme, Vec<Diagnostic>>,
    theme_files: ThemeFiles,
    /// The locales' templates of the site these sources were taken from,
    /// while the theme and the interface strings are as they were: copying
    /// the theme for every locale is much of putting a site together.
    templates: Option<Templates>,
}

/// Each locale's copy of the theme's templates, and what their functions
/// look up.
struct Templates {
    lookup: Arc<Lookup>,
    per_locale: HashMap<Locale, Tera>,
}

impl Sources {
    /// Reads every file of the project.
    pub fn read(project: &Project) -> Result<Sources, Diagnostics> {
        let mut config = config::load(&project.path("config.toml"))?;
        if project.pseudo {
            let default = config.default_locale.clone();
            config
                .locales
                .extend(Pseudo::ALL.iter().map(|p| p.config(&default)));
        }
        let templates_dir = templates_dir(project, &config);
        let ((pages, failed, content_problems), ((messages, message_problems), theme)) =
            rayon::join(
                || load_pages(&config, &project.path("content")),
                || {
                    rayon::join(
                        || Messages::load(&config, &project.path("locales")),
                        || templates::load(&templates_dir),
                    )
                },
            );
        let theme_files = templates::scan(&theme_dir(project, &config));
        Ok(Sources {
            config,
            pages,
            failed,
            content_problems: content_problems.into_vec(),
            messages: Arc::new(messages),
            message_problems: message_problems.into_vec(),
            theme: theme.map_err(Diagnostics::into_vec),
            theme_files,
            templates: None,
        })
    }

    /// Reads again what `changed` (files and folders, relative to the
    /// project's root) may have changed: the pages that changed, the
    /// interface strings, or the theme; everything when the configuration
    /// changed. Also says what the change may have changed, when that is
    /// known ([`Changed`]: pages and interface strings only).
    pub fn refresh(
        self,
        project: &Project,
        changed: &HashSet<PathBuf>,
    ) -> Result<(Sources, Option<Changed>), Diagnostics> {
        let under = |folder: &str| changed.iter().any(|p| p.starts_with(folder));
        if changed.contains(Path::new("config.toml")) {
            return Ok((Sources::read(project)?, None));
        }
        let mut sources = self;
        let mut what = Some(Changed {
            messages: under("locales"),
            ..Changed::default()
        });
        if under("locales") {
            let (messages, problems) = Messages::load(&sources.config, &project.path("locales"));
            sources.messages = Arc::new(messages);
            sources.message_problems = problems.into_vec();
            sources.templates = None;
        }
        if under("themes") {
            let dir = templates_dir(project, &sources.config);
            sources.theme = templates::load(&dir).map_err(Diagnostics::into_vec);
            sources.theme_files = templates::scan(&theme_dir(project, &sources.config));
            sources.templates = None;
            what = None;
        }
        let content_dir = project.path("content");
        let content_changes: Vec<&PathBuf> = changed
            .iter()
            .filter(|p| p.starts_with("content"))
            .collect();
        if content_changes.is_empty() {
            return Ok((sources, what));
        }
        // A file is one page; a folder (renamed, removed) may be many, so
        // the content is read again. So is it when a folder directly below
        // content/ comes or goes, even one of no configured locale: the
        // content's own problems name those.
        let mut pages_changed = Vec::new();
        let mut whole = false;
        for file in content_changes {
            let relative = file.strip_prefix("content").expect("below content");
            if relative.components().count() <= 1 {
                whole = true;
                break;
            }
            let in_content = content_dir.join(relative);
            let was_folder = sources
                .pages
                .iter()
                .map(|p| p.file.as_path())
                .chain(
                    sources
                        .failed
                        .iter()
                        .filter_map(|(_, _, d)| d.file.as_deref()),
                )
                .any(|f| f.starts_with(&in_content) && f != in_content);
            // A problem of the content folder itself (a symbolic link that
            // loops) lasts until the folder is read again.
            let had_problem = sources
                .content_problems
                .iter()
                .filter_map(|d| d.file.as_deref())
                .any(|f| f.starts_with(&in_content));
            if in_content.is_dir() || in_content.is_symlink() || was_folder || had_problem {
                whole = true;
                break;
            }
            if let Some((locale, path)) =
                content::page_of(&sources.config, &content_dir, &in_content)
            {
                pages_changed.push((locale, path, in_content));
            }
        }
        if whole || project.pseudo {
            let (pages, failed, problems) = load_pages(&sources.config, &content_dir);
            sources.pages = pages;
            sources.failed = failed;
            sources.content_problems = problems.into_vec();
            return Ok((sources, None));
        }
        for (locale, path, file) in pages_changed {
            let at = sources
                .pages
                .iter()
                .position(|p| p.locale == locale && p.path == path);
            let old = at.map(|i| sources.pages.swap_remove(i));
            sources
                .failed
                .retain(|(l, p, _)| !(*l == locale && *p == path));
            let new = if file.is_file() {
                match pages::load_page(locale, path.clone(), file) {
                    Ok(page) => Some(page),
                    Err(f) => {
                        sources.failed.push(f);
                        None
                    }
                }
            } else {
                None
            };
            if let Some(what) = &mut what {
                what.paths.insert(path.clone());
                // Anything but a page that stays with the same front
                // matter can change lists, links and addresses.
                let same_front = match (&old, &new) {
                    (Some(old), Some(new)) => {
                        old.kind == new.kind && old.front_hash() == new.front_hash()
                    }
                    _ => false,
                };
                if !same_front {
                    what.fronts.insert(path);
                    what.kinds.extend(old.as_ref().map(|p| p.kind));
                    what.kinds.extend(new.as_ref().map(|p| p.kind));
                }
            }
            sources.pages.extend(new);
        }
        // Pages are in file order, as a full read gives them.
        sources
            .pages
            .sort_by(|a, b| (&a.locale, &a.path).cmp(&(&b.locale, &b.path)));
        Ok((sources, what))
    }
}

fn theme_dir(project: &Project, config: &Config) -> PathBuf {
    project.path(&format!("themes/{}", config.theme))
}

fn templates_dir(project: &Project, config: &Config) -> PathBuf {
    project.path(&format!("themes/{}/templates", config.theme))
}

/// Everything loaded and validated, ready to render.
pub struct Loaded {
    pub site: Site,
    /// The theme's templates as each locale renders them (its `t`, `url`
    /// and `asset` functions), with the locale's base context.
    per_locale: HashMap<Locale, (Tera, Context)>,
    lookup: Arc<Lookup>,
    /// Theme static files: path in the output → file.
    pub static_files: Vec<(String, PathBuf)>,
    /// The value of [`deps::Input::Global`].
    pub global: u64,
    /// A hash of each locale's own Fluent files.
    pub message_hashes: HashMap<Locale, u64>,
    status: OnceLock<translation::Status>,
    /// The project folder, where git history tells what changed in the
    /// sources of stale translations.
    root: PathBuf,
    /// Each locale's search index, put together when first rendered.
    pub search: search::Indexes,
    /// What the site was assembled from, kept to take apart again.
    theme: Theme,
    theme_files: ThemeFiles,
    failed: Vec<Failed>,
    content_problems: Vec<Diagnostic>,
    message_problems: Vec<Diagnostic>,
}

impl Loaded {
    /// The interface messages of every locale, for reports such as
    /// `integra i18n status`.
    pub fn messages(&self) -> &Messages {
        &self.lookup.messages
    }

    /// The cache-busting address of a theme file, as templates' `asset()`
    /// gives it; `None` when the theme has no such file.
    pub fn asset_url(&self, relative: &str) -> Option<String> {
        self.lookup.assets.get(relative).cloned()
    }

    /// The templates and base context of `locale`.
    pub fn templates_for(&self, locale: &Locale) -> (&Tera, &Context) {
        let (tera, ctx) = &self.per_locale[locale];
        (tera, ctx)
    }

    /// The sources again, for a preview to reload some of them.
    pub fn into_sources(self) -> Sources {
        let Loaded {
            site,
            per_locale,
            lookup,
            theme,
            theme_files,
            failed,
            content_problems,
            message_problems,
            ..
        } = self;
        let messages = Arc::clone(&lookup.messages);
        let per_locale = per_locale
            .into_iter()
            .map(|(locale, (tera, _))| (locale, tera))
            .collect();
        let (config, pages) = site.into_pages();
        Sources {
            config,
            pages,
            failed,
            content_problems,
            messages,
            message_problems,
            theme: Ok(theme),
            theme_files,
            templates: Some(Templates { lookup, per_locale }),
        }
    }

    /// Takes in the files `changed` names (relative to the project) when
    /// each is a page that loads with the kind and front matter it had:
    /// then only page bodies changed, and addresses, lists, templates and
    /// the problems of [`assemble`] stay as they were, so the site is not
    /// put together again. Returns what changed; `None`, changing nothing,
    /// when the change is anything else.
    pub fn refresh_bodies(
        &mut self,
        project: &Project,
        changed: &HashSet<PathBuf>,
    ) -> Option<Changed> {
        // Pseudo-locale pages are made from the English ones: the site is
        // put together again.
        if project.pseudo {
            return None;
        }
        let content_dir = project.path("content");
        let mut edited = Vec::with_capacity(changed.len());
        for file in changed {
            let relative = file.strip_prefix("content").ok()?;
            let in_content = content_dir.join(relative);
            let (locale, path) = content::page_of(&self.site.config, &content_dir, &in_content)?;
            let old = self.site.page(&locale, &path)?;
            if old.file != in_content || !in_content.is_file() {
                return None;
            }
            let new = pages::load_page(locale, path, in_content).ok()?;
            if new.kind != old.kind || new.front_hash() != old.front_hash() {
                return None;
            }
            edited.push(new);
        }
        let mut what = Changed::default();
        for page in edited {
            what.paths.insert(page.path.clone());
            self.site.replace_body(page);
        }
        self.status = OnceLock::new();
        self.search = search::Indexes::new(&self.site);
        Some(what)
    }

    /// Every locale's translation progress, computed once.
    pub fn translation_status(&self) -> &translation::Status {
        self.status
            .get_or_init(|| translation::status(&self.site, self.messages(), &[], Some(&self.root)))
    }
}

/// Reads and validates the whole project, collecting every problem.
pub fn load(project: &Project) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let (loaded, problems) = load_all(project)?;
    if problems.has_errors() {
        return Err(problems);
    }
    Ok((loaded, problems))
}

/// Like [`load`], but goes on past errors in pages, Fluent files and
/// message references, so that rendering can find every other problem in
/// the same run. Fails only when nothing can be rendered.
pub fn load_all(project: &Project) -> Result<(Loaded, Diagnostics), Diagnostics> {
    assemble(project, Sources::read(project)?)
}

/// Puts the sources together and validates what spans them.
pub fn assemble(project: &Project, sources: Sources) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let Sources {
        config,
        pages,
        failed,
        content_problems,
        messages,
        message_problems,
        theme,
        theme_files,
        templates: previous,
    } = sources;
    let mut problems = Diagnostics::default();
    problems.extend(content_problems.iter().cloned());
    problems.extend(failed.iter().map(|(_, _, d)| d.clone()));
    problems.extend(message_problems.iter().cloned());
    let theme = match theme {
        Ok(theme) => Some(theme),
        Err(p) => {
            problems.extend(p);
            None
        }
    };
    problems.extend(templates::check_message_keys(&theme_files, &messages));
    problems.extend(check_questionnaire_messages(
        &messages,
        &project.path("locales/en"),
    ));

    let failed_keys = failed
        .iter()
        .map(|(l, p, _)| (l.clone(), p.clone()))
        .collect();
    let (pages, admitted) =
        kinds::p4c::admit(pages, kinds::p4c::Day::today(), &config.default_locale);
    problems.extend(admitted);
    let site = Site::new(config, pages, failed_keys);
    problems.extend(kinds::validate(&site));
    problems.extend(kinds::p4c::validate(&site, &messages));
    problems.extend(kinds::countries::validate(&site, &messages));
    problems.extend(check_questionnaire_workshops(&site));
    let Some(theme) = theme else {
        return Err(problems);
    };

    // The pages the theme links to must exist, once for the whole theme
    // rather than once per page that shows the link. A page that failed to
    // load still has an address, so that templates do not add errors of
    // their own.
    let mut urls: HashMap<Locale, HashMap<String, String>> = HashMap::new();
    let mut linked = Vec::new();
    for link in &theme_files.linked {
        let path = ContentPath::new(link.value.clone());
        let mut missing = false;
        for locale in &site.config.locales {
            if site.resolve(locale, &path).is_some() || site.is_broken(locale, &path) {
                urls.entry(locale.locale.clone())
                    .or_default()
                    .insert(link.value.clone(), site.url(&locale.locale, &path));
            } else {
                missing = true;
            }
        }
        if missing && !linked.contains(&&link.value) {
            problems.push(link.missing());
        }
        linked.push(&link.value);
    }
    let static_files: Vec<(String, PathBuf)> = theme_files
        .assets
        .iter()
        .map(|(relative, file, _)| (relative.clone(), file.clone()))
        .collect();
    let mut assets = HashMap::new();
    let mut global = Xxh3::new();
    ENGINE.hash(&mut global);
    project.root.hash(&mut global);
    format!("{:?}", site.config).hash(&mut global);
    theme.source_hash.hash(&mut global);
    for (relative, _, short) in &theme_files.assets {
        (relative, short).hash(&mut global);
        assets.insert(
            relative.clone(),
            format!("{}{relative}?v={short}", site.config.base_path),
        );
    }
    let mut linked_urls: Vec<_> = urls
        .iter()
        .flat_map(|(l, u)| u.iter().map(move |(p, url)| (l, p, url)))
        .collect();
    linked_urls.sort();
    linked_urls.hash(&mut global);
    let message_hashes = messages.hashes().clone();
    // The functions of the previous copies answer as new ones would when
    // they look up the same messages, addresses and assets.
    let previous = previous.filter(|p| {
        Arc::ptr_eq(&p.lookup.messages, &messages)
            && p.lookup.urls == urls
            && p.lookup.assets == assets
    });
    let (lookup, mut copies) = match previous {
        Some(Templates { lookup, per_locale }) => (lookup, per_locale),
        None => {
            let lookup = Lookup {
                messages,
                urls,
                assets,
            };
            (Arc::new(lookup), HashMap::new())
        }
    };
    let per_locale = site
        .config
        .locales
        .iter()
        .map(|l| {
            let tera = copies
                .remove(&l.locale)
                .unwrap_or_else(|| templates::for_locale(&theme.tera, &lookup, &l.locale));
            (l.locale.clone(), (tera, render::base_context(&site, l)))
        })
        .collect();
    Ok((
        Loaded {
            search: search::Indexes::new(&site),
            site,
            per_locale,
            lookup,
            static_files,
            global: global.finish(),
            message_hashes,
            status: OnceLock::new(),
            root: project.root.clone(),
            theme,
            theme_files,
            failed,
            content_problems,
            message_problems,
        },
        problems,
    ))
}

/// Every page of the project, and, when the configuration has the
/// pseudo-locales, their pages made from the default locale's.
fn load_pages(config: &Config, content_dir: &Path) -> (Vec<Page>, Vec<Failed>, Diagnostics) {
    let (mut pages, failed, problems) = pages::load(config, content_dir);
    let made: Vec<Page> = config
        .locales
        .iter()
        .filter_map(|l| Some((l, Pseudo::of(&l.locale)?)))
        .flat_map(|(l, pseudo)| {
            pages
                .iter()
                .filter(|p| p.locale == config.default_locale)
                .filter_map(move |p| {
                    let source = crate::translation::pseudo::page(pseudo, &p.source);
                    pages::parse(l.locale.clone(), p.path.clone(), p.file.clone(), source).ok()
                })
        })
        .collect();
    pages.extend(made);
    (pages, failed, problems)
}

/// What identifies this build of integra: a new binary renders everything
/// again, since its templates' functions or Markdown may differ.
static ENGINE: LazyLock<(String, Option<(u64, std::time::SystemTime)>)> = LazyLock::new(|| {
    let binary = std::env::current_exe()
        .and_then(std::fs::metadata)
        .and_then(|m| Ok((m.len(), m.modified()?)))
        .ok();
    (env!("CARGO_PKG_VERSION").to_string(), binary)
});

/// A hash of [`ENGINE`], for caches that a new binary must not trust.
pub fn engine_id() -> u64 {
    crate::fingerprint::hash(&*ENGINE)
}

/// Every workshop a statement names must exist in the default locale; a
/// statement with none is worth a warning, since the results cannot suggest
/// anything to build it.
fn check_questionnaire_workshops(site: &Site) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let q = mip::Questionnaire::builtin();
    let default = site.config.default_locale();
    let at_statement = |diagnostic: Diagnostic, item: &mip::ItemId| {
        // The questionnaire is part of integra, not of the project.
        let diagnostic = diagnostic.in_file(mip::questionnaire::SOURCE_PATH);
        match mip::Questionnaire::line_of(item) {
            Some(line) => diagnostic.at(mip::questionnaire::SOURCE, line, 1),
            None => diagnostic,
        }
    };
    let mut without = Vec::new();
    for statement in q.statements() {
        for workshop in &statement.workshops {
            let path = ContentPath::workshop(workshop);
            if site.page(&default.locale, &path).is_none() {
                problems.push(
                    at_statement(
                        Diagnostic::error(format!(
                            "statement `{}` names workshop `{workshop}`, which does not exist",
                            statement.id
                        )),
                        &statement.id,
                    )
                    .with_hint(format!(
                        "write content/{}/{} or name an existing workshop (a file name under content/{}/workshops/, without .md)",
                        default.locale,
                        path.as_str(),
                        default.locale
                    )),
                );
            }
        }
        if statement.workshops.is_empty() {
            without.push(&statement.id);
        }
    }
    // One warning for them all: a list is easier to act on than a screenful.
    if let Some(first) = without.first() {
        let names: Vec<String> = without.iter().map(|i| i.to_string()).collect();
        problems.push(
            at_statement(
                Diagnostic::warning(format!(
                    "{} statements have no workshop yet: {}",
                    without.len(),
                    names.join(", ")
                )),
                first,
            )
            .with_hint("add a workshop that builds each skill and name it in `workshops`"),
        );
    }
    problems
}

/// The self-assessment's statements, scale, bands and pillar names must all
/// have English texts: the forms, the toolkit and the function show them.
fn check_questionnaire_messages(messages: &Messages, english: &Path) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let q = mip::Questionnaire::builtin();
    let mut needed: Vec<String> = q.items().map(|item| format!("q-{item}")).collect();
    needed.extend(q.pillars.iter().map(|p| format!("pillar-{}", p.id)));
    needed.extend(mip::AnswerValue::all().map(|v| format!("scale-{}", v.get())));
    for band in mip::scoring::Band::ALL {
        needed.push(format!("band-{band}"));
    }
    for id in needed {
        if !messages.source_has(&id) {
            problems.push(
                Diagnostic::error(format!(
                    "the self-assessment needs message `{id}`, which English lacks"
                ))
                .in_file(english.join("assessment.ftl"))
                .with_hint("every statement in mip/questionnaire.toml has a message `q-<id>`"),
            );
        }
    }
    problems
}
