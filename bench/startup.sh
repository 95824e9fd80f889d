#!/usr/bin/env bash
# Start-up benchmark: a one-shot `./fklab -c "band list"` on an existing workspace against HSQLDB's own
# SqlTool running one query on a copy of the same file database. Prints the median of several runs of each.
# Usage: bench/startup.sh [RUNS]   (default 11)
set -euo pipefail

runs="${1:-11}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
hsqldb_version="$(sed -n 's:.*<hsqldb.version>\(.*\)</hsqldb.version>.*:\1:p' pom.xml)"

echo "Preparing: building fklab, a workspace, and SqlTool $hsqldb_version..." >&2
./fklab --workspace "$work/ws" -c "band list" >/dev/null
./mvnw -B -q dependency:copy -Dartifact="org.hsqldb:sqltool:$hsqldb_version" -DoutputDirectory="$work/lib" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
./mvnw -B -q dependency:copy -Dartifact="org.hsqldb:hsqldb:$hsqldb_version" -DoutputDirectory="$work/lib" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
cp -r "$work/ws/db" "$work/sqltool-db"
rm -f "$work/sqltool-db/fklab.lock"

fklab() { ./fklab --workspace "$work/ws" -c "band list"; }
sqltool() {
  java -cp "$work/lib/sqltool-$hsqldb_version.jar:$work/lib/hsqldb-$hsqldb_version.jar" org.hsqldb.cmdline.SqlTool \
    --inlineRc="url=jdbc:hsqldb:file:$work/sqltool-db/fklab,user=SA,password=" --sql "SELECT * FROM band;"
}

# one warm-up run each (file cache), then alternate the two so both see the same machine state
fklab >/dev/null; sqltool >/dev/null
: >"$work/fklab.ms"; : >"$work/sqltool.ms"
for _ in $(seq "$runs"); do
  for tool in fklab sqltool; do
    start=$(date +%s%N)
    "$tool" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >>"$work/$tool.ms"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf 'runs each:                         %s\n' "$runs"
printf 'fklab -c "band list" (median):     %s ms\n' "$(median "$work/fklab.ms")"
printf 'SqlTool, one SELECT (median):      %s ms\n' "$(median "$work/sqltool.ms")"
