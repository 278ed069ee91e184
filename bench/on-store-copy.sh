# Sourced by the bench scripts that start the app on a generated store and import into it: sets
#   jar   the app (JAR=... for another build)
#   cp    the classpath of the bench classes (src/bench/java, compiled by the bench profile) and the app's
#   copy  a copy of target/bench-data/regions-$regions, generated first if missing, removed on exit
# so that every run starts from the generated graph.
data=target/bench-data/regions-${regions:?how many regions}
[ -d "$data" ] || bench/generate.sh "$regions" "$data"
jar=${JAR:-$(ls target/pokin-*.jar | grep -v original | head -1)}
./mvnw -q -B -Pbench test-compile
cp="target/bench-classes:target/classes:$(cat target/bench.classpath)"
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$data/." "$copy"
