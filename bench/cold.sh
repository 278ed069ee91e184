#!/usr/bin/env bash
# First requests after a fresh start, each timed once, as a table against the targets (300 ms a request, 12 s to
# the first answer): on the demo dataset (a new data dir, loaded on start) and on a generated ~10,000-node region.
#   bench/cold.sh [demo|generated|both]      (builds the jar first if it is missing; JAVA_OPTS adds JVM flags,
#                                            JAR=path another build, e.g. an earlier one to compare with;
#                                            PORT=another port, to run two builds side by side; KEEP=dir keeps
#                                            the app's log there, with the start and end of each request in ms;
#                                            CDS=0 without the class data sharing archive, see below)
# For each: start-up to the first GraphQL answer, then to /actuator/health/readiness UP (data loaded, rules checked,
# plans warmed), then in this order: the readiness page's first report of each region, the overview's region
# scores, the report of everything, an edit (signed in) and the overview's scores right after it.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
jar=${JAR:-$(ls target/pokin-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/pokin-*.jar | grep -v original | head -1); fi
# run as the Dockerfile and ./mvnw spring-boot:run do: classes from plain jars (the jar extracted), not through jars
# nested in one, with the classes of a training start mapped from an archive (AppCDS: the image records it at build,
# spring-boot:run at the end of its first start); CDS=0 starts without the archive (a first spring-boot:run, or a
# JVM that cannot use it); LAYOUT=jar runs the packaged jar itself (java -jar target/pokin-*.jar, no archive)
if [ "${LAYOUT:-extracted}" = extracted ]; then
  extracted=$(mktemp -d)
  trap 'rm -rf "$extracted"' EXIT
  java -Djarmode=tools -jar "$jar" extract --destination "$extracted" > /dev/null
  jar="$extracted/$(basename "$jar")"
  if [ "${CDS:-1}" = 1 ]; then
    java -XX:ArchiveClassesAtExit="$extracted/pokin.jsa" -Dspring.context.exit=onRefresh -jar "$jar" \
      --pokin.embedded.data-dir="$extracted/training" --server.port=0 > /dev/null 2>&1
    JAVA_OPTS="-XX:SharedArchiveFile=$extracted/pokin.jsa ${JAVA_OPTS:-}"
  fi
fi
port=${PORT:-18190}
url="http://127.0.0.1:$port"
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
gql() { # query [variables] [curl options...]: prints the response; fails on an HTTP error
  local q=$1 v=${2:-'{}'}; shift 2 || shift $#
  jq -nc --arg q "$q" --argjson v "$v" '{query: $q, variables: $v}' |
    curl -sf -H 'Content-Type: application/json' --data-binary @- "$@" "$url/graphql"
}
timed() { # label query [variables] [curl options...]: one request, its time in the table; errors fail the row
  local label=$1 start end out; shift
  start=$(now); out=$(gql "$@") || out='{"errors":["HTTP error"]}'; end=$(now)
  [ -z "${KEEP:-}" ] || echo "$((start / 1000000)) $((end / 1000000)) $set $label" >> "$KEEP/$set.requests"
  local t; t=$(ms "$start" "$end")
  local ok; ok=$(echo "$out" | jq -r 'if .errors then "error: " + (.errors[0].message // (.errors[0]|tostring)) else "" end')
  printf '| %s | %s | %d | %s |\n' "$set" "$label" "$t" "$([ -n "$ok" ] && echo "$ok" || { [ "$t" -le 300 ] && echo ok || echo OVER; })"
}
REPORT='query($scope: ID, $year: Int, $first: Int) { readiness(scope: $scope, year: $year) {
  scope { id kind code name level } year checkedNodes score
  findings(first: $first) { edges { cursor node { rule severity node { id kind code name level responsibleUnits { id name } }
    message { id en } evidence { key values } related { id kind code name level } } } pageInfo { hasNextPage } }
  byRule { rule severity count title { id en } lke { component subComponent criterion } }
  bySeverity { severity count } } }'
REGIONS='{ units(filter: { level: PEMDA }, first: 20) { edges { node { id } } } }'

run() { # set data-dir [extra app args...]
  set=$1 data=$2; shift 2
  local log="$data.log" start answered ready pid
  start=$(now)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" --server.port=$port --pokin.embedded.data-dir="$data" \
    --pokin.security.admin-password=bench-only "$@" > "$log" 2>&1 &
  pid=$!
  until gql '{ search(text: "penataan") { id } }' > /dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "app exited; see $log" >&2; exit 1; fi
    sleep 0.05
  done
  answered=$(now)
  # the first answer with data: the schema in place, no DATA_LOADING (the demo dataset may still be loading)
  until gql '{ search(text: "penataan") { id } }' 2>/dev/null | jq -e 'has("errors") | not' > /dev/null; do sleep 0.05; done
  local served; served=$(now)
  # the process's CPU time so far (user + system): steadier than wall time on a shared machine
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/$pid/stat)
  # printed as soon as known (a loaded machine can take minutes to the data ready)
  printf '| %s | start-up to the first answer | %d | %s |\n' "$set" "$(ms "$start" "$answered")" \
    "$([ "$(ms "$start" "$answered")" -lt 12000 ] && echo 'ok (< 12 s)' || echo 'OVER (12 s)')"
  printf '| %s | CPU time of the app to the first answer | %d | |\n' "$set" "$cpu"
  printf '| %s | start-up to the first answer without an error | %d | |\n' "$set" "$(ms "$start" "$served")"
  # ready: the data component of the health says so (older builds without it: the first documents' check logged)
  until curl -s "$url/actuator/health" | grep -q '"data":{"status":"UP"' \
      || { ! curl -s "$url/actuator/health" | grep -q '"data"' && grep -q 'checked for the stored rules' "$log"; }; do
    sleep 0.1
  done
  ready=$(now)
  printf '| %s | start-up to data ready (health) | %d | |\n' "$set" "$(ms "$start" "$ready")"
  mapfile -t regions < <(gql "$REGIONS" | jq -r '.data.units.edges[].node.id')
  for region in "${regions[@]}"; do
    timed "first report of $region" "$REPORT" "$(jq -nc --arg s "$region" '{scope: $s, first: 100}')"
  done
  local scores
  scores="{ $(for i in "${!regions[@]}"; do printf 'r%d: readiness(scope: "%s") { score } ' "$i" "${regions[$i]}"; done)}"
  timed "overview: ${#regions[@]} region scores" "$scores"
  timed "first report of everything" "$REPORT" '{"first": 100}'
  # an edit: the first element (in id order), its description changed
  local node version
  node=$(gql '{ elements(first: 1) { edges { node { id } } } }' | jq -r '.data.elements.edges[0].node.id')
  version=$(gql "{ node(id: \"$node\") { version } }" | jq -r '.data.node.version')
  timed "edit (updateElement)" 'mutation($id: ID!, $v: Int!) { updateElement(id: $id, version: $v, input: { description: "cold bench" }) { id } }' \
    "$(jq -nc --arg id "$node" --argjson v "$version" '{id: $id, v: $v}')" -u admin:bench-only
  timed "overview scores after the edit" "$scores"
  # a later edit of the same element, and the overview again: the first edit's costs paid, the second's remain
  timed "second edit (updateElement)" 'mutation($id: ID!, $v: Int!) { updateElement(id: $id, version: $v, input: { description: "cold bench again" }) { id } }' \
    "$(jq -nc --arg id "$node" --argjson v "$((version + 1))" '{id: $id, v: $v}')" -u admin:bench-only
  timed "overview scores after the second edit" "$scores"
  kill $pid; wait $pid 2>/dev/null || true
  [ -z "${KEEP:-}" ] || cp "$log" "$KEEP/$set.log"
}

printf 'jar: %s, CDS archive: %s, load average: %s\n\n' "$jar" "$( [ "${LAYOUT:-extracted}" = extracted ] && [ "${CDS:-1}" = 1 ] && echo yes || echo no)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| data | request | ms | vs target |\n|---|---|---|---|\n'
if [ "$which" = demo ] || [ "$which" = both ]; then
  data=$(mktemp -d)
  run demo "$data"
  rm -rf "$data" "$data.log"
fi
if [ "$which" = generated ] || [ "$which" = both ]; then
  data=$(mktemp -d)
  # the generator is bench tooling, outside the product's jar
  [ -f target/bench.classpath ] || ./mvnw -q -B -Pbench package -DskipTests
  java -Xmx1g -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)" id.pokin.PokinApplication \
    generate --regions 1 --seed 42 --pokin.embedded.data-dir="$data" \
    --pokin.dataset.load-on-empty=false --logging.level.root=WARN > "$data.gen.log" 2>&1
  run generated "$data" --pokin.dataset.load-on-empty=false
  rm -rf "$data" "$data.log" "$data.gen.log"
fi
printf '\nload average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
