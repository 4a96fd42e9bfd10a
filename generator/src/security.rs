//! The site's Content-Security-Policy and security headers, defined once:
//! every page carries the policy in a `<meta>`, the build writes them all
//! to `_headers` (the file Netlify and Cloudflare Pages read), and
//! `integra serve` sends them, so that the preview behaves as the host.

use crate::config::Config;

/// Where a policy is delivered: a `<meta>` element cannot carry
/// `frame-ancestors` (browsers ignore it there), a header can.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Meta,
    Header,
}

/// The policy for the site's pages. Scripts, styles and everything else
/// come only from the site itself: no inline script (the language chooser
/// loads `chooser.js`), no inline style, nothing third-party. Pages talk
/// only to the site and to the assessment endpoint, which may be on
/// another origin.
/// `endpoint` is the configuration's `assessment_endpoint`.
pub fn content_security_policy(endpoint: &str, delivery: Delivery) -> String {
    let endpoint = endpoint_origin(endpoint)
        .map(|origin| format!(" {origin}"))
        .unwrap_or_default();
    let mut policy = format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'{endpoint}; form-action 'self'{endpoint}; manifest-src 'self'; \
         worker-src 'self'; base-uri 'none'; object-src 'none'"
    );
    if delivery == Delivery::Header {
        policy.push_str("; frame-ancestors 'none'");
    }
    policy
}

/// Every header the site's files are served with, in the order `_headers`
/// lists them.
pub fn headers(config: &Config) -> Vec<(&'static str, String)> {
    vec![
        (
            "Content-Security-Policy",
            content_security_policy(&config.assessment_endpoint, Delivery::Header),
        ),
        ("X-Content-Type-Options", "nosniff".into()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Frame-Options", "DENY".into()),
        ("Permissions-Policy", PERMISSIONS.into()),
    ]
}

/// Nothing on the site uses a camera, a microphone, the location, payments,
/// USB or interest-based advertising, so no page may.
const PERMISSIONS: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/// How long browsers and CDNs keep the theme's files, which pages address
/// with their content hash (`style.css?v=…`): a new version has a new
/// address, so the old one never needs checking.
pub const HASHED_ASSET_CACHE: &str = "public, max-age=31536000, immutable";

/// `https://fn.example.org` of `https://fn.example.org/api`; `None` for a
/// path on the site itself.
fn endpoint_origin(endpoint: &str) -> Option<&str> {
    let rest = endpoint
        .strip_prefix("https://")
        .or_else(|| endpoint.strip_prefix("http://"))?;
    let host_end = rest.find('/').unwrap_or(rest.len());
    Some(&endpoint[..endpoint.len() - rest.len() + host_end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The AWS stack serves the site with the same policy, from its own
    /// copy in `deploy/template.yaml` (CloudFront's response headers
    /// policy); both copies must stay the policy defined here.
    #[test]
    fn the_deploy_templates_policy_is_this_one() {
        let template = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../deploy/template.yaml"
        ))
        .unwrap();
        let policy = content_security_policy("/api/assessment", Delivery::Header);
        let found: Vec<&str> = template
            .lines()
            .filter_map(|l| l.trim().strip_prefix("ContentSecurityPolicy: "))
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        for copy in found {
            assert_eq!(copy.trim_matches('"'), policy);
        }
    }

    #[test]
    fn the_endpoints_origin_is_allowed_only_when_it_is_elsewhere() {
        assert_eq!(endpoint_origin("/api/assessment"), None);
        assert_eq!(
            endpoint_origin("https://abc.lambda-url.eu-west-1.on.aws/"),
            Some("https://abc.lambda-url.eu-west-1.on.aws")
        );
        assert_eq!(
            endpoint_origin("http://127.0.0.1:9000"),
            Some("http://127.0.0.1:9000")
        );
    }
}
