#!/usr/bin/env bash
# Generates a synthetic store for the benchmark suite.
#   bench/generate.sh REGIONS [DATA_DIR]     e.g. bench/generate.sh 1 (one region, ~10,000 nodes)
#                                                 bench/generate.sh 100 (~1,000,000 nodes)
# The generator is benchmark tooling, not part of the product's jar: the bench profile compiles it into
# target/bench-classes and writes its classpath, and the app runs its generate command from there.
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:?how many regions}
data=${2:-target/bench-data/regions-$regions}
./mvnw -q -B -Pbench package -DskipTests
rm -rf "$data"
java -Xmx2g -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)" id.pokin.PokinApplication \
  generate --regions "$regions" --seed 42 --pokin.embedded.page-cache=2GB \
  --pokin.embedded.data-dir="$data" --pokin.dataset.load-on-empty=false --logging.level.root=WARN
echo "store: $data"
