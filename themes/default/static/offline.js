// Offline reading, loaded by site.js when there is something to show or do:
// the date of a page read from the device, a new version waiting for the
// reader's "Reload" (the new worker takes over only then, as in Workbox),
// and "Save <language> for offline", which asks the worker to keep every
// file of this locale and the browser to keep the copy
// (navigator.storage.persist) rather than clear it when space runs low or,
// in Safari, after a week without a visit.
"use strict";

(() => {
  const workers = navigator.serviceWorker;
  const offline = document.getElementById("offline");
  const button = document.getElementById("offline-save");
  const status = document.getElementById("offline-status");
  const texts = offline.dataset;
  const lang = document.documentElement.lang;
  const day = (iso) => new Date(iso).toLocaleDateString(lang, { dateStyle: "long" });
  const number = (n) => n.toLocaleString(lang);
  const main = document.getElementById("main");
  const note = (text) => {
    const p = document.createElement("p");
    p.className = "notice";
    p.setAttribute("role", "status");
    p.textContent = text;
    main.prepend(p);
    return p;
  };

  // The worker marks a page it serves from the device with the date it
  // was kept.
  const copy = document.querySelector('meta[name="integra-offline-copy"]');
  if (copy) note(texts.copy.replace("{date}", day(copy.content)));

  let updating = false;
  const offer = (waiting) => {
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
  workers.addEventListener("controllerchange", () => {
    if (updating) window.location.reload();
  });
  workers.getRegistration().then((registration) => {
    if (!registration) return;
    const check = () => registration.waiting && workers.controller && offer(registration.waiting);
    check();
    registration.addEventListener("updatefound", () =>
      registration.installing.addEventListener("statechange", check),
    );
  });

  const save = async () => {
    button.disabled = true;
    try {
      if (navigator.storage && navigator.storage.persist) {
        await navigator.storage.persist();
      }
      const registration = await workers.ready;
      const saved = await new Promise((resolve, reject) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = ({ data }) => {
          if (data.error) reject(new Error(data.error));
          else if (data.saved) resolve(data.saved);
          else {
            status.textContent = texts.saving
              .replace("{done}", number(data.done))
              .replace("{total}", number(data.total));
          }
        };
        registration.active.postMessage({ type: "save", locale: lang }, [channel.port2]);
      });
      status.textContent = texts.saved.replace("{date}", day(saved));
      offline.dataset.state = "saved";
    } catch (error) {
      status.textContent = texts.failed;
      offline.dataset.state = "failed";
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener("click", save);
  if (texts.save) save();
})();
