#!/usr/bin/env bash
# Runs the benchmark suite against a store made by bench/generate.sh; prints a table and writes it to target/bench/.
#   bench/run.sh REGIONS [REQUESTS] [WARMUP_SECONDS]   (warm-up: 60 s of traces by default)
#   HEAP=2g bench/run.sh ...   the app's maximum heap (-Xmx; 1g by default, the bound #7 asks for)
#   READINESS_WARMUP=120 bench/run.sh ...   seconds of region reports before readiness is measured warm (60)
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:?how many regions}
requests=${2:-2000}
# the suite imports into the store it runs on: it gets a copy
source bench/on-store-copy.sh
java -cp "$cp" id.pokin.bench.BenchmarkSuite \
  --jar "$jar" --data-dir "$copy" --label "$regions region(s)" --requests "$requests" --warmup-seconds "${3:-60}" --heap "${HEAP:-1g}" \
  --readiness-warmup-seconds "${READINESS_WARMUP:-60}"
