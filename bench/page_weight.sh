#!/usr/bin/env bash
# The self-assessment page's weight with its scripts, per locale, against the
# budget of issue 9 (90 KB uncompressed). Prints one line per locale.
#   bash bench/page_weight.sh [INTEGRA_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/integra}
[ -x "$bin" ] || cargo build --release -q -p integra
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" build --output "$out/public" >/dev/null 2>&1
python3 - "$out/public" <<'PY'
import os, re, sys
public = sys.argv[1]
budget = 90_000
print(f"{'locale':8} {'html':>8} {'scripts':>8} {'total':>8}  budget {budget} bytes")
for locale in sorted(os.listdir(public)):
    page = os.path.join(public, locale, "self-assessment", "index.html")
    if not os.path.isfile(page):
        continue
    html = open(page, encoding="utf-8").read()
    scripts = 0
    for src in re.findall(r'<script[^>]+src="?([^" >]+)', html):
        path = os.path.join(public, src.split("?")[0].lstrip("/"))
        scripts += os.path.getsize(path)
    size = os.path.getsize(page)
    total = size + scripts
    print(f"{locale:8} {size:8} {scripts:8} {total:8}  {'ok' if total <= budget else 'OVER'}")
PY
