#!/usr/bin/env bash
# HTTP benchmark: the built jar with the Spring profile `bench`, Debian's wrk against
# POST /v1/taskdefs/compile and POST /bench/echo (the same medium spec, echoed back as JSON), alternating,
# time-bounded, in one run. Prints both throughputs, p50/p99 latencies, the compile/echo ratio, the time from
# start to ready, the RSS after the load, and the service's CPU time per request of each endpoint (from
# /proc: steadier than throughput on a shared machine).
#   bench/http.sh                      # 30 s warm-up per endpoint, then 5 rounds of 10 s each, alternating
#   ROUNDS=3 SECONDS_PER_RUN=20 WARMUP_SECONDS=60 bench/http.sh
#   CACHE=off bench/http.sh            # every request compiles (taskdef.cache.max-bytes=0): the cost of compiling
#   RUNS=3 CACHE=off bench/http.sh     # three whole runs, each in a new JVM, then every run's ratio and the median:
#                                      # one JVM's JIT can land a few per cent better or worse than the next one's
# With the default CACHE=on, repeated identical bodies are answered from the compile response cache, as a
# pipeline re-running the same spec is.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
JAVA_OPTS=${JAVA_OPTS:-}
CACHE=${CACHE:-on}
RUNS=${RUNS:-1}
if [ "$RUNS" -gt 1 ]; then
  ratios=()
  for n in $(seq 1 "$RUNS"); do
    echo "== run $n of $RUNS (a new JVM)"
    out=$(RUNS=1 "$0")
    printf '%s\n' "$out"
    ratios+=("$(sed -n 's/.*compile\/echo ratio: \([0-9.]*\).*/\1/p' <<<"$out")")
  done
  python3 - "${ratios[@]}" <<'PY'
import statistics, sys
r = [float(x) for x in sys.argv[1:]]
print(f"compile/echo ratio over {len(r)} runs: {', '.join(f'{x:.2f}' for x in r)}; median {statistics.median(r):.2f}, lowest {min(r):.2f}")
PY
  exit 0
fi
APP_ARGS=(--spring.profiles.active=bench)
[ "$CACHE" = on ] || APP_ARGS+=(--taskdef.cache.max-bytes=0)
export BODY_FILE="$PWD/src/test/resources/bench/medium.json"

# shellcheck source=bench/service.sh
. bench/service.sh
start_service target/bench-http.log "${APP_ARGS[@]}"
ready_ms=$READY_MS

curl -sf -H 'Content-Type: application/json' --data-binary @"$BODY_FILE" "$BASE/v1/taskdefs/compile" >/dev/null
curl -sf -H 'Content-Type: application/json' --data-binary @"$BODY_FILE" "$BASE/bench/echo" >/dev/null

TICKS_PER_SECOND=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; } # the service's user + system CPU time so far

run() { # endpoint [seconds] -> "rps p50 p99 cpu": cpu is the service's CPU time per request in µs
  local before after out
  before=$(cpu_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2:-$SECONDS_PER_RUN}s" --latency -s bench/echo-vs-compile.lua "$BASE$1")
  after=$(cpu_ticks)
  awk -v ticks=$((after - before)) -v hz="$TICKS_PER_SECOND" '
    /requests in/ {n=$1}
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2}
    /^ +99%/ {p99=$2}
    /Non-2xx/ {print "non-2xx responses: " $0 > "/dev/stderr"; bad=1}
    END {printf "%s %s %s %.0f\n", rps, p50, p99, n ? ticks / hz * 1e6 / n : 0; if (bad) exit 1}' <<<"$out"
}

# the JIT keeps improving both paths for tens of seconds: warm both up before measuring
echo "warm-up: ${WARMUP_SECONDS}s per endpoint"
run /v1/taskdefs/compile "$WARMUP_SECONDS" >/dev/null
run /bench/echo "$WARMUP_SECONDS" >/dev/null

printf '%-6s %-26s %10s %10s %10s %14s\n' round endpoint req/s p50 p99 'CPU/request'
compile_sum=0; echo_sum=0; compile_cpu=0; echo_cpu=0
for r in $(seq 1 "$ROUNDS"); do
  read -r c50 cp50 cp99 ccpu < <(run /v1/taskdefs/compile)
  read -r e50 ep50 ep99 ecpu < <(run /bench/echo)
  printf '%-6s %-26s %10s %10s %10s %11s µs   ratio %s\n' "$r" "POST /v1/taskdefs/compile" "$c50" "$cp50" "$cp99" "$ccpu" "$(python3 -c "print(round($c50/$e50,2))")"
  printf '%-6s %-26s %10s %10s %10s %11s µs\n' "$r" "POST /bench/echo" "$e50" "$ep50" "$ep99" "$ecpu"
  compile_sum=$(python3 -c "print($compile_sum + $c50)"); echo_sum=$(python3 -c "print($echo_sum + $e50)")
  compile_cpu=$((compile_cpu + ccpu)); echo_cpu=$((echo_cpu + ecpu))
done
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
python3 - "$compile_sum" "$echo_sum" "$ROUNDS" "$ready_ms" "$rss_kb" "$CACHE" "$compile_cpu" "$echo_cpu" <<'PY'
import sys
c, e, n, ready, rss = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
ccpu, ecpu = int(sys.argv[7]) / n, int(sys.argv[8]) / n
print(f"compile: {c/n:,.0f} req/s   echo: {e/n:,.0f} req/s   compile/echo ratio: {c/e:.2f}   (compile response cache: {sys.argv[6]})")
print(f"service CPU per request: compile {ccpu:.0f} µs, echo {ecpu:.0f} µs (compile minus echo: {ccpu - ecpu:+.0f} µs)")
print(f"start to ready: {ready} ms   RSS after load: {rss/1024:.0f} MiB")
PY
