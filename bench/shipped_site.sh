# Sourced by the bench scripts that measure the shipped site (page_weight,
# offline_pack, search_transfer): builds it with the integra binary given as
# the script's first argument (default target/release/integra, built if
# missing) into "$out/public", a temporary folder removed on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${1:-target/release/integra}
[ -x "$bin" ] || cargo build --release -q -p integra
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" build --output "$out/public" >/dev/null 2>&1
