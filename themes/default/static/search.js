// The search page, /<locale>/search/: reads the locale's index beside it
// (docs.json, then one term shard per query word and the text shards of
// the results shown; format: generator/src/search.rs) and lists the pages
// that have every word of the query. Nothing leaves the browser but the
// requests for those files, which an offline copy of the locale answers.
"use strict";

(() => {
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!input || !status || !list) return;
  const say = (id) => document.getElementById(id).textContent.trim();
  const shownIn = {};
  for (const li of document.querySelectorAll("#search-t-languages li")) {
    shownIn[li.dataset.lang] = li.textContent.trim();
  }
  const number = new Intl.NumberFormat(document.documentElement.lang);
  // Results with a snippet; the rest are listed by title.
  const WITH_SNIPPETS = 10;
  const LISTED = 50;

  // Files of the index, fetched once each; a failed fetch is tried again.
  const files = new Map();
  const get = (name) => {
    if (!files.has(name)) {
      const file = fetch(new URL(name, location.href)).then((r) => {
        if (!r.ok) throw new Error(`${name}: ${r.status}`);
        return r.json();
      });
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return files.get(name);
  };

  // The same folding as `fold` in search.rs, with its table from docs.json.
  const WORD = /[\p{L}\p{N}]+/gu;
  const fold = (text, folds) => {
    let out = "";
    for (const c of text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")) {
      out += folds[c] ?? c;
    }
    return out;
  };
  const wordsOf = (text, folds) => fold(text, folds).match(WORD) || [];
  // The same as `shard_of` in search.rs.
  const shardOf = (term, shards) => {
    let hash = 0;
    let taken = 0;
    for (const c of term) {
      if (taken++ === 2) break;
      hash = hash * 31 + c.codePointAt(0);
    }
    return hash % shards;
  };

  // Pages with every word (a word also matches the longer words it
  // starts), the reader's language first, then by weight.
  const find = async (query) => {
    const index = await get("docs.json");
    const words = [...new Set(wordsOf(query, index.folds))].filter((w) => [...w].length >= 2);
    if (!words.length) return { index, words, ranked: null };
    const shards = await Promise.all(
      words.map((w) => get(`t/${shardOf(w, index.term_shards)}.json`)),
    );
    let scores = null;
    words.forEach((word, i) => {
      const found = new Map();
      for (const [term, postings] of Object.entries(shards[i])) {
        if (!term.startsWith(word)) continue;
        const rarity = Math.log(1 + index.docs.length / postings.length);
        const exact = term === word ? 2 : 1;
        for (const [doc, weight] of postings) {
          found.set(doc, Math.max(found.get(doc) || 0, weight * rarity * exact));
        }
      }
      if (scores === null) {
        scores = found;
      } else {
        const both = new Map();
        for (const [doc, score] of scores) {
          if (found.has(doc)) both.set(doc, score + found.get(doc));
        }
        scores = both;
      }
    });
    const ranked = [...scores].sort(
      (a, b) => index.docs[a[0]][3] - index.docs[b[0]][3] || b[1] - a[1] || a[0] - b[0],
    );
    return { index, words, ranked };
  };

  // About thirty words of the page's text around the first match, the
  // matching words marked.
  const snippet = (text, words, folds) => {
    const tokens = text.split(/(\s+)/);
    const matches = (token) => wordsOf(token, folds).some((t) => words.some((w) => t.startsWith(w)));
    const first = Math.max(0, tokens.findIndex(matches));
    const start = Math.max(0, first - 12);
    const p = document.createElement("p");
    p.className = "search-snippet";
    p.dir = "auto";
    if (start > 0) p.append("… ");
    for (const token of tokens.slice(start, start + 60)) {
      if (matches(token)) {
        const mark = document.createElement("mark");
        mark.textContent = token;
        p.append(mark);
      } else {
        p.append(token);
      }
    }
    if (start + 60 < tokens.length) p.append(" …");
    return p;
  };

  let latest = 0;
  const run = async (query) => {
    const mine = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query.trim()) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = say("search-t-loading");
    try {
      const { index, words, ranked } = await find(query);
      if (mine !== latest) return;
      if (ranked === null) {
        status.textContent = say("search-t-short");
        list.replaceChildren();
        return;
      }
      const shown = ranked.slice(0, LISTED);
      const texts = await Promise.all(
        shown.slice(0, WITH_SNIPPETS).map(([doc]) => get(`x/${doc % index.text_shards}.json`)),
      );
      if (mine !== latest) return;
      status.textContent = ranked.length
        ? `${say("search-t-results")} ${number.format(ranked.length)}`
        : say("search-t-none");
      list.replaceChildren(
        ...shown.map(([doc], i) => {
          const [href, title, lang, fallback] = index.docs[doc];
          const li = document.createElement("li");
          li.lang = lang;
          const a = document.createElement("a");
          a.href = href;
          a.textContent = title;
          a.dir = "auto";
          li.append(a);
          if (fallback) {
            const label = document.createElement("span");
            label.className = "search-fallback";
            label.lang = document.documentElement.lang;
            label.textContent = shownIn[lang] || lang;
            li.append(" ", label);
          }
          const text = i < texts.length && texts[i][doc];
          if (text) li.append(snippet(text, words, index.folds));
          return li;
        }),
      );
    } catch {
      if (mine !== latest) return;
      status.textContent = say("search-t-failed");
    }
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 200);
  });
  input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  const asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    run(asked);
  }
})();
