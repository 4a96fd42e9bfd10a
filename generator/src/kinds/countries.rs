//! `countries/_index.md`, the country guides, and `countries/<name>.md`,
//! what changes at 18 for a young person leaving care in one country.
//!
//! Legal information goes out of date and can be wrong, so every guide says
//! when it was written (`updated`) and whether a local professional has
//! reviewed it (`legal_review`), and the page shows both.

use serde::{Deserialize, Serialize};
use toml::value::Datetime;
use toml::Spanned;

use super::p4c::Day;
use super::{require_sections, Kind, Section};
use crate::content::{Front, Page, PageFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::front_matter::{PageFront, Translation};
use crate::i18n::Messages;
use crate::render::{LinkCtx, PageCx};
use crate::site::{Route, Site};

/// The sections of a guide, in order: what a reviewing lawyer reads.
const SECTIONS: &[Section] = &[
    Section {
        id: "in-short",
        heading: "In short",
    },
    Section {
        id: "at-18",
        heading: "What changes at 18",
    },
    Section {
        id: "support-after-18",
        heading: "Support that may continue",
    },
    Section {
        id: "free-legal-advice",
        heading: "Free legal advice",
    },
    Section {
        id: "official-portals",
        heading: "Official portals",
    },
    Section {
        id: "points-for-the-reviewer",
        heading: "Points for the reviewer",
    },
];

/// Whether a local professional has reviewed the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LegalReview {
    Pending,
    Reviewed,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFront {
    title: Spanned<String>,
    #[serde(default)]
    description: Option<String>,
    /// ISO 3166-1 alpha-2, named by the message `p4c-country-<code>`.
    country: Spanned<String>,
    /// When the text was written or last changed.
    updated: Spanned<Datetime>,
    legal_review: Spanned<LegalReview>,
    /// When the review was done; required once it was.
    #[serde(default)]
    reviewed_on: Option<Spanned<Datetime>>,
    #[serde(default)]
    weight: Option<i64>,
    #[serde(default)]
    translation: Option<Translation>,
    #[serde(default, deserialize_with = "crate::front_matter::source_hash")]
    translated_from: Option<String>,
}

/// A guide's front matter, checked.
#[derive(Debug)]
pub struct Guide {
    pub country: Spanned<String>,
    pub updated: Day,
    pub legal_review: LegalReview,
    pub reviewed_on: Option<Day>,
}

pub struct CountryIndex;

impl Kind for CountryIndex {
    fn name(&self) -> &'static str {
        "countries"
    }
    fn template(&self) -> &'static str {
        "countries.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments == ["countries", "_index"]
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        let guides: Vec<GuideCtx> = cx
            .listed(CountryGuide.name(), None)
            .iter()
            .filter_map(|r| GuideCtx::new(cx, r))
            .collect();
        ctx.insert("guides", &guides);
    }
}

pub struct CountryGuide;

impl Kind for CountryGuide {
    fn name(&self) -> &'static str {
        "country"
    }
    fn template(&self) -> &'static str {
        "country.html"
    }
    fn claims(&self, segments: &[&str]) -> bool {
        segments.first() == Some(&"countries")
    }
    fn front(&self, file: &PageFile<'_>) -> Result<Front, Diagnostic> {
        let g: GuideFront = file.parse().map_err(|d| {
            d.with_hint(
                "a country guide needs title, country, updated and legal_review (see README.md)",
            )
        })?;
        let day = |value: &Spanned<Datetime>, field: &str| {
            Day::of(value.get_ref()).ok_or_else(|| {
                file.error_at(
                    value.span(),
                    format!("`{field}` must be a date such as 2026-12-02, without a time"),
                )
            })
        };
        let updated = day(&g.updated, "updated")?;
        let reviewed_on = g
            .reviewed_on
            .as_ref()
            .map(|d| day(d, "reviewed_on"))
            .transpose()?;
        match (g.legal_review.get_ref(), reviewed_on) {
            (LegalReview::Reviewed, None) => {
                return Err(file
                    .error_at(g.legal_review.span(), "a reviewed guide needs `reviewed_on`")
                    .with_hint("add the day the local professional reviewed it: reviewed_on = 2027-01-15"))
            }
            (LegalReview::Pending, Some(_)) => {
                return Err(file
                    .error_at(g.legal_review.span(), "`reviewed_on` is set but the review is pending")
                    .with_hint("set legal_review = \"reviewed\" once a local professional has reviewed the guide, or remove reviewed_on"))
            }
            _ => {}
        }
        let code = g.country.get_ref();
        if !super::p4c::is_country_code(code) {
            return Err(file
                .error_at(g.country.span(), format!("`{code}` is not a country code"))
                .with_hint(
                    "use the two capital letters of ISO 3166-1, such as IT, GR, CY, PT or ES",
                ));
        }
        require_sections(file, "a country guide", SECTIONS)?;
        let common = PageFront {
            title: g.title.clone(),
            description: g.description.clone(),
            weight: g.weight,
            translation: g.translation,
            translated_from: g.translated_from.clone(),
        };
        Ok(Front {
            common,
            pillar: None,
            data: Some(Box::new(Guide {
                country: g.country,
                updated,
                legal_review: *g.legal_review.get_ref(),
                reviewed_on,
            })),
        })
    }
    fn disagreement(&self, translation: &Page, source: &Page) -> Option<Diagnostic> {
        let (t, s) = (translation.data::<Guide>()?, source.data::<Guide>()?);
        (t.country.get_ref() != s.country.get_ref()).then(|| {
            Diagnostic::error(format!(
                "this translation is about `{}` but its source {} is about `{}`",
                t.country.get_ref(),
                source.file.display(),
                s.country.get_ref()
            ))
            .in_file(&translation.file)
            .at_offset(
                &translation.source,
                translation.front_offset + t.country.span().start,
            )
            .with_hint("a translation keeps its source's country")
        })
    }
    fn context(&self, cx: &PageCx<'_>, ctx: &mut tera::Context) {
        ctx.insert("guide", &GuideCtx::new(cx, &cx.route));
        super::insert_index(cx, ctx, "countries/_index.md");
    }
}

/// A guide as its page and the list show it.
#[derive(Serialize)]
struct GuideCtx<'a> {
    #[serde(flatten)]
    link: LinkCtx<'a>,
    country: &'a str,
    updated: String,
    legal_review: LegalReview,
    reviewed_on: Option<String>,
}

impl<'a> GuideCtx<'a> {
    fn new(cx: &PageCx<'a>, route: &Route<'a>) -> Option<GuideCtx<'a>> {
        let g = route.page.data::<Guide>()?;
        Some(GuideCtx {
            link: cx.link(route),
            country: g.country.get_ref(),
            updated: g.updated.to_string(),
            legal_review: g.legal_review,
            reviewed_on: g.reviewed_on.map(|d| d.to_string()),
        })
    }
}

/// Every guide's country has a name in the interface messages.
pub fn validate(site: &Site, messages: &Messages) -> Diagnostics {
    let mut problems = Diagnostics::default();
    for page in &site.pages {
        let Some(g) = page.data::<Guide>() else {
            continue;
        };
        if let Some(d) = super::p4c::unnamed_country(messages, g.country.get_ref()) {
            problems.push(
                d.in_file(&page.file)
                    .at_offset(&page.source, page.front_offset + g.country.span().start),
            );
        }
    }
    problems
}
