// The root page: sends visitors to the first of their preferred languages
// that the site has, else to the default one. A file rather than an inline
// script, so that the site's Content-Security-Policy allows no inline script.
"use strict";
(() => {
  const data = document.currentScript.dataset;
  const available = data.languages.split(" ");
  const wanted = navigator.languages || [navigator.language || ""];
  for (const language of wanted) {
    let tag = String(language).toLowerCase();
    for (let tries = 0; tries < 2; tries++) {
      const found = available.find((code) => code.toLowerCase() === tag);
      if (found) {
        location.replace(`${data.base}${found}/`);
        return;
      }
      tag = tag.split("-")[0];
    }
  }
  location.replace(`${data.base}${data.default}/`);
})();
