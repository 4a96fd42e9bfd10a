#!/usr/bin/env bash
# Issue 10, point 8: Lighthouse (mobile) in its four categories and axe
# violations on the home page, a workshop, the self-assessment and the search
# page, and (issue 14) a handout, a training module, a country guide, the
# glossary, an easy-read page and the accessibility statement, in English and
# Arabic, on the shipped site served by `integra serve`
# (compressed, as a CDN would send it). Prints one line per page.
#   bash bench/phone_audit.sh [INTEGRA_BINARY]
# Needs Debian's chromium and chromium-driver, and Node.js; lighthouse and
# @axe-core/cli are installed with npm into bench/.tools on first use (the
# chromedriver npm package's download is skipped: Debian's is used).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/integra}
[ -x "$bin" ] || cargo build --release -q -p integra
tools=bench/.tools
if [ ! -x "$tools/node_modules/.bin/lighthouse" ] || [ ! -x "$tools/node_modules/.bin/axe" ]; then
  mkdir -p "$tools"
  (cd "$tools" && [ -f package.json ] || echo '{"private":true}' >"$tools/package.json")
  (cd "$tools" && CHROMEDRIVER_SKIP_DOWNLOAD=true npm install --silent --no-audit --no-fund lighthouse @axe-core/cli >/dev/null)
fi
out=$(mktemp -d)
port=${PORT:-8391}
"$bin" serve --port "$port" --output "$out/public" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/en/" >/dev/null 2>&1 && break
  sleep 0.2
done
first() { (cd "content/en/$1" && ls *.md | grep -v '^_' | head -1 | sed 's/\.md$//'); }
workshop=$(first workshops)
handout=$(first handouts)
module=$(first training)
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-52s %5s %5s %5s %5s %5s\n' page perf a11y best seo axe
for locale in en ar; do
  for path in "" "workshops/$workshop/" "self-assessment/" "search/" \
    "handouts/$handout/" "training/$module/" "countries/italy/" "glossary/" \
    "easy-read/housing/" "accessibility/"; do
    url="http://127.0.0.1:$port/$locale/$path"
    if ! curl -fs -o /dev/null "$url"; then
      printf '%-52s %s\n' "/$locale/$path" "not in the site"
      continue
    fi
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$url" --quiet --form-factor=mobile \
      --chrome-flags="$flags" --output=json --output-path="$out/lh.json" >/dev/null 2>&1
    scores=$(python3 -c "
import json; c = json.load(open('$out/lh.json'))['categories']
print(' '.join('%5d' % round(100 * (c[k]['score'] or 0)) for k in ['performance', 'accessibility', 'best-practices', 'seo']))")
    axe=$("$tools/node_modules/.bin/axe" "$url" --chromedriver-path /usr/bin/chromedriver \
      --chrome-options="headless=new,no-sandbox,disable-gpu" --stdout 2>/dev/null |
      python3 -c "import json,sys; print(sum(len(r['violations']) for r in json.load(sys.stdin)))")
    printf '%-52s %s %5s\n' "/$locale/$path" "$scores" "$axe"
  done
done
