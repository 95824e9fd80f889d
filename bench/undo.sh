#!/usr/bin/env bash
# Undo benchmark: what the automatic undo snapshot costs a command that changes data. Times a one-shot
# `fklab -c "band rename 1 ..."` (which copies the database aside first) against `fklab -c "band show 1"`
# (which does not), on a new workspace and on one holding the large dataset (2,000 bands, 100,000 listings).
# Prints the median of several runs of each and the size of the database files copied.
# Usage: bench/undo.sh [RUNS]   (default 7)
set -euo pipefail

runs="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "Preparing: building fklab and two workspaces..." >&2
./fklab --workspace "$work/small" -c "band list" >/dev/null
./fklab --workspace "$work/large" -c "seed load large --replace" >/dev/null

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_ms() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

printf 'runs each: %s\n' "$runs"
for ws in small large; do
  ./fklab --workspace "$work/$ws" -c "band show 1" >/dev/null # warm the file cache
  : >"$work/$ws.read.ms"; : >"$work/$ws.change.ms"
  for i in $(seq "$runs"); do
    time_ms ./fklab --workspace "$work/$ws" -c "band show 1" >>"$work/$ws.read.ms"
    time_ms ./fklab --workspace "$work/$ws" -c "band rename 1 \"Renamed $i\"" >>"$work/$ws.change.ms"
  done
  size=$(du -sk "$work/$ws/db" | cut -f1)
  read_ms=$(median "$work/$ws.read.ms"); change_ms=$(median "$work/$ws.change.ms")
  printf '%-5s workspace (db %6s KiB): band show 1 %5s ms, band rename 1 (with undo snapshot) %5s ms, difference %5s ms\n' \
    "$ws" "$size" "$read_ms" "$change_ms" "$(( change_ms - read_ms ))"
done
