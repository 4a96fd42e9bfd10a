//! Minified copies of the theme's scripts. Mentors read on slow, metered
//! connections, and the self-assessment page has a weight budget; the
//! sources stay readable in the theme.

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
