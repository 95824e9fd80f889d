#!/usr/bin/env bash
# Drift benchmark: what showmigrations, migrate and a lesson's no-drift check pay for Liquibase's diff, in one
# warm JVM (bench/DriftTiming.java): the first check, a repeated one with nothing changed, one after a schema
# change, and one on a second database at the same migrations.
# Usage: bench/drift.sh [RUNS]   (default 20)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cd "$root"
echo "Preparing: building fklab's jar..." >&2
./mvnw -B -q -DskipTests -pl shell -am package >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp shell/target/fklab.jar bench/DriftTiming.java "${1:-20}"
