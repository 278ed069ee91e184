#!/usr/bin/env bash
# #3's figure alone: 5,000-row workbook and CSV uploads taking turns on a copy of a generated store; prints each
# upload and a table of medians (the suite, bench/run.sh, measures the same among everything else).
#   bench/import-series.sh REGIONS [ROUNDS] [WARMUP_ROUNDS]
#   HEAP=2g bench/import-series.sh ...   the app's maximum heap (1g by default)
#   JAR=other.jar bench/import-series.sh ...   another build of the app (e.g. to compare two commits)
#   QUIET=true bench/import-series.sh ...   each upload on a quiet app: after the background check of the
#                                           documents before it, and one second more
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:?how many regions}
source bench/on-store-copy.sh
java -cp "$cp" id.pokin.bench.ImportSeries \
  --jar "$jar" --data-dir "$copy" --heap "${HEAP:-1g}" --rounds "${2:-15}" --warmup "${3:-5}" \
  --quiet "${QUIET:-false}"
