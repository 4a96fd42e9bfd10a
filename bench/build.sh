#!/usr/bin/env bash
# Benchmark of `integra build`: a corpus of 1,000 workshops in each of the
# 8 locales (plus the shipped pages), built cold (no previous output) and
# warm (replacing the previous output), reporting pages per second and peak
# memory. Needs GNU time (`apt-get install time`) and hyperfine.
#
# usage: bench/build.sh [WORKSHOPS_PER_LOCALE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
per_locale=${1:-1000}
runs=${2:-5}
corpus=$(mktemp -d)/site
trap 'rm -rf "$(dirname "$corpus")"' EXIT

cargo build --release -q
bin=$PWD/target/release/integra
python3 bench/corpus.py "$corpus" "$per_locale"
cd "$corpus"

pages=$("$bin" build | sed -E 's/^Built ([0-9]+) pages.*/\1/')
echo "pages: $pages"

measure() { # name, command...
  local name=$1; shift
  hyperfine --style none --warmup 1 --runs "$runs" --export-json result.json "$@" >/dev/null
  python3 - "$name" "$pages" <<'PY'
import json, sys
name, pages = sys.argv[1], int(sys.argv[2])
r = json.load(open("result.json"))["results"][0]
print(f"{name:>28}: {r['mean']:.2f} s ± {r['stddev']:.2f} (min {r['min']:.2f}) = {pages / r['mean']:,.0f} pages/s")
PY
}
measure "check (load+render, no I/O)" "$bin check"
measure "build, nothing changed" "$bin build"
measure "build, one workshop edited" --prepare "date +'Edited at %N.' >> content/en/workshops/bench-0001-building-my-document-folder.md" "$bin build"
measure "build, cold (no output yet)" --prepare "rm -rf public .public.staging" "$bin build"

/usr/bin/time -f "%M" -o rss.txt "$bin" build >/dev/null
echo "peak memory (build): $(( $(cat rss.txt) / 1024 )) MiB"
