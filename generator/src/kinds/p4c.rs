//! P4C, the Platform for Cooperation: `p4c/_index.md`, the directory, and
//! `p4c/<name>.md`, one organisation or opportunity each, with typed front
//! matter (see "P4C entries" in README.md). Deeper paths, such as
//! `p4c/join/_index.md`, are plain pages.
//!
//! The filtered lists (`/<locale>/p4c/housing/`…) and `p4c.json` are in
//! [`crate::outputs::p4c`]; which entries the site shows at all (none past
//! `valid_until`) and which need checking is decided once per build, in
//! [`admit`].

use serde::{Deserialize, Serialize};
use toml::value::Datetime;
use toml::Spanned;

use mip::PillarId;

use super::Kind;
use crate::content::{Front, Page, PageFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter::{PageFront, Translation};
use crate::render::{LinkCtx, PageCx};
use crate::site::Route;

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Organisation,
    Opportunity,
}

/// The closed list of categories. Each has a Fluent message
/// `p4c-category-<name>` and, per locale, a list at `/<locale>/p4c/<name>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Training,
    Apprenticeship,
    Job,
    Housing,
    Legal,
    Financial,
    Education,
    Health,
    Community,
    Emergency,
    Migration,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Training,
        Category::Apprenticeship,
        Category::Job,
        Category::Housing,
        Category::Legal,
        Category::Financial,
        Category::Education,
        Category::Health,
        Category::Community,
        Category::Emergency,
        Category::Migration,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Training => "training",
            Category::Apprenticeship => "apprenticeship",
            Category::Job => "job",
            Category::Housing => "housing",
            Category::Legal => "legal",
            Category::Financial => "financial",
            Category::Education => "education",
            Category::Health => "health",
            Category::Community => "community",
            Category::Emergency => "emergency",
            Category::Migration => "migration",
        }
    }
}

/// The folders below `p4c/` that lists use: an entry cannot have their
/// names, or its page and a list would have the same address.
pub const LIST_FOLDERS: [&str; 4] = ["pillar", "region", "language", "join"];

/// The languages an entry may say it works in (ISO 639-1), with their
/// names in themselves: a reader looks for their own language's name, so
/// the names are the same in every locale and need no translation.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("bg", "Български"),
    ("bn", "বাংলা"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fa", "فارسی"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("ps", "پښتو"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("so", "Soomaali"),
    ("sv", "Svenska"),
    ("ti", "ትግርኛ"),
    ("uk", "Українська"),
    ("ur", "اردو"),
];

/// The name of language `code` in itself.
pub fn language_name(code: &str) -> Option<&'static str> {
    LANGUAGES
        .binary_search_by_key(&code, |(c, _)| c)
        .ok()
        .map(|at| LANGUAGES[at].1)
}

/// Where an entry works: a country (ISO 3166-1 alpha-2, or `EU` for the
/// whole Union) and a city where there is one.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub country: Spanned<String>,
    #[serde(default)]
    pub city: Option<String>,
}

/// Front matter of an entry.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryFront {
    pub title: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub kind: EntryKind,
    pub categories: Spanned<Vec<Category>>,
    pub pillars: Spanned<Vec<PillarId>>,
    pub region: Spanned<Region>,
    pub languages: Spanned<Vec<String>>,
    #[serde(default)]
    pub website: Option<Spanned<String>>,
    #[serde(default)]
    pub email: Option<Spanned<String>>,
    #[serde(default)]
    pub phone: Option<Spanned<String>>,
    #[serde(default)]
    pub address: Option<String>,
    pub source: Spanned<String>,
    /// When a person confirmed the entry with the organisation itself.
    #[serde(default)]
    pub last_checked: Option<Spanned<Datetime>>,
    /// Of an opportunity: the name of its organisation's entry.
    #[serde(default)]
    pub organisation: Option<Spanned<String>>,
    /// Of an opportunity: the last day it is open.
    #[serde(default)]
    pub valid_until: Option<Spanned<Datetime>>,
    /// Of an opportunity: how many places it has, when known.
    #[serde(default)]
    pub places: Option<Spanned<u32>>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub translation: Option<Translation>,
    #[serde(default, deserialize_with = "crate::front_matter::source_hash")]
    pub translated_from: Option<String>,
}

/// A calendar day, as TOML writes it (`2026-11-30`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    pub fn of(value: &Datetime) -> Option<Day> {
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) => Some(Day {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => None,
        }
    }

    /// Today, in UTC, or the day of `SOURCE_DATE_EPOCH` when it is set (for
    /// reproducible builds, and for tests).
    pub fn today() -> Day {
        let seconds = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64)
            });
        let date = time::OffsetDateTime::from_unix_timestamp(seconds)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
            .date();
        Day {
            year: date.year() as u16,
            month: u8::from(date.month()),
            day: date.day(),
        }
    }

    /// The same day a year later (28 February for 29 February).
    fn a_year_later(self) -> Day {
        let day = if self.month == 2 && self.day == 29 {
            28
        } else {
            self.day
        };
        Day {
            year: self.year + 1,
            day,
            ..self
        }
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An entry's front matter, checked.
#[derive(Debug)]
pub struct Entry {
    pub front: EntryFront,
    pub last_checked: Option<Day>,
    pub valid_until: Option<Day>,
}

impl Entry {
    /// The entry's name: its file name without `.md`.
    pub fn name(page: &Page) -> &str {
        page.path
            .as_str()
            .trim_end_matches(".md")
            .rsplit('/')
            .next()
            .unwrap_or_default()
    }

    /// The fields that a translation keeps as in its source, for comparing.
    fn facts(&self) -> impl PartialEq + '_ {
        let f = &self.front;
        (
            f.kind,
            f.categories.get_ref(),
            f.pillars.get_ref(),
            (
                f.region.get_ref().country.get_ref(),
                &f.region.get_ref().city,
            ),
            f.languages.get_ref(),
            f.website.as_ref().map(Spanned::get_ref),
            f.email.as_ref().map(Spanned::get_ref),
            f.phone.as_ref().map(Spanned::get_ref),
            (
                f.organisation.as_ref().map(Spanned::get_ref),
                self.valid_until,
                f.places.as_ref().map(Spanned::get_ref),
            ),
        )
    }
}

pub struct Directory;

impl Kind for Directory {
    fn name(&self) -> &'static str {
        "p4c"
    }
    fn template(&self) -> &'static str {
        "p4c.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["p4c", "_index"]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("p4c", &DirectoryCtx::new(cx, None));
    }
}

pub struct EntryPage;

impl Kind for EntryPage {
    fn name(&self) -> &'static str {
        "p4c-entry"
    }
    fn template(&self) -> &'static str {
        "p4c_entry.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        matches!(segments, ["p4c", name] if *name != "_index")
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let hint = "entries need title, kind, categories, pillars, region, languages and source; opportunities also organisation and valid_until (see \"P4C entries\" in README.md)";
        let f: EntryFront = file.parse().map_err(|d| d.with_hint(hint))?;
        let name = file.segments.last().copied().unwrap_or_default();
        if Category::ALL.iter().any(|c| c.as_str() == name) || LIST_FOLDERS.contains(&name) {
            return Err(file
                .error(format!(
                    "an entry cannot be called `{name}`: /p4c/{name}/ is the address of a list"
                ))
                .with_hint("rename the file, for example after the organisation"));
        }
        for (empty, span, what) in [
            (
                f.categories.get_ref().is_empty(),
                f.categories.span(),
                "categories",
            ),
            (f.pillars.get_ref().is_empty(), f.pillars.span(), "pillars"),
            (
                f.languages.get_ref().is_empty(),
                f.languages.span(),
                "languages",
            ),
        ] {
            if empty {
                return Err(file
                    .error_at(span, format!("`{what}` needs at least one value"))
                    .with_hint(hint));
            }
        }
        let country = &f.region.get_ref().country;
        let c = country.get_ref();
        if !is_country_code(c) {
            return Err(file
                .error_at(
                    country.span(),
                    format!("`{c}` is not a country code"),
                )
                .with_hint("use the two capital letters of ISO 3166-1 (IT, CY, PT…), or EU for the whole Union"));
        }
        // Each language is checked where it is written: the span of the
        // list, then the value's own position in the text.
        for code in f.languages.get_ref() {
            if language_name(code).is_none() {
                let list = f.languages.span();
                let at = file.split.front[list.clone()]
                    .find(&format!("\"{code}\""))
                    .map_or(list.start, |i| list.start + i);
                let known: Vec<&str> = LANGUAGES.iter().map(|(c, _)| *c).collect();
                return Err(file
                    .error_at(
                        at..at,
                        format!("`{code}` is not a language code integra knows"),
                    )
                    .with_hint(format!("use one of: {}", known.join(", "))));
            }
        }
        if let Some(website) = &f.website {
            let url = website.get_ref();
            if !(url.starts_with("https://") || url.starts_with("http://"))
                || url.contains(char::is_whitespace)
            {
                return Err(file
                    .error_at(website.span(), format!("`{url}` is not a web address"))
                    .with_hint("write the whole address, starting with https://"));
            }
        }
        if let Some(email) = &f.email {
            let e = email.get_ref();
            if e.split('@').count() != 2 || e.contains(char::is_whitespace) {
                return Err(file.error_at(email.span(), format!("`{e}` is not an email address")));
            }
        }
        if f.source.get_ref().trim().is_empty() {
            return Err(file
                .error_at(f.source.span(), "`source` is empty")
                .with_hint("say where the information comes from: the programme's documents, the organisation's website…"));
        }
        let day =
            |value: &Option<Spanned<Datetime>>, what: &str| -> Result<Option<Day>, Diagnostic> {
                let Some(value) = value else { return Ok(None) };
                Day::of(value.get_ref()).map(Some).ok_or_else(|| {
                    file.error_at(
                        value.span(),
                        format!("`{what}` must be a date such as 2026-11-30, without a time"),
                    )
                })
            };
        let last_checked = day(&f.last_checked, "last_checked")?;
        let valid_until = day(&f.valid_until, "valid_until")?;
        if let (Some(checked), Some(value)) = (last_checked, &f.last_checked) {
            if checked > Day::today() {
                return Err(file
                    .error_at(
                        value.span(),
                        format!("`last_checked` ({checked}) is in the future"),
                    )
                    .with_hint("set it to the day a person confirmed the entry"));
            }
        }
        match f.kind {
            EntryKind::Opportunity => {
                if f.organisation.is_none() || f.valid_until.is_none() {
                    return Err(file
                        .error("an opportunity needs `organisation` (the name of its organisation's entry) and `valid_until`")
                        .with_hint(hint));
                }
            }
            EntryKind::Organisation => {
                for (value, what) in [
                    (f.organisation.as_ref().map(Spanned::span), "organisation"),
                    (f.valid_until.as_ref().map(Spanned::span), "valid_until"),
                ] {
                    if let Some(span) = value {
                        return Err(file
                            .error_at(
                                span,
                                format!(
                                    "`{what}` is for opportunities; this entry is an organisation"
                                ),
                            )
                            .with_hint("remove it, or set kind = \"opportunity\""));
                    }
                }
                if let Some(places) = &f.places {
                    return Err(file
                        .error_at(
                            places.span(),
                            "`places` is for opportunities; this entry is an organisation",
                        )
                        .with_hint("remove it, or set kind = \"opportunity\""));
                }
            }
        }
        let common = PageFront {
            title: f.title.clone(),
            description: f.description.clone(),
            weight: f.weight,
            translation: f.translation,
            translated_from: f.translated_from.clone(),
        };
        Ok(Front {
            common,
            pillar: None,
            data: Some(Box::new(Entry {
                front: f,
                last_checked,
                valid_until,
            })),
        })
    }
    fn disagreement(&self, translation: &Page, source: &Page) -> Option<Diagnostic> {
        let (t, s) = (translation.data::<Entry>()?, source.data::<Entry>()?);
        if t.facts() == s.facts() {
            return None;
        }
        Some(
            Diagnostic::error(format!(
                "this translation's facts differ from its source {}",
                source.file.display()
            ))
            .in_file(&translation.file)
            .with_hint("a translation translates title, description and text, and keeps every other field as in its source"),
        )
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("entry", &EntryCtx::new(cx, &cx.route));
    }
}

/// Leaves out of the site the opportunities past their `valid_until`, and
/// warns about them and about entries no person has checked in the last 12
/// months. Run on every build, as it depends on the day.
pub fn admit(
    pages: Vec<Page>,
    today: Day,
    default: &crate::config::Locale,
) -> (Vec<Page>, Diagnostics) {
    let mut problems = Diagnostics::default();
    let mut kept = Vec::with_capacity(pages.len());
    // One warning for all of them: a new directory has many.
    let mut unconfirmed = Vec::new();
    for page in pages {
        let Some(entry) = page.data::<Entry>() else {
            kept.push(page);
            continue;
        };
        if let Some(until) = entry.valid_until.filter(|until| *until < today) {
            problems.push(
                Diagnostic::warning(format!(
                    "this opportunity closed on {until}, so the site leaves it out"
                ))
                .in_file(&page.file)
                .with_hint("delete the file, or set a later valid_until if it is still open"),
            );
            continue;
        }
        // Translations show their source's date: one warning, on the source.
        if page.locale == *default {
            match entry.last_checked {
                None => unconfirmed.push(page.file.display().to_string()),
                Some(checked) if checked.a_year_later() <= today => problems.push(
                    Diagnostic::warning(format!(
                        "this entry was last confirmed on {checked}, more than 12 months ago"
                    ))
                    .in_file(&page.file)
                    .with_hint("confirm it with the organisation again, then update last_checked"),
                ),
                Some(_) => {}
            }
        }
        kept.push(page);
    }
    if !unconfirmed.is_empty() {
        unconfirmed.sort();
        problems.push(
            Diagnostic::warning(format!(
                "{} P4C {} not confirmed by a person yet: {}",
                unconfirmed.len(),
                if unconfirmed.len() == 1 { "entry is" } else { "entries are" },
                unconfirmed.join(", ")
            ))
            .with_hint("once a person has confirmed an entry with the organisation, set its last_checked to that day"),
        );
    }
    (kept, problems)
}

/// An entry as lists and its page show it.
#[derive(Serialize)]
pub struct EntryCtx<'a> {
    #[serde(flatten)]
    pub link: LinkCtx<'a>,
    pub name: &'a str,
    pub kind: EntryKind,
    pub categories: Vec<&'static str>,
    pub pillars: &'a [PillarId],
    pub country: &'a str,
    pub city: Option<&'a str>,
    /// Codes and names.
    pub languages: Vec<(&'a str, &'static str)>,
    pub website: Option<&'a str>,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub address: Option<&'a str>,
    pub source: &'a str,
    pub last_checked: Option<String>,
    pub organisation: Option<LinkCtx<'a>>,
    pub valid_until: Option<String>,
    pub places: Option<u32>,
}

impl<'a> EntryCtx<'a> {
    pub fn new(cx: &PageCx<'a>, route: &Route<'a>) -> Option<EntryCtx<'a>> {
        let entry = route.page.data::<Entry>()?;
        let f = &entry.front;
        let organisation = f.organisation.as_ref().and_then(|name| {
            let path = crate::content::ContentPath::new(format!("p4c/{}.md", name.get_ref()));
            cx.resolve(&path).map(|r| cx.link(&r))
        });
        Some(EntryCtx {
            link: cx.link(route),
            name: Entry::name(route.page),
            kind: f.kind,
            categories: f.categories.get_ref().iter().map(|c| c.as_str()).collect(),
            pillars: f.pillars.get_ref(),
            country: f.region.get_ref().country.get_ref(),
            city: f.region.get_ref().city.as_deref(),
            languages: f
                .languages
                .get_ref()
                .iter()
                .filter_map(|c| Some((c.as_str(), language_name(c)?)))
                .collect(),
            website: f.website.as_ref().map(|w| w.get_ref().as_str()),
            email: f.email.as_ref().map(|e| e.get_ref().as_str()),
            phone: f.phone.as_ref().map(|p| p.get_ref().as_str()),
            address: f.address.as_deref(),
            source: f.source.get_ref(),
            last_checked: cx
                .source(route)
                .and_then(|source| source.data::<Entry>())
                .unwrap_or(entry)
                .last_checked
                .map(|d| d.to_string()),
            organisation,
            valid_until: entry.valid_until.map(|d| d.to_string()),
            places: f.places.as_ref().map(|p| *p.get_ref()),
        })
    }
}

/// One filter of the directory: a category, or a pillar, region or
/// language, with its list's address.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Filter {
    /// `category`, `pillar`, `region` or `language`.
    pub field: &'static str,
    pub value: String,
}

impl Filter {
    /// The list's folder below `/<locale>/p4c/`: `housing/` for a category,
    /// `pillar/housing/` for the others.
    pub fn folder(&self) -> String {
        match self.field {
            "category" => format!("{}/", self.value),
            field => format!("{field}/{}/", self.value),
        }
    }

    fn matches(&self, entry: &Entry) -> bool {
        entry.filters().contains(self)
    }
}

impl Entry {
    /// The filters whose lists show this entry.
    pub fn filters(&self) -> Vec<Filter> {
        let f = &self.front;
        let mut all = Vec::new();
        for c in f.categories.get_ref() {
            all.push(Filter {
                field: "category",
                value: c.as_str().to_string(),
            });
        }
        for p in f.pillars.get_ref() {
            all.push(Filter {
                field: "pillar",
                value: p.as_str().to_string(),
            });
        }
        all.push(Filter {
            field: "region",
            value: f.region.get_ref().country.get_ref().clone(),
        });
        for code in f.languages.get_ref() {
            all.push(Filter {
                field: "language",
                value: code.clone(),
            });
        }
        all
    }
}

/// Every filter the entries `locale` shows give, in a stable order.
pub fn filters(site: &crate::site::Site, locale: &crate::config::LocaleConfig) -> Vec<Filter> {
    let all: std::collections::BTreeSet<Filter> = site
        .listed(locale, EntryPage.name(), None)
        .iter()
        .filter_map(|r| r.page.data::<Entry>())
        .flat_map(Entry::filters)
        .collect();
    all.into_iter().collect()
}

/// The directory as a locale shows it, whole or filtered.
#[derive(Serialize)]
pub struct DirectoryCtx<'a> {
    pub organisations: Vec<EntryCtx<'a>>,
    pub opportunities: Vec<EntryCtx<'a>>,
    /// Every filter, each with its list's address.
    pub filters: Vec<FilterCtx>,
    /// The filter of this list, if it is one.
    pub current: Option<FilterCtx>,
}

#[derive(Clone, Serialize)]
pub struct FilterCtx {
    #[serde(flatten)]
    pub filter: Filter,
    pub url: String,
    pub count: usize,
    /// A language's name in itself.
    pub name: Option<&'static str>,
}

impl<'a> DirectoryCtx<'a> {
    pub fn new(cx: &PageCx<'a>, current: Option<Filter>) -> DirectoryCtx<'a> {
        let routes = cx.listed(EntryPage.name(), None);
        let entries: Vec<(&Entry, EntryCtx<'a>)> = routes
            .iter()
            .filter_map(|r| Some((r.page.data::<Entry>()?, EntryCtx::new(cx, r)?)))
            .collect();
        let base = cx.url(&crate::content::ContentPath::new("p4c/_index.md"));
        let filters = filters(cx.site, cx.route.locale)
            .into_iter()
            .map(|filter| FilterCtx {
                url: format!("{base}{}", filter.folder()),
                count: entries.iter().filter(|(e, _)| filter.matches(e)).count(),
                name: (filter.field == "language")
                    .then(|| language_name(&filter.value))
                    .flatten(),
                filter,
            })
            .collect::<Vec<_>>();
        let (opportunities, organisations) = entries
            .into_iter()
            .filter(|(e, _)| current.as_ref().is_none_or(|f| f.matches(e)))
            .map(|(_, ctx)| ctx)
            .partition(|e| e.kind == EntryKind::Opportunity);
        let current = current.and_then(|c| filters.iter().find(|f| f.filter == c).cloned());
        DirectoryCtx {
            organisations,
            opportunities,
            filters,
            current,
        }
    }
}

/// The entries a locale shows for `pillar`, for its guide.
pub fn for_pillar<'a>(cx: &PageCx<'a>, pillar: PillarId) -> Vec<LinkCtx<'a>> {
    cx.listed(EntryPage.name(), None)
        .iter()
        .filter(|r| {
            r.page
                .data::<Entry>()
                .is_some_and(|e| e.front.pillars.get_ref().contains(&pillar))
        })
        .map(|r| cx.link(r))
        .collect()
}

/// The rules that span entries: an opportunity names an organisation that
/// has an entry, and every country has a name in the interface messages.
pub fn validate(site: &crate::site::Site, messages: &crate::i18n::Messages) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let at = |page: &Page, span: std::ops::Range<usize>, d: Diagnostic| {
        d.in_file(&page.file)
            .at_offset(&page.source, page.front_offset + span.start)
    };
    for page in &site.pages {
        let Some(entry) = page.data::<Entry>() else {
            continue;
        };
        let f = &entry.front;
        if let Some(name) = &f.organisation {
            let path = crate::content::ContentPath::new(format!("p4c/{}.md", name.get_ref()));
            let target = site
                .page(&page.locale, &path)
                .or_else(|| site.page(&site.config.default_locale, &path));
            let is_organisation = target
                .and_then(|t| t.data::<Entry>())
                .is_some_and(|t| t.front.kind == EntryKind::Organisation);
            if !is_organisation && !site.failed.contains(&(page.locale.clone(), path.clone())) {
                problems.push(at(
                    page,
                    name.span(),
                    Diagnostic::error(format!(
                        "`{}` is not an organisation's entry",
                        name.get_ref()
                    ))
                    .with_hint(
                        "name the organisation's file in content/<locale>/p4c/, without .md",
                    ),
                ));
            }
        }
        if let Some(checked) = f
            .last_checked
            .as_ref()
            .filter(|_| page.locale != site.config.default_locale)
        {
            problems.push(at(
                page,
                checked.span(),
                Diagnostic::error("`last_checked` belongs in the source entry only")
                    .with_hint("remove it: a translation shows the date of its source"),
            ));
        }
        let country = &f.region.get_ref().country;
        if let Some(d) = unnamed_country(messages, country.get_ref()) {
            problems.push(at(page, country.span(), d));
        }
    }
    problems
}

/// Whether `code` is written as a country code: two capital letters
/// (ISO 3166-1 alpha-2, or `EU`).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The error for a country that no interface message names: the directory
/// and the country guides show every country by its name in the reader's
/// language.
pub fn unnamed_country(messages: &crate::i18n::Messages, code: &str) -> Option<Diagnostic> {
    let key = format!("p4c-country-{code}");
    (!messages.source_has(&key)).then(|| {
        Diagnostic::error(format!("no message `{key}` names this country"))
            .with_hint("add the country's name to locales/en/p4c.ftl (and to the other locales)")
    })
}
