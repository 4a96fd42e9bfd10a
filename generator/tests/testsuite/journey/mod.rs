//! The journey after the self-assessment (issue 9), as a young person and a
//! mentor live it on a 390 px phone in headless Chromium: every answer and
//! at most three pillars to work on with their workshops, a saved file
//! (plain or locked with a passphrase) opened from disk, progress over saved
//! files, the QR hand-over to a fresh browser, the mentor's ratings and the
//! pre-filled toolkit, and right-to-left pages. After each step nothing is
//! stored in the browser and nothing was requested but the page's own files
//! and the one POST.
//!
//! They run against the repository's own site (its content, locales and
//! configuration), whose workshops the questionnaire names.

mod support;

use fantoccini::Locator;
use serde_json::json;

use crate::assessment::{answer_for, css, script, take_assessment, PILLARS};
use crate::browser::Driver;
use crate::html::plain;
use crate::server::Server;

pub(crate) use support::shipped_site;
use support::*;
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn results_show_every_answer_and_at_most_three_pillars_with_their_workshops() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = start(
        &site,
        &driver,
        "profile",
        &server.url("/mip/en/self-assessment/"),
    )
    .await;
    nothing_kept(&client, 0).await;
    take_assessment(&client).await;
    nothing_kept(&client, 1).await;

    // Every answer, pillar by pillar, with the label chosen.
    let answers = script(
        &client,
        "return [...document.querySelectorAll('.answer-list dd')].map(d => d.textContent)",
    )
    .await;
    let counts = statement_counts(&client).await;
    assert_eq!(counts.iter().sum::<usize>(), 68);
    assert_eq!(answers.as_array().unwrap().len(), 68);
    let labels = [
        "Not yet",
        "With a lot of help",
        "With some help",
        "With a little help",
        "Yes, on my own",
    ];
    let expected: Vec<&str> = counts
        .iter()
        .enumerate()
        .flat_map(|(i, n)| std::iter::repeat_n(labels[answer_for(i) - 1], *n))
        .collect();
    assert_eq!(answers, json!(expected));
    let headings = script(
        &client,
        "return [...document.querySelectorAll('.answer-list h4')].length",
    )
    .await;
    assert_eq!(headings, json!(9));

    // At most three pillars to work on, weakest first, each with the
    // workshops of its lowest-rated statements.
    let work_on = script(
        &client,
        "return [...document.querySelectorAll('.work-on > li')].map(li => [li.dataset.pillar,
           [...li.querySelectorAll('.workshops a')].map(a => a.getAttribute('href'))])",
    )
    .await;
    let work_on = work_on.as_array().unwrap();
    assert_eq!(work_on.len(), 3, "{work_on:?}");
    assert_eq!(work_on[0][0], json!("education"));
    assert_eq!(work_on[1][0], json!("finance"));
    let education = work_on[0][1].as_array().unwrap();
    assert!(
        education.contains(&json!(
            "/mip/en/workshops/comparing-courses-with-a-decision-grid/"
        )),
        "{education:?}"
    );
    let unique: std::collections::BTreeSet<String> =
        education.iter().map(|v| v.to_string()).collect();
    assert_eq!(
        unique.len(),
        education.len(),
        "each workshop once: {education:?}"
    );
    let ticked = script(
        &client,
        "return [...document.querySelectorAll('.choices input:checked')].map(i => i.value)",
    )
    .await;
    // The boxes are in questionnaire order; the list is weakest first.
    assert_eq!(ticked, json!(["education", "community", "finance"]));
    assert_eq!(work_on[2][0], json!("community"));

    // The young person and the mentor change them: never more than three.
    let disabled = script(
        &client,
        "return [...document.querySelectorAll('.choices input:disabled')].length",
    )
    .await;
    assert_eq!(disabled, json!(6));
    css(&client, ".choices input[value=finance]")
        .await
        .click()
        .await
        .unwrap();
    css(&client, ".choices input[value=housing]")
        .await
        .click()
        .await
        .unwrap();
    let chosen = script(
        &client,
        "return [...document.querySelectorAll('.work-on > li')].map(li => li.dataset.pillar)",
    )
    .await;
    assert_eq!(chosen[0], json!("education"));
    assert_eq!(chosen[2], json!("housing"));
    // Career was rated all "Yes, on my own": no lowest statements, so the
    // guide leads on.
    css(&client, ".choices input[value=housing]")
        .await
        .click()
        .await
        .unwrap();
    css(&client, ".choices input[value=career]")
        .await
        .click()
        .await
        .unwrap();
    let career = script(
        &client,
        "const li = document.querySelector('.work-on > li[data-pillar=career]');
         return [li.querySelectorAll('.workshops a').length, li.querySelector('p a').getAttribute('href')]",
    )
    .await;
    assert_eq!(career, json!([0, "/mip/en/pillars/career/"]));

    // The plan: workshops, goal, helper, review date, printed alone.
    let plan_fields = script(
        &client,
        "return [...document.querySelectorAll('.plan-pillar')].map(f => f.querySelectorAll('textarea, input[type=text], input[type=date]').length)",
    )
    .await;
    assert_eq!(plan_fields, json!([3, 3, 3]));
    css(&client, ".plan-pillar textarea")
        .await
        .send_keys("Cook with Sara")
        .await
        .unwrap();
    assert_eq!(overflow(&client).await, json!(true));
    nothing_kept(&client, 1).await;

    // Printed: the results without buttons or forms, then the plan alone.
    let results = printed(&client, &site.path("results.pdf")).await;
    for shown in ["Your answers", "Work on first", "Not yet", "Yes, on my own"] {
        assert!(results.contains(shown), "{shown} is printed:\n{results}");
    }
    for hidden in [
        "Save the file",
        "Show the code",
        "Print my results",
        "My plan",
        "Skip this one",
    ] {
        assert!(
            !results.contains(hidden),
            "{hidden} is not printed:\n{results}"
        );
    }
    script(&client, "window.print = () => {}").await;
    css(&client, "[data-print-plan]")
        .await
        .click()
        .await
        .unwrap();
    script(
        &client,
        "document.documentElement.classList.add('print-plan')",
    )
    .await;
    let plan = printed(&client, &site.path("plan.pdf")).await;
    for shown in [
        "My plan",
        "My goal",
        "Cook with Sara",
        "Who will help me",
        "Date to look at this again",
    ] {
        assert!(
            plan.contains(shown),
            "{shown} is in the printed plan:\n{plan}"
        );
    }
    for hidden in ["Your answers", "Print my plan", "Work on first"] {
        assert!(
            !plan.contains(hidden),
            "{hidden} is not in the printed plan:\n{plan}"
        );
    }
    nothing_kept(&client, 1).await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn saved_files_open_offline_locked_or_not_and_show_progress() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = start(
        &site,
        &driver,
        "profile",
        &server.url("/mip/en/self-assessment/"),
    )
    .await;
    take_assessment(&client).await;
    let counts = statement_counts(&client).await;
    css(&client, ".plan-pillar textarea")
        .await
        .send_keys("Cook <b>twice</b> a week")
        .await
        .unwrap();

    // A plain file: the JSON, the results, the plan when asked for.
    let file = save(&client, "", true).await;
    nothing_kept(&client, 1).await;
    let data = embedded(&file);
    assert_eq!(data["format"], json!("integra-results/1"));
    assert_eq!(data["version"], json!(version()));
    assert_eq!(data["locale"], json!("en"));
    assert_eq!(data["answers"].as_object().unwrap().len(), 68);
    assert_eq!(data["answers"]["education-find-course"], json!(1));
    assert_eq!(data["answers"]["career-cv"], json!(5));
    assert_eq!(data["report"]["pillars"].as_array().unwrap().len(), 9);
    assert_eq!(
        data["work_on"],
        json!(["education", "finance", data["work_on"][2]])
    );
    assert_eq!(
        data["plan"]["education"]["goal"],
        json!("Cook <b>twice</b> a week")
    );
    assert!(data.get("mentor").is_none());
    let date = data["date"].as_str().unwrap().to_string();
    assert_eq!(date.len(), 10);
    assert!(!file.contains("<b>twice"), "free text is escaped");
    let plain_file = site.path("plain.html");
    std::fs::write(&plain_file, &file).unwrap();

    // Without the plan, the file has none.
    let without = embedded(&save(&client, "", false).await);
    assert!(without.get("plan").is_none());

    // A locked file: only the encrypted JSON, no answer in the clear.
    let locked = save(&client, "correct horse", true).await;
    let sealed = embedded(&locked);
    assert_eq!(sealed["format"], json!("integra-results/1"));
    assert_eq!(sealed["encrypted"]["kdf"], json!("PBKDF2-SHA-256"));
    assert_eq!(sealed["encrypted"]["iterations"], json!(600000));
    assert!(sealed.get("answers").is_none());
    assert!(!locked.contains("education-find-course") && !locked.contains("Cook"));
    let locked_file = site.path("locked.html");
    std::fs::write(&locked_file, &locked).unwrap();
    nothing_kept(&client, 1).await;

    // An older file for progress: the same one, dated earlier, with lower scores.
    let mut older = data.clone();
    older["date"] = json!("2025-06-01");
    older["report"]["pillars"][4]["score"] = json!(40);
    let older_file = site.path("older.html");
    std::fs::write(
        &older_file,
        file.replace(
            raw_json(&file),
            &serde_json::to_string(&older)
                .unwrap()
                .replace('<', "\\u003c"),
        ),
    )
    .unwrap();
    assert_eq!(
        embedded(&std::fs::read_to_string(&older_file).unwrap())["date"],
        json!("2025-06-01")
    );
    let not_ours = site.path("not-ours.html");
    std::fs::write(&not_ours, "<!doctype html><title>x</title><p>Hello").unwrap();

    // Progress: files by date, oldest first, then today's results.
    let input = css(&client, "#progress-input").await;
    let paths: Vec<String> = [&plain_file, &older_file, &locked_file, &not_ours]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    input.send_keys(&paths.join("\n")).await.unwrap();
    wait_for(&client, "document.querySelector('.progress-table')").await;
    let message = css(&client, ".progress-out > div > p")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        plain(&message),
        "not-ours.html is not a results file from this site."
    );
    let header = script(&client, "return [...document.querySelectorAll('.progress-table thead th')].map(th => th.textContent)").await;
    assert_eq!(header, json!(["Pillar", "2025-06-01", date, "Today"]));
    // The locked one asks for its passphrase, and refuses a wrong one.
    let pass = css(&client, ".progress-out input[type=password]").await;
    pass.send_keys("wrong").await.unwrap();
    css(&client, ".progress-out .field button")
        .await
        .click()
        .await
        .unwrap();
    wait_for(
        &client,
        "!document.querySelector('.progress-out [role=alert]').hidden",
    )
    .await;
    pass.clear().await.unwrap();
    pass.send_keys("correct horse").await.unwrap();
    css(&client, ".progress-out .field button")
        .await
        .click()
        .await
        .unwrap();
    wait_for(
        &client,
        "document.querySelectorAll('.progress-table thead th').length === 5",
    )
    .await;
    let career = script(
        &client,
        "return [...document.querySelectorAll('.progress-table tbody tr')][4].textContent",
    )
    .await;
    assert_eq!(career, json!("Career and employment40100100100"));
    assert_eq!(overflow(&client).await, json!(true));
    nothing_kept(&client, 1).await;

    // The plain file opens from disk and shows the results.
    client.goto(&file_url(&plain_file)).await.unwrap();
    let shown = script(
        &client,
        "return [document.querySelectorAll('.chart li').length, document.querySelectorAll('dd').length,
                 document.querySelectorAll('.work-on a').length > 0, document.body.textContent.includes('Cook <b>twice</b> a week'),
                 performance.getEntriesByType('resource').length]",
    )
    .await;
    assert_eq!(shown[0], json!(9));
    assert!(shown[1].as_u64().unwrap() >= 68, "{shown}");
    assert_eq!(
        shown.as_array().unwrap()[2..],
        [json!(true), json!(true), json!(0)],
        "{shown}"
    );
    let expected_digits = digits(&counts);
    assert_eq!(expected_digits.len(), 68);
    assert_eq!(overflow(&client).await, json!(true));

    // The locked file opens with its passphrase only.
    client.goto(&file_url(&locked_file)).await.unwrap();
    css(&client, "#p").await.send_keys("not it").await.unwrap();
    css(&client, "#u button").await.click().await.unwrap();
    wait_for(&client, "!document.getElementById('e').hidden").await;
    assert_eq!(
        script(
            &client,
            "return document.querySelectorAll('.chart li').length"
        )
        .await,
        json!(0)
    );
    let field = css(&client, "#p").await;
    field.clear().await.unwrap();
    field.send_keys("correct horse").await.unwrap();
    css(&client, "#u button").await.click().await.unwrap();
    wait_for(
        &client,
        "document.querySelectorAll('.chart li').length === 9",
    )
    .await;
    let text = script(&client, "return document.body.textContent").await;
    assert!(text.as_str().unwrap().contains("Cook <b>twice</b> a week"));
    assert_eq!(
        script(
            &client,
            "return performance.getEntriesByType('resource').length"
        )
        .await,
        json!(0)
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_qr_link_hands_the_results_to_a_fresh_browser() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let page = server.url("/mip/en/self-assessment/");
    let client = start(&site, &driver, "profile", &page).await;
    take_assessment(&client).await;
    let counts = statement_counts(&client).await;
    let values = script(
        &client,
        "return [...document.querySelectorAll('.chart-value')].map(v => v.textContent)",
    )
    .await;

    css(&client, "[data-handover]").await.click().await.unwrap();
    let qr = css(&client, ".qr svg").await;
    let link = format!("{page}#r={}~{}", version(), digits(&counts));
    assert_eq!(
        script(&client, "return document.querySelector('.qr').dataset.url").await,
        json!(link)
    );
    assert_eq!(overflow(&client).await, json!(true));
    nothing_kept(&client, 1).await;
    let png = site.path("qr.png");
    std::fs::write(&png, qr.screenshot().await.unwrap()).unwrap();
    client.close().await.unwrap();

    // The mentor's phone: a fresh browser opens the link.
    let phone = start(&site, &driver, "mentor-profile", &link).await;
    css(
        &phone,
        ".results:not([hidden]) [data-received]:not([hidden])",
    )
    .await;
    assert_eq!(
        script(
            &phone,
            "return [...document.querySelectorAll('.chart-value')].map(v => v.textContent)"
        )
        .await,
        values
    );
    assert_eq!(script(&phone, "return location.hash").await, json!(""));
    assert_eq!(
        script(&phone, "return location.href").await,
        json!(page),
        "the fragment is gone from the address"
    );
    nothing_kept(&phone, 1).await;

    // A link for another version of the questions is not scored.
    phone
        .goto(&format!("{page}#r=1999.1~{}", digits(&counts)))
        .await
        .unwrap();
    phone.refresh().await.unwrap();
    let status = css(&phone, ".assessment-form .status")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        status.starts_with("This link was made for another version of the questions"),
        "{status}"
    );
    assert_eq!(
        script(&phone, "return document.querySelector('.results').hidden").await,
        json!(true)
    );
    nothing_kept(&phone, 0).await;
    phone.close().await.unwrap();

    assert_eq!(decode_qr(&png), link);
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn the_mentors_ratings_show_differences_and_fill_the_toolkit() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    let client = start(
        &site,
        &driver,
        "profile",
        &server.url("/mip/en/self-assessment/"),
    )
    .await;
    take_assessment(&client).await;
    let counts = statement_counts(&client).await;

    css(&client, "[data-mentor-start]")
        .await
        .click()
        .await
        .unwrap();
    let rated = script(
        &client,
        "return [...document.querySelectorAll('.mentor-form fieldset')].map(f => f.querySelector('input').name.slice(7))",
    )
    .await;
    let rated: Vec<String> = serde_json::from_value(rated).unwrap();
    // Education and finance, then community or self-determination.
    assert!(rated.iter().any(|s| s == "education-find-course"));
    assert!(rated.iter().all(|s| !s.starts_with("career-")));
    // The mentor sees education as "With some help" (3) where the young
    // person said "Not yet" (1), and finance as they do (1).
    for id in &rated {
        let value = if id.starts_with("education-") {
            3
        } else if id.starts_with("finance-") {
            1
        } else {
            2
        };
        css(
            &client,
            &format!(".mentor-form input[name=\"mentor-{id}\"][value=\"{value}\"]"),
        )
        .await
        .find(Locator::XPath(".."))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    }
    css(&client, "[data-mentor-done]")
        .await
        .click()
        .await
        .unwrap();
    css(&client, ".mentor-compare:not([hidden])").await;
    let rows = script(
        &client,
        "return document.querySelectorAll('.mentor-compare tbody tr').length",
    )
    .await;
    assert_eq!(rows, json!(rated.len()));
    let first = script(&client, "return [...document.querySelector('.mentor-compare tbody tr').children].map(c => c.textContent)").await;
    assert_eq!(
        first,
        json!([
            "I can find a course or training that fits what I want to do.",
            "Not yet",
            "With some help"
        ])
    );
    let differ = script(
        &client,
        "return [...document.querySelectorAll('.differ li strong')].map(s => s.textContent)",
    )
    .await;
    assert_eq!(
        differ.as_array().unwrap().len(),
        counts[0],
        "every education statement: {differ}"
    );
    assert_eq!(overflow(&client).await, json!(true));
    nothing_kept(&client, 1).await;

    // The toolkit, pre-filled with both columns.
    let href = script(
        &client,
        "return document.querySelector('[data-toolkit]').href",
    )
    .await;
    let href = href.as_str().unwrap().to_string();
    let mentor: String = counts
        .iter()
        .enumerate()
        .flat_map(|(i, n)| {
            let digit = match PILLARS[i] {
                "education" => '3',
                "finance" => '1',
                p if rated.iter().any(|s| s.starts_with(&format!("{p}-"))) => '2',
                _ => '0',
            };
            std::iter::repeat_n(digit, *n)
        })
        .collect();
    assert!(
        href.ends_with(&format!(
            "/mip/en/mentors/toolkit/#r={}~{}&m={mentor}",
            version(),
            digits(&counts)
        )),
        "{href}"
    );
    client.goto(&href).await.unwrap();
    wait_for(&client, "document.querySelector('.chosen')").await;
    let marks = script(
        &client,
        "return [document.querySelectorAll('td.young-person .chosen').length, document.querySelectorAll('td.mentor .chosen').length,
                 document.querySelector('tr[data-item=education-find-course] td.young-person .chosen').textContent,
                 document.querySelector('tr[data-item=education-find-course] td.mentor .chosen').textContent, location.hash]",
    )
    .await;
    assert_eq!(marks, json!([68, rated.len(), "1", "3", ""]));
    nothing_kept(&client, 0).await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver; .ci/run runs them"]
async fn right_to_left_pages_fit_a_phone_screen() {
    let driver = Driver::start();
    let site = shipped_site();
    let server = Server::start(&site);
    for locale in ["ar", "fa"] {
        let client = start(
            &site,
            &driver,
            &format!("profile-{locale}"),
            &server.url(&format!("/mip/{locale}/self-assessment/")),
        )
        .await;
        assert_eq!(
            script(&client, "return document.documentElement.dir").await,
            json!("rtl")
        );
        assert_eq!(overflow(&client).await, json!(true), "{locale}: the form");
        take_assessment(&client).await;
        assert_eq!(
            overflow(&client).await,
            json!(true),
            "{locale}: the results"
        );
        css(&client, "[data-mentor-start]")
            .await
            .click()
            .await
            .unwrap();
        css(&client, "[data-handover]").await.click().await.unwrap();
        css(&client, ".qr svg").await;
        assert_eq!(
            overflow(&client).await,
            json!(true),
            "{locale}: mentor, plan and QR code"
        );
        let direction = script(
            &client,
            "return getComputedStyle(document.querySelector('.work-on')).direction",
        )
        .await;
        assert_eq!(direction, json!("rtl"));
        nothing_kept(&client, 1).await;
        client.close().await.unwrap();
    }
}
