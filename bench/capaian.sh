#!/usr/bin/env bash
# Measures capaian on one generated region (~10,000 nodes, realisasi for every indicator): bench/capaian.sh [runs]
# Prints the median, p90 and max of the roll-up of the region's tujuan, its capaian tree and atRisk with causes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=CapaianBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpokin.bench=capaian \
  -Dbench.runs="${1:-30}" ${ARGLINE:+-DargLine="$ARGLINE"} 2>&1 | sed -n '/ nodes, /,/^\[/p' | grep -v '^\['
