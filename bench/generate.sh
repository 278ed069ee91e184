#!/usr/bin/env bash
# Generates a synthetic store for the benchmark suite.
#   bench/generate.sh REGIONS [DATA_DIR]     e.g. bench/generate.sh 1 (one region, ~10,000 nodes)
#                                                 bench/generate.sh 100 (~1,000,000 nodes)
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:?how many regions}
data=${2:-target/bench-data/regions-$regions}
./mvnw -q -B package -DskipTests
jar=$(ls target/pokin-*.jar | grep -v original | head -1)
rm -rf "$data"
java -Xmx2g -jar "$jar" generate --regions "$regions" --seed 42 --pokin.embedded.page-cache=2GB \
  --pokin.embedded.data-dir="$data" --pokin.dataset.load-on-empty=false --logging.level.root=WARN
echo "store: $data"
