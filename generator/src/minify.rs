//! Minified copies of the theme's scripts and stylesheets. Mentors read on
//! slow, metered connections, and the self-assessment and workshop pages
//! have weight budgets; the sources stay readable in the theme.

use std::path::Path;

use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions, CommentOptions, LegalComment};
use oxc_minifier::{CompressOptions, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;

use crate::diagnostic::Diagnostic;

/// `source`, a classic script (not a module: its top-level names stay
/// global, as other scripts may use them), minified. Comments that start
/// with `/*!` or carry `@license` are kept, for vendored code's licences.
pub fn javascript(source: &str, file: &Path) -> Result<String, Diagnostic> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::script()).parse();
    if let Some(error) = parsed.diagnostics.first() {
        let offset = error.labels.first().map_or(0, |label| label.offset());
        return Err(Diagnostic::error(format!(
            "JavaScript that does not parse: {}",
            error.message
        ))
        .in_file(file)
        .at_offset(source, offset as usize)
        .with_hint("fix the script: browsers would refuse it too"));
    }
    let mut program = parsed.program;
    let minified = Minifier::new(MinifierOptions {
        mangle: Some(Default::default()),
        compress: Some(CompressOptions::smallest()),
    })
    .minify(&allocator, &mut program);
    let code = Codegen::new()
        .with_options(CodegenOptions {
            minify: true,
            comments: CommentOptions {
                legal: LegalComment::Inline,
                ..CommentOptions::disabled()
            },
            ..CodegenOptions::default()
        })
        .with_scoping(minified.scoping)
        .build(&program)
        .code;
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_shrink_keep_globals_and_licences() {
        let source = "/*! Licence: keep me */\n\"use strict\";\nvar shared = 1;\n// a comment\n(() => {\n  const longName = shared + 1;\n  console.log(longName);\n})();\n";
        let out = javascript(source, Path::new("a.js")).unwrap();
        assert!(out.len() < source.len(), "{out}");
        assert!(out.contains("Licence: keep me"), "{out}");
        assert!(out.contains("shared"), "a global keeps its name: {out}");
        assert!(!out.contains("a comment"), "{out}");
        assert!(!out.contains("longName"), "{out}");
    }

    #[test]
    fn a_syntax_error_names_the_line() {
        let error = javascript(
            "let a = 1;\nlet = = 2;\n",
            Path::new("themes/x/static/b.js"),
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("themes/x/static/b.js:2:7"), "{error}");
    }
}

/// `source`, a stylesheet, without comments and with whitespace only where
/// it can matter. Hand-written rather than a CSS crate (lightningcss would
/// add a parser, a selector engine and their dependencies to the build for
/// a 20% smaller file): it only removes comments, collapses runs of
/// whitespace into one space, and drops that space next to `{`, `}`, `;`
/// and `,`, where CSS never gives it a meaning. Everything else, strings
/// included, is copied as it is, so the rules and selectors are unchanged.
/// A comment or string left open is an error, as it would swallow the rest
/// of the stylesheet in a browser.
pub fn css(source: &str, file: &Path) -> Result<String, Diagnostic> {
    let not_closed = |what: &str, at: usize| {
        Diagnostic::error(format!("a {what} that is never closed"))
            .in_file(file)
            .at_offset(source, at)
            .with_hint("close it: browsers would ignore the rest of the stylesheet")
    };
    let quiet = |c: char| matches!(c, '{' | '}' | ';' | ',');
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    let mut pending_space = false;
    while let Some(c) = rest.chars().next() {
        let at = source.len() - rest.len();
        if rest.starts_with("/*") {
            let end = rest[2..]
                .find("*/")
                .ok_or_else(|| not_closed("comment", at))?;
            rest = &rest[2 + end + 2..];
            // A comment separates tokens as whitespace does.
            pending_space = true;
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if pending_space && !quiet(c) && out.chars().next_back().is_some_and(|last| !quiet(last)) {
            out.push(' ');
        }
        pending_space = false;
        if c == '"' || c == '\'' {
            let mut end = None;
            let mut escaped = false;
            for (i, d) in rest.char_indices().skip(1) {
                match d {
                    '\n' => break,
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    _ if d == c => {
                        end = Some(i + 1);
                        break;
                    }
                    _ => {}
                }
            }
            let end = end.ok_or_else(|| not_closed("string", at))?;
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

#[cfg(test)]
mod css_tests {
    use super::*;

    fn min(source: &str) -> String {
        css(source, Path::new("style.css")).unwrap()
    }

    #[test]
    fn drops_comments_and_insignificant_whitespace_only() {
        assert_eq!(
            min("/* theme */\n.a .b,\n.c > :not(.d) {\n  margin: 0 auto;\n  color: rgb(0 0 0 / 0.2);\n}\n@media (min-width: 48rem) { .e { inline-size: calc(1rem + 2px) } }\n"),
            ".a .b,.c > :not(.d){margin: 0 auto;color: rgb(0 0 0 / 0.2);}@media (min-width: 48rem){.e{inline-size: calc(1rem + 2px)}}"
        );
        // A comment between two words still separates them.
        assert_eq!(min(".a/* x */.b{}.c/**/ .d{}"), ".a .b{}.c .d{}");
    }

    #[test]
    fn keeps_strings_as_they_are() {
        assert_eq!(
            min(".a::after { content: \" (\"  attr(href) \") /* no */ ; \\\" \" }"),
            ".a::after{content: \" (\" attr(href) \") /* no */ ; \\\" \"}"
        );
    }

    #[test]
    fn a_comment_or_string_left_open_is_an_error_at_its_line() {
        let e = css(".a {}\n/* open", Path::new("style.css")).unwrap_err();
        assert!(
            e.message.contains("comment that is never closed"),
            "{}",
            e.message
        );
        assert_eq!(e.line, Some(2));
        let e = css(".a { content: \"open\n}", Path::new("style.css")).unwrap_err();
        assert!(e.message.contains("string"), "{}", e.message);
    }
}
