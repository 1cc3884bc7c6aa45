#!/usr/bin/env bash
# The first minute of a fresh service: starts the built jar (every request compiles: cache off) with the given
# taskdef.warmup.duration, waits for readiness, then runs six 10 s windows of wrk on POST /v1/taskdefs/compile
# with the medium spec and prints each window's throughput.
#   bench/warmup.sh 0s      # no warm-up (the jar's default)
#   bench/warmup.sh 3s      # the Helm chart's setting
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${1:-0s}
export BODY_FILE="$PWD/src/test/resources/bench/medium.json"
# shellcheck source=bench/service.sh
. bench/service.sh
start_service target/bench-warmup.log --spring.profiles.active=bench --taskdef.cache.max-bytes=0 --taskdef.warmup.duration="$WARMUP"
echo "warm-up $WARMUP: ready after $READY_MS ms"
total=0
for w in 1 2 3 4 5 6; do
  rps=$(wrk -t2 -c32 -d10s -s bench/echo-vs-compile.lua "$BASE/v1/taskdefs/compile" | awk '/Requests\/sec/ {print $2}')
  echo "window $w (s $(( (w - 1) * 10 ))-$(( w * 10 ))): $rps req/s"
  total=$(python3 -c "print($total + $rps * 10)")
done
python3 -c "print(f'requests in the first minute: {round($total):,}')"
