#!/usr/bin/env bash
# Kill trials: fklab killed with SIGKILL at a random moment inside a command that changes the workspace, then
# started again. Each trial copies a prepared workspace, runs the command as a one-shot process, kills it at a
# random moment while the command itself runs (after the time a one-shot 'band show 1' takes, before the whole
# command's time is up), reopens the workspace and compares what it holds (row
# counts and sums, applied migrations, snapshots) with the state before the command and the state after it. A
# trial passes when the workspace opens without an error, holds one of the two states whole, and 'undo' still
# works (or says there is nothing to undo). Prints, for each command, how many trials found which state.
# Usage: bench/kills.sh [TRIALS]   (default 10 for each command)
set -euo pipefail

trials="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "Preparing: building fklab and the workspaces..." >&2
./fklab --in-memory -c tables >/dev/null
jar="$root/shell/target/fklab.jar"
fklab() { java -jar "$jar" --keep-going --workspace "$@"; }

# What a workspace holds, leaving out what a start says about putting it right.
state() {
  fklab "$1" -c tables -c showmigrations -c restore \
    -c "sql SELECT (SELECT COALESCE(SUM(id), 0) FROM band) AS b, (SELECT COALESCE(SUM(id), 0) FROM listing) AS l,
        (SELECT COUNT(*) FROM listing WHERE band_id IS NULL) AS orphans FROM (VALUES (0));" 2>&1 \
    | grep -v '^note: ' | grep -v 'Undid\|Nothing to undo' || true
}

# name | what makes the workspace it starts from | the command killed
operations=(
  "seed load large --replace|band add Kraftwerk|seed load large --replace"
  "migrate zero|band add Kraftwerk|migrate zero --yes"
  "migrate (zero to latest)|migrate zero --yes|migrate"
  "reset|seed load large --replace|reset --yes"
  "restore|snapshot before;seed load large --replace|restore before"
  "undo (of a large load)|seed load large --replace|undo"
  "tutorial start|band add Kraftwerk|tutorial start 8 --yes"
  "demo run|band add Kraftwerk|demo run on-delete-rules"
)

printf '%-28s %6s %8s %8s %8s %8s\n' "command killed" trials before after other "undo ok"
total=0; failed=0
for entry in "${operations[@]}"; do
  IFS='|' read -r name setup command <<<"$entry"
  template="$work/template"; rm -rf "$template"
  args=(); IFS=';' read -ra steps <<<"$setup"
  for step in "${steps[@]}"; do args+=(-c "$step"); done
  fklab "$template" "${args[@]}" >/dev/null 2>&1
  before="$(state "$template")"
  rm -rf "$work/done"; cp -r "$template" "$work/done"
  start=$(date +%s%N)
  fklab "$work/done" -c "band show 1" >/dev/null 2>&1 || true
  startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  start=$(date +%s%N)
  fklab "$work/done" -c "$command" >/dev/null 2>&1 || true
  duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$startup_ms" -lt "$duration_ms" ] || startup_ms=0
  after="$(state "$work/done")"
  n_before=0; n_after=0; n_other=0; n_undo=0
  for i in $(seq "$trials"); do
    trial="$work/trial"; rm -rf "$trial"; cp -r "$template" "$trial"
    delay_ms=$(( startup_ms + RANDOM * (duration_ms - startup_ms) / 32768 ))
    java -jar "$jar" --keep-going --workspace "$trial" -c "$command" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    now="$(state "$trial")"
    if [ "$now" = "$before" ]; then n_before=$((n_before + 1))
    elif [ "$now" = "$after" ]; then n_after=$((n_after + 1))
    else
      n_other=$((n_other + 1))
      { echo "== $name, killed after $delay_ms ms: neither state"; diff <(echo "$before") <(echo "$now") || true; } >&2
    fi
    if fklab "$trial" -c undo >/dev/null 2>&1 || fklab "$trial" -c undo 2>&1 | grep -q 'Nothing to undo'; then
      n_undo=$((n_undo + 1))
    fi
  done
  total=$((total + trials)); failed=$((failed + n_other + trials - n_undo))
  printf '%-28s %6s %8s %8s %8s %8s   (killed between %s and %s ms)\n' "$name" "$trials" "$n_before" "$n_after" \
    "$n_other" "$n_undo" "$startup_ms" "$duration_ms"
done
printf '%s trials, %s found half a state or could not undo\n' "$total" "$failed"
[ "$failed" -eq 0 ]
