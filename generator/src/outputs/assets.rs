//! The theme's static files: scripts and stylesheets minified, the rest copied as they are.

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::deps::{Input, Reads};
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;

pub struct StaticFiles;

impl OutputKind for StaticFiles {
    fn files(&self, loaded: &Loaded) -> Vec<(String, Key)> {
        loaded
            .static_files
            .iter()
            .map(|(relative, file)| (relative.clone(), Key::Static(file.clone())))
            .collect()
    }

    fn render(&self, key: &Key, _cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        let Key::Static(file) = key else {
            unreachable!("static files have file keys")
        };
        // The file's hash is part of the global input, as every page's
        // cache-busting address of it is.
        reads.add(Input::Global);
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                return Rendered::failed(
                    Diagnostic::error(format!("cannot read: {e}")).in_file(file),
                )
            }
        };
        if file.extension().is_some_and(|e| e == "js") {
            let Ok(source) = String::from_utf8(bytes.clone()) else {
                return Rendered::failed(
                    Diagnostic::error("a script that is not UTF-8").in_file(file),
                );
            };
            return match crate::minify::javascript(&source, file) {
                Ok(code) => Rendered::ok(code.into_bytes()),
                Err(problem) => Rendered::failed(problem),
            };
        }
        if file.extension().is_some_and(|e| e == "css") {
            let Ok(source) = String::from_utf8(bytes.clone()) else {
                return Rendered::failed(
                    Diagnostic::error("a stylesheet that is not UTF-8").in_file(file),
                );
            };
            return match crate::minify::css(&source, file) {
                Ok(code) => Rendered::ok(code.into_bytes()),
                Err(problem) => Rendered::failed(problem),
            };
        }
        Rendered::ok(bytes)
    }
}
