#!/usr/bin/env bash
# Page weights against their budgets, uncompressed, one line per locale:
# - the self-assessment page with its scripts (issue 9: 90 KB);
# - the heaviest workshop page with its stylesheets and scripts (issue 10:
#   30 KB), named in the last column.
#   bash bench/page_weight.sh [INTEGRA_BINARY]
source "$(dirname "$0")/shipped_site.sh"
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

def linked(html, pattern):
    total = 0
    for src in re.findall(pattern, html):
        total += os.path.getsize(os.path.join(public, src.split("?")[0].lstrip("/")))
    return total

budget = 30_000
print()
print(f"{'locale':8} {'html':>8} {'css':>8} {'scripts':>8} {'total':>8}  budget {budget} bytes, heaviest workshop page")
for locale in sorted(os.listdir(public)):
    folder = os.path.join(public, locale, "workshops")
    if not os.path.isdir(folder):
        continue
    heaviest = None
    for name in os.listdir(folder):
        page = os.path.join(folder, name, "index.html")
        if not os.path.isfile(page):
            continue
        html = open(page, encoding="utf-8").read()
        size = os.path.getsize(page)
        css = linked(html, r'<link rel="?stylesheet"? href="?([^" >]+)')
        scripts = linked(html, r'<script[^>]+src="?([^" >]+)')
        row = (size + css + scripts, size, css, scripts, name)
        heaviest = max(heaviest or row, row)
    total, size, css, scripts, name = heaviest
    print(f"{locale:8} {size:8} {css:8} {scripts:8} {total:8}  {'ok' if total <= budget else 'OVER'}  {name}")
PY
