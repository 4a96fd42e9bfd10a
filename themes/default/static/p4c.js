// The P4C directory, /<locale>/p4c/ (p4c.html): its filter links, which
// lead to static lists without this script, filter the cards in place. One
// value per field (kind of help, pillar, where, language); fields combine.
// The filters live in the query string (?category=legal&region=IT), so a
// filtered directory can be shared and survives reload and back.
"use strict";

(() => {
  const nav = document.getElementById("p4c-filters");
  if (!nav) return;
  const links = [...nav.querySelectorAll("a[data-field]")];
  const cards = [...document.querySelectorAll(".p4c-entries [data-region]")];
  const sections = [...document.querySelectorAll(".p4c-entries")];
  const status = nav.querySelector(".p4c-status");
  const counts = nav.querySelector("#p4c-counts").content;
  const fields = ["category", "pillar", "region", "language"];
  const chosen = new Map();

  const offered = (field, value) => links.some((a) => a.dataset.field === field && a.dataset.value === value);
  const params = new URLSearchParams(location.search);
  for (const field of fields) {
    const value = params.get(field);
    // A value the page does not offer (an old or mistyped link) is dropped.
    if (value && offered(field, value)) chosen.set(field, value);
  }

  const apply = () => {
    let shown = 0;
    for (const card of cards) {
      const fits = [...chosen].every(([field, value]) => card.dataset[field].split(" ").includes(value));
      card.hidden = !fits;
      if (fits) shown += 1;
    }
    for (const section of sections) {
      const list = section.querySelector("ul.cards");
      if (list) list.hidden = chosen.size > 0 && !list.querySelector("li:not([hidden])");
    }
    for (const a of links) {
      const on = chosen.get(a.dataset.field) === a.dataset.value;
      if (on) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    const said = counts.querySelector(`[data-count="${shown}"]`);
    status.textContent = chosen.size && said ? said.textContent : "";
    const query = new URLSearchParams([...chosen]).toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  };

  nav.addEventListener("click", (event) => {
    const a = event.target.closest("a[data-field]");
    if (!a) return;
    event.preventDefault();
    const { field, value } = a.dataset;
    if (chosen.get(field) === value) chosen.delete(field);
    else chosen.set(field, value);
    apply();
  });
  nav.classList.add("p4c-live");
  apply();
})();
