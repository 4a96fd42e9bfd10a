//! Fuzzed loaders: the shipped configuration, pages, Fluent files and
//! templates, with random bytes flipped, inserted and deleted, truncated,
//! made invalid UTF-8, given NUL bytes, huge numbers and deep nesting. Each
//! loader must never panic, and every problem it reports must name the file
//! and a line.
//!
//! `PROPTEST_CASES` sets how many mutated files each property tries.

use std::path::Path;

use integra::config::{self, Config, Locale};
use integra::content::ContentPath;
use integra::diagnostic::Diagnostic;
use integra::i18n::Messages;
use integra::{markdown, pages, templates};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config as ProptestConfig;

use crate::incremental::cases;
use crate::prelude::*;
use crate::server::Server;

/// One change to a file's bytes, at a place chosen among its bytes.
#[derive(Clone, Debug)]
enum Mutation {
    FlipBit(Index, u8),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Truncate(Index),
    /// Bytes that are never valid UTF-8 at that place.
    InvalidUtf8(Index),
    Nul(Index),
    HugeNumber(Index),
    /// A line's worth of the file's own text copied elsewhere.
    Duplicate(Index, Index, usize),
    /// `depth` openers, then as many closers, of a kind the loaders nest.
    Nest(Index, usize, usize),
}

/// What nests in TOML, Markdown, Fluent and Tera.
const NESTING: [(&str, &str); 8] = [
    ("[", "]"),
    ("{a=", "}"),
    ("> ", ""),
    ("- ", ""),
    ("{ ", " }"),
    ("{{ (", ") }}"),
    ("{% if x %}", "{% endif %}"),
    ("<div>", "</div>"),
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        (
            any::<Index>(),
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 1..16),
                // Bytes that mean something to one of the formats.
                prop::sample::select(vec![
                    "+++\n", "\n", "\"", "'''", "=", "[", "]", "{", "}", "{{", "}}", "{%", "%}",
                    "{#", "#}", "-> ", "\n  *[", "$", "@/", "](", "<script>", "\u{feff}", "\r",
                    "\t", "é", "\u{202e}", "ي", "#"
                ])
                .prop_map(|s: &str| s.as_bytes().to_vec()),
            ]
        )
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<Index>().prop_map(Mutation::Truncate),
        any::<Index>().prop_map(Mutation::InvalidUtf8),
        any::<Index>().prop_map(Mutation::Nul),
        any::<Index>().prop_map(Mutation::HugeNumber),
        (any::<Index>(), any::<Index>(), 1usize..200)
            .prop_map(|(a, b, n)| Mutation::Duplicate(a, b, n)),
        (any::<Index>(), 1usize..3000, 0..NESTING.len())
            .prop_map(|(i, depth, kind)| Mutation::Nest(i, depth, kind)),
    ]
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    proptest::collection::vec(mutation(), 1..6)
}

fn apply(bytes: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    for m in mutations {
        // A place among the bytes, the end included.
        let at = |i: &Index, len: usize| i.index(len + 1);
        let len = bytes.len();
        match m {
            Mutation::FlipBit(i, bit) => {
                if len > 0 {
                    bytes[i.index(len)] ^= 1 << bit;
                }
            }
            Mutation::Insert(i, new) => {
                let at = at(i, len);
                bytes.splice(at..at, new.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let at = at(i, len);
                bytes.drain(at..(at + n).min(len));
            }
            Mutation::Truncate(i) => bytes.truncate(at(i, len)),
            Mutation::InvalidUtf8(i) => {
                let at = at(i, len);
                bytes.splice(at..at, [0xff, 0xc3, 0x28, 0x80]);
            }
            Mutation::Nul(i) => {
                let at = at(i, len);
                bytes.insert(at, 0);
            }
            Mutation::HugeNumber(i) => {
                let at = at(i, len);
                bytes.splice(
                    at..at,
                    b"99999999999999999999999999999999e999999".iter().copied(),
                );
            }
            Mutation::Duplicate(from, to, n) => {
                let from = at(from, len);
                let copy = bytes[from..(from + n).min(len)].to_vec();
                let to = at(to, len);
                bytes.splice(to..to, copy);
            }
            Mutation::Nest(i, depth, kind) => {
                let (open, close) = NESTING[*kind];
                let at = at(i, len);
                let nested = format!("{}x{}", open.repeat(*depth), close.repeat(*depth));
                bytes.splice(at..at, nested.into_bytes());
            }
        }
    }
    bytes
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(64),
        source_file: Some(file!()),
        failure_persistence: None,
        max_shrink_iters: 256,
        ..ProptestConfig::default()
    }
}

/// Every problem names `file` and a line in it.
fn check_located(problems: &[Diagnostic], file: &Path) -> Result<(), TestCaseError> {
    for d in problems.iter().filter(|d| d.is_error()) {
        prop_assert!(
            d.file.as_deref().is_some_and(|f| f.starts_with(file)),
            "names no file or another file:\n{d}"
        );
        prop_assert!(d.line.is_some(), "names no line:\n{d}");
    }
    Ok(())
}

fn shipped(relative: &str) -> Vec<u8> {
    std::fs::read(repo_root().join(relative)).unwrap()
}

/// A folder of its own for one case's files.
fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// The shipped configuration, for loaders that need one.
fn shipped_config() -> Config {
    config::load(&repo_root().join("config.toml")).unwrap()
}

fn en() -> Locale {
    Locale::parse("en").unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_mutated_config_toml_is_loaded_or_reported_at_a_line(m in mutations()) {
        let dir = scratch();
        let file = dir.path().join("config.toml");
        write(&file, &apply(&shipped("config.toml"), &m));
        if let Err(problems) = config::load(&file) {
            let problems = problems.into_vec();
            prop_assert!(!problems.is_empty());
            check_located(&problems, &file)?;
        }
    }

    #[test]
    fn a_mutated_page_is_loaded_and_rendered_or_reported_at_a_line(
        which in 0..PAGES.len(),
        m in mutations(),
    ) {
        let (path, source) = PAGES[which];
        let dir = scratch();
        let file = dir.path().join("content/en").join(path);
        write(&file, &apply(&shipped(source), &m));
        match pages::load_page(en(), ContentPath::new(path), file.clone()) {
            Ok(page) => {
                // The body, whatever it became, renders; its problems
                // (links to pages that do not exist) name their lines.
                let rendered = markdown::render(&page, |_| None);
                check_located(&rendered.problems, &file)?;
                let _ = markdown::render_section(&page, "for-mentors", |_| None);
            }
            Err((_, _, problem)) => check_located(&[problem], &file)?,
        }
    }

    #[test]
    fn a_mutated_fluent_file_is_loaded_or_reported_at_a_line(
        which in 0..FLUENT.len(),
        m in mutations(),
    ) {
        let dir = scratch();
        let locales = dir.path().join("locales");
        for name in FLUENT {
            let bytes = shipped(&format!("locales/en/{name}"));
            let bytes = if *name == FLUENT[which] { apply(&bytes, &m) } else { bytes };
            write(&locales.join("en").join(name), &bytes);
        }
        let (messages, problems) = Messages::load(&shipped_config(), &locales);
        check_located(&problems.into_vec(), &locales)?;
        // What did load can be formatted.
        for id in messages.source_ids() {
            let _ = messages.format(&en(), id, &[]);
        }
    }

    #[test]
    fn a_mutated_template_is_loaded_or_reported_at_a_line(
        which in 0..TEMPLATES.len(),
        m in mutations(),
    ) {
        let dir = scratch();
        let theme = dir.path().join("themes/default/templates");
        for name in TEMPLATES {
            let bytes = shipped(&format!("themes/default/templates/{name}"));
            let bytes = if *name == TEMPLATES[which] { apply(&bytes, &m) } else { bytes };
            write(&theme.join(name), &bytes);
        }
        if let Err(problems) = templates::load(&theme) {
            check_located(&problems.into_vec(), &theme)?;
        }
    }
}

/// Pages of every kind, with where the shipped file is.
const PAGES: [(&str, &str); 6] = [
    ("_index.md", "content/en/_index.md"),
    ("pillars/housing.md", "content/en/pillars/housing.md"),
    (
        "workshops/building-my-document-folder.md",
        "content/en/workshops/building-my-document-folder.md",
    ),
    ("white-paper/_index.md", "content/en/white-paper/_index.md"),
    ("self-assessment.md", "content/en/self-assessment.md"),
    ("about.md", "content/en/about.md"),
];

const FLUENT: &[&str] = &[
    "assessment.ftl",
    "fit.ftl",
    "main.ftl",
    "offline.ftl",
    "print.ftl",
    "search.ftl",
];

const TEMPLATES: &[&str] = &[
    "404.html",
    "assessment.html",
    "base.html",
    "chapter.html",
    "home.html",
    "languages.html",
    "macros.html",
    "page.html",
    "parts.html",
    "pillar.html",
    "pillars.html",
    "print_pack.html",
    "search.html",
    "toolkit.html",
    "translate.html",
    "white_paper.html",
    "workshop.html",
    "workshops.html",
];

// ---- files no editor should have left -------------------------------

/// The first bytes of the theme's PNG icon: a binary file named `.md`.
fn png() -> Vec<u8> {
    shipped("themes/default/static/icon-192.png")
}

/// A file name that is not UTF-8 (Linux allows any bytes but `/` and NUL).
fn not_utf8_name() -> std::ffi::OsString {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(b"caf\xe9.md").to_os_string()
}

/// A page of Markdown (headings, emphasis, lists, a table), `megabytes`
/// long.
fn huge_page(megabytes: usize) -> String {
    let part = "## A section\n\nSome *text*, a [link](https://example.org/) and `code`.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n";
    let mut page = String::from("+++\ntitle = \"Huge\"\n+++\n");
    while page.len() < megabytes * 1024 * 1024 {
        page.push_str(part);
    }
    page
}

#[test]
fn a_binary_page_is_an_error_at_its_line_and_public_is_kept() {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    write(&site.path("content/en/icon.md"), &png());
    let mut latin1 = b"+++\ntitle = \"Caf".to_vec();
    latin1.extend(b"\xe9\"\n+++\n\nBody\n");
    write(&site.path("content/en/latin1.md"), &latin1);
    site.build_fails().check_errors(&[
        "content/en/icon.md:1:[..]: the page is a binary file, not UTF-8 text (help: remove it, or move images [..] static/ folder)",
        "content/en/latin1.md:2:13: the page is not UTF-8 text: byte 16 (line 2, column 13) is not valid UTF-8 (help: save the file as UTF-8 [..])",
    ]);
}

#[test]
fn a_file_name_that_is_not_utf8_is_an_error_naming_it() {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    write(
        &site.path("content/en").join(not_utf8_name()),
        b"+++\ntitle = \"x\"\n+++\n",
    );
    site.build_fails().check_errors(&[
        "content/en/caf\u{fffd}.md: the name `caf\u{fffd}` is not UTF-8 text, so it cannot be part of a page address (help: rename the file [..])",
    ]);
}

#[test]
fn a_symbolic_link_loop_in_content_is_an_error_and_other_links_a_warning() {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    std::os::unix::fs::symlink(".", site.path("content/en/loop")).unwrap();
    std::os::unix::fs::symlink("nowhere.md", site.path("content/en/dangling.md")).unwrap();
    site.build_fails().check_errors(&[
        "content/en/dangling.md: this symbolic link loops or points to nothing [..] (help: remove the link, or replace it with the file or folder it points to)",
        "content/en/loop: this symbolic link loops: it points to [..]content/en, a folder that holds it [..]",
    ]);
    std::fs::remove_file(site.path("content/en/loop")).unwrap();
    std::fs::remove_file(site.path("content/en/dangling.md")).unwrap();
    std::os::unix::fs::symlink(
        site.path("content/en/about.md"),
        site.path("content/en/again.md"),
    )
    .unwrap();
    site.build().check_warnings(&[
        "content/en/again.md: this symbolic link, to [..]content/en/about.md, is not followed: its pages are left out (help: [..])",
        "...",
    ]);
}

#[test]
fn a_page_above_the_limit_is_refused_at_once_and_one_below_builds() {
    let mut site = SiteTest::from_fixture("site");
    site.build();
    site.change_file("content/en/huge.md", &huge_page(50));
    let started = std::time::Instant::now();
    site.build_fails().check_errors(&[
        "content/en/huge.md:1:1: the page is 50.0 MB; pages may be at most 1 MB (help: split it into several pages[..])",
    ]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    // Below the limit, it builds (a quarter of it, to keep the test quick
    // in a debug build).
    let mut page = huge_page(1);
    page.truncate(integra::pages::MAX_PAGE_BYTES as usize / 4);
    site.change_file("content/en/huge.md", &page);
    site.build()
        .check_file_contains("public/en/huge/index.html", "<h1>Huge</h1>");
}

#[test]
fn a_file_gone_while_being_read_says_so() {
    let dir = scratch();
    let gone = dir.path().join("gone.md");
    let d = integra::diagnostic::read_text(&gone, "page").unwrap_err();
    assert_eq!(d.file.as_deref(), Some(gone.as_path()));
    assert_eq!(
        d.message,
        "the page was removed or renamed while it was being read"
    );
    assert!(d.hint.unwrap().contains("run the command again"));
}

/// Asks `server` for `path` until `ready` says yes, for at most 20 s.
fn wait_for(server: &Server, path: &str, ready: impl Fn(&str) -> bool) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let (_, body) = server.get(path);
        if ready(&body) {
            return body;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{path} never became ready; last:\n{body}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn serve_shows_each_damaged_file_over_the_last_good_site_and_recovers() {
    let mut site = SiteTest::from_fixture("site");
    let server = Server::start(&site);
    let about = "/mip/en/about/";
    let (status, good) = server.get(about);
    assert_eq!(status, 200);
    assert!(good.contains("<h1>About</h1>"));
    let recovered = |server: &Server| {
        wait_for(server, about, |body| !body.contains("integra-build-errors"));
    };
    let damaged = |server: &Server, message: &str| {
        let page = wait_for(server, about, |body| body.contains(message));
        assert!(page.contains("integra-build-errors"), "{page}");
        // The last good page, under the panel.
        assert!(page.contains("<h1>About</h1>"), "{page}");
    };

    // A page overwritten with an image, then fixed.
    let text = site.read("content/en/about.md");
    write(&site.path("content/en/about.md"), &png());
    damaged(&server, "the page is a binary file, not UTF-8 text");
    site.change_file("content/en/about.md", &text);
    recovered(&server);

    // A name that is not UTF-8.
    let odd = site.path("content/en").join(not_utf8_name());
    write(&odd, b"+++\ntitle = \"x\"\n+++\n");
    damaged(
        &server,
        "is not UTF-8 text, so it cannot be part of a page address",
    );
    std::fs::remove_file(&odd).unwrap();
    recovered(&server);

    // A symbolic link loop.
    std::os::unix::fs::symlink(".", site.path("content/en/loop")).unwrap();
    damaged(&server, "this symbolic link loops");
    std::fs::remove_file(site.path("content/en/loop")).unwrap();
    recovered(&server);

    // A 50 MB page.
    site.change_file("content/en/huge.md", &huge_page(50));
    damaged(&server, "pages may be at most 1 MB");
    site.remove_file("content/en/huge.md");
    recovered(&server);

    // A page added, renamed, then removed: each shows up, no error.
    site.change_file(
        "content/en/extra.md",
        "+++\ntitle = \"Extra\"\n+++\n\nBody.\n",
    );
    wait_for(&server, "/mip/en/extra/", |body| {
        body.contains("<h1>Extra</h1>")
    });
    std::fs::rename(
        site.path("content/en/extra.md"),
        site.path("content/en/moved.md"),
    )
    .unwrap();
    wait_for(&server, "/mip/en/moved/", |body| {
        body.contains("<h1>Extra</h1>")
    });
    let (status, _) = server.get("/mip/en/extra/");
    assert_eq!(status, 404);
    site.remove_file("content/en/moved.md");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while server.get("/mip/en/moved/").0 != 404 {
        assert!(
            std::time::Instant::now() < deadline,
            "a removed page is still served"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let (_, page) = server.get(about);
    assert!(!page.contains("integra-build-errors"), "{page}");
}
