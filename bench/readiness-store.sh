#!/usr/bin/env bash
# The readiness check on a store made by bench/generate.sh, in the app jar with a 1 GB heap: the report over HTTP
# for one region and for everything, the downloads, the heap, every rule's Cypher (median ms, db hits).
#   bench/readiness-store.sh REGIONS [RUNS] [extra options, e.g. --rules false, --warmup-seconds 120 (60)]
# Writes the table to target/bench/. Build the jar first (./mvnw -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:?how many regions}
runs=${2:-20}
shift $(( $# > 1 ? 2 : 1 ))
data=target/bench-data/regions-$regions
[ -d "$data" ] || bench/generate.sh "$regions" "$data"
jar=$(ls target/pokin-*.jar | grep -v original | head -1)
./mvnw -q -B -Pbench test-compile
java -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)" id.pokin.readiness.ReadinessStoreBench \
  --jar "$jar" --data-dir "$data" --label "$regions region(s)" --runs "$runs" "$@"
