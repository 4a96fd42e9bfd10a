#!/usr/bin/env bash
# Bytes a search transfers on the shipped site, per locale, against the
# budget of issue 10 (150 KB): the search page with its styles and scripts,
# docs.json, the term shard of each query word and the text shards of the
# results shown with a snippet (the first 10), uncompressed, as search.js
# fetches them. Each locale is tried with its 20 most frequent words of four
# letters or more (the searches with the most results) and each query is
# one of them; the line shows the median and the largest.
#   bash bench/search_transfer.sh [INTEGRA_BINARY]
source "$(dirname "$0")/shipped_site.sh"
python3 - "$out/public" <<'PY'
import json, os, re, statistics, sys
public = sys.argv[1]
budget = 150_000
shown_with_snippets = 10

def size(path):
    return os.path.getsize(os.path.join(public, path.lstrip("/")))

def shard_of(term, shards):
    h = 0
    for c in term[:2]:
        h = h * 31 + ord(c)
    return h % shards

print(f"{'locale':8} {'page+assets':>11} {'docs':>7} {'median':>7} {'largest':>7}  largest query  (budget {budget} bytes)")
for locale in sorted(os.listdir(public)):
    folder = os.path.join(public, locale, "search")
    if not os.path.isdir(folder):
        continue
    html = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    page = size(f"{locale}/search/index.html") + sum(
        size(src) for src in re.findall(r'(?:src|href)="(/[^"?]+\.(?:js|css|svg))[?"]', html)
    )
    docs = json.load(open(os.path.join(folder, "docs.json"), encoding="utf-8"))
    docs_size = size(f"{locale}/search/docs.json")
    counts = {}
    for n in range(docs["term_shards"]):
        for term, postings in json.load(open(os.path.join(folder, "t", f"{n}.json"), encoding="utf-8")).items():
            if len(term) >= 4:
                counts[term] = sum(w for _, w in postings)
    words = sorted(counts, key=lambda t: -counts[t])[:20]
    totals = []
    for word in words:
        shard = shard_of(word, docs["term_shards"])
        terms = json.load(open(os.path.join(folder, "t", f"{shard}.json"), encoding="utf-8"))
        found = {}
        for term, postings in terms.items():
            if term.startswith(word):
                for doc, weight in postings:
                    found[doc] = max(found.get(doc, 0), weight)
        ranked = sorted(found, key=lambda d: (docs["docs"][d][3], -found[d], d))
        texts = {d % docs["text_shards"] for d in ranked[:shown_with_snippets]}
        total = page + docs_size + size(f"{locale}/search/t/{shard}.json") + sum(
            size(f"{locale}/search/x/{n}.json") for n in texts
        )
        totals.append((total, word))
    largest = max(totals)
    median = statistics.median(t for t, _ in totals)
    verdict = "ok" if largest[0] <= budget else "OVER"
    print(f"{locale:8} {page:11} {docs_size:7} {median:7.0f} {largest[0]:7}  {largest[1]}  {verdict}")
PY
