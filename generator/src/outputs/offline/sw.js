// The site's service worker. The build puts BASE (the site's path), VERSION
// (a hash of every file it wrote, so that the browser sees a new worker
// after every change), LOCALES and ENDPOINT (the self-assessment's) in
// front of this code, and SCRIPT, the address of offline.js. It follows Workbox's documented behaviour, without
// Workbox: pages network-first with the cache as fallback, hashed files
// cache-first, saved locales precached with a revision per file so that an
// update downloads only what changed, and a new worker that waits until
// the reader asks for the new version.
"use strict";

// Pages and files read while browsing.
const PAGES = "integra-pages";
// The files of the locales a reader saved for offline use.
const SAVED = "integra-saved";
// Headers the worker adds to what it keeps: when it was kept, and the
// revision the build gave it.
const SAVED_AT = "x-integra-saved-at";
const REVISION = "x-integra-rev";
// A saved locale's files are kept gzipped where the browser can
// (CompressionStream: Chromium 80, Safari 16.4, Firefox 113), so that a
// pack takes about a third of the room on the device; this header marks
// such a copy, which is unpacked before it is served.
const PACKED = "x-integra-packed";
// How long a page may take before its kept copy is shown instead.
const PATIENCE_MS = 6000;

const listOf = (locale) => `${BASE}${locale}/offline.json`;
// Keys hold no query and no fragment: `style.css?v=…` is `style.css`.
const keyOf = (url) => {
  const u = new URL(url, self.location.href);
  return u.origin + u.pathname;
};

// A copy of `response` to keep, stamped with the time and its revision,
// and gzipped when it is part of a saved locale (`pack`). Building a new
// response also drops the "redirected" flag, which browsers refuse for a
// page.
async function stamp(response, revision, pack) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  if (revision) headers.set(REVISION, revision);
  let body = await response.blob();
  if (pack && self.CompressionStream) {
    body = await new Response(body.stream().pipeThrough(new CompressionStream("gzip"))).blob();
    headers.set(PACKED, "gzip");
    headers.delete("content-length");
  }
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

// A kept copy as it was fetched: unpacked if it was kept gzipped.
function unpacked(response) {
  if (!response || !response.headers.get(PACKED)) return response;
  const headers = new Headers(response.headers);
  headers.delete(PACKED);
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

// Whether a response may be kept: a whole answer from this site that does
// not ask not to be stored.
function keepable(response) {
  return (
    response.ok &&
    response.status === 200 &&
    response.type === "basic" &&
    !/no-store/i.test(response.headers.get("cache-control") || "")
  );
}

// The newest kept copy of `url`, from browsing or from a saved locale.
async function kept(url) {
  const key = keyOf(url);
  const found = await Promise.all(
    [PAGES, SAVED].map((name) =>
      caches.open(name).then((cache) => cache.match(key, { ignoreSearch: true })),
    ),
  );
  const copies = found.filter(Boolean);
  copies.sort((a, b) =>
    (b.headers.get(SAVED_AT) || "").localeCompare(a.headers.get(SAVED_AT) || ""),
  );
  return unpacked(copies[0]);
}

// A kept page, marked so that the page's script can say it is an offline
// copy and from when.
async function marked(response) {
  const when = response.headers.get(SAVED_AT);
  if (!when || !(response.headers.get("content-type") || "").startsWith("text/html")) {
    return response;
  }
  const html = await response.text();
  const meta = `<meta name="integra-offline-copy" content="${when.replace(/[^0-9TZ:.-]/g, "")}">`;
  return new Response(html.replace("</head>", `${meta}</head>`), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function keep(request, response) {
  if (!keepable(response)) return;
  const copy = await stamp(response.clone(), "");
  const cache = await caches.open(PAGES);
  await cache.put(keyOf(request.url), copy);
}

// Network first: the reader sees the newest page (and `integra serve`'s
// live reload keeps working); the kept copy when the network fails or is
// too slow.
async function networkFirst(event, page) {
  const request = event.request;
  const fromNetwork = fetch(request).then((response) => {
    event.waitUntil(keep(request, response).catch(() => {}));
    return response;
  });
  const copy = await kept(request.url);
  if (!copy) {
    try {
      return await fromNetwork;
    } catch (error) {
      const missing = page ? await kept(`${BASE}${localeOf(request.url)}404.html`) : null;
      if (missing) return marked(missing);
      throw error;
    }
  }
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, PATIENCE_MS, "slow");
  });
  try {
    const first = await Promise.race([fromNetwork, slow]);
    if (first !== "slow") return first;
  } catch (_) {
    // Offline: the copy below.
  } finally {
    clearTimeout(timer);
  }
  return page ? marked(copy) : copy;
}

// Hashed files (`?v=…`) never change at an address: cache first.
async function cacheFirst(event) {
  const request = event.request;
  const exact = await caches.match(request);
  if (exact) return unpacked(exact);
  try {
    const response = await fetch(request);
    event.waitUntil(keep(request, response).catch(() => {}));
    return response;
  } catch (error) {
    // Offline, and this version is not kept: another one is better than none.
    const other = await kept(request.url);
    if (other) return other;
    throw error;
  }
}

function localeOf(url) {
  const rest = new URL(url).pathname.slice(BASE.length);
  const first = rest.split("/")[0];
  return LOCALES.includes(first) ? `${first}/` : "";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  // The self-assessment's answers are posted: nothing but GET is touched.
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const endpoint = new URL(ENDPOINT, self.location.href);
  // The endpoint, the live reload's event stream, the worker and the
  // precache lists always go to the network.
  if (
    url.pathname.startsWith(endpoint.pathname) ||
    url.pathname.includes("/_tower-livereload") ||
    (request.headers.get("accept") || "").includes("text/event-stream") ||
    url.pathname === `${BASE}sw.js` ||
    url.pathname.endsWith("/offline.json")
  ) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(event, true));
  } else if (url.searchParams.has("v")) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event, false));
  }
});

// The locales saved on this device: those whose list is kept.
async function savedLocales() {
  const cache = await caches.open(SAVED);
  const saved = [];
  for (const locale of LOCALES) {
    if (await cache.match(keyOf(listOf(locale)))) saved.push(locale);
  }
  return saved;
}

// Downloads the files of `locale` whose revision is not the kept one, four
// at a time, then keeps the list. `progress(done, total)` follows it.
async function save(locale, progress) {
  const listed = await fetch(listOf(locale), { cache: "no-cache" });
  if (!listed.ok) throw new Error(`${listOf(locale)}: ${listed.status}`);
  const { files } = await listed.clone().json();
  const cache = await caches.open(SAVED);
  const queue = files.slice();
  let done = 0;
  let downloaded = 0;
  const worker = async () => {
    while (queue.length) {
      const { url, rev } = queue.shift();
      const have = await cache.match(keyOf(url));
      if (!have || have.headers.get(REVISION) !== rev) {
        const response = await fetch(url, { cache: "no-cache" });
        if (!keepable(response)) throw new Error(`${url}: ${response.status}`);
        await cache.put(keyOf(url), await stamp(response, rev, true));
        downloaded += 1;
      }
      done += 1;
      if (progress) progress(done, files.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await cache.put(keyOf(listOf(locale)), await stamp(listed, ""));
  return downloaded;
}

// Removes kept files that no saved locale lists any more.
async function prune() {
  const cache = await caches.open(SAVED);
  const wanted = new Set();
  for (const locale of await savedLocales()) {
    wanted.add(keyOf(listOf(locale)));
    const list = await cache.match(keyOf(listOf(locale)));
    const { files } = await list.json();
    for (const { url } of files) wanted.add(keyOf(url));
  }
  for (const request of await cache.keys()) {
    if (!wanted.has(keyOf(request.url))) await cache.delete(request);
  }
}

// A new worker brings the saved locales up to date before it waits: only
// changed files are downloaded. Offline, it installs all the same and the
// old copies stay.
// It also keeps offline.js, which says that a page is an offline copy.
self.addEventListener("install", (event) => {
  const script = new URL(SCRIPT, self.location.href).href;
  event.waitUntil(
    Promise.all([
      fetch(script)
        .then(async (response) => {
          if (keepable(response)) {
            await (await caches.open(PAGES)).put(script, await stamp(response, ""));
          }
        })
        .catch(() => {}),
      savedLocales()
        .then((locales) => Promise.all(locales.map((locale) => save(locale))))
        .catch(() => {}),
    ]),
  );
});

// Pages open when the first worker starts loaded before it could keep
// them: it keeps them now (their files are kept as the next page asks for
// them).
async function keepOpenPages() {
  const open = await self.clients.matchAll({ type: "window" });
  const cache = await caches.open(PAGES);
  await Promise.all(
    open
      .map((client) => keyOf(client.url))
      .filter((url) => url.startsWith(self.location.origin + BASE))
      .map(async (url) => {
        if (await cache.match(url)) return;
        const response = await fetch(url);
        if (keepable(response)) await cache.put(url, await stamp(response, ""));
      }),
  );
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    prune()
      .catch(() => {})
      .then(() => self.clients.claim())
      .then(keepOpenPages)
      .catch(() => {}),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const port = event.ports[0];
  if (data.type === "skip-waiting") {
    self.skipWaiting();
  } else if (data.type === "version" && port) {
    port.postMessage({ version: VERSION });
  } else if (data.type === "save" && LOCALES.includes(data.locale) && port) {
    event.waitUntil(
      save(data.locale, (done, total) => port.postMessage({ done, total }))
        .then(prune)
        .then(
          () => port.postMessage({ saved: new Date().toISOString() }),
          (error) => port.postMessage({ error: String(error) }),
        ),
    );
  }
});
