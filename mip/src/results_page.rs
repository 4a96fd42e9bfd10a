//! The results page sent to browsers without JavaScript: the same report as
//! the JSON, in the user's language, self-contained (no scripts, no other
//! requests) and printable.

use crate::scoring::{Band, Report};
use crate::texts::{Locale, Texts};

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

const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.6;max-width:42rem;margin:0 auto;padding:1rem;color:#1c2326;background:#fff}\
h1{line-height:1.2}ol,ul{padding-inline-start:1.5rem}li{margin-block-end:.75rem}\
.bar{display:block;block-size:.75rem;background:#dfe8ea;border-radius:.4rem;overflow:hidden;margin-block:.25rem}\
.bar span{display:block;block-size:100%;background:#0b5563}.muted{color:#4a5559}\
a{color:#0b5563}@media (prefers-color-scheme:dark){body{background:#101719;color:#e7eef0}a{color:#8fdbe7}.bar{background:#3a4a4f}.bar span{background:#7fd0dd}.muted{color:#b2c0c4}}";

fn page(locale: &Locale, title: &str, main: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{main}</main>\n</body>\n</html>\n",
        lang = locale.code(),
        dir = if locale.rtl() { "rtl" } else { "ltr" },
        title = escape(title),
    )
}

/// The results of `report` in `locale` of `texts`, linking to the site at
/// `site_url`.
pub fn render(report: &Report, texts: &Texts, locale: &Locale, site_url: &str) -> String {
    let t = |id: &str| escape(&texts.text(locale, id, &[]));
    let guide = |id: crate::PillarId| format!("{site_url}{}/{}/", locale.code(), id.guide());

    let mut main = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<p class=\"muted\">{}</p>\n",
        t("assessment-results-heading"),
        t("assessment-results-intro"),
        t("assessment-forget-note")
    );

    main.push_str(&format!("<h2>{}</h2>\n<ol>\n", t("assessment-work-on")));
    for id in &report.priorities {
        let pillar = report
            .pillars
            .iter()
            .find(|p| p.id == *id)
            .expect("priorities name scored pillars");
        main.push_str(&format!(
            "<li><a href=\"{}\">{}</a> — {}</li>\n",
            escape(&guide(*id)),
            t(&format!("pillar-{id}")),
            t(&pillar.band.message_id())
        ));
    }
    main.push_str("</ol>\n");

    main.push_str(&format!("<h2>{}</h2>\n<ul>\n", t("assessment-chart-label")));
    for pillar in &report.pillars {
        let detail = match pillar.score {
            Some(score) => format!(
                "{} · {}",
                escape(&texts.text(locale, "assessment-score", &[("score", i64::from(score))])),
                t(&pillar.band.message_id())
            ),
            None => t(&Band::TooFew.message_id()),
        };
        main.push_str(&format!(
            "<li><a href=\"{}\">{}</a><span class=\"bar\" aria-hidden=\"true\"><span style=\"inline-size:{}%\"></span></span>{} <span class=\"muted\">({})</span></li>\n",
            escape(&guide(pillar.id)),
            t(&format!("pillar-{}", pillar.id)),
            pillar.score.unwrap_or(0),
            detail,
            escape(&texts.text(locale, "assessment-answered", &[("count", pillar.answered as i64)])),
        ));
    }
    main.push_str("</ul>\n");
    main.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p>\n",
        escape(&format!("{site_url}{}/self-assessment/", locale.code())),
        t("assessment-restart")
    ));
    page(
        locale,
        &texts.text(locale, "assessment-results-heading", &[]),
        &main,
    )
}

/// A page that says the answers could not be scored, and why.
pub fn error(texts: &Texts, locale: &Locale, site_url: &str, message: &str) -> String {
    let main = format!(
        "<h1>{}</h1>\n<p class=\"muted\">{}</p>\n<p><a href=\"{}\">{}</a></p>\n",
        escape(&texts.text(locale, "assessment-error", &[])),
        escape(message),
        escape(&format!("{site_url}{}/self-assessment/", locale.code())),
        escape(&texts.text(locale, "assessment-restart", &[]))
    );
    page(locale, &texts.text(locale, "assessment-error", &[]), &main)
}
