#!/usr/bin/env bash
# Migration benchmark: `./fklab -c migrate` taking a workspace from zero to the latest built-in migration, as
# a whole process, against the Liquibase command line (the same version fklab uses) applying an equivalent
# changelog (the same four built-in changelogs) to a fresh HSQLDB file database. Prints the medians.
# Usage: bench/migrate.sh [RUNS]   (default 7)
set -euo pipefail

runs="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml; }
liquibase_version="$(version liquibase.version)"
hsqldb_version="$(version hsqldb.version)"
picocli_version="$(version picocli.version)"

echo "Preparing: building fklab, a workspace at zero, and the Liquibase $liquibase_version command line..." >&2
./fklab --workspace "$work/ws" -c "migrate zero --yes" >/dev/null

# the Liquibase command line: liquibase-core with its dependencies (picocli is optional there, needed by the CLI)
mkdir -p "$work/cli"
cat >"$work/cli/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>liquibase-cli</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.liquibase</groupId><artifactId>liquibase-core</artifactId><version>$liquibase_version</version></dependency>
    <dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId><version>$picocli_version</version></dependency>
    <dependency><groupId>org.hsqldb</groupId><artifactId>hsqldb</artifactId><version>$hsqldb_version</version></dependency>
  </dependencies>
</project>
POM
(cd "$work/cli" && "$root/mvnw" -B -q dependency:copy-dependencies -DoutputDirectory=lib >"$work/mvn.log" 2>&1) || { cat "$work/mvn.log" >&2; exit 1; }

# the same changelogs fklab applies, under one master changelog, in graph order
mkdir -p "$work/changelog"
builtin="migrations/src/main/resources/org/fklab/migrations/builtin"
{
  echo "databaseChangeLog:"
  while read -r name; do
    [ -n "$name" ] || continue
    cp "$builtin/$name.yaml" "$work/changelog/"
    echo "  - include:"
    echo "      file: $name.yaml"
    echo "      relativeToChangelogFile: true"
  done <"$builtin/index.txt"
} >"$work/changelog/master.yaml"

fklab() {
  ./fklab --workspace "$work/ws" -c migrate
}
fklab_reset() {
  ./fklab --workspace "$work/ws" -c "migrate zero --yes" >/dev/null
}
liquibase() {
  rm -rf "$work/lbdb"
  (cd "$work/changelog" && LIQUIBASE_ANALYTICS_ENABLED=false java -cp "$work/cli/lib/*" \
    liquibase.integration.commandline.LiquibaseCommandLine --show-banner=false \
    --url="jdbc:hsqldb:file:$work/lbdb/db;hsqldb.write_delay=false" --username=SA --password= \
    --changelog-file=master.yaml update)
}

# warm-up (file cache, fklab's class-data archive), then alternate the two
fklab >/dev/null; fklab_reset; liquibase >/dev/null 2>&1
: >"$work/fklab.ms"; : >"$work/liquibase.ms"
for _ in $(seq "$runs"); do
  start=$(date +%s%N); fklab >/dev/null; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >>"$work/fklab.ms"
  fklab_reset
  start=$(date +%s%N); liquibase >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >>"$work/liquibase.ms"
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf 'runs each:                                      %s\n' "$runs"
printf 'fklab -c migrate, zero to head (median):        %s ms\n' "$(median "$work/fklab.ms")"
printf 'Liquibase %s CLI update, same changelogs:   %s ms\n' "$liquibase_version" "$(median "$work/liquibase.ms")"
