//! Small edits of page and Fluent text for [`super::Edit`]: front matter
//! keys, headings, messages.

/// The ids of the sections a page has, as far as edits go: its headings
/// (`## Why this matters` is `why-this-matters`, `{#id}` sets one) and,
/// on a workshop sheet, the theme's.
pub fn section_ids(text: &str, path: &str) -> Vec<String> {
    let mut ids: Vec<String> = body_of(text)
        .lines()
        .filter_map(|line| line.strip_prefix("## "))
        .map(|heading| match heading.split_once("{#") {
            Some((_, id)) => id.trim_end_matches('}').to_string(),
            None => heading.trim().to_lowercase().replace(' ', "-"),
        })
        .collect();
    if path.starts_with("workshops/") && !path.ends_with("_index.md") {
        ids.extend(["objectives", "materials", "preparation"].map(String::from));
    }
    ids
}

/// The Markdown after the front matter.
pub fn body_of(text: &str) -> &str {
    let mut lines = 0;
    for (at, _) in text.match_indices("+++\n") {
        lines += 1;
        if lines == 2 {
            return &text[at + 4..];
        }
    }
    ""
}

/// Replaces the line starting with `key = ` in the front matter with
/// `line`, or inserts `line` after the title if there is none.
pub fn set_front(text: &str, key: &str, line: &str) -> String {
    let front_end = text.len() - body_of(text).len();
    let (front, body) = text.split_at(front_end);
    let prefix = format!("{key} = ");
    let mut out = String::new();
    let mut done = false;
    for l in front.split_inclusive('\n') {
        if !done && l.starts_with(&prefix) {
            out.push_str(line);
            out.push('\n');
            done = true;
        } else {
            out.push_str(l);
        }
    }
    if !done {
        out = out.replacen("\ntitle = ", &format!("\n{line}\ntitle = "), 1);
    }
    out + body
}

/// Inserts `line` right after the first line of the file.
pub fn after_first_line(text: &str, line: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) => format!("{first}\n{line}{rest}"),
        None => format!("{text}\n{line}"),
    }
}

/// A message whose text is all on its line, so that a word can be added.
pub fn is_one_line_message(line: &str) -> bool {
    let Some((id, value)) = line.split_once(" = ") else {
        return false;
    };
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.trim().is_empty()
        && !value.trim_end().ends_with("->")
}
