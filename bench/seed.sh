#!/usr/bin/env bash
# Seed-load benchmark: 10,000 bands and 1,000,000 listings loaded from CSV by a whole
# `./fklab -c "seed load ..."` process, against, in the same run:
#  - plain JDBC batch inserts (bench/JdbcLoad.java) of the same rows into an HSQLDB file database made with
#    HSQLDB's defaults (memory tables, write_delay of half a second) and fklab's keys and indexes;
#  - the same, into a copy of a fklab workspace's database with fklab's settings (cached tables, a row cache
#    sized to the heap, write_delay=false: every commit on disk);
#  - `sqlite3 .import` of the same CSVs into a schema with the same primary keys, foreign key and index
#    (bench/seed.sql); sqlite3 does not check foreign keys unless asked and imports an empty cell as '', so the
#    timed run also sets those to NULL and runs PRAGMA foreign_key_check, which checks every key as HSQLDB does.
# With FKLAB_BASELINE=DIR (another checkout of fklab, such as the commit before a change), its ./fklab is timed
# too, for a before and after in the same run. Every Java runs with its default heap (a quarter of the memory), as
# ./fklab does, and the serial collector, as ./fklab does. Each run alternates the
# tools; prints the medians of the wall-clock time and of the CPU time (user + system: on a shared machine the
# wall clock also counts the waits for a core), and the throughputs.
# Usage: [FKLAB_BASELINE=DIR] bench/seed.sh [RUNS] [LISTINGS]   (defaults: 3 runs, 1000000 listings)
set -euo pipefail

runs="${1:-3}"
listings="${2:-1000000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
hsqldb_version="$(sed -n 's:.*<hsqldb.version>\(.*\)</hsqldb.version>.*:\1:p' pom.xml)"
command -v sqlite3 >/dev/null || { echo "bench/seed.sh needs sqlite3 (the sqlite3 package)" >&2; exit 1; }

echo "Preparing: building fklab, generating the CSVs, compiling the JDBC anchors..." >&2
./fklab --in-memory -c "seed generate --bands 10000 --listings $listings --out $work/csv" >/dev/null
./fklab --workspace "$work/fresh" -c "band list" >/dev/null   # a workspace at the latest migration
rm -f "$work/fresh/db/fklab.lock"
./mvnw -B -q dependency:copy -Dartifact="org.hsqldb:hsqldb:$hsqldb_version" -DoutputDirectory="$work/lib" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
javac -d "$work/jdbc" bench/JdbcLoad.java
classpath="$work/lib/hsqldb-$hsqldb_version.jar:$work/jdbc"
java -cp "$classpath" JdbcLoad schema "$work/defaults"
sqlite3 "$work/sqlite.db" <bench/seed.sql

baseline="${FKLAB_BASELINE:-}"
if [ -n "$baseline" ]; then
  [ -x "$baseline/fklab" ] || { echo "FKLAB_BASELINE=$baseline has no fklab launcher" >&2; exit 1; }
  "$baseline/fklab" --in-memory -c tables >/dev/null   # built before the clock starts
fi

rows=$(( 10000 + listings ))
fklab_baseline() {
  "$baseline/fklab" --workspace "$work/run" \
    -c "seed load $work/csv/band.csv $work/csv/listing.csv --replace" >/dev/null
}
fklab() {
  ./fklab --workspace "$work/run" \
    -c "seed load $work/csv/band.csv $work/csv/listing.csv --replace" >/dev/null
}
jdbc_fklab() {
  java -XX:+UseSerialGC -cp "$classpath" JdbcLoad fklab "$work/run/db" "$work/csv"
}
jdbc_defaults() {
  java -XX:+UseSerialGC -cp "$classpath" JdbcLoad defaults "$work/run" "$work/csv"
}
sqlite() {
  local problems
  problems="$(sqlite3 "$work/run.db" \
    ".import --csv --skip 1 $work/csv/band.csv band" \
    ".import --csv --skip 1 $work/csv/listing.csv listing" \
    "UPDATE listing SET band_id = NULL WHERE band_id = '';" \
    "PRAGMA foreign_key_check;")"
  [ -z "$problems" ] || { echo "sqlite3: $problems" | head -5 >&2; exit 1; }
}
# Each tool loads into a fresh copy of its empty database, made before the clock starts.
tools=(fklab jdbc_defaults jdbc_fklab sqlite)
[ -z "$baseline" ] || tools=(fklab_baseline "${tools[@]}")
for tool in "${tools[@]}"; do : >"$work/$tool.ms"; : >"$work/$tool.cpu"; done
TIMEFORMAT='%3R %3U %3S'
for _ in $(seq "$runs"); do
  for tool in "${tools[@]}"; do
    case "$tool" in
      sqlite) rm -f "$work/run.db"; cp "$work/sqlite.db" "$work/run.db" ;;
      jdbc_defaults) rm -rf "$work/run"; cp -r "$work/defaults" "$work/run" ;;
      *) rm -rf "$work/run"; cp -r "$work/fresh" "$work/run" ;;
    esac
    sync
    if ! { time "$tool" 2>"$work/stderr"; } 2>"$work/time"; then
      cat "$work/stderr" >&2; exit 1
    fi
    read -r real user sys <"$work/time"
    awk -v r="$real" 'BEGIN { printf "%d\n", r * 1000 }' >>"$work/$tool.ms"
    awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d\n", (u + s) * 1000 }' >>"$work/$tool.cpu"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
f=$(median "$work/fklab.ms")
printf 'rows: %s (10,000 bands, %s listings), runs each: %s, Java with its default heap\n' "$rows" "$listings" "$runs"
printf '%-44s %10s %10s %12s  %s\n' 'medians' 'time' 'CPU time' 'throughput' 'throughput / fklab'"'"'s'
line() {
  local ms cpu
  ms=$(median "$work/$2.ms"); cpu=$(median "$work/$2.cpu")
  awk -v label="$1" -v ms="$ms" -v cpu="$cpu" -v rows="$rows" -v f="$f" \
    'BEGIN { printf "%-44s %7d ms %7d ms %7d rows/s  %6.2f\n", label, ms, cpu, rows * 1000 / ms, f / ms }'
}
[ -z "$baseline" ] || line "fklab at $(basename "$baseline"), whole process:" fklab_baseline
line 'fklab seed load, whole process:' fklab
line 'plain JDBC, HSQLDB defaults:' jdbc_defaults
line 'plain JDBC, fklab settings:' jdbc_fklab
line 'sqlite3 .import:' sqlite
