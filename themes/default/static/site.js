// Progressive enhancements only: every page works without this file.
"use strict";

// Print buttons need JavaScript, so they stay hidden without it.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

// Close the language menu with Escape and return focus to its toggle.
for (const menu of document.querySelectorAll("details.languages")) {
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
}
