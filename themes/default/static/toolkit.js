// The printable toolkit, opened from the self-assessment's results with
// #r=<version>~<digits>[&m=<digits>] (format: see assessment.js): marks the
// young person's answers and the mentor's ratings, then removes the
// fragment from the address. Nothing is stored or sent.
"use strict";

(() => {
  const toolkit = document.querySelector(".toolkit[data-version]");
  const found = /^#r=([^~&]+)~([0-5]+)(?:&m=([0-5]+))?$/.exec(location.hash);
  if (!toolkit || !found) return;
  history.replaceState(null, "", location.href.split("#")[0]);
  const rows = [...toolkit.querySelectorAll("tr[data-item]")];
  if (found[1] !== toolkit.dataset.version || found[2].length !== rows.length) return;
  const mark = (digits, column) => rows.forEach((row, i) => {
    const box = digits && row.querySelector(`td.${column} span[data-value="${digits[i]}"]`);
    if (box) {
      box.classList.add("chosen");
      // The boxes are hidden from screen readers: say the answer in the cell.
      const said = document.createElement("span");
      said.className = "visually-hidden";
      said.textContent = digits[i];
      box.parentElement.after(said);
    }
  });
  mark(found[2], "young-person");
  mark(found[3], "mentor");
})();
