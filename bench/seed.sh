#!/usr/bin/env bash
# Seed-load benchmark: 10,000 bands and 1,000,000 listings loaded from CSV by a whole
# `./fklab -c "seed load ..."` process, against plain JDBC batch inserts of the same rows into an HSQLDB file
# database with the same schema and settings. Both run with -Xmx256m. Prints the medians and throughputs.
# Usage: bench/seed.sh [RUNS] [LISTINGS]   (defaults: 3 runs, 1000000 listings)
set -euo pipefail

runs="${1:-3}"
listings="${2:-1000000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
hsqldb_version="$(sed -n 's:.*<hsqldb.version>\(.*\)</hsqldb.version>.*:\1:p' pom.xml)"

echo "Preparing: building fklab, generating the CSVs, compiling the JDBC baseline..." >&2
./fklab --in-memory -c "seed generate --bands 10000 --listings $listings --out $work/csv" >/dev/null
./fklab --workspace "$work/fresh" -c "band list" >/dev/null   # a workspace at the latest migration
rm -f "$work/fresh/db/fklab.lock"
./mvnw -B -q dependency:copy -Dartifact="org.hsqldb:hsqldb:$hsqldb_version" -DoutputDirectory="$work/lib" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
javac -d "$work/jdbc" bench/JdbcLoad.java

rows=$(( 10000 + listings ))
fresh_copy() { rm -rf "$work/run"; cp -r "$work/fresh" "$work/run"; }
fklab() {
  FKLAB_JAVA_OPTS="-Xmx256m" ./fklab --workspace "$work/run" \
    -c "seed load $work/csv/band.csv $work/csv/listing.csv --replace" >/dev/null
}
jdbc() {
  java -Xmx256m -XX:+UseSerialGC -cp "$work/lib/hsqldb-$hsqldb_version.jar:$work/jdbc" JdbcLoad "$work/run/db" "$work/csv"
}

: >"$work/fklab.ms"; : >"$work/jdbc.ms"
for _ in $(seq "$runs"); do
  for tool in fklab jdbc; do
    fresh_copy
    start=$(date +%s%N); "$tool"; end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >>"$work/$tool.ms"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
f=$(median "$work/fklab.ms"); j=$(median "$work/jdbc.ms")
printf 'rows: %s (10,000 bands, %s listings), runs each: %s, -Xmx256m\n' "$rows" "$listings" "$runs"
printf 'fklab seed load, whole process (median): %6s ms  %8s rows/s\n' "$f" "$(( rows * 1000 / f ))"
printf 'plain JDBC batches (median):             %6s ms  %8s rows/s\n' "$j" "$(( rows * 1000 / j ))"
awk -v f="$f" -v j="$j" 'BEGIN { printf "fklab throughput / JDBC throughput:      %.2f (target at least 0.80)\n", j / f }'
