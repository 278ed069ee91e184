#!/usr/bin/env bash
# Trace over HTTP measured with wrk (a C load generator, keep-alive) instead of the suite's Java client, whose own
# work on a 2-core machine is a large part of what the suite measures. Traces cycle over 500 Subbagian indicators
# (the suite traces Subbagian indicators too: the longest chains).
#   bench/trace-http.sh REGIONS [SECONDS] [WARMUP_SECONDS]     needs wrk (apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
regions=${1:?how many regions}
seconds=${2:-30}
warmup=${3:-90}
data=target/bench-data/regions-$regions
[ -d "$data" ] || bench/generate.sh "$regions" "$data"
jar=$(ls target/pokin-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=18630
java -Xmx1g -jar "$jar" --server.port=$port --pokin.embedded.data-dir="$data" --pokin.dataset.load-on-empty=false \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null; wait $pid 2> /dev/null; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 0.2; done
curl -sf -H 'Content-Type: application/json' \
  -d '{"query":"{ indicators(first: 500, filter: {level: SUBBAGIAN}) { edges { node { id } } } }"}' "http://127.0.0.1:$port/graphql" \
  | grep -o '"id":"[^"]*"' | sed 's/"id":\("[^"]*"\)/\1/' | paste -sd, | sed 's/^/ids = {/; s/$/}/' > "$work/ids.lua"
cat > "$work/trace.lua" <<LUA
dofile("$work/ids.lua")
local n = 0
request = function()
  n = n + 1
  local body = '{"query":"query(\$id: ID!) { trace(id: \$id) { nodes { id kind name level responsibleUnits { id name } } } }","variables":{"id":"' .. ids[(n % #ids) + 1] .. '"}}'
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json"}, body)
end
LUA
wrk -t1 -c1 -d"${warmup}s" -s "$work/trace.lua" "http://127.0.0.1:$port/graphql" > /dev/null
printf '| clients | p50 | p90 | p99 | req/s |\n|---|---|---|---|---|\n'
for clients in 1 8; do
  threads=$([ "$clients" = 1 ] && echo 1 || echo 2)
  wrk -t$threads -c$clients -d"${seconds}s" -s "$work/trace.lua" --latency "http://127.0.0.1:$port/graphql" \
    | awk -v c=$clients '/ 50%/ {p50=$2} / 90%/ {p90=$2} / 99%/ {p99=$2} /Requests\/sec/ {rps=$2}
        END {printf "| %d | %s | %s | %s | %.0f |\n", c, p50, p90, p99, rps}'
done
