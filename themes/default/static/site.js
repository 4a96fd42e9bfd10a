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

// Offline reading (README, "Offline"): the service worker keeps the pages
// read, a new version waits for the reader's "Reload", and a page shown
// from the device says so. Without service workers nothing changes.
const offline = document.getElementById("offline");
if (offline && "serviceWorker" in navigator) {
  const texts = offline.dataset;
  const main = document.getElementById("main");
  const note = (text) => {
    const p = document.createElement("p");
    p.className = "notice";
    p.setAttribute("role", "status");
    p.textContent = text;
    main.prepend(p);
    return p;
  };
  const copy = document.querySelector('meta[name="integra-offline-copy"]');
  if (copy) {
    const date = new Date(copy.content).toLocaleDateString(document.documentElement.lang, {
      dateStyle: "long",
    });
    note(texts.copy.replace("{date}", date));
  }
  let updating = false;
  const offerUpdate = (waiting) => {
    if (document.getElementById("offline-update")) return;
    const p = note(`${texts.update} `);
    p.id = "offline-update";
    const reload = document.createElement("button");
    reload.type = "button";
    reload.className = "button";
    reload.textContent = texts.reload;
    reload.addEventListener("click", () => {
      updating = true;
      waiting.postMessage({ type: "skip-waiting" });
    });
    p.append(reload);
  };
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (updating) window.location.reload();
  });
  navigator.serviceWorker
    .register(`${texts.base}sw.js`, { scope: texts.base })
    .then((registration) => {
      const watch = (worker) =>
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) {
            offerUpdate(worker);
          }
        });
      if (registration.waiting && navigator.serviceWorker.controller) {
        offerUpdate(registration.waiting);
      }
      if (registration.installing) watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      if (!navigator.serviceWorker.controller) {
        // The first page loaded before the worker: keep it and its files.
        navigator.serviceWorker.ready.then((ready) => {
          const urls = [window.location.href];
          for (const el of document.querySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]")) {
            urls.push(el.href || el.src);
          }
          ready.active.postMessage({ type: "keep", urls });
        });
      }
    })
    .catch(() => {});
  // Saving a language is in its own script, loaded when asked for.
  offline.hidden = false;
  const save = document.getElementById("offline-save");
  save.addEventListener(
    "click",
    () => {
      const script = document.createElement("script");
      script.src = texts.script;
      document.head.append(script);
    },
    { once: true },
  );
}
