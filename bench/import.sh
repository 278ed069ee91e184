#!/usr/bin/env bash
# Import speed of the user format: a generated region (~9,000 rows) exported as a workbook (.xlsx) and as CSV
# (.zip), each uploaded to POST /api/import on a new, empty store, N runs; prints a table.
#   bench/import.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[ -d target/bench-data/regions-1 ] || bench/generate.sh 1 target/bench-data/regions-1
jar=$(ls target/pokin-*.jar | grep -v original | head -1)
work=$(mktemp -d)
for format in xlsx csv; do
  java -jar "$jar" export --scope r001-pemda --format "$format" --out "$work/region.$format" \
    --pokin.embedded.data-dir=target/bench-data/regions-1 --logging.level.root=WARN > /dev/null
done
mv "$work/region.csv" "$work/region.zip"
rows=$(unzip -p "$work/region.zip" | wc -l); rows=$((rows - 4))
port=18600
printf '| run | file | rows | upload and import (s) | rows/s |\n|---|---|---|---|---|\n'
for i in $(seq 1 "$runs"); do
  for file in region.xlsx region.zip; do
    store="$work/store-$i-$file"
    java -jar "$jar" --server.port=$port --pokin.embedded.data-dir="$store" --pokin.dataset.load-on-empty=false \
      --pokin.security.admin-password=bench-only > "$work/app.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 0.2; done
    seconds=$(curl -s -o "$work/response.json" -w '%{time_total}' -u admin:bench-only \
      -F "file=@$work/$file" "http://127.0.0.1:$port/api/import")
    grep -q '"created"' "$work/response.json" || { echo "import failed: $(head -c 300 "$work/response.json")" >&2; exit 1; }
    printf '| %d | %s | %d | %.2f | %.0f |\n' "$i" "$file" "$rows" "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { print r / s }')"
    kill $pid; wait $pid 2>/dev/null || true
  done
done
rm -rf "$work"
