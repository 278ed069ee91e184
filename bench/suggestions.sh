#!/usr/bin/env bash
# The parent-suggestion benchmark (docs/parent-suggestions.md): bench/suggestions.sh [latency samples]
# On the demo dataset every CONTRIBUTES_TO link is removed, parentSuggestions asked, the true parent's rank recorded
# and the link restored (links checksum compared before/after); top-1, top-3, MRR and median latency, beside a
# name-overlap baseline, overall and per document; then p50/p95 of one node's suggestions on a generated region of
# ~10,000 nodes. MISSES=1 also lists every link whose parent was not first.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=SuggestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpokin.bench=suggestions \
  -Dbench.samples="${1:-300}" -Dbench.misses="${MISSES:-false}" ${ARGLINE:+-DargLine="$ARGLINE"} 2>&1 \
  | sed -n '/^parentSuggestions on the demo/,$p' | grep -v '^\[\|^[0-9]\{4\}-[0-9-]*T'
