// The footer of every printed page of a print pack: its title, address,
// language and the date. The date is filled in here, in the reader's
// language, rather than at build time: builds stay the same byte for byte
// whatever the day, and the date is the day of printing.
//
// Chromium repeats a fixed footer on every page but lets text run beneath
// it, so with JavaScript the footer is moved into the pages' bottom margin
// as CSS page-margin boxes, which nothing can overlap. Without JavaScript
// the fixed footer stays, without the date.
"use strict";

const footer = document.querySelector(".print-footer");
if (footer) {
  const dateSlot = footer.querySelector("[data-print-date]");
  const [title, address, language] = [...footer.querySelectorAll("span")].map((s) =>
    s.textContent.trim(),
  );
  // A CSS string: backslashes and quotes escaped, line breaks removed.
  const css = (text) => `"${text.replace(/[\\"]/g, "\\$&").replace(/\s+/g, " ")}"`;
  const rtl = document.documentElement.dir === "rtl";
  const sheet = new CSSStyleSheet();
  const update = () => {
    const lang = document.documentElement.lang || undefined;
    const date = new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(new Date());
    dateSlot.textContent = date;
    const [start, end] = rtl ? ["right", "left"] : ["left", "right"];
    sheet.replaceSync(`@media print {
  @page {
    @bottom-${start} { content: ${css(`${title} · ${language} · ${date}`)}; }
    @bottom-${end} { content: ${css(address)}; }
  }
  .print-footer { display: none !important; }
}`);
  };
  update();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  // A page left open overnight prints with the day it is printed.
  window.addEventListener("beforeprint", update);
}
