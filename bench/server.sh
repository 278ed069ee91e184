#!/usr/bin/env bash
# The server-mode bench (issue #24): a Neo4j server started in a JVM of its own on loopback (Neo4j's server classes,
# from neo4j-harness), the synthetic regions generated into it (bulk-load rate), the app on it (NEO4J_URI): trace
# through the app beside the raw driver and a generic GraphQL-over-Neo4j server (bench/generic-graphql, in a JVM of
# its own) on the same server, the 5,000-row workbook import; then the same on the embedded default. One client,
# medians of RUNS timed runs. Prints a table, also written to target/bench/.
#   bench/server.sh [REGIONS] [SECONDS] [RUNS] [WARMUP_SECONDS]
#   bench/server.sh 2 3 3 20          a smoke run (~4 minutes)
#   bench/server.sh 20 10 3 60        the issue's size: 188,235 nodes, 10 s runs, medians of three
#   MODES=server bench/server.sh ...  one mode only (server or embedded); HEAP=2g the app's heap (1g),
#   SERVER_LOAD=offline (the default: Neo4j's offline importer into the stopped server's store, then the server's
#   start, then the schema created and populated through it; the rate counts all three, the phases are printed),
#   offline-restart (the previous way: the importer, then the schema populated by generate's own database, then the
#   server's start) or transactions (batched transactions over Bolt into the running server), or several,
#   comma-separated (the first serves the rest of the bench; each other into a server of its own, for its rate);
#   LOAD_ONLY=true the bulk loads alone (no app, no traces, no imports);
#   IMPORTS=7 uploads timed (median) after IMPORT_WARMUP=5 untimed, INDICATORS=1000 indicator ids the traces cycle over, JAR=... another build
#   ONLY=imports bench/server.sh 20   the 5,000-row workbook import alone, server and embedded (~5 minutes)
#   ONLY=imports COMPARE=/tmp/old/target/pokin-0.0.1-SNAPSHOT.jar bench/server.sh 20
#                                     the same for another build first (e.g. main's), then this one, side by side
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench package -DskipTests   # the jar, and the generator in target/bench-classes
jar=${JAR:-$(ls target/pokin-*.jar | grep -v original | head -1)}
./mvnw -q -B test-compile
# the generic GraphQL server (a project of its own: its library is built on an older graphql-java than the app's)
if [ "${ONLY:-}" != imports ]; then
  ./mvnw -q -B -f bench/generic-graphql/pom.xml package dependency:build-classpath \
    -Dmdep.outputFile="$PWD/bench/generic-graphql/target/classpath"
fi
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" id.pokin.bench.ServerBench --jar "$jar" \
  --regions "${1:-2}" --seconds "${2:-10}" --runs "${3:-3}" --warmup-seconds "${4:-60}" \
  --modes "${MODES:-server,embedded}" --server-load "${SERVER_LOAD:-offline}" --load-only "${LOAD_ONLY:-false}" --heap "${HEAP:-1g}" --imports "${IMPORTS:-7}" --import-warmup "${IMPORT_WARMUP:-5}" --indicators "${INDICATORS:-1000}" \
  --only="${ONLY:-}" --compare="${COMPARE:-}"
