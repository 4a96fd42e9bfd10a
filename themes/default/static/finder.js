// The workshop finder on /<locale>/workshops/ (workshops.html): filters the
// grouped list by pillar, time, group size, format and level. The filters
// live in the query string (?pillar=health&size=4), so a filtered list can
// be shared and survives reload and back. Without this script the form
// stays hidden and the page is the whole grouped list.
"use strict";

(() => {
  const form = document.getElementById("finder");
  if (!form) return;
  const fields = ["pillar", "duration", "size", "format", "level"];
  const cards = [...document.querySelectorAll("section.workshops [data-pillar]")];
  const groups = [...document.querySelectorAll("section.workshops")];
  const status = form.querySelector(".finder-status");
  const counts = form.querySelector("#finder-counts").content;

  const read = () => Object.fromEntries(fields.map((f) => [f, form.elements[f].value.trim()]));
  const number = (text) => Number.parseInt(text, 10);

  // A workshop for "group" or "one-to-one" also fits when it works "either" way.
  const matches = (d, f) =>
    (!f.pillar || d.pillar === f.pillar) &&
    (!f.duration || number(d.duration) <= number(f.duration)) &&
    (!f.size || (number(d.min) <= number(f.size) && number(f.size) <= number(d.max))) &&
    (!f.format || d.format === f.format || d.format === "either") &&
    (!f.level || d.level === f.level);

  const apply = () => {
    const f = read();
    let shown = 0;
    for (const card of cards) {
      card.hidden = !matches(card.dataset, f);
      if (!card.hidden) shown += 1;
    }
    const filtered = fields.some((k) => f[k]);
    for (const group of groups) {
      group.hidden = filtered && !group.querySelector("[data-pillar]:not([hidden])");
    }
    const said = counts.querySelector(`[data-count="${shown}"]`);
    status.textContent = filtered && said ? said.textContent : "";
    const query = new URLSearchParams(fields.filter((k) => f[k]).map((k) => [k, f[k]])).toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  };

  // From the address into the form. A value the form does not offer (an
  // old or mistyped link) is dropped rather than filtering everything out.
  const params = new URLSearchParams(location.search);
  for (const k of fields) {
    const value = params.get(k);
    if (value === null) continue;
    const field = form.elements[k];
    field.value = k === "size" && !/^[1-9][0-9]?$/.test(value) ? "" : value;
    if (field.value !== value) field.value = "";
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  // "Show all": the form's own reset, then the list follows.
  form.addEventListener("reset", () => setTimeout(apply));
  apply();
})();
