#!/usr/bin/env bash
# Start-up on the embedded default, N runs, as a table: time to the first GraphQL answer, and time until the
# demo dataset is searchable (loaded in the background on a new store).
#   bench/startup.sh [runs]        (builds the jar first if it is missing)
# Run 1 starts on a new store (schema, then demo data); the others restart on the same store.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/pokin-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/pokin-*.jar | grep -v original | head -1); fi
# run as the Dockerfile and ./mvnw spring-boot:run do: classes from plain jars (the jar extracted), not through jars
# nested in one; LAYOUT=jar runs the packaged jar itself (java -jar target/pokin-*.jar)
if [ "${LAYOUT:-extracted}" = extracted ]; then
  extracted=$(mktemp -d)
  trap 'rm -rf "$extracted"' EXIT
  java -Djarmode=tools -jar "$jar" extract --destination "$extracted" > /dev/null
  jar="$extracted/$(basename "$jar")"
fi
data=$(mktemp -d)
port=18080
query() {
  curl -sf -H 'Content-Type: application/json' -d "{\"query\":\"{ search(text: \\\"$1\\\") { id } }\"}" \
    "http://127.0.0.1:$port/graphql"
}
printf '| run | store | first GraphQL answer (ms) | demo data searchable (ms) |\n|---|---|---|---|\n'
for i in $(seq 1 "$runs"); do
  store=$([ "$i" = 1 ] && echo "new" || echo "existing")
  start=$(date +%s%N)
  java -jar "$jar" --server.port=$port --pokin.embedded.data-dir="$data" > "$data/app-$i.log" 2>&1 &
  pid=$!
  until query penataan > /dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "app exited; see $data/app-$i.log" >&2; exit 1; fi
    sleep 0.05
  done
  answered=$(date +%s%N)
  until query "luwu timur" | grep -q '"id"'; do sleep 0.05; done
  loaded=$(date +%s%N)
  printf '| %d | %s | %d | %d |\n' "$i" "$store" $(( (answered - start) / 1000000 )) $(( (loaded - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$data"
