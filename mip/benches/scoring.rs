//! Scoring and the whole handler, as the function runs them per request.
//! `cargo bench -p mip`; figures in BENCHMARKS.md.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

use mip::api::{handle, Request, Settings};
use mip::scoring::{score, Answers};
use mip::{AnswerValue, Questionnaire};

fn full_answers() -> Answers {
    Questionnaire::builtin()
        .items()
        .enumerate()
        .map(|(i, item)| (item.clone(), AnswerValue::new(1 + (i % 5) as i64).unwrap()))
        .collect()
}

/// The request body the page sends; `page` asks for the hand-over link
/// and its QR code as well.
fn json_body(page: Option<&str>) -> String {
    let answers: Vec<String> = full_answers()
        .iter()
        .map(|(item, value)| format!("\"{item}\":{}", value.get()))
        .collect();
    let page = page.map_or(String::new(), |p| format!(",\"page\":\"{p}\""));
    format!(
        "{{\"version\":\"{}\",\"answers\":{{{}}}{page}}}",
        Questionnaire::builtin().version,
        answers.join(",")
    )
}

const PAGE: &str = "https://mip.example.org/ar/self-assessment/";

fn benches(c: &mut Criterion) {
    let questionnaire = Questionnaire::builtin();
    let answers = full_answers();
    c.bench_function("score 68 answers", |b| {
        b.iter(|| score(black_box(questionnaire), black_box(&answers)))
    });

    let settings = Settings::default();
    let texts = common::texts();
    for (name, body) in [
        ("handle JSON request (68 answers)", json_body(None)),
        (
            "handle JSON request with page (68 answers, hand-over QR code)",
            json_body(Some(PAGE)),
        ),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                let request = Request {
                    method: "POST",
                    content_type: Some("application/json"),
                    origin: None,
                    body: black_box(body.as_bytes()),
                };
                handle(&request, &settings, texts)
            })
        });
    }

    // The form names the n-th statement `s<n>`.
    let form: String = std::iter::once(format!(
        "version={}&lang=ar&page={PAGE}",
        questionnaire.version
    ))
    .chain(
        questionnaire
            .items()
            .enumerate()
            .map(|(n, item)| format!("s{}={}", n + 1, answers[item].get())),
    )
    .collect::<Vec<_>>()
    .join("&");
    c.bench_function("handle form request, Arabic HTML page with QR code", |b| {
        b.iter(|| {
            let request = Request {
                method: "POST",
                content_type: Some("application/x-www-form-urlencoded"),
                origin: None,
                body: black_box(form.as_bytes()),
            };
            handle(&request, &settings, texts)
        })
    });

    let hostile = vec![b'{'; 40 * 1024];
    c.bench_function("refuse a 40 KiB body", |b| {
        b.iter(|| {
            let request = Request {
                method: "POST",
                content_type: Some("application/json"),
                origin: None,
                body: black_box(&hostile),
            };
            handle(&request, &settings, texts)
        })
    });
}

criterion_group!(scoring, benches);
criterion_main!(scoring);
