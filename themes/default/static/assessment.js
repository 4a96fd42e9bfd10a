// The self-assessment, one pillar at a time, then the journey after it:
// results with every answer, pillars to work on, a plan, the mentor's view,
// a saved file, progress over saved files, and a QR code for another phone.
// Without this script the form posts and the endpoint answers with a page.
//
// Privacy: answers, ratings and the plan live only in this page. Nothing goes
// to storage or cookies, and the only request is the POST of the answers
// (free text is never in it). The POST carries this page's address, so
// that the endpoint answers with the hand-over link and its QR code.
//
// Hand-over link: <page address without fragment>#r=<version>~<digits>
//   <version>: the questionnaire's version, e.g. 2026.2;
//   <digits>: one character per statement, in questionnaire order:
//   '0' skipped, '1'..'5' the answer. The toolkit page also takes
//   &m=<digits>, the mentor's ratings in the same form ('0' not rated).
//
// Saved file: one HTML file with <script type="application/json"
// id="integra-results"> holding {"format":"integra-results/1", "version",
// "locale", "date" (YYYY-MM-DD), "answers" {id: 1-5}, "report" (the
// endpoint's), "work_on" [pillar ids], "mentor"? {id: 1-5}, "plan"?
// {pillar: {workshops, goal, helper, review}}}; or, with a passphrase,
// {"format":"integra-results/1","encrypted":{"kdf":"PBKDF2-SHA-256",
// "iterations":600000,"salt","iv","ciphertext" (base64)}}: AES-GCM-256 of
// the JSON {"data": <the above>, "html": <the results markup>}.
"use strict";

(() => {
  const form = document.querySelector(".assessment-form");
  const results = document.querySelector(".results");
  if (!form || !results || !window.fetch) return;

  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const make = (tag, props, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
  // Numbers in the digits the page's language writes them with, as the
  // build's Fluent formatter does (mip::texts::zero_digit): Arabic ٠–٩,
  // Farsi and Pashto ۰–۹.
  const zero = { ar: 0x660, fa: 0x6f0, ps: 0x6f0 }[document.documentElement.lang.split("-")[0]];
  const num = (n) => (zero ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d))) : String(n));
  const texts = JSON.parse($("#assessment-texts").textContent);
  const t = (key, n) => texts[key].replace("{n}", typeof n === "number" ? num(n) : n);
  const on = (s, f, type = "click") => $(s).addEventListener(type, f);
  const FORMAT = "integra-results/1";
  const version = form.elements.version.value;
  const max = Number(form.dataset.max);
  const steps = $$("fieldset.step", form);
  // A statement's data-w gives positions in this list, not ids: shorter.
  const workshopIds = $$("template[data-workshop]").map((w) => w.dataset.workshop);
  const statements = steps.flatMap((step) => $$(":scope > fieldset", step).map((f) => ({
    id: f.name,
    pillar: step.dataset.pillar,
    text: $("legend", f).textContent,
    workshops: (f.dataset.w || "").split(" ").filter(Boolean).map((n) => workshopIds[n]),
    guide: f.dataset.guide,
  })));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const pillars = steps.map((s) => s.dataset.pillar);
  const scale = $$("label", $(":scope > fieldset", steps[0])).slice(0, 5).map((l) => l.textContent);
  // The chart's rows, one per pillar, named as the form's steps are: they
  // are shown only with this script, so the page does not carry them.
  for (const step of steps) {
    const row = make("li", {},
      make("a", { className: "chart-name", href: step.dataset.url, textContent: $("legend", step).lastChild.textContent.trim() }),
      make("span", { className: "chart-bar" }, make("span")),
      make("span", { className: "chart-value" }));
    row.dataset.pillar = step.dataset.pillar;
    row.children[1].setAttribute("aria-hidden", "true");
    $(".chart", results).append(row);
  }
  const link = (p) => $(`.chart li[data-pillar="${p}"] .chart-name`);
  const pillarName = (p) => link(p).textContent;
  // A workshop's link, and the language it is written in when that is
  // not the page's: [link] or [link, " (in English)"].
  const workshop = (id) => {
    const w = $(`template[data-workshop="${id}"]`);
    const a = make("a", { href: `${form.dataset.workshops}${id}/`, textContent: w.content.textContent });
    const lang = w.dataset.lang;
    if (!lang) return [a];
    const label = $(`template[data-in-language="${lang}"]`);
    Object.assign(a, { lang, dir: label.dataset.dir });
    return [a, label.content.textContent];
  };
  const pageUrl = () => location.href.split("#")[0];
  const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
  const encode = (values) => statements.map((s) => values[s.id] || 0).join("");
  const status = $(".status", form);
  let answers, report, workOn = [], mentor = {}, plan = {};

  // ---- one pillar at a time ------------------------------------------
  const back = $("[data-back]", form);
  const next = $("[data-next]", form);
  const submit = $("[data-submit]", form);
  let current = 0;
  function show(index, focus) {
    current = index;
    steps.forEach((step, i) => { step.hidden = i !== index; });
    $(".progress-text", form).textContent = t("assessment-progress", index + 1);
    $(".progress-bar span", form).style.inlineSize = `${((index + 1) / steps.length) * 100}%`;
    back.hidden = index === 0;
    next.hidden = index === steps.length - 1;
    submit.hidden = index !== steps.length - 1;
    if (focus) {
      const legend = $("legend", steps[index]);
      legend.focus();
      legend.scrollIntoView({ block: "start" });
    }
  }
  $(".progress", form).hidden = false;
  form.classList.add("one-at-a-time");
  show(0, false);
  back.addEventListener("click", () => show(Math.max(0, current - 1), true));
  next.addEventListener("click", () => show(Math.min(steps.length - 1, current + 1), true));

  function chosen() {
    const found = {};
    for (const input of $$("input[type=radio]:checked", form)) {
      const value = Number(input.value);
      if (value >= 1 && value <= 5) found[input.closest("fieldset").name] = value;
    }
    return found;
  }

  async function score(values) {
    status.textContent = t("assessment-sending");
    submit.disabled = true;
    let response;
    try {
      response = await fetch(form.dataset.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ version, answers: values, page: pageUrl() }),
        credentials: "omit",
        cache: "no-store",
      });
    } catch {
      status.textContent = t("assessment-offline");
      return false;
    } finally {
      submit.disabled = false;
    }
    if (!response.ok) {
      status.textContent = t(response.status >= 500 ? "assessment-offline" : "assessment-error");
      return false;
    }
    status.textContent = "";
    showResults(await response.json(), values);
    return true;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    score(chosen());
  });

  // ---- results -------------------------------------------------------
  const band = (p) => t(`band-${p.band}`);
  const scoreText = (p) => (p.score === null ? band(p) : `${t("assessment-score", p.score)} · ${band(p)}`);

  function showResults(rep, values) {
    report = rep;
    answers = values;
    mentor = {};
    plan = {};
    const chart = $(".chart", results);
    const order = [...rep.pillars].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    for (const p of order) {
      const row = $(`li[data-pillar="${p.id}"]`, chart);
      $(".chart-bar span", row).style.inlineSize = `${p.score ?? 0}%`;
      $(".chart-value", row).textContent = `${scoreText(p)} (${t(`answered-${Math.min(p.answered, 8)}`)})`;
      row.dataset.band = p.band;
      chart.append(row);
    }
    const strong = order.filter((p) => p.band === "strong");
    $(".strengths", results).replaceChildren(...strong.map((p) =>
      make("li", {}, make("a", { className: "guide-link", href: link(p.id).getAttribute("href"), textContent: pillarName(p.id) }))));
    $(".strengths-section", results).hidden = !strong.length;

    $(".answer-list", results).replaceChildren(...pillars.flatMap((p) => [
      make("h4", { textContent: pillarName(p) }),
      make("dl", {}, ...statements.filter((s) => s.pillar === p).flatMap((s) => [
        make("dt", { textContent: s.text }),
        make("dd", { textContent: values[s.id] ? scale[values[s.id] - 1] : t("scale-skipped") }),
      ])),
    ]));

    workOn = rep.priorities.slice(0, max);
    $(".choices", results).replaceChildren(...pillars.map((p) => make("label", { className: "check" },
      make("input", { type: "checkbox", value: p, checked: workOn.includes(p), onchange: choose }), pillarName(p))));
    $$(".mentor-form, [data-mentor-done], .mentor-compare, .qr", results).forEach((e) => { e.hidden = true; });
    $$("[aria-expanded]", results).forEach((e) => e.setAttribute("aria-expanded", "false"));
    $(".save .status", results).textContent = "";
    renderWorkOn();

    form.hidden = true;
    document.querySelector(".assessment").classList.add("has-results");
    results.hidden = false;
    results.focus();
    results.scrollIntoView({ block: "start" });
    renderProgress();
  }

  function choose() {
    const boxes = $$(".choices input", results);
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    // Keep the order already chosen; new pillars go last.
    workOn = workOn.filter((p) => ticked.includes(p)).concat(ticked.filter((p) => !workOn.includes(p)));
    renderWorkOn();
  }

  // The workshops for the statements rated lowest in a pillar, once each.
  function workshopsOf(p) {
    const lowest = report.pillars.find((x) => x.id === p).lowest;
    return [...new Set(lowest.flatMap((id) => byId.get(id).workshops))];
  }

  function guideOf(p) {
    const lowest = report.pillars.find((x) => x.id === p).lowest;
    const s = lowest.map((id) => byId.get(id)).find((x) => x.guide);
    return s ? `${link(p).getAttribute("href")}#${s.guide}` : link(p).getAttribute("href");
  }

  function renderWorkOn() {
    for (const box of $$(".choices input", results)) box.disabled = !box.checked && workOn.length >= max;
    $(".work-on-none", results).hidden = workOn.length > 0;
    $(".work-on", results).replaceChildren(...workOn.map((p) => {
      const ids = workshopsOf(p);
      const li = make("li", {},
        make("a", { className: "guide-link", href: link(p).getAttribute("href"), textContent: pillarName(p) }), " ",
        make("span", { className: "band", textContent: band(report.pillars.find((x) => x.id === p)) }));
      li.dataset.pillar = p;
      li.append(ids.length
        ? make("p", { className: "muted", textContent: t("assessment-workshops-heading") })
        : make("p", {}, make("a", { className: "guide-link", href: guideOf(p), textContent: t("assessment-no-workshop") })));
      if (ids.length) li.append(make("ul", { className: "workshops" }, ...ids.map((id) => make("li", {}, ...workshop(id)))));
      return li;
    }));
    renderPlan();
    if (!$(".mentor-form", results).hidden) renderMentor();
  }

  on("[data-print-results]", () => window.print());
  on("[data-restart]", () => {
    form.reset();
    answers = report = undefined;
    results.hidden = true;
    document.querySelector(".assessment").classList.remove("has-results");
    form.hidden = false;
    show(0, true);
    renderProgress();
  });

  // ---- the plan: free text that never leaves this page ---------------
  function renderPlan() {
    $(".plan-pillars", results).replaceChildren(...workOn.map((p) => {
      const entry = (plan[p] ||= { workshops: [], goal: "", helper: "", review: "" });
      const id = (k) => `plan-${p}-${k}`;
      const field = (k, input) => {
        input.id = id(k);
        input.value = entry[k];
        input.autocomplete = "off";
        input.oninput = () => { entry[k] = input.value; };
        return make("p", { className: "field" }, make("label", { htmlFor: id(k), textContent: t(`plan-${k}`) }), input);
      };
      const ids = workshopsOf(p);
      const boxes = ids.length ? [make("fieldset", {}, make("legend", { textContent: t("plan-workshop") }),
        ...ids.map((w) => make("label", { className: "check" }, make("input", {
          type: "checkbox", checked: entry.workshops.includes(w),
          onchange: (e) => { entry.workshops = ids.filter((x) => x === w ? e.target.checked : entry.workshops.includes(x)); },
        }), workshop(w)[0].textContent)))] : [];
      return make("fieldset", { className: "plan-pillar" }, make("legend", { textContent: pillarName(p) }), ...boxes,
        field("goal", make("textarea", { rows: 3 })), field("helper", make("input", { type: "text" })),
        field("review", make("input", { type: "date" })));
    }));
  }

  const planData = () => Object.fromEntries(workOn.map((p) => [p, plan[p]]));

  // The plan as a printable sheet: every field, empty ones as lines to write on.
  function planSheet() {
    return make("div", {}, make("h2", { textContent: t("plan-heading") }), ...workOn.flatMap((p) => {
      const e = plan[p];
      const dl = make("dl");
      const add = (k, ...v) => dl.append(make("dt", { textContent: t(`plan-${k}`) }), make("dd", { className: v.length ? "" : "write-in" }, ...v));
      add("goal", ...(e.goal ? [e.goal] : []));
      add("workshop", ...(e.workshops.length ? [make("ul", {}, ...e.workshops.map((w) => make("li", {}, ...workshop(w))))] : []));
      add("helper", ...(e.helper ? [e.helper] : []));
      add("review", ...(e.review ? [e.review] : []));
      return [make("h3", { textContent: pillarName(p) }), dl];
    }));
  }

  on("[data-print-plan]", () => {
    const sheet = $(".plan-sheet", results);
    sheet.replaceChildren(planSheet());
    document.documentElement.classList.add("print-plan");
    window.print();
    document.documentElement.classList.remove("print-plan");
  });

  // ---- the mentor's view ---------------------------------------------
  const mentorForm = $(".mentor-form", results);
  function renderMentor() {
    mentorForm.replaceChildren(...statements.filter((s) => workOn.includes(s.pillar)).map((s) =>
      make("fieldset", {}, make("legend", { textContent: s.text }), ...scale.map((label, i) =>
        make("label", {}, make("input", {
          type: "radio", name: `mentor-${s.id}`, value: i + 1, checked: mentor[s.id] === i + 1,
          onchange: () => { mentor[s.id] = i + 1; },
        }), label)))));
  }
  on("[data-mentor-start]", (e) => {
    renderMentor();
    mentorForm.hidden = false;
    $("[data-mentor-done]", results).hidden = false;
    e.target.setAttribute("aria-expanded", "true");
    $("input", mentorForm)?.focus();
  });
  on("[data-mentor-done]", () => {
    const box = $(".mentor-compare", results);
    const rated = statements.filter((s) => mentor[s.id]);
    const label = (n) => (n ? scale[n - 1] : t("scale-skipped"));
    $("tbody", box).replaceChildren(...rated.map((s) => make("tr", {},
      make("th", { scope: "row", textContent: s.text }), make("td", { textContent: label(answers[s.id]) }),
      make("td", { textContent: label(mentor[s.id]) }))));
    const differ = rated.filter((s) => answers[s.id] && Math.abs(answers[s.id] - mentor[s.id]) >= 2);
    const [, who, me] = $$("thead th", box).map((th) => th.textContent);
    $(".differ", box).replaceChildren(...differ.map((s) => make("li", {}, make("strong", { textContent: s.text }),
      make("br"), `${who}: ${label(answers[s.id])} · ${me}: ${label(mentor[s.id])}`)));
    $(".differ", box).hidden = $(".differ-intro", box).hidden = !differ.length;
    $(".differ-none", box).hidden = differ.length > 0;
    const toolkit = $("[data-toolkit]", box);
    toolkit.href = `${toolkit.href.split("#")[0]}#r=${version}~${encode(answers)}&m=${encode(mentor)}`;
    box.hidden = false;
    box.focus();
  });

  // ---- the saved file --------------------------------------------------
  const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
  const unb64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const ITERATIONS = 600000;
  async function key(passphrase, salt, iterations, use) {
    const raw = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
    return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, raw,
      { name: "AES-GCM", length: 256 }, false, [use]);
  }
  async function encrypt(value, passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ciphertext = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await key(passphrase, salt, ITERATIONS, "encrypt"),
      new TextEncoder().encode(JSON.stringify(value)));
    return { kdf: "PBKDF2-SHA-256", iterations: ITERATIONS, salt: b64(salt), iv: b64(iv), ciphertext: b64(ciphertext) };
  }
  async function decrypt(e, passphrase) {
    const k = await key(passphrase, unb64(e.salt), e.iterations, "decrypt");
    return JSON.parse(new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: unb64(e.iv) }, k, unb64(e.ciphertext))));
  }

  // What the file shows: scores, pillars to work on, every answer, the
  // mentor's view if made, the plan if asked for. Links made absolute.
  function resultsMarkup(date, withPlan) {
    const box = make("div", {}, make("h1", { textContent: t("save-file-title") }),
      make("p", { textContent: t("save-file-date", date) }), make("p", { textContent: t("save-file-version", version) }));
    const part = (s) => { const c = $(s, results).cloneNode(true); c.hidden = false; box.append(c); return c; };
    part(".scores");
    part(".work-on-section");
    part(".answers");
    if (!$(".mentor-compare", results).hidden) part(".mentor-compare");
    if (withPlan) box.append(planSheet());
    box.append(make("p", {}, make("a", { href: pageUrl(), textContent: t("save-open-site") })));
    $$("fieldset, [hidden], [data-toolkit], .work-on-none", box).forEach((e) => e.remove());
    for (const a of $$("a[href]", box)) a.setAttribute("href", a.href);
    for (const e of $$("[id], [tabindex], [aria-labelledby]", box)) ["id", "tabindex", "aria-labelledby"].forEach((n) => e.removeAttribute(n));
    return box.innerHTML;
  }

  const CSS = "body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:auto;padding:1rem;overflow-wrap:break-word}" +
    ".chart{list-style:none;padding:0}.chart-bar{display:block;block-size:.75rem;background:#dfe8ea}" +
    ".chart-bar span{display:block;block-size:100%;background:#0b5563;print-color-adjust:exact}" +
    "dt{font-weight:600}dd{margin:0 0 .5rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3rem;text-align:start}" +
    ".write-in{border-block-end:1px solid;min-block-size:1.5rem}input,button{font:inherit;min-block-size:44px}";
  // The locked file's only script: derive the key, decrypt, show.
  const UNLOCK = "document.getElementById('u').onsubmit=async e=>{e.preventDefault();const g=i=>document.getElementById(i)," +
    "b=s=>Uint8Array.from(atob(s),c=>c.charCodeAt(0)),d=JSON.parse(g('integra-results').textContent).encrypted,c=crypto.subtle;" +
    "try{const k=await c.deriveKey({name:'PBKDF2',hash:'SHA-256',salt:b(d.salt),iterations:d.iterations}," +
    "await c.importKey('raw',new TextEncoder().encode(g('p').value),'PBKDF2',!1,['deriveKey']),{name:'AES-GCM',length:256},!1,['decrypt']);" +
    "g('r').innerHTML=JSON.parse(new TextDecoder().decode(await c.decrypt({name:'AES-GCM',iv:b(d.iv)},k,b(d.ciphertext)))).html}" +
    "catch{g('e').hidden=!1}}";
  const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

  function fileHtml(json, body, locked) {
    const root = document.documentElement;
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src ${locked ? "'unsafe-inline'" : "'none'"}`;
    return `<!doctype html><html lang="${root.lang}" dir="${root.dir}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${csp}">` +
      `<title>${esc(t("save-file-title"))}</title><style>${CSS}</style>` +
      `<script type="application/json" id="integra-results">${JSON.stringify(json).replace(/</g, "\\u003c")}</script>` +
      `</head><body><main id="r">${body}</main>${locked ? `<script>${UNLOCK}</script>` : ""}</body></html>`;
  }

  on("[data-save]", async () => {
    const section = $(".save", results);
    const passphrase = $("#save-passphrase").value;
    const withPlan = $("#save-plan").checked;
    const date = today();
    const data = { format: FORMAT, version, locale: form.elements.lang.value, date, answers, report, work_on: workOn };
    if (Object.keys(mentor).length) data.mentor = mentor;
    if (withPlan) data.plan = planData();
    const html = resultsMarkup(date, withPlan);
    const file = passphrase
      ? fileHtml({ format: FORMAT, encrypted: await encrypt({ data, html }, passphrase) },
        `<h1>${esc(t("save-file-title"))}</h1><form id="u"><p>${esc(t("save-locked-intro"))}</p>` +
        `<p><label for="p">${esc(t("save-passphrase-label"))}</label> <input type="password" id="p" autocomplete="off"> ` +
        `<button>${esc(t("save-unlock"))}</button></p><p id="e" role="alert" hidden>${esc(t("save-wrong-passphrase"))}</p></form>`, true)
      : fileHtml(data, html, false);
    const a = make("a", { href: URL.createObjectURL(new Blob([file], { type: "text/html" })), download: `self-assessment-${date}.html` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    $(".status", section).textContent = t("save-done");
  });

  // ---- progress over saved files, read here and never uploaded -------
  const progress = $(".progress-files");
  const out = $(".progress-out", progress);
  let opened = [];
  progress.hidden = false;
  on("#progress-input", async (event) => {
    opened = [];
    out.replaceChildren();
    const errors = make("div");
    out.append(errors);
    for (const file of event.target.files) {
      let json;
      try {
        json = JSON.parse(new DOMParser().parseFromString(await file.text(), "text/html").getElementById("integra-results").textContent);
      } catch { /* not ours */ }
      if (json?.format !== FORMAT) {
        errors.append(make("p", { textContent: t("progress-not-results", file.name) }));
      } else if (json.encrypted) {
        errors.append(unlockRow(file.name, json.encrypted));
      } else {
        opened.push(json);
      }
    }
    renderProgress();
  }, "change");

  function unlockRow(name, encrypted) {
    const id = `progress-pass-${$$("input[type=password]", out).length}`;
    const input = make("input", { type: "password", id, autocomplete: "off" });
    const wrong = make("p", { textContent: t("save-wrong-passphrase"), hidden: true, role: "alert" });
    const row = make("div", { className: "field" }, make("label", { htmlFor: id, textContent: t("progress-passphrase", name) }), input,
      make("button", { type: "button", className: "button secondary", textContent: t("save-unlock"), onclick: async () => {
        try {
          opened.push((await decrypt(encrypted, input.value)).data);
          row.remove();
          renderProgress();
        } catch {
          wrong.hidden = false;
        }
      } }), wrong);
    return row;
  }

  function renderProgress() {
    $(".progress-table", out)?.remove();
    if (!opened.length) return;
    const columns = [...opened].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((d) => [d.date, d.report, d.version]);
    if (report) columns.push([t("progress-now"), report, version]);
    const cell = (rep, p) => {
      const x = rep?.pillars?.find((y) => y.id === p);
      return make("td", { textContent: x && x.score !== null ? num(x.score) : "–", title: x ? band(x) : "" });
    };
    const table = make("table", {}, make("thead", {}, make("tr", {}, make("th", { scope: "col", textContent: t("progress-pillar") }),
      ...columns.map((c) => make("th", { scope: "col", textContent: c[0] })))),
      make("tbody", {}, ...pillars.map((p) => make("tr", {}, make("th", { scope: "row", textContent: pillarName(p) }),
        ...columns.map((c) => cell(c[1], p))))));
    const box = make("div", { className: "progress-table" }, make("div", { className: "table-scroll" }, table));
    if (columns.some((c) => c[2] !== version)) box.prepend(make("p", { className: "notice", textContent: t("progress-other-version") }));
    out.append(box);
  }

  // ---- hand-over by QR code ------------------------------------------
  on("[data-handover]", (e) => {
    const box = $(".qr", results);
    const { link: url, qr } = report.handover;
    let d = "";
    for (let y = 0; y < qr.size; y++) for (let x = 0; x < qr.size; x++) if (qr.modules[y * qr.size + x] === "1") d += `M${x + 4} ${y + 4}h1v1h-1z`;
    const n = qr.size + 8;
    box.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" role="img" shape-rendering="crispEdges">` +
      `<rect width="${n}" height="${n}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
    $("svg", box).setAttribute("aria-label", $("#handover-heading").textContent);
    box.dataset.url = url;
    box.hidden = false;
    e.target.setAttribute("aria-expanded", "true");
  });

  // A hand-over link opened here: fill the form, forget the link, score.
  const handed = /^#r=([^~&]+)~([0-5]+)$/.exec(location.hash);
  if (handed) {
    history.replaceState(null, "", pageUrl());
    if (handed[1] !== version || handed[2].length !== statements.length) {
      status.textContent = t("handover-other-version");
    } else {
      const values = {};
      statements.forEach((s, i) => {
        const n = Number(handed[2][i]);
        if (n) {
          values[s.id] = n;
          $(`fieldset[name="${s.id}"] input[value="${n}"]`, form).checked = true;
        }
      });
      score(values).then((ok) => { $("[data-received]", results).hidden = !ok; });
    }
  }
})();
