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
command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh" >&2; exit 1; }
JAR=$(ls target/taskdef-compiler-*.jar 2>/dev/null | grep -v -- -plain | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -ntp package -DskipTests; JAR=$(ls target/taskdef-compiler-*.jar | grep -v -- -plain | head -1); }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
start=$(date +%s%N)
java -jar "$JAR" --spring.profiles.active=bench --server.port="$PORT" --server.address=127.0.0.1 \
  --taskdef.cache.max-bytes=0 --taskdef.warmup.duration="$WARMUP" >target/bench-warmup.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
  kill -0 $PID 2>/dev/null || { echo "the service did not start; see target/bench-warmup.log" >&2; exit 1; }
  [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 120 ] || { echo "not ready after 120 s" >&2; exit 1; }
  sleep 0.05
done
echo "warm-up $WARMUP: ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
total=0
for w in 1 2 3 4 5 6; do
  rps=$(wrk -t2 -c32 -d10s -s bench/echo-vs-compile.lua "$BASE/v1/taskdefs/compile" | awk '/Requests\/sec/ {print $2}')
  echo "window $w (s $(( (w - 1) * 10 ))-$(( w * 10 ))): $rps req/s"
  total=$(python3 -c "print($total + $rps * 10)")
done
python3 -c "print(f'requests in the first minute: {round($total):,}')"
