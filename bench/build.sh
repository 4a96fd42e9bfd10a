#!/usr/bin/env bash
# Benchmark of `integra build` on a corpus of 1,000 workshops in each of the
# 8 locales (plus the shipped pages), side by side with another integra
# binary (an earlier version) in the same hyperfine runs, because this
# machine is noisy. Each binary builds its own copy of the corpus, so their
# output folders and manifests never mix. Needs hyperfine and GNU time
# (`apt-get install hyperfine time`).
#
# usage: bench/build.sh BEFORE_BINARY [WORKSHOPS_PER_LOCALE] [RUNS]
#   e.g. git worktree add /tmp/before <commit> && (cd /tmp/before && cargo build --release)
#        bench/build.sh /tmp/before/target/release/integra 1000 10
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "${1:?give the binary to compare with}")
per_locale=${2:-1000}
runs=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -q
after=$PWD/target/release/integra
python3 bench/corpus.py "$work/before" "$per_locale" >/dev/null
cp -r "$work/before" "$work/after"
sheet=content/en/workshops/bench-0001-building-my-document-folder.md

(cd "$work/before" && "$before" build >/dev/null)
pages=$(cd "$work/after" && "$after" build | sed -E 's/^Built ([0-9]+) pages.*/\1/')
echo "corpus: $pages pages in 8 locales; before = $before, after = $after"

compare() { # name, hyperfine options...
  local name=$1; shift
  echo
  echo "## $name"
  hyperfine --style basic --warmup 2 --runs "$runs" --export-markdown "$work/table.md" "$@" \
    -n before "cd $work/before && $before build" \
    -n after "cd $work/after && $after build" >/dev/null
  cat "$work/table.md"
}
compare "build, nothing changed"
compare "build, one workshop edited" \
  --prepare "date +'Edited at %N.' | tee -a $work/before/$sheet >> $work/after/$sheet"
compare "build, one workshop's title edited" \
  --prepare "sed -i -E '0,/^title = \"/s/^title = \"[0-9]*/&1/' $work/before/$sheet $work/after/$sheet"
compare "build, cold (no output yet)" \
  --prepare "rm -rf $work/before/public $work/before/.public.* $work/after/public $work/after/.public.*"
echo
echo "## check (load, validate and render everything, write nothing)"
hyperfine --style basic --warmup 1 --runs "$runs" --export-markdown "$work/table.md" \
  -n before "cd $work/before && $before check" \
  -n after "cd $work/after && $after check" >/dev/null
cat "$work/table.md"

echo
echo "## peak memory (GNU time, maximum resident set)"
peak() { # label, dir, binary, args...
  local label=$1 dir=$2; shift 2
  (cd "$dir" && /usr/bin/time -f "%M" -o "$work/rss.txt" "$@" >/dev/null)
  echo "$label: $(( $(cat "$work/rss.txt") / 1024 )) MiB"
}
for side in before after; do
  bin=${!side}
  peak "$side, build, nothing changed" "$work/$side" "$bin" build
  date +'Edited at %N.' >> "$work/$side/$sheet"
  peak "$side, build, one workshop edited" "$work/$side" "$bin" build
  rm -rf "$work/$side/public" "$work/$side/.public."*
  peak "$side, build, cold" "$work/$side" "$bin" build
done
