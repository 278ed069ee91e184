#!/usr/bin/env bash
# Measures the readiness check on synthetic data: bench/readiness.sh [regions] [perangkat daerah per region] [runs]
# One region of 50 perangkat daerah is ~10,000 nodes; 100 regions ~1,000,000 (give the JVM room: MAVEN_OPTS does
# not reach the forked test JVM, so set -DargLine=-Xmx4g for those). Prints median times and database hits.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=ReadinessBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpokin.bench=readiness \
  -Dbench.regions="${1:-1}" -Dbench.pds="${2:-50}" -Dbench.runs="${3:-15}" -Dbench.plan="${PLAN:-}" ${ARGLINE:+-DargLine="$ARGLINE"} \
  2>&1 | sed -n '/nodes (/,/^\[/p' | grep -v '^\['
