#!/usr/bin/env bash
# What search costs the build (issue 10: at most 30% more time): the same
# integra binary builds the bench corpus with search (the default) and with
# `search = false` in config.toml, side by side in the same hyperfine runs:
# a clean build, and a build after one workshop's text was edited. Needs
# hyperfine (`apt-get install hyperfine`).
#
# The corpus and its outputs go to memory (/dev/shm) where there is one,
# or to $BENCH_DIR. On ext4 the clean builds swung by ±30% with the order
# of the runs, whatever they built: creating thousands of files just after
# deleting thousands is slow there, and it measured the disk, not search.
#   bash bench/search_cost.sh [INTEGRA_BINARY] [WORKSHOPS_PER_LOCALE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/integra}")
per_locale=${2:-1000}
runs=${3:-5}
[ -x "$bin" ] || cargo build --release -q -p integra
scratch=${BENCH_DIR:-/dev/shm}
[ -d "$scratch" ] && [ -w "$scratch" ] || scratch=${TMPDIR:-/tmp}
work=$(mktemp -d -p "$scratch")
trap 'rm -rf "$work"' EXIT
python3 bench/corpus.py "$work/on" "$per_locale" >/dev/null
cp -r "$work/on" "$work/off"
sed -i 's/^theme = "default"$/&\nsearch = false/' "$work/off/config.toml"
grep -q '^search = false$' "$work/off/config.toml"
sheet=content/en/workshops/bench-0001-building-my-document-folder.md

pages=$(cd "$work/on" && "$bin" build | sed -E 's/^Built ([0-9]+) pages.*/\1/')
(cd "$work/off" && "$bin" build >/dev/null)
echo "corpus: $pages pages in 8 locales, in $scratch; binary $bin"
echo "files written: with search $(find "$work/on/public" -type f | wc -l), without $(find "$work/off/public" -type f | wc -l)"

compare() { # name, hyperfine options...
  local name=$1; shift
  echo
  echo "## $name"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-markdown "$work/table.md" "$@" \
    -n "without search" "cd $work/off && $bin build" \
    -n "with search" "cd $work/on && $bin build" >/dev/null
  cat "$work/table.md"
}
# `sync` before each run: otherwise a run pays for writing out the files
# of the runs before it, and the build that writes more pays more.
compare "build, clean (no output, no manifest, no kept search terms)" \
  --prepare "rm -rf $work/on/public $work/on/.public.* $work/off/public $work/off/.public.*; sync"
compare "build, one English workshop's text edited" \
  --prepare "date +'Edited at %N.' | tee -a $work/on/$sheet >> $work/off/$sheet; sync"
