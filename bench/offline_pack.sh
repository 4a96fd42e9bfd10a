#!/usr/bin/env bash
# Each locale's offline pack of the shipped site — the files its
# `<locale>/offline.json` lists, which "Save <language> for offline" keeps —
# against the budget of issue 10 (3 MB). The service worker keeps each file
# gzipped (CompressionStream, zlib's default level 6, as here), so `gzipped`
# is both what the pack takes on the device and about what saving it costs
# in data; `total` is the size unpacked, what a browser without
# CompressionStream keeps.
# Prints one line per locale.
#   bash bench/offline_pack.sh [INTEGRA_BINARY]
source "$(dirname "$0")/shipped_site.sh"
python3 - "$out/public" config.toml <<'PY'
import gzip, json, os, re, sys
public, config = sys.argv[1], sys.argv[2]
base = re.search(r'^base_url\s*=\s*"https?://[^/]+(/[^"]*)"', open(config).read(), re.M).group(1)
budget = 3_000_000
print(f"{'locale':8} {'files':>6} {'pages':>8} {'shared':>8} {'total':>9} {'gzipped':>9}  budget {budget} bytes on the device")
for locale in sorted(os.listdir(public)):
    listed = os.path.join(public, locale, "offline.json")
    if not os.path.isfile(listed):
        continue
    files = json.load(open(listed, encoding="utf-8"))["files"]
    pages = shared = gzipped = 0
    for entry in files:
        relative = entry["url"][len(base):]
        if relative.endswith("/") or relative == "":
            relative += "index.html"
        data = open(os.path.join(public, relative), "rb").read()
        size = len(data)
        gzipped += len(gzip.compress(data, 6))
        if relative.startswith(locale + "/"):
            pages += size
        else:
            shared += size
    total = pages + shared
    print(f"{locale:8} {len(files):6} {pages:8} {shared:8} {total:9} {gzipped:9}  {'ok' if gzipped <= budget else 'OVER'}")
PY
