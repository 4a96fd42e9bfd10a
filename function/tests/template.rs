//! `deploy/template.yaml`, the stack that serves the site and the function
//! from one CloudFront distribution, checked against the code it deploys:
//! the origin secret's header and variable are the function's, the
//! security headers are the site's, and the choices README.md describes
//! are the template's. `cfn-lint` checks it against CloudFormation's
//! schemas (ignored by default, like the browser tests: it needs the tool).

use std::path::Path;
use std::process::Command;

use integra_function::{ORIGIN_SECRET_HEADER, ORIGIN_SECRET_VARIABLE};
use serde_norway::Value;

const TEMPLATE: &str = include_str!("../../deploy/template.yaml");

/// The policy the generator writes into `public/_headers` and the pages'
/// `<meta>` tags: CloudFront must send the same.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

/// CloudFront's managed cache policy `CachingDisabled`.
const CACHING_DISABLED: &str = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

fn template() -> Value {
    serde_norway::from_str(TEMPLATE).expect("deploy/template.yaml is valid YAML")
}

fn resource<'a>(template: &'a Value, name: &str) -> &'a Value {
    template["Resources"]
        .get(name)
        .unwrap_or_else(|| panic!("the template has no resource {name}"))
}

fn properties<'a>(template: &'a Value, name: &str, kind: &str) -> &'a Value {
    let resource = resource(template, name);
    assert_eq!(resource["Type"].as_str(), Some(kind), "{name}");
    &resource["Properties"]
}

/// The name a `!Ref` points at.
fn reference(value: &Value) -> Option<&str> {
    match value {
        Value::Tagged(tagged) if tagged.tag == "Ref" => tagged.value.as_str(),
        _ => None,
    }
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_sequence()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

fn distribution(template: &Value) -> &Value {
    &properties(template, "Distribution", "AWS::CloudFront::Distribution")["DistributionConfig"]
}

fn api_behavior(template: &Value) -> &Value {
    let behaviors = distribution(template)["CacheBehaviors"]
        .as_sequence()
        .expect("cache behaviors");
    let found: Vec<&Value> = behaviors
        .iter()
        .filter(|b| b["PathPattern"].as_str() == Some("/api/assessment"))
        .collect();
    assert_eq!(found.len(), 1, "one behavior for /api/assessment");
    found[0]
}

#[test]
fn cloudfront_sends_the_secret_header_the_function_checks() {
    let template = template();
    let secret = &template["Parameters"]["OriginSecret"];
    assert_eq!(secret["NoEcho"], Value::Bool(true), "the secret is NoEcho");
    assert!(secret["MinLength"].as_u64().unwrap() >= 32);
    assert!(secret.get("Default").is_none(), "no default secret");

    let origins = distribution(&template)["Origins"].as_sequence().unwrap();
    let api = api_behavior(&template);
    let target = api["TargetOriginId"].as_str().unwrap();
    let origin = origins
        .iter()
        .find(|o| o["Id"].as_str() == Some(target))
        .expect("the API behavior's origin");
    let headers = origin["OriginCustomHeaders"].as_sequence().unwrap();
    assert_eq!(headers.len(), 1);
    assert_eq!(
        headers[0]["HeaderName"].as_str(),
        Some(ORIGIN_SECRET_HEADER)
    );
    assert_eq!(reference(&headers[0]["HeaderValue"]), Some("OriginSecret"));
    assert_eq!(
        origin["CustomOriginConfig"]["OriginProtocolPolicy"].as_str(),
        Some("https-only")
    );

    let function = properties(&template, "AssessmentFunction", "AWS::Serverless::Function");
    let variables = &function["Environment"]["Variables"];
    assert_eq!(
        reference(&variables[ORIGIN_SECRET_VARIABLE]),
        Some("OriginSecret")
    );
    assert!(
        variables.get("INTEGRA_ALLOWED_ORIGINS").is_none(),
        "one origin: no CORS"
    );
    assert!(
        function.get("FunctionUrlConfig").is_none(),
        "the URL is its own resource, with both permissions"
    );

    // A public URL (the form post cannot be signed), without CORS, so that
    // every request reaches the function's check.
    let url = properties(&template, "AssessmentFunctionUrl", "AWS::Lambda::Url");
    assert_eq!(url["AuthType"].as_str(), Some("NONE"));
    assert!(url.get("Cors").is_none());
    let invoke = properties(
        &template,
        "AssessmentFunctionInvokePermission",
        "AWS::Lambda::Permission",
    );
    assert_eq!(invoke["Action"].as_str(), Some("lambda:InvokeFunction"));
    assert_eq!(
        invoke["InvokedViaFunctionUrl"],
        Value::Bool(true),
        "anyone may invoke it, but only through its URL"
    );
}

#[test]
fn the_api_behavior_is_uncached_and_forwards_only_what_the_function_reads() {
    let template = template();
    let api = api_behavior(&template);
    assert_eq!(api["CachePolicyId"].as_str(), Some(CACHING_DISABLED));
    let methods = strings(&api["AllowedMethods"]);
    for method in ["POST", "OPTIONS"] {
        assert!(methods.contains(&method), "{method}");
    }
    let policy = reference(&api["OriginRequestPolicyId"]).unwrap();
    let config = &properties(&template, policy, "AWS::CloudFront::OriginRequestPolicy")
        ["OriginRequestPolicyConfig"];
    assert_eq!(
        strings(&config["HeadersConfig"]["Headers"]),
        ["Content-Type", "Origin"]
    );
    assert_eq!(
        config["CookiesConfig"]["CookieBehavior"].as_str(),
        Some("none")
    );
    assert!(api.get("FunctionAssociations").is_none());
}

#[test]
fn the_security_headers_are_the_sites_and_the_function_keeps_its_own() {
    let template = template();
    let site =
        reference(&distribution(&template)["DefaultCacheBehavior"]["ResponseHeadersPolicyId"])
            .unwrap();
    let api = reference(&api_behavior(&template)["ResponseHeadersPolicyId"]).unwrap();
    for (policy, overrides) in [(site, true), (api, false)] {
        let config = &properties(&template, policy, "AWS::CloudFront::ResponseHeadersPolicy")
            ["ResponseHeadersPolicyConfig"];
        let security = &config["SecurityHeadersConfig"];
        assert_eq!(
            security["ContentSecurityPolicy"]["ContentSecurityPolicy"].as_str(),
            Some(CONTENT_SECURITY_POLICY),
            "{policy}"
        );
        assert_eq!(
            security["FrameOptions"]["FrameOption"].as_str(),
            Some("DENY")
        );
        assert_eq!(
            security["ReferrerPolicy"]["ReferrerPolicy"].as_str(),
            Some("no-referrer")
        );
        assert!(security["StrictTransportSecurity"]["AccessControlMaxAgeSec"].is_u64());
        assert!(security.get("ContentTypeOptions").is_some());
        for header in security.as_mapping().unwrap().values() {
            assert_eq!(header["Override"], Value::Bool(overrides), "{policy}");
        }
        let custom = config["CustomHeadersConfig"]["Items"]
            .as_sequence()
            .unwrap();
        assert_eq!(custom.len(), 1);
        assert_eq!(custom[0]["Header"].as_str(), Some("Permissions-Policy"));
        assert_eq!(
            custom[0]["Value"].as_str(),
            Some(
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
            )
        );
        assert_eq!(custom[0]["Override"], Value::Bool(overrides), "{policy}");
    }
}

#[test]
fn the_site_is_private_hashed_files_keep_and_missing_ones_are_404() {
    let template = template();
    let block =
        &properties(&template, "SiteBucket", "AWS::S3::Bucket")["PublicAccessBlockConfiguration"];
    for setting in [
        "BlockPublicAcls",
        "BlockPublicPolicy",
        "IgnorePublicAcls",
        "RestrictPublicBuckets",
    ] {
        assert_eq!(block[setting], Value::Bool(true), "{setting}");
    }
    let control = &properties(
        &template,
        "SiteOriginAccessControl",
        "AWS::CloudFront::OriginAccessControl",
    )["OriginAccessControlConfig"];
    assert_eq!(control["SigningBehavior"].as_str(), Some("always"));

    let config = distribution(&template);
    assert_eq!(config["DefaultRootObject"].as_str(), Some("index.html"));
    let default = &config["DefaultCacheBehavior"];
    assert_eq!(
        default["ViewerProtocolPolicy"].as_str(),
        Some("redirect-to-https")
    );
    assert_eq!(default["Compress"], Value::Bool(true));
    let cache = &properties(
        &template,
        reference(&default["CachePolicyId"]).unwrap(),
        "AWS::CloudFront::CachePolicy",
    )["CachePolicyConfig"];
    let key = &cache["ParametersInCacheKeyAndForwardedToOrigin"];
    assert_eq!(
        key["QueryStringsConfig"]["QueryStringBehavior"].as_str(),
        Some("whitelist")
    );
    assert_eq!(strings(&key["QueryStringsConfig"]["QueryStrings"]), ["v"]);
    assert!(cache["DefaultTTL"].as_u64().unwrap() >= 30 * 24 * 3600);

    // Only 404 is mapped: the function's 403 must reach the client as is.
    let errors = config["CustomErrorResponses"].as_sequence().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["ErrorCode"].as_u64(), Some(404));
    assert_eq!(errors[0]["ResponseCode"].as_u64(), Some(404));
    assert_eq!(errors[0]["ResponsePagePath"].as_str(), Some("/404.html"));
}

#[test]
fn cost_and_logs_are_capped_and_the_outputs_are_there() {
    let template = template();
    let function = properties(&template, "AssessmentFunction", "AWS::Serverless::Function");
    assert_eq!(
        reference(&function["ReservedConcurrentExecutions"]),
        Some("ReservedConcurrency")
    );
    let logs = properties(&template, "AssessmentLogGroup", "AWS::Logs::LogGroup");
    assert_eq!(logs["RetentionInDays"].as_u64(), Some(7));
    for output in ["DistributionDomain", "DistributionId", "BucketName"] {
        assert!(template["Outputs"].get(output).is_some(), "{output}");
    }
}

/// Needs `cfn-lint` (`pip install cfn-lint`), which `.ci/run` installs;
/// fails without it.
#[test]
#[ignore = "needs cfn-lint (pip install cfn-lint); .ci/run installs it"]
fn cfn_lint_passes() {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/template.yaml");
    let output = Command::new("cfn-lint")
        .arg(&template)
        .output()
        .unwrap_or_else(|e| panic!("cfn-lint runs ({e}): pip install cfn-lint"));
    assert!(
        output.status.success(),
        "cfn-lint {}:\n{}{}",
        template.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
