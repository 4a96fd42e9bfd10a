// The self-assessment, one pillar at a time, with results on the page.
// Without this script the form still works: all pillars on one page, and
// the endpoint answers with a results page of its own.
// Privacy: answers live only in this page. Nothing goes to storage, cookies
// or any address but the scoring endpoint.
"use strict";

(() => {
  const form = document.querySelector(".assessment-form");
  const results = document.querySelector(".results");
  if (!form || !results || !window.fetch) return;

  const steps = [...form.querySelectorAll("fieldset.step")];
  const progress = form.querySelector(".progress");
  const labels = [...form.querySelectorAll("[data-step-label]")];
  const bar = form.querySelector(".progress-bar span");
  const back = form.querySelector("[data-back]");
  const next = form.querySelector("[data-next]");
  const submit = form.querySelector("[data-submit]");
  const status = form.querySelector(".status");
  const message = (name) => form.querySelector(`template[data-message="${name}"]`).innerHTML;
  let current = 0;

  function show(index, focus) {
    current = index;
    steps.forEach((step, i) => { step.hidden = i !== index; });
    labels.forEach((label, i) => { label.hidden = i !== index; });
    bar.style.inlineSize = `${((index + 1) / steps.length) * 100}%`;
    back.hidden = index === 0;
    next.hidden = index === steps.length - 1;
    submit.hidden = index !== steps.length - 1;
    if (focus) {
      const legend = steps[index].querySelector("legend");
      legend.focus();
      legend.scrollIntoView({ block: "start" });
    }
  }

  progress.hidden = false;
  form.classList.add("one-at-a-time");
  show(0, false);
  back.addEventListener("click", () => show(Math.max(0, current - 1), true));
  next.addEventListener("click", () => show(Math.min(steps.length - 1, current + 1), true));

  function answers() {
    const found = {};
    for (const input of form.querySelectorAll("input[type=radio]:checked")) {
      const value = Number(input.value);
      if (Number.isInteger(value) && value >= 1 && value <= 5) found[input.name] = value;
    }
    return found;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.textContent = message("sending");
    submit.disabled = true;
    const body = JSON.stringify({ version: form.elements.version.value, answers: answers() });
    let response;
    try {
      response = await fetch(form.dataset.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body,
        credentials: "omit",
        cache: "no-store",
      });
    } catch {
      status.textContent = message("offline");
      submit.disabled = false;
      return;
    }
    submit.disabled = false;
    if (!response.ok) {
      status.textContent = message(response.status >= 500 ? "offline" : "error");
      return;
    }
    status.textContent = "";
    showResults(await response.json());
  });

  const template = (selector) => results.querySelector(`template[${selector}]`).innerHTML;
  const text = (selector) => {
    const element = document.createElement("span");
    element.innerHTML = template(selector);
    return element.textContent;
  };

  function showResults(report) {
    const chart = results.querySelector(".chart");
    const byId = new Map(report.pillars.map((p) => [p.id, p]));
    // Strengths first: highest score at the top, unscored pillars last.
    const order = [...report.pillars].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    for (const pillar of order) {
      const row = chart.querySelector(`li[data-pillar="${pillar.id}"]`);
      row.querySelector(".chart-bar span").style.inlineSize = `${pillar.score ?? 0}%`;
      const value = pillar.score === null
        ? text('data-band="too-few"')
        : `${text("data-score").replace("{score}", pillar.score)} · ${text(`data-band="${pillar.band}"`)}`;
      row.querySelector(".chart-value").textContent =
        `${value} (${text(`data-answered="${Math.min(pillar.answered, 8)}"`)})`;
      row.dataset.band = pillar.band;
      chart.append(row);
    }

    const fill = (list, ids) => {
      list.replaceChildren();
      for (const id of ids) {
        const pillar = byId.get(id);
        const row = chart.querySelector(`li[data-pillar="${id}"] .chart-name`);
        const item = document.createElement("template");
        item.innerHTML = template("data-link-template");
        const li = item.content.firstElementChild;
        li.querySelector(".guide-link").href = row.getAttribute("href");
        li.querySelector(".guide-link").textContent = row.textContent;
        li.querySelector(".band").textContent = text(`data-band="${pillar.band}"`);
        li.querySelector(".workshops-link").href = `${row.getAttribute("href")}#workshops-heading`;
        list.append(li);
      }
      list.closest("section").hidden = ids.length === 0;
    };
    fill(results.querySelector(".strengths"), order.filter((p) => p.band === "strong").map((p) => p.id));
    fill(results.querySelector(".work-on"), report.priorities);

    form.hidden = true;
    document.querySelector(".assessment").classList.add("has-results");
    results.hidden = false;
    results.focus();
    results.scrollIntoView({ block: "start" });
  }

  results.querySelector("[data-print-results]").addEventListener("click", () => window.print());

  // A self-contained copy of the results, made in the browser and saved only
  // where the user chooses.
  results.querySelector("[data-save-results]").addEventListener("click", () => {
    const copy = results.cloneNode(true);
    copy.querySelectorAll("template, .results-actions").forEach((e) => e.remove());
    copy.hidden = false;
    const css = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:1rem auto;padding:0 1rem}" +
      ".chart{list-style:none;padding:0}.chart li{margin-block-end:.75rem}" +
      ".chart-bar{display:block;block-size:.75rem;background:#dfe8ea;border-radius:.4rem;overflow:hidden}" +
      ".chart-bar span{display:block;block-size:100%;background:#0b5563}";
    const html = `<!doctype html><html lang="${document.documentElement.lang}" dir="${document.documentElement.dir}">` +
      `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${document.title}</title><style>${css}</style></head><body>${copy.outerHTML}</body></html>`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    link.download = `self-assessment-${new Date().toISOString().slice(0, 10)}.html`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });

  results.querySelector("[data-restart]").addEventListener("click", () => {
    form.reset();
    results.hidden = true;
    document.querySelector(".assessment").classList.remove("has-results");
    form.hidden = false;
    show(0, true);
  });
})();
