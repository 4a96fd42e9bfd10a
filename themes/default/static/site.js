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

// Offline reading (README, "Offline reading"): the service worker keeps the
// pages read. What shows (an offline copy's date, a new version's "Reload",
// saving a language) is in offline.js, loaded only when there is something
// to show or do, so that every page stays light. Without service workers
// nothing changes.
const offline = document.getElementById("offline");
if (offline && "serviceWorker" in navigator) {
  const workers = navigator.serviceWorker;
  const more = () => {
    if (offline.dataset.loaded) return;
    offline.dataset.loaded = "1";
    const script = document.createElement("script");
    script.src = offline.dataset.script;
    document.head.append(script);
  };
  if (document.querySelector('meta[name="integra-offline-copy"]')) more();
  workers
    .register(`${offline.dataset.base}sw.js`, { scope: offline.dataset.base })
    .then((registration) => {
      // A new version waits for the reader.
      const waiting = () => registration.waiting && workers.controller && more();
      waiting();
      registration.addEventListener("updatefound", () =>
        registration.installing.addEventListener("statechange", waiting),
      );
    })
    .catch(() => {});
  offline.hidden = false;
  document.getElementById("offline-save").addEventListener(
    "click",
    () => {
      offline.dataset.save = "1";
      more();
    },
    { once: true },
  );
}
