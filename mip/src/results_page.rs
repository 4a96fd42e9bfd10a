//! The results page sent to browsers without JavaScript: the same report as
//! the JSON, in the user's language, with the site's header, menu and
//! language switcher, every answer, and the pillars to work on first with
//! their workshops. Self-contained (no scripts, no other requests) and
//! printable.

use std::fmt::Write;

use crate::handover::Handover;
use crate::questionnaire::Questionnaire;
use crate::scoring::{Answers, Band, Report};
use crate::texts::{Arg, Locale, Texts};
use crate::PillarId;

/// Escapes text for HTML text and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

// The site's stylesheet has a content hash in its name that the function
// cannot know, so the page carries the little it needs. Logical properties
// keep it right for right-to-left languages.
const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.6;margin:0;color:#1c2326;background:#fff}\
main,.bar,nav{max-width:44rem;margin:0 auto;padding-inline:1rem}\
.skip{position:absolute;inset-inline-start:-100vw}.skip:focus{inset-inline-start:1rem}\
header{border-block-end:1px solid #c9d4d7;padding-block:.5rem}\
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}\
.brand{font-weight:700;text-decoration:none}\
.languages{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center;margin:0}\
.languages button{font:inherit;background:none;border:1px solid #c9d4d7;border-radius:.3rem;padding:.1rem .5rem;color:inherit;cursor:pointer}\
.languages button[aria-current]{font-weight:700;border-color:currentColor}\
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem auto 0}\
h1,h2,h3{line-height:1.25}ol,ul{padding-inline-start:1.5rem}li{margin-block-end:.5rem}\
.bar-chart{list-style:none;padding:0}\
meter{display:block;inline-size:100%;block-size:.75rem;margin-block:.25rem}.muted{color:#4a5559}\
.answers{list-style:none;padding:0}.answers li{border-block-end:1px solid #dfe8ea;padding-block:.25rem}\
.answers strong{display:block}\
a{color:#0b5563}\
@media (prefers-color-scheme:dark){body{background:#101719;color:#e7eef0}a{color:#8fdbe7}.muted{color:#b2c0c4}}\
@media print{header,.skip,.restart{display:none}body{color:#000;background:#fff}a{color:#000}h2,h3{break-after:avoid}li{break-inside:avoid}}";

/// The Content-Security-Policy of the endpoint's pages: no script at all,
/// the one inline stylesheet above by its hash, images only from the page
/// itself (the QR code is inline SVG), forms only back to the endpoint
/// (the language switcher posts the answers again), and no framing.
pub fn content_security_policy() -> &'static str {
    static POLICY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use base64::Engine;
        use sha2::Digest;
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(STYLE));
        format!(
            "default-src 'none'; style-src 'sha256-{hash}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        )
    });
    &POLICY
}

/// What a page needs besides its main part.
struct Chrome<'a> {
    texts: &'a Texts,
    locale: &'a Locale,
    site_url: &'a str,
    /// The fields of the form that gave these answers, to post them again in
    /// another language; none on an error page.
    answers: Option<&'a Answers>,
}

impl Chrome<'_> {
    fn t(&self, id: &str) -> String {
        escape(&self.texts.text(self.locale, id, &[]))
    }

    /// An address of the site in this locale, such as `pillars/`.
    fn url(&self, route: &str) -> String {
        escape(&format!("{}{}/{route}", self.site_url, self.locale.code()))
    }

    fn header(&self) -> String {
        let mut out = format!(
            "<a class=\"skip\" href=\"#main\">{}</a>\n<header>\n<div class=\"bar\">\n<a class=\"brand\" href=\"{}\">{}</a>\n",
            self.t("skip-to-content"),
            self.url(""),
            self.t("site-title"),
        );
        if let Some(answers) = self.answers {
            // A results page is the answer to a post: another language is
            // the same answers posted again, so nothing is kept anywhere.
            out.push_str("<form class=\"languages\" method=\"post\">\n");
            let _ = write!(
                out,
                "<span>{}</span>\n<input type=\"hidden\" name=\"version\" value=\"{}\">\n",
                self.t("language-menu"),
                escape(&Questionnaire::builtin().version)
            );
            for (item, value) in answers {
                let _ = writeln!(
                    out,
                    "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                    escape(item.as_str()),
                    value.get()
                );
            }
            for other in self.texts.locales() {
                let current = if other.code() == self.locale.code() {
                    " aria-current=\"true\""
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "<button name=\"lang\" value=\"{code}\" lang=\"{code}\" dir=\"{dir}\"{current}>{name}</button>",
                    code = escape(other.code()),
                    dir = if other.rtl() { "rtl" } else { "ltr" },
                    name = escape(other.name()),
                );
            }
            out.push_str("</form>\n");
        }
        let _ = write!(
            out,
            "</div>\n<nav aria-label=\"{}\">\n<ul>\n",
            self.t("nav-label")
        );
        for (route, id) in [
            ("pillars/", "nav-pillars"),
            ("workshops/", "nav-workshops"),
            ("self-assessment/", "nav-self-assessment"),
            ("mentors/how-to-use-mip/", "nav-mentors"),
            ("white-paper/", "nav-white-paper"),
        ] {
            let _ = writeln!(
                out,
                "<li><a href=\"{}\">{}</a></li>",
                self.url(route),
                self.t(id)
            );
        }
        out.push_str("</ul>\n</nav>\n</header>\n");
        out
    }

    fn page(&self, title: &str, main: &str) -> String {
        format!(
            "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{title} · {site}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{header}<main id=\"main\">\n{main}</main>\n</body>\n</html>\n",
            lang = escape(self.locale.code()),
            dir = if self.locale.rtl() { "rtl" } else { "ltr" },
            title = escape(title),
            site = self.t("site-title"),
            header = self.header(),
        )
    }
}

/// The results of `report` for `answers` in `locale` of `texts`, linking to
/// the site at `site_url`.
pub fn render(
    report: &Report,
    answers: &Answers,
    handover: Option<&Handover>,
    texts: &Texts,
    locale: &Locale,
    site_url: &str,
) -> String {
    let chrome = Chrome {
        texts,
        locale,
        site_url,
        answers: Some(answers),
    };
    let t = |id: &str| chrome.t(id);
    let pillar_name = |id: PillarId| t(&format!("pillar-{id}"));
    let guide = |id: PillarId| chrome.url(&format!("{}/", id.guide()));
    let questionnaire = Questionnaire::builtin();

    let mut main = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<p class=\"muted\">{}</p>\n",
        t("assessment-results-heading"),
        t("assessment-results-intro"),
        t("assessment-forget-note")
    );

    let _ = writeln!(main, "<h2>{}</h2>", t("assessment-work-on"));
    if report.priorities.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", t("assessment-work-on-none"));
    } else {
        main.push_str("<ol>\n");
        for &id in &report.priorities {
            let pillar = report
                .pillars
                .iter()
                .find(|p| p.id == id)
                .expect("priorities name scored pillars");
            let _ = writeln!(
                main,
                "<li><h3><a href=\"{}\">{}</a></h3>\n<p>{}</p>",
                guide(id),
                pillar_name(id),
                t(&pillar.band.message_id())
            );
            main.push_str(&suggestions(&chrome, &pillar.lowest, id));
            main.push_str("</li>\n");
        }
        main.push_str("</ol>\n");
    }

    let _ = writeln!(
        main,
        "<h2>{}</h2>\n<ul class=\"bar-chart\">",
        t("assessment-chart-label")
    );
    for pillar in &report.pillars {
        let detail = match pillar.score {
            Some(score) => format!(
                "{} · {}",
                escape(&texts.text(
                    locale,
                    "assessment-score",
                    &[("score", i64::from(score).into())]
                )),
                t(&pillar.band.message_id())
            ),
            None => t(&Band::TooFew.message_id()),
        };
        let _ = writeln!(
            main,
            "<li><a href=\"{}\">{}</a><meter min=\"0\" max=\"100\" value=\"{}\" aria-hidden=\"true\"></meter>{} <span class=\"muted\">({})</span></li>",
            guide(pillar.id),
            pillar_name(pillar.id),
            pillar.score.unwrap_or(0),
            detail,
            escape(&texts.text(
                locale,
                "assessment-answered",
                &[("count", (pillar.answered as i64).into())]
            )),
        );
    }
    main.push_str("</ul>\n");

    let _ = writeln!(
        main,
        "<h2>{}</h2>\n<p>{}</p>",
        t("assessment-answers-heading"),
        t("assessment-answers-intro")
    );
    for pillar in &questionnaire.pillars {
        let _ = writeln!(
            main,
            "<h3>{}</h3>\n<ul class=\"answers\">",
            pillar_name(pillar.id)
        );
        for item in pillar.items() {
            let answer = match answers.get(item) {
                Some(value) => t(&format!("scale-{}", value.get())),
                None => t("scale-skipped"),
            };
            let _ = writeln!(
                main,
                "<li>{}<strong>{}</strong></li>",
                t(&format!("q-{item}")),
                answer
            );
        }
        main.push_str("</ul>\n");
    }
    if let Some(handover) = handover {
        // The code, not the link: the link carries every answer, and a
        // screen reader would read out the digits.
        let _ = writeln!(
            main,
            "<section class=\"handover\">\n<h2>{heading}</h2>\n<p>{intro}</p>\n<div class=\"qr\">{svg}</div>\n<p class=\"muted\">{history}</p>\n</section>",
            heading = t("handover-heading"),
            intro = t("handover-intro"),
            svg = handover.qr.svg(&texts.text(locale, "handover-heading", &[])),
            history = t("handover-history"),
        );
    }
    let _ = writeln!(
        main,
        "<p class=\"restart\"><a href=\"{}\">{}</a></p>",
        chrome.url("self-assessment/"),
        t("assessment-restart")
    );
    chrome.page(
        &texts.text(locale, "assessment-results-heading", &[]),
        &main,
    )
}

/// The workshops that build the skills of `lowest`, each once, in the
/// reader's language where it has them; or, if there are none, the guide.
fn suggestions(chrome: &Chrome<'_>, lowest: &[crate::ItemId], pillar: PillarId) -> String {
    let questionnaire = Questionnaire::builtin();
    let mut seen = Vec::new();
    let mut items = String::new();
    for statement in lowest
        .iter()
        .filter_map(|i| questionnaire.statement(i.as_str()))
    {
        for workshop in &statement.workshops {
            if seen.contains(&workshop) {
                continue;
            }
            seen.push(workshop);
            let Some(shown) = chrome.texts.workshop(chrome.locale, workshop) else {
                continue;
            };
            let label = if shown.written_in.code() == chrome.locale.code() {
                String::new()
            } else {
                format!(
                    " <span class=\"muted\">({})</span>",
                    escape(&chrome.texts.text(
                        chrome.locale,
                        "assessment-in-language",
                        &[("language", Arg::Text(shown.written_in.name()))]
                    ))
                )
            };
            let _ = writeln!(
                items,
                "<li><a href=\"{}\" hreflang=\"{}\">{}</a>{label}</li>",
                chrome.url(&format!("workshops/{workshop}/")),
                escape(shown.written_in.code()),
                escape(shown.title),
            );
        }
    }
    if items.is_empty() {
        let anchor = lowest
            .iter()
            .filter_map(|i| questionnaire.statement(i.as_str())?.guide.as_deref())
            .next()
            .map(|a| format!("#{a}"))
            .unwrap_or_default();
        return format!(
            "<p><a href=\"{}{}\">{}</a></p>\n",
            chrome.url(&format!("{}/", pillar.guide())),
            escape(&anchor),
            chrome.t("assessment-no-workshop")
        );
    }
    format!(
        "<p>{}</p>\n<ul>\n{items}</ul>\n",
        chrome.t("assessment-workshops-heading")
    )
}

/// A page that says the answers could not be scored, and why.
pub fn error(texts: &Texts, locale: &Locale, site_url: &str, message: &str) -> String {
    let chrome = Chrome {
        texts,
        locale,
        site_url,
        answers: None,
    };
    let main = format!(
        "<h1>{}</h1>\n<p class=\"muted\">{}</p>\n<p><a href=\"{}\">{}</a></p>\n",
        chrome.t("assessment-error"),
        escape(message),
        chrome.url("self-assessment/"),
        chrome.t("assessment-restart")
    );
    chrome.page(&texts.text(locale, "assessment-error", &[]), &main)
}
