//! The translation status as text, for people.

use std::fmt::{self, Write as _};

use super::status::{percent, Status};

impl Status {
    /// For people: a table per locale, then what is left to do. Without
    /// `full`, long lists are cut to their first items.
    pub fn text(&self, full: bool) -> String {
        let mut out = String::new();
        self.write_text(&mut out, full)
            .expect("writing to a String cannot fail");
        out
    }

    fn write_text(&self, f: &mut String, full: bool) -> fmt::Result {
        if self.locales.is_empty() {
            return writeln!(
                f,
                "No locale besides {} is configured; add one with `integra i18n new`.",
                self.source_locale
            );
        }
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        for (i, l) in self.locales.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            let m = &l.messages;
            let c = &l.content;
            let list = |f: &mut String, title: &str, items: &[String]| {
                list(f, title, items, (!full).then_some(&l.locale))
            };
            writeln!(f, "{} ({})", l.locale, l.name)?;
            writeln!(
                f,
                "  {:<14} {:>10} {:>6} {:>6} {:>8}",
                "", "translated", "of", "done", "missing"
            )?;
            let mut rows = Vec::new();
            let mut notes = Vec::new();
            if !m.obsolete.is_empty() {
                notes.push(format!("{} obsolete", m.obsolete.len()));
            }
            rows.push((
                "interface",
                m.translated,
                m.total,
                m.percent,
                m.missing.len(),
                notes,
            ));
            let mut notes = Vec::new();
            if !c.stale.is_empty() {
                notes.push(format!("{} stale", c.stale.len()));
            }
            if !c.drafts.is_empty() {
                notes.push(plural(c.drafts.len(), "draft", "drafts"));
            }
            if !c.unmarked.is_empty() {
                notes.push(format!("{} unmarked", c.unmarked.len()));
            }
            rows.push((
                "pages",
                c.translated,
                c.total,
                c.percent,
                c.fallback.len(),
                notes,
            ));
            for (what, done, total, percent, missing, notes) in rows {
                row(f, what, done, total, percent, missing, &notes.join(", "))?;
            }
            // Per folder, so that a complete set (every workshop, the whole
            // White Paper) or a missing one shows without reading the lists.
            if c.sections.len() > 1 {
                for s in &c.sections {
                    let name = if s.section.is_empty() {
                        "top level"
                    } else {
                        &s.section
                    };
                    let stale = if s.stale > 0 {
                        format!("{} stale", s.stale)
                    } else {
                        String::new()
                    };
                    row(
                        f,
                        &format!("  {name}"),
                        s.translated,
                        s.total,
                        percent(s.translated, s.total),
                        s.total - s.translated,
                        &stale,
                    )?;
                }
            }

            if !c.stale.is_empty() {
                writeln!(
                    f,
                    "\n  Stale ({}): the {} source changed since they were translated;",
                    c.stale.len(),
                    self.source_locale
                )?;
                writeln!(
                    f,
                    "  update each, then run `integra i18n mark-translated FILE`:"
                )?;
                let width = c.stale.iter().map(|s| s.file.len()).max().unwrap_or(0);
                for s in &c.stale {
                    writeln!(f, "    {:<width$}  {}", s.file, s.summary)?;
                    writeln!(
                        f,
                        "    {:<width$}  English: {}; PO file: {}",
                        "", s.source, s.po_file
                    )?;
                }
            }
            list(f, "Drafts, for a native speaker to review", &c.drafts)?;
            list(
                f,
                "Unmarked: run `integra i18n mark-translated FILE` once each is up to date",
                &c.unmarked,
            )?;
            let mut by_locale: Vec<(&str, Vec<String>)> = Vec::new();
            for page in &c.fallback {
                match by_locale.iter_mut().find(|(l, _)| *l == page.shown_in) {
                    Some((_, pages)) => pages.push(page.path.clone()),
                    None => by_locale.push((&page.shown_in, vec![page.path.clone()])),
                }
            }
            for (shown_in, pages) in by_locale {
                list(f, &format!("Not translated, shown in {shown_in}"), &pages)?;
            }
            list(f, "Missing messages", &m.missing)?;
            list(
                f,
                &format!(
                    "Obsolete messages, not in {}: remove them or fix their ids",
                    self.source_locale
                ),
                &m.obsolete,
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(true))
    }
}

/// One row of a locale's table.
fn row(
    f: &mut String,
    what: &str,
    done: usize,
    total: usize,
    percent: u32,
    missing: usize,
    notes: &str,
) -> fmt::Result {
    let row = format!("  {what:<14} {done:>10} {total:>6} {percent:>5}% {missing:>8}   {notes}");
    writeln!(f, "{}", row.trim_end())
}

/// How many items a cut list shows.
const CUT: usize = 12;

/// `title (n):` then the items, wrapped; with `cut_for`, only the first
/// [`CUT`] and how to see the rest.
fn list(f: &mut String, title: &str, items: &[String], cut_for: Option<&String>) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f, "\n  {title} ({}):", items.len())?;
    let shown = match cut_for {
        Some(_) if items.len() > CUT + 1 => &items[..CUT],
        _ => items,
    };
    let mut line = String::new();
    for item in shown {
        if !line.is_empty() && line.len() + item.len() + 2 > 76 {
            writeln!(f, "    {line}")?;
            line.clear();
        }
        if !line.is_empty() {
            line.push_str("  ");
        }
        line.push_str(item);
    }
    writeln!(f, "    {line}")?;
    if let (Some(locale), true) = (cut_for, shown.len() < items.len()) {
        writeln!(
            f,
            "    … and {} more (`integra i18n status {locale}` lists them all)",
            items.len() - shown.len()
        )?;
    }
    Ok(())
}
