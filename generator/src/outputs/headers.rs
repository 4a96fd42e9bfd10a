//! `_headers`: the security headers for every file and long cache lives for
//! the theme's content-hashed files, in the format Netlify and Cloudflare
//! Pages read. Other hosts: set the same headers (README, "Deploying").

use super::{Key, OutputKind, RenderCx, Rendered};
use crate::deps::{Input, Reads};
use crate::load::Loaded;
use crate::security;

pub struct Headers;

impl OutputKind for Headers {
    fn files(&self, _loaded: &Loaded) -> Vec<(String, Key)> {
        vec![("_headers".into(), Key::Site)]
    }

    fn render(&self, _key: &Key, cx: &RenderCx<'_>, reads: &Reads) -> Rendered {
        // The configuration and the theme's files are the global input.
        reads.add(Input::Global);
        let config = &cx.loaded.site.config;
        let mut text = format!("{}*\n", config.base_path);
        for (name, value) in security::headers(config) {
            text.push_str(&format!("  {name}: {value}\n"));
        }
        for (relative, _) in &cx.loaded.static_files {
            text.push_str(&format!(
                "\n{}{relative}\n  Cache-Control: {}\n",
                config.base_path,
                security::HASHED_ASSET_CACHE
            ));
        }
        Rendered::ok(text)
    }
}
