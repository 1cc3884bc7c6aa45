#!/usr/bin/env bash
# Core benchmark (JMH): compile small, medium and large specs; prints µs/op.
#   bench/jmh.sh                 # default: 1 fork, 5 warm-up and 5 measured iterations of 1 s
#   bench/jmh.sh -f 3 -i 10      # any JMH options
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
ARGS=("$@")
[ ${#ARGS[@]} -gt 0 ] || ARGS=(-f 1 -wi 5 -w 1s -i 5 -r 1s)
exec java -cp "$CP" org.openjdk.jmh.Main 'io.taskdef.bench.CompileBenchmark' -tu us -bm avgt "${ARGS[@]}"
