//! What each [`Edit`] does to the files of a site.

use std::path::Path;

use proptest::sample::Index;

use super::text::{after_first_line, body_of, is_one_line_message, section_ids, set_front};
use super::{
    broken_on_purpose, files_below, pages, split_page, Edit, BREAKS, HEADINGS, LINK_TARGETS,
    PILLARS, TRANSLATIONS,
};
use crate::site_test::SiteTest;

/// A site and its pages as they are before the edit.
struct Cx<'a> {
    site: &'a mut SiteTest,
    /// Every page, relative to `content/`.
    all: Vec<String>,
}

impl Cx<'_> {
    fn read(&self, page: &str) -> String {
        self.site.read(&format!("content/{page}"))
    }

    fn write(&mut self, page: &str, text: &str) {
        self.site.change_file(&format!("content/{page}"), text);
    }

    /// The pages `keep` accepts.
    fn pages_where(&self, keep: impl Fn(&str, &str) -> bool) -> Vec<String> {
        self.all
            .iter()
            .filter(|p| {
                let (locale, rest) = split_page(p);
                keep(locale, rest)
            })
            .cloned()
            .collect()
    }

    /// Pages below a translated locale's folder whose English source
    /// exists.
    fn translations(&self) -> Vec<String> {
        let english = self.pages_where(|l, _| l == "en");
        self.pages_where(|l, rest| l != "en" && english.contains(&format!("en/{rest}")))
    }

    /// Pages an edit may remove or rename: all but the fixture's English,
    /// wherever a folder move put them.
    fn movable(&self) -> Vec<String> {
        self.pages_where(|l, rest| l != "en" || !fixture_has(&format!("en/{rest}")))
    }
}

impl Edit {
    /// Applies the edit to `site` and says what it did, for reports.
    pub fn apply(&self, site: &mut SiteTest) -> String {
        let all = pages(site);
        let mut cx = Cx { site, all };
        match self {
            Edit::Paragraph {
                page,
                replace,
                word,
            } => paragraph(&mut cx, page, *replace, *word),
            Edit::Link {
                page,
                target,
                anchor,
            } => link(&mut cx, page, target, anchor.as_ref()),
            Edit::Heading { page, heading } => toggle_heading(&mut cx, page, heading),
            Edit::Title { page, word } => {
                let page = page.get(&cx.all).clone();
                let line = format!("title = \"Title {word}\"");
                let text = set_front(&cx.read(&page), "title", &line);
                cx.write(&page, &text);
                format!("content/{page}: {line}")
            }
            Edit::Description { page, word } => {
                let page = page.get(&cx.all).clone();
                let line = format!("description = \"Described {word}.\"");
                let text = set_front(&cx.read(&page), "description", &line);
                cx.write(&page, &text);
                format!("content/{page}: {line}")
            }
            Edit::Pillar { workshop, pillar } => {
                let workshops = cx.pages_where(|l, rest| {
                    l == "en" && rest.starts_with("workshops/") && rest != "workshops/_index.md"
                });
                let Some(workshop) = pick(&workshops, workshop) else {
                    return "no workshop".into();
                };
                let pillar = pillar.get(&PILLARS);
                let rest = split_page(&workshop).1.to_string();
                // A translation keeps its source's pillar.
                for version in cx.pages_where(|_, r| r == rest) {
                    let text = cx.read(&version);
                    if text.contains("\npillar = ") {
                        let line = format!("pillar = \"{pillar}\"");
                        cx.write(&version, &set_front(&text, "pillar", &line));
                    }
                }
                format!("content/*/{rest}: pillar = \"{pillar}\"")
            }
            Edit::Weight { page, weight } => {
                let ordered = cx.pages_where(|l, rest| {
                    l == "en"
                        && (rest.starts_with("workshops/") || rest.starts_with("white-paper/"))
                        && !rest.ends_with("_index.md")
                });
                let Some(page) = pick(&ordered, page) else {
                    return "no workshop or chapter".into();
                };
                let line = format!("weight = {weight}");
                let text = set_front(&cx.read(&page), "weight", &line);
                cx.write(&page, &text);
                format!("content/{page}: {line}")
            }
            Edit::Message {
                file,
                message,
                word,
            } => edit_message(cx.site, file, message, *word),
            Edit::TranslateMessage {
                locale,
                message,
                word,
            } => translate_message(cx.site, locale, message, *word),
            Edit::Template {
                file,
                visible,
                word,
            } => edit_template(cx.site, file, *visible, *word),
            Edit::Stylesheet { word } => {
                let file = "themes/default/static/style.css";
                let text = cx.site.read(file) + &format!("/* edit {word} */\n");
                cx.site.change_file(file, &text);
                format!("{file}: added a comment")
            }
            Edit::AddPage { kind, n } => add_page(&mut cx, kind, *n),
            Edit::AddTranslation { page, locale } => {
                let locale = *locale.get(&TRANSLATIONS);
                let english = cx.pages_where(|l, _| l == "en");
                let untranslated: Vec<String> = english
                    .into_iter()
                    .filter(|p| !cx.all.contains(&format!("{locale}/{}", split_page(p).1)))
                    .collect();
                let Some(source) = pick(&untranslated, page) else {
                    return format!("{locale} translates every page");
                };
                let rest = split_page(&source).1;
                let title = format!("\ntitle = \"({locale}) ");
                let text = cx.read(&source).replacen("\ntitle = \"", &title, 1);
                cx.write(&format!("{locale}/{rest}"), &text);
                format!("content/{locale}/{rest}: added, a copy of its source")
            }
            Edit::RemovePage { page } => {
                let Some(page) = pick(&cx.movable(), page) else {
                    return "no page to remove".into();
                };
                cx.site.remove_file(&format!("content/{page}"));
                format!("content/{page}: removed")
            }
            Edit::RenamePage { page, n } => {
                let Some(page) = pick(&cx.movable(), page) else {
                    return "no page to rename".into();
                };
                let (locale, rest) = split_page(&page);
                let folder = match rest.rsplit_once('/') {
                    // A guide's name is its pillar's, and a section's
                    // index would become a page of another kind.
                    Some(("pillars", _) | (_, "_index.md")) | None => String::new(),
                    Some((folder, _)) => format!("{folder}/"),
                };
                let to = format!("content/{locale}/{folder}moved-{n}.md");
                let from = format!("content/{page}");
                std::fs::rename(cx.site.path(&from), cx.site.path(&to)).unwrap();
                format!("{from}: renamed to {to}")
            }
            Edit::MarkTranslated { page } => {
                let Some(page) = pick(&cx.translations(), page) else {
                    return "no translation to mark".into();
                };
                let source = format!("en/{}", split_page(&page).1);
                let source = std::fs::read(cx.site.path(&format!("content/{source}"))).unwrap();
                let hash = integra::source_hash::source_hash(&source);
                match integra::translation::set_translated_from(&cx.read(&page), &hash) {
                    Ok((marked, _)) => {
                        cx.write(&page, &marked);
                        format!("content/{page}: translated_from = \"{hash}\"")
                    }
                    // Its front matter is broken on purpose.
                    Err(_) => format!("content/{page}: cannot mark it, broken"),
                }
            }
            Edit::SourceChange { page, word } => {
                let translations = cx.translations();
                let marked: Vec<String> = translations
                    .iter()
                    .filter(|p| cx.read(p).contains("\ntranslated_from = "))
                    .cloned()
                    .collect();
                let list = if marked.is_empty() {
                    &translations
                } else {
                    &marked
                };
                let Some(page) = pick(list, page) else {
                    return "no translation".into();
                };
                let source = format!("en/{}", split_page(&page).1);
                let text = cx.read(&source) + &format!("\nSource paragraph {word}.\n");
                cx.write(&source, &text);
                format!("content/{source}: appended a paragraph (the source of content/{page})")
            }
            Edit::Draft { page } => {
                let translated = cx.pages_where(|l, _| l != "en");
                let Some(page) = pick(&translated, page) else {
                    return "no translation".into();
                };
                let text = cx.read(&page);
                let line = if text.contains("\ntranslation = \"draft\"") {
                    "translation = \"reviewed\""
                } else {
                    "translation = \"draft\""
                };
                cx.write(&page, &set_front(&text, "translation", line));
                format!("content/{page}: {line}")
            }
            Edit::MoveFolder { folder } => move_folder(cx.site, folder),
            Edit::StaticFile { n } => {
                let file = format!("themes/default/static/extra-{n}.txt");
                if cx.site.path(&file).exists() {
                    cx.site.remove_file(&file);
                    format!("{file}: removed")
                } else {
                    cx.site.change_file(&file, "An extra file.\n");
                    format!("{file}: added")
                }
            }
            Edit::Config { word, locale } => {
                let text = cx.site.read("config.toml");
                let brazilian = "\n[[locales]]\ncode = \"pt-BR\"\nname = \"Português do Brasil\"\nfallback = [\"pt\"]\n";
                let (text, what) = if *locale && text.contains(brazilian) {
                    (text.replacen(brazilian, "", 1), "pt-BR dropped".to_string())
                } else if *locale {
                    (text + brazilian, "pt-BR back".to_string())
                } else {
                    let line = text
                        .lines()
                        .find(|l| l.starts_with("name = \"Fran"))
                        .expect("French in config.toml")
                        .to_string();
                    let name = format!("name = \"Français {word}\"");
                    (text.replacen(&line, &name, 1), name)
                };
                cx.site.change_file("config.toml", &text);
                format!("config.toml: {what}")
            }
            Edit::StrayFolder => {
                if cx.site.path("content/de").exists() {
                    std::fs::remove_dir_all(cx.site.path("content/de")).unwrap();
                    "content/de: removed".into()
                } else {
                    cx.site
                        .change_file("content/de/about.md", "+++\ntitle = \"Über\"\n+++\n");
                    "content/de/about.md: added".into()
                }
            }
            Edit::AsideMessages { locale } => {
                let file = format!("locales/{}/main.ftl", locale.get(&TRANSLATIONS));
                let aside = format!("{file}.off");
                let (from, to) = if cx.site.path(&aside).exists() {
                    (aside, file)
                } else {
                    (file, aside)
                };
                if !cx.site.path(&from).exists() {
                    return format!("{from}: none");
                }
                std::fs::rename(cx.site.path(&from), cx.site.path(&to)).unwrap();
                format!("{from}: renamed to {to}")
            }
            Edit::Break { how, file } => {
                let which = how.index(BREAKS.len());
                let candidates: Vec<String> = match which {
                    0..=2 => cx.all.iter().map(|p| format!("content/{p}")).collect(),
                    3 => ["locales/en/main.ftl", "locales/fr/main.ftl"]
                        .into_iter()
                        .filter(|f| cx.site.path(f).exists())
                        .map(String::from)
                        .collect(),
                    _ => templates(cx.site),
                };
                let file = file.get(&candidates);
                let text = cx.site.read(file);
                let text = match which {
                    0 | 1 => after_first_line(&text, BREAKS[which]),
                    _ => text + BREAKS[which],
                };
                cx.site.change_file(file, &text);
                format!("{file}: broke it with {:?}", BREAKS[which])
            }
            Edit::Fix => {
                let broken = broken_on_purpose(cx.site);
                for file in &broken {
                    let mut text = cx.site.read(file);
                    for b in BREAKS {
                        text = text.replace(b, "");
                    }
                    cx.site.change_file(file, &text);
                }
                let moved = moved_folders(cx.site);
                for folder in &moved {
                    move_back(cx.site, folder);
                }
                format!("fixed {broken:?}, moved back {moved:?}")
            }
        }
    }
}

fn paragraph(cx: &mut Cx<'_>, page: &Index, replace: bool, word: u16) -> String {
    let page = page.get(&cx.all).clone();
    let text = cx.read(&page);
    let body_start = text.len() - body_of(&text).len();
    let last = text[body_start..]
        .lines()
        .rfind(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with(['#', '|', '[', '<'])
        })
        .map(str::to_string);
    let new = format!("Paragraph {word}, with *emphasis*.");
    let (text, how) = match (replace, last) {
        (true, Some(last)) => {
            let at = body_start + text[body_start..].rfind(&last).unwrap();
            let text = format!("{}{new}{}", &text[..at], &text[at + last.len()..]);
            (text, "replaced a paragraph")
        }
        _ => (format!("{text}\n{new}\n"), "appended a paragraph"),
    };
    cx.write(&page, &text);
    format!("content/{page}: {how}")
}

fn link(cx: &mut Cx<'_>, page: &Index, target: &Index, anchor: Option<&Index>) -> String {
    let page = page.get(&cx.all).clone();
    let target = *target.get(&LINK_TARGETS);
    // The sections every version of the target has: a link is followed in
    // every locale that shows the page.
    let versions: Vec<String> = cx
        .pages_where(|_, rest| rest == target)
        .iter()
        .map(|p| cx.read(p))
        .collect();
    let mut common = versions
        .first()
        .map_or_else(Vec::new, |v| section_ids(v, target));
    common.retain(|id| versions.iter().all(|v| section_ids(v, target).contains(id)));
    let fragment = match anchor {
        Some(i) if !common.is_empty() => format!("#{}", i.get(&common)),
        _ => String::new(),
    };
    let text = cx.read(&page) + &format!("\nSee [this](@/{target}{fragment}).\n");
    cx.write(&page, &text);
    format!("content/{page}: linked to @/{target}{fragment}")
}

fn toggle_heading(cx: &mut Cx<'_>, page: &Index, heading: &Index) -> String {
    let candidates = cx.pages_where(|_, rest| {
        ["pillars/", "workshops/", "white-paper/"]
            .iter()
            .any(|d| rest.starts_with(d))
            && !rest.ends_with("_index.md")
    });
    let Some(page) = pick(&candidates, page) else {
        return "no page for a heading".into();
    };
    let heading = heading.get(&HEADINGS);
    let line = format!("## {heading}\n");
    let text = cx.read(&page);
    let (text, how) = if text.contains(&line) {
        (text.replacen(&line, "", 1), "removed")
    } else {
        (format!("{text}\n{line}\nMore.\n"), "added")
    };
    cx.write(&page, &text);
    format!("content/{page}: {how} heading {heading:?}")
}

fn edit_message(site: &mut SiteTest, file: &Index, message: &Index, word: u16) -> String {
    let files: Vec<String> = files_below(site, "locales")
        .into_iter()
        .filter(|f| f.ends_with(".ftl"))
        .map(|f| format!("locales/{f}"))
        .collect();
    let file = file.get(&files);
    let text = site.read(file);
    let lines: Vec<&str> = text.lines().filter(|l| is_one_line_message(l)).collect();
    if lines.is_empty() {
        return format!("{file}: no message to edit");
    }
    let line = *message.get(&lines);
    let edited = text.replacen(&format!("{line}\n"), &format!("{line} w{word}\n"), 1);
    site.change_file(file, &edited);
    format!("{file}: `{line}` + \" w{word}\"")
}

fn translate_message(site: &mut SiteTest, locale: &Index, message: &Index, word: u16) -> String {
    let locale = locale.get(&TRANSLATIONS);
    let english = site.read("locales/en/main.ftl");
    let file = format!("locales/{locale}/main.ftl");
    let text = std::fs::read_to_string(site.path(&file)).unwrap_or_default();
    let has = |id: &str| text.lines().any(|l| l.starts_with(&format!("{id} =")));
    let missing: Vec<String> = english
        .lines()
        .filter(|l| is_one_line_message(l))
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.to_string()))
        .filter(|id| !has(id))
        .collect();
    let Some(id) = pick(&missing, message) else {
        return format!("{file}: every message translated");
    };
    let text = format!("{text}{id} = {locale} {word}\n");
    site.change_file(&file, &text);
    format!("{file}: translated `{id}`")
}

fn templates(site: &SiteTest) -> Vec<String> {
    files_below(site, "themes/default/templates")
        .into_iter()
        .map(|f| format!("themes/default/templates/{f}"))
        .collect()
}

fn edit_template(site: &mut SiteTest, file: &Index, visible: bool, word: u16) -> String {
    let templates = templates(site);
    let file = file.get(&templates);
    let text = site.read(file);
    let (text, how) = if !visible {
        (format!("{text}{{# edit {word} #}}\n"), "a comment")
    } else if text.contains("{% endblock main %}") {
        let p = format!("<p>Edit {word}</p>\n{{% endblock main %}}");
        (text.replacen("{% endblock main %}", &p, 1), "a paragraph")
    } else if text.contains("</body>") {
        let c = format!("<!-- edit {word} -->\n</body>");
        (text.replacen("</body>", &c, 1), "an HTML comment")
    } else {
        (format!("{text}{{# edit {word} #}}\n"), "a comment")
    };
    site.change_file(file, &text);
    format!("{file}: added {how}")
}

fn add_page(cx: &mut Cx<'_>, kind: &Index, n: u8) -> String {
    let folder = *kind.get(&["", "mentors/", "workshops/", "white-paper/"]);
    let path = format!("en/{folder}extra-{n}.md");
    let front = match folder {
        "workshops/" => format!(
            "title = \"Extra workshop {n}\"\npillar = \"{}\"\nduration = 30\n\
             group_size = {{ min = 2, max = 8 }}\nformat = \"group\"\n\
             difficulty = \"intermediate\"\nobjectives = [\"Meet.\"]\n\
             materials = []\npreparation = []\nweight = {n}\n",
            PILLARS[n as usize % PILLARS.len()]
        ),
        "white-paper/" => format!("title = \"Extra chapter {n}\"\nweight = {}\n", 10 + n),
        _ => format!("title = \"Extra page {n}\"\ndescription = \"Extra.\"\n"),
    };
    let text =
        format!("+++\n{front}+++\n\n## Overview\n\nAn extra page. See [about](@/about.md).\n");
    cx.write(&path, &text);
    format!("content/{path}: added")
}

/// Moves a folder moved earlier back, or else `content/<locale>/<folder>`
/// to `<folder>-moved`.
fn move_folder(site: &mut SiteTest, folder: &Index) -> String {
    if let Some(moved) = moved_folders(site).first() {
        return move_back(site, moved);
    }
    let mut folders: Vec<String> = walkdir::WalkDir::new(site.path("content"))
        .min_depth(2)
        .max_depth(2)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_dir())
        .map(|e| {
            let relative = e.path().strip_prefix(site.root()).unwrap();
            relative.to_string_lossy().into_owned()
        })
        .collect();
    folders.sort();
    let Some(from) = pick(&folders, folder) else {
        return "no folder".into();
    };
    let to = format!("{from}-moved");
    std::fs::rename(site.path(&from), site.path(&to)).unwrap();
    format!("{from}: moved to {to}")
}

/// Folders [`move_folder`] moved.
fn moved_folders(site: &SiteTest) -> Vec<String> {
    let mut moved: Vec<String> = walkdir::WalkDir::new(site.path("content"))
        .min_depth(2)
        .max_depth(2)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_dir() && e.file_name().to_string_lossy().ends_with("-moved"))
        .map(|e| {
            let relative = e.path().strip_prefix(site.root()).unwrap();
            relative.to_string_lossy().into_owned()
        })
        .collect();
    moved.sort();
    moved
}

/// Moves `from` (`content/en/workshops-moved`) back where it was.
fn move_back(site: &mut SiteTest, from: &str) -> String {
    let to = from.strip_suffix("-moved").expect("a moved folder");
    if !site.path(to).exists() {
        std::fs::rename(site.path(from), site.path(to)).unwrap();
        return format!("{from}: moved back to {to}");
    }
    // Pages were added where the folder was: the moved ones join them.
    for file in files_below(site, from) {
        let target = site.path(&format!("{to}/{file}"));
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::rename(site.path(&format!("{from}/{file}")), target).unwrap();
    }
    std::fs::remove_dir_all(site.path(from)).unwrap();
    format!("{from}: moved back into {to}")
}

fn pick(list: &[String], index: &Index) -> Option<String> {
    (!list.is_empty()).then(|| index.get(list).clone())
}

/// Whether the fixture itself has `content/<page>`.
fn fixture_has(page: &str) -> bool {
    let page = page.replace("-moved/", "/");
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/site/content")
        .join(page)
        .is_file()
}
