// "Save <language> for offline": asks the service worker to keep every file
// of this locale, shows its progress, and asks the browser to keep the
// copy (navigator.storage.persist) rather than clear it when space runs
// low or, in Safari, after a week without a visit. Loaded by site.js on
// the first click of the button; every later click saves again, which
// downloads only what changed.
"use strict";

(() => {
  const offline = document.getElementById("offline");
  const button = document.getElementById("offline-save");
  const status = document.getElementById("offline-status");
  const texts = offline.dataset;
  const lang = document.documentElement.lang;
  const number = (n) => n.toLocaleString(lang);

  const save = async () => {
    button.disabled = true;
    try {
      if (navigator.storage && navigator.storage.persist) {
        await navigator.storage.persist();
      }
      const registration = await navigator.serviceWorker.ready;
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
        registration.active.postMessage({ type: "save", locale: texts.locale }, [channel.port2]);
      });
      const date = new Date(saved).toLocaleDateString(lang, { dateStyle: "long" });
      status.textContent = texts.saved.replace("{date}", date);
      offline.dataset.state = "saved";
    } catch (error) {
      status.textContent = texts.failed;
      offline.dataset.state = "failed";
    } finally {
      button.disabled = false;
    }
  };

  button.addEventListener("click", save);
  save();
})();
