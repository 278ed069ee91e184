#!/usr/bin/env bash
# A signed-in request (HTTP Basic, GET /api/me) with the password check remembered (the default) and checked on
# every request (pokin.security.password-check-cache=0), as a table of curl times (N warm-up requests, then N).
#   bench/sign-in.sh [requests]     (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-50}
jar=$(ls target/pokin-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/pokin-*.jar | grep -v original | head -1); fi
port=18614
printf '| password check | p50 (ms) | p90 (ms) | max (ms) |\n|---|---|---|---|\n'
for cache in 5m 0; do
  data=$(mktemp -d)
  java -Xmx1g -jar "$jar" --server.port=$port --pokin.embedded.data-dir="$data" --pokin.dataset.load-on-empty=false \
    --pokin.security.admin-password=bench-only --pokin.security.password-check-cache=$cache > "$data.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 0.2; done
  for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -u admin:bench-only "http://127.0.0.1:$port/api/me"; done
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -u admin:bench-only "http://127.0.0.1:$port/api/me"
  done | sort -n | awk -v label="$([ "$cache" = 0 ] && echo 'every request' || echo "remembered ($cache)")" \
    '{t[NR] = $1 * 1000} END {printf "| %s | %.1f | %.1f | %.1f |\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.9)], t[NR]}'
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data" "$data.log"
done
